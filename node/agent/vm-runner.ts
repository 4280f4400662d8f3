// The VM runner: node/agent's Runner that runs each allocation as a real QEMU VM (an Arrow, by
// kernel/runtime's ArrowSession), owned by arrowd rather than by a terminal, so that its VMs
// outlive arrowd and the next arrowd adopts them.
//
// CONTRACT (beyond node/agent's Runner)
//
// Use, in order
//   1. new VmRunner({ dataDir, supply, store, address, … }): supply makes artifacts local (node/
//      agent's ArtifactSupply), store keeps the initramfs images, address is what port bindings
//      advertise (the forwards listen on bindAddress, default the same).
//   2. await runner.restore() before the agent's first reconcile: every allocation recorded under
//      <dataDir>/allocs whose VM still runs is adopted (same QEMU, same pid; its output flows to
//      its log files again) and listed as running, for the agent to claim (start() at the same
//      generation) or stop; one whose VM died while nobody watched is remembered and restarted
//      per its policy when the agent starts it again; a VM nobody has a record of is killed; the
//      run dirs of dead VMs are removed.
//   3. The agent drives start/stop/list. start() walks an allocation through pulling (binary,
//      config files, kernel image), starting (host ports, VM), running; a run that ends is
//      restarted per the Arrow's policy (restart-policy.ts: always / on-failure / never, 1 s
//      doubling to 60 s, reset after a run of 10 s) with restarts counted and reported, until
//      the policy says no more: complete (exit 0) or failed (the exit code, signal or failure).
//      An adopted allocation is restarted only once an agent claimed it.
//   4. close() when arrowd stops: every VM keeps running (detached, its state persisted) for the
//      next arrowd; starts in progress are abandoned (their VMs killed; they start again then).
//      stop(id) is the only way a VM of this runner ends on purpose: SIGTERM in the guest, SIGKILL
//      after stopGraceMs, and the QEMU is made sure gone (killed by pid if need be) before it
//      resolves.
//
// Clones restored ahead of time (kernel/template's ClonePool, unless clonePool is false): once an
// allocation started from a template, the runner keeps a paused, adoptable clone of it waiting
// in <dataDir>/run/pool.<random>/, and the next start from that template (a restart, another
// replica, another Arrow of the same binary and shape) takes it: its VM is up in ~50 ms instead
// of ~300-400 ms (TCG). The taken clone keeps its run dir, which the allocation's record then
// names, so that the next arrowd adopts it there. Waiting clones belong to no allocation: close()
// ends them, and after a crash restore() kills them (no record names them).
//
// On disk: <dataDir>/allocs/<id>/alloc.json (alloc-state.ts) and logs/ (stdout.log, stderr.log,
// rotated by size, appended across restarts), <dataDir>/run/<runId>/ the VM's run dir (kernel):
// <id> for a VM started for the allocation, pool.<random> for a clone it took from the pool.
// Never two VMs for one allocation: a start first ends whatever its last run dirs still hold.
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Writable } from 'node:stream';
import { ArrowRunError, ArrowSession, ClonePool, QemuDriver, TemplateCache, discardRunDir, ensureInitramfs, exitFromConsole, isAdoptable, templateNames, within } from '../../kernel/index.ts';
import { MigrationFailedError, MigrationRefused } from '../migrate/index.ts';
import type { MigrationRequest, PreparedTarget } from '../migrate/index.ts';
import type { Accelerator, ArrowArtifacts, ArrowVolume, BootMode, FileMapping, KernelArtifactStore, StartedFrom, VirtualMachineDriver } from '../../kernel/index.ts';
import type { AllocationRecord, ArrowRecord, PortBinding } from '../cluster/index.ts';
import { machineCacheDir } from '../home/index.ts';
import type { PublishedPort, TapAttachment } from '../net/index.ts';
import { parseArrowDefinition } from '../spec/index.ts';
import type { ArrowDefinition, Volume } from '../spec/index.ts';
import { POOLED_RUN_PREFIX, allocationDir, isPooledRunId, pruneEndedAllocations, readAllocationRuns, removeAllocationRun, runIdFor, writeAllocationRun } from './alloc-state.ts';
import type { AllocationRun, RunPhase } from './alloc-state.ts';
import { arrowRef, digestsOfDefinition } from './arrow-refs.ts';
import type { EnsureOptions, KernelImage } from './artifacts.ts';
import type { AgentLogger } from './logger.ts';
import { defaultLogLimits, LogWriter } from './logs.ts';
import type { LogLimits } from './logs.ts';
import { HostPorts, PortUnavailableError } from './ports.ts';
import type { HostPort } from './ports.ts';
import { afterRun, defaultRestartBackoff, describeOutcome } from './restart-policy.ts';
import type { AfterRun, RestartBackoff, RunOutcome } from './restart-policy.ts';
import { refuseOtherGeneration } from './runner.ts';
import type { ReportCallback, Runner, RunnerReport, RunnerStatus, RunningAllocation } from './runner.ts';
import { sleep } from './timing.ts';
import type { NodeVolumes } from './volumes.ts';

/** What the runner needs of node/agent's ArtifactSupply. */
export interface ArtifactSource {
  ensure(artifact: { readonly digest: string; readonly size?: number }, options?: EnsureOptions): Promise<string>;
  kernelImage(template: string, options?: { signal?: AbortSignal }): Promise<KernelImage>;
}

export interface VmRunnerOptions {
  /** The node's data dir: allocs/ and run/ go under it. */
  readonly dataDir: string;
  readonly supply: ArtifactSource;
  /** Where initramfs images are kept (the node's store). */
  readonly store: KernelArtifactStore;
  /** The node's address as port bindings advertise it (e.g. 127.0.0.1 on a loopback cluster). */
  readonly address: string;
  /** What the forwards listen on (default `address`). */
  readonly bindAddress?: string;
  /** Dynamic host ports come from here (default 20000-32767). */
  readonly portRange?: { readonly first: number; readonly last: number };
  readonly restartBackoff?: Partial<RestartBackoff>;
  /** The app's time between SIGTERM and SIGKILL on stop (default 5 s). */
  readonly stopGraceMs?: number;
  readonly logLimits?: LogLimits;
  /** 'auto' (default): a clone of the binary's template (built on first use), else a cold boot. */
  readonly boot?: BootMode;
  readonly templates?: TemplateCache;
  /** Clones restored ahead of time (see the top of this file; default DEFAULT_CLONE_POOL); false: none. */
  readonly clonePool?: false | ClonePoolSize;
  readonly driver?: VirtualMachineDriver;
  readonly accelerator?: Accelerator;
  /** The machine cache (ainit's build; default machineCacheDir()). */
  readonly cacheDir?: string;
  /** Bound on adopting one VM (QMP, channel, the guest's answer; default 10 s). */
  readonly adoptTimeoutMs?: number;
  readonly random?: () => number;
  readonly logger?: AgentLogger;
  /**
   * The node's Arrow network (node/net's NodeNetwork): an allocation with an address then runs on
   * a tap of the node's bridge, its published ports are kernel DNAT to that address, and it never
   * starts from the clone pool (whose clones were restored with user-mode networking). Without
   * it (or for an allocation without an address) QEMU's user-mode network forwards the ports.
   */
  readonly network?: ArrowNetwork;
  /**
   * The node's ShadowFS volumes: an Arrow whose spec has a volume starts from the newest snapshot
   * of it this node holds, and what it writes there is committed here. Without it such an Arrow
   * fails to start.
   */
  readonly volumes?: NodeVolumes;
  /**
   * Live migration between nodes (node/migrate over the node's libp2p host). Without it an
   * allocation that moves stops here and starts afresh on its new node.
   */
  readonly migration?: RunnerMigration;
  /**
   * Copies of volumes on other nodes: before an Arrow starts afresh, a newer snapshot of its
   * volume that another node holds is fetched (NodePeers.freshen); it throws when this node has
   * no copy and none could be fetched, and the start fails rather than begin with an empty volume.
   */
  readonly volumeCopies?: { freshen(volume: string, signal?: AbortSignal): Promise<void> };
  /** How long an allocation moved here waits for its VM to arrive before starting afresh (default 30 s). */
  readonly incomingWaitMs?: number;
  /** Ended allocations whose logs stay on the node, the last to end (default 50); older ones are removed. */
  readonly endedAllocationsKept?: number;
}

