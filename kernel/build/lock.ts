// A cross-process exclusive lock for cache entries: several ava worker processes, CLI calls or
// nodes on one machine may ask for the same kernel build at once. The lock is a directory
// (mkdir is atomic) holding the owner's pid; a lock whose owner process is gone is stale and
// is taken over, so a crashed build never blocks the cache forever.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockOptions {
  timeoutMs: number; // give up waiting after this long
  pollMs?: number;
  onWait?: (ownerPid: number) => void; // called once when the lock is busy
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockDir: string): Promise<{ pid: number; host: string } | undefined> {
  try {
    const text = await readFile(`${lockDir}/owner`, { encoding: 'utf8', signal: AbortSignal.timeout(2000) });
    const [pidText, host] = text.slice(0, 256).split('\n');
    const pid = Number(pidText);
    return Number.isInteger(pid) && pid > 0 ? { pid, host: host ?? '' } : undefined;
  } catch {
    return undefined; // owner file not written yet (lock just created) or lock gone
  }
}

/**
 * Runs `fn` while holding the lock `lockDir`. Waiting is bounded by `timeoutMs`.
 * Stale takeover renames the stale lock aside first, so two waiters cannot both delete it;
 * even in the unlikely case two holders overlap, callers build into per-process temp dirs and
 * publish with an atomic rename, so the cache can never hold a torn entry.
 */
export async function withLock<T>(lockDir: string, opts: LockOptions, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  const pollMs = opts.pollMs ?? 250;
  let reportedWait = false;
  let ownerMissingSince = 0;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(`${lockDir}/owner`, `${process.pid}\n${hostname()}\n`);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = await readOwner(lockDir);
    if (owner && owner.host === hostname() && !processAlive(owner.pid)) {
      const aside = `${lockDir}.stale-${process.pid}-${Date.now()}`;
      try {
        await rename(lockDir, aside);
        await rm(aside, { recursive: true, force: true });
      } catch {
        /* another waiter took it over first; retry */
      }
      continue;
    }
    if (!owner) {
      // A lock dir without an owner file is either being created right now or left by a
      // process killed between mkdir and writeFile; treat it as stale after a grace period.
      if (ownerMissingSince === 0) ownerMissingSince = Date.now();
      else if (Date.now() - ownerMissingSince > 5000) {
        await rm(lockDir, { recursive: true, force: true });
        ownerMissingSince = 0;
        continue;
      }
    } else {
      ownerMissingSince = 0;
      if (!reportedWait) {
        reportedWait = true;
        opts.onWait?.(owner.pid);
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${opts.timeoutMs} ms waiting for lock ${lockDir} (held by pid ${owner?.pid ?? 'unknown'})`);
    }
    await sleep(pollMs);
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
