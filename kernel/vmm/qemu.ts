// The QEMU microvm driver: one detached qemu-system-x86_64 per VM, driven over QMP.
import { execa, type ResultPromise } from 'execa';
import { open, rm, stat, type FileHandle } from 'node:fs/promises';
import { detectAccelerator, type Accelerator } from './accel.ts';
import type { PortForward, VirtualMachine, VirtualMachineDriver, VmExit, VmSpec, VmState } from './driver.ts';
import { QmpClient } from './qmp.ts';
import { qemuArgs, RESTORE_STATE_FD, type RunPaths } from './qemu-args.ts';
import { loadDeviceState, saveDeviceState } from './snapshot.ts';
import { within } from './within.ts';
import { createRunDir, newRunId, sweepStaleRunDirs } from './rundir.ts';
import { startWatchdog, type Watchdog } from './watchdog.ts';

const STDERR_TAIL_BYTES = 8 * 1024;
const QMP_SOCKET_WAIT_MS = 10_000;
const QMP_POLL_MS = 2;
const CONSOLE_TAIL_BYTES = 4096;

async function readTail(path: string, maxBytes: number): Promise<string> {
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, maxBytes);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      return buffer.toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

type StdioWithState = readonly ['ignore', 'ignore', 'pipe'] | readonly ['ignore', 'ignore', 'pipe', 3];
if (RESTORE_STATE_FD !== 3) throw new Error('the saved state is passed as the fourth stdio entry');

export class VmStartError extends Error {
  override name = 'VmStartError';
  /** 'restore': QEMU started but refused the saved state (a bad template, not a bad request) */
  readonly stage: 'launch' | 'restore';
  constructor(message: string, stage: 'launch' | 'restore' = 'launch') {
    super(message);
    this.stage = stage;
  }
}

export interface QemuDriverOptions {
  binary?: string;
}

export class QemuDriver implements VirtualMachineDriver {
  readonly name = 'qemu';
  readonly #binary: string;

  constructor(options: QemuDriverOptions = {}) {
    this.#binary = options.binary ?? 'qemu-system-x86_64';
  }

  get executable(): string {
    return this.#binary;
  }

  async start(spec: VmSpec): Promise<VirtualMachine> {
    if (!Number.isInteger(spec.cpus) || spec.cpus < 1) throw new VmStartError(`cpus must be a positive integer, got ${spec.cpus}`);
    if (!Number.isInteger(spec.memoryMiB) || spec.memoryMiB < 1) throw new VmStartError(`memory must be a positive number of MiB, got ${spec.memoryMiB}`);
    await sweepStaleRunDirs(spec.runRoot);
    const accelerator = spec.accelerator ?? detectAccelerator();
    const id = spec.id ?? newRunId();
    const paths = await createRunDir(spec.runRoot, id);
    const args = qemuArgs(spec, paths, accelerator);
    // A restored VM reads its saved state from a descriptor it inherits (RESTORE_STATE_FD).
    let state: FileHandle | undefined;
    if (spec.restoreFrom !== undefined) {
      try {
        state = await open(spec.restoreFrom, 'r');
      } catch (error) {
        await rm(paths.runDir, { recursive: true, force: true });
        throw new VmStartError(`cannot open the saved state ${spec.restoreFrom}: ${(error as Error).message}`);
      }
    }
    // stdin, stdout, stderr, then the state as descriptor 3 (RESTORE_STATE_FD) when restoring.
    // (execa's types name only descriptors 3-9; at run time any open descriptor is passed on.)
    const stdio: StdioWithState = state ? ['ignore', 'ignore', 'pipe', state.fd as 3] : ['ignore', 'ignore', 'pipe'];
    let subprocess: ResultPromise<{ detached: true; stdio: StdioWithState; buffer: false; reject: false }>;
    try {
      subprocess = execa(this.#binary, args, {
        detached: true, // own process group: the terminal's Ctrl-C is ours to turn into a graceful stop
        stdio,
        buffer: false,
        reject: false,
      });
    } catch (error) {
      await rm(paths.runDir, { recursive: true, force: true });
      throw new VmStartError(`cannot start ${this.#binary}: ${(error as Error).message}`);
    } finally {
      // Spawning is synchronous: the child holds its own copy of the descriptor by now.
      await state?.close();
    }
    const pid = subprocess.pid;
    if (pid === undefined) {
      const result = await subprocess;
      await rm(paths.runDir, { recursive: true, force: true });
      throw new VmStartError(`cannot start ${this.#binary}: ${result.message ?? 'spawn failed'}`);
    }
    const watchdog = startWatchdog(pid, paths.runDir);
    let stderrTail = '';
    subprocess.stderr.setEncoding('utf8');
    subprocess.stderr.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_BYTES);
    });
    const exited: Promise<VmExit> = subprocess.then((result) => {
      const exit: VmExit = {};
      if (typeof result.exitCode === 'number') exit.code = result.exitCode;
      if (result.signal) exit.signal = result.signal;
      return exit;
    });
    const vm = new QemuVirtualMachine(id, pid, paths, accelerator, subprocess, exited, watchdog, () => stderrTail);
    let stage: 'launch' | 'restore' = 'launch';
    try {
      await vm.connectQmp();
      stage = 'restore';
      if (spec.restoreFrom !== undefined) await loadDeviceState(vm.qmp!, RESTORE_STATE_FD);
    } catch (error) {
      const exit = await vm.kill();
      const detail = stderrTail.trim();
      const console = (await vm.consoleTail(1024)).trim();
      const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
      const what = spec.restoreFrom !== undefined ? `QEMU could not restore ${spec.restoreFrom}` : 'QEMU failed to start';
      throw new VmStartError(`${what}: ${detail || (error as Error).message} (${how})${console ? `\n--- serial console ---\n${console}` : ''}`, stage);
    }
    return vm;
  }
}

