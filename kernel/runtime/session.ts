// One Arrow from start to exit: the object `arrowctl run` and the node's agent both drive.
// ArrowSession.start() validates, ensures the kernel and initramfs, starts the VM (a clone of a
// template when it can, else a cold boot), sends Start and resolves; from then on the app's
// output streams to the given writers, stop() asks it to end gracefully, kill() ends the VM, and
// wait() gives its exit or a typed ArrowRunError.
//
// An adoptable Arrow (a node's agent runs them) outlives the process that started it:
// detach() leaves it running, and ArrowSession.attach(runDir) in this or another process takes
// it over (output, stop, wait) where the last one left it; see the contract on attach().
//
// A running Arrow can be live-migrated to another VM (another host's, over node/migrate): the
// source calls migrationSpec(), migrateOut(sink) and handOver(); the target startIncoming(),
// receive(source) and resume(handover). See the contract on migrateOut().
import type { Readable, Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChannelSession, type Frame, type FrameProperties } from '../channel/index.ts';
import { QemuDriver, VmStartError, detectAccelerator, hostTscKhz, within, type Accelerator, type IncomingStats, type MigrationParameters, type MigrationStats, type PortForward, type VirtualMachine, type VirtualMachineDriver, type VmNetwork } from '../vmm/index.ts';
import { incomingVmSpec, migrationSpecOf, type ArrowHandover, type ArrowMigrationSpec, type IncomingNetwork } from './migrate.ts';
import { TemplateCache, type ClonePool, type Clone, type Template } from '../template/index.ts';
import { checkTap, exitFromConsole, exitStatus, kernelCmdline, type ArrowTap, type FileMapping } from './options.ts';
import { validateRun } from './validate.ts';
import { materialiseVolume, volumeChangeOf, volumeStartField, type ArrowVolume } from './volume.ts';
import { arrowTemplateSpec, buildOptions } from './template.ts';

export interface GuestInitramfs {
  path: string;
  /** the app's path inside the guest, argv[0] of Start */
  appPath: string;
  /** sha256:<hex> of the app binary */
  appDigest: string;
}

export interface ArrowArtifacts {
  /** Known template names, checked before any build starts. */
  templateNames(): string[];
  kernelImage(template: string, onProgress?: (message: string) => void): Promise<string>;
  initramfs(binaryPath: string): Promise<GuestInitramfs>;
}

/** How an Arrow's VM comes up: 'auto' clones a template (built on first use), 'cold' boots. */
export type BootMode = 'auto' | 'cold';

/** Where an Arrow's output and diagnostics go, and how long its app gets to stop. */
export interface ArrowOutput {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** how long the app gets after SIGTERM before SIGKILL when stopped */
  graceMs?: number;
  /** ainit's Log frames and start details go here when set */
  onLog?: (message: string) => void;
  /**
   * A ShadowFS volume (see ./volume.ts): at start its tree goes into a tmpfs in the guest before
   * the app runs; the guest's changes go to volume.sync, flushed when the Arrow ends. On attach,
   * changes go on arriving (nothing is materialised again).
   */
  volume?: ArrowVolume;
}

export interface ArrowStartOptions extends ArrowOutput {
  binaryPath: string;
  args: string[];
  env: string[];
  files: FileMapping[];
  /** kernel template name */
  template: string;
  memoryMiB: number;
  cpus: number;
  /** user-mode network forwards from host ports; must be empty with `tap` */
  ports: PortForward[];
  /**
   * The Arrow's NIC on this tap device of the host, with this address, instead of QEMU's
   * user-mode network (see ArrowTap). Never from a pool (its clones have user networking, and
   * a running VM cannot change its NIC's backend): a fresh clone or a cold boot.
   */
  tap?: ArrowTap;
  runRoot: string;
  artifacts: ArrowArtifacts;
  driver?: VirtualMachineDriver;
  accelerator?: Accelerator;
  /** default 'auto' */
  boot?: BootMode;
  /**
   * TCG's translation cache per Arrow, MiB: default CLONE_TRANSLATION_CACHE_MIB (template.ts) for
   * clones and their templates, DEFAULT_TRANSLATION_CACHE_MIB for cold boots (a whole boot).
   */
  translationCacheMiB?: number;
  /** the host's template cache (default: templateCacheDir() with this driver) */
  templates?: TemplateCache;
  /**
   * clones restored ahead of time (a long-running caller's); refilled after each start. Used only
   * when its clones are what this start asks for: adoptable for an adoptable start (and then in
   * this runRoot), not adoptable otherwise.
   */
  pool?: ClonePool;
  /** free page reporting for cold boots (default on; clones never have it, see kernel/template) */
  freePageReporting?: boolean;
  onProgress?: (message: string) => void;
  bootTimeoutMs?: number;
  /** called once the VM exists, e.g. to watch its process from outside */
  onVmStarted?: (vm: VirtualMachine) => void;
  /**
   * the VM's run dir name under runRoot (default: a random id). A clone taken from the pool keeps
   * the run id it was restored with: the session's vm.id says where the VM runs.
   */
  runId?: string;
  /**
   * The VM outlives this process (no watchdog; see VmSpec.adoptable): detach() leaves it
   * running and ArrowSession.attach() takes it over. Default false: it dies with this process.
   */
  adoptable?: boolean;
}

