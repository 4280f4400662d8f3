// The Raft state machine (etcd's raft.go, reduced to single-step membership). step() consumes
// one message, tick() advances logical time; outputs accumulate in `msgs`/`readStates` and the
// log's unstable part, and RawNode packages them as a Ready.
import { arrow } from '../proto/raft.pb.js';
import { RaftLog } from './log.ts';
import { Progress, quorumIndex, voteResult } from './progress.ts';
import { ReadOnly } from './read-only.ts';
import type { MemoryStorage } from './storage.ts';
import { CompactedError } from './storage.ts';
import type { ConfChange, ConfState, Entry, Message, ReadState, Role, Snapshot } from './types.ts';
import {
  ConfChangeType,
  EntryType,
  MessageType,
  ProposalDropped,
  emptyBytes,
  entrySize,
  newMessage,
  noLeader,
} from './types.ts';

export interface RaftConfig {
  id: string;
  /** ticks without hearing from a leader before campaigning (randomized in [n, 2n)) */
  electionTick: number;
  /** ticks between leader heartbeats; must be < electionTick */
  heartbeatTick: number;
  /** injected randomness in [0, 1); the core never calls Math.random */
  random: () => number;
  storage: MemoryStorage;
  /** index the state machine already reflects (restart); defaults to the snapshot index */
  applied?: number;
  /** max bytes of entries per append message */
  maxSizePerMsg?: number;
  /** max unacknowledged appends per follower in replicate state */
  maxInflightMsgs?: number;
  /** max unacknowledged bytes per follower in replicate state */
  maxInflightBytes?: number;
  /** run a pre-election first so a partitioned member does not disrupt the cluster */
  preVote?: boolean;
  /** leader steps down without a quorum of recent contact; followers ignore votes while in lease */
  checkQuorum?: boolean;
  /** leader refuses proposals while this many bytes are appended but not yet committed */
  maxUncommittedEntriesSize?: number;
  /** max bytes of committed entries handed out per Ready */
  maxCommittedSizePerReady?: number;
  /**
   * The driver sends a leader's appends before its own write of them is durable (pipelining,
   * Raft thesis 10.2.1) and reports that write with localWriteDone(). The leader then counts its
   * own copy only once durable, and never commits past it: otherwise a commit index covering an
   * entry only in the leader's memory could reach a follower, which applies it, and a leader
   * crash would lose it while a follower without it wins the next election.
   */
  leaderAcksOwnWrites?: boolean;
  /**
   * A commit index that advances while a follower has no new entries to receive is not sent to
   * it at once as an empty append (which costs a message, a follower Ready and an
   * acknowledgement back); it rides on the next append, or leaves on the leader's next tick. A
   * follower's commit index (and so its applies) then lags by up to a tick when the cluster goes
   * idle; nothing about the leader's commit changes.
   */
  lazyCommitBroadcast?: boolean;
}

const campaignTransfer = new TextEncoder().encode('transfer');

function isTransferContext(ctx: Uint8Array): boolean {
  if (ctx.length !== campaignTransfer.length) return false;
  for (let i = 0; i < ctx.length; i++) if (ctx[i] !== campaignTransfer[i]) return false;
  return true;
}

const localTypes: ReadonlySet<MessageType> = new Set([
  MessageType.HUP,
  MessageType.BEAT,
  MessageType.SNAP_STATUS,
  MessageType.UNREACHABLE,
  MessageType.CHECK_QUORUM,
]);

export function isLocalMessage(t: MessageType): boolean {
  return localTypes.has(t);
}

const responseTypes: ReadonlySet<MessageType> = new Set([
  MessageType.APP_RESP,
  MessageType.VOTE_RESP,
  MessageType.PRE_VOTE_RESP,
  MessageType.HEARTBEAT_RESP,
  MessageType.UNREACHABLE,
]);

export function isResponseMessage(t: MessageType): boolean {
  return responseTypes.has(t);
}

export class Raft {
  readonly id: string;
  term = 0;
  vote = noLeader;
  lead = noLeader;
  role: Role = 'follower';
  readonly raftLog: RaftLog;

  voters: string[] = [];
  learners: string[] = [];
  progress = new Map<string, Progress>();
  private votes = new Map<string, boolean>();

  msgs: Message[] = [];
  readStates: ReadState[] = [];

