// Thousands of simulated nodes behind one peer id, for the control-plane benchmark and tests:
// they register, heartbeat (all of them in a few calls per interval), can be silenced to measure
// node failover, and optionally report what the cluster places on them as running.
import type { AllocationRecord, NodeRegistration, Resources } from '../cluster/index.ts';
import { ControlRefusedError } from '../control/index.ts';
import type { ServerInfo } from '../control/index.ts';
import type { AgentLogger } from './logger.ts';
import { reconcile } from './reconcile.ts';
import type { RunningAllocation } from './runner.ts';
import type { ReporterStats, StatusReporter, StatusReporterOptions } from './reporter.ts';
import { beatUntilStopped, callAnyServer, reporterFor, ServerDirectory } from './servers.ts';
import type { ControlConnector } from './servers.ts';
import { Backoff, sleep, StoppedError } from './timing.ts';

/** What one simulated node declares; the caller derives it from its own seeded generator. */
export interface SimulatedNodeShape {
  readonly capacity: Resources;
  readonly labels?: Readonly<Record<string, string>>;
  readonly kvm?: boolean;
}

export interface SimulatedFleetOptions {
  /** The one peer id every simulated node is registered to (the caller's libp2p identity). */
  readonly peerId: string;
  readonly count: number;
  readonly servers: readonly ServerInfo[];
  readonly connect: ControlConnector;
  /** Node `index` (0-based) → its capacity and labels (default 4 cores, 8 GiB, no labels). */
  readonly shape?: (index: number) => SimulatedNodeShape;
  /** Node ids are `${prefix}${n}` with n from 1, zero-padded to 5 digits (default `sim-`). */
  readonly prefix?: string;
  /** Registrations in flight at once (default 64). */
  readonly registerParallelism?: number;
  /** Node ids per heartbeat call (default 2,000). */
  readonly heartbeatChunk?: number;
  /** The beat interval until a server says otherwise (default 1 s). */
  readonly heartbeatIntervalMs?: number;
  /** Report what is placed on the fleet's nodes as running (off by default). */
  readonly runAllocations?: boolean | RunAllocationsOptions;
  readonly report?: Pick<StatusReporterOptions, 'flushMs' | 'flushAt' | 'maxPerCall' | 'retry'>;
  readonly callTimeoutMs?: number;
  readonly random?: () => number;
  readonly logger?: AgentLogger;
}

/**
 * How the fleet notices placements: not one long poll per node (5,000 of them would hold 5,000
 * streams open), but sweeps: every node's allocations read once per sweep with an immediate
 * (waitMs 0) watch, `parallelism` at a time, a sweep starting at most every `sweepMs`. One sweep
 * reads every allocation on the fleet, so at hundreds of thousands of allocations keep sweeps
 * slow or leave runAllocations off.
 */
export interface RunAllocationsOptions {
  readonly parallelism?: number;
  readonly sweepMs?: number;
}

export interface FleetStats {
  readonly nodes: number;
  readonly registered: number;
  readonly registrationFailures: number;
  /** Heartbeat calls answered, and the node beats they carried. */
  readonly heartbeatCalls: number;
  readonly beatsSent: number;
  readonly heartbeatFailures: number;
  readonly silenced: number;
  /** Allocations the fleet currently counts as running on its nodes. */
  readonly running: number;
  readonly sweeps: number;
  readonly reports: ReporterStats;
}

interface NodeWork {
  since: number;
  /** Allocations this node "runs" (reported running), as reconcile's LocalView sees them. */
  readonly running: Map<string, RunningAllocation>;
  readonly ended: Map<string, number>;
}

const noneBusy: ReadonlySet<string> = new Set();

export class SimulatedFleet {
  readonly nodeIds: readonly string[];
  readonly #indexOf: ReadonlyMap<string, number>;
  readonly #peerId: string;
  readonly #shape: (index: number) => SimulatedNodeShape;
  readonly #directory: ServerDirectory;
  readonly #registerParallelism: number;
  readonly #chunk: number;
  readonly #run: Required<RunAllocationsOptions> | undefined;
  readonly #callTimeoutMs: number;
  readonly #random: () => number;
  readonly #logger: AgentLogger | undefined;
  readonly #reporter: StatusReporter;
  readonly #stop = new AbortController();
  readonly #loops: Promise<void>[] = [];
  readonly #initialIntervalMs: number;
  #started: Promise<void> | undefined;

  readonly #registered = new Set<string>();
  readonly #silenced = new Set<string>();
  /** Nodes to register (again: those a heartbeat reply called unknown). */
  readonly #toRegister: string[] = [];
  #registering: Promise<void> | undefined;
  readonly #work = new Map<string, NodeWork>();

