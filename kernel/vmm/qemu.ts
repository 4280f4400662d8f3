// The QEMU microvm driver: one detached qemu-system-x86_64 per VM, driven over QMP.
import { execa, type ResultPromise } from 'execa';
import { open, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { detectAccelerator, type Accelerator } from './accel.ts';
import type { VirtualMachine, VirtualMachineDriver, VmExit, VmSpec, VmState } from './driver.ts';
import { QmpClient } from './qmp.ts';
import { qemuArgs, type RunPaths } from './qemu-args.ts';
import { createRunDir, newRunId, sweepStaleRunDirs } from './rundir.ts';
import { startWatchdog, type Watchdog } from './watchdog.ts';

const STDERR_TAIL_BYTES = 8 * 1024;
const QMP_SOCKET_WAIT_MS = 10_000;
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

export class VmStartError extends Error {
  override name = 'VmStartError';
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

  async start(spec: VmSpec): Promise<VirtualMachine> {
    if (!Number.isInteger(spec.cpus) || spec.cpus < 1) throw new VmStartError(`cpus must be a positive integer, got ${spec.cpus}`);
    if (!Number.isInteger(spec.memoryMiB) || spec.memoryMiB < 1) throw new VmStartError(`memory must be a positive number of MiB, got ${spec.memoryMiB}`);
    await sweepStaleRunDirs(spec.runRoot);
    const accelerator = spec.accelerator ?? detectAccelerator();
    const id = spec.id ?? newRunId();
    const paths = await createRunDir(spec.runRoot, id);
    const args = qemuArgs(spec, paths, accelerator);
    let subprocess: ResultPromise<{ detached: true; stdin: 'ignore'; stdout: 'ignore'; stderr: 'pipe'; buffer: false; reject: false }>;
    try {
      subprocess = execa(this.#binary, args, {
        detached: true, // own process group: the terminal's Ctrl-C is ours to turn into a graceful stop
        stdin: 'ignore',
        stdout: 'ignore',
        stderr: 'pipe',
        buffer: false,
        reject: false,
      });
    } catch (error) {
      await rm(paths.runDir, { recursive: true, force: true });
      throw new VmStartError(`cannot start ${this.#binary}: ${(error as Error).message}`);
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
    try {
      await vm.connectQmp();
    } catch (error) {
      const exit = await vm.kill();
      const detail = stderrTail.trim();
      const console = (await vm.consoleTail(1024)).trim();
      const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
      throw new VmStartError(
        `QEMU failed to start: ${detail || (error as Error).message} (${how})${console ? `\n--- serial console ---\n${console}` : ''}`,
      );
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
    for (let attempt = 0; ; attempt++) {
      if (this.#hasExited) throw new Error('QEMU exited during start');
      try {
        await stat(this.#paths.qmpSocket);
        this.#qmp = await QmpClient.connect(this.#paths.qmpSocket, { timeoutMs: Math.max(1000, deadline - Date.now()) });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`QMP socket not ready after ${QMP_SOCKET_WAIT_MS} ms: ${(error as Error).message}`);
      }
      await Promise.race([sleep(Math.min(50, 5 + attempt * 5)), this.#cleaned]);
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
    const exitedInTime = await Promise.race([this.#cleaned.then(() => true), sleep(graceMs, false)]);
    if (exitedInTime) return this.#cleaned;
    // The guest did not halt on its own: QMP quit exits QEMU cleanly without guest cooperation.
    try {
      await this.#qmp?.execute('quit', undefined, { timeoutMs: 2000 });
    } catch {
      /* the connection drops as QEMU exits; a timeout falls through to kill */
    }
    const quitInTime = await Promise.race([this.#cleaned.then(() => true), sleep(3000, false)]);
    if (quitInTime) return this.#cleaned;
    return this.kill();
  }

  async kill(): Promise<VmExit> {
    if (!this.#hasExited) this.#process.kill('SIGKILL');
    return this.#cleaned;
  }
}
