// The QEMU microvm driver: one detached qemu-system-x86_64 per VM, driven over QMP. A VM is
// either tied to the process that started it (a watchdog kills it when that process dies) or
// adoptable: it outlives its starter, and another process takes it over by its run dir (adopt).
import { execa, type ResultPromise } from 'execa';
import { open, readFile, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { detectAccelerator, type Accelerator } from './accel.ts';
import type { PortForward, VirtualMachine, VirtualMachineDriver, VmExit, VmSpec, VmState } from './driver.ts';
import { QmpClient } from './qmp.ts';
import { hostForwardRule, qemuArgs, runPaths, RESTORE_STATE_FD, type RunPaths } from './qemu-args.ts';
import { loadDeviceState, saveDeviceState } from './snapshot.ts';
import { migrateIncoming, migrateOutgoing, type IncomingStats, type MigrationParameters, type MigrationStats } from './migrate.ts';
import { within } from './within.ts';
import { setPriority } from 'node:os';
import { createRunDir, isAdoptable, isOurQemu, qemuState, newRunId, qemuCommandLine, readPid, sweepStaleRunDirs, takeOwnership } from './rundir.ts';
import { startWatchdog, type Watchdog } from './watchdog.ts';

const STDERR_TAIL_BYTES = 8 * 1024;
const QMP_SOCKET_WAIT_MS = 10_000;
const QMP_POLL_MS = 2;
const CONSOLE_TAIL_BYTES = 4096;
/** How often an adopted QEMU (not our child: no exit notification) is looked for in /proc. */
const ADOPTED_POLL_MS = 250;
/** How long an adopted QEMU that is exiting (SIGKILLed, not yet a zombie) is waited for. */
const EXITING_WAIT_MS = 5_000;
const ADOPT_QMP_WAIT_MS = 3000;
/** In a run dir: the VmSpec it was started with, for a migration (the target starts the same VM). */
const SPEC_FILE = 'spec.json';
const MAX_SPEC_BYTES = 64 * 1024;

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

type StdioWithState = readonly ['ignore', 'ignore', 'pipe' | 2] | readonly ['ignore', 'ignore', 'pipe' | 2, 3];
if (RESTORE_STATE_FD !== 3) throw new Error('the saved state is passed as the fourth stdio entry');

/** An adoptable VM could not be taken over: gone, not a VM of that run dir, or not answering. */
export class VmAdoptError extends Error {
  override name = 'VmAdoptError';
}

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
  /**
   * QEMU runs under this command, e.g. ['ip', 'netns', 'exec', 'ns1'] for a tap device that
   * lives in another network namespace (QEMU opens a tap by name in its own namespace). The
   * command must exec QEMU in its own process (as `ip netns exec` does): the pid the driver
   * watches, kills and records is the one it spawns.
   */
  commandPrefix?: readonly string[];
}

export class QemuDriver implements VirtualMachineDriver {
  readonly name = 'qemu';
  readonly #binary: string;
  readonly #prefix: readonly string[];

