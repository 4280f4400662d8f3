// Checks of an Arrow's input that need no VM: the binary, the kernel template, memory, cpus and
// the files to copy in. Every failure is an InputError naming the problem.
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import { inspectElfFile, ElfError } from '../elf/index.ts';
import { InputError, type FileMapping } from './options.ts';
import { MAX_CONFIG_FILE_BYTES, MAX_TOTAL_FILE_BYTES, minimumMemoryMiB } from '../limits/index.ts';

export interface GuestFile {
  path: string;
  content: Uint8Array;
  mode: number;
}

export interface RunInput {
  binaryPath: string;
  files: FileMapping[];
  template: string;
  memoryMiB: number;
  cpus: number;
  artifacts: { templateNames(): string[] };
}

/** Checks that need no VM; returns the files' contents, read once. */
export async function validateRun(options: RunInput): Promise<{ files: GuestFile[] }> {
  try {
    await inspectElfFile(options.binaryPath);
  } catch (error) {
    if (error instanceof ElfError) throw new InputError(error.message);
    throw error;
  }
  const known = options.artifacts.templateNames();
  if (!known.includes(options.template)) {
    throw new InputError(`unknown kernel template ${JSON.stringify(options.template)}; known templates: ${known.join(', ')}`);
  }
  const minimum = minimumMemoryMiB((await stat(options.binaryPath)).size);
  if (options.memoryMiB < minimum) {
    throw new InputError(`memory ${options.memoryMiB}M is too small to boot an Arrow with this app: the minimum is ${minimum}M`);
  }
  const hostMiB = Math.floor(totalmem() / 1024 / 1024);
  if (options.memoryMiB > hostMiB) throw new InputError(`memory ${options.memoryMiB}M is more than this host has (${hostMiB}M)`);
  if (options.cpus < 1 || options.cpus > availableParallelism()) throw new InputError(`cpus ${options.cpus} must be between 1 and ${availableParallelism()}`);
  const files = [];
  let total = 0;
  for (const file of options.files) {
    const content = await readHostFile(file.hostPath);
    total += content.length;
    if (total > MAX_TOTAL_FILE_BYTES) throw new InputError(`files given with --file add up to more than ${MAX_TOTAL_FILE_BYTES} bytes`);
    files.push({ path: file.guestPath, content, mode: 0o644 });
  }
  return { files };
}

async function readHostFile(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`file ${path} does not exist`);
  }
  if (!info.isFile()) throw new InputError(`${path} is not a regular file`);
  if (info.size > MAX_CONFIG_FILE_BYTES) throw new InputError(`file ${path} is ${info.size} bytes; --file takes at most ${MAX_CONFIG_FILE_BYTES}`);
  return readFile(path, { signal: AbortSignal.timeout(10_000) });
}