/** What the runner needs to move a running Arrow to another node. */
export interface RunnerMigration {
  /** Moves `session` to node `to` (migrateArrow); `name` is what the target's prepare() sees. */
  send(session: ArrowSession, to: string, name: string): Promise<unknown>;
  /** Copies snapshot `seq` of `volume` to node `to` (before the Arrow moves, or after it failed to). */
  pushVolume(volume: string, seq: number, to: string): Promise<void>;
}

/** The name a migration gives its target for an allocation's move to `generation`. */
export function migrationName(allocationId: string, generation: number): string {
  return `${allocationId}@${generation}`;
}

/** The allocation id and generation of a migration's name, or undefined. */
export function parseMigrationName(name: string): { allocationId: string; generation: number } | undefined {
  const match = /^([A-Za-z0-9-]{1,64})@(\d{1,15})$/.exec(name);
  return match ? { allocationId: match[1]!, generation: Number(match[2]) } : undefined;
}

/** What the runner needs of node/net's NodeNetwork. */
export interface ArrowNetwork {
  attach(allocationId: string, address: string, network: string): Promise<TapAttachment>;
  detach(allocationId: string): Promise<void>;
  publish(ports: readonly PublishedPort[]): Promise<void>;
  reconcile(keep: ReadonlyMap<string, { readonly address: string; readonly network: string }>): Promise<string[]>;
  holdLease(validForMs: number): void;
}

export interface ClonePoolSize {
  /** Paused clones kept per template. */
  readonly size?: number;
  /** Templates with waiting clones at most: those started from least recently go first. */
  readonly maxTemplates?: number;
}

/**
 * One waiting clone for each of the 3 templates started from last. A waiting clone costs ~22 MiB
 * (PSS: its template's RAM is shared, its own pages and QEMU's are not) that the scheduler does not
 * count against the node's capacity, so the pool stays under ~70 MiB; one clone per template
 * covers the common case (the restart or next replica of an Arrow the node was just asked to run)
 * and the refill after each start restores the next.
 */
export const DEFAULT_CLONE_POOL = { size: 1, maxTemplates: 3 } as const satisfies ClonePoolSize;

/** A run of an allocation that died while no runner watched it, kept until the agent asks for it. */
interface PreviousLife {
  readonly run: AllocationRun;
  /** How it ended (undefined: it was only starting; it starts again without counting a restart). */
  readonly outcome: RunOutcome | undefined;
}

interface Slot {
  readonly id: string;
  /** The run dir of its VM (the current or the last): its own (runIdFor) or a pooled clone's. */
  runId: string;
  readonly allocation: AllocationRecord;
  readonly arrow: ArrowRecord;
  readonly definition: ArrowDefinition;
  report: ReportCallback;
  /** An agent asked for it: only then is it restarted (an adopted one waits for its claim). */
  claimed: boolean;
  status: RunnerStatus;
  detail: string;
  restarts: number;
  streak: number;
  lastExitCode: number | null;
  hostPorts: HostPort[] | undefined;
  /** Its VM's tap on the node's bridge (network mode), made at launch or known from adoption. */
  tap: TapAttachment | undefined;
  phase: RunPhase;
  /** Wall clock ms the current run's app started (for the backoff's reset). */
  startedAtMs: number;
  session: ArrowSession | undefined;
  /** Its VM is paused by fence(): it runs again only through unfence(), and stop() kills it. */
  paused: boolean;
  readonly logs: { readonly stdout: LogWriter; readonly stderr: LogWriter };
  /** Aborted by stop() and close(): the loop ends; with `leaving`, the VM keeps running. */
  readonly end: AbortController;
  leaving: boolean;
  loop: Promise<void>;
  /** migrate() moves its VM away: the loop ends without a restart, migrate() finishes the slot. */
  migrating: boolean;
  /** Moved here: waits for its VM to arrive by migration (resolve) before starting afresh. */
  incoming: IncomingWait | undefined;
}

interface IncomingWait {
  /** A VM arrived (its session), or undefined: start afresh. */
  readonly settle: (session: ArrowSession | undefined) => void;
  readonly arrived: Promise<ArrowSession | undefined>;
  /** prepareIncoming() took it: the VM is on its way. */
  preparing: boolean;
}

/** A target that refuses a migration is asked again for this long (its view catching up). */
const MIGRATION_REFUSED_RETRY_MS = 15_000;
/** Live migrations of one move tried before the Arrow is stopped here and started afresh there. */
const MIGRATION_ATTEMPTS = 3;
/** After a stop request: the grace period plus this much for the guest and QEMU to end. */
const STOP_MARGIN_MS = 15_000;
/** close() waits this long for each allocation's work to notice it should end. */
const CLOSE_WAIT_MS = 20_000;
const DETAIL_BYTES = 1_000;
/** Ended allocations a runner remembers (see #endedRuns). */
const ENDED_RUNS_KEPT = 1_000;
const DEFAULT_ENDED_ALLOCATIONS_KEPT = 50;
const CONSOLE_BYTES = 64 * 1024;
const noReport: ReportCallback = () => {};

export class VmRunner implements Runner {
  readonly #dataDir: string;
  readonly #runRoot: string;
  readonly #supply: ArtifactSource;
  readonly #store: KernelArtifactStore;
  readonly #address: string;
  readonly #bindAddress: string;
  readonly #ports: HostPorts;
  readonly #backoff: RestartBackoff;
  readonly #graceMs: number;
  readonly #logLimits: LogLimits;
  readonly #boot: BootMode;
  readonly #driver: VirtualMachineDriver;
  readonly #templates: TemplateCache;
  readonly #pool: ClonePool | undefined;
  readonly #accelerator: Accelerator | undefined;
  readonly #cacheDir: string;
  readonly #adoptTimeoutMs: number;
  readonly #logger: AgentLogger | undefined;
  readonly #network: ArrowNetwork | undefined;
  readonly #volumes: NodeVolumes | undefined;
  readonly #migration: RunnerMigration | undefined;
  readonly #volumeCopies: VmRunnerOptions['volumeCopies'];
  readonly #incomingWaitMs: number;
  readonly #endedAllocationsKept: number;
  /** Pruning of ended allocations' directories, one at a time. */
  #pruning: Promise<void> = Promise.resolve();
  readonly #slots = new Map<string, Slot>();
  readonly #previous = new Map<string, PreviousLife>();
  /**
   * Allocations this runner ended, with their generation and terminal report. From the moment a
   * slot leaves list() until the agent has its report, the agent's reconcile sees the allocation
   * neither running nor ended here and starts it again: a batch Arrow ran two or three times into
   * one log. Such a start gets the report again instead. Bounded, oldest out first.
   */
  readonly #endedRuns = new Map<string, { generation: number; report: RunnerReport }>();
  #closed = false;
  #vmsOutlive = false;
  #restored = false;
  #fenced = false;

