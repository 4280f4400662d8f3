// The agent of one node: registers it, heartbeats the leader, long-polls the node's allocations,
// has the runner run them, and reports how they go.
import type { AllocationRecord, AllocationUpdate, ArrowRecord, HolderChange, IgnoredItem, NodeRegistration, VolumeHolderChange } from '../cluster/index.ts';
import { sameNetworkView, terminalAllocStatuses } from '../cluster/index.ts';
import type { NetworkView } from '../cluster/index.ts';
import { ControlRefusedError, controlLimits } from '../control/index.ts';
import type { ArtifactLocation, ClaimReply, ServerInfo, WatchReply } from '../control/index.ts';
import type { AgentLogger } from './logger.ts';
import { leaseLapsing, leaseLeftMs } from './lease.ts';
import type { Lease } from './lease.ts';
import { reconcile } from './reconcile.ts';
import type { StopAction } from './reconcile.ts';
import type { ReporterStats, StatusReporter, StatusReporterOptions } from './reporter.ts';
import { terminalRunnerStatuses } from './runner.ts';
import type { Runner, RunnerReport } from './runner.ts';
import { beatUntilStopped, callAnyServer, callLeader, reporterFor, ServerDirectory } from './servers.ts';
import type { ControlConnector } from './servers.ts';
import { Backoff, sleep, StoppedError } from './timing.ts';

export interface AgentOptions {
  /** This node as it registers (arrowd builds it: id = its peer id, name, addrs, capacity, …). */
  readonly registration: NodeRegistration;
  /** The servers known at start (from the join reply or the data dir); kept current afterwards. */
  readonly servers: readonly ServerInfo[];
  /** The ControlApi of a server, by peer id (called for every call: keep it cheap). */
  readonly connect: ControlConnector;
  readonly runner: Runner;
  /** How long one watch may wait at the server (default 30 s). */
  readonly watchWaitMs?: number;
  /** The beat interval until a server says otherwise (default 1 s). */
  readonly heartbeatIntervalMs?: number;
  /** Bound on a registration or report call (default 10 s). */
  readonly callTimeoutMs?: number;
  /** Backoff between failed registrations and watches (default 100 ms doubling to 5 s). */
  readonly retry?: { readonly initialMs: number; readonly maxMs: number };
  readonly report?: Pick<StatusReporterOptions, 'flushMs' | 'flushAt' | 'maxPerCall' | 'refusalsBeforeDrop' | 'retry'>;
  readonly random?: () => number;
  readonly logger?: AgentLogger;
  /**
   * Pause the runner's workloads while the node's lease with the cluster lapses (default true):
   * see lease.ts. Off, a partitioned node's Arrows serve on beside their replacements.
   */
  readonly fenceOnLeaseLoss?: boolean;
  /**
   * Called with the cluster's network view (node/cluster networkView) once the node is
   * registered, then on every change to it; absent, the view is not polled. Views come in order
   * and are never repeated; a callback that throws is logged, and the next change is delivered.
   */
  readonly onNetworkView?: (view: NetworkView) => void;
  /** Called after each watch answer that moved the node's view forward (the view is `agent.view`). */
  readonly onView?: (view: WatchReply) => void;
}

export interface AgentStats {
  readonly registrations: number;
  readonly heartbeats: number;
  readonly heartbeatFailures: number;
  /** Watch answers that moved the node's view forward (each one reconciled). */
  readonly watchAnswers: number;
  readonly watchFailures: number;
  /** Network views delivered to onNetworkView, and polls of it that failed. */
  readonly networkViews: number;
  readonly networkViewFailures: number;
  readonly starts: number;
  readonly stops: number;
  /** Times the node's workloads were paused because its lease lapsed, and whether they are now. */
  readonly fences: number;
  readonly fenced: boolean;
  readonly reports: ReporterStats;
}

/** A watch call may take this much longer than the wait it asks for before it counts as lost. */
const WATCH_MARGIN_MS = 5_000;
/** A stopping agent's last word to the leader gets this long. */
const FAREWELL_WITHIN_MS = 2_000;
/** How often the lease is looked at: a node resumed after a freeze fences within this. */
const LEASE_CHECK_MS = 50;

