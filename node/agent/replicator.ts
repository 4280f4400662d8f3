// Copies the snapshots this node commits of its Arrows' volumes to the volumes' replica nodes
// (chosen by the cluster's leader), so that an Arrow can restart elsewhere from a recent copy.
//
// Per volume and replica node at most one push runs; a push sends the newest snapshot there is
// when it starts (snapshots committed meanwhile are not queued one by one: the next push sends
// the newest, and the replica fetches only the chunks it lacks). A failed push is retried with a
// doubling delay; a node that stops being a replica is let go (its push in flight is aborted).
// The push itself (the libp2p protocol) is injected: here is only when and where.
import type { AgentLogger } from './logger.ts';

export interface ReplicaTarget {
  /** The node's id in the cluster. */
  readonly node: string;
  readonly peerId: string;
  readonly addrs: readonly string[];
}

export interface ReplicaStatus {
  readonly node: string;
  /** This node's seq of the newest snapshot the replica took (0: none yet). */
  readonly pushedSeq: number;
  /** Wall clock ms of that push's end (0: none yet). */
  readonly pushedAtMs: number;
  /** Why the last push failed ('' after a success). */
  readonly lastError: string;
}

export interface VolumeReplicatorOptions {
  /** Sends snapshot `seq` of `volume` to `target`; resolves once the replica adopted it. */
  push(target: ReplicaTarget, volume: string, seq: number, signal: AbortSignal): Promise<unknown>;
  /** The replica nodes of `volume` now (the cluster's choice, this node left out). */
  targets(volume: string): readonly ReplicaTarget[];
  /** Retry delays after failed pushes: initialMs doubling to maxMs (default 500 ms to 30 s). */
  readonly retry?: { readonly initialMs: number; readonly maxMs: number };
  readonly logger?: AgentLogger;
  /** A replica took snapshot `seq` (this node's numbering). */
  onReplicated?(volume: string, target: ReplicaTarget, seq: number): void;
  readonly now?: () => number;
}

interface Lane {
  target: ReplicaTarget;
  pushedSeq: number;
  pushedAtMs: number;
  lastError: string;
  failures: number;
  inFlight: AbortController | undefined;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
}

/** Volumes tracked at most, and replicas per volume: bounds the state whatever the cluster says. */
const MAX_VOLUMES = 10_000;
const MAX_TARGETS = 16;

export class VolumeReplicator {
  readonly #options: VolumeReplicatorOptions;
  readonly #retry: { readonly initialMs: number; readonly maxMs: number };
  readonly #now: () => number;
  /** Per volume: the newest seq committed here, and a lane per replica node. */
  readonly #volumes = new Map<string, { newest: number; lanes: Map<string, Lane> }>();
  #stopped = false;

  constructor(options: VolumeReplicatorOptions) {
    this.#options = options;
    this.#retry = options.retry ?? { initialMs: 500, maxMs: 30_000 };
    this.#now = options.now ?? Date.now;
  }

  /** Snapshot `seq` of `volume` is committed here: get it to the replicas. */
  committed(volume: string, seq: number): void {
    if (this.#stopped) return;
    let entry = this.#volumes.get(volume);
    if (!entry) {
      if (this.#volumes.size >= MAX_VOLUMES) return;
      entry = { newest: 0, lanes: new Map() };
      this.#volumes.set(volume, entry);
    }
    entry.newest = Math.max(entry.newest, seq);
    this.refresh(volume);
  }

  /** The volume's replica nodes may have changed (a new cluster view): start or drop lanes. */
  refresh(volume: string): void {
    const entry = this.#volumes.get(volume);
    if (!entry || this.#stopped) return;
    const targets = this.#options.targets(volume).slice(0, MAX_TARGETS);
    const wanted = new Set(targets.map((t) => t.node));
    for (const [node, lane] of entry.lanes) {
      if (!wanted.has(node)) {
        this.#drop(lane);
        entry.lanes.delete(node);
      }
    }
    for (const target of targets) {
      let lane = entry.lanes.get(target.node);
      if (!lane) {
        lane = { target, pushedSeq: 0, pushedAtMs: 0, lastError: '', failures: 0, inFlight: undefined, retryTimer: undefined };
        entry.lanes.set(target.node, lane);
      }
      lane.target = target;
      this.#kick(volume, lane);
    }
  }

  /** Forgets a volume (its Arrow no longer runs here): pushes in flight are aborted. */
  forget(volume: string): void {
    const entry = this.#volumes.get(volume);
    if (!entry) return;
    for (const lane of entry.lanes.values()) this.#drop(lane);
    this.#volumes.delete(volume);
  }

  status(volume: string): ReplicaStatus[] {
    const entry = this.#volumes.get(volume);
    if (!entry) return [];
    return [...entry.lanes.values()].map((l) => ({ node: l.target.node, pushedSeq: l.pushedSeq, pushedAtMs: l.pushedAtMs, lastError: l.lastError }));
  }

  /** Volumes with a snapshot committed here since they were last forgotten. */
  volumes(): string[] {
    return [...this.#volumes.keys()];
  }

  stop(): void {
    this.#stopped = true;
    for (const volume of [...this.#volumes.keys()]) this.forget(volume);
  }

  #kick(volume: string, lane: Lane): void {
    const entry = this.#volumes.get(volume);
    if (!entry || this.#stopped || lane.inFlight || lane.retryTimer || lane.pushedSeq >= entry.newest) return;
    const seq = entry.newest;
    const abort = new AbortController();
    lane.inFlight = abort;
    this.#options.push(lane.target, volume, seq, abort.signal).then(
      () => {
        lane.pushedSeq = Math.max(lane.pushedSeq, seq);
        lane.pushedAtMs = this.#now();
        lane.lastError = '';
        lane.failures = 0;
        this.#options.onReplicated?.(volume, lane.target, seq);
      },
      (error: Error) => {
        if (abort.signal.aborted) return;
        lane.lastError = error.message.slice(0, 500);
        const delay = Math.min(this.#retry.maxMs, this.#retry.initialMs * 2 ** Math.min(lane.failures, 20));
        lane.failures++;
        this.#options.logger?.warn({ volume, node: lane.target.node, err: lane.lastError, retryMs: delay }, 'could not copy a volume snapshot to a replica');
        lane.retryTimer = setTimeout(() => {
          lane.retryTimer = undefined;
          this.#kick(volume, lane);
        }, delay);
      },
    ).finally(() => {
      if (lane.inFlight !== abort) return;
      lane.inFlight = undefined;
      // A newer snapshot came while this push ran: send it now.
      if (!abort.signal.aborted) this.#kick(volume, lane);
    });
  }

  #drop(lane: Lane): void {
    lane.inFlight?.abort();
    lane.inFlight = undefined;
    clearTimeout(lane.retryTimer);
    lane.retryTimer = undefined;
  }
}
