// runArrow: validate, ensure kernel + initramfs, boot the VM, drive the channel session, stream
// the app's output, and turn its exit into a status. The only glue between vmm/, channel/, elf/
// and the kernel engineer's build/initramfs.
import { readFile, stat } from 'node:fs/promises';

import { availableParallelism, totalmem } from 'node:os';
import { inspectElfFile, ElfError } from '../elf/index.ts';
import { ChannelSession, type Frame } from '../channel/index.ts';
import { QemuDriver, detectAccelerator, type VirtualMachine, type VirtualMachineDriver, type PortForward, type Accelerator } from '../vmm/index.ts';
import { InputError, MAX_CONFIG_FILE_BYTES, MAX_TOTAL_FILE_BYTES, minimumMemoryMiB, exitStatus, kernelCmdline, type FileMapping } from './options.ts';

export interface GuestInitramfs {
  path: string;
  /** the app's path inside the guest, argv[0] of Start */
  appPath: string;
}

interface GuestFile {
  path: string;
  content: Uint8Array;
  mode: number;
}

export interface ArrowArtifacts {
  /** Known template names, checked before any build starts. */
  templateNames(): string[];
  kernelImage(template: string, onProgress?: (message: string) => void): Promise<string>;
  initramfs(binaryPath: string): Promise<GuestInitramfs>;
}

export interface RunArrowOptions {
  binaryPath: string;
  args: string[];
  env: string[];
  files: FileMapping[];
  template: string;
  memoryMiB: number;
  cpus: number;
  ports: PortForward[];
  runRoot: string;
  artifacts: ArrowArtifacts;
  driver?: VirtualMachineDriver;
  accelerator?: Accelerator;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** aborting asks the app to stop gracefully (SIGTERM in the guest, SIGKILL after graceMs) */
  stopSignal?: AbortSignal;
  graceMs?: number;
  /** ainit's Log frames and boot details go here when set */
  onLog?: (message: string) => void;
  onProgress?: (message: string) => void;
  bootTimeoutMs?: number;
  /** called once the VM runs, e.g. to watch its process from outside */
  onVmStarted?: (vm: VirtualMachine) => void;
}

export interface ArrowTimings {
  /** ms from VM launch to ainit's Hello on the channel */
  helloMs?: number;
  /** ms from VM launch to the app's first output */
  firstOutputMs?: number;
  /** guest monotonic ms at Hello as ainit reported it */
  guestBootMs?: number;
}

export interface ArrowResult {
  /** what the CLI should exit with: the app's code, or 128+N for signal N */
  status: number;
  code: number;
  signal: number;
  timings: ArrowTimings;
  accelerator: Accelerator;
}

/** The guest reported a fatal error or the VM ended without the app's exit status. */
export class ArrowRunError extends Error {
  override name = 'ArrowRunError';
}

