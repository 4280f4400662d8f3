// A server node's services around its Raft member: the leader's loops (scheduling, node
// liveness, drains, learner promotion) and the control protocol that agents call.
import { randomInt } from 'node:crypto';
import type { SchedulerConfig } from '../../scheduler/index.ts';
import { ProposalDropped, RequestTimeoutError } from '../../raft/index.ts';
import type { ConfState, Status } from '../../raft/index.ts';
import { isLiveAllocation, networkView } from '../cluster/index.ts';
import type { AllocationRecord, ClusterState, Command, CommandResult, IgnoredItem, NetworkView, NodeRegistration } from '../cluster/index.ts';
import { ControlRefusedError, ControlUnavailableError, NotLeaderError, controlLimits } from '../control/index.ts';
import type { ArtifactHolder, ArtifactLocation, ControlApi, ControlHandler, HeartbeatReply, PeerRef, ServerInfo, VolumeView, WatchReply } from '../control/index.ts';
import type { AppliedListener } from '../cluster/index.ts';
import { DIGEST_PATTERN, NAME_TAG_PATTERN } from '../spec/index.ts';
import { ClaimTable } from './claims.ts';
import { drainStep } from './drain.ts';
import { HeartbeatTracker, heartbeatInterval } from './heartbeats.ts';
import { planBatch } from './planner.ts';
import { chooseReplicas } from './volumes.ts';
import type { SpecResolver } from './planner.ts';

/** What the server needs of this node's Raft member (node/consensus ClusterMember). */
export interface ServerMember {
  readonly id: string;
  readonly state: ClusterState;
  readonly isLeader: boolean;
  readonly leaderId: string;
  readonly confState: ConfState;
  propose(command: Command): Promise<CommandResult>;
  status(): Status;
  addLearner(peerId: string, address: string): Promise<ConfState>;
  promote(peerId: string): Promise<ConfState>;
  onApplied(listener: AppliedListener): () => void;
  onRestored(listener: (state: ClusterState) => void): () => void;
  onLeader(listener: (leaderId: string, term: number) => void): () => void;
}

export interface ServerMetrics {
  /** A batch of plans was committed: how many evaluations it answered and what it placed. */
  planCommitted(evaluations: number, placed: number, unplaced: number, rejected: number): void;
  /** Per plan: from its evaluation's newest trigger to the plan's commit. */
  evaluationLatency(ms: number): void;
  nodesMarkedDown(count: number): void;
}

export interface ServerOptions {
  readonly member: ServerMember;
  readonly specOf: SpecResolver;
  /** A node silent this long is marked down (default 5 s). */
  readonly ttlMs?: number;
  readonly batch?: { readonly maxPlacements?: number; readonly maxPlacementsPerPlan?: number; readonly maxEvaluations?: number; readonly budgetMs?: number };
  readonly scheduler?: Partial<SchedulerConfig>;
  readonly metrics?: ServerMetrics;
  readonly now?: () => number;
  readonly logger?: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  /**
   * Whether this leader heard from a quorum of voters within `withinMs` (wall clock; arrowd
   * counts Raft messages per peer). A leader that did not (frozen, or cut off and not yet
   * stepped down) refuses heartbeats: an agent must not renew its lease with a stale leader.
   * Absent: always (one process, no transport to count).
   */
  readonly quorumContact?: (withinMs: number) => boolean;
}

/**
 * Five seconds: edge nodes fail for real and an Arrow should be back within seconds, while a
 * busy 2-core host can stall its event loop for a second or more (a snapshot, a GC); agents beat
 * every TTL/3, so a node is marked down only after missing three beats in a row.
 */
export const DEFAULT_NODE_TTL_MS = 5_000;

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  if (signal.aborted) return resolve();
  const timer = setTimeout(done, ms);
  function done() { clearTimeout(timer); signal.removeEventListener('abort', done); resolve(); }
  signal.addEventListener('abort', done, { once: true });
});

/**
 * The volumes a node's agent works with: those of the Arrows it runs a live allocation of (it is
 * their primary: it takes and pushes snapshots), and those naming it a replica node (it receives
 * them), by name.
 */