export interface ArrowAttachOptions extends ArrowOutput {
  /** the run dir of a running adoptable Arrow (runRoot/runId of its start) */
  runDir: string;
  driver?: VirtualMachineDriver;
  /** bound on taking it over: QMP, the channel, the guest's answer to Resume (default 10 s) */
  timeoutMs?: number;
}

/** A target of a live migration: the same VM as the source's, on this host. */
export interface ArrowIncomingOptions extends ArrowOutput, IncomingNetwork {
  /** the source's migrationSpec(), with this host's paths to the same kernel and initramfs */
  spec: ArrowMigrationSpec;
  runRoot: string;
  runId?: string;
  /** as ArrowStartOptions.adoptable */
  adoptable?: boolean;
  driver?: VirtualMachineDriver;
  /** bound on resume(): the channel and the guest's answer to Resume (default 10 s) */
  timeoutMs?: number;
}

export interface ArrowTimings {
  /** ms from VM launch to ainit's Hello (cold boots) */
  helloMs?: number;
  /** ms from VM launch until a clone's saved state was loaded */
  restoredMs?: number;
  /** ms from VM launch to the app's first output */
  firstOutputMs?: number;
  /** guest monotonic ms at Hello as ainit reported it (cold boots) */
  guestBootMs?: number;
}

export interface ArrowResult {
  /** what the CLI should exit with: the app's code, or 128+N for signal N */
  status: number;
  code: number;
  signal: number;
  timings: ArrowTimings;
  accelerator: Accelerator;
  startedFrom: StartedFrom;
}

/** A fresh clone, a clone restored ahead of time (timings then count from its take), a boot, taken over from another process (attach), or live-migrated from another VM (startIncoming). */
export type StartedFrom = 'clone' | 'pool' | 'cold' | 'adopted' | 'migrated';

/** Why an Arrow failed, for callers that react differently (retry, report, give up). */
export type ArrowFailure =
  | 'stopped' // stopped before the app started
  | 'boot-timeout' // ainit did not say hello in time
  | 'vm-exited' // the VM ended without the app's exit status
  | 'channel' // the Arrow channel failed (protocol error, socket error)
  | 'guest-error' // ainit reported an error (e.g. the app could not be executed)
  | 'stop-timeout' // the app did not stop within its grace period after a stop request
  | 'detached' // detach() left it running for another session to attach to
  | 'adopt' // attach() could not take it over (gone, not answering); it was killed if it ran
  | 'migrated'; // handOver() gave it to a migration's target

/** The guest reported a fatal error or the VM ended without the app's exit status. */
export class ArrowRunError extends Error {
  override name = 'ArrowRunError';
  readonly failure: ArrowFailure;
  constructor(failure: ArrowFailure, message: string) {
    super(message);
    this.failure = failure;
  }
}

const RNG_SEED_BYTES = 32;


const CHANNEL_CONNECT_MS = 10_000;
/** In an adoptable Arrow's run dir: how far the host had received the guest's frames at detach. */
const CHECKPOINT_FILE = 'channel.json';
const MAX_CHECKPOINT_BYTES = 4096;
const DEFAULT_GRACE_MS = 5000;
/** after a stop request: the grace period plus this for ainit to report the exit */
const STOP_REPORT_MARGIN_MS = 3000;
/** a clone pool's refill waits at most this long for the started app's first output */
const REFILL_DELAY_MS = 2000;
/** how long the VM gets to power itself off once ainit reported the exit */
const HALT_WAIT_MS = 5000;

/** A random locally administered unicast MAC address. */
function randomMac(): Uint8Array {
  const mac = randomBytes(6);
  mac[0] = (mac[0]! & 0xfc) | 0x02;
  return mac;
}