export class Agent {
  readonly #registration: NodeRegistration;
  readonly #node: string;
  readonly #runner: Runner;
  readonly #directory: ServerDirectory;
  readonly #watchWaitMs: number;
  readonly #callTimeoutMs: number;
  readonly #retry: { initialMs: number; maxMs: number };
  readonly #random: () => number;
  readonly #logger: AgentLogger | undefined;
  readonly #reporter: StatusReporter;
  readonly #stop = new AbortController();
  readonly #loops: Promise<void>[] = [];
  readonly #initialIntervalMs: number;
  #started = false;
  #stopped: Promise<void> | undefined;

  /** Resolves once the node is registered (the loops that need it wait on this). */
  readonly #registeredOnce: Promise<void>;
  #markRegistered!: () => void;
  #registered = false;
  /** The registration in flight, so a burst of "unknown" answers registers once. */
  #registering: Promise<void> | undefined;
  #watchFromScratch = false;
  #networkFromScratch = false;
  readonly #onNetworkView: ((view: NetworkView) => void) | undefined;
  readonly #onView: ((view: WatchReply) => void) | undefined;

  // What this agent knows of the node's workloads (see reconcile.ts for the rules).
  /** The newest watch answer reconciled; later passes (after a stop completes) reuse it. */
  #view: WatchReply | undefined;
  readonly #attached = new Map<string, { generation: number; token: object }>();
  readonly #ended = new Map<string, number>();
  readonly #busy = new Set<string>();

  #registrations = 0;
  #heartbeats = 0;
  #heartbeatFailures = 0;
  #watchAnswers = 0;
  #watchFailures = 0;
  #networkViews = 0;
  #networkViewFailures = 0;
  #starts = 0;
  #stops = 0;

  readonly #fenceOnLeaseLoss: boolean;
  #lease: Lease | undefined;
  #fenced: boolean;
  #fences = 0;

  constructor(options: AgentOptions) {
    this.#registration = options.registration;
    this.#node = options.registration.id;
    this.#runner = options.runner;
    this.#directory = new ServerDirectory(options.connect, options.servers, options.registration.peerId);
    this.#watchWaitMs = options.watchWaitMs ?? 30_000;
    this.#initialIntervalMs = options.heartbeatIntervalMs ?? 1_000;
    this.#callTimeoutMs = options.callTimeoutMs ?? 10_000;
    this.#retry = options.retry ?? { initialMs: 100, maxMs: 5_000 };
    this.#random = options.random ?? Math.random;
    this.#logger = options.logger;
    this.#reporter = reporterFor(this.#directory, this.#callTimeoutMs, { ...options.report, random: this.#random, logger: options.logger });
    this.#registeredOnce = new Promise((resolve) => { this.#markRegistered = resolve; });
    this.#fenceOnLeaseLoss = options.fenceOnLeaseLoss ?? true;
    this.#onNetworkView = options.onNetworkView;
    this.#onView = options.onView;
    // Workloads an earlier arrowd paused stay paused until the cluster says they are still ours.
    this.#fenced = options.runner.fenced ?? false;
  }

  get nodeId(): string {
    return this.#node;
  }

  get registered(): boolean {
    return this.#registered;
  }

  get servers(): readonly ServerInfo[] {
    return this.#directory.servers;
  }

  get stats(): AgentStats {
    return {
      registrations: this.#registrations, heartbeats: this.#heartbeats, heartbeatFailures: this.#heartbeatFailures,
      watchAnswers: this.#watchAnswers, watchFailures: this.#watchFailures,
      networkViews: this.#networkViews, networkViewFailures: this.#networkViewFailures, starts: this.#starts, stops: this.#stops,
      fences: this.#fences, fenced: this.#fenced, reports: this.#reporter.stats,
    };
  }

  /** A fresher server list (a join reply arrowd received); heartbeat replies update it too. */
  noteServers(servers: readonly ServerInfo[]): void {
    this.#directory.update(servers);
  }