export function volumeViewsFor(state: ClusterState, nodeId: string, allocations: readonly AllocationRecord[]): VolumeView[] {
  const names = new Set(state.volumesReplicatedOn(nodeId));
  for (const a of allocations) if (isLiveAllocation(a) && state.volume(a.arrow)) names.add(a.arrow);
  const peer = (id: string): PeerRef | undefined => {
    const n = state.node(id);
    return n ? { node: n.id, peerId: n.peerId, addrs: n.addrs } : undefined;
  };
  return [...names].sort().flatMap((name) => {
    const v = state.volume(name);
    if (!v) return [];
    const primary = state.volumePrimary(name);
    return [{
      name, replicas: v.replicas, primary: primary ? (peer(primary.node) ?? null) : null,
      replicaNodes: v.replicaNodes.flatMap((id) => peer(id) ?? []), holders: v.holders,
    }];
  });
}

/** A wake-up that many waiters share: wake() releases everyone waiting now. */
class Signal {
  #waiters = new Set<() => void>();
  wait(ms: number, stop: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); this.#waiters.delete(done); stop.removeEventListener('abort', done); resolve(); };
      const timer = setTimeout(done, ms);
      this.#waiters.add(done);
      stop.addEventListener('abort', done, { once: true });
    });
  }
  wake(): void {
    for (const w of [...this.#waiters]) w();
  }
}

interface QueuedReport {
  readonly updates: Extract<Command, { type: 'update-allocations' }>['updates'];
  resolve(ignored: IgnoredItem[]): void;
  reject(error: Error): void;
}

export class Server {
  readonly #member: ServerMember;
  readonly #specOf: SpecResolver;
  readonly #ttlMs: number;
  readonly #quorumContact: ((withinMs: number) => boolean) | undefined;
  readonly #batch: { maxPlacements: number; maxPlacementsPerPlan: number; maxEvaluations: number; budgetMs: number };
  readonly #scheduler: Partial<SchedulerConfig> | undefined;
  readonly #metrics: ServerMetrics | undefined;
  readonly #now: () => number;
  readonly #logger: ServerOptions['logger'];
  readonly #tracker: HeartbeatTracker;
  readonly #claims = new ClaimTable();
  readonly #stop = new AbortController();
  readonly #loops: Promise<void>[] = [];
  readonly #unsubscribe: (() => void)[] = [];
  /** Wakes the planner: a pending evaluation appeared or leadership changed. */
  readonly #evaluations = new Signal();
  /** Wakes the drainer: allocations or nodes changed. */
  readonly #drains = new Signal();
  /** Wakes the replica chooser: nodes, allocations or volumes changed. */
  readonly #volumeChanges = new Signal();
  /** Per node, the watches waiting for its allocations to change. */
  readonly #watchers = new Map<string, Signal>();
  /** Wakes network view polls: something the view shows changed, or the state was replaced. */
  readonly #networkWatchers = new Signal();
  #networkIndexSeen = 0;
  /**
   * The view last computed, shared by every poll until the state moves on: a change wakes every
   * node's agent at once, and each would otherwise walk every Arrow and allocation for the same answer.
   */
  #networkViewCache: { readonly state: ClusterState; readonly view: NetworkView } | undefined;
  /** Nodes that beat while marked down, to be marked ready in one command. */
  readonly #comingBack = new Set<string>();
  #reports: QueuedReport[] = [];
  #reporting = false;

  constructor(options: ServerOptions) {
    this.#member = options.member;
    this.#specOf = options.specOf;
    this.#ttlMs = options.ttlMs ?? DEFAULT_NODE_TTL_MS;
    this.#quorumContact = options.quorumContact;
    this.#batch = { maxPlacements: 4_000, maxPlacementsPerPlan: 2_000, maxEvaluations: 1_000, budgetMs: 50, ...options.batch };
    this.#scheduler = options.scheduler;
    this.#metrics = options.metrics;
    this.#now = options.now ?? Date.now;
    this.#logger = options.logger;
    this.#tracker = new HeartbeatTracker(this.#ttlMs);
  }

  get ttlMs(): number {
    return this.#ttlMs;
  }

  start(): void {
    const member = this.#member;
    this.#unsubscribe.push(
      member.onApplied((index, applied) => {
        let evaluations = false;
        let drains = false;
        let volumes = false;
        for (const change of applied.changes) {
          if (change.kind === 'evaluation') evaluations ||= change.record.status === 'pending';
          else if (change.kind === 'volume') volumes = true;
          else if (change.kind === 'allocation') {
            drains = true;
            volumes ||= member.state.volume(change.record.arrow) !== undefined;
            this.#watchers.get(change.record.node)?.wake();
            // Moved live: the node it left sends its VM after it, and must hear of the move now.
            if (change.record.migratingFrom) this.#watchers.get(change.record.migratingFrom)?.wake();
          } else if (change.kind === 'node') {
            volumes = true;
            drains = true;
            if (member.isLeader && change.record.status !== 'down' && this.#tracker.lastBeat(change.record.id) === undefined) {
              // A node that just registered gets a full TTL to send its first beat.
              this.#tracker.beat(change.record.id, this.#now());
            }
          }
        }
        if (evaluations) this.#evaluations.wake();
        if (drains) this.#drains.wake();
        if (volumes) {
          this.#volumeChanges.wake();
          // The watches that show a volume that changed (its replica nodes', its primary's): the
          // state moved their nodeWatchIndex to this entry's index. Nodes dropped from a volume's
          // replica nodes are among them, which a look at the new record alone would miss.
          const state = member.state;
          for (const [node, signal] of this.#watchers) if (state.nodeWatchIndex(node) === index) signal.wake();
        }
        if (member.state.networkIndex !== this.#networkIndexSeen) {
          this.#networkIndexSeen = member.state.networkIndex;
          this.#networkWatchers.wake();
        }
      }),
      member.onRestored(() => {
        for (const signal of this.#watchers.values()) signal.wake();
        this.#networkIndexSeen = member.state.networkIndex;
        this.#networkWatchers.wake();
        this.#evaluations.wake();
      }),
      member.onLeader((leaderId) => {
        // Claims live in the leader's memory: whoever leads now starts without any.
        this.#claims.clear();
        if (leaderId === member.id) {
          // The beats the old leader saw are gone with it: every node starts a fresh TTL.
          const live = member.state.nodes().filter((n) => n.status !== 'down').map((n) => n.id);
          this.#tracker.reset(live, this.#now());
          this.#logger?.info({ nodes: live.length, ttlMs: this.#ttlMs }, 'leader: node TTLs restarted');
        }
        this.#evaluations.wake();
      }),
    );
    const loop = (name: string, body: () => Promise<void>) => {
      this.#loops.push((async () => {
        while (!this.#stop.signal.aborted) {
          try {
            await body();
          } catch (error) {
            if (!this.#stop.signal.aborted) this.#logger?.warn({ loop: name, err: (error as Error).message }, 'server loop error');
            await sleep(200, this.#stop.signal);
          }
        }
      })());
    };
    loop('planner', () => this.#planOnce());
    loop('liveness', () => this.#livenessOnce());
    loop('drainer', () => this.#drainOnce());
    loop('promoter', () => this.#promoteOnce());
    loop('volumes', () => this.#volumesOnce());
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    for (const u of this.#unsubscribe) u();
    for (const signal of this.#watchers.values()) signal.wake();
    this.#networkWatchers.wake();
    for (const r of this.#reports) r.reject(new Error('server stopping'));
    this.#reports = [];
    await Promise.all(this.#loops);
  }

  // ---- the leader's loops ----

  async #planOnce(): Promise<void> {
    const member = this.#member;
    if (!member.isLeader) return this.#evaluations.wait(1_000, this.#stop.signal);
    const state = member.state;
    const pending = state.pendingEvaluations();
    if (pending.length === 0) return this.#evaluations.wait(1_000, this.#stop.signal);
    const batch = planBatch(state, pending, this.#specOf, {
      seed: randomInt(0, 2 ** 31),
      ...this.#batch,
      ...(this.#scheduler ? { config: this.#scheduler } : {}),
    });
    if (batch.plans.length === 0) return this.#evaluations.wait(1_000, this.#stop.signal);
    const triggers = new Map(pending.map((e) => [e.arrow, e.triggerTimeMs]));
    const result = await member.propose({ type: 'commit-plans', plans: batch.plans });
    if (!result.ok) throw new Error(`plan batch refused: ${result.error}`);
    const committedAt = this.#now();
    let placed = 0;
    let unplaced = 0;
    let rejected = 0;
    for (const outcome of result.plans ?? []) {
      placed += outcome.placed;
      unplaced += outcome.unplaced;
      rejected += outcome.rejected.length;
      const triggered = triggers.get(outcome.arrow);
      if (triggered !== undefined) this.#metrics?.evaluationLatency(committedAt - triggered);
    }
    this.#metrics?.planCommitted(batch.plans.length, placed, unplaced, rejected);
  }

  async #livenessOnce(): Promise<void> {
    await sleep(Math.max(50, Math.floor(this.#ttlMs / 10)), this.#stop.signal);
    const member = this.#member;
    if (!member.isLeader || this.#stop.signal.aborted) return;
    const updates: { node: string; status: 'ready' | 'down' }[] = [];
    for (const node of this.#comingBack) updates.push({ node, status: 'ready' });
    this.#comingBack.clear();
    const down = this.#tracker.expired(this.#now()).filter((id) => {
      const status = member.state.node(id)?.status;
      if (status === undefined || status === 'down') this.#tracker.forget(id);
      return status !== undefined && status !== 'down';
    });
    for (const node of down) {
      updates.push({ node, status: 'down' });
      this.#tracker.forget(node);
    }
    if (updates.length === 0) return;
    const result = await member.propose({ type: 'set-node-status', updates });
    if (!result.ok) throw new Error(`node status update refused: ${result.error}`);
    if (down.length > 0) {
      this.#metrics?.nodesMarkedDown(down.length);
      this.#logger?.info({ nodes: down, ttlMs: this.#ttlMs }, 'nodes silent past their TTL marked down');
    }
  }

  async #drainOnce(): Promise<void> {
    await this.#drains.wait(500, this.#stop.signal);
    const member = this.#member;
    if (!member.isLeader || this.#stop.signal.aborted) return;
    for (const command of drainStep(member.state, this.#now())) {
      const result = await member.propose(command);
      if (!result.ok) this.#logger?.warn({ err: result.error }, 'drain step refused');
    }
  }

  /**
   * Keeps every volume's replica nodes filled with good nodes (chooseReplicas), a bounded number
   * of volumes per tick. Woken by changes to nodes, volumes and their allocations; also every few
   * seconds, since what makes a node good (down, ineligible) may change without waking it here.
   */
  async #volumesOnce(): Promise<void> {
    await this.#volumeChanges.wait(2_000, this.#stop.signal);
    const member = this.#member;
    if (!member.isLeader || this.#stop.signal.aborted) return;
    for (const command of chooseReplicas(member.state, { maxChanges: 32 })) {
      const result = await member.propose(command);
      // Refused when the state moved on since choosing (the volume's Arrow moved or lost its
      // volume): the next tick chooses again from the new state.
      if (!result.ok) this.#logger?.warn({ err: result.error }, 'volume replica choice refused');
    }
  }

  async #promoteOnce(): Promise<void> {
    await sleep(300, this.#stop.signal);
    const member = this.#member;
    if (!member.isLeader || this.#stop.signal.aborted) return;
    const status = member.status();
    for (const learner of member.confState.learners) {
      const progress = status.progress?.get(learner);
      // Caught up: holds everything committed, so promoting it cannot stall commits.
      if (progress && progress.match >= status.commit) {
        await this.#membershipChange(() => member.promote(learner), () => member.confState.voters.includes(learner));
        this.#logger?.info({ member: learner }, 'learner caught up: promoted to voter');
        return; // one membership change at a time
      }
    }
  }

  // ---- the control protocol ----

  /** The servers of the cluster as agents should know them (addresses from their node records). */
  servers(): ServerInfo[] {
    const conf = this.#member.confState;
    const state = this.#member.state;
    const info = (id: string, voter: boolean): ServerInfo => ({ peerId: id, addrs: state.node(id)?.addrs ?? [], voter });
    return [...conf.voters.map((id) => info(id, true)), ...conf.learners.map((id) => info(id, false))];
  }

  /** The ControlApi for one authenticated caller (ControlHandler). */
  readonly control: ControlHandler = (caller) => {
    const member = this.#member;
    const requireOwned = (nodeId: string) => {
      const node = member.state.node(nodeId);
      if (!node) throw new ControlRefusedError(`unknown node ${nodeId}: register it first`);
      if (node.peerId !== caller) throw new ControlRefusedError(`node ${nodeId} belongs to another peer`);
      return node;
    };
    const registerAs = async (registration: NodeRegistration) => {
      if (registration.peerId !== caller) throw new ControlRefusedError(`a node registers itself: peer ${caller} cannot register one for ${registration.peerId}`);
      const result = await member.propose({ type: 'register-node', node: registration });
      if (!result.ok) throw new ControlRefusedError(result.error);
    };
    const api: ControlApi = {
      join: async (registration, asServer) => {
        if (registration.id !== caller) throw new ControlRefusedError('a joining node is named by its peer id');
        await registerAs(registration);
        const conf = member.confState;
        if (asServer && !conf.voters.includes(caller) && !conf.learners.includes(caller)) {
          const address = registration.addrs.find((a) => a.includes('/tcp/'));
          if (!address) throw new ControlRefusedError('a server must give a TCP address');
          const isMember = () => member.confState.voters.includes(caller) || member.confState.learners.includes(caller);
          await this.#membershipChange(() => member.addLearner(caller, address.includes('/p2p/') ? address : `${address}/p2p/${caller}`), isMember);
          this.#logger?.info({ member: caller, address }, 'server joined as a learner');
        }
        return { servers: this.servers(), leader: member.leaderId };
      },
      register: registerAs,
      heartbeat: async (nodes, awayMs): Promise<HeartbeatReply> => {
        if (!member.isLeader) throw new NotLeaderError(member.leaderId);
        if (this.#quorumContact && !this.#quorumContact(this.#ttlMs / 2)) throw new NotLeaderError('');
        const unknown: string[] = [];
        const down: string[] = [];
        const now = this.#now();
        for (const id of nodes) {
          const node = member.state.node(id);
          if (!node) { unknown.push(id); continue; }
          if (node.peerId !== caller) throw new ControlRefusedError(`node ${id} belongs to another peer`);
          if (awayMs && node.status !== 'down') {
            this.#tracker.away(id, now, Math.min(awayMs, controlLimits.maxAwayMs));
            this.#logger?.info({ node: node.name, awayMs }, 'node stopping with its workloads running: kept up meanwhile');
          } else {
            this.#tracker.beat(id, now);
            if (node.status === 'down') {
              this.#comingBack.add(id);
              down.push(id);
            }
          }
        }
        return { ttlMs: this.#ttlMs, intervalMs: heartbeatInterval(this.#ttlMs), unknown, servers: this.servers(), down };
      },
      watch: async (nodeId, sinceIndex, waitMs, signal): Promise<WatchReply> => {
        requireOwned(nodeId);
        if (member.state.nodeWatchIndex(nodeId) <= sinceIndex && waitMs > 0) {
          let watcher = this.#watchers.get(nodeId);
          if (!watcher) this.#watchers.set(nodeId, (watcher = new Signal()));
          const stop = signal ? AbortSignal.any([signal, this.#stop.signal]) : this.#stop.signal;
          const deadline = this.#now() + waitMs;
          while (member.state.nodeWatchIndex(nodeId) <= sinceIndex && !stop.aborted) {
            const left = deadline - this.#now();
            if (left <= 0) break;
            await watcher.wait(left, stop);
          }
        }
        const state = member.state;
        const own = state.allocationsOfNode(nodeId);
        // Allocations moved away from the node while running: its agent sends their VMs after them.
        const leaving = state.allocationsMigratingFrom(nodeId).filter((a) => a.node !== nodeId);
        const allocations = [...own, ...leaving];
        // With the Arrows whose volumes it holds copies of: it pulls their artifacts ahead of a failover.
        const arrowNames = new Set([...allocations.map((a) => a.arrow), ...state.volumesReplicatedOn(nodeId)]);
        const arrows = [...arrowNames].map((name) => state.arrow(name)).filter((a) => a !== undefined);
        const named = new Set([...leaving.map((a) => a.node), ...own.flatMap((a) => (a.migratingFrom ? [a.migratingFrom] : []))]);
        const peers = [...named].flatMap((id) => {
          const node = state.node(id);
          return node ? [{ node: id, peerId: node.peerId, addrs: node.addrs }] : [];
        });
        return { index: Math.max(sinceIndex, state.index), allocations, arrows, volumes: volumeViewsFor(state, nodeId, own), peers };
      },
      // Any caller: the view is the cluster's, not a node's, and every member needs it.
      networkView: async (sinceIndex, waitMs, signal): Promise<NetworkView> => {
        if (member.state.networkIndex <= sinceIndex && waitMs > 0) {
          const stop = signal ? AbortSignal.any([signal, this.#stop.signal]) : this.#stop.signal;
          const deadline = this.#now() + waitMs;
          while (member.state.networkIndex <= sinceIndex && !stop.aborted) {
            const left = deadline - this.#now();
            if (left <= 0) break;
            await this.#networkWatchers.wait(left, stop);
          }
        }
        return this.#currentNetworkView();
      },
      report: async (command) => {
        if (command.type === 'tag-artifact') return this.#tagByAgent(caller, command.name, command.digest);
        if (command.type === 'set-holders' || command.type === 'set-volume-holders') {
          for (const change of command.changes) requireOwned(change.node);
          const result = await member.propose(command);
          if (!result.ok) throw new ControlRefusedError(result.error);
          return result.ignored ?? [];
        }
        if (command.type !== 'update-allocations') throw new ControlRefusedError(`agents report statuses, holdings, volume snapshots and kernel tags, not ${command.type}`);
        for (const node of new Set(command.updates.map((u) => u.node))) requireOwned(node);
        return this.#queueReport(command.updates);
      },
      artifact: async (ref) => this.#locate(ref),
      claim: async (nodeId, name, release) => {
        requireOwned(nodeId);
        if (!member.isLeader) throw new NotLeaderError(member.leaderId);
        if (!NAME_TAG_PATTERN.test(name)) throw new ControlRefusedError(`claim name: expected NAME:TAG, got ${JSON.stringify(name.slice(0, 80))}`);
        const now = this.#now();
        if (release) return this.#claims.release(name, nodeId, now);
        try {
          return this.#claims.claim(name, nodeId, now, (n) => member.state.node(n)?.status !== 'ready' && member.state.node(n)?.status !== 'draining');
        } catch (error) {
          throw new ControlUnavailableError((error as Error).message);
        }
      },
    };
    return api;
  };

  #currentNetworkView(): NetworkView {
    const state = this.#member.state;
    const cached = this.#networkViewCache;
    // The index alone is not enough: a restore replaces the state object.
    if (cached && cached.state === state && cached.view.index === state.networkIndex) return cached.view;
    const view = networkView(state);
    this.#networkViewCache = { state, view };
    return view;
  }

  /** The tracker's answer: an artifact (by digest or tag) and the live nodes holding it, a random sample when many. */
  #locate(ref: string): ArtifactLocation | undefined {
    const state = this.#member.state;
    let digest: string;
    if (DIGEST_PATTERN.test(ref)) digest = ref;
    else if (NAME_TAG_PATTERN.test(ref) && !ref.startsWith('sha256:')) {
      const tag = state.tag(ref);
      if (!tag) return undefined;
      digest = tag.digest;
    } else {
      throw new ControlRefusedError(`invalid artifact reference ${JSON.stringify(ref.slice(0, 80))}: expected sha256:<64 hex digits> or NAME:TAG`);
    }
    const record = state.artifact(digest);
    if (!record) return undefined;
    const holders: ArtifactHolder[] = [];
    for (const id of record.holders) {
      const node = state.node(id);
      if (node && node.status !== 'down') holders.push({ node: id, peerId: node.peerId, addrs: node.addrs });
    }
    // A random sample spreads the pullers of a popular artifact over its holders.
    for (let i = 0; i < Math.min(holders.length, controlLimits.maxHolders); i++) {
      const j = randomInt(i, holders.length);
      [holders[i], holders[j]] = [holders[j]!, holders[i]!];
    }
    return { digest: record.digest, size: record.size, manifestDigest: record.manifestDigest, holders: holders.slice(0, controlLimits.maxHolders) };
  }

  /**
   * A node publishes a kernel template's image under its tag (kernel-<template>:<key>) once it
   * holds it, so the cluster's other nodes pull it instead of compiling. Agents may do nothing
   * else with tags: other names, removals, and moving a tag whose image still has holders (the
   * first build published wins) are refused.
   */
  async #tagByAgent(caller: string, name: string, digest: string): Promise<IgnoredItem[]> {
    const state = this.#member.state;
    if (!name.startsWith('kernel-')) throw new ControlRefusedError(`agents tag only kernel template images (kernel-<template>:<key>), not ${JSON.stringify(name.slice(0, 80))}; admins tag through the API`);
    if (digest === '') throw new ControlRefusedError('agents do not remove tags');
    const record = state.artifact(digest);
    if (!record) throw new ControlRefusedError(`unknown artifact ${digest.slice(0, 80)}: record this node as its holder first`);
    if (!record.holders.some((id) => state.node(id)?.peerId === caller)) throw new ControlRefusedError(`only a node holding ${digest} may tag it`);
    const existing = state.tag(name);
    if (existing && existing.digest !== digest && (state.artifact(existing.digest)?.holders.length ?? 0) > 0) {
      throw new ControlRefusedError(`tag ${name} already names ${existing.digest}`);
    }
    const result = await this.#member.propose({ type: 'tag-artifact', name, digest });
    if (!result.ok) throw new ControlRefusedError(result.error);
    return [];
  }

  /**
   * Raft takes one membership change at a time: servers joining together, or a join while the
   * leader promotes a learner, find another change pending (dropped at once on the leader; on a
   * follower the forwarded proposal is dropped and times out). Retry a bounded while, until
   * `done()` says the change is in (a timed-out one may have been applied after all).
   */
  async #membershipChange(change: () => Promise<unknown>, done: () => boolean): Promise<void> {
    const deadline = this.#now() + 30_000;
    for (let delay = 50; !done(); delay = Math.min(delay * 2, 1_000)) {
      try {
        await change();
        return;
      } catch (error) {
        const retryable = error instanceof ProposalDropped || error instanceof RequestTimeoutError;
        if (!retryable || this.#now() > deadline || this.#stop.signal.aborted) throw error;
      }
      await sleep(delay, this.#stop.signal);
    }
  }

  /**
   * Status reports from every agent are committed together: one log entry per round instead of
   * one per agent (at thousands of nodes, one each would crowd the log).
   */
  #queueReport(updates: QueuedReport['updates']): Promise<IgnoredItem[]> {
    return new Promise((resolve, reject) => {
      this.#reports.push({ updates, resolve, reject });
      if (!this.#reporting) void this.#flushReports();
    });
  }

  async #flushReports(): Promise<void> {
    this.#reporting = true;
    try {
      while (this.#reports.length > 0 && !this.#stop.signal.aborted) {
        const round: QueuedReport[] = [];
        let count = 0;
        while (this.#reports.length > 0 && count < 20_000) {
          const next = this.#reports.shift()!;
          round.push(next);
          count += next.updates.length;
        }
        try {
          const result = await this.#member.propose({ type: 'update-allocations', updates: round.flatMap((r) => r.updates) });
          if (!result.ok) throw new ControlRefusedError(result.error);
          const ignored = new Map((result.ignored ?? []).map((i) => [i.id, i]));
          for (const r of round) r.resolve(r.updates.flatMap((u) => ignored.get(u.id) ?? []));
        } catch (error) {
          for (const r of round) r.reject(error as Error);
        }
      }
    } finally {
      this.#reporting = false;
    }
  }
}
