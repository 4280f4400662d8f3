// The JSON shapes of the arrowd HTTP API, shared by the server and the typed client.
import type { Digest } from '../../p2p/index.ts';
import type {
  AllocationRecord, ArtifactRecord, Change, EvaluationRecord, NodeRecord, Resources, TagRecord, VolumeHolder,
} from '../cluster/index.ts';

export type { ErrorBody, FieldIssue } from './errors.ts';

export interface NodeStatus { peerId: string; addrs: string[]; peers: Array<{ peerId: string; addrs: string[] }>; dataDir: string }

export interface ArtifactEntry { digest: Digest; size: number; refs: string[]; piecesHeld: number; pieceCount: number; complete: boolean }

export interface PutResult { digest: Digest; size: number; refs: string[] }

export type PullEvent =
  | { type: 'progress'; piecesHeld: number; pieceCount: number; bytesHeld: number; size: number; peers: number }
  | { type: 'bad-peer'; peer: string; reason: string }
  | { type: 'done'; digest: Digest; size: number; refs: string[]; resumedPieces: number; bytesFromPeers: Record<string, number>; badPeers: Array<{ peer: string; reason: string }> }
  | { type: 'error'; code: 'unknown-artifact' | 'failed'; message: string };

export interface GcResponse { removed: Digest[]; freedBytes: number; partialsRemoved: Digest[] }

// ---- the cluster ----

/** A node record with what it runs: live allocations and the resources they reserve. */
export interface NodeView extends NodeRecord {
  readonly allocations: number;
  readonly used: Resources;
}

export interface NodeList {
  readonly nodes: readonly NodeView[];
  /** A node silent this long is marked down. */
  readonly ttlMs: number;
}

/** An allocation with its node's name, for people. */
export interface AllocationView extends AllocationRecord {
  readonly nodeName: string;
}

/** An Arrow as `ps` shows it. */
export interface ArrowView {
  readonly name: string;
  readonly version: number;
  readonly type: string;
  /** Replicas the definition asks for (0 once stopped). */
  readonly replicas: number;
  readonly stopped: boolean;
  readonly completed: number;
  readonly submitTimeMs: number;
  readonly createIndex: number;
  readonly modifyIndex: number;
  /** Live ones and the newest terminal ones the cluster keeps, oldest first. */
  readonly allocations: readonly AllocationView[];
  readonly evaluation: EvaluationRecord | null;
}

/** An Arrow as `inspect` shows it: with its stored definition. */
export interface ArrowDetail extends ArrowView {
  readonly definition: unknown;
}

export interface PutArrowResult { readonly name: string; readonly version: number; readonly unchanged: boolean }

/** What a spec would change if it were scheduled now (nothing is committed). */
export interface PlanPreview {
  readonly arrow: string;
  /** The version the definition would get. */
  readonly version: number;
  /** The same definition is stored already (and not stopped). */
  readonly unchanged: boolean;
  /** The state index the plan was made on. */
  readonly index: number;
  readonly placements: readonly { allocationId: string; node: string; nodeName: string; reason: string }[];
  readonly replacements: readonly { allocationId: string; node: string; nodeName: string; reason: string; replaces: string; replacesNode: string; replacesNodeName: string }[];
  readonly stops: readonly { allocationId: string; node: string; nodeName: string; reason: string; detail: string }[];
  readonly migrations: readonly { allocationId: string; from: string; fromName: string; to: string; toName: string }[];
  /** What cannot be placed, and the scheduler's explanation. */
  readonly failures: readonly { unplaced: number; reason: string; message: string }[];
  readonly unplaced: number;
}

export type TagView = TagRecord;
export type ClusterArtifactView = ArtifactRecord;

/** A node named in a volume's answer: its id and, for people, its name. */
export interface VolumeNodeRef { readonly node: string; readonly nodeName: string }

/** A holder's newest snapshot, with its age when the server answered. */
export interface VolumeHolderView extends VolumeHolder {
  readonly nodeName: string;
  /** Server's clock minus createdMs (the primary's clock): approximate across machines. */
  readonly ageMs: number;
}

/** A ShadowFS volume as `volume ls` shows it. */
export interface VolumeSummary {
  /** The volume's (and its Arrow's) name. */
  readonly name: string;
  /** volume.size as the Arrow's definition gives it; null when it gives none. */
  readonly size: string | number | null;
  /** Copies wanted, the running one included. */
  readonly replicas: number;
  /** Nodes recorded holding a snapshot (the primary included when it reported one). */
  readonly holding: number;
  /** The node running its live allocation; null when none does. */
  readonly primary: VolumeNodeRef | null;
  /** The nodes chosen to hold copies besides the primary. */
  readonly replicaNodes: readonly VolumeNodeRef[];
  /** The newest snapshot held on a node other than the primary: what a failover would start from. */
  readonly newestReplicatedMs: number | null;
  readonly newestReplicatedAgeMs: number | null;
  /** The newest snapshot's logical size, any holder; null before the first. */
  readonly logicalBytes: number | null;
  readonly modifyIndex: number;
}

/** A volume as `volume inspect` shows it: with every holder and its live allocation. */
export interface VolumeDetail extends VolumeSummary {
  readonly holders: readonly VolumeHolderView[];
  /** Its live allocation's id, and the node it is being migrated from ('' when none). */
  readonly allocation: string | null;
  readonly migratingFrom: string;
  readonly stopped: boolean;
}

export interface MigrateRequest { to: string }

export interface DrainRequest { deadline?: string; maxParallel?: number; cancel?: boolean }

/** One server-sent event's data: a committed change at a log index. */
export type EventData = { readonly index: number } & Change;
