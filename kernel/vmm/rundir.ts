// Per-VM run directories under $ARROW_HOME/run: created with an owner file, removed on stop, and
// swept on the next start when their owner died without cleaning up (e.g. SIGKILL). A run dir
// marked adoptable belongs to a VM meant to outlive its owner: sweeps leave it to whoever adopts
// it (the node's agent, which also cleans those whose VM died meanwhile).
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { runPaths, type RunPaths } from './qemu-args.ts';

const OWNER_FILE = 'owner';
const ADOPTABLE_FILE = 'adoptable';
const MAX_PID_FILE_BYTES = 64;
/** sun_path is 108 bytes including the terminator. */
const MAX_UNIX_SOCKET_PATH = 107;

export function newRunId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

export async function createRunDir(runRoot: string, id: string, options: { adoptable?: boolean } = {}): Promise<RunPaths> {
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
  if (options.adoptable) await writeFile(join(paths.runDir, ADOPTABLE_FILE), '');
  return paths;
}

/** Records this process as the owner of a run dir it adopted. */
export async function takeOwnership(runDir: string): Promise<void> {
  await writeFile(join(runDir, OWNER_FILE), `${process.pid}\n`);
}

export async function isAdoptable(runDir: string): Promise<boolean> {
  try {
    await stat(join(runDir, ADOPTABLE_FILE));
    return true;
  } catch {
    return false;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function readPid(path: string): Promise<number | undefined> {
  try {
    const text = (await readFile(path, { encoding: 'utf8', signal: AbortSignal.timeout(2000) })).slice(0, MAX_PID_FILE_BYTES);
    const pid = Number.parseInt(text.trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** QEMU's command line from /proc, or undefined once the process is gone or a zombie (which runs nothing). */
export async function qemuCommandLine(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, { encoding: 'utf8', signal: AbortSignal.timeout(2000) });
    // "pid (comm) S ...": the state follows the last ')' (comm may contain anything).
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X' || state === 'x') return undefined;
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, { signal: AbortSignal.timeout(2000) })).subarray(0, 64 * 1024).toString('utf8');
    return cmdline.includes('qemu-system') ? cmdline : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What /proc says of `pid` for an adopted VM of `runDir`, from one read of its stat and command
 * line: 'ours' (a live QEMU of this run dir), 'exiting' (a process on its way out: it has
 * released its memory, so its command line reads empty, but is not yet a zombie; a SIGKILLed
 * QEMU spends a few milliseconds there, longer on a loaded host), or 'gone' (no such process, a
 * zombie, or another program that took the pid).
 */
export async function qemuState(pid: number, runDir: string): Promise<'ours' | 'exiting' | 'gone'> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, { encoding: 'utf8', signal: AbortSignal.timeout(2000) });
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X' || state === 'x') return 'gone';
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, { signal: AbortSignal.timeout(2000) })).subarray(0, 64 * 1024).toString('utf8');
    if (cmdline.length === 0) return 'exiting';
    return cmdline.includes('qemu-system') && cmdline.includes(`${runDir}/`) ? 'ours' : 'gone';
  } catch {
    return 'gone';
  }
}

/** True when /proc says this pid is a live QEMU started for this run dir (guards against pid reuse). */
export async function isOurQemu(pid: number, runDir: string): Promise<boolean> {
  return (await qemuCommandLine(pid))?.includes(`${runDir}/`) ?? false;
}

/**
 * Ends whatever runs in a run dir and removes it: its QEMU (when the pid file names a live QEMU
 * of this dir) is killed and waited for (up to waitMs), then the dir goes. For adoptable VMs
 * nobody can or should take over. Resolves false when QEMU outlived the wait (the dir is kept).
 */
export async function discardRunDir(runDir: string, waitMs = 5000): Promise<boolean> {
  const pid = await readPid(runPaths(runDir).pidFile);
  if (pid !== undefined && (await isOurQemu(pid, runDir))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
    const deadline = Date.now() + waitMs;
    while (await isOurQemu(pid, runDir)) {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await rm(runDir, { recursive: true, force: true });
  return true;
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
    if (await isAdoptable(paths.runDir)) continue;
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
