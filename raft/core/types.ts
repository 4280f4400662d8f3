// Plain data types of the consensus core. They mirror raft/proto/raft.proto field for field, so
// every value here can be passed to `arrow.raft.X.encode` as is; decoded protobuf objects carry
// proto3 defaults and can be normalised with the helpers in codec.ts.
import { arrow } from '../proto/raft.pb.js';

export const EntryType = arrow.raft.EntryType;
export type EntryType = arrow.raft.EntryType;
export const MessageType = arrow.raft.MessageType;
export type MessageType = arrow.raft.MessageType;
export const ConfChangeType = arrow.raft.ConfChangeType;
export type ConfChangeType = arrow.raft.ConfChangeType;

export interface Entry {
  term: number;
  index: number;
  type: EntryType;
  data: Uint8Array;
}

export interface HardState {
  term: number;
  /** member voted for in `term`, '' if none */
  vote: string;
  commit: number;
}

export interface ConfState {
  voters: string[];
  learners: string[];
}

export interface ConfChange {
  type: ConfChangeType;
  member: string;
  context: Uint8Array;
}

export interface SnapshotMetadata {
  index: number;
  term: number;
  confState: ConfState;
}

export interface Snapshot {
  metadata: SnapshotMetadata;
  /** the state machine's own encoding */
  data: Uint8Array;
}

export interface Message {
  type: MessageType;
  to: string;
  from: string;
  term: number;
  logTerm: number;
  index: number;
  entries: Entry[];
  commit: number;
  snapshot?: Snapshot;
  reject: boolean;
  rejectHint: number;
  context: Uint8Array;
}

export type Role = 'follower' | 'pre-candidate' | 'candidate' | 'leader';

export interface SoftState {
  /** current leader, '' if unknown */
  leader: string;
  role: Role;
}

export interface ReadState {
  /** the commit index at the time the read was requested; serve the read once applied >= index */
  index: number;
  /** the context passed to readIndex(), echoed back */
  context: Uint8Array;
}

export interface Ready {
  /** present when leader or role changed since the last Ready (not persisted) */
  softState?: SoftState;
  /** present when term, vote or commit changed; persist it */
  hardState?: HardState;
  /** entries to append to stable storage BEFORE sending `messages` */
  entries: Entry[];
  /** a snapshot to persist, apply to MemoryStorage and restore into the state machine */
  snapshot?: Snapshot;
  /** entries to apply to the state machine, in order, after persisting the above */
  committedEntries: Entry[];
  /** messages to send after persisting hardState, entries and snapshot */
  messages: Message[];
  /** answers to readIndex() requests */
  readStates: ReadState[];
  /** whether hardState/entries must be fsynced before messages are sent */
  mustSync: boolean;
}

export type ProgressState = 'probe' | 'replicate' | 'snapshot';

export interface ProgressStatus {
  match: number;
  next: number;
  state: ProgressState;
  isLearner: boolean;
  recentActive: boolean;
  pendingSnapshot: number;
  inflight: number;
}

export interface Status {
  id: string;
  term: number;
  vote: string;
  commit: number;
  applied: number;
  lastIndex: number;
  leader: string;
  role: Role;
  leadTransferee: string;
  confState: ConfState;
  /** per-member replication progress; only on the leader */
  progress?: Map<string, ProgressStatus>;
}

export const noLeader = '';

/** Thrown by propose/proposeConfChange/transferLeader when the request cannot be accepted now. */
export class ProposalDropped extends Error {
  constructor(reason: string) {
    super(`proposal dropped: ${reason}`);
    this.name = 'ProposalDropped';
  }
}

export function emptyHardState(): HardState {
  return { term: 0, vote: '', commit: 0 };
}

export function emptySnapshot(): Snapshot {
  return { metadata: { index: 0, term: 0, confState: { voters: [], learners: [] } }, data: new Uint8Array(0) };
}

export function isEmptySnapshot(s: Snapshot | undefined): boolean {
  return s === undefined || s.metadata.index === 0;
}

/** Bytes an entry costs against size limits (payload plus a fixed header estimate). */
export function entrySize(e: Entry): number {
  return e.data.length + 16;
}

export function entriesSize(ents: readonly Entry[]): number {
  let n = 0;
  for (const e of ents) n += entrySize(e);
  return n;
}

export function newMessage(type: MessageType, to: string, fields: Partial<Message> = {}): Message {
  return {
    type,
    to,
    from: '',
    term: 0,
    logTerm: 0,
    index: 0,
    entries: [],
    commit: 0,
    reject: false,
    rejectHint: 0,
    context: emptyBytes,
    ...fields,
  };
}

export const emptyBytes = new Uint8Array(0);