class QemuVirtualMachine implements VirtualMachine {
  readonly id: string;
  readonly pid: number;
  readonly runDir: string;
  readonly accelerator: Accelerator;
  readonly channelSocketPath: string;
  readonly serialLogPath: string;
  readonly exited: Promise<VmExit>;
  readonly #paths: RunPaths;
  readonly #process: ResultPromise;
  readonly #stderrTail: () => string;
  readonly #cleaned: Promise<VmExit>;
  #qmp: QmpClient | null = null;
  #hasExited = false;
  #savedConsole = '';

  constructor(
    id: string,
    pid: number,
    paths: RunPaths,
    accelerator: Accelerator,
    process: ResultPromise,
    exited: Promise<VmExit>,
    watchdog: Watchdog,
    stderrTail: () => string,
  ) {
    this.id = id;
    this.pid = pid;
    this.#paths = paths;
    this.runDir = paths.runDir;
    this.accelerator = accelerator;
    this.channelSocketPath = paths.channelSocket;
    this.serialLogPath = paths.serialLog;
    this.#process = process;
    this.#stderrTail = stderrTail;
    // Whatever way QEMU ends, the run dir goes and the watchdog is told to stand down.
    this.#cleaned = exited.then(async (exit) => {
      this.#hasExited = true;
      this.#qmp?.close();
      this.#qmp = null;
      watchdog.release();
      this.#savedConsole = await readTail(paths.serialLog, CONSOLE_TAIL_BYTES);
      await rm(paths.runDir, { recursive: true, force: true });
      return exit;
    });
    this.exited = this.#cleaned;
  }

  get qmp(): QmpClient | null {
    return this.#qmp;
  }

  /** QEMU's last stderr lines, for error messages. */
  get stderrTail(): string {
    return this.#stderrTail();
  }

  async connectQmp(): Promise<void> {
    const deadline = Date.now() + QMP_SOCKET_WAIT_MS;
    for (;;) {
      if (this.#hasExited) throw new Error('QEMU exited during start');
      try {
        await stat(this.#paths.qmpSocket);
        this.#qmp = await QmpClient.connect(this.#paths.qmpSocket, { timeoutMs: Math.max(1000, deadline - Date.now()) });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`QMP socket not ready after ${QMP_SOCKET_WAIT_MS} ms: ${(error as Error).message}`);
      }
      // A short, even poll: QEMU is up within ~100-150 ms, and every ms of a clone's start counts.
      await within(this.#cleaned, QMP_POLL_MS);
    }
  }

  async consoleTail(maxBytes = CONSOLE_TAIL_BYTES): Promise<string> {
    const text = this.#hasExited ? this.#savedConsole : await readTail(this.#paths.serialLog, maxBytes);
    return text.slice(-maxBytes);
  }

  async status(): Promise<VmState> {
    if (this.#hasExited || !this.#qmp) return 'exited';
    try {
      const result = await this.#qmp.execute<{ status: string; running: boolean }>('query-status', undefined, { timeoutMs: 2000 });
      if (result.running) return 'running';
      return result.status === 'shutdown' ? 'exited' : 'paused';
    } catch {
      return this.#hasExited ? 'exited' : 'running';
    }
  }

  async stop(graceMs: number): Promise<VmExit> {
    const exit = await within(this.#cleaned, graceMs);
    if (exit) return exit;
    // The guest did not halt on its own: QMP quit exits QEMU cleanly without guest cooperation.
    try {
      await this.#qmp?.execute('quit', undefined, { timeoutMs: 2000 });
    } catch {
      /* the connection drops as QEMU exits; a timeout falls through to kill */
    }
    return (await within(this.#cleaned, 3000)) ?? this.kill();
  }

  async pause(): Promise<void> {
    await this.#requireQmp().execute('stop');
  }

  async resume(): Promise<void> {
    await this.#requireQmp().execute('cont');
  }

  saveState(path: string, options: { maxBytes?: number; timeoutMs?: number } = {}): Promise<{ bytes: number }> {
    return saveDeviceState(this.#requireQmp(), this.runDir, path, options);
  }

  async addPortForwards(forwards: PortForward[]): Promise<void> {
    for (const forward of forwards) {
      // QMP has no command for this; the human monitor's hostfwd_add answers '' or an error text.
      const rule = `tcp:${forward.hostAddress ?? '127.0.0.1'}:${forward.hostPort}-:${forward.guestPort}`;
      const answer = await this.#requireQmp().execute<string>('human-monitor-command', { 'command-line': `hostfwd_add net0 ${rule}` });
      if (typeof answer === 'string' && answer.trim() !== '') throw new VmStartError(`cannot forward ${rule}: ${answer.trim()}`);
    }
  }

  #requireQmp(): QmpClient {
    if (!this.#qmp) throw new VmStartError(`VM ${this.id} has exited`);
    return this.#qmp;
  }

  async kill(): Promise<VmExit> {
    if (!this.#hasExited) this.#process.kill('SIGKILL');
    return this.#cleaned;
  }
}