  constructor(options: QemuDriverOptions = {}) {
    this.#binary = options.binary ?? 'qemu-system-x86_64';
    this.#prefix = options.commandPrefix ?? [];
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
    const adoptable = spec.adoptable ?? false;
    const paths = await createRunDir(spec.runRoot, id, { adoptable });
    const args = qemuArgs(spec, paths, accelerator);
    await writeFile(join(paths.runDir, SPEC_FILE), JSON.stringify({ ...spec, accelerator, id }), { mode: 0o600 });
    // A restored VM reads its saved state from a descriptor it inherits (RESTORE_STATE_FD).
    let state: FileHandle | undefined;
    // An adoptable VM's stderr is a file: a pipe to a starter that died would fail its writes.
    let stderrFile: FileHandle | undefined;
    try {
      if (spec.restoreFrom !== undefined) state = await open(spec.restoreFrom, 'r');
      if (adoptable) stderrFile = await open(paths.stderrLog, 'a', 0o600);
    } catch (error) {
      await state?.close();
      await rm(paths.runDir, { recursive: true, force: true });
      throw new VmStartError(spec.restoreFrom !== undefined && !state ? `cannot open the saved state ${spec.restoreFrom}: ${(error as Error).message}` : `cannot create ${paths.stderrLog}: ${(error as Error).message}`);
    }
    // stdin, stdout, stderr, then the state as descriptor 3 (RESTORE_STATE_FD) when restoring.
    // (execa's types name only descriptors 3-9; at run time any open descriptor is passed on.)
    const stderr = stderrFile ? (stderrFile.fd as 2) : 'pipe';
    const stdio: StdioWithState = state ? ['ignore', 'ignore', stderr, state.fd as 3] : ['ignore', 'ignore', stderr];
    let subprocess: ResultPromise<{ detached: true; stdio: StdioWithState; buffer: false; reject: false }>;
    try {
      const [command, ...commandArgs] = [...this.#prefix, this.#binary, ...args] as [string, ...string[]];
      subprocess = execa(command, commandArgs, {
        detached: true, // own session: the terminal's Ctrl-C is ours to turn into a graceful stop
        stdio,
        buffer: false,
        reject: false,
      });
    } catch (error) {
      await rm(paths.runDir, { recursive: true, force: true });
      throw new VmStartError(`cannot start ${this.#binary}: ${(error as Error).message}`);
    } finally {
      // Spawning is synchronous: the child holds its own copies of the descriptors by now.
      await state?.close();
      await stderrFile?.close();
    }
    const pid = subprocess.pid;
    if (pid === undefined) {
      const result = await subprocess;
      await rm(paths.runDir, { recursive: true, force: true });
      throw new VmStartError(`cannot start ${this.#binary}: ${result.message ?? 'spawn failed'}`);
    }
    if (spec.niceness) {
      try {
        setPriority(pid, spec.niceness);
      } catch {
        /* left at the default priority: slower for others, not wrong */
      }
    }
    let stderrTail = '';
    if (!adoptable) {
      subprocess.stderr?.setEncoding('utf8');
      subprocess.stderr?.on('data', (chunk: string) => {
        stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_BYTES);
      });
    }
    const exited: Promise<VmExit> = subprocess.then((result) => {
      const exit: VmExit = {};
      if (typeof result.exitCode === 'number') exit.code = result.exitCode;
      if (result.signal) exit.signal = result.signal;
      return exit;
    });
    const vmm: VmmProcess = {
      pid,
      exited,
      kill: () => void subprocess.kill('SIGKILL'),
      check: () => {},
      release: () => subprocess.unref(),
    };
    const vm = new QemuVirtualMachine(id, paths, accelerator, vmm, adoptable ? undefined : startWatchdog(pid, paths.runDir), async () => (adoptable ? readTail(paths.stderrLog, STDERR_TAIL_BYTES) : stderrTail));
    let stage: 'launch' | 'restore' = 'launch';
    try {
      await vm.connectQmp();
      stage = 'restore';
      if (spec.restoreFrom !== undefined) await loadDeviceState(vm.qmp!, RESTORE_STATE_FD);
    } catch (error) {
      const exit = await vm.kill();
      const detail = (adoptable ? await readTail(paths.stderrLog, STDERR_TAIL_BYTES) : stderrTail).trim();
      const console = (await vm.consoleTail(1024)).trim();
      const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
      const what = spec.restoreFrom !== undefined ? `QEMU could not restore ${spec.restoreFrom}` : 'QEMU failed to start';
      throw new VmStartError(`${what}: ${detail || (error as Error).message} (${how})${console ? `\n--- serial console ---\n${console}` : ''}`, stage);
    }
    return vm;
  }

  async adopt(runDir: string): Promise<VirtualMachine> {
    const paths = runPaths(runDir);
    if (!(await isAdoptable(runDir))) throw new VmAdoptError(`${runDir} is not the run dir of an adoptable VM`);
    const pid = await readPid(paths.pidFile);
    if (pid === undefined) throw new VmAdoptError(`${runDir} has no pid file: its QEMU is not running (it removes the file when it exits)`);
    const cmdline = await qemuCommandLine(pid);
    if (!cmdline?.includes(`${runDir}/`)) throw new VmAdoptError(`QEMU ${pid} of ${runDir} is not running`);
    const accelerator: Accelerator = cmdline.split('\0').includes('kvm') ? 'kvm' : 'tcg';
    const vm = new QemuVirtualMachine(basename(runDir), paths, accelerator, adoptedProcess(pid, runDir), undefined);
    try {
      // A running QEMU greets at once; one that does not has another client or is wedged.
      await vm.connectQmp(ADOPT_QMP_WAIT_MS);
    } catch (error) {
      vm.detach(); // not ours to kill: the caller decides
      throw new VmAdoptError(`QEMU ${pid} of ${runDir} does not answer on QMP: ${(error as Error).message}`);
    }
    await takeOwnership(runDir);
    return vm;
  }
}

/** The VMM process behind a VM: a child of ours, or one adopted (whose exit we must look for). */
interface VmmProcess {
  readonly pid: number;
  readonly exited: Promise<VmExit>;
  kill(): void;
  /** A hint that it may have ended (its QMP connection closed): look now. */
  check(): void;
  /** Stop watching it; it keeps running and no longer keeps this process's event loop alive. */
  release(): void;
}

