// The QEMU driver and QMP client against real QEMU processes. The guest is Debian's kernel and
// initrd: what it boots into does not matter here, only the VMM's lifecycle does. 256 MiB: in
// 64 MiB that kernel triple-faults at once on microvm and QEMU exits before the test looks at it.
import test from 'ava';
import { execa } from 'execa';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { QemuDriver, VmAdoptError, isAlive, sweepStaleRunDirs } from './index.ts';
import { firstOutput } from '../testdata/helpers.ts';

const bootFiles = readdirSync('/boot');
const distroKernel = join('/boot', bootFiles.find((f) => f.startsWith('vmlinuz-')) ?? 'vmlinuz-missing');
const distroInitrd = join('/boot', bootFiles.find((f) => f.startsWith('initrd.img-')) ?? 'initrd-missing');
const node = process.execPath;

/** Alive and not a zombie (an orphaned QEMU is reaped by init, which may take a moment). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

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
    const { helper, pid, runDir } = await vmOfHelper(runRoot, []);
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

/** Runs start-vm-and-wait.ts; resolves with the VM it started and the helper itself. */
async function vmOfHelper(runRoot: string, extra: string[]) {
  const helper = execa(node, [join(import.meta.dirname, '../testdata/start-vm-and-wait.ts'), ...extra, distroKernel, distroInitrd, runRoot], { reject: false, lines: true, buffer: false });
  return { helper, ...(JSON.parse(await firstOutput(helper.stdout, 30_000)) as { pid: number; runDir: string }) };
}

test('an adoptable QEMU outlives its SIGKILLed parent, sweeps leave it, and another process adopts and ends it', async (t) => {
  const runRoot = await mkdtemp(join(tmpdir(), 'arrow-run-'));
  let pid = 0;
  t.teardown(async () => {
    if (pid && running(pid)) process.kill(pid, 'SIGKILL');
    await rm(runRoot, { recursive: true, force: true });
  });
  const started = await vmOfHelper(runRoot, ['--adoptable']);
  pid = started.pid;
  started.helper.kill('SIGKILL');
  await started.helper;
  await sleep(500);
  t.true(running(pid), 'QEMU died with its parent');
  t.deepEqual(await sweepStaleRunDirs(runRoot), [], 'the sweep leaves an adoptable VM to its adopter');
  t.true(existsSync(started.runDir));

  const driver = new QemuDriver();
  const vm = await driver.adopt(started.runDir);
  t.is(vm.pid, pid);
  t.is(await vm.status(), 'running');
  // Only one QMP client at a time: a second adopter is refused while this one holds it.
  await t.throwsAsync(driver.adopt(started.runDir), { instanceOf: VmAdoptError, message: /does not answer on QMP/ });
  const killed = Date.now();
  await vm.kill();
  t.true(Date.now() - killed < 3000, 'the end of an adopted QEMU is noticed promptly');
  t.false(running(pid));
  t.false(existsSync(started.runDir));
  await t.throwsAsync(driver.adopt(started.runDir), { instanceOf: VmAdoptError });
});

test('a detached adoptable VM keeps running and is adopted again in the same process', async (t) => {
  const runRoot = await mkdtemp(join(tmpdir(), 'arrow-run-'));
  const driver = new QemuDriver();
  const spec = { kernelPath: distroKernel, initrdPath: distroInitrd, runRoot, cmdline: 'console=ttyS0 panic=-1', memoryMiB: 256, cpus: 1 };
  const plain = await driver.start(spec);
  t.teardown(async () => {
    await plain.kill().catch(() => undefined);
    await rm(runRoot, { recursive: true, force: true });
  });
  t.throws(() => plain.detach(), { message: /not adoptable/ });
  await t.throwsAsync(driver.adopt(plain.runDir), { instanceOf: VmAdoptError, message: /not the run dir of an adoptable VM/ });
  const vm = await driver.start({ ...spec, adoptable: true });
  vm.detach();
  await t.throwsAsync(vm.kill(), { message: /detached/ });
  const again = await driver.adopt(vm.runDir);
  t.is(again.pid, vm.pid);
  const exit = await again.stop(100); // QMP quit
  t.deepEqual(exit, {}, 'not our child: no exit status');
  t.false(running(vm.pid));
  t.false(existsSync(vm.runDir));
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