  leadTransferee = noLeader;
  /** index of the last conf change appended by this leader; a new one waits until it is applied */
  pendingConfIndex = 0;
  uncommittedSize = 0;
  private readOnly = new ReadOnly();
  private pendingReadIndexMessages: Message[] = [];

  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  private randomizedElectionTimeout = 0;
  private readonly electionTimeout: number;
  private readonly heartbeatTimeout: number;
  private readonly random: () => number;
  private readonly maxMsgSize: number;
  private readonly maxInflight: number;
  private readonly maxInflightBytes: number;
  private readonly maxUncommittedSize: number;
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  readonly leaderAcksOwnWrites: boolean;
  readonly lazyCommitBroadcast: boolean;

  constructor(c: RaftConfig) {
    if (c.id === noLeader) throw new Error('raft: id must not be empty');
    if (c.heartbeatTick <= 0 || c.electionTick <= c.heartbeatTick) {
      throw new Error('raft: need 0 < heartbeatTick < electionTick');
    }
    this.id = c.id;
    this.electionTimeout = c.electionTick;
    this.heartbeatTimeout = c.heartbeatTick;
    this.random = c.random;
    this.maxMsgSize = c.maxSizePerMsg ?? 1024 * 1024;
    this.maxInflight = c.maxInflightMsgs ?? 256;
    this.maxInflightBytes = c.maxInflightBytes ?? Infinity;
    this.maxUncommittedSize = c.maxUncommittedEntriesSize ?? Infinity;
    this.preVote = c.preVote ?? false;
    this.checkQuorum = c.checkQuorum ?? false;
    this.leaderAcksOwnWrites = c.leaderAcksOwnWrites ?? false;
    this.lazyCommitBroadcast = c.lazyCommitBroadcast ?? false;
    this.raftLog = new RaftLog(c.storage, c.maxCommittedSizePerReady ?? Infinity);

    const { hardState, confState } = c.storage.initialState();
    this.setConfig(confState);
    if (hardState.term !== 0 || hardState.commit !== 0 || hardState.vote !== noLeader) {
      const commit = Math.max(hardState.commit, this.raftLog.committed);
      if (commit > this.raftLog.lastIndex()) {
        throw new Error(`raft: hard state commit ${commit} is past the last index ${this.raftLog.lastIndex()}`);
      }
      this.raftLog.committed = commit;
      this.term = hardState.term;
      this.vote = hardState.vote;
    }
    if (c.applied !== undefined && c.applied > this.raftLog.applied) this.raftLog.appliedTo(c.applied);
    this.becomeFollower(this.term, noLeader);
  }

  // ---- configuration -------------------------------------------------------------------------

  private setConfig(cs: ConfState): void {
    this.voters = [...cs.voters];
    this.learners = [...cs.learners];
    const next = this.raftLog.lastIndex() + 1;
    const old = this.progress;
    this.progress = new Map();
    for (const id of this.voters) this.progress.set(id, old.get(id) ?? this.newProgress(id, next, false));
    for (const id of this.learners) this.progress.set(id, old.get(id) ?? this.newProgress(id, next, true));
    for (const [id, pr] of this.progress) pr.isLearner = this.learners.includes(id);
  }

  private newProgress(id: string, next: number, isLearner: boolean): Progress {
    const pr = new Progress(next, isLearner, this.maxInflight, this.maxInflightBytes);
    pr.recentActive = true; // give a new member a chance before CheckQuorum counts it
    if (id === this.id) pr.match = next - 1;
    return pr;
  }

  confState(): ConfState {
    return { voters: [...this.voters], learners: [...this.learners] };
  }

  /** A member that may campaign: a voter in its own configuration. */
  promotable(): boolean {
    return this.voters.includes(this.id);
  }

  applyConfChange(cc: ConfChange): ConfState {
    const voters = new Set(this.voters);
    const learners = new Set(this.learners);
    switch (cc.type) {
      case ConfChangeType.ADD_LEARNER:
        if (!voters.has(cc.member)) learners.add(cc.member); // demotion is not supported
        break;
      case ConfChangeType.PROMOTE:
        if (learners.has(cc.member)) {
          learners.delete(cc.member);
          voters.add(cc.member);
        }
        break;
      case ConfChangeType.REMOVE:
        voters.delete(cc.member);
        learners.delete(cc.member);
        break;
    }
    this.setConfig({ voters: [...voters], learners: [...learners] });
    return this.afterConfigChange();
  }

