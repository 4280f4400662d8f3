// Boot benchmark: how long from launch to an app's first output, as a native process, as an
// Arrow on the tailored kernel template, and on Debian's generic distro kernel; plus the host
// memory (PSS) of one idle Arrow. Every figure is measured in the same run; medians are reported.
//
//   npm run bench:boot [-- --iterations 5] [-- --json]
//
// How each figure is taken:
// - native_ms: spawn the static hello on the host, until its first stdout byte.
// - arrow_boot_ms: QEMU launch until the app's first Output frame on the Arrow channel
//   (tailored "default" template booted as its PVH vmlinux, ainit, 64 MiB, 1 vCPU).
// - generic_kernel_boot_ms: the same QEMU microvm with Debian's linux-image-amd64 kernel. Its
//   virtio console is a module, so the Arrow channel cannot work there: the same static hello is
//   /init itself and we time QEMU launch until its first output on the serial console (a file we
//   poll every 2 ms). This skips ainit and the channel, so it flatters the generic kernel. It
//   gets 256 MiB: it does not boot in 64 MiB on microvm. It gets the Arrow kernel command line
//   too (noapictimer and pty.legacy_count=0 included), so both boots skip the same steps.
// - arrow_pss_mib: Pss from /proc/<qemu>/smaps_rollup of one Arrow idling in a sleeping app.
import { execa } from 'execa';
import { spawn } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { QemuDriver, defaultArtifacts, detectAccelerator, hostTscKhz, runArrow, kernelCmdline, type VirtualMachine } from '../../kernel/index.ts';

/**
 * Debian's kernel does not come up in 64 MiB on microvm (it triple-faults while decompressing
 * its 8 MB image); 256 MiB boots it reliably. The tailored template gets 64 MiB.
 */