  #registrationFailures = 0;
  #heartbeatCalls = 0;
  #beatsSent = 0;
  #heartbeatFailures = 0;
  #sweeps = 0;

  constructor(options: SimulatedFleetOptions) {
    if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError(`count: expected a whole number, got ${options.count}`);
    const prefix = options.prefix ?? 'sim-';
    const digits = Math.max(5, String(options.count).length);
    this.nodeIds = Array.from({ length: options.count }, (_, i) => `${prefix}${String(i + 1).padStart(digits, '0')}`);
    this.#indexOf = new Map(this.nodeIds.map((id, i) => [id, i]));
    this.#peerId = options.peerId;
    this.#shape = options.shape ?? (() => ({ capacity: { cpu: 4_000, memory: 8_192 } }));
    this.#directory = new ServerDirectory(options.connect, options.servers, options.peerId);
    this.#registerParallelism = options.registerParallelism ?? 64;
    this.#chunk = options.heartbeatChunk ?? 2_000;
    this.#initialIntervalMs = options.heartbeatIntervalMs ?? 1_000;
    this.#callTimeoutMs = options.callTimeoutMs ?? 10_000;
    this.#random = options.random ?? Math.random;
    this.#logger = options.logger;
    const run = options.runAllocations === true ? {} : options.runAllocations || undefined;
    this.#run = run ? { parallelism: run.parallelism ?? 16, sweepMs: run.sweepMs ?? 500 } : undefined;
    this.#reporter = reporterFor(this.#directory, this.#callTimeoutMs, { ...options.report, random: this.#random, logger: options.logger });
  }

