// The driver-facing wrapper: turns the Raft state machine's accumulated output into Ready
// batches and takes acknowledgements back through advance() (etcd's rawnode.go).
import { arrow } from '../proto/raft.pb.js';
import type { RaftConfig } from './raft.ts';
import { Raft, isLocalMessage, isResponseMessage } from './raft.ts';
import type { ConfChange, ConfState, Entry, HardState, Message, Ready, SoftState, Status } from './types.ts';
import { EntryType, MessageType, ProposalDropped, newMessage, noLeader } from './types.ts';

export class RawNode {
  private readonly raft: Raft;
  private prevSoftState: SoftState;
  private prevHardState: HardState;

  constructor(config: RaftConfig) {
    this.raft = new Raft(config);
    this.prevSoftState = this.softState();
    this.prevHardState = this.hardState();
  }

  private softState(): SoftState {
    return { leader: this.raft.lead, role: this.raft.role };
  }

  private hardState(): HardState {
    return { term: this.raft.term, vote: this.raft.vote, commit: this.raft.raftLog.committed };
  }

  /** Advances logical time by one tick (elections, heartbeats, CheckQuorum). */
  tick(): void {
    this.raft.tick();
  }

  /** Starts an election now (subject to PreVote). */
  campaign(): void {
    this.raft.step(newMessage(MessageType.HUP, noLeader, { from: this.raft.id }));
  }

  /** Proposes a state machine command; throws ProposalDropped if it cannot be accepted now. */
  propose(data: Uint8Array): void {
    this.proposeEntries([normalEntry(data)]);
  }

  /**
   * Proposes several commands as one proposal: the leader appends them together and sends them
   * in one append per follower (one acknowledgement back), instead of one round per command.
   * All or none are accepted (ProposalDropped).
   */
  proposeBatch(datas: readonly Uint8Array[]): void {
    if (datas.length === 0) return;
    this.proposeEntries(datas.map(normalEntry));
  }

  proposeConfChange(cc: ConfChange): void {
    const data = arrow.raft.ConfChange.encode(cc).finish();
    this.proposeEntries([{ term: 0, index: 0, type: EntryType.CONF_CHANGE, data }]);
  }

  /** Term and index are left to the leader, which assigns them on append. */
  private proposeEntries(entries: Entry[]): void {
    this.raft.step(newMessage(MessageType.PROP, noLeader, { from: this.raft.id, entries }));
  }

  /** Applies a committed conf change (call when applying its entry); returns the new config. */
  applyConfChange(cc: ConfChange): ConfState {
    return this.raft.applyConfChange(cc);
  }

  /** Feeds a message received from another member. Local-only message types are ignored. */
  step(msg: Message): void {
    if (isLocalMessage(msg.type)) return;
    if (isResponseMessage(msg.type) && !this.raft.progress.has(msg.from)) return; // unknown peer
    try {
      this.raft.step(msg);
    } catch (err) {
      // A forwarded proposal the leader cannot take is dropped; its client times out.
      if (!(err instanceof ProposalDropped)) throw err;
    }
  }

  /**
   * Requests a linearizable read; the answer is a ReadState with the same context in a later
   * Ready. Throws ProposalDropped when no leader is known.
   */
  readIndex(context: Uint8Array): void {
    this.raft.step(newMessage(MessageType.READ_INDEX, noLeader, { from: this.raft.id, context }));
  }

  /** Asks the leader to hand leadership to `to` (which must be a voter). */
  transferLeader(to: string): void {
    this.raft.step(newMessage(MessageType.TRANSFER_LEADER, noLeader, { from: to }));
  }

  /** The driver's write of the log up to (index, term) is durable (see leaderAcksOwnWrites). */
  localWriteDone(index: number, term: number): void {
    this.raft.localWriteDone(index, term);
  }

  reportUnreachable(id: string): void {
    this.raft.step(newMessage(MessageType.UNREACHABLE, noLeader, { from: id }));
  }

  reportSnapshot(id: string, ok: boolean): void {
    this.raft.step(newMessage(MessageType.SNAP_STATUS, noLeader, { from: id, reject: !ok }));
  }

  hasReady(): boolean {
    const r = this.raft;
    const ss = this.prevSoftState;
    if (r.lead !== ss.leader || r.role !== ss.role) return true;
    const hs = this.prevHardState;
    if (r.term !== hs.term || r.vote !== hs.vote || r.raftLog.committed !== hs.commit) return true;
    if (r.raftLog.unstableSnapshot || r.raftLog.unstableEntries.length > 0) return true;
    if (r.msgs.length > 0 || r.readStates.length > 0) return true;
    return r.raftLog.hasNextCommittedEntries();
  }

  /** Collects what to persist, send and apply. Must be followed by advance() before the next. */
  ready(): Ready {
    const r = this.raft;
    const log = r.raftLog;
    const rd: Ready = {
      entries: log.unstableEntries.slice(),
      committedEntries: log.nextCommittedEntries(),
      messages: r.msgs,
      readStates: r.readStates,
      mustSync: false,
    };
    r.msgs = [];
    r.readStates = [];
    const ss = this.softState();
    if (ss.leader !== this.prevSoftState.leader || ss.role !== this.prevSoftState.role) {
      rd.softState = ss;
      this.prevSoftState = ss;
    }
    const hs = this.hardState();
    const prev = this.prevHardState;
    if (hs.term !== prev.term || hs.vote !== prev.vote || hs.commit !== prev.commit) {
      rd.hardState = hs;
      // Only a commit-index change may skip fsync: it can be recovered from the leader.
      rd.mustSync = hs.term !== prev.term || hs.vote !== prev.vote;
      this.prevHardState = hs;
    }
    if (log.unstableSnapshot) rd.snapshot = log.unstableSnapshot;
    if (rd.entries.length > 0 || rd.snapshot) rd.mustSync = true;
    r.reduceUncommittedSize(rd.committedEntries);
    return rd;
  }

  /** The Ready was persisted, sent and applied. */
  advance(rd: Ready): void {
    const log = this.raft.raftLog;
    if (rd.snapshot) {
      log.stableSnapshotTo(rd.snapshot.metadata.index);
      if (log.applied < rd.snapshot.metadata.index) log.applied = rd.snapshot.metadata.index;
    }
    const lastEntry = rd.entries[rd.entries.length - 1];
    if (lastEntry) log.stableTo(lastEntry.index, lastEntry.term);
    const lastApplied = rd.committedEntries[rd.committedEntries.length - 1];
    if (lastApplied && lastApplied.index > log.applied) log.appliedTo(lastApplied.index);
  }

  status(): Status {
    const r = this.raft;
    const status: Status = {
      id: r.id,
      term: r.term,
      vote: r.vote,
      commit: r.raftLog.committed,
      applied: r.raftLog.applied,
      lastIndex: r.raftLog.lastIndex(),
      leader: r.lead,
      role: r.role,
      leadTransferee: r.leadTransferee,
      confState: r.confState(),
    };
    if (r.role === 'leader') {
      status.progress = new Map();
      for (const [id, pr] of r.progress) status.progress.set(id, pr.status());
    }
    return status;
  }

  /** Term of log entry i as this node sees it (persisted or not); undefined if unavailable. */
  termAt(i: number): number | undefined {
    return this.raft.raftLog.term(i);
  }

  /** First index still in the log (entries before it are in the snapshot). */
  firstIndex(): number {
    return this.raft.raftLog.firstIndex();
  }
}

function normalEntry(data: Uint8Array): Entry {
  return { term: 0, index: 0, type: EntryType.NORMAL, data };
}
