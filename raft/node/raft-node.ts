// RaftNode: the driver around the consensus core. It owns the Ready loop — persist each Ready to
// LevelDB (one batch, synced when the core asks), only then send its messages, apply committed
// entries to the state machine, advance — plus the clock, the transport and the client-facing
// API (propose / read / membership / events).
//
// Throughput comes from batching: while one LevelDB batch is being fsynced, every Ready handled
// meanwhile joins the next batch (group commit), and proposals made while the loop was busy enter
// the core as one multi-entry proposal (one append per follower, one ack back).
import { EventEmitter } from 'node:events';
import { randomBytes, randomInt } from 'node:crypto';
import type { ConfChange, ConfState, Entry, HardState, Message, Ready, Snapshot, Status } from '../core/index.ts';
import { ConfChangeType, EntryType, MemoryStorage, ProposalDropped, RawNode, isEmptySnapshot } from '../core/index.ts';
import { decodeConfChange, hardStateFromProto, snapshotFromProto } from '../core/codec.ts';
import { arrow as raftProto } from '../proto/raft.pb.js';
import { LevelRaftStorage } from '../storage/index.ts';
import type { Transport } from '../transport/index.ts';

export interface StateMachine<R> {
  apply(command: Uint8Array, index: number): Promise<R> | R;
  snapshot(): Promise<Uint8Array> | Uint8Array;
  /** Replace the whole state; empty bytes mean the initial state. */
  restore(data: Uint8Array): Promise<void> | void;
}