/** A QEMU that is not our child: its end is seen in /proc (gone, a zombie, or a reused pid). */
function adoptedProcess(pid: number, runDir: string): VmmProcess {
  let resolve!: (exit: VmExit) => void;
  const exited = new Promise<VmExit>((r) => (resolve = r));
  let timer: NodeJS.Timeout | undefined;
  let watching = true;
  // A QEMU that is exiting is waited for, but not for ever: a kernel thread that took the pid would
  // look the same (no command line).
  let exitingSince: number | undefined;
  const look = async (): Promise<void> => {
    if (!watching) return;
    const state = await qemuState(pid, runDir);
    if (state === 'exiting') exitingSince ??= Date.now();
    if (state === 'ours' || (state === 'exiting' && Date.now() - exitingSince! < EXITING_WAIT_MS)) {
      if (watching) schedule();
      return;
    }
    watching = false;
    clearTimeout(timer);
    resolve({}); // not our child: its exit status is not ours to read
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void look(), ADOPTED_POLL_MS);
  };
  schedule();
  return {
    pid,
    exited,
    kill: () => {
      void (async () => {
        // The pid is checked first: after QEMU's end it may be another process's.
        if (watching && (await isOurQemu(pid, runDir))) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* gone meanwhile */
          }
        }
        await look();
      })();
    },
    check: () => void look(),
    release: () => {
      watching = false;
      clearTimeout(timer);
    },
  };
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
  readonly #process: VmmProcess;
  readonly #adoptable: boolean;
  readonly #cleaned: Promise<VmExit>;
  readonly #stderrTail: () => Promise<string>;
  #qmp: QmpClient | null = null;
  #hasExited = false;
  #detached = false;
  #savedConsole = '';

  /** watchdog: for a VM tied to this process (undefined: adoptable, it may outlive us). */
  constructor(id: string, paths: RunPaths, accelerator: Accelerator, vmm: VmmProcess, watchdog: Watchdog | undefined, stderrTail: () => Promise<string> = async () => '') {
    this.#stderrTail = stderrTail;
    this.id = id;
    this.pid = vmm.pid;
    this.#paths = paths;
    this.runDir = paths.runDir;
    this.accelerator = accelerator;
    this.channelSocketPath = paths.channelSocket;
    this.serialLogPath = paths.serialLog;
    this.#process = vmm;
    this.#adoptable = watchdog === undefined;
    // Whatever way QEMU ends, the run dir goes and the watchdog is told to stand down.
    this.#cleaned = vmm.exited.then(async (exit) => {
      this.#hasExited = true;
      this.#qmp?.close();
      this.#qmp = null;
      watchdog?.release();
      this.#savedConsole = await readTail(paths.serialLog, CONSOLE_TAIL_BYTES);
      if (!this.#detached) await rm(paths.runDir, { recursive: true, force: true });
      return exit;
    });
    this.exited = this.#cleaned;
  }

  get qmp(): QmpClient | null {
    return this.#qmp;
  }

  async connectQmp(waitMs = QMP_SOCKET_WAIT_MS): Promise<void> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      if (this.#hasExited) throw new Error('QEMU exited during start');
      try {
        await stat(this.#paths.qmpSocket);
        this.#qmp = await QmpClient.connect(this.#paths.qmpSocket, { timeoutMs: Math.max(1000, deadline - Date.now()) });
        // QMP closes when QEMU exits: for an adopted QEMU the quickest sign of its end.
        void this.#qmp.whenClosed().then(() => this.#process.check());
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`QMP socket not ready after ${waitMs} ms: ${(error as Error).message}`);
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

  async spec(): Promise<VmSpec | undefined> {
    try {
      const text = await readFile(join(this.runDir, SPEC_FILE), { encoding: 'utf8', signal: AbortSignal.timeout(2000) });
      if (text.length > MAX_SPEC_BYTES) return undefined;
      return JSON.parse(text) as VmSpec;
    } catch {
      return undefined;
    }
  }

  migrateOut(sink: Writable, options: { parameters?: MigrationParameters; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<MigrationStats> {
    return migrateOutgoing(this.#requireQmp(), this.runDir, sink, options);
  }

  async migrateIn(source: Readable, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<IncomingStats> {
    try {
      return await migrateIncoming(this.#requireQmp(), this.runDir, source, options);
    } catch (error) {
      // QEMU 7.2 exits on a stream it cannot load; what it said is the useful part.
      const said = (await within(this.#cleaned.then(() => this.#stderrTail()), 1000))?.trim();
      if (said && error instanceof Error) error.message += ` (QEMU: ${said.slice(-500)})`;
      throw error;
    }
  }

  async addPortForwards(forwards: PortForward[]): Promise<void> {
    for (const forward of forwards) {
      // QMP has no command for this; the human monitor's hostfwd_add answers '' or an error text.
      const rule = hostForwardRule(forward);
      const answer = await this.#requireQmp().execute<string>('human-monitor-command', { 'command-line': `hostfwd_add net0 ${rule}` });
      if (typeof answer === 'string' && answer.trim() !== '') throw new VmStartError(`cannot forward ${rule}: ${answer.trim()}`);
    }
  }

  detach(): void {
    if (!this.#adoptable) throw new Error(`VM ${this.id} is not adoptable: it cannot be left running without its starter`);
    if (this.#detached) return;
    this.#detached = true;
    this.#process.release();
    this.#qmp?.close();
    this.#qmp = null;
  }

  #requireQmp(): QmpClient {
    if (!this.#qmp) throw new VmStartError(`VM ${this.id} has exited${this.#detached ? ' or was detached' : ''}`);
    return this.#qmp;
  }

  async kill(): Promise<VmExit> {
    if (this.#detached) throw new Error(`VM ${this.id} was detached: adopt it to kill it`);
    if (!this.#hasExited) this.#process.kill();
    return this.#cleaned;
  }
}
