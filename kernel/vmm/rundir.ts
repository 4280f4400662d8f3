// Per-VM run directories under $ARROW_HOME/run: created with an owner file, removed on stop, and
// swept on the next start when their owner died without cleaning up (e.g. SIGKILL).
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { runPaths, type RunPaths } from './qemu-args.ts';

const OWNER_FILE = 'owner';
const MAX_PID_FILE_BYTES = 64;
/** sun_path is 108 bytes including the terminator. */
const MAX_UNIX_SOCKET_PATH = 107;

export function newRunId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

export async function createRunDir(runRoot: string, id: string): Promise<RunPaths> {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) throw new Error(`run id ${JSON.stringify(id)} must be 1-64 characters of [A-Za-z0-9._-]`);
  // QEMU parses option values on commas; a comma in the path would be split into options.
  if (runRoot.includes(',')) throw new Error(`run directory root ${runRoot} contains a comma, which QEMU options cannot carry`);
  const paths = runPaths(join(runRoot, id));
  const longest = Math.max(Buffer.byteLength(paths.qmpSocket), Buffer.byteLength(paths.channelSocket));
  if (longest > MAX_UNIX_SOCKET_PATH) {
    throw new Error(`run directory ${paths.runDir} is too long for unix sockets (${longest} > ${MAX_UNIX_SOCKET_PATH} bytes); set a shorter ARROW_HOME`);
  }
  await mkdir(runRoot, { recursive: true, mode: 0o700 });
  await mkdir(paths.runDir, { mode: 0o700 }); // fails if it exists: ids are unique
  await writeFile(join(paths.runDir, OWNER_FILE), `${process.pid}\n`);
  return paths;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readPid(path: string): Promise<number | undefined> {
  try {
    const text = (await readFile(path, { encoding: 'utf8', signal: AbortSignal.timeout(2000) })).slice(0, MAX_PID_FILE_BYTES);
    const pid = Number.parseInt(text.trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** True when /proc says this pid is a QEMU started for this run dir (guards against pid reuse). */
async function isOurQemu(pid: number, runDir: string): Promise<boolean> {
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, { signal: AbortSignal.timeout(2000) })).subarray(0, 64 * 1024).toString('utf8');
    return cmdline.includes('qemu-system') && cmdline.includes(runDir);
  } catch {
    return false;
  }
}

/**
 * Remove run dirs whose owner process is gone, killing a QEMU that somehow outlived its owner.
 * Returns the ids removed.
 */
export async function sweepStaleRunDirs(runRoot: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(runRoot);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const id of entries.slice(0, 10_000)) {
    const paths = runPaths(join(runRoot, id));
    const owner = await readPid(join(paths.runDir, OWNER_FILE));
    if (owner !== undefined && isAlive(owner)) continue;
    if (owner === undefined) {
      // A dir being created right now has no owner file for a moment; leave young ones alone.
      const qemuPid = await readPid(paths.pidFile);
      if (qemuPid === undefined && !(await isOlderThan(paths.runDir, 60_000))) continue;
    }
    const qemuPid = await readPid(paths.pidFile);
    if (qemuPid !== undefined && isAlive(qemuPid) && (await isOurQemu(qemuPid, paths.runDir))) {
      try {
        process.kill(qemuPid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    await rm(paths.runDir, { recursive: true, force: true });
    removed.push(id);
  }
  return removed;
}

async function isOlderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return false;
  }
}