/** Checks that need no VM: the binary, the template and the files. */
export async function validateRun(options: Pick<RunArrowOptions, 'binaryPath' | 'files' | 'template' | 'artifacts' | 'memoryMiB' | 'cpus'>): Promise<{ files: GuestFile[] }> {
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

export async function runArrow(options: RunArrowOptions): Promise<ArrowResult> {
  const start = await validateRun(options);
  options.onProgress?.(`kernel template ${options.template}`);
  const kernelPath = await options.artifacts.kernelImage(options.template, options.onProgress);
  const initramfs = await options.artifacts.initramfs(options.binaryPath);
  const initrdPath = initramfs.path;
  // A Ctrl-C during a long kernel build lands here: do not boot an Arrow nobody wants any more.
  if (options.stopSignal?.aborted) throw new ArrowRunError('stopped before the Arrow started');
  const driver = options.driver ?? new QemuDriver();
  const network = options.ports.length > 0;
  const accelerator = options.accelerator ?? detectAccelerator();
  const launchedAt = performance.now();
  const vm = await driver.start({
    kernelPath,
    initrdPath,
    cmdline: kernelCmdline({ network, accelerator }),
    memoryMiB: options.memoryMiB,
    cpus: options.cpus,
    runRoot: options.runRoot,
    ...(network ? { network: { portForwards: options.ports } } : {}),
    accelerator,
  });
  options.onVmStarted?.(vm);
  try {
    return await drive(vm, options, { ...start, appPath: initramfs.appPath }, launchedAt);
  } finally {
    // Normally the guest has halted by now; otherwise quit, then kill. Never leave QEMU behind.
    await vm.stop(2000);
  }
}

async function drive(vm: VirtualMachine, options: RunArrowOptions, start: { files: GuestFile[]; appPath: string }, launchedAt: number): Promise<ArrowResult> {
  const bootTimeoutMs = options.bootTimeoutMs ?? 60_000;
  const graceMs = options.graceMs ?? 5000;
  const timings: ArrowTimings = {};
  const vmGone = vm.exited.then(() => 'vm-exited' as const);
  const session = await ChannelSession.connect(vm.channelSocketPath, { timeoutMs: 10_000 });
  try {
    let stopSentAt: number | undefined;
    const requestStop = (): void => {
      if (stopSentAt !== undefined || !started) return;
      stopSentAt = Date.now();
      try {
        session.send({ stop: { graceMs } });
      } catch {
        /* channel already closed: the VM is going away */
      }
    };
    let started = false;
    options.stopSignal?.addEventListener('abort', requestStop, { once: true });
    const bootDeadline = Date.now() + bootTimeoutMs;
    for (;;) {
      // While the app runs there is no time limit on silence; before Start there is the boot
      // limit, and after a Stop the grace period (plus a margin for the guest to report).
      const waitMs = !started ? bootDeadline - Date.now() : stopSentAt !== undefined ? stopSentAt + graceMs + 3000 - Date.now() : 60_000;
      if (waitMs <= 0) {
        if (!started) throw new ArrowRunError(`the Arrow did not say hello within ${bootTimeoutMs} ms${await serialTail(vm)}`);
        throw new ArrowRunError(`the app did not stop within ${graceMs} ms of the stop request`);
      }
      let frame: Frame | undefined | 'vm-exited';
      try {
        frame = await Promise.race([session.receive(waitMs), vmGone]);
      } catch (error) {
        if ((error as Error).message.startsWith('no frame from the guest')) continue;
        throw new ArrowRunError(`Arrow channel failed: ${(error as Error).message}`);
      }
      if (frame === undefined || frame === 'vm-exited') {
        throw new ArrowRunError(`the VM ended before the app reported its exit${await serialTail(vm)}`);
      }
      if (frame.hello && !started) {
        timings.helloMs = performance.now() - launchedAt;
        timings.guestBootMs = frame.hello.bootMs ?? 0;
        options.onLog?.(`ainit ${frame.hello.ainitVersion} up after ${frame.hello.bootMs} ms guest time`);
        session.send({ start: { argv: [start.appPath, ...options.args], env: options.env, files: start.files, cwd: '/' } });
        started = true;
        if (options.stopSignal?.aborted) requestStop();
      } else if (frame.output) {
        timings.firstOutputMs ??= performance.now() - launchedAt;
        const data = frame.output.data ?? new Uint8Array();
        (frame.output.stream === 2 ? options.stderr : options.stdout).write(data);
      } else if (frame.log) {
        options.onLog?.(frame.log.message ?? '');
      } else if (frame.error) {
        throw new ArrowRunError(`the Arrow reported an error: ${frame.error.message}`);
      } else if (frame.exited) {
        const code = frame.exited.code ?? 0;
        const signal = frame.exited.signal ?? 0;
        // The session acks Exited as it arrives; ainit then halts and QEMU exits by itself.
        await Promise.race([vm.exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        return { status: exitStatus({ code, signal }), code, signal, timings, accelerator: vm.accelerator };
      }
    }
  } finally {
    session.close();
  }
}

/** The end of the VM's serial console, to explain a failed boot. */
async function serialTail(vm: VirtualMachine): Promise<string> {
  const text = (await vm.consoleTail(2048)).trim();
  return text ? `\n--- serial console (last ${text.length} bytes) ---\n${text}` : '';
}
