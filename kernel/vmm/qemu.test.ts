// The QEMU driver and QMP client against real QEMU processes. The guest is Debian's kernel and
// initrd: what it boots into does not matter here, only the VMM's lifecycle does. 256 MiB: in
// 64 MiB that kernel triple-faults at once on microvm and QEMU exits before the test looks at it.
import test from 'ava';
import { execa } from 'execa';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { QemuDriver, isAlive, sweepStaleRunDirs } from './index.ts';

const bootFiles = readdirSync('/boot');
const distroKernel = join('/boot', bootFiles.find((f) => f.startsWith('vmlinuz-')) ?? 'vmlinuz-missing');
const distroInitrd = join('/boot', bootFiles.find((f) => f.startsWith('initrd.img-')) ?? 'initrd-missing');
const node = process.execPath;

async function waitUntil(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (predicate()) return true;
    await sleep(50);
  }
  return predicate();
}

test('start, query-status over QMP, quit: QEMU exits and the run dir is gone', async (t) => {
  const runRoot = await mkdtemp(join(tmpdir(), 'arrow-run-'));
  try {
    const vm = await new QemuDriver().start({ kernelPath: distroKernel, initrdPath: distroInitrd, runRoot, cmdline: 'console=ttyS0 panic=-1', memoryMiB: 256, cpus: 1 });
    t.true(isAlive(vm.pid));
    t.true(existsSync(vm.channelSocketPath));
    t.is(await vm.status(), 'running');
    const status = await vm.qmp!.execute<{ status: string }>('query-status');
    t.is(status.status, 'running');
    const shutdown = vm.qmp!.waitForEvent('SHUTDOWN', 5000);
    // QEMU may exit before its reply to quit is read; the SHUTDOWN event and the exit are what count.
    await vm.qmp!.execute('quit').catch((error: Error) => t.regex(error.message, /closed/));
    t.is((await shutdown).event, 'SHUTDOWN');
    const exit = await vm.exited;
    t.is(exit.code, 0);
    t.false(isAlive(vm.pid));
    t.false(existsSync(vm.runDir));
    t.is(await vm.status(), 'exited');
  } finally {
    await rm(runRoot, { recursive: true, force: true });
  }
});

test('stop() of a guest that does not halt falls back to QMP quit; kill() works too', async (t) => {
  const runRoot = await mkdtemp(join(tmpdir(), 'arrow-run-'));
  try {
    const driver = new QemuDriver();
    const spec = { kernelPath: distroKernel, initrdPath: distroInitrd, runRoot, cmdline: 'console=ttyS0 panic=-1', memoryMiB: 256, cpus: 1 };
    const first = await driver.start(spec);
    const started = Date.now();
    const exit = await first.stop(200);
    t.is(exit.code, 0);
    t.true(Date.now() - started < 6000);
    const second = await driver.start(spec);
    const killed = await second.kill();
    t.is(killed.signal, 'SIGKILL');
    t.false(existsSync(second.runDir));
    t.deepEqual(readdirSync(runRoot), []);
  } finally {
    await rm(runRoot, { recursive: true, force: true });
  }
});

test('a QEMU error at start is reported with its message and leaves nothing behind', async (t) => {
  const runRoot = await mkdtemp(join(tmpdir(), 'arrow-run-'));
  try {
    await t.throwsAsync(
      new QemuDriver().start({ kernelPath: '/nonexistent/kernel', initrdPath: distroInitrd, runRoot, cmdline: '', memoryMiB: 256, cpus: 1 }),
      { message: /QEMU failed to start.*nonexistent\/kernel/s },
    );
    t.deepEqual(readdirSync(runRoot), []);
  } finally {
    await rm(runRoot, { recursive: true, force: true });
  }
});

test('QEMU does not outlive a SIGKILLed parent, and its run dir is removed', async (t) => {
  const runRoot = await mkdtemp(join(tmpdir(), 'arrow-run-'));
  try {
    const helper = execa(node, [join(import.meta.dirname, '../testdata/start-vm-and-wait.ts'), distroKernel, distroInitrd, runRoot], { reject: false, lines: true, buffer: false });
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('helper printed nothing in 30 s')), 30_000);
      helper.stdout.once('data', (chunk: Buffer) => {
        clearTimeout(timer);
        resolve(chunk.toString());
      });
    });
    const { pid, runDir } = JSON.parse(line) as { pid: number; runDir: string };
    t.true(isAlive(pid));
    helper.kill('SIGKILL');
    await helper;
    t.true(await waitUntil(() => !isAlive(pid), 10_000), 'QEMU still alive after its parent was SIGKILLed');
    t.true(await waitUntil(() => !existsSync(runDir), 5000), 'run dir left behind');
    t.deepEqual(await sweepStaleRunDirs(runRoot), []);
  } finally {
    await rm(runRoot, { recursive: true, force: true });
  }
});

test('a run dir whose owner is dead is swept on the next start; a live owner keeps it', async (t) => {
  const runRoot = await mkdtemp(join(tmpdir(), 'arrow-run-'));
  try {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const dead = await execa(node, ['-e', 'process.stdout.write(String(process.pid))']);
    await mkdir(join(runRoot, 'stale'));
    await writeFile(join(runRoot, 'stale', 'owner'), `${dead.stdout}\n`);
    await writeFile(join(runRoot, 'stale', 'pid'), `${dead.stdout}\n`);
    await mkdir(join(runRoot, 'live'));
    await writeFile(join(runRoot, 'live', 'owner'), `${process.pid}\n`);
    t.deepEqual(await sweepStaleRunDirs(runRoot), ['stale']);
    t.deepEqual(readdirSync(runRoot), ['live']);
  } finally {
    await rm(runRoot, { recursive: true, force: true });
  }
});