  constructor(options: VmRunnerOptions) {
    this.#dataDir = options.dataDir;
    this.#runRoot = join(options.dataDir, 'run');
    this.#supply = options.supply;
    this.#store = options.store;
    this.#address = options.address;
    this.#bindAddress = options.bindAddress ?? options.address;
    this.#ports = new HostPorts({ bindAddress: this.#bindAddress, ...options.portRange, ...(options.random ? { random: options.random } : {}) });
    this.#backoff = { ...defaultRestartBackoff, ...options.restartBackoff };
    this.#graceMs = options.stopGraceMs ?? 5_000;
    this.#logLimits = options.logLimits ?? defaultLogLimits;
    this.#boot = options.boot ?? 'auto';
    this.#driver = options.driver ?? new QemuDriver();
    this.#templates = options.templates ?? new TemplateCache({ driver: this.#driver });
    this.#accelerator = options.accelerator;
    this.#cacheDir = options.cacheDir ?? machineCacheDir();
    this.#adoptTimeoutMs = options.adoptTimeoutMs ?? 10_000;
    this.#logger = options.logger;
    this.#network = options.network;
    this.#volumes = options.volumes;
    this.#migration = options.migration;
    this.#volumeCopies = options.volumeCopies;
    this.#incomingWaitMs = options.incomingWaitMs ?? 30_000;
    this.#endedAllocationsKept = options.endedAllocationsKept ?? DEFAULT_ENDED_ALLOCATIONS_KEPT;
    this.#pool = this.#newPool(options.clonePool);
  }

