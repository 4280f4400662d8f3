// The JSON shapes of the arrowd HTTP API, shared by the server and the typed client.
import type { Digest } from '../../p2p/index.ts';
import type {
  AllocationRecord, ArtifactRecord, Change, EvaluationRecord, NodeRecord, Resources, TagRecord,
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

export interface DrainRequest { deadline?: string; maxParallel?: number; cancel?: boolean }

/** One server-sent event's data: a committed change at a log index. */
export type EventData = { readonly index: number } & Change;
