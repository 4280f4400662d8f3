// Arrow's Raft consensus core: a deterministic state machine with no I/O, modelled on
// etcd-io/raft's RawNode. Time is ticks, randomness is injected, input is messages and
// proposals, output is a Ready.
//
// CONTRACT (the driver in raft/node/ codes against this)
//
// Bootstrapping
//   Founding members: `const { storage, snapshot, hardState } = MemoryStorage.bootstrap(voters)`;
//   persist `snapshot` and `hardState`, then `new RawNode({ id, storage, ... })`. Every founding
//   member must use the same `voters`. The snapshot sits at index 1, term 1 with empty data (the
//   state machine's initial state).
//   Members added later: start with `new MemoryStorage()` (empty) and let the leader send them a
//   snapshot after the ADD_LEARNER conf change is committed.
//   Restart: rebuild a MemoryStorage from disk (applySnapshot(lastSnapshot), append(entries),
//   setHardState(hs)); pass `applied` = the index the state machine was restored to (default:
//   the snapshot index; committed entries after it are delivered again, conf changes included,
//   and must be applied again with applyConfChange).
//
// The Ready loop (one iteration; never call ready() twice without advance() in between)
//   if (node.hasReady()) {
//     const rd = node.ready();
//     1. persist rd.snapshot (if any), rd.entries and rd.hardState (if any) in one batch,
//        fsynced when rd.mustSync;
//     2. storage.applySnapshot(rd.snapshot) if any, storage.append(rd.entries),
//        storage.setHardState(rd.hardState) if any; restore the state machine from rd.snapshot;
//     3. send rd.messages (only now: a vote or an append ack must not leave before it is durable);
//        a message with a snapshot: report the outcome later with reportSnapshot(to, ok);
//     4. apply rd.committedEntries in order; for EntryType.CONF_CHANGE decode the ConfChange and
//        call node.applyConfChange(cc) (keep the returned ConfState for snapshots);
//        serve rd.readStates once the applied index reaches readState.index;
//     5. node.advance(rd).
//   }
//   Pipelining (etcd-classic rule, as the core assumes it): a leader counts its own new entries
//   as replicated when it appends them, before the driver has written them. A driver may send
//   the leader's APP messages in parallel with its own write, but nothing that reveals a commit
//   index covering entry i (hardState.commit, a message's `commit`, applying i, a ReadState with
//   index >= i, a client ack) may leave or happen before the leader's own write of i is durable.
//   Followers' responses (APP_RESP, VOTE_RESP, ...) always wait for their Ready's write.
//   Call tick() at a fixed interval (electionTick and heartbeatTick count these ticks); feed
//   every received message to step(); reportUnreachable(id) when the transport fails to send.
//
// Snapshots and compaction (driven by the state machine)
//   After applying up to index i: `storage.createSnapshot(i, confState, data)`, persist it, then
//   `storage.compact(i - keep)` (and delete the same prefix on disk). A follower behind the
//   compacted log is sent that snapshot (rd.messages of type SNAP).
//
// Errors
//   propose / proposeConfChange / transferLeader throw ProposalDropped when the proposal cannot
//   be accepted now (no leader known, leadership transfer in progress, another conf change
//   pending, uncommitted log too large, learner not caught up for PROMOTE). The caller retries
//   later; a proposal that was accepted may still be lost if leadership changes, so clients
//   must time out and retry with the same request id (the state machine deduplicates).
//
// Membership: one change at a time (ADD_LEARNER, PROMOTE learner → voter, REMOVE any member,
// the leader included: a removed leader steps down when it applies its removal). A PROMOTE is
// refused until the learner's log holds every committed entry.
//
// ReadIndex: readIndex(ctx) on any member; the answer arrives as a ReadState { index, context }
// once the leader has confirmed its leadership with a quorum (no log write).
export type {
  Entry,
  HardState,
  ConfState,
  ConfChange,
  Snapshot,
  SnapshotMetadata,
  Message,
  Ready,
  ReadState,
  SoftState,
  Role,
  Status,
  ProgressStatus,
  ProgressState,
} from './types.ts';
export {
  EntryType,
  MessageType,
  ConfChangeType,
  ProposalDropped,
  emptyHardState,
  isEmptySnapshot,
  entrySize,
} from './types.ts';
export { MemoryStorage, CompactedError, UnavailableError, SnapshotOutOfDateError } from './storage.ts';
export { RawNode } from './rawnode.ts';
export { isLocalMessage } from './raft.ts';
export type { RaftConfig } from './raft.ts';
export {
  messageFromProto,
  entryFromProto,
  snapshotFromProto,
  hardStateFromProto,
  confStateFromProto,
  confChangeFromProto,
  encodeMessage,
  decodeMessage,
  encodeConfChange,
  decodeConfChange,
} from './codec.ts';