  /** Where an allocation's stdout.log and stderr.log are (for the logs API). */
  logDir(allocationId: string): string {
    return join(allocationDir(this.#dataDir, allocationId), 'logs');
  }

  /** Per Arrow with an allocation here (running, starting or arriving), the binary and files its VMs were started from. */
  artifactsInUse(): Map<string, Set<string>> {
    const inUse = new Map<string, Set<string>>();
    for (const slot of this.#slots.values()) {
      let digests = inUse.get(slot.arrow.name);
      if (!digests) inUse.set(slot.arrow.name, (digests = new Set()));
      for (const digest of digestsOfDefinition(slot.definition)) digests.add(digest);
    }
    return inUse;
  }

  /** The pid of the QEMU running an allocation now, if one does. */
  pidOf(allocationId: string): number | undefined {
    return this.#slots.get(allocationId)?.session?.vm.pid;
  }

  /** How the VM running an allocation now came up ('pool': a clone restored ahead of time), if one runs. */
  startedFrom(allocationId: string): StartedFrom | undefined {
    return this.#slots.get(allocationId)?.session?.startedFrom;
  }

  /** Resolves once no clone is being restored ahead of time (a refill starts after a start's first output). */
  async clonePoolSettled(): Promise<void> {
    await this.#pool?.settled();
  }

  /**
   * Adopts the VMs recorded under the data dir that still run, remembers the ones that died, and
   * kills adoptable VMs nobody has a record of. Call once, before the agent starts.
   */
  async restore(): Promise<void> {
    if (this.#restored) throw new Error('restore() runs once, before the agent starts');
    this.#restored = true;
    const runs = await readAllocationRuns(this.#dataDir, (path, why) => this.#logger?.warn({ path, why }, 'unusable allocation record removed'));
    const known = new Set<string>();
    for (const run of runs) {
      if (!this.#isOwnRun(run, known)) {
        // Not a record this runner wrote: it must not make us take over (or kill) another's VM.
        this.#logger?.warn({ allocation: run.allocation.id, runId: run.runId }, 'allocation record names a run dir not its own: removed');
        await removeAllocationRun(this.#dataDir, run.allocation.id);
        continue;
      }
      known.add(run.runId);
      await this.#restoreOne(run);
    }
    let names: string[] = [];
    try {
      names = await readdir(this.#runRoot);
    } catch {
      /* nothing ran here yet */
    }
    // Clones an earlier runner had waiting in its pool are among these: no record names them.
    for (const name of names.slice(0, 10_000)) {
      const runDir = join(this.#runRoot, name);
      if (known.has(name) || !(await isAdoptable(runDir))) continue;
      if (isPooledRunId(name)) this.#logger?.info({ runDir }, 'a clone an earlier runner restored ahead of time: killed');
      else this.#logger?.warn({ runDir }, 'a VM of no known allocation: killed');
      await discardRunDir(runDir);
    }
    if (this.#network) {
      // Taps of VMs that were not adopted are left from an earlier arrowd: their VMs are gone.
      const adopted = [...this.#slots.values()].flatMap((slot) => (slot.tap ? [[slot.id, { address: slot.tap.address.split('/')[0]!, network: slot.definition.network }] as const] : []));
      const removed = await this.#network.reconcile(new Map(adopted));
      if (removed.length > 0) this.#logger?.info({ allocations: removed }, 'removed the taps of allocations no VM runs for');
      await this.#republish();
    }
    this.#pruneEnded();
  }

  start(allocation: AllocationRecord, arrow: ArrowRecord, report: ReportCallback): void {
    if (this.#closed) throw new Error('the VM runner is closed');
    const ended = this.#endedRuns.get(allocation.id);
    if (ended && ended.generation === allocation.generation) {
      report(ended.report);
      return;
    }
    const existing = this.#slots.get(allocation.id);
    if (existing) {
      refuseOtherGeneration(existing.allocation, allocation);
      existing.report = report;
      existing.claimed = true;
      report(this.#reportOf(existing));
      return;
    }
    let definition: ArrowDefinition;
    try {
      definition = parseArrowDefinition(JSON.parse(arrow.definitionJson));
    } catch (error) {
      report({ status: 'failed', detail: `invalid Arrow definition: ${(error as Error).message}`.slice(0, DETAIL_BYTES), exitCode: null, restarts: allocation.restarts, ports: [] });
      return;
    }
    let previous = this.#previous.get(allocation.id);
    this.#previous.delete(allocation.id);
    if (previous && previous.run.allocation.generation !== allocation.generation) previous = undefined;
    const slot = this.#newSlot(allocation, arrow, definition, report, {
      claimed: true,
      restarts: Math.max(allocation.restarts, previous?.run.restarts ?? 0),
      lastExitCode: previous?.run.lastExitCode ?? null,
      hostPorts: undefined,
      tap: undefined,
    });
    if (allocation.migratingFrom && this.#migration && !previous?.outcome) {
      slot.incoming = newIncomingWait();
      slot.loop = this.#supervise(slot, { kind: 'incoming' });
      return;
    }
    slot.loop = this.#supervise(slot, previous?.outcome ? { kind: 'ended', outcome: previous.outcome, ranMs: 0 } : { kind: 'start' });
  }

  async stop(allocationId: string): Promise<void> {
    this.#previous.delete(allocationId);
    const slot = this.#slots.get(allocationId);
    if (!slot) return;
    slot.report = noReport;
    slot.end.abort();
    // A paused VM's guest cannot stop gracefully, and must not run again to do so.
    if (slot.paused) await slot.session?.kill().catch(() => undefined);
    else slot.session?.stop();
    const ended = await within(slot.loop.then(() => true), this.#graceMs + STOP_MARGIN_MS);
    if (!ended) {
      this.#logger?.warn({ allocation: allocationId }, 'the VM did not stop in time; killing it');
      await slot.session?.kill().catch(() => undefined);
    }
    // Whatever happened above, no QEMU of this allocation stays behind.
    const gone = await discardRunDir(join(this.#runRoot, slot.runId));
    if (!gone) this.#logger?.warn({ allocation: allocationId }, 'a QEMU outlived SIGKILL; its run dir is kept');
    await this.#forget(slot, true);
  }

  /**
   * After close(): whether VMs were left running for the next arrowd (their taps, bridge and
   * ports must stay); when none were, the node's Arrow network can go.
   */
  get vmsOutlive(): boolean {
    return this.#vmsOutlive;
  }

  /** The node's lease holds for `validForMs`: with a network, the kernel cuts the Arrows off when it lapses. */
  holdLease(validForMs: number): void {
    this.#network?.holdLease(validForMs);
  }

  get fenced(): boolean {
    return this.#fenced;
  }

  /** Pauses every VM (the agent's lease lapsed); VMs that start from now on start paused. */
  async fence(): Promise<void> {
    this.#fenced = true;
    await Promise.all([...this.#slots.values()].map((slot) => this.#pause(slot)));
  }

  /** Resumes the VMs of the allocations in `keep`; the others stay paused until stop(). */
  async unfence(keep: ReadonlySet<string>): Promise<void> {
    this.#fenced = false;
    await Promise.all([...this.#slots.values()].filter((slot) => slot.paused && keep.has(slot.id)).map(async (slot) => {
      slot.paused = false;
      await slot.session?.vm.resume().catch((error: Error) => this.#logger?.warn({ allocation: slot.id, err: error.message }, 'could not resume a fenced VM'));
    }));
  }

  async #pause(slot: Slot): Promise<void> {
    const session = slot.session;
    if (!session || slot.paused) return;
    slot.paused = true;
    try {
      await session.vm.pause();
    } catch (error) {
      // A VM that cannot be paused must not run on beside its replacement.
      this.#logger?.warn({ allocation: slot.id, err: (error as Error).message }, 'could not pause a VM while fenced; killing it');
      await session.kill().catch(() => undefined);
    }
  }

  /**
   * The cluster moved a running allocation to another node (`moved`: its record there, at the new
   * generation): its VM goes there by live migration, its volume's newest snapshot first. When
   * the migration fails before the target runs it, the Arrow stops here gracefully and its last
   * snapshot is copied to the target, which then starts it afresh: never two, and the cluster's
   * word (the target) holds. Resolves once nothing of it runs here; the runner reports nothing
   * more for it. Without migration (or a VM to move) it is a stop().
   */
  async migrate(allocationId: string, moved: AllocationRecord): Promise<'moved' | 'stopped'> {
    this.#previous.delete(allocationId);
    const slot = this.#slots.get(allocationId);
    const session = slot?.session;
    if (!slot || !session || !this.#migration || slot.paused || slot.migrating) {
      await this.stop(allocationId);
      return 'stopped';
    }
    const migration = this.#migration;
    slot.migrating = true;
    slot.report = noReport;
    const volume = slot.definition.volume ? slot.arrow.name : undefined;
    const began = performance.now();
    let running = session;
    let failure: Error | undefined;
    for (let attempt = 1; attempt <= MIGRATION_ATTEMPTS; attempt++) {
      try {
        // Each attempt: the target starts from a snapshot this recent; the guest's rescan brings the rest.
        if (volume && this.#volumes) {
          const newest = await this.#volumes.flush(volume);
          if (newest) await migration.pushVolume(volume, newest.seq, moved.node);
        }
        await this.#sendRetryingRefusals(migration, running, moved);
        failure = undefined;
        break;
      } catch (error) {
        failure = error as Error;
        // Failed before the target ran it: the Arrow runs on here (taken back in a new session
        // when the target failed after the hand-over), and may be offered again.
        const again = error instanceof MigrationFailedError && error.outcome === 'source' && attempt < MIGRATION_ATTEMPTS;
        if (error instanceof MigrationFailedError && error.session) running = error.session;
        if (!again) break;
        this.#logger?.warn({ allocation: allocationId, to: moved.node, attempt, err: failure.message.split('\n')[0] }, 'live migration failed; the Arrow runs on here, trying again');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    slot.end.abort();
    if (!failure) {
      this.#logger?.info({ allocation: allocationId, to: moved.node, generation: moved.generation, ms: Math.round(performance.now() - began) }, 'moved a running Arrow to another node');
      await within(slot.loop, STOP_MARGIN_MS);
      if (volume) await this.#volumes?.close(volume);
      await this.#forget(slot, true);
      return 'moved';
    }
    this.#logger?.warn({ allocation: allocationId, to: moved.node, err: failure.message.split('\n')[0] }, 'live migration failed; stopping the Arrow here for its new node to start it afresh');
    if (failure instanceof MigrationFailedError && failure.outcome === 'unknown') {
      // Paused here, perhaps running there: the cluster says there.
      await running.kill().catch(() => undefined);
    } else {
      running.stop();
      if (!(await within(running.wait().then(() => true, () => true), this.#graceMs + STOP_MARGIN_MS))) await running.kill().catch(() => undefined);
    }
    await within(slot.loop, STOP_MARGIN_MS);
    await discardRunDir(join(this.#runRoot, slot.runId));
    if (volume) await this.#volumes?.close(volume);
    await this.#forget(slot, true);
    if (volume && this.#volumes) {
      // What the app wrote up to its stop, for the new node's fresh start.
      const newest = await this.#volumes.newest(volume).catch(() => undefined);
      if (newest) await migration.pushVolume(volume, newest.seq, moved.node).catch((again: Error) => this.#logger?.warn({ allocation: allocationId, err: again.message }, 'could not copy the last snapshot to the new node'));
    }
    return 'stopped';
  }

  /**
   * Sends the VM; a refusal (the target's view of the cluster may not show the move yet, its watch
   * answer being on the way) is retried for a while: the VM runs on here meanwhile.
   */
  async #sendRetryingRefusals(migration: RunnerMigration, session: ArrowSession, moved: AllocationRecord): Promise<void> {
    const deadline = Date.now() + MIGRATION_REFUSED_RETRY_MS;
    for (let delay = 200; ; delay = Math.min(delay * 2, 2_000)) {
      try {
        await migration.send(session, moved.node, migrationName(moved.id, moved.generation));
        return;
      } catch (error) {
        const retry = error instanceof MigrationFailedError && error.refused && error.outcome === 'source' && !error.session && Date.now() + delay < deadline;
        if (!retry) throw error;
        this.#logger?.info({ allocation: moved.id, to: moved.node, err: error.message, retryMs: delay }, 'the target refused the VM; asking again');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /**
   * A migration's target side, before its VM starts: where the allocation (moved here, per the
   * cluster) runs on this node. Throws MigrationRefused when it cannot come here live.
   */
  async prepareIncoming(allocation: AllocationRecord, arrow: ArrowRecord, request: MigrationRequest, signal: AbortSignal): Promise<PreparedTarget> {
    if (this.#closed) throw new MigrationRefused('the node is stopping');
    let definition: ArrowDefinition;
    try {
      definition = parseArrowDefinition(JSON.parse(arrow.definitionJson));
    } catch (error) {
      throw new MigrationRefused(`invalid Arrow definition: ${(error as Error).message}`);
    }
    let slot = this.#slots.get(allocation.id);
    if (slot && (slot.session || !slot.incoming || slot.incoming.preparing)) throw new MigrationRefused(`allocation ${allocation.id} already runs or starts here`);
    if (slot && slot.allocation.generation !== allocation.generation) throw new MigrationRefused(`allocation ${allocation.id} is here at generation ${slot.allocation.generation}`);
    if (!slot) {
      slot = this.#newSlot(allocation, arrow, definition, noReport, { claimed: false, restarts: allocation.restarts, lastExitCode: null, hostPorts: undefined, tap: undefined });
      slot.incoming = newIncomingWait();
      slot.loop = this.#supervise(slot, { kind: 'incoming' });
    }
    const wait = slot.incoming!;
    wait.preparing = true;
    try {
      const ref = arrowRef(arrow.name);
      const [binaryPath, kernel] = await Promise.all([this.#supply.ensure(definition.binary, { signal, ref }), this.#supply.kernelImage(definition.kernel, { signal })]);
      if (kernel.digest !== request.kernelDigest) throw new MigrationRefused(`the kernel differs: ${request.kernelDigest} there, ${kernel.digest} here`);
      const image = await this.#initramfs(binaryPath, definition.binary.name ?? 'app');
      if (image.digest !== request.initrdDigest) throw new MigrationRefused(`the initramfs differs (ainit built differently?): ${request.initrdDigest} there, ${image.digest} here`);
      slot.hostPorts ??= await this.#ports.reserve(slot.id, definition.ports);
      slot.runId = runIdFor(this.#runRoot, slot.id);
      if (!(await discardRunDir(join(this.#runRoot, slot.runId)))) throw new Error(`a QEMU of an earlier run of ${slot.id} does not die`);
      // On the node network the Arrow gets this node's address for it; eth0 follows once it runs here (incoming()).
      const address = this.#network ? allocation.address : '';
      if ((request.spec.network === 'tap') !== (address !== '')) {
        throw new MigrationRefused(request.spec.network === 'tap' ? 'the Arrow is on the node network, which this node does not run' : 'the Arrow runs on user-mode networking, and this node would put it on its network');
      }
      slot.tap = address ? (slot.tap ?? await this.#network!.attach(slot.id, address, definition.network)) : undefined;
      const volume = definition.volume && this.#volumes ? await this.#volumes.open(arrow.name, definition.volume, 'fresh') : undefined;
      if (definition.volume && !volume) throw new MigrationRefused('this node keeps no volumes');
      return {
        kernelPath: kernel.path, initrdPath: image.path, runRoot: this.#runRoot, runId: slot.runId, adoptable: true,
        ...(slot.tap ? { tap: slot.tap.ifname } : { ports: slot.hostPorts.map((p) => ({ hostPort: p.host, guestPort: p.guest, hostAddress: this.#bindAddress, protocol: p.protocol })) }),
        stdout: logStream(slot.logs.stdout), stderr: logStream(slot.logs.stderr), graceMs: this.#graceMs,
        onLog: (message) => this.#logger?.info({ allocation: allocation.id, message }, 'arrow'),
        ...(volume ? { volume } : {}),
      };
    } catch (error) {
      wait.preparing = false;
      throw error;
    }
  }

  /**
   * Pulls what a start of `arrow` here needs (its binary, files and kernel) and builds its
   * initramfs, without starting anything: a node holding a copy of an Arrow's volume must be able
   * to restart it when the node running it dies, whoever else held the binary then.
   */
  async prefetch(arrow: ArrowRecord, signal: AbortSignal): Promise<void> {
    if (this.#closed) return;
    const def = parseArrowDefinition(JSON.parse(arrow.definitionJson));
    const { binaryPath } = await this.#pull(def, arrow.name, signal);
    await this.#initramfs(binaryPath, def.binary.name ?? 'app');
  }

  /**
   * Whether nothing runs here yet for an allocation moved here: only then may the node it comes
   * from send its volume's snapshots (once the Arrow runs here, this node's own are newer).
   */
  awaitsIncoming(allocationId: string): boolean {
    const slot = this.#slots.get(allocationId);
    return slot === undefined || (slot.incoming !== undefined && slot.session === undefined);
  }

  /** The migrated VM of an allocation prepared by prepareIncoming runs here now. */
  incoming(allocationId: string, session: ArrowSession): void {
    const slot = this.#slots.get(allocationId);
    if (!slot?.incoming) {
      // Nobody waits for it any more (stopped meanwhile): it must not run unowned.
      void session.kill().catch(() => undefined);
      return;
    }
    // The working copy came from the snapshot sent before the move: the guest reports the rest.
    session.rescanVolume();
    if (slot.tap) session.changeNetwork(slot.tap);
    slot.incoming.settle(session);
  }

  /** A migration prepared for this allocation failed: it starts afresh after a grace for the source's last snapshot. */
  incomingFailed(allocationId: string, graceMs = 10_000): void {
    const slot = this.#slots.get(allocationId);
    const wait = slot?.incoming;
    if (!slot || !wait) return;
    wait.preparing = false;
    // The source may offer it again (it runs on there): only a grace without a new offer ends the wait.
    setTimeout(() => { if (!wait.preparing) wait.settle(undefined); }, graceMs).unref();
  }

  async #awaitIncoming(slot: Slot): Promise<ArrowSession | undefined> {
    const wait = slot.incoming!;
    this.#set(slot, 'starting', 'waiting for its VM to arrive by live migration');
    const aborted = new Promise<undefined>((resolve) => slot.end.signal.addEventListener('abort', () => resolve(undefined), { once: true }));
    const timer = setTimeout(() => { if (!wait.preparing) wait.settle(undefined); }, this.#incomingWaitMs);
    try {
      const session = await Promise.race([wait.arrived, aborted]);
      if (!session) return undefined;
      slot.runId = session.vm.id;
      slot.phase = 'running';
      slot.startedAtMs = Date.now();
      slot.claimed = true;
      await this.#persist(slot);
      if (slot.tap) await this.#republish(slot);
      this.#set(slot, 'running', '');
      this.#logger?.info({ allocation: slot.id, pid: session.vm.pid, address: slot.tap?.address }, 'a running Arrow arrived by live migration');
      return session;
    } finally {
      clearTimeout(timer);
      slot.incoming = undefined;
    }
  }

  list(): readonly RunningAllocation[] {
    return [...this.#slots.values()].map((s) => ({ allocation: s.allocation, status: s.status }));
  }

  /**
   * Leaves every VM running for the next runner (their state is on disk) and stops all work; the
   * clones waiting in the pool end (they belong to no allocation: nobody would adopt them).
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const slots = [...this.#slots.values()];
    for (const slot of slots) {
      slot.report = noReport;
      slot.leaving = true;
      slot.end.abort();
    }
    const pool = this.#pool?.close().catch((error: Error) => this.#logger?.warn({ err: error.message }, 'could not end the clones restored ahead of time'));
    this.#vmsOutlive = slots.some((slot) => slot.session !== undefined);
    await Promise.all([pool, ...slots.map(async (slot) => {
      await slot.session?.detach().catch((error: Error) => this.#logger?.warn({ allocation: slot.id, err: error.message }, 'could not leave a VM running'));
      // A start in progress ends at its next step; a template being built may take a while, so
      // the wait is bounded (what it leaves, the next runner's restore() cleans).
      const ended = await within(slot.loop.then(() => true), CLOSE_WAIT_MS);
      if (!ended) this.#logger?.warn({ allocation: slot.id }, 'a start still in progress was left behind');
      await this.#forget(slot, false);
    })]);
    await this.#pruning;
  }

  /** The runner's clone pool: adoptable clones in its run root, for starts from a template only. */
  #newPool(size: false | ClonePoolSize | undefined): ClonePool | undefined {
    if (size === false || this.#boot === 'cold') return undefined;
    return new ClonePool(this.#templates, {
      runRoot: this.#runRoot, adoptable: true, idPrefix: POOLED_RUN_PREFIX,
      size: size?.size ?? DEFAULT_CLONE_POOL.size, maxTemplates: size?.maxTemplates ?? DEFAULT_CLONE_POOL.maxTemplates,
      onError: (error) => this.#logger?.warn({ err: error.message.split('\n')[0] }, 'could not restore a clone ahead of time'),
    });
  }

  // ---- one allocation's life ----

  #newSlot(allocation: AllocationRecord, arrow: ArrowRecord, definition: ArrowDefinition, report: ReportCallback, from: Pick<Slot, 'claimed' | 'restarts' | 'lastExitCode' | 'hostPorts' | 'tap'> & { runId?: string }): Slot {
    const logDir = this.logDir(allocation.id);
    const onLogError = (error: Error) => this.#logger?.warn({ allocation: allocation.id, err: error.message }, 'log write failed');
    const slot: Slot = {
      id: allocation.id, runId: from.runId ?? runIdFor(this.#runRoot, allocation.id), allocation, arrow, definition, report,
      claimed: from.claimed, status: 'pulling', detail: '', restarts: from.restarts, streak: 0, lastExitCode: from.lastExitCode,
      hostPorts: from.hostPorts, tap: from.tap, phase: 'starting', startedAtMs: Date.now(), session: undefined, paused: false,
      logs: { stdout: new LogWriter(logDir, 'stdout', this.#logLimits, onLogError), stderr: new LogWriter(logDir, 'stderr', this.#logLimits, onLogError) },
      end: new AbortController(), leaving: false, loop: Promise.resolve(), migrating: false, incoming: undefined,
    };
    this.#slots.set(slot.id, slot);
    return slot;
  }

  /** Runs, and reruns per policy, until the policy ends it or stop()/close() does. */
  async #supervise(slot: Slot, first: { kind: 'start' } | { kind: 'incoming' } | { kind: 'adopted'; session: ArrowSession } | { kind: 'ended'; outcome: RunOutcome; ranMs: number }): Promise<void> {
    const signal = slot.end.signal;
    let next = first;
    try {
      if (next.kind === 'incoming') {
        const session = await this.#awaitIncoming(slot);
        if (signal.aborted) {
          await session?.kill().catch(() => undefined);
          return;
        }
        next = session ? { kind: 'adopted', session } : { kind: 'start' };
      }
      for (;;) {
        const ended = next.kind === 'ended' ? next : await this.#run(slot, next.kind === 'adopted' ? next.session : undefined);
        if (signal.aborted || slot.migrating) return;
        if (!slot.claimed) {
          // Adopted, and it ended before any agent said it still wants it: the agent decides.
          this.#previous.set(slot.id, { run: this.#record(slot), outcome: ended.outcome });
          await this.#forget(slot, true);
          return;
        }
        const decision = afterRun(slot.definition.restart, ended.outcome, ended.ranMs, slot.streak, this.#backoff);
        if (decision.kind === 'end') {
          await this.#end(slot, decision);
          return;
        }
        slot.restarts++;
        slot.streak = decision.streak;
        slot.lastExitCode = decision.exitCode;
        slot.phase = 'waiting';
        await this.#persist(slot);
        this.#set(slot, 'starting', decision.detail);
        this.#logger?.info({ allocation: slot.id, restarts: slot.restarts, delayMs: decision.delayMs }, decision.detail);
        await sleep(decision.delayMs, signal);
        if (signal.aborted) return;
        next = { kind: 'start' };
      }
    } catch (error) {
      // A bug, or the disk failing under the records: say so; the agent sees the allocation failed.
      // (The loop never rejects: stop() and close() wait for it.)
      this.#logger?.warn({ allocation: slot.id, err: (error as Error).message }, 'the VM runner failed an allocation');
      if (signal.aborted) return;
      await this.#end(slot, { kind: 'end', status: 'failed', detail: `the node's VM runner failed: ${(error as Error).message}`, exitCode: null })
        .catch((again: Error) => this.#logger?.warn({ allocation: slot.id, err: again.message }, 'the VM runner could not even end an allocation'));
    }
  }

  /** One run: from pulling to the app's end (or from adoption to its end). */
  async #run(slot: Slot, adopted: ArrowSession | undefined): Promise<{ outcome: RunOutcome; ranMs: number }> {
    const signal = slot.end.signal;
    let session = adopted;
    try {
      if (!session) {
        session = await this.#launch(slot, signal);
        if (!session) return { outcome: { kind: 'failed', reason: 'stopped before it started' }, ranMs: 0 };
      }
      slot.session = session;
      slot.paused = false;
      if (this.#fenced) await this.#pause(slot);
      if (signal.aborted) {
        if (slot.leaving) await session.detach();
        else session.stop();
      }
      const result = await session.wait();
      return { outcome: { kind: 'exited', code: result.code, signal: result.signal }, ranMs: Date.now() - slot.startedAtMs };
    } catch (error) {
      return { outcome: { kind: 'failed', reason: reasonOf(error) }, ranMs: session ? Date.now() - slot.startedAtMs : 0 };
    } finally {
      slot.session = undefined;
      // The session flushed what arrived when it ended; the next run opens the copy again. A
      // migration keeps it open: a session taken back from a failed one still writes to it.
      if (slot.definition.volume && !slot.migrating) await this.#volumes?.close(slot.arrow.name);
    }
  }

  /**
   * The artifacts a start of `def` needs, held here: all at once, so a node new to the Arrow pulls
   * the binary, its files and the kernel image from different holders in parallel.
   */
  async #pull(def: ArrowDefinition, arrowName: string, signal: AbortSignal): Promise<{ binaryPath: string; files: FileMapping[]; kernel: KernelImage }> {
    const ref = arrowRef(arrowName);
    const [binaryPath, files, kernel] = await Promise.all([
      this.#supply.ensure(def.binary, { signal, ref }),
      Promise.all(def.files.map(async (file): Promise<FileMapping> => ({ guestPath: file.path, hostPath: await this.#supply.ensure(file, { signal, ref }) }))),
      this.#supply.kernelImage(def.kernel, { signal }),
    ]);
    return { binaryPath, files, kernel };
  }

  /** This node's initramfs of ainit and the binary at `binaryPath` (built once, then cached). */
  #initramfs(binaryPath: string, appName: string): ReturnType<typeof ensureInitramfs> {
    return ensureInitramfs(binaryPath, { store: this.#store, dataDir: this.#dataDir, cacheDir: this.#cacheDir, appName });
  }

  /** Makes the artifacts and ports ready and starts the VM; undefined when stopped meanwhile. Throws what failed. */
  async #launch(slot: Slot, signal: AbortSignal): Promise<ArrowSession | undefined> {
    const def = slot.definition;
    const began = performance.now();
    this.#set(slot, 'pulling', '');
    const { binaryPath, files, kernel } = await this.#pull(def, slot.arrow.name, signal);
    if (signal.aborted) return undefined;
    slot.hostPorts ??= await this.#ports.reserve(slot.id, def.ports);
    const pulled = performance.now();
    this.#set(slot, 'starting', '');
    slot.phase = 'starting';
    const earlier = slot.runId;
    slot.runId = runIdFor(this.#runRoot, slot.id);
    await this.#persist(slot);
    // Never two VMs for one allocation: whatever an earlier run left there (in its own run dir, or
    // in the one of the pooled clone it was started from) ends first.
    for (const runId of new Set([earlier, slot.runId])) {
      if (!(await discardRunDir(join(this.#runRoot, runId)))) throw new Error(`a QEMU of an earlier run of ${slot.id} does not die`);
    }
    const volume = def.volume ? await this.#openVolume(slot, def.volume, signal) : undefined;
    if (signal.aborted) return undefined;
    const address = this.#network ? slot.allocation.address : '';
    slot.tap = address ? await this.#network!.attach(slot.id, address, def.network) : undefined;
    if (signal.aborted) return undefined;
    const appName = def.binary.name ?? 'app';
    const artifacts: ArrowArtifacts = {
      templateNames,
      kernelImage: async () => kernel.path,
      initramfs: async (path) => {
        const image = await this.#initramfs(path, appName);
        return { path: image.path, appPath: image.appPath, appDigest: image.appDigest };
      },
    };
    let session: ArrowSession;
    try {
      session = await ArrowSession.start({
        binaryPath, args: [...def.args], env: Object.entries(def.env).map(([k, v]) => `${k}=${v}`), files, template: def.kernel,
        memoryMiB: def.memory, cpus: Math.min(availableParallelism(), Math.max(1, Math.ceil(def.cpu / 1000))),
        ports: slot.tap ? [] : slot.hostPorts.map((p) => ({ hostPort: p.host, guestPort: p.guest, hostAddress: this.#bindAddress, protocol: p.protocol })),
        ...(slot.tap ? { tap: slot.tap } : {}),
        runRoot: this.#runRoot, runId: slot.runId, adoptable: true, artifacts, boot: this.#boot, templates: this.#templates, driver: this.#driver,
        ...(this.#pool && !slot.tap ? { pool: this.#pool } : {}),
        ...(this.#accelerator ? { accelerator: this.#accelerator } : {}),
        stdout: logStream(slot.logs.stdout), stderr: logStream(slot.logs.stderr), graceMs: this.#graceMs,
        onLog: (message) => this.#logger?.info({ allocation: slot.id, message }, 'arrow'),
        ...(volume ? { volume } : {}),
      }, signal);
    } catch (error) {
      // QEMU could not listen on a dynamic port (taken since it was checked): pick others next time.
      if (/host forwarding|hostfwd/i.test((error as Error).message) && slot.definition.ports.some((p) => p.host === undefined)) {
        this.#ports.release(slot.id);
        slot.hostPorts = undefined;
      }
      if (error instanceof ArrowRunError && error.failure === 'stopped') return undefined;
      throw error;
    }
    // A clone taken from the pool runs in the run dir it was restored in: the record names that
    // one, so that the next arrowd adopts the VM there (and stop() ends it there).
    slot.runId = session.vm.id;
    // The split of a start's time on this node: artifacts and ports, then the VM up to the app's start.
    const pullMs = Math.round(pulled - began);
    const startMs = Math.round(performance.now() - pulled);
    this.#logger?.info({ allocation: slot.id, startedFrom: session.startedFrom, runId: slot.runId, pullMs, startMs }, 'VM started');
    slot.phase = 'running';
    slot.startedAtMs = Date.now();
    await this.#persist(slot);
    if (slot.tap) await this.#republish(slot);
    this.#set(slot, 'running', '');
    return session;
  }

  /** The host copy of the Arrow's volume for a fresh run (see volumes.ts). */
  async #openVolume(slot: Slot, volume: Volume, signal: AbortSignal): Promise<ArrowVolume> {
    if (!this.#volumes) throw new Error('this node keeps no volumes (arrowd runs without ShadowFS)');
    await this.#volumeCopies?.freshen(slot.arrow.name, signal);
    return this.#volumes.open(slot.arrow.name, volume, 'fresh');
  }

  async #end(slot: Slot, decision: Extract<AfterRun, { kind: 'end' }>): Promise<void> {
    slot.lastExitCode = decision.exitCode;
    const final: RunnerReport = { status: decision.status, detail: decision.detail.slice(0, DETAIL_BYTES), exitCode: decision.exitCode, restarts: slot.restarts, ports: [] };
    this.#endedRuns.delete(slot.id);
    this.#endedRuns.set(slot.id, { generation: slot.allocation.generation, report: final });
    if (this.#endedRuns.size > ENDED_RUNS_KEPT) this.#endedRuns.delete(this.#endedRuns.keys().next().value!);
    await discardRunDir(join(this.#runRoot, slot.runId));
    await this.#forget(slot, true);
    slot.report(final);
    this.#pruneEnded();
  }

  /** Removes the logs of ended allocations beyond the newest kept (never those of a slot). */
  #pruneEnded(): void {
    this.#pruning = this.#pruning.then(async () => {
      const inUse = new Set([...this.#slots.keys()].map((id) => basename(allocationDir(this.#dataDir, id))));
      const removed = await pruneEndedAllocations(this.#dataDir, this.#endedAllocationsKept, inUse);
      if (removed.length > 0) this.#logger?.info({ removed: removed.length, kept: this.#endedAllocationsKept }, 'removed the logs of older ended allocations');
    }).catch((error: unknown) => this.#logger?.warn({ err: (error as Error).message }, 'could not remove the logs of older ended allocations'));
  }

  /** Drops a slot: logs closed; with `done`, its record and ports go too (it will not run here again). */
  async #forget(slot: Slot, done: boolean): Promise<void> {
    if (this.#slots.get(slot.id) === slot) this.#slots.delete(slot.id);
    await Promise.all([slot.logs.stdout.close(), slot.logs.stderr.close()]);
    if (!done) return;
    this.#ports.release(slot.id);
    if (slot.tap && this.#network) {
      slot.tap = undefined;
      await this.#republish();
      await this.#network.detach(slot.id).catch((error: Error) => this.#logger?.warn({ allocation: slot.id, err: error.message }, 'could not remove a tap'));
    }
    await removeAllocationRun(this.#dataDir, slot.id).catch((error: Error) => this.#logger?.warn({ allocation: slot.id, err: error.message }, 'could not remove an allocation record'));
  }

  /**
   * Makes the node's published ports those of the allocations running on taps now (and `starting`,
   * whose VM is up but not yet marked running). A failure is logged: the ports stay as they were.
   */
  async #republish(starting?: Slot): Promise<void> {
    if (!this.#network) return;
    const ports: PublishedPort[] = [];
    for (const slot of this.#slots.values()) {
      if (!slot.tap || (slot !== starting && slot.status !== 'running')) continue;
      const address = slot.tap.address.split('/')[0]!;
      for (const p of slot.hostPorts ?? []) ports.push({ protocol: p.protocol, hostPort: p.host, address, guestPort: p.guest });
    }
    await this.#network.publish(ports).catch((error: Error) => this.#logger?.warn({ err: error.message }, 'could not publish the Arrows\' ports'));
  }

  // ---- adoption ----

  async #restoreOne(run: AllocationRun): Promise<void> {
    const id = run.allocation.id;
    const runDir = join(this.#runRoot, run.runId);
    let definition: ArrowDefinition;
    try {
      definition = parseArrowDefinition(JSON.parse(run.arrow.definitionJson));
    } catch (error) {
      this.#logger?.warn({ allocation: id, err: (error as Error).message }, 'recorded Arrow definition unusable: its VM is killed');
      await discardRunDir(runDir);
      await removeAllocationRun(this.#dataDir, id);
      return;
    }
    const hostPorts = run.ports.map((p) => ({ name: p.name, guest: p.guest, host: p.host, protocol: p.protocol as HostPort['protocol'] }));
    if (run.phase === 'running') {
      const slot = this.#newSlot(run.allocation, run.arrow, definition, noReport, { claimed: false, restarts: run.restarts, lastExitCode: run.lastExitCode, hostPorts, runId: run.runId, tap: run.tap });
      slot.phase = 'running';
      slot.status = 'running';
      this.#ports.hold(id, hostPorts);
      try {
        // The working copy is as the last arrowd left it; the rescan below brings what it missed.
        const volume = definition.volume && this.#volumes ? await this.#volumes.open(run.arrow.name, definition.volume, 'resume') : undefined;
        const session = await ArrowSession.attach({
          runDir, driver: this.#driver, timeoutMs: this.#adoptTimeoutMs, graceMs: this.#graceMs,
          stdout: logStream(slot.logs.stdout), stderr: logStream(slot.logs.stderr),
          onLog: (message) => this.#logger?.info({ allocation: id, message }, 'arrow'),
          ...(volume ? { volume } : {}),
        });
        session.rescanVolume();
        this.#logger?.info({ allocation: id, pid: session.vm.pid }, 'adopted a running VM');
        // An earlier arrowd fenced it: it stays paused until the agent holds the lease again.
        if ((await session.vm.status().catch(() => 'running')) === 'paused') this.#fenced = true;
        slot.loop = this.#supervise(slot, { kind: 'adopted', session });
        return;
      } catch (error) {
        this.#ports.release(id);
        await this.#forget(slot, false);
        // Dead while nobody watched, or alive but beyond reach (then attach killed it).
        const console = await readFile(join(runDir, 'serial.log'), { encoding: 'utf8', signal: AbortSignal.timeout(5_000) }).catch(() => '');
        const exited = exitFromConsole(console.slice(-CONSOLE_BYTES));
        const outcome: RunOutcome = exited
          ? { kind: 'exited', ...exited }
          : { kind: 'failed', reason: `the VM ended while no arrowd watched it (${(error as Error).message.split('\n')[0]})` };
        this.#logger?.warn({ allocation: id, outcome: describeOutcome(outcome) }, 'a recorded VM could not be adopted');
        this.#previous.set(id, { run, outcome });
      }
    } else {
      // It was starting (start again, no restart counted) or waiting to restart (counted already).
      this.#previous.set(id, { run, outcome: undefined });
    }
    await discardRunDir(runDir);
    await removeAllocationRun(this.#dataDir, id);
  }

  /**
   * Whether a record names a run dir this runner could have given its allocation: its own, or a
   * pooled clone's that no other record names (`claimed`: the run dirs of the records seen so far).
   */
  #isOwnRun(run: AllocationRun, claimed: ReadonlySet<string>): boolean {
    if (run.runId === runIdFor(this.#runRoot, run.allocation.id)) return true;
    return isPooledRunId(run.runId) && !claimed.has(run.runId);
  }

  // ---- records and reports ----

  #record(slot: Slot): AllocationRun {
    return {
      allocation: slot.allocation, arrow: slot.arrow, runId: slot.runId, restarts: slot.restarts, ports: this.#bindings(slot), phase: slot.phase,
      lastExitCode: slot.lastExitCode, ...(slot.tap ? { tap: slot.tap } : {}),
    };
  }

  async #persist(slot: Slot): Promise<void> {
    await writeAllocationRun(this.#dataDir, this.#record(slot));
  }

  #bindings(slot: Slot): PortBinding[] {
    return (slot.hostPorts ?? []).map((p) => ({ name: p.name, guest: p.guest, host: p.host, address: this.#address, protocol: p.protocol }));
  }

  #reportOf(slot: Slot): RunnerReport {
    return { status: slot.status, detail: slot.detail.slice(0, DETAIL_BYTES), exitCode: slot.lastExitCode, restarts: slot.restarts, ports: slot.status === 'running' ? this.#bindings(slot) : [] };
  }

  #set(slot: Slot, status: RunnerStatus, detail: string): void {
    slot.status = status;
    slot.detail = detail;
    slot.report(this.#reportOf(slot));
  }
}

/** The first line of an error, for a report (boot failures append the serial console). */
function reasonOf(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  const line = message.split('\n')[0] ?? message;
  if (error instanceof PortUnavailableError) return line;
  if (error instanceof ArrowRunError) return `${error.failure}: ${line}`;
  return line;
}

/** What ArrowSession writes the app's output to: appended to the allocation's log files. */
function logStream(writer: LogWriter): NodeJS.WritableStream {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writer.append(chunk);
      callback();
    },
  });
}

function newIncomingWait(): IncomingWait {
  let settle!: (session: ArrowSession | undefined) => void;
  const arrived = new Promise<ArrowSession | undefined>((resolve) => { settle = resolve; });
  return { settle, arrived, preparing: false };
}
