import test from 'ava';
import { execa } from 'execa';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withLock } from './lock.ts';

async function tempDir(t: { teardown: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-lock-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('holders never overlap and the lock is released afterwards', async (t) => {
  const lock = join(await tempDir(t), 'x.lock');
  let inside = 0;
  let maxInside = 0;
  const order: number[] = [];
  await Promise.all(
    [0, 1, 2, 3, 4].map((i) =>
      withLock(lock, { timeoutMs: 10_000, pollMs: 5 }, async () => {
        inside++;
        maxInside = Math.max(maxInside, inside);
        await sleep(20);
        order.push(i);
        inside--;
      }),
    ),
  );
  t.is(maxInside, 1);
  t.is(order.length, 5);
  await t.throwsAsync(stat(lock), { code: 'ENOENT' });
});

test('a lock left by a dead process is taken over', async (t) => {
  const lock = join(await tempDir(t), 'x.lock');
  const dead = await execa('sh', ['-c', 'echo $$']); // this shell has exited by now
  await mkdir(lock);
  await writeFile(join(lock, 'owner'), `${dead.stdout.trim()}\n${hostname()}\n`);
  t.is(await withLock(lock, { timeoutMs: 2000, pollMs: 5 }, async () => 'ran'), 'ran');
});

test('waiting for a live holder times out with a clear error', async (t) => {
  const lock = join(await tempDir(t), 'x.lock');
  await mkdir(lock);
  await writeFile(join(lock, 'owner'), `${process.pid}\n${hostname()}\n`);
  let waitedFor = 0;
  await t.throwsAsync(
    withLock(lock, { timeoutMs: 200, pollMs: 10, onWait: (pid) => (waitedFor = pid) }, async () => 'never'),
    { message: new RegExp(`timed out after 200 ms waiting for lock .*held by pid ${process.pid}`) },
  );
  t.is(waitedFor, process.pid);
});