  get stats(): FleetStats {
    let running = 0;
    for (const w of this.#work.values()) running += w.running.size;
    return {
      nodes: this.nodeIds.length, registered: this.#registered.size, registrationFailures: this.#registrationFailures,
      heartbeatCalls: this.#heartbeatCalls, beatsSent: this.#beatsSent, heartbeatFailures: this.#heartbeatFailures,
      silenced: this.#silenced.size, running, sweeps: this.#sweeps, reports: this.#reporter.stats,
    };
  }

  /**
   * Starts registering every node (bounded parallelism, retried with backoff) and heartbeating
   * the registered ones; resolves once all are registered (or the fleet stopped first).
   */
  start(): Promise<void> {
    if (this.#started) return this.#started;
    this.#toRegister.push(...this.nodeIds);
    this.#started = this.#registerQueued();
    this.#loops.push(this.#heartbeatLoop().catch((error: unknown) => this.#loopEnded('heartbeat', error)));
    if (this.#run) this.#loops.push(this.#sweepLoop(this.#run).catch((error: unknown) => this.#loopEnded('sweep', error)));
    return this.#started;
  }

  /** Stops beating for these nodes (they go down after the TTL). */
  silence(nodeIds: Iterable<string>): void {
    for (const id of nodeIds) this.#silenced.add(id);
  }

  resume(nodeIds: Iterable<string>): void {
    for (const id of nodeIds) this.#silenced.delete(id);
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await Promise.all([...this.#loops, this.#started, this.#registering]);
    await this.#reporter.close();
  }

  #loopEnded(name: string, error: unknown): void {
    if (!(error instanceof StoppedError) && !this.#stop.signal.aborted) this.#logger?.warn({ loop: name, err: (error as Error).message }, 'fleet loop ended');
  }

  #registration(id: string): NodeRegistration {
    const shape = this.#shape(this.#indexOf.get(id)!);
    return {
      id, name: id, peerId: this.#peerId, addrs: [], capacity: shape.capacity, labels: shape.labels ?? {}, kvm: shape.kvm ?? false,
      role: 'client', version: 'simulated', overlay: null,
    };
  }

  /** Registers whatever is queued, `registerParallelism` at a time (single flight). */
  #registerQueued(): Promise<void> {
    this.#registering ??= (async () => {
      const stop = this.#stop.signal;
      const worker = async () => {
        const backoff = new Backoff(100, 5_000, this.#random);
        while (!stop.aborted) {
          const id = this.#toRegister.shift();
          if (id === undefined) return;
          try {
            await callAnyServer(this.#directory, 'register', this.#callTimeoutMs, stop, (api) => api.register(this.#registration(id)));
            this.#registered.add(id);
            backoff.reset();
          } catch (error) {
            if (error instanceof StoppedError) return;
            this.#registrationFailures++;
            this.#toRegister.push(id);
            this.#logger?.warn({ node: id, err: (error as Error).message }, 'simulated node registration failed; retrying');
            await sleep(backoff.next(), stop);
          }
        }
      };
      try {
        await Promise.all(Array.from({ length: this.#registerParallelism }, worker));
      } finally {
        this.#registering = undefined;
      }
    })();
    return this.#registering;
  }

  /** Every interval, one heartbeat call per chunk of registered, unsilenced nodes, all in parallel. */
  #heartbeatLoop(): Promise<void> {
    return beatUntilStopped({
      directory: this.#directory,
      intervalMs: this.#initialIntervalMs,
      chunks: () => {
        const beating = [...this.#registered].filter((id) => !this.#silenced.has(id));
        const chunks: string[][] = [];
        for (let i = 0; i < beating.length; i += this.#chunk) chunks.push(beating.slice(i, i + this.#chunk));
        return chunks;
      },
      onReply: (chunk, reply) => {
        this.#heartbeatCalls++;
        this.#beatsSent += chunk.length;
        if (reply.unknown.length > 0) this.#registerAgain(reply.unknown);
      },
      onFailure: (chunk, error) => {
        this.#heartbeatFailures++;
        this.#logger?.warn({ nodes: chunk.length, err: error.message }, 'fleet heartbeat failed');
      },
    }, this.#stop.signal);
  }

  #registerAgain(unknown: readonly string[]): void {
    for (const id of unknown) {
      if (!this.#indexOf.has(id) || !this.#registered.delete(id)) continue;
      this.#toRegister.push(id);
    }
    this.#logger?.warn({ nodes: unknown.length }, 'the cluster does not know some simulated nodes; registering them again');
    void this.#registerQueued();
  }

  // ---- allocations ----

  async #sweepLoop(run: Required<RunAllocationsOptions>): Promise<void> {
    const stop = this.#stop.signal;
    while (!stop.aborted) {
      const began = Date.now();
      const nodes = [...this.#registered];
      let next = 0;
      const worker = async () => {
        while (!stop.aborted && next < nodes.length) {
          const id = nodes[next++]!;
          try {
            await this.#sweepNode(id, stop);
          } catch (error) {
            if (error instanceof StoppedError) return;
            // A refused watch means the node is unknown right now; the heartbeat re-registers it.
            if (!(error instanceof ControlRefusedError)) this.#logger?.warn({ node: id, err: (error as Error).message }, 'fleet watch failed');
          }
        }
      };
      await Promise.all(Array.from({ length: run.parallelism }, worker));
      this.#sweeps++;
      await sleep(Math.max(0, began + run.sweepMs - Date.now()), stop);
    }
  }

  /**
   * One node's allocations, reconciled with the same rules as a real agent's, where "start" is
   * reporting running at once and "stop" is reporting stopped.
   */
  async #sweepNode(id: string, stop: AbortSignal): Promise<void> {
    let work = this.#work.get(id);
    const answer = await callAnyServer(this.#directory, 'watch', this.#callTimeoutMs, stop, (api, signal) => api.watch(id, work?.since ?? 0, 0, signal));
    if (answer.index <= (work?.since ?? 0)) return;
    if (!work) this.#work.set(id, (work = { since: 0, running: new Map(), ended: new Map() }));
    work.since = answer.index;
    const running = [...work.running.values()];
    const attached = new Map(running.map((r) => [r.allocation.id, r.allocation.generation]));
    const view = { index: answer.index, allocations: answer.allocations.filter((a) => a.node === id) };
    const actions = reconcile(view, { node: id, running, attached, ended: work.ended, busy: noneBusy });
    for (const s of actions.stop) {
      work.running.delete(s.allocationId);
      work.ended.set(s.allocationId, s.generation);
      if (s.report) this.#report(s.report, 'stopped', s.report.desiredReason || 'stopped by the cluster');
    }
    for (const a of actions.reportStopped) {
      work.ended.set(a.id, a.generation);
      this.#report(a, 'stopped', a.desiredReason || 'stopped before it started here');
    }
    for (const a of actions.start) {
      work.running.set(a.id, { allocation: a, status: 'running' });
      this.#report(a, 'running', 'simulated: no VM was started');
    }
    const present = new Set(view.allocations.map((a) => a.id));
    for (const key of work.ended.keys()) if (!present.has(key)) work.ended.delete(key);
  }

  #report(a: AllocationRecord, status: 'running' | 'stopped', detail: string): void {
    this.#reporter.add({ node: a.node, id: a.id, generation: a.generation, status, detail, exitCode: null, restarts: a.restarts, ports: [] });
  }
}