export class ArrowSession {
  readonly vm: VirtualMachine;
  readonly startedFrom: StartedFrom;
  readonly #session: ChannelSession;
  readonly #options: ArrowOutput;
  readonly #launchedAt: number;
  readonly #timings: ArrowTimings;
  readonly #graceMs: number;
  readonly #done: Promise<ArrowResult>;
  #stopSentAt: number | undefined;
  #onFirstOutput: (() => void) | undefined;
  #detached = false;
  #startSent = false;
  #migrating = false;
  #handedOver = false;

  private constructor(vm: VirtualMachine, session: ChannelSession, options: ArrowOutput, launchedAt: number, timings: ArrowTimings, startedFrom: StartedFrom) {
    this.vm = vm;
    this.#session = session;
    this.#options = options;
    this.#launchedAt = launchedAt;
    this.#timings = timings;
    this.startedFrom = startedFrom;
    this.#graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.#done = this.#pump();
    this.#done.catch(() => {}); // reported through wait()
  }

  /**
   * Starts an Arrow and resolves once its app was sent Start. `signal` aborts the start itself
   * (a Ctrl-C during a kernel build or a boot): nothing is left running and it rejects with
   * ArrowRunError 'stopped'. Bad input rejects with InputError before anything starts.
   */
  static async start(options: ArrowStartOptions, signal?: AbortSignal): Promise<ArrowSession> {
    const { files } = await validateRun(options);
    if (options.tap) checkTap(options.tap, options.ports);
    options.onProgress?.(`kernel template ${options.template}`);
    const kernelPath = await options.artifacts.kernelImage(options.template, options.onProgress);
    const initramfs = await options.artifacts.initramfs(options.binaryPath);
    if (signal?.aborted) throw new ArrowRunError('stopped', 'stopped before the Arrow started');
    const driver = options.driver ?? new QemuDriver();
    const accelerator = options.accelerator ?? detectAccelerator();
    const start: FrameProperties['start'] = {
      argv: [initramfs.appPath, ...options.args],
      env: options.env,
      files,
      cwd: '/',
      ...(options.volume ? { volume: volumeStartField(options.volume) } : {}),
    };

    if ((options.boot ?? 'auto') === 'auto') {
      const templates = options.templates ?? new TemplateCache({ driver });
      const clone = await startClone(templates, options, kernelPath, initramfs, accelerator).catch((error: Error) => {
        options.onLog?.(`no clone (${error.message.split('\n')[0]}); booting cold`);
        return undefined;
      });
      if (clone) return ArrowSession.#fromClone(clone, options, start, signal);
    }
    const cmdline = kernelCmdline({ network: hasNetwork(options), accelerator, tscKhz: await hostTscKhz() });
    return ArrowSession.#bootCold(driver, options, { kernelPath, initrdPath: initramfs.path, cmdline, accelerator }, start, signal);
  }

  /**
   * Takes over a running adoptable Arrow by its run dir: its starter (an earlier arrowd) died or
   * detached. The VM is adopted (its pid must be a live QEMU of that dir, answering on QMP), the
   * channel reattached (Resume: the guest sends again what no host acknowledged, and this session
   * drops what the last one had received at detach), and from then on it is driven like a started
   * Arrow: output, stop(), kill(), wait(). Output the earlier host received but had not written
   * when it was killed is lost; none is duplicated after a detach().
   * Rejects with ArrowRunError 'adopt' when it cannot be taken over; a VM that runs but does not
   * answer is then killed (nobody else could drive it either), one that is gone is left as is.
   */
  static async attach(options: ArrowAttachOptions): Promise<ArrowSession> {
    const driver = options.driver ?? new QemuDriver();
    const timeoutMs = options.timeoutMs ?? CHANNEL_CONNECT_MS;
    let vm: VirtualMachine;
    try {
      vm = await driver.adopt(options.runDir);
    } catch (error) {
      throw new ArrowRunError('adopt', `cannot take over the Arrow of ${options.runDir}: ${(error as Error).message}`);
    }
    const launchedAt = performance.now();
    try {
      const received = await readCheckpoint(options.runDir);
      const session = await ChannelSession.connect(vm.channelSocketPath, { timeoutMs, reattach: { received } });
      return new ArrowSession(vm, session, options, launchedAt, {}, 'adopted');
    } catch (error) {
      await vm.kill();
      throw new ArrowRunError('adopt', `cannot take over the Arrow of ${options.runDir}: its channel failed (${(error as Error).message}); it was killed`);
    }
  }