const GENERIC_MEMORY_MIB = 256;
const TESTDATA = fileURLToPath(new URL('../../kernel/testdata/', import.meta.url));
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, iterations: { type: 'string', default: '5' } } });
const iterations = Number(values.iterations);
if (!Number.isInteger(iterations) || iterations < 1 || iterations > 100) {
  console.error('bench:boot: --iterations must be 1-100');
  process.exit(2);
}
const log = (message: string): void => {
  process.stderr.write(`bench:boot: ${message}\n`);
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

class NullSink {
  write(): boolean {
    return true;
  }
}

const work = await mkdtemp(join(tmpdir(), 'arrow-bench-boot-'));
try {
  const hello = join(work, 'hello');
  const sleeper = join(work, 'sleeper');
  await execa('musl-gcc', ['-static', '-Os', '-o', hello, join(TESTDATA, 'hello.c')], { timeout: 60_000 });
  await execa('musl-gcc', ['-static', '-Os', '-o', sleeper, join(TESTDATA, 'sleeper.c')], { timeout: 60_000 });
  const runRoot = join(work, 'run');
  const artifacts = defaultArtifacts({ onBuildProgress: (p) => (p.phase === 'source' || p.phase === 'wait' ? log(p.message) : undefined) });
  log('ensuring the default kernel template (built once per machine)');
  await artifacts.kernelImage('default');

  // native
  const nativeSamples: number[] = [];
  for (let i = 0; i < Math.max(iterations, 10); i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(hello, [], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.once('data', () => nativeSamples.push(performance.now() - started));
      child.once('error', reject);
      child.once('close', () => resolve());
    });
  }

  // Arrow on the tailored template
  const arrowSamples: number[] = [];
  const sink = new NullSink() as unknown as NodeJS.WritableStream;
  for (let i = 0; i < iterations; i++) {
    const result = await runArrow({ binaryPath: hello, args: [], env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [], runRoot, artifacts, boot: 'cold', stdout: sink, stderr: sink });
    if (result.code !== 7 || result.timings.firstOutputMs === undefined) throw new Error(`hello Arrow misbehaved: ${JSON.stringify(result)}`);
    arrowSamples.push(result.timings.firstOutputMs);
    log(`arrow boot ${i + 1}/${iterations}: ${result.timings.firstOutputMs.toFixed(0)} ms`);
  }

  // generic distro kernel
  const bootFiles = await readdir('/boot');
  const vmlinuz = bootFiles.find((name) => name.startsWith('vmlinuz-'));
  if (!vmlinuz) throw new Error('no /boot/vmlinuz-*: install linux-image-amd64');
  const genericInitrd = await helloAsInitInitramfs(hello, work);
  const genericSamples: number[] = [];
  const driver = new QemuDriver();
  // The distro kernel is slow under TCG: at most 3 iterations keeps the run short.
  const genericIterations = Math.min(iterations, 3);
  for (let i = 0; i < genericIterations; i++) {
    const started = performance.now();
    const vm = await driver.start({ kernelPath: join('/boot', vmlinuz), initrdPath: genericInitrd, cmdline: kernelCmdline({ network: false, accelerator: detectAccelerator(), tscKhz: await hostTscKhz() }), memoryMiB: GENERIC_MEMORY_MIB, cpus: 1, runRoot });
    try {
      const firstOutputMs = await waitForSerial(vm, 'GREETING=', started, 300_000);
      genericSamples.push(firstOutputMs);
      log(`generic kernel boot ${i + 1}/${genericIterations}: ${firstOutputMs.toFixed(0)} ms`);
    } finally {
      await vm.kill();
    }
  }

  // PSS of one idle Arrow
  const stop = new AbortController();
  let qemuPid = 0;
  let pssMiB = 0;
  let measuring: Promise<void> | undefined;
  const idle = runArrow({
    binaryPath: sleeper,
    args: [],
    env: [],
    files: [],
    template: 'default',
    memoryMiB: 64,
    cpus: 1,
    ports: [],
    runRoot,
    artifacts,
    boot: 'cold',
    stopSignal: stop.signal,
    graceMs: 2000,
    onVmStarted: (vm: VirtualMachine) => (qemuPid = vm.pid),
    stdout: {
      write: () => {
        // The first output ("ready") means the app is up; let the guest settle, measure once.
        if (!measuring) {
          measuring = sleep(1000)
            .then(async () => {
              pssMiB = await pssOf(qemuPid);
            })
            .finally(() => stop.abort());
        }
        return true;
      },
    } as unknown as NodeJS.WritableStream,
    stderr: sink,
  });
  await idle;
  await measuring;

  const accel = detectAccelerator();
  const figures = {
    native_ms: round(median(nativeSamples)),
    arrow_boot_ms: round(median(arrowSamples)),
    generic_kernel_boot_ms: round(median(genericSamples)),
    arrow_pss_mib: round(pssMiB),
    accel,
    iterations,
    generic_over_arrow: round(median(genericSamples) / median(arrowSamples)),
    arrow_over_native: round(median(arrowSamples) / median(nativeSamples)),
    arrow_boot_samples_ms: arrowSamples.map(round),
    generic_kernel_boot_samples_ms: genericSamples.map(round),
  };
  if (values.json) {
    process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
  } else {
    const targetBoot = accel === 'tcg' ? 1000 : 150;
    const rows: [string, string, string][] = [
      ['native_ms', String(figures.native_ms), 'static hello exec on the host'],
      ['arrow_boot_ms', String(figures.arrow_boot_ms), `launch -> first output, tailored template (target <= ${targetBoot} under ${accel})`],
      ['generic_kernel_boot_ms', String(figures.generic_kernel_boot_ms), 'launch -> first serial output, Debian distro kernel (256 MiB)'],
      ['generic / arrow', `${figures.generic_over_arrow}x`, 'target >= 4x'],
      ['arrow / native', `${figures.arrow_over_native}x`, ''],
      ['arrow_pss_mib', String(figures.arrow_pss_mib), 'host PSS of one idle 64 MiB Arrow (QEMU)'],
      ['accel', accel, `${iterations} iterations, medians`],
    ];
    const width = Math.max(...rows.map((row) => row[0].length));
    const valueWidth = Math.max(...rows.map((row) => row[1].length));
    for (const [name, value, note] of rows) process.stdout.write(`${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${note}\n`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** An initramfs whose /init is the hello app itself, with /dev/console for its stdout. */
async function helloAsInitInitramfs(hello: string, dir: string): Promise<string> {
  const staging = join(dir, 'generic-root');
  await mkdir(join(staging, 'dev'), { recursive: true });
  await copyFile(hello, join(staging, 'init'));
  await chmod(join(staging, 'init'), 0o755);
  await execa('mknod', ['-m', '600', join(staging, 'dev', 'console'), 'c', '5', '1']);
  const output = join(dir, 'generic.cpio');
  await execa('cpio', ['--create', '--format=newc', '--quiet', '--owner=0:0', '-O', output], { cwd: staging, input: './init\n./dev\n./dev/console\n', timeout: 30_000 });
  return output;
}

async function waitForSerial(vm: VirtualMachine, marker: string, startedAt: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const size = (await stat(vm.serialLogPath)).size;
      if (size > 0 && (await readFile(vm.serialLogPath, 'utf8')).includes(marker)) return performance.now() - startedAt;
    } catch {
      /* not created yet */
    }
    await sleep(2);
  }
  throw new Error(`no ${marker} on the serial console within ${timeoutMs} ms:\n${await vm.consoleTail(2000)}`);
}

async function pssOf(pid: number): Promise<number> {
  const text = (await readFile(`/proc/${pid}/smaps_rollup`, 'utf8')).slice(0, 64 * 1024);
  const match = /^Pss:\s+(\d+) kB/m.exec(text);
  if (!match) throw new Error(`no Pss in /proc/${pid}/smaps_rollup`);
  return Number(match[1]) / 1024;
}