export interface RaftNodeOptions<R> {
  id: string;
  dataDir: string;
  transport: Transport;
  stateMachine: StateMachine<R>;
  /**
   * member id → transport address of the founding voters (this member included). Used to
   * bootstrap an empty data dir; ignored on restart (addresses then come from the log and
   * snapshots). Omit it for a member that joins an existing cluster as a learner.
   */
  initialMembers?: Record<string, string>;
  tickMs?: number;
  electionTicks?: number;
  heartbeatTicks?: number;
  /** Take a snapshot (and compact the log) every this many applied entries, at the earliest. */
  snapshotEvery?: number;
  /**
   * ...and only once the entries applied since the last snapshot hold at least this many times
   * its bytes (0: every snapshotEvery entries). A snapshot costs the whole state (serialised,
   * copied, written and compacted by LevelDB), so taking one per fixed number of entries makes
   * each entry pay a share that grows with the state; tied to the log's growth instead, the
   * share stays bounded (Raft thesis 5.1.3, "when to snapshot"), while the log kept beside the
   * snapshot, and replayed after a restart, stays about the size of the state.
   */
  snapshotLogRatio?: number;
  /** Entries kept below a snapshot so slightly lagging followers need no snapshot. */
  keepEntriesAfterSnapshot?: number;
  /** propose/read/membership calls fail after this long (the outcome of a write is then unknown). */
  requestTimeoutMs?: number;
  maxSizePerMsg?: number;
  maxInflightMsgs?: number;
  /** Largest command accepted by propose(). */
  maxCommandBytes?: number;
  logger?: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

export class NotLeaderError extends Error {
  readonly leaderId: string;
  constructor(leaderId: string) {
    super(leaderId ? `not leader; leader is ${leaderId}` : 'not leader; no leader known');
    this.name = 'NotLeaderError';
    this.leaderId = leaderId;
  }
}

export class RequestTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} timed out after ${ms} ms; a write may or may not have been applied`);
    this.name = 'RequestTimeoutError';
  }
}

/** A proposal in flight when the leader changed: it may or may not commit; retry it (idempotently). */
export class LeaderChangedError extends RequestTimeoutError {
  constructor(previous: string, next: string) {
    super('proposal', 0);
    this.message = `the leader changed (from ${previous || 'none'} to ${next || 'none'}) while a proposal was in flight; it may or may not have been applied`;
    this.name = 'LeaderChangedError';
  }
}

export class NodeClosedError extends Error {
  constructor() {
    super('raft node closed');
    this.name = 'NodeClosedError';
  }
}

export interface RaftNodeEvents {
  leader: [leaderId: string, term: number];
  membership: [confState: ConfState];
  error: [error: Error];
}

type ResolvedOptions<R> = Required<Omit<RaftNodeOptions<R>, 'initialMembers' | 'logger'>> & Pick<RaftNodeOptions<R>, 'initialMembers' | 'logger'>;

interface Pending<T> {
  resolve(value: T): void;
  reject(error: Error): void;
  /** performance.now() after which the request fails with RequestTimeoutError (#expire). */
  deadline: number;
  what: string;
}

const emptyBytes = new Uint8Array(0);

/** One LevelDB batch: the records of every Ready handled while the write before it ran. */
interface WriteBatch {
  entries: Entry[];
  hardState: HardState | null;
  sync: boolean;
  done: Promise<void>;
}

/** Adds a Ready's entries to a batch; entries that overwrite a suffix (a follower's conflict) cut it. */
function mergeEntries(into: Entry[], entries: readonly Entry[]): void {
  if (entries.length === 0) return;
  if (into.length > 0) {
    const keep = entries[0]!.index - into[0]!.index;
    if (keep < into.length) into.length = Math.max(0, keep);
  }
  for (const e of entries) into.push(e);
}

export class RaftNode<R> extends EventEmitter<RaftNodeEvents> {
  readonly id: string;
  readonly #options: ResolvedOptions<R>;
  readonly #storage: LevelRaftStorage;
  readonly #memory: MemoryStorage;
  readonly #raw: RawNode;
  readonly #transport: Transport;
  readonly #stateMachine: StateMachine<R>;
  /** Unique per process, so a restarted member never resolves a promise for an old entry. */
  readonly #proposer: string;
  #nextRequest = 1;
  readonly #pendingProposals = new Map<number, Pending<{ result: R; index: number }>>();
  readonly #pendingConfChanges = new Map<number, Pending<ConfState>>();
  readonly #pendingReads = new Map<string, Pending<number>>();
  /** ReadIndex answers waiting for the applied index to reach them. */
  #readsAwaitingApply: { index: number; key: string }[] = [];
  readonly #addresses = new Map<string, string>();
  #confState: ConfState;
  #applied: number;
  #snapshotIndex: number;
  /** Size of the last snapshot's data, and command bytes applied since it (snapshotLogRatio). */
  #snapshotBytes: number;
  #appliedBytesSinceSnapshot = 0;
  #leader = '';
  #role = 'follower';
  /** Term and vote as last persisted. */
  #term = 0;
  #vote = '';
  /** Writes queued or running, oldest first (see #handleReady): at most one running, one open. */
  #saves: Promise<void>[] = [];
  /** The write queued behind the running one, still taking Readies (group commit). */
  #openBatch: WriteBatch | null = null;
  /** Of those, how many carry something that must be durable before their messages leave. */
  #unsafeSaves = 0;
  /** A commit-only hard state not written yet (see #handleReady). */
  #deferredHardState: HardState | null = null;
  /** Last log index known to be on disk. */
  #durableIndex = 0;
  /** Applying committed entries, in order, each once it is durable. */
  #applying: Promise<void> = Promise.resolve();
  /**
   * Commands proposed since the loop last ran, stepped into the core as one proposal (see
   * #flushProposals): group commit at the message level, not only at the disk.
   */
  #proposalQueue: { request: number; data: Uint8Array }[] = [];
  #ticker: NodeJS.Timeout | null = null;
  #wake: (() => void) | null = null;
  #loop: Promise<void> | null = null;
  #closed = false;

  private constructor(options: ResolvedOptions<R>, storage: LevelRaftStorage, memory: MemoryStorage, applied: number, confState: ConfState, addresses: Map<string, string>) {
    super();
    this.id = options.id;
    this.#options = options;
    this.#storage = storage;
    this.#memory = memory;
    this.#transport = options.transport;
    this.#stateMachine = options.stateMachine;
    this.#proposer = `${options.id}/${randomBytes(6).toString('hex')}`;
    this.#applied = applied;
    const persistedHardState = memory.initialState().hardState;
    this.#term = persistedHardState.term;
    this.#vote = persistedHardState.vote;
    this.#snapshotIndex = applied;
    this.#snapshotBytes = memory.snapshot().data.length;
    this.#durableIndex = storage.lastIndex;
    this.#confState = confState;
    for (const [id, address] of addresses) this.#addresses.set(id, address);
    this.#raw = new RawNode({
      id: options.id,
      electionTick: options.electionTicks,
      heartbeatTick: options.heartbeatTicks,
      random: () => randomInt(0, 2 ** 32) / 2 ** 32,
      storage: memory,
      applied,
      maxSizePerMsg: options.maxSizePerMsg,
      maxInflightMsgs: options.maxInflightMsgs,
      preVote: true,
      checkQuorum: true,
      // A steady leader's appends leave before its own write (#handleReady): the core must learn
      // of that write before it counts the leader's copy towards a commit.
      leaderAcksOwnWrites: true,
      // Under load the commit index rides on the next append instead of an empty append (and its
      // acknowledgement) per follower per commit; idle followers learn it within a tick.
      lazyCommitBroadcast: true,
    });
  }

  /** Opens (or bootstraps) the data dir, restores the state machine, and starts the node. */
  static async start<R>(options: RaftNodeOptions<R>): Promise<RaftNode<R>> {
    const full = {
      tickMs: 10,
      electionTicks: 30,
      heartbeatTicks: 3,
      snapshotEvery: 10_000,
      snapshotLogRatio: 1,
      keepEntriesAfterSnapshot: 1_000,
      requestTimeoutMs: 5_000,
      maxSizePerMsg: 1024 * 1024,
      maxInflightMsgs: 256,
      maxCommandBytes: 1024 * 1024,
      ...options,
    };
    const storage = await LevelRaftStorage.open(options.dataDir);
    try {
      const persisted = await storage.load();
      for (const warning of persisted.warnings) options.logger?.warn({ dataDir: options.dataDir }, warning);
      const isEmpty = persisted.snapshot === null && persisted.entries.length === 0 && persisted.hardState.term === 0;
      let memory: MemoryStorage;
      let applied = 0;
      let confState: ConfState = { voters: [], learners: [] };
      const addresses = new Map<string, string>();
      if (isEmpty && options.initialMembers) {
        for (const [id, address] of Object.entries(options.initialMembers)) addresses.set(id, address);
        const boot = MemoryStorage.bootstrap(Object.keys(options.initialMembers).sort());
        // The bootstrap snapshot carries the founding addresses, so a restart knows them.
        const snapshot: Snapshot = { metadata: boot.snapshot.metadata, data: encodeSnapshotData(addresses, emptyBytes) };
        memory = new MemoryStorage();
        memory.applySnapshot(snapshot);
        memory.setHardState(boot.hardState);
        await storage.save({ snapshot, hardState: boot.hardState, entries: [] }, true);
        applied = snapshot.metadata.index;
        confState = snapshot.metadata.confState;
      } else {
        memory = new MemoryStorage();
        if (persisted.snapshot) {
          const snapshot = snapshotFromProto(persisted.snapshot);
          memory.applySnapshot(snapshot);
          const data = decodeSnapshotData(snapshot.data);
          for (const [id, address] of data.addresses) addresses.set(id, address);
          await options.stateMachine.restore(data.state);
          applied = snapshot.metadata.index;
          confState = snapshot.metadata.confState;
        }
        memory.append(persisted.entries);
        memory.setHardState(hardStateFromProto(persisted.hardState));
      }
      const node = new RaftNode<R>(full, storage, memory, applied, confState, addresses);
      await node.#startRunning();
      return node;
    } catch (err) {
      await storage.close();
      throw err;
    }
  }

  async #startRunning(): Promise<void> {
    const transport = this.#transport;
    for (const [id, address] of this.#addresses) transport.setPeer(id, address);
    transport.onMessage((m) => this.#onMessage(m));
    transport.onUnreachable((peer) => this.#raw.reportUnreachable(peer));
    transport.onSnapshotStatus((peer, ok) => {
      this.#raw.reportSnapshot(peer, ok);
      this.#poke();
    });
    await transport.start();
    this.#ticker = setInterval(() => {
      this.#raw.tick();
      this.#expire(performance.now());
      this.#poke();
    }, this.#options.tickMs);
    this.#loop = this.#run().catch((err: unknown) => {
      const error = err instanceof Error ? err : new Error(String(err));
      this.emit('error', error);
      void this.close();
    });
  }

  #onMessage(message: Message): void {
    if (this.#closed) return;
    this.#raw.step(message);
    this.#poke();
  }

  /** Wakes the Ready loop (new input for the core). */
  #poke(): void {
    const wake = this.#wake;
    if (wake) {
      this.#wake = null;
      wake();
    }
  }

  async #run(): Promise<void> {
    while (!this.#closed) {
      // No waiting on the disk here: Readies handled while a write runs all join the one batch
      // queued behind it (#batchFor), so the disk still sees one synced write per round while
      // appends reach the followers (and start their writes) as soon as proposals arrive.
      this.#flushProposals();
      if (!this.#raw.hasReady()) {
        await new Promise<void>((resolve) => (this.#wake = resolve));
        continue;
      }
      const rd = this.#raw.ready();
      if (rd.snapshot && !isEmptySnapshot(rd.snapshot)) await this.#handleSnapshotReady(rd);
      else this.#handleReady(rd);
    }
  }

  /**
   * Steps every queued command into the core as one proposal. Commands that arrive while the
   * loop waits on the disk thus become one append per follower and one acknowledgement back,
   * rather than a message round (encode, syscall, decode, ack) per command.
   */
  #flushProposals(): void {
    const queue = this.#proposalQueue;
    if (queue.length === 0) return;
    this.#proposalQueue = [];
    try {
      this.#raw.proposeBatch(queue.map((q) => q.data));
    } catch (err) {
      const error = this.#translate(err);
      for (const q of queue) settle(this.#pendingProposals, q.request, (p) => p.reject(error));
    }
  }

  #fail(err: unknown): void {
    if (this.#closed) return;
    const error = err instanceof Error ? err : new Error(String(err));
    this.emit('error', error);
    void this.close();
  }

  #noteSoftState(rd: Ready): void {
    if (!rd.softState) return;
    this.#role = rd.softState.role;
    if (rd.softState.leader !== this.#leader) {
      const previous = this.#leader;
      this.#leader = rd.softState.leader;
      if (previous !== '') this.#failInFlightProposals(previous);
      this.emit('leader', this.#leader, rd.hardState?.term ?? this.#raw.status().term);
    }
  }

  /**
   * The leader changed: proposals already handed to the old one may be lost with it, and their
   * callers would otherwise wait out the whole request timeout before retrying. They fail now,
   * with the outcome unknown (the entry may still commit under the new leader). Proposals still
   * queued here have not left and go to the new leader.
   */
  #failInFlightProposals(previous: string): void {
    const queued = new Set(this.#proposalQueue.map((q) => q.request));
    for (const [request, pending] of this.#pendingProposals) {
      if (queued.has(request)) continue;
      this.#pendingProposals.delete(request);
      pending.reject(new LeaderChangedError(previous, this.#leader));
    }
  }

  /**
   * The pipelined path. The Ready's write is queued behind earlier ones (LevelDB batches must
   * land in order) and the core is advanced at once, so it can take acknowledgements and
   * proposals while the disk works. What must wait for durability waits on that write:
   * - messages, except a steady leader's (a leader may send appends while it writes them itself,
   *   Raft thesis 10.2.1: an entry still needs a quorum of durable copies to commit);
   * - applying a committed entry, until the write holding it is done: this member acknowledges
   *   to clients only what it has persisted.
   */
  #handleReady(rd: Ready): void {
    this.#noteSoftState(rd);
    const termOrVoteChanged = rd.hardState !== undefined && (rd.hardState.term !== this.#term || rd.hardState.vote !== this.#vote);
    if (rd.hardState) {
      this.#term = rd.hardState.term;
      this.#vote = rd.hardState.vote;
    }
    // Messages may leave before this Ready's write when nothing they vouch for is still only in
    // memory: no earlier write whose messages are waiting, no new term or vote, and either this
    // is a steady leader or the Ready holds no entries (a follower's acknowledgement of entries
    // must follow their write). A leader's commit index (in appends, heartbeats, ReadStates)
    // never covers its own unwritten entries: the core counts the leader's copy only after
    // localWriteDone (leaderAcksOwnWrites).
    const sendEarly =
      this.#unsafeSaves === 0 && !rd.softState && !termOrVoteChanged && (this.#role === 'leader' || rd.entries.length === 0);
    // A hard state that only moves the commit index need not be written on its own: the commit
    // index can be relearned from the leader, so it rides along with the next write instead of
    // taking a slot in the pipeline.
    const commitOnly = rd.entries.length === 0 && rd.hardState !== undefined && !termOrVoteChanged;
    if (commitOnly) this.#deferredHardState = rd.hardState ?? null;
    // What this Ready's messages and applies wait for: its own write, or else the last one queued
    // (writes complete in order, so that covers everything written before).
    let saved: Promise<void> = this.#saves.at(-1) ?? Promise.resolve();
    if (rd.entries.length > 0 || (rd.hardState && !commitOnly)) {
      const batch = this.#batchFor();
      mergeEntries(batch.entries, rd.entries);
      // Hard states are whole snapshots of (term, vote, commit): the newest one wins.
      const hardState = rd.hardState ?? this.#deferredHardState;
      if (hardState) batch.hardState = hardState;
      this.#deferredHardState = null;
      batch.sync ||= rd.mustSync;
      saved = batch.done;
      if (!sendEarly) {
        this.#unsafeSaves++;
        saved.then(() => this.#unsafeSaves--, () => {});
      }
    }
    // Entries that overwrite a suffix (a follower's conflict) make the old copies on disk stale:
    // what is durable *and still this log* now ends before them until their own write is done.
    const firstNew = rd.entries[0];
    if (firstNew) this.#durableIndex = Math.min(this.#durableIndex, firstNew.index - 1);
    this.#memory.append(rd.entries);
    if (rd.hardState) this.#memory.setHardState(rd.hardState);
    if (rd.messages.length > 0) {
      if (sendEarly) this.#transport.send(rd.messages);
      else saved.then(() => !this.#closed && this.#transport.send(rd.messages), () => {});
    }
    const committed = rd.committedEntries;
    const readStates = rd.readStates;
    this.#applying = this.#applying
      .then(async () => {
        for (const entry of committed) {
          if (entry.index > this.#durableIndex) await saved;
          if (this.#closed) return;
          await this.#applyEntry(entry);
        }
        for (const rs of readStates) this.#onReadState(rs.index, rs.context);
        this.#serveReads();
        await this.#maybeSnapshot();
      })
      .catch((err: unknown) => this.#fail(err));
    this.#raw.advance(rd);
  }

  /**
   * The batch this Ready's records join: the open one, or a new one that starts when the last
   * queued write finishes (LevelDB batches must land in order) and takes Readies until then.
   */
  #batchFor(): WriteBatch {
    if (this.#openBatch) return this.#openBatch;
    const previous = this.#saves.at(-1) ?? Promise.resolve();
    const batch: WriteBatch = { entries: [], hardState: null, sync: false, done: Promise.resolve() };
    batch.done = previous.then(async () => {
      if (this.#openBatch === batch) this.#openBatch = null; // closed: later Readies start the next
      await this.#storage.save({ entries: batch.entries, hardState: batch.hardState }, batch.sync);
      const lastEntry = batch.entries.at(-1);
      if (lastEntry) {
        // The batch queued behind this one may already overwrite part of what was just written.
        const overwrittenFrom = this.#openBatch?.entries[0]?.index ?? Infinity;
        this.#durableIndex = Math.min(lastEntry.index, overwrittenFrom - 1);
        // The leader's own acknowledgement (leaderAcksOwnWrites): only now may it count its copy.
        if (!this.#closed) this.#raw.localWriteDone(lastEntry.index, lastEntry.term);
      }
    });
    this.#openBatch = batch;
    this.#saves.push(batch.done);
    batch.done.then(
      () => {
        this.#saves.shift();
        this.#poke();
      },
      (err: unknown) => this.#fail(err),
    );
    return batch;
  }

  /** A snapshot from the leader replaces everything: drain the pipeline, then go step by step. */
  async #handleSnapshotReady(rd: Ready): Promise<void> {
    this.#noteSoftState(rd);
    await Promise.all(this.#saves);
    await this.#applying;
    const snapshot = rd.snapshot!;
    await this.#storage.save({ snapshot, entries: rd.entries, hardState: rd.hardState ?? null }, true);
    if (rd.hardState) {
      this.#term = rd.hardState.term;
      this.#vote = rd.hardState.vote;
    }
    if (this.#closed) return;
    this.#memory.applySnapshot(snapshot);
    const data = decodeSnapshotData(snapshot.data);
    await this.#stateMachine.restore(data.state);
    this.#setAddresses(data.addresses);
    this.#applied = snapshot.metadata.index;
    this.#snapshotIndex = this.#applied;
    this.#snapshotBytes = snapshot.data.length;
    this.#appliedBytesSinceSnapshot = 0;
    this.#durableIndex = this.#storage.lastIndex;
    this.#confState = snapshot.metadata.confState;
    this.emit('membership', this.#confState);
    this.#memory.append(rd.entries);
    if (rd.entries.length > 0) this.#durableIndex = rd.entries.at(-1)!.index;
    if (rd.hardState) this.#memory.setHardState(rd.hardState);
    if (rd.messages.length > 0) this.#transport.send(rd.messages);
    for (const entry of rd.committedEntries) await this.#applyEntry(entry);
    for (const rs of rd.readStates) this.#onReadState(rs.index, rs.context);
    this.#serveReads();
    this.#raw.advance(rd);
  }

  async #applyEntry(entry: Entry): Promise<void> {
    if (entry.index <= this.#applied) return;
    this.#appliedBytesSinceSnapshot += entry.data.length;
    if (entry.type === EntryType.CONF_CHANGE) {
      const cc = decodeConfChange(entry.data);
      this.#confState = this.#raw.applyConfChange(cc);
      const proposal = cc.context.length > 0 ? raftProto.raft.DriverProposal.decode(cc.context) : null;
      const address = proposal ? new TextDecoder().decode(proposal.command) : '';
      if (cc.type === ConfChangeType.ADD_LEARNER && address) this.#addresses.set(cc.member, address);
      if (cc.type === ConfChangeType.REMOVE) this.#addresses.delete(cc.member);
      if (cc.member !== this.id) this.#transport.setPeer(cc.member, this.#addresses.get(cc.member));
      this.#applied = entry.index;
      this.emit('membership', this.#confState);
      if (proposal && proposal.proposer === this.#proposer) {
        const confState = this.#confState;
        settle(this.#pendingConfChanges, proposal.request, (p) => p.resolve(confState));
      }
      return;
    }
    if (entry.data.length === 0) {
      // The new leader's empty entry: nothing for the state machine.
      this.#applied = entry.index;
      return;
    }
    const proposal = raftProto.raft.DriverProposal.decode(entry.data);
    const result = await this.#stateMachine.apply(proposal.command, entry.index);
    this.#applied = entry.index;
    if (proposal.proposer === this.#proposer) {
      settle(this.#pendingProposals, proposal.request, (p) => p.resolve({ result, index: entry.index }));
    }
  }

  #setAddresses(addresses: Map<string, string>): void {
    for (const id of this.#addresses.keys()) if (!addresses.has(id)) this.#transport.setPeer(id, undefined);
    this.#addresses.clear();
    for (const [id, address] of addresses) {
      this.#addresses.set(id, address);
      this.#transport.setPeer(id, address);
    }
  }

  async #maybeSnapshot(): Promise<void> {
    if (this.#applied - this.#snapshotIndex < this.#options.snapshotEvery) return;
    if (this.#appliedBytesSinceSnapshot < this.#options.snapshotLogRatio * this.#snapshotBytes) return;
    const index = this.#applied;
    const state = await this.#stateMachine.snapshot();
    const snapshot = this.#memory.createSnapshot(index, this.#confState, encodeSnapshotData(this.#addresses, state));
    const compactTo = Math.max(0, index - this.#options.keepEntriesAfterSnapshot);
    await this.#storage.saveLocalSnapshot(snapshot, compactTo);
    if (compactTo > this.#memory.firstIndex() - 1) this.#memory.compact(compactTo);
    this.#snapshotIndex = index;
    this.#snapshotBytes = snapshot.data.length;
    this.#appliedBytesSinceSnapshot = 0;
  }

  #onReadState(index: number, context: Uint8Array): void {
    const key = Buffer.from(context).toString('hex');
    if (this.#pendingReads.has(key)) this.#readsAwaitingApply.push({ index, key });
  }

  #serveReads(): void {
    if (this.#readsAwaitingApply.length === 0) return;
    const waiting: { index: number; key: string }[] = [];
    for (const r of this.#readsAwaitingApply) {
      if (r.index <= this.#applied) settle(this.#pendingReads, r.key, (p) => p.resolve(r.index));
      else waiting.push(r);
    }
    this.#readsAwaitingApply = waiting;
  }

  #track<K, T>(map: Map<K, Pending<T>>, key: K, what: string): Promise<T> {
    if (this.#closed) return Promise.reject(new NodeClosedError());
    const deadline = performance.now() + this.#options.requestTimeoutMs;
    return new Promise<T>((resolve, reject) => map.set(key, { resolve, reject, deadline, what }));
  }

  /**
   * Fails requests past their deadline; runs on every tick instead of a timer per request (a
   * timer per proposal costs a heap insert and removal each, at tens of thousands per second).
   * Every request gets the same timeout, so a map's insertion order is its deadline order and
   * the sweep stops at the first request still in time. A request times out up to a tick late.
   */
  #expire(now: number): void {
    const ms = this.#options.requestTimeoutMs;
    for (const map of [this.#pendingProposals, this.#pendingConfChanges, this.#pendingReads] as Map<unknown, Pending<unknown>>[]) {
      for (const [key, pending] of map) {
        if (pending.deadline > now) break;
        map.delete(key);
        pending.reject(new RequestTimeoutError(pending.what, ms));
      }
    }
  }

  /**
   * Proposes a command; resolves with the state machine's result once it is applied on this
   * member. Any member accepts proposals (a follower forwards them to the leader).
   * Rejects with NotLeaderError when no leader is known, RequestTimeoutError when the entry is
   * not applied in time (it may still be applied later), NodeClosedError on close.
   */
  propose(command: Uint8Array): Promise<{ result: R; index: number }> {
    if (command.length > this.#options.maxCommandBytes) {
      return Promise.reject(new RangeError(`command of ${command.length} bytes exceeds ${this.#options.maxCommandBytes}`));
    }
    const request = this.#nextRequest++;
    const promise = this.#track(this.#pendingProposals, request, 'proposal');
    const data = raftProto.raft.DriverProposal.encode({ proposer: this.#proposer, request, command }).finish();
    this.#proposalQueue.push({ request, data });
    this.#poke();
    return promise;
  }

  /**
   * Linearizable read: waits until this member has applied everything committed when the read
   * was issued (ReadIndex, confirmed by a quorum), then runs `query` on the local state.
   */
  async read<T>(query: () => T | Promise<T>): Promise<T> {
    const context = randomBytes(12);
    const key = context.toString('hex');
    const promise = this.#track(this.#pendingReads, key, 'read');
    try {
      this.#raw.readIndex(context);
    } catch (err) {
      settle(this.#pendingReads, key, (p) => p.reject(this.#translate(err)));
    }
    this.#poke();
    await promise;
    return query();
  }

  /** Adds a member as a non-voting learner reachable at `address`; resolves when applied here. */
  addLearner(member: string, address: string): Promise<ConfState> {
    return this.#proposeConfChange(ConfChangeType.ADD_LEARNER, member, new TextEncoder().encode(address));
  }

  /** Promotes a caught-up learner to voter. */
  promote(member: string): Promise<ConfState> {
    return this.#proposeConfChange(ConfChangeType.PROMOTE, member, emptyBytes);
  }

  remove(member: string): Promise<ConfState> {
    return this.#proposeConfChange(ConfChangeType.REMOVE, member, emptyBytes);
  }

  #proposeConfChange(type: ConfChangeType, member: string, payload: Uint8Array): Promise<ConfState> {
    const request = this.#nextRequest++;
    const promise = this.#track(this.#pendingConfChanges, request, 'membership change');
    const context = raftProto.raft.DriverProposal.encode({ proposer: this.#proposer, request, command: payload }).finish();
    const cc: ConfChange = { type, member, context };
    this.#flushProposals(); // keep this member's proposals in the order they were made
    try {
      this.#raw.proposeConfChange(cc);
    } catch (err) {
      settle(this.#pendingConfChanges, request, (p) => p.reject(this.#translate(err)));
    }
    this.#poke();
    return promise;
  }

  /** Asks the leader to hand over leadership to `member`. */
  transferLeadership(member: string): void {
    this.#raw.transferLeader(member);
    this.#poke();
  }

  #translate(err: unknown): Error {
    if (err instanceof ProposalDropped && !this.#leader) return new NotLeaderError('');
    return err instanceof Error ? err : new Error(String(err));
  }

  get leaderId(): string {
    return this.#leader;
  }

  get isLeader(): boolean {
    return this.#leader === this.id;
  }

  get appliedIndex(): number {
    return this.#applied;
  }

  get confState(): ConfState {
    return { voters: [...this.#confState.voters], learners: [...this.#confState.learners] };
  }

  status(): Status {
    return this.#raw.status();
  }

  /** Stops the clock, the transport and the loop; pending requests fail with NodeClosedError. */
  async close(): Promise<void> {
    if (this.#closed) {
      await this.#loop;
      return;
    }
    this.#closed = true;
    if (this.#ticker) clearInterval(this.#ticker);
    this.#poke();
    await this.#loop?.catch(() => {});
    // Let queued writes and applies finish before the database closes under them.
    await Promise.allSettled(this.#saves);
    await this.#applying;
    await this.#transport.close();
    for (const map of [this.#pendingProposals, this.#pendingConfChanges, this.#pendingReads] as Map<unknown, Pending<unknown>>[]) {
      for (const [key] of map) settle(map, key, (p) => p.reject(new NodeClosedError()));
    }
    await this.#storage.close();
  }
}

function settle<K, T>(map: Map<K, Pending<T>>, key: K, action: (p: Pending<T>) => void): void {
  const pending = map.get(key);
  if (!pending) return;
  map.delete(key);
  action(pending);
}

function encodeSnapshotData(addresses: Map<string, string>, state: Uint8Array): Uint8Array {
  return raftProto.raft.DriverSnapshotData.encode({
    addresses: [...addresses].map(([member, address]) => ({ member, address })),
    state,
  }).finish();
}

function decodeSnapshotData(data: Uint8Array): { addresses: Map<string, string>; state: Uint8Array } {
  if (data.length === 0) return { addresses: new Map(), state: emptyBytes };
  const decoded = raftProto.raft.DriverSnapshotData.decode(data);
  return { addresses: new Map(decoded.addresses.map((a) => [a.member ?? '', a.address ?? ''])), state: decoded.state };
}