  /**
   * The target half of a live migration: starts the source's VM (same spec) waiting, paused, for
   * its RAM stream. Then: `receive(source)` loads the stream (the VM stays paused), and once the
   * source has let go (its handOver()), `resume(handover)` lets it run and takes over its channel,
   * giving an ArrowSession driven as any other (output, stop, wait; startedFrom 'migrated').
   * Until resume() resolves, `discard()` kills the half-made VM; any failure of receive() or
   * resume() kills it too.
   */
  static async startIncoming(options: ArrowIncomingOptions): Promise<IncomingArrow> {
    const driver = options.driver ?? new QemuDriver();
    const vm = await driver.start(incomingVmSpec(options.spec, { ...options, adoptable: options.adoptable ?? false }));
    return new IncomingArrow(vm, (session) => new ArrowSession(vm, session, options, performance.now(), {}, 'migrated'), options.timeoutMs ?? CHANNEL_CONNECT_MS);
  }

  /** Sends Start to a paused clone and lets it run. */
  static async #fromClone(clone: Clone & { template: Template; fromPool: boolean }, options: ArrowStartOptions, start: FrameProperties['start'], signal: AbortSignal | undefined): Promise<ArrowSession> {
    const timings: ArrowTimings = clone.fromPool ? {} : { restoredMs: clone.restoredMs };
    const arrow = new ArrowSession(clone.vm, clone.session, options, clone.fromPool ? performance.now() : clone.launchedAt, timings, clone.fromPool ? 'pool' : 'clone');
    options.onVmStarted?.(clone.vm);
    try {
      if (signal?.aborted) throw new ArrowRunError('stopped', 'stopped before the Arrow started');
      if (clone.fromPool && options.ports.length > 0) await clone.vm.addPortForwards(options.ports);
      arrow.#sendStart(start, options);
      await clone.vm.resume();
      if (options.volume) await materialiseVolume(clone.session, options.volume, signal);
      options.onLog?.(`${clone.fromPool ? 'took a waiting clone of' : 'cloned'} template ${clone.template.key.slice(0, 12)} (state loaded ${clone.restoredMs.toFixed(0)} ms after its launch)`);
      // Restoring the next waiting clone starts a QEMU, which competes for the host's CPUs with
      // this Arrow's start: it waits for this app's first output (or REFILL_DELAY_MS).
      const pool = poolFor(options);
      if (pool) arrow.#afterStart(() => void pool.fill(clone.template));
      return arrow;
    } catch (error) {
      await arrow.kill();
      throw error;
    }
  }

  /** Boots the kernel, waits for ainit's Hello, sends Start. */
  static async #bootCold(
    driver: VirtualMachineDriver,
    options: ArrowStartOptions,
    boot: { kernelPath: string; initrdPath: string; cmdline: string; accelerator: Accelerator },
    start: FrameProperties['start'],
    signal: AbortSignal | undefined,
  ): Promise<ArrowSession> {
    const launchedAt = performance.now();
    const network = vmNetwork(options);
    const vm = await driver.start({
      ...boot,
      ...(options.runId !== undefined ? { id: options.runId } : {}),
      adoptable: options.adoptable ?? false,
      memoryMiB: options.memoryMiB,
      cpus: options.cpus,
      runRoot: options.runRoot,
      ...(network ? { network } : {}),
      freePageReporting: options.freePageReporting ?? true,
      ...(options.translationCacheMiB !== undefined ? { translationCacheMiB: options.translationCacheMiB } : {}),
    });
    options.onVmStarted?.(vm);
    let session: ChannelSession | undefined;
    try {
      session = await ChannelSession.connect(vm.channelSocketPath, { timeoutMs: CHANNEL_CONNECT_MS });
      const hello = await awaitHello(vm, session, options.bootTimeoutMs ?? 60_000, signal);
      const timings: ArrowTimings = { helloMs: performance.now() - launchedAt, guestBootMs: hello.bootMs ?? 0 };
      options.onLog?.(`ainit ${hello.ainitVersion} up after ${hello.bootMs} ms guest time`);
      const arrow = new ArrowSession(vm, session, options, launchedAt, timings, 'cold');
      arrow.#sendStart(start, options);
      if (options.volume) await materialiseVolume(session, options.volume, signal);
      return arrow;
    } catch (error) {
      session?.close();
      await vm.kill();
      throw error;
    }
  }

  /** What happened so far: start, first output, ... (ms from the VM's launch). */
  get timings(): ArrowTimings {
    return { ...this.#timings };
  }

  /** Asks the app to stop: SIGTERM in the guest, SIGKILL after the grace period. Idempotent. */
  stop(): void {
    if (this.#stopSentAt !== undefined) return;
    this.#stopSentAt = Date.now();
    try {
      this.#session.send({ stop: { graceMs: this.#graceMs } });
    } catch {
      /* channel already closed: the VM is going away */
    }
  }

  /**
   * Asks the guest to report its whole volume again (RESCAN_BEGIN ... RESCAN_END): for a host
   * copy that may lack changes, as after adopting the Arrow or receiving it by migration. No-op
   * without a volume; the guest ignores it before its volume is ready.
   */
  rescanVolume(): void {
    if (!this.#options.volume) return;
    try {
      this.#session.send({ volumeRescan: {} });
    } catch {
      /* channel already closed: the VM is going away */
    }
  }

  /**
   * Gives eth0 another configuration (NetworkChange): for an Arrow on a tap that moved live to a
   * node whose subnet gives it another address. The guest checks it as it checks Start's network.
   */
  changeNetwork(network: { address: string; gateway: string; mtu?: number; nameservers?: readonly string[] }): void {
    this.#session.send({ networkChange: { address: network.address, gateway: network.gateway, mtu: network.mtu ?? 0, nameservers: [...(network.nameservers ?? [])] } });
  }

  /** Ends the VM now, without asking the app. wait() then rejects with 'vm-exited'. */
  async kill(): Promise<void> {
    this.#session.close();
    await this.vm.kill();
  }

  /** The app's exit once the VM is gone; rejects with ArrowRunError. */
  wait(): Promise<ArrowResult> {
    return this.#done;
  }

  /**
   * Leaves an adoptable Arrow running for another session to attach to: the output received so
   * far is delivered, how far it got is recorded in the run dir, the channel and QMP are
   * closed. wait() then rejects with 'detached' (or gives the exit, when the app ended first).
   */
  async detach(): Promise<void> {
    if (this.#detached) return;
    this.vm.detach(); // throws for a VM that is not adoptable, before anything changes
    this.#detached = true;
    this.#session.close();
    await this.#done.catch(() => undefined);
  }

  /** The VM a migration's target must start to take this Arrow over (before migrateOut). */
  async migrationSpec(): Promise<ArrowMigrationSpec> {
    const spec = await this.vm.spec();
    if (!spec) throw new ArrowRunError('channel', `VM ${this.vm.id} has no recorded spec: it cannot be migrated`);
    return migrationSpecOf(spec, this.vm.accelerator);
  }

  /**
   * Source half of a live migration. Contract, in order:
   * 1. migrateOut(sink): QEMU's RAM migration into `sink` (the target's VM is fed from its other
   *    end) while the app runs and its output keeps coming here. Resolves with QMP's figures once
   *    everything went out: the VM is paused. Rejects (MigrationError) with the VM running and
   *    this session going on as before.
   * 2. Once the target has loaded the stream: handOver() ends this session's hold on the Arrow
   *    and says where its channel stands (send that to the target's resume()); wait() then
   *    rejects with 'migrated'. The VM stays paused: kill() it once the target runs.
   *    If the target failed before handOver(): resumeHere() lets the VM run on here; if it
   *    failed after (it says its VM is gone): reclaim() gives a new session on this VM.
   * Refused for an Arrow that was asked to stop, was detached or is migrating already.
   */
  async migrateOut(sink: Writable, options: { parameters?: MigrationParameters; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<MigrationStats> {
    if (this.#stopSentAt !== undefined || this.#detached || this.#handedOver) throw new ArrowRunError('channel', 'the Arrow is stopping, detached or handed over: it cannot be migrated');
    if (this.#migrating) throw new ArrowRunError('channel', 'the Arrow is already being migrated');
    this.#migrating = true;
    try {
      return await this.vm.migrateOut(sink, options);
    } catch (error) {
      this.#migrating = false;
      throw error;
    }
  }

  /** Lets the source VM run again after a completed migrateOut whose target failed (before handOver). */
  async resumeHere(): Promise<void> {
    if (this.#handedOver) throw new ArrowRunError('migrated', 'the Arrow was handed over: its channel is the target\'s');
    await this.vm.resume();
    this.#migrating = false;
  }

  /** See migrateOut(): the source lets go of the Arrow's channel; the VM stays paused. */
  async handOver(): Promise<ArrowHandover> {
    if (!this.#migrating) throw new ArrowRunError('channel', 'handOver() comes after a completed migrateOut()');
    this.#handedOver = true;
    this.#session.close();
    await this.#done.catch(() => undefined);
    // The pump delivered every frame the session had received before it ended.
    return { received: this.#session.position.received };
  }

  /**
   * Takes the Arrow back after handOver() when the target said it could not run it (its VM is
   * gone): the paused source VM runs again and a new session takes over its channel where this one
   * let go (as attach() does). This session stays finished; drive the returned one. Never call
   * it while the target may run the Arrow: there would be two.
   */
  async reclaim(options: { timeoutMs?: number } = {}): Promise<ArrowSession> {
    if (!this.#handedOver) throw new ArrowRunError('channel', 'reclaim() comes after handOver()');
    const received = this.#session.position.received;
    try {
      const session = await ChannelSession.connect(this.vm.channelSocketPath, { timeoutMs: options.timeoutMs ?? CHANNEL_CONNECT_MS, reattach: { received }, onConnected: () => this.vm.resume() });
      return new ArrowSession(this.vm, session, this.#options, performance.now(), {}, this.startedFrom);
    } catch (error) {
      await this.vm.kill();
      throw new ArrowRunError('adopt', `the source VM could not take its Arrow back: ${(error as Error).message}; it was killed`);
    }
  }

  /** Runs `action` once, at the app's first output or REFILL_DELAY_MS after start, whichever comes first. */
  #afterStart(action: () => void): void {
    const timer = setTimeout(() => this.#onFirstOutput?.(), REFILL_DELAY_MS);
    timer.unref();
    this.#onFirstOutput = () => {
      clearTimeout(timer);
      this.#onFirstOutput = undefined;
      action();
    };
  }

  #sendStart(start: FrameProperties['start'], options: Pick<ArrowStartOptions, 'ports' | 'tap'>): void {
    this.#startSent = true;
    const tap = options.tap;
    this.#session.send({
      start: {
        ...start,
        // The Arrow's own identity: a clone would otherwise keep its template's clock, RNG state,
        // MAC and (on a tap) the user-mode network's address.
        clockUnixUs: Math.round((performance.timeOrigin + performance.now()) * 1000),
        rngSeed: randomBytes(RNG_SEED_BYTES),
        ...(hasNetwork(options) ? { macAddress: randomMac() } : {}),
        ...(tap ? { network: { address: tap.address, gateway: tap.gateway, mtu: tap.mtu ?? 0, nameservers: [...(tap.nameservers ?? [])] } } : {}),
      },
    });
  }

  async #pump(): Promise<ArrowResult> {
    const vmGone = this.vm.exited.then(() => 'vm-exited' as const);
    try {
      for (;;) {
        // While the app runs there is no limit on silence; after a stop request there is the grace
        // period plus a margin for the guest to report.
        const waitMs = this.#stopSentAt !== undefined ? this.#stopSentAt + this.#graceMs + STOP_REPORT_MARGIN_MS - Date.now() : 60_000;
        if (waitMs <= 0) throw new ArrowRunError('stop-timeout', `the app did not stop within ${this.#graceMs} ms of the stop request`);
        let frame: Frame | undefined | 'vm-exited';
        try {
          frame = await Promise.race([this.#session.receive(waitMs), vmGone]);
        } catch (error) {
          if ((error as Error).message.startsWith('no frame from the guest')) continue;
          throw new ArrowRunError('channel', `Arrow channel failed: ${(error as Error).message}`);
        }
        if (frame === undefined && this.#handedOver) throw new ArrowRunError('migrated', 'the Arrow was handed over to a migration\'s target');
        if (frame === undefined && this.#detached) {
          // Best effort: without it the next session only risks a few frames twice.
          await writeCheckpoint(this.vm.runDir, this.#session.position.received).catch(() => undefined);
          throw new ArrowRunError('detached', 'the Arrow was left running for another session to attach to');
        }
        if (frame === undefined || frame === 'vm-exited') {
          // ainit also writes the exit on the console: the Exited frame may have gone to a host
          // that is gone, or been cut short by the VM's end.
          await within(this.vm.exited, HALT_WAIT_MS);
          const exited = this.#startSent || this.startedFrom === 'adopted' ? exitFromConsole(await this.vm.consoleTail()) : undefined;
          if (exited) return this.#result(exited.code, exited.signal);
          throw new ArrowRunError('vm-exited', `the VM ended before the app reported its exit${await serialTail(this.vm)}`);
        }
        if (frame.output) {
          if (this.#timings.firstOutputMs === undefined) {
            this.#timings.firstOutputMs = performance.now() - this.#launchedAt;
            this.#onFirstOutput?.();
          }
          const data = frame.output.data ?? new Uint8Array();
          (frame.output.stream === 2 ? this.#options.stderr : this.#options.stdout).write(data);
        } else if (frame.volumeChange) {
          await this.#onVolumeChange(frame);
        } else if (frame.log) {
          this.#options.onLog?.(frame.log.message ?? '');
        } else if (frame.error) {
          throw new ArrowRunError('guest-error', `the Arrow reported an error: ${frame.error.message}`);
        } else if (frame.exited) {
          const code = frame.exited.code ?? 0;
          const signal = frame.exited.signal ?? 0;
          // The session acks Exited as it arrives; ainit then halts and QEMU exits by itself.
          await within(this.vm.exited, HALT_WAIT_MS);
          return this.#result(code, signal);
        }
      }
    } finally {
      this.#session.close();
      // What the app changed in its volume is kept whichever way the Arrow ended.
      await this.#options.volume?.sync.flush().catch((error: Error) => this.#options.onLog?.(`volume: commit failed: ${error.message}`));
      // Normally the guest has halted by now; otherwise quit, then kill. Never leave QEMU
      // behind, unless it was detached for another session (the VM is already let go of).
      // A handed-over source VM is paused, its state now the target's: the caller ends it.
      if (!this.#detached && !this.#handedOver) await this.vm.stop(2000);
    }
  }

  /** A refused change is logged, and the Arrow goes on: the guest is untrusted, its volume copy is not harmed. */
  async #onVolumeChange(frame: Frame): Promise<void> {
    const change = volumeChangeOf(frame);
    const sync = this.#options.volume?.sync;
    if (!change) return;
    if (!sync) {
      this.#options.onLog?.('volume: a change arrived for an Arrow without a volume; ignored');
      return;
    }
    await sync.apply(change, frame.seq ?? 0).catch((error: Error) => this.#options.onLog?.(`volume: ${error.message}`));
  }

  #result(code: number, signal: number): ArrowResult {
    return { status: exitStatus({ code, signal }), code, signal, timings: this.timings, accelerator: this.vm.accelerator, startedFrom: this.startedFrom };
  }
}

/** A migration target's VM between its start and resume(): see ArrowSession.startIncoming. */
export class IncomingArrow {
  readonly vm: VirtualMachine;
  readonly #makeSession: (session: ChannelSession) => ArrowSession;
  readonly #timeoutMs: number;
  #loaded = false;
  #done = false;

  constructor(vm: VirtualMachine, makeSession: (session: ChannelSession) => ArrowSession, timeoutMs: number) {
    this.vm = vm;
    this.#makeSession = makeSession;
    this.#timeoutMs = timeoutMs;
  }

  /** Loads the RAM stream; the VM stays paused. Rejects (the VM killed) when it cannot. */
  async receive(source: Readable, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<IncomingStats> {
    try {
      const stats = await this.vm.migrateIn(source, options);
      this.#loaded = true;
      return stats;
    } catch (error) {
      await this.discard();
      throw error;
    }
  }

  /** Runs the loaded VM and takes over its channel after the source's last delivered frame. */
  async resume(handover: ArrowHandover): Promise<ArrowSession> {
    if (!this.#loaded || this.#done) throw new ArrowRunError('adopt', 'resume() comes once, after receive()');
    this.#done = true;
    try {
      // Resumed only once the channel is connected: see ConnectOptions.onConnected.
      const session = await ChannelSession.connect(this.vm.channelSocketPath, { timeoutMs: this.#timeoutMs, reattach: { received: handover.received }, onConnected: () => this.vm.resume() });
      return this.#makeSession(session);
    } catch (error) {
      const exit = await within(this.vm.exited, 500);
      const how = exit ? ` (QEMU had exited: ${exit.signal ?? `code ${exit.code}`})` : '';
      await this.vm.kill();
      throw new ArrowRunError('adopt', `the migrated Arrow did not take over its channel: ${(error as Error).message}${how}; it was killed${await serialTail(this.vm)}`);
    }
  }

  /** Kills the VM unless it was resumed; safe to call more than once. */
  async discard(): Promise<void> {
    if (this.#done && this.#loaded) return;
    this.#done = true;
    await this.vm.kill();
  }
}

/** Whether the Arrow has a NIC: for published ports (user-mode network) or on a tap. */
function hasNetwork(options: Pick<ArrowStartOptions, 'ports' | 'tap'>): boolean {
  return options.ports.length > 0 || options.tap !== undefined;
}

/** What backs a cold-booted Arrow's NIC, if it has one. */
function vmNetwork(options: Pick<ArrowStartOptions, 'ports' | 'tap'>): VmNetwork | undefined {
  if (options.tap) return { kind: 'tap', ifname: options.tap.ifname };
  return options.ports.length > 0 ? { kind: 'user', portForwards: options.ports } : undefined;
}

/** A paused clone of the template for these inputs (from the pool when one waits), building the template on first use. */
async function startClone(templates: TemplateCache, options: ArrowStartOptions, kernelPath: string, initramfs: GuestInitramfs, accelerator: Accelerator): Promise<Clone & { template: Template; fromPool: boolean }> {
  const spec = await arrowTemplateSpec(templates, { ...options, network: hasNetwork(options), accelerator }, kernelPath, initramfs);
  const template = await templates.ensure(spec, buildOptions(options));
  const waiting = poolFor(options)?.take(template);
  if (waiting) return { ...waiting, template, fromPool: true };
  try {
    const clone = await templates.clone(template, {
      runRoot: options.runRoot,
      ...(options.tap ? { tap: options.tap.ifname } : { portForwards: options.ports }),
      ...(options.runId !== undefined ? { id: options.runId } : {}),
      adoptable: options.adoptable ?? false,
    });
    return { ...clone, template, fromPool: false };
  } catch (error) {
    // QEMU refused the saved state although its files checked out: do not try it again.
    if (error instanceof VmStartError && error.stage === 'restore') await templates.remove(template.key).catch(() => []);
    throw error;
  }
}

/**
 * The pool this start may take a clone from, if any. Pooled clones were started for no one in
 * particular: an adoptable start needs an adoptable one, in its own run root (where whoever adopts
 * it later looks); a start tied to this process must not take one that would outlive it.
 */
function poolFor(options: ArrowStartOptions): ClonePool | undefined {
  const pool = options.pool;
  // Pooled clones were restored onto QEMU's user-mode network; a tap cannot be attached later.
  if (!pool || options.tap || pool.adoptable !== (options.adoptable ?? false)) return undefined;
  return !pool.adoptable || pool.runRoot === options.runRoot ? pool : undefined;
}

async function awaitHello(vm: VirtualMachine, session: ChannelSession, bootTimeoutMs: number, signal: AbortSignal | undefined): Promise<NonNullable<Frame['hello']>> {
  const vmGone = vm.exited.then(() => 'vm-exited' as const);
  let onAbort = (): void => {};
  const aborted = new Promise<'stopped'>((resolve) => {
    onAbort = () => resolve('stopped');
    if (signal?.aborted) onAbort();
  });
  signal?.addEventListener('abort', onAbort, { once: true });
  const deadline = Date.now() + bootTimeoutMs;
  try {
    for (;;) {
      const waitMs = deadline - Date.now();
      if (waitMs <= 0) throw new ArrowRunError('boot-timeout', `the Arrow did not say hello within ${bootTimeoutMs} ms${await serialTail(vm)}`);
      let frame: Frame | undefined | 'vm-exited' | 'stopped';
      try {
        frame = await Promise.race([session.receive(waitMs), vmGone, aborted]);
      } catch (error) {
        if ((error as Error).message.startsWith('no frame from the guest')) continue;
        throw new ArrowRunError('channel', `Arrow channel failed: ${(error as Error).message}`);
      }
      if (frame === 'stopped') throw new ArrowRunError('stopped', 'stopped before the Arrow started');
      if (frame === undefined || frame === 'vm-exited') throw new ArrowRunError('vm-exited', `the VM ended before ainit said hello${await serialTail(vm)}`);
      if (frame.hello) return frame.hello;
      if (frame.error) throw new ArrowRunError('guest-error', `the Arrow reported an error: ${frame.error.message}`);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** How far the last session had received the guest's frames (0 when it never said). */
async function readCheckpoint(runDir: string): Promise<number> {
  try {
    const text = await readFile(join(runDir, CHECKPOINT_FILE), { encoding: 'utf8', signal: AbortSignal.timeout(2000) });
    const received = (JSON.parse(text.slice(0, MAX_CHECKPOINT_BYTES)) as { received?: unknown }).received;
    return typeof received === 'number' && Number.isSafeInteger(received) && received >= 0 ? received : 0;
  } catch {
    return 0;
  }
}

async function writeCheckpoint(runDir: string, received: number): Promise<void> {
  const path = join(runDir, CHECKPOINT_FILE);
  await writeFile(`${path}.tmp`, JSON.stringify({ received }));
  await rename(`${path}.tmp`, path);
}

/** The end of the VM's serial console, to explain a failed boot. */
async function serialTail(vm: VirtualMachine): Promise<string> {
  const text = (await vm.consoleTail(2048)).trim();
  return text ? `\n--- serial console (last ${text.length} bytes) ---\n${text}` : '';
}

