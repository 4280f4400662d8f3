// Bounded file read for ELF inspection: only the first ELF_PREFIX_BYTES are ever read.
import { open } from 'node:fs/promises';
import { ELF_PREFIX_BYTES, ElfError, inspectElf, type ElfSummary } from './parse.ts';

export async function inspectElfFile(path: string): Promise<ElfSummary> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ElfError(`${path}: no such file`);
    if (code === 'EACCES') throw new ElfError(`${path}: permission denied`);
    if (code === 'EISDIR') throw new ElfError(`${path} is a directory, not an executable`);
    throw new ElfError(`${path}: cannot open (${code ?? String(error)})`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ElfError(`${path} is a directory, not an executable`);
    if (!info.isFile()) throw new ElfError(`${path} is not a regular file`);
    const buffer = new Uint8Array(Math.min(ELF_PREFIX_BYTES, info.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return inspectElf(buffer.subarray(0, bytesRead), path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new ElfError(`${path} is a directory, not an executable`);
    throw error;
  } finally {
    await handle.close();
  }
}
