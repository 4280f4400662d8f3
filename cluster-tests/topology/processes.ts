// Processes inside a network namespace, found the way `ip netns pids` does (a process is in the
// namespace if /proc/PID/ns/net is the same nsfs inode as /run/netns/NAME), but without spawning
// `ip` for every look. Zombies have no namespace any more and are not listed.
import { readdir, readFile, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export class HostProcessError extends Error {
  override name = 'HostProcessError';
}

/** Pids of the processes in namespace `netns` (empty if the namespace does not exist). */
export async function netnsPids(netns: string): Promise<number[]> {
  let target;
  try {
    target = await stat(`/run/netns/${netns}`);
  } catch {
    return [];
  }
  const entries = await readdir('/proc');
  const pids: number[] = [];
  // Batches keep the number of open stat calls bounded on a machine with many processes.
  const numeric = entries.filter((name) => /^\d+$/.test(name));
  for (let i = 0; i < numeric.length; i += 256) {
    const batch = numeric.slice(i, i + 256);
    const results = await Promise.all(batch.map(async (name) => {
      try {
        const info = await stat(`/proc/${name}/ns/net`);
        return info.ino === target.ino && info.dev === target.dev ? Number(name) : undefined;
      } catch {
        return undefined; // gone, or a zombie
      }
    }));
    for (const pid of results) if (pid !== undefined) pids.push(pid);
  }
  return pids;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/**
 * SIGKILLs every process in the namespace, again and again (a dying parent may still fork), until
 * none is left. Throws after `timeoutMs` naming the survivors.
 */
export async function killAll(netns: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = await netnsPids(netns);
    if (pids.length === 0) return;
    if (Date.now() > deadline) throw new HostProcessError(`processes ${pids.join(', ')} in ${netns} survived SIGKILL for ${timeoutMs} ms`);
    for (const pid of pids) signal(pid, 'SIGKILL');
    await sleep(10);
  }
}

/** `State:` letter from /proc/PID/stat, or undefined when the process is gone. */
async function processState(pid: number): Promise<string | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}

/**
 * SIGSTOPs every process in the namespace. A process may fork between listing and stopping, so
 * this lists again until a listing finds every process already stopped ('T').
 */
export async function stopAll(netns: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = await netnsPids(netns);
    for (const pid of pids) signal(pid, 'SIGSTOP');
    const states = await Promise.all(pids.map(processState));
    if (states.every((state) => state === undefined || state === 'T' || state === 't')) return;
    if (Date.now() > deadline) throw new HostProcessError(`could not stop every process in ${netns} within ${timeoutMs} ms`);
    await sleep(5);
  }
}

export async function continueAll(netns: string): Promise<void> {
  for (const pid of await netnsPids(netns)) signal(pid, 'SIGCONT');
}
