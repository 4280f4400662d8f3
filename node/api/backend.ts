// What the HTTP API needs from the node it runs in. arrowd (node/arrowd) implements it; tests
// implement it with a real in-process Raft member (node/consensus ClusterMember over raft's
// MemoryNetwork) and a real artifact store.
import type { Duplex } from 'node:stream';
import type { Registry } from 'prom-client';
import type { ArtifactStore, Digest, FetchOptions, FetchResult } from '../../p2p/index.ts';
import type { ArrowSpec, SchedulerConfig } from '../../scheduler/index.ts';
import type { ArrowRecord, ClusterState, Change, Command, CommandResult } from '../cluster/index.ts';
import type { NodeStatus } from './types.ts';

/** A member of the Raft configuration as `arrowctl cluster status` shows it. */
export interface ClusterMemberStatus {
  readonly id: string;            // peer id
  readonly name: string;          // the node's name, '' if it has not registered
  readonly role: 'voter' | 'learner';
  readonly leader: boolean;
  /** Known on the leader only: the highest log index the member is known to hold. */
  readonly matchIndex: number | null;
  /** Milliseconds since a Raft message last arrived from it here; null for this member itself or never. */
  readonly lastContactMs: number | null;
  readonly addrs: readonly string[];
}

export interface ClusterStatus {
  readonly self: string;
  readonly leader: string;        // '' when none is known
  readonly term: number;
  readonly commitIndex: number;
  readonly appliedIndex: number;
  readonly members: readonly ClusterMemberStatus[];
}

/** One committed change, as the event stream sends it. */
export interface ClusterEvent {
  readonly index: number;
  readonly change: Change;
}

/**
 * Committed changes kept in memory for the event stream (a bounded ring): node/api's EventLog.
 * Events are delivered a log index at a time (every change of one entry together), so a
 * subscriber that saw index N saw all of N's changes and can resume after N exactly.
 */
export interface EventSource {
  /**
   * `oldest`: the lowest index a subscriber can resume after without a reset; `newest`: the
   * index of the last entry appended.
   */
  bounds(): { oldest: number; newest: number };
  /**
   * Replays the kept events with index > `afterIndex`, then delivers new ones as they are
   * applied. If `afterIndex` is older than what is kept (or newer than anything seen),
   * `onReset(newest)` is called first and delivery starts after `newest`: the caller should
   * re-read the state (the stream says so to its client). `onReset` is also called when the
   * log is reset later (the state was replaced by a snapshot).
   */
  subscribe(afterIndex: number, onEvents: (events: readonly ClusterEvent[]) => void, onReset: (newest: number) => void): () => void;
}

/** The cluster side of a server node. Absent on a client node (the API forwards there). */
export interface ClusterBackend {
  /** This node's copy of the state, as of its last applied entry (may lag the leader slightly). */
  state(): ClusterState;
  /** Runs `query` once everything committed before the call is applied here (linearizable). */
  read<T>(query: (state: ClusterState) => T): Promise<T>;
  /**
   * Validates and proposes a command (node/cluster); resolves with its result once applied here.
   * Throws node/cluster's CommandValidationError for bad input, raft's NotLeaderError when no
   * leader is known, RequestTimeoutError when the outcome is unknown.
   */
  propose(command: Command): Promise<CommandResult>;
  status(): ClusterStatus;
  /** Removes a server from the Raft configuration (by peer id). */
  removeServer(peerId: string): Promise<void>;
  events: EventSource;
  /** The node TTL the leader uses (shown by `node ls`). */
  readonly nodeTtlMs: number;
  /** How the cluster's servers are reached (for `arrowctl cluster token`). */
  joinToken(): string;
  /**
   * The scheduler's spec of a stored Arrow, as the leader makes it (node/server's SpecResolver),
   * for `plan`. Default: node/server's schedulerSpecOf.
   */
  specOf?(arrow: ArrowRecord, state: ClusterState): ArrowSpec;
  /** The scheduler configuration the leader plans with, for `plan` (default: the scheduler's). */
  readonly schedulerConfig?: Partial<SchedulerConfig>;
}

export interface ApiBackend {
  store: ArtifactStore;
  status(): NodeStatus;
  pull(digest: Digest, options: Pick<FetchOptions, 'ref' | 'onProgress' | 'onBadPeer'>): Promise<FetchResult>;
  dial(addr: string): Promise<void>;
  metrics: Registry;
  /** Called after an artifact was stored through the API (arrowd records this node as a holder). */
  onStored?(digest: Digest): void;
  /** Called after artifacts were deleted through the API (rm, gc): arrowd records this node as no longer holding them. */
  onRemoved?(digests: readonly Digest[]): void;
  /** Set on server nodes. */
  cluster?: ClusterBackend;
  /**
   * Set on client nodes: opens a byte stream to some server's API (node/api forwardOverLibp2p
   * makes one), over which cluster requests are forwarded as HTTP/1.1 and answered.
   */
  forward?: ForwardToServer;
  /** Allocation logs kept on this node (set where a runner keeps them). */
  logs?: LocalLogs;
  /** The snapshots this node holds of Arrows' volumes (set where arrowd keeps volumes). */
  volumes?: LocalVolumes;
  /** Opens a byte stream to the API of the node with this peer id (a server uses it to reach the node running an allocation). */
  forwardTo?(peerId: string): ForwardToServer;
  /** This node's peer id. */
  readonly peerId?: string;
}

export interface LogReadOptions {
  readonly stream: 'stdout' | 'stderr';
  /** Start with the last N lines (default: all that is kept). */
  readonly tail?: number;
  /** Go on with what is appended (across restarts of the Arrow) until the signal aborts. */
  readonly follow: boolean;
  readonly signal: AbortSignal;
}

/** The logs this node keeps for its allocations (node/agent's LogWriter files). */
export interface LocalLogs {
  /** The allocation's output, or undefined when this node keeps none for it. */
  open(allocationId: string, options: LogReadOptions): Promise<AsyncIterable<Uint8Array> | undefined>;
}

/** One snapshot of a volume as this node holds it. */
export interface LocalSnapshot {
  readonly seq: number;
  readonly manifest: string;
  readonly createdMs: number;
  readonly logicalBytes: number;
  /** Chunk bytes it added to this node's store when it was taken or received. */
  readonly newBytes: number;
  readonly entries: number;
}

/** Thrown by LocalVolumes.restore when the volume may not be restored here now; says why. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

export interface LocalVolumes {
  /** The snapshots this node keeps of volume `name`, oldest first ([] when it holds none). */
  list(name: string): Promise<readonly LocalSnapshot[]>;
  /**
   * Makes snapshot `seq` this node's newest of the volume (a new snapshot with its content), so
   * the Arrow's next start, on whichever node, begins from it. Refused (RestoreRefusedError)
   * while the Arrow runs or when this node cannot tell; an unknown seq is a RangeError.
   */
  restore(name: string, seq: number): Promise<LocalSnapshot>;
}

/** Opens a byte stream to some server's API (an HTTP connection tunnelled over libp2p). */
export type ForwardToServer = () => Promise<Duplex>;