  private afterConfigChange(): ConfState {
    const cs = this.confState();
    if (this.role === 'leader' && !this.promotable()) {
      // A removed leader steps down; the remaining voters elect a new one after a timeout.
      this.becomeFollower(this.term, noLeader);
      return cs;
    }
    if (this.role !== 'leader' || this.voters.length === 0) return cs;
    if (this.leadTransferee !== noLeader && !this.voters.includes(this.leadTransferee)) this.abortLeaderTransfer();
    // A removal can shrink the quorum so more entries are committed; a new member needs probing.
    if (this.maybeCommit()) this.bcastAppend();
    else for (const id of this.progress.keys()) if (id !== this.id) this.maybeSendAppend(id, false);
    return cs;
  }

  // ---- role changes --------------------------------------------------------------------------

  private reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = noLeader;
    }
    this.lead = noLeader;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.randomizedElectionTimeout = this.electionTimeout + Math.floor(this.random() * this.electionTimeout);
    this.abortLeaderTransfer();
    this.votes = new Map();
    const next = this.raftLog.lastIndex() + 1;
    for (const [id, old] of this.progress) {
      const pr = new Progress(next, old.isLearner, this.maxInflight, this.maxInflightBytes);
      if (id === this.id) pr.match = next - 1;
      this.progress.set(id, pr);
    }
    this.pendingConfIndex = 0;
    this.uncommittedSize = 0;
    this.readOnly = new ReadOnly();
    this.pendingReadIndexMessages = [];
  }

  becomeFollower(term: number, lead: string): void {
    this.reset(term);
    this.lead = lead;
    this.role = 'follower';
  }

  private becomePreCandidate(): void {
    if (this.role === 'leader') throw new Error('raft: leader cannot become pre-candidate');
    // Neither term nor vote change: a failed pre-election leaves no trace.
    this.votes = new Map();
    this.lead = noLeader;
    this.role = 'pre-candidate';
  }

  private becomeCandidate(): void {
    if (this.role === 'leader') throw new Error('raft: leader cannot become candidate');
    this.reset(this.term + 1);
    this.vote = this.id;
    this.role = 'candidate';
  }

  private becomeLeader(): void {
    if (this.role === 'follower') throw new Error('raft: follower cannot become leader directly');
    this.reset(this.term);
    this.lead = this.id;
    this.role = 'leader';
    const self = this.progress.get(this.id);
    self?.becomeReplicate();
    // Conservatively treat every unapplied entry as a possible conf change.
    this.pendingConfIndex = this.raftLog.lastIndex();
    // The empty entry commits everything from earlier terms once it is replicated (§5.4.2).
    this.appendEntries([{ term: 0, index: 0, type: EntryType.NORMAL, data: emptyBytes }]);
  }

  // ---- time ----------------------------------------------------------------------------------

  tick(): void {
    if (this.role === 'leader') this.tickHeartbeat();
    else this.tickElection();
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.step(newMessage(MessageType.HUP, noLeader, { from: this.id }));
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.electionTimeout) {
      this.electionElapsed = 0;
      if (this.checkQuorum) this.step(newMessage(MessageType.CHECK_QUORUM, noLeader, { from: this.id }));
      // A transfer that did not finish within an election timeout is abandoned.
      if (this.role === 'leader') this.abortLeaderTransfer();
    }
    if (this.role !== 'leader') return;
    if (this.heartbeatElapsed >= this.heartbeatTimeout) {
      this.heartbeatElapsed = 0;
      this.step(newMessage(MessageType.BEAT, noLeader, { from: this.id }));
    }
    if (this.lazyCommitBroadcast) {
      // Commit advances no append has carried yet (see bcastCommit).
      const committed = this.raftLog.committed;
      for (const [id, pr] of this.progress) if (id !== this.id && pr.sentCommit < committed) this.maybeSendAppend(id, true);
    }
  }

  // ---- sending -------------------------------------------------------------------------------

  private send(m: Message): void {
    if (m.from === noLeader) m.from = this.id;
    const t = m.type;
    if (t === MessageType.VOTE || t === MessageType.VOTE_RESP || t === MessageType.PRE_VOTE || t === MessageType.PRE_VOTE_RESP) {
      if (m.term === 0) throw new Error(`raft: ${MessageType[t]} must carry a term`);
    } else if (t !== MessageType.PROP && t !== MessageType.READ_INDEX && t !== MessageType.TRANSFER_LEADER) {
      // Proposals, reads and transfer requests are forwarded as if local: they carry no term.
      m.term = this.term;
    }
    this.msgs.push(m);
  }

  /** Sends an append (or snapshot) to `to` if flow control allows; returns whether it sent. */
  maybeSendAppend(to: string, sendIfEmpty: boolean): boolean {
    const pr = this.progress.get(to);
    if (!pr || pr.isPaused()) return false;
    const prevIndex = pr.next - 1;
    const prevTerm = this.raftLog.term(prevIndex);
    let ents: Entry[] | undefined;
    if (prevTerm !== undefined) {
      try {
        ents = this.raftLog.entriesFrom(pr.next, this.maxMsgSize);
      } catch (err) {
        if (!(err instanceof CompactedError)) throw err;
      }
    }
    if (prevTerm === undefined || ents === undefined) return this.sendSnapshot(to, pr);
    if (ents.length === 0 && !sendIfEmpty) return false;
    this.send(
      newMessage(MessageType.APP, to, { index: prevIndex, logTerm: prevTerm, entries: ents, commit: this.raftLog.committed }),
    );
    pr.sentCommit = this.raftLog.committed;
    let bytes = 0;
    for (const e of ents) bytes += entrySize(e);
    pr.sentEntries(prevIndex + ents.length, ents.length, bytes);
    return true;
  }

  private sendSnapshot(to: string, pr: Progress): boolean {
    if (!pr.recentActive) return false; // don't ship a snapshot to a member that may be down
    const snap: Snapshot = this.raftLog.snapshot();
    if (snap.metadata.index === 0) throw new Error('raft: need a snapshot but none exists');
    this.send(newMessage(MessageType.SNAP, to, { snapshot: snap }));
    pr.becomeSnapshot(snap.metadata.index);
    return true;
  }

  private bcastAppend(): void {
    for (const id of this.progress.keys()) if (id !== this.id) this.maybeSendAppend(id, true);
  }

  /**
   * After the commit index advanced: appends to every follower, or with lazyCommitBroadcast only
   * to those with new entries (the commit index rides along); the others learn it from the next
   * append or the next tick. `from` (a follower whose window just reopened) gets one regardless.
   */
  private bcastCommit(from?: string): void {
    if (!this.lazyCommitBroadcast) {
      this.bcastAppend();
      return;
    }
    for (const id of this.progress.keys()) if (id !== this.id) this.maybeSendAppend(id, id === from);
  }

  private bcastHeartbeat(ctx?: Uint8Array): void {
    const context = ctx ?? this.readOnly.lastPendingContext() ?? emptyBytes;
    for (const [id, pr] of this.progress) {
      if (id === this.id) continue;
      // Never tell a follower to commit past what it is known to hold.
      const commit = Math.min(pr.match, this.raftLog.committed);
      this.send(newMessage(MessageType.HEARTBEAT, id, { commit, context }));
    }
  }

  // ---- log -----------------------------------------------------------------------------------

  private appendEntries(ents: Entry[]): boolean {
    let size = 0;
    for (const e of ents) size += e.data.length;
    if (this.uncommittedSize > 0 && size > 0 && this.uncommittedSize + size > this.maxUncommittedSize) return false;
    this.uncommittedSize += size;
    let li = this.raftLog.lastIndex();
    // Fresh objects: proposals may arrive in duplicated messages and must not be mutated.
    const stamped = ents.map((e) => ({ term: this.term, index: ++li, type: e.type, data: e.data }));
    this.raftLog.append(stamped);
    // The leader counts its own copy: at once if the driver persists it before any message
    // leaves, else when the driver reports the write durable (localWriteDone).
    if (!this.leaderAcksOwnWrites) this.progress.get(this.id)?.maybeUpdate(li);
    this.maybeCommit();
    return true;
  }

  /** Committed entries were handed out for applying: they no longer count as uncommitted. */
  reduceUncommittedSize(ents: readonly Entry[]): void {
    if (this.role !== 'leader') return;
    let size = 0;
    for (const e of ents) size += e.data.length;
    this.uncommittedSize = Math.max(0, this.uncommittedSize - size);
  }

  /**
   * The driver's write of the log up to (index, term) is durable. With leaderAcksOwnWrites this is
   * the leader's own acknowledgement; a matching term means the written prefix is still this log's.
   */
  localWriteDone(index: number, term: number): void {
    if (!this.leaderAcksOwnWrites || this.role !== 'leader' || this.raftLog.term(index) !== term) return;
    if (this.progress.get(this.id)?.maybeUpdate(index) && this.maybeCommit()) {
      // As after an acknowledgement: a leader's first commit in its term may be this one (the
      // followers' acks came first), and ReadIndex requests held for it would otherwise wait for
      // the next commit, which an idle cluster never makes.
      this.releasePendingReadIndexMessages();
      this.bcastCommit();
    }
  }

  /** Commits the quorum-acknowledged index if it is from this term (§5.4.2, figure 8). */
  private maybeCommit(): boolean {
    if (this.voters.length === 0) return false;
    const acked = this.voters.map((v) => this.progress.get(v)?.match ?? 0);
    let index = quorumIndex(acked);
    // A quorum of followers alone would be a valid Raft commit, but the leader's commit index
    // leaves in every append and heartbeat: keep it within what the leader itself holds durably.
    if (this.leaderAcksOwnWrites) index = Math.min(index, this.progress.get(this.id)?.match ?? 0);
    if (index <= this.raftLog.committed || this.raftLog.term(index) !== this.term) return false;
    this.raftLog.commitTo(index);
    return true;
  }

  private committedEntryInCurrentTerm(): boolean {
    return this.raftLog.term(this.raftLog.committed) === this.term;
  }

  private hasUnappliedConfChanges(): boolean {
    const lo = this.raftLog.applied + 1;
    const hi = this.raftLog.committed + 1;
    if (lo >= hi || lo < this.raftLog.firstIndex()) return false;
    for (const e of this.raftLog.slice(lo, hi)) if (e.type === EntryType.CONF_CHANGE) return true;
    return false;
  }

  // ---- elections -----------------------------------------------------------------------------

  private campaign(kind: 'pre-election' | 'election' | 'transfer'): void {
    if (!this.promotable()) return;
    let voteType: MessageType;
    let term: number;
    if (kind === 'pre-election') {
      this.becomePreCandidate();
      voteType = MessageType.PRE_VOTE;
      term = this.term + 1; // the term we would campaign in; ours is unchanged
    } else {
      this.becomeCandidate();
      voteType = MessageType.VOTE;
      term = this.term;
    }
    if (this.poll(this.id, true) === 'won') {
      // Single voter: won already.
      if (kind === 'pre-election') this.campaign('election');
      else this.becomeLeader();
      return;
    }
    const context = kind === 'transfer' ? campaignTransfer : emptyBytes;
    for (const id of this.voters) {
      if (id === this.id) continue;
      this.send(
        newMessage(voteType, id, { term, index: this.raftLog.lastIndex(), logTerm: this.raftLog.lastTerm(), context }),
      );
    }
  }

  private poll(from: string, granted: boolean): 'won' | 'lost' | 'pending' {
    if (!this.votes.has(from)) this.votes.set(from, granted);
    return voteResult(this.voters, this.votes);
  }

  // ---- message handling ----------------------------------------------------------------------

  /** Consumes one message. Throws ProposalDropped for proposals that cannot be accepted. */
  step(m: Message): void {
    if (m.term === 0) {
      // local message or a forwarded proposal / read / transfer
    } else if (m.term > this.term) {
      if (m.type === MessageType.VOTE || m.type === MessageType.PRE_VOTE) {
        const force = isTransferContext(m.context);
        const inLease = this.checkQuorum && this.lead !== noLeader && this.electionElapsed < this.electionTimeout;
        // Within the lease we heard from a live leader: a disruptive candidate is ignored.
        if (!force && inLease) return;
      }
      if (m.type === MessageType.PRE_VOTE) {
        // A pre-vote never changes our term.
      } else if (m.type === MessageType.PRE_VOTE_RESP && !m.reject) {
        // Granted pre-votes carry the future term; the term rises only on winning.
      } else if (m.type === MessageType.APP || m.type === MessageType.HEARTBEAT || m.type === MessageType.SNAP) {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, noLeader);
      }
    } else if (m.term < this.term) {
      if ((this.checkQuorum || this.preVote) && (m.type === MessageType.HEARTBEAT || m.type === MessageType.APP)) {
        // A stale leader (e.g. cut off and now back) learns our term and steps down; without
        // this it could keep a follower from ever getting our higher-term messages through.
        this.send(newMessage(MessageType.APP_RESP, m.from));
      } else if (m.type === MessageType.PRE_VOTE) {
        this.send(newMessage(MessageType.PRE_VOTE_RESP, m.from, { term: this.term, reject: true }));
      }
      return;
    }

    switch (m.type) {
      case MessageType.HUP:
        if (this.role === 'leader') return;
        if (this.hasUnappliedConfChanges()) return; // the configuration may be about to change
        this.campaign(this.preVote ? 'pre-election' : 'election');
        return;
      case MessageType.VOTE:
      case MessageType.PRE_VOTE: {
        const canVote =
          this.vote === m.from ||
          (this.vote === noLeader && this.lead === noLeader) ||
          (m.type === MessageType.PRE_VOTE && m.term > this.term);
        const respType = m.type === MessageType.VOTE ? MessageType.VOTE_RESP : MessageType.PRE_VOTE_RESP;
        if (canVote && this.raftLog.isUpToDate(m.index, m.logTerm)) {
          // A granted pre-vote answers in the requested term so the pre-candidate counts it.
          this.send(newMessage(respType, m.from, { term: m.term }));
          if (m.type === MessageType.VOTE) {
            this.electionElapsed = 0;
            this.vote = m.from;
          }
        } else {
          this.send(newMessage(respType, m.from, { term: this.term, reject: true }));
        }
        return;
      }
    }
    switch (this.role) {
      case 'leader':
        this.stepLeader(m);
        return;
      case 'candidate':
      case 'pre-candidate':
        this.stepCandidate(m);
        return;
      case 'follower':
        this.stepFollower(m);
        return;
    }
  }

  private stepLeader(m: Message): void {
    switch (m.type) {
      case MessageType.BEAT:
        this.bcastHeartbeat();
        return;
      case MessageType.CHECK_QUORUM: {
        const active = new Map<string, boolean>();
        for (const [id, pr] of this.progress) {
          if (id === this.id || pr.recentActive) active.set(id, true);
          if (id !== this.id) pr.recentActive = false;
        }
        if (voteResult(this.voters, active) !== 'won') this.becomeFollower(this.term, noLeader);
        return;
      }
      case MessageType.PROP:
        this.handleProposal(m);
        return;
      case MessageType.READ_INDEX:
        this.handleReadIndex(m);
        return;
      case MessageType.TRANSFER_LEADER:
        this.handleTransferLeader(m.from);
        return;
    }
    const pr = this.progress.get(m.from);
    if (!pr) return;
    switch (m.type) {
      case MessageType.APP_RESP:
        this.handleAppendResponse(m, pr);
        return;
      case MessageType.HEARTBEAT_RESP: {
        pr.recentActive = true;
        pr.probeSent = false;
        // If every append filling the window was dropped, no ack will ever free it: make room
        // for one more, whose rejection (or ack) resynchronises the follower.
        if (pr.state === 'replicate' && pr.inflights.full()) pr.inflights.freeFirstOne();
        if (pr.match < this.raftLog.lastIndex()) this.maybeSendAppend(m.from, true);
        if (m.context.length === 0) return;
        const acks = this.readOnly.recvAck(m.from, m.context);
        if (!acks) return;
        const votes = new Map<string, boolean>();
        for (const id of acks) votes.set(id, true);
        votes.set(this.id, true);
        if (voteResult(this.voters, votes) !== 'won') return;
        for (const rs of this.readOnly.advance(m.context)) this.answerRead(rs.request, rs.index);
        return;
      }
      case MessageType.SNAP_STATUS:
        if (pr.state !== 'snapshot') return;
        // Either way, probe next: after success from just past the snapshot; wait for a
        // heartbeat response first so we don't pile appends on a still-installing follower.
        if (m.reject) pr.pendingSnapshot = 0;
        pr.becomeProbe();
        pr.probeSent = true;
        return;
      case MessageType.UNREACHABLE:
        if (pr.state === 'replicate') pr.becomeProbe();
        return;
    }
  }

  private handleProposal(m: Message): void {
    if (m.entries.length === 0) throw new Error('raft: empty proposal');
    if (!this.progress.has(this.id)) throw new ProposalDropped('this member was removed');
    if (this.leadTransferee !== noLeader) throw new ProposalDropped('leadership transfer in progress');
    for (let i = 0; i < m.entries.length; i++) {
      const e = m.entries[i]!;
      if (e.type !== EntryType.CONF_CHANGE) continue;
      if (this.pendingConfIndex > this.raftLog.applied) {
        throw new ProposalDropped('another membership change is not applied yet');
      }
      const cc = arrow.raft.ConfChange.decode(e.data);
      if (cc.type === ConfChangeType.PROMOTE) {
        const learner = this.progress.get(cc.member);
        if (!learner || !learner.isLearner) throw new ProposalDropped(`${cc.member} is not a learner`);
        if (learner.match < this.raftLog.committed) throw new ProposalDropped(`learner ${cc.member} has not caught up`);
      }
      this.pendingConfIndex = this.raftLog.lastIndex() + i + 1;
    }
    if (!this.appendEntries(m.entries)) throw new ProposalDropped('too many uncommitted entries');
    this.bcastAppend();
  }

  private handleReadIndex(m: Message): void {
    if (this.voters.length === 1) {
      this.answerRead(m, this.raftLog.committed);
      return;
    }
    // Until an entry of this term is committed, our commit index may lag the true one.
    if (!this.committedEntryInCurrentTerm()) {
      this.pendingReadIndexMessages.push(m);
      return;
    }
    this.readOnly.addRequest(this.raftLog.committed, m);
    this.readOnly.recvAck(this.id, m.context);
    this.bcastHeartbeat(m.context);
  }

  private answerRead(req: Message, index: number): void {
    if (req.from === noLeader || req.from === this.id) {
      this.readStates.push({ index, context: req.context });
    } else {
      this.send(newMessage(MessageType.READ_INDEX_RESP, req.from, { index, context: req.context }));
    }
  }

  private releasePendingReadIndexMessages(): void {
    if (!this.committedEntryInCurrentTerm()) return;
    const pending = this.pendingReadIndexMessages;
    this.pendingReadIndexMessages = [];
    for (const m of pending) this.handleReadIndex(m);
  }

  private handleTransferLeader(transferee: string): void {
    const pr = this.progress.get(transferee);
    if (!pr || pr.isLearner) return;
    if (this.leadTransferee === transferee) return;
    this.abortLeaderTransfer();
    if (transferee === this.id) return;
    this.electionElapsed = 0; // the transfer must finish within one election timeout
    this.leadTransferee = transferee;
    if (pr.match === this.raftLog.lastIndex()) this.send(newMessage(MessageType.TIMEOUT_NOW, transferee));
    else this.maybeSendAppend(transferee, true);
  }

  private abortLeaderTransfer(): void {
    this.leadTransferee = noLeader;
  }

  private handleAppendResponse(m: Message, pr: Progress): void {
    pr.recentActive = true;
    if (m.reject) {
      // Fast backtracking: skip the follower's entries from terms newer than ours.
      let hint = m.rejectHint;
      if (m.logTerm > 0) hint = this.raftLog.findConflictByTerm(m.rejectHint, m.logTerm);
      if (pr.maybeDecrTo(m.index, hint)) {
        if (pr.state === 'replicate') pr.becomeProbe();
        this.maybeSendAppend(m.from, true);
      }
      return;
    }
    const wasPaused = pr.isPaused();
    if (pr.maybeUpdate(m.index) || (pr.match === m.index && pr.state === 'probe')) {
      if (pr.state === 'probe') pr.becomeReplicate();
      else if (pr.state === 'snapshot' && pr.match + 1 >= this.raftLog.firstIndex()) {
        pr.becomeProbe();
        pr.becomeReplicate();
      } else if (pr.state === 'replicate') pr.inflights.freeLE(m.index);

      if (this.maybeCommit()) {
        this.releasePendingReadIndexMessages();
        this.bcastCommit(wasPaused ? m.from : undefined);
      } else if (wasPaused) {
        this.maybeSendAppend(m.from, true);
      }
      // Stream more while the window has room (bounded by the log's end and Inflights).
      for (let guard = 0; guard < this.maxInflight && this.maybeSendAppend(m.from, false); guard++);
      if (m.from === this.leadTransferee && pr.match === this.raftLog.lastIndex()) {
        this.send(newMessage(MessageType.TIMEOUT_NOW, m.from));
      }
    }
  }

  private stepCandidate(m: Message): void {
    const myResp = this.role === 'pre-candidate' ? MessageType.PRE_VOTE_RESP : MessageType.VOTE_RESP;
    switch (m.type) {
      case MessageType.PROP:
        throw new ProposalDropped('no leader');
      case MessageType.READ_INDEX:
      case MessageType.TRANSFER_LEADER:
        throw new ProposalDropped('no leader');
      case MessageType.APP:
        this.becomeFollower(m.term, m.from);
        this.handleAppendEntries(m);
        return;
      case MessageType.HEARTBEAT:
        this.becomeFollower(m.term, m.from);
        this.handleHeartbeat(m);
        return;
      case MessageType.SNAP:
        this.becomeFollower(m.term, m.from);
        this.handleSnapshot(m);
        return;
      case myResp: {
        const result = this.poll(m.from, !m.reject);
        if (result === 'won') {
          if (this.role === 'pre-candidate') this.campaign('election');
          else {
            this.becomeLeader();
            this.bcastAppend();
          }
        } else if (result === 'lost') {
          this.becomeFollower(this.term, noLeader);
        }
        return;
      }
    }
  }

  private stepFollower(m: Message): void {
    switch (m.type) {
      case MessageType.PROP:
      case MessageType.READ_INDEX:
      case MessageType.TRANSFER_LEADER:
        if (this.lead === noLeader) throw new ProposalDropped('no leader');
        // Forward a copy: the caller (or a duplicating network) may still hold the original.
        this.send({ ...m, to: this.lead });
        return;
      case MessageType.APP:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleAppendEntries(m);
        return;
      case MessageType.HEARTBEAT:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleHeartbeat(m);
        return;
      case MessageType.SNAP:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleSnapshot(m);
        return;
      case MessageType.TIMEOUT_NOW:
        // Transfers skip the pre-vote: the leader itself asked us to take over.
        this.campaign('transfer');
        return;
      case MessageType.READ_INDEX_RESP:
        this.readStates.push({ index: m.index, context: m.context });
        return;
    }
  }

  private handleAppendEntries(m: Message): void {
    if (m.index < this.raftLog.committed) {
      this.send(newMessage(MessageType.APP_RESP, m.from, { index: this.raftLog.committed }));
      return;
    }
    const lastNew = this.raftLog.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
    if (lastNew !== undefined) {
      this.send(newMessage(MessageType.APP_RESP, m.from, { index: lastNew }));
      return;
    }
    // Reject with a hint: the last index whose term is <= the leader's term at m.index.
    const hintIndex = this.raftLog.findConflictByTerm(Math.min(m.index, this.raftLog.lastIndex()), m.logTerm);
    const hintTerm = this.raftLog.term(hintIndex) ?? 0;
    this.send(
      newMessage(MessageType.APP_RESP, m.from, { index: m.index, reject: true, rejectHint: hintIndex, logTerm: hintTerm }),
    );
  }

  private handleHeartbeat(m: Message): void {
    this.raftLog.commitTo(Math.min(m.commit, this.raftLog.lastIndex()));
    this.send(newMessage(MessageType.HEARTBEAT_RESP, m.from, { context: m.context }));
  }

  private handleSnapshot(m: Message): void {
    const snap = m.snapshot;
    if (snap && this.restore(snap)) {
      this.send(newMessage(MessageType.APP_RESP, m.from, { index: this.raftLog.lastIndex() }));
    } else {
      this.send(newMessage(MessageType.APP_RESP, m.from, { index: this.raftLog.committed }));
    }
  }

  /** Installs a snapshot unless we already have its content; returns whether it did. */
  private restore(snap: Snapshot): boolean {
    const { index, term, confState } = snap.metadata;
    if (index <= this.raftLog.committed) return false;
    // The snapshot's configuration may predate our own addition (it was taken before the
    // ADD_LEARNER was applied); we accept it anyway and learn of ourselves from the log after it.
    if (this.raftLog.matchTerm(index, term)) {
      // We hold the entry: just move commit forward instead of discarding the log.
      this.raftLog.commitTo(index);
      return false;
    }
    this.raftLog.restore(snap);
    this.progress = new Map();
    this.setConfig(confState);
    return true;
  }

  // ---- introspection -------------------------------------------------------------------------

  electionElapsedTicks(): number {
    return this.electionElapsed;
  }
}