  /** Starts the loops: register (retrying while no server answers), then heartbeat and watch. */
  start(): void {
    if (this.#started) throw new Error('an agent starts once; build a new one to start again');
    this.#started = true;
    const loop = (name: string, body: () => Promise<void>) => {
      this.#loops.push(body().catch((error: unknown) => {
        if (!(error instanceof StoppedError) && !this.#stop.signal.aborted) this.#logger?.warn({ loop: name, err: (error as Error).message }, 'agent loop ended');
      }));
    };
    loop('register', () => this.#register());
    loop('heartbeat', () => this.#heartbeatLoop());
    loop('watch', () => this.#watchLoop());
    const onNetworkView = this.#onNetworkView;
    if (onNetworkView) loop('network view', () => this.#networkViewLoop(onNetworkView));
    if (this.#fenceOnLeaseLoss || this.#fenced) loop('lease', () => this.#leaseLoop());
    // Not fencing: the workloads run whatever the lease does, and the host must not cut them off.
    else this.#runner.holdLease?.(Number.POSITIVE_INFINITY);
  }

  /**
   * Ends every loop and call in flight. The runner's workloads keep running unless
   * `stopWorkloads` (arrowd restarting must not kill its VMs): then each is stopped and reported
   * `stopped`, with up to `flushWithinMs` (default 1 s) to get the reports out. `awayMs`, when the
   * workloads keep running: first ask the leader to keep the node up that long without beats, so
   * that a restart of arrowd does not get its running Arrows replaced.
   */
  stop(options: { stopWorkloads?: boolean; flushWithinMs?: number; awayMs?: number } = {}): Promise<void> {
    this.#stopped ??= this.#shutdown(options.stopWorkloads ?? false, options.flushWithinMs ?? 1_000, options.awayMs ?? 0);
    return this.#stopped;
  }

  /**
   * Tells the cluster which artifacts this node now holds (or no longer holds): one set-holders
   * report, tried on each server in turn. Resolves with the changes the cluster ignored.
   */
  async reportHolders(changes: readonly Omit<HolderChange, 'node'>[]): Promise<readonly IgnoredItem[]> {
    await this.#whenRegistered();
    const command = { type: 'set-holders' as const, changes: changes.map((c) => ({ ...c, node: this.#node })) };
    return callAnyServer(this.#directory, 'holder report', this.#callTimeoutMs, this.#stop.signal, (api) => api.report(command));
  }

  /** Tells the cluster which volume snapshots this node now holds: one set-volume-holders report. */
  async reportVolumeHolders(changes: readonly Omit<VolumeHolderChange, 'node'>[]): Promise<readonly IgnoredItem[]> {
    await this.#whenRegistered();
    const command = { type: 'set-volume-holders' as const, changes: changes.map((c) => ({ ...c, node: this.#node })) };
    return callAnyServer(this.#directory, 'volume holder report', this.#callTimeoutMs, this.#stop.signal, (api) => api.report(command));
  }

  /** The newest watch answer this agent acted on (this node's allocations, their Arrows, volumes and peers). */
  get view(): WatchReply | undefined {
    return this.#view;
  }

  /** This node's id in the cluster. */
  get node(): string {
    return this.#node;
  }

  /** The cluster's record of an artifact (a digest or NAME:TAG) and who holds it; undefined when nobody does. */
  artifact(ref: string): Promise<ArtifactLocation | undefined> {
    return callAnyServer(this.#directory, 'artifact lookup', this.#callTimeoutMs, this.#stop.signal, (api) => api.artifact(ref));
  }

  /** Publishes a kernel template's image under its tag (kernel-<template>:<key>); this node must be recorded holding it. */
  async tagArtifact(name: string, digest: string): Promise<void> {
    await this.#whenRegistered();
    await callAnyServer(this.#directory, 'tag report', this.#callTimeoutMs, this.#stop.signal, (api) => api.report({ type: 'tag-artifact', name, digest }));
  }

  /** Claims, renews or (release) gives up `name` for this node at the leader: see ControlApi.claim. */
  async claim(name: string, release: boolean): Promise<ClaimReply> {
    await this.#whenRegistered();
    return callLeader(this.#directory, 'claim', this.#callTimeoutMs, this.#stop.signal, (api) => api.claim(this.#node, name, release));
  }

  /** Calls made for this node wait until it is registered (the servers refuse them before). */
  async #whenRegistered(): Promise<void> {
    if (this.#registered) return;
    if (!this.#started) throw new Error('the agent is not started: start() it before calls made for its node');
    if (this.#stop.signal.aborted) throw new StoppedError();
    const stop = this.#stop.signal;
    let onStop: (() => void) | undefined;
    try {
      await Promise.race([this.#registeredOnce, new Promise<never>((_, reject) => {
        onStop = () => reject(new StoppedError());
        stop.addEventListener('abort', onStop, { once: true });
      })]);
    } finally {
      if (onStop) stop.removeEventListener('abort', onStop);
    }
  }

  async #shutdown(stopWorkloads: boolean, flushWithinMs: number, awayMs: number): Promise<void> {
    if (!stopWorkloads && awayMs > 0 && this.#registered && !this.#fenced) {
      try {
        const sentAtMs = performance.now();
        const reply = await callLeader(this.#directory, 'farewell heartbeat', FAREWELL_WITHIN_MS, AbortSignal.timeout(FAREWELL_WITHIN_MS), (api) => api.heartbeat([this.#node], awayMs));
        // The leader keeps the node up for awayMs (at most its limit) after it heard this: the
        // workloads may serve on through the restart for as long, and no longer.
        const keptUpMs = Math.min(awayMs, controlLimits.maxAwayMs);
        if (this.#fenceOnLeaseLoss && !reply.unknown.includes(this.#node)) this.#runner.holdLease?.(leaseLeftMs({ sentAtMs, ttlMs: keptUpMs }, performance.now()));
      } catch (error) {
        this.#logger?.warn({ node: this.#node, err: (error as Error).message }, 'could not tell the leader this node is restarting; its Arrows may be replaced after its TTL');
      }
    }
    this.#stop.abort();
    await Promise.all([...this.#loops, this.#registering]);
    if (stopWorkloads) {
      const records = new Map((this.#view?.allocations ?? []).map((a) => [a.id, a]));
      await Promise.all(this.#runner.list().map(async ({ allocation }) => {
        this.#attached.delete(allocation.id);
        await this.#runner.stop(allocation.id);
        this.#stops++;
        const known = records.get(allocation.id) ?? allocation;
        if (known.generation === allocation.generation && !terminalAllocStatuses.has(known.status)) this.#reportStopped(known, 'the node stopped its workloads');
      }));
    }
    // The reporter is still open: flush what is pending (within a bound) and close it.
    await this.#reporter.close({ flushWithinMs: stopWorkloads || this.#reporter.stats.pending > 0 ? flushWithinMs : 0 });
  }

  // ---- registration and heartbeats ----

  /** Registers the node (single flight), retrying with capped backoff until it succeeds or the agent stops. */
  #register(): Promise<void> {
    this.#registering ??= (async () => {
      const backoff = new Backoff(this.#retry.initialMs, this.#retry.maxMs, this.#random);
      const stop = this.#stop.signal;
      try {
        while (!stop.aborted) {
          try {
            await callAnyServer(this.#directory, 'register', this.#callTimeoutMs, stop, (api) => api.register(this.#registration));
            this.#registrations++;
            // Registered again: the cluster may have been rebuilt with lower indexes than the
            // last answer, so the next watch starts from scratch.
            if (this.#registered) {
              this.#watchFromScratch = true;
              this.#networkFromScratch = true;
            }
            this.#registered = true;
            this.#markRegistered();
            return;
          } catch (error) {
            if (error instanceof StoppedError) return;
            // Refusals are retried too: a server between leaders refuses what it will take later.
            this.#logger?.warn({ node: this.#node, err: (error as Error).message }, 'registration failed; retrying');
            await sleep(backoff.next(), stop);
          }
        }
      } finally {
        this.#registering = undefined;
      }
    })();
    return this.#registering;
  }

  /** Waits for the first registration; false when the agent stopped first. */
  async #untilRegistered(): Promise<boolean> {
    const stop = this.#stop.signal;
    if (stop.aborted) return false;
    await Promise.race([this.#registeredOnce, new Promise<void>((resolve) => stop.addEventListener('abort', () => resolve(), { once: true }))]);
    return !stop.aborted;
  }

  async #heartbeatLoop(): Promise<void> {
    if (!(await this.#untilRegistered())) return;
    await beatUntilStopped({
      directory: this.#directory,
      intervalMs: this.#initialIntervalMs,
      chunks: () => [[this.#node]],
      onReply: (_chunk, reply, sentAtMs) => {
        this.#heartbeats++;
        if (!reply.unknown.includes(this.#node)) {
          if (reply.ttlMs > 0 && sentAtMs >= (this.#lease?.sentAtMs ?? -Infinity)) {
            this.#lease = { sentAtMs, ttlMs: reply.ttlMs };
            // Not while fenced, nor when marked down: the host would let stale workloads answer
            // again before the fence pauses them. #unfence renews it once they are sorted out.
            if (this.#fenceOnLeaseLoss && !this.#fenced && !reply.down?.includes(this.#node)) this.#runner.holdLease?.(leaseLeftMs(this.#lease, performance.now()));
          }
          // Marked down meanwhile (a freeze, a cut the lease loop had no time to see): what runs
          // here may run elsewhere already. Fence now; the lease loop unfences after reconciling.
          if (reply.down?.includes(this.#node) && !this.#fenced && this.#fenceOnLeaseLoss) {
            void this.#fence().catch((error: Error) => this.#logger?.warn({ node: this.#node, err: error.message }, 'could not fence workloads'));
          }
          return;
        }
        // The cluster lost this node (restored from an older snapshot): register it again.
        this.#logger?.warn({ node: this.#node }, 'the cluster does not know this node; registering again');
        void this.#register();
      },
      onFailure: (_chunk, error) => {
        this.#heartbeatFailures++;
        this.#logger?.warn({ node: this.#node, err: error.message }, 'heartbeat failed');
      },
    }, this.#stop.signal);
  }

  // ---- watching and reconciling ----

  async #watchLoop(): Promise<void> {
    if (!(await this.#untilRegistered())) return;
    const stop = this.#stop.signal;
    const backoff = new Backoff(this.#retry.initialMs, this.#retry.maxMs, this.#random);
    let since = 0;
    while (!stop.aborted) {
      if (this.#watchFromScratch) {
        this.#watchFromScratch = false;
        since = 0;
        this.#view = undefined;
      }
      try {
        const answer = await callAnyServer(this.#directory, 'watch', this.#watchWaitMs + WATCH_MARGIN_MS, stop,
          (api, signal) => api.watch(this.#node, since, this.#watchWaitMs, signal));
        backoff.reset();
        // An answer at `since` says nothing new (a timeout, or a server behind the one we last
        // heard from); only a strictly newer one is a view of the node at that index.
        if (answer.index > since) {
          since = answer.index;
          this.#watchAnswers++;
          if (this.#accept(answer)) this.#reconcile();
        }
      } catch (error) {
        if (error instanceof StoppedError) return;
        this.#watchFailures++;
        this.#logger?.warn({ node: this.#node, err: (error as Error).message }, error instanceof ControlRefusedError ? 'watch refused' : 'watch failed');
        await sleep(backoff.next(), stop);
      }
    }
  }

  /**
   * Long-polls the cluster's network view like the watch loop (same servers, backoff and stop)
   * and hands each change to `deliver`. The first answer is delivered whatever its index (a new
   * cluster's may be 0); after that only answers above the last index, and only when they show
   * something else: members restored from a snapshot answer the same view at a higher index.
   */
  async #networkViewLoop(deliver: (view: NetworkView) => void): Promise<void> {
    if (!(await this.#untilRegistered())) return;
    const stop = this.#stop.signal;
    const backoff = new Backoff(this.#retry.initialMs, this.#retry.maxMs, this.#random);
    let since = 0;
    let last: NetworkView | undefined;
    while (!stop.aborted) {
      if (this.#networkFromScratch) {
        // Registered again: the cluster may have been rebuilt with lower indexes.
        this.#networkFromScratch = false;
        since = 0;
        last = undefined;
      }
      try {
        const view = await callAnyServer(this.#directory, 'network view', this.#watchWaitMs + WATCH_MARGIN_MS, stop,
          (api, signal) => api.networkView(since, this.#watchWaitMs, signal));
        backoff.reset();
        if (stop.aborted || (last !== undefined && view.index <= since)) continue;
        since = view.index;
        if (last !== undefined && sameNetworkView(last, view)) continue;
        last = view;
        this.#networkViews++;
        try {
          deliver(view);
        } catch (error) {
          this.#logger?.warn({ node: this.#node, index: view.index, err: (error as Error).message }, 'network view callback failed');
        }
      } catch (error) {
        if (error instanceof StoppedError) return;
        this.#networkViewFailures++;
        this.#logger?.warn({ node: this.#node, err: (error as Error).message }, 'network view poll failed');
        await sleep(backoff.next(), stop);
      }
    }
  }

  /** Takes a watch answer as the node's view unless the view is newer already. */
  #accept(answer: WatchReply): boolean {
    if (this.#view && answer.index <= this.#view.index) return false;
    // Only this node's allocations, whatever a faulty server sends along.
    this.#view = { ...answer, allocations: answer.allocations.filter((a) => a.node === this.#node || a.migratingFrom === this.#node) };
    try {
      this.#onView?.(this.#view);
    } catch (error) {
      this.#logger?.warn({ node: this.#node, err: (error as Error).message }, 'a view callback failed');
    }
    return true;
  }

  // ---- the lease ----

  async #leaseLoop(): Promise<void> {
    const stop = this.#stop.signal;
    while (!stop.aborted) {
      await sleep(LEASE_CHECK_MS, stop);
      const lapsing = leaseLapsing(this.#lease, performance.now());
      try {
        if (lapsing && !this.#fenced && this.#fenceOnLeaseLoss) await this.#fence();
        else if (!lapsing && this.#fenced && this.#lease) await this.#unfence();
      } catch (error) {
        if (error instanceof StoppedError) return;
        this.#logger?.warn({ node: this.#node, err: (error as Error).message }, this.#fenced ? 'could not resume fenced workloads yet' : 'could not fence workloads');
      }
    }
  }

  async #fence(): Promise<void> {
    this.#fenced = true;
    this.#fences++;
    const ageMs = this.#lease ? Math.round(performance.now() - this.#lease.sentAtMs) : 0;
    this.#logger?.warn({ node: this.#node, silentMs: ageMs, ttlMs: this.#lease?.ttlMs }, 'lease with the cluster lapsing: pausing this node\'s workloads');
    await this.#runner.fence?.();
  }

  /**
   * The lease is held again. The cluster may have marked the node down meanwhile and replaced its
   * allocations: reconcile with the leader's view first (what it lost stops, paused, never resumed
   * on the way), then resume what it still wants here.
   */
  async #unfence(): Promise<void> {
    const answer = await callLeader(this.#directory, 'watch', this.#callTimeoutMs, this.#stop.signal, (api, signal) => api.watch(this.#node, 0, 0, signal));
    this.#accept(answer);
    this.#reconcile();
    const view = this.#view;
    if (!view) return;
    const wanted = new Map(view.allocations.filter((a) => a.desired === 'run' && !terminalAllocStatuses.has(a.status)).map((a) => [a.id, a.generation]));
    const keep = new Set(this.#runner.list()
      .filter(({ allocation }) => wanted.get(allocation.id) === allocation.generation && !this.#busy.has(allocation.id))
      .map(({ allocation }) => allocation.id));
    await this.#runner.unfence?.(keep);
    this.#fenced = false;
    if (this.#lease) this.#runner.holdLease?.(leaseLeftMs(this.#lease, performance.now()));
    this.#logger?.info({ node: this.#node, resumed: keep.size }, 'lease with the cluster held again: workloads resumed');
    this.#reconcile();
  }

  /** Applies reconcile()'s actions for the newest view; runs again whenever a stop completes. */
  #reconcile(): void {
    const view = this.#view;
    if (!view || this.#stop.signal.aborted) return;
    const attached = new Map([...this.#attached].map(([id, a]) => [id, a.generation]));
    const actions = reconcile(view, { node: this.#node, running: this.#runner.list(), attached, ended: this.#ended, busy: this.#busy });
    const arrows = new Map(view.arrows.map((a) => [a.name, a]));
    for (const stop of actions.stop) this.#stopOne(stop);
    for (const a of actions.reportStopped) {
      this.#ended.set(a.id, a.generation);
      this.#reportStopped(a, a.desiredReason || 'stopped before it started here');
    }
    // Fenced, nothing new starts: it might be what the cluster is placing elsewhere right now.
    for (const a of this.#fenced ? [] : actions.start) {
      const arrow = arrows.get(a.arrow);
      if (!arrow) {
        this.#logger?.warn({ allocation: a.id, arrow: a.arrow }, 'watch answer lacks the Arrow of an allocation; not started');
        continue;
      }
      this.#startOne(a, arrow);
    }
    // Forget what the cluster no longer shows (bounded memory over a long life).
    const present = new Set(view.allocations.map((a) => a.id));
    for (const id of this.#ended.keys()) if (!present.has(id)) this.#ended.delete(id);
  }

  #startOne(a: AllocationRecord, arrow: ArrowRecord): void {
    // A token per start: reports from a callback that was replaced or stopped are dropped.
    const token = {};
    this.#attached.set(a.id, { generation: a.generation, token });
    const report = (r: RunnerReport) => {
      if (this.#stop.signal.aborted || this.#attached.get(a.id)?.token !== token) return;
      if (terminalRunnerStatuses.has(r.status)) {
        this.#attached.delete(a.id);
        this.#ended.set(a.id, a.generation);
      }
      this.#reporter.add({ node: this.#node, id: a.id, generation: a.generation, status: r.status, detail: r.detail, exitCode: r.exitCode, restarts: r.restarts, ports: r.ports });
    };
    try {
      this.#runner.start(a, arrow, report);
      this.#starts++;
    } catch (error) {
      this.#logger?.warn({ allocation: a.id, generation: a.generation, err: (error as Error).message }, 'runner refused to start an allocation');
      report({ status: 'failed', detail: `could not start: ${(error as Error).message}`.slice(0, 1000), exitCode: null, restarts: a.restarts, ports: [] });
    }
  }

  #stopOne(action: StopAction): void {
    const id = action.allocationId;
    this.#busy.add(id);
    this.#attached.delete(id);
    void (async () => {
      try {
        const migrateTo = action.migrateTo;
        if (migrateTo && this.#runner.migrate) await this.#runner.migrate(id, migrateTo);
        else await this.#runner.stop(id);
        this.#stops++;
        this.#ended.set(id, action.generation);
        if (action.report) this.#reportStopped(action.report, action.report.desiredReason || 'stopped by the cluster');
      } catch (error) {
        this.#logger?.warn({ allocation: id, err: (error as Error).message }, 'runner failed to stop an allocation; retrying');
        await sleep(this.#retry.maxMs, this.#stop.signal);
      } finally {
        this.#busy.delete(id);
        this.#reconcile();
      }
    })();
  }

  #reportStopped(a: AllocationRecord, detail: string): void {
    const update: AllocationUpdate = { node: this.#node, id: a.id, generation: a.generation, status: 'stopped', detail: detail.slice(0, 1000), exitCode: null, restarts: a.restarts, ports: [] };
    this.#reporter.add(update);
  }
}
