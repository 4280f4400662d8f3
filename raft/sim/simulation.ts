// One seeded simulation run: a cluster of RawNodes over a simulated network and disks, with
// clients, membership changes and faults, checked for safety after every step, then healed and
// checked for liveness, and finally the client history is checked for linearizability.
import {
  ConfChangeType,
  EntryType,
  MemoryStorage,
  ProposalDropped,
  RawNode,
  decodeConfChange,
} from '../core/index.ts';
import type { ConfState, Message, Ready } from '../core/index.ts';
import { MessageType } from '../core/index.ts';
import { KvStore, encodeRequest } from '../kv/index.ts';
import type { KvOp, KvResult } from '../kv/index.ts';
import { checkLinearizability, kvModel } from '../linearizability/index.ts';
import type { Operation } from '../linearizability/index.ts';
import { SimDisk } from './disk.ts';
import { SafetyChecker, SafetyViolation } from './invariants.ts';
import { SimNetwork } from './network.ts';
import { Rng } from './rng.ts';

export interface SimOptions {
  seed: number;
  /** ticks of faults and load before healing */
  chaosTicks?: number;
  /**
   * Model a driver whose steady leader sends its Ready's messages before its own write is
   * durable (Raft thesis 10.2.1 pipelining), including messages carrying the commit index.
   */
  leaderSendsBeforeWrite?: boolean;
  /** ticks allowed after healing for a leader, every pending operation and convergence */
  livenessTicks?: number;
}

export interface SimResult {
  seed: number;
  ok: boolean;
  failure?: string;
  stats: {
    members: number;
    ticks: number;
    operations: number;
    completed: number;
    crashes: number;
    partitions: number;
    membershipChanges: number;
    snapshotsSent: number;
    leaderChanges: number;
    maxCommit: number;
  };
}

const electionTick = 10;
const heartbeatTick = 1;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface PendingRead {
  context: string;
  index: number;
}

class SimMember {
  readonly id: string;
  readonly disk: SimDisk;
  node: RawNode | undefined;
  storage: MemoryStorage = new MemoryStorage();
  kv = new KvStore();
  confState: ConfState = { voters: [], learners: [] };
  appliedIndex = 0;
  inflight: { rd: Ready; completeAt: number } | undefined;
  readStates: PendingRead[] = [];
  incarnation = 0;
  restartAt = Infinity;
  removed = false;
  snapshotEvery: number;

  constructor(id: string, disk: SimDisk, snapshotEvery: number) {
    this.id = id;
    this.disk = disk;
    this.snapshotEvery = snapshotEvery;
  }

  get up(): boolean {
    return this.node !== undefined;
  }
}

interface ClientOp {
  input: KvOp;
  seq: number;
  call: number;
  node: string;
  deadline: number;
  attempts: number;
  readContext?: string;
  retryAt: number;
}

interface Client {
  id: string;
  seq: number;
  current: ClientOp | undefined;
  leaderGuess: string;
}

type AdminPhase =
  | { kind: 'idle' }
  | { kind: 'add'; member: string }
  | { kind: 'promote'; member: string }
  | { kind: 'remove'; member: string };

export class Simulation {
  readonly seed: number;
  private readonly rng: Rng;
  private readonly net: SimNetwork;
  private readonly checker = new SafetyChecker();
  private readonly members = new Map<string, SimMember>();
  private readonly clients: Client[] = [];
  private readonly history: Operation<KvOp, KvResult>[] = [];
  private now = 0;
  private clock = 0; // event clock for call/return times
  private nextMemberNumber: number;
  private admin: AdminPhase = { kind: 'idle' };
  private adminNextTry = 0;
  private healing = false;
  private abandonedWrites = 0;
  private partitionHealAt = Infinity;
  private lastLeader = '';
  private readonly stats: SimResult['stats'];
  private readonly chaosTicks: number;
  private readonly leaderSendsBeforeWrite: boolean;
  private readonly livenessTicks: number;
  // Per-run fault mix, drawn from the seed.
  private readonly crashRate: number;
  private readonly partitionRate: number;
  private readonly transferRate: number;
  private readonly membershipRate: number;
  private readonly clientRate: number;
  private readonly keys: string[];

  constructor(options: SimOptions) {
    this.seed = options.seed;
    this.rng = new Rng(options.seed * 2654435761 + 1);
    this.chaosTicks = options.chaosTicks ?? 600;
    this.leaderSendsBeforeWrite = options.leaderSendsBeforeWrite ?? false;
    this.livenessTicks = options.livenessTicks ?? 500;
    const rng = this.rng;
    const size = rng.chance(0.5) ? 3 : 5;
    this.net = new SimNetwork(rng, {
      dropRate: rng.pick([0, 0.02, 0.05, 0.1]),
      duplicateRate: rng.pick([0, 0.02, 0.05]),
      maxDelay: rng.between(0, 3),
    });
    this.crashRate = rng.pick([0, 0.003, 0.008]);
    this.partitionRate = rng.pick([0, 0.004, 0.01]);
    this.transferRate = rng.pick([0, 0.002]);
    this.membershipRate = rng.pick([0, 0.01, 0.02]);
    this.clientRate = rng.pick([0.1, 0.3, 0.6]);
    this.keys = ['x', 'y', 'z'].slice(0, rng.between(1, 3));
    const ids = Array.from({ length: size }, (_, i) => `n${i + 1}`);
    this.nextMemberNumber = size + 1;
    const snapshotEvery = rng.pick([10, 25, 60]);
    for (const id of ids) {
      const boot = MemoryStorage.bootstrap(ids);
      const m = new SimMember(id, new SimDisk({ snapshot: boot.snapshot, hardState: boot.hardState }), snapshotEvery);
      this.members.set(id, m);
      this.start(m);
    }
    for (let i = 0; i < rng.between(2, 5); i++) this.clients.push({ id: `c${i}`, seq: 0, current: undefined, leaderGuess: rng.pick(ids) });
    this.stats = {
      members: size,
      ticks: 0,
      operations: 0,
      completed: 0,
      crashes: 0,
      partitions: 0,
      membershipChanges: 0,
      snapshotsSent: 0,
      leaderChanges: 0,
      maxCommit: 0,
    };
  }

  // ---- member lifecycle ----------------------------------------------------------------------

  private start(m: SimMember): void {
    m.storage = m.disk.load();
    const snap = m.storage.snapshot();
    m.kv = new KvStore();
    m.kv.restore(snap.data);
    m.confState = m.storage.initialState().confState;
    m.appliedIndex = snap.metadata.index;
    m.inflight = undefined;
    m.readStates = [];
    m.incarnation++;
    m.restartAt = Infinity;
    m.node = new RawNode({
      id: m.id,
      electionTick,
      heartbeatTick,
      random: () => this.rng.next(),
      storage: m.storage,
      preVote: true,
      checkQuorum: true,
      maxSizePerMsg: 4096,
      maxInflightMsgs: 16,
      maxUncommittedEntriesSize: 1 << 20,
      // As the real driver: a pipelined leader reports its own durable writes.
      leaderAcksOwnWrites: this.leaderSendsBeforeWrite,
      lazyCommitBroadcast: true, // as the real driver
    });
  }

  private crash(m: SimMember): void {
    m.node = undefined;
    m.inflight = undefined;
    m.readStates = [];
    m.disk.crash(); // unsynced writes are gone
    this.stats.crashes++;
  }

  // ---- the Ready loop ------------------------------------------------------------------------

  private processReadies(m: SimMember): void {
    for (let guard = 0; guard < 50; guard++) {
      const node = m.node;
      if (!node) return;
      if (m.inflight) {
        if (m.inflight.completeAt > this.now) return;
        const { rd } = m.inflight;
        m.inflight = undefined;
        this.complete(m, node, rd);
        continue;
      }
      if (!node.hasReady()) return;
      const rd = node.ready();
      if (rd.entries.length > 0) this.checker.observeAppend(m.id, rd.entries, node.termAt(rd.entries[0]!.index - 1));
      if (rd.snapshot) m.disk.write({ kind: 'snapshot', snapshot: rd.snapshot });
      if (rd.entries.length > 0) m.disk.write({ kind: 'entries', entries: rd.entries });
      if (rd.hardState) m.disk.write({ kind: 'hardState', hardState: rd.hardState });
      if (this.leaderSendsBeforeWrite && !rd.softState && node.status().role === 'leader') {
        this.sendAll(node, rd.messages);
        rd.messages = [];
      }
      if (rd.mustSync) {
        // The fsync takes a while; a crash before it completes loses this Ready entirely.
        // (Slower disks in pipelined mode widen the window in which the leader's copy is volatile.)
        m.inflight = { rd, completeAt: this.now + this.rng.int(this.leaderSendsBeforeWrite ? 5 : 2) };
      } else {
        this.complete(m, node, rd);
      }
    }
  }

  private complete(m: SimMember, node: RawNode, rd: Ready): void {
    if (rd.mustSync) m.disk.sync();
    if (rd.snapshot) {
      m.storage.applySnapshot(rd.snapshot);
      m.kv.restore(rd.snapshot.data);
      m.confState = rd.snapshot.metadata.confState;
      m.appliedIndex = rd.snapshot.metadata.index;
    }
    m.storage.append(rd.entries);
    if (rd.hardState) m.storage.setHardState(rd.hardState);
    this.sendAll(node, rd.messages);
    for (const e of rd.committedEntries) {
      this.checker.observeApply(m.id, e);
      m.appliedIndex = e.index;
      if (e.type === EntryType.CONF_CHANGE) {
        const cc = decodeConfChange(e.data);
        m.confState = node.applyConfChange(cc);
        if (cc.type === ConfChangeType.REMOVE && cc.member === m.id) m.removed = true;
        continue;
      }
      const applied = m.kv.apply(e.data);
      if (applied) this.answerWrite(m, applied.request.clientId, applied.request.seq, applied.result, e);
    }
    for (const rs of rd.readStates) m.readStates.push({ context: decoder.decode(rs.context), index: rs.index });
    node.advance(rd);
    const last = rd.entries.at(-1);
    if (last) node.localWriteDone(last.index, last.term);
    this.serveReads(m);
    if (m.appliedIndex - m.storage.snapshot().metadata.index >= m.snapshotEvery) this.takeSnapshot(m);
    if (m.removed) {
      // It applied its own removal: the process shuts down for good.
      m.node = undefined;
      m.inflight = undefined;
    }
  }

  private sendAll(node: RawNode, messages: readonly Message[]): void {
    for (const msg of messages) {
      if (msg.type === MessageType.SNAP) this.stats.snapshotsSent++;
      // A snapshot stream that fails is reported to the leader, as a real transport would.
      if (!this.net.send(msg, this.now) && msg.type === MessageType.SNAP) node.reportSnapshot(msg.to, false);
    }
  }

  private takeSnapshot(m: SimMember): void {
    const index = m.appliedIndex;
    if (index > m.storage.lastIndex()) return; // applied from a snapshot not yet in the log view
    const data = m.kv.snapshot();
    m.storage.createSnapshot(index, m.confState, data);
    const compactTo = index - 3; // keep a short tail so a slightly lagging follower needs no snapshot
    if (compactTo >= m.storage.firstIndex()) m.storage.compact(compactTo);
    m.disk.saveSnapshot(index, m.confState, data, compactTo);
  }

  // ---- clients -------------------------------------------------------------------------------

  private liveVoters(): SimMember[] {
    return [...this.members.values()].filter((m) => m.up);
  }

  private leader(): SimMember | undefined {
    let best: SimMember | undefined;
    let bestTerm = -1;
    for (const m of this.members.values()) {
      if (!m.node) continue;
      const st = m.node.status();
      if (st.role === 'leader' && st.term > bestTerm) {
        best = m;
        bestTerm = st.term;
      }
    }
    return best;
  }

  private guessLeader(client: Client): string {
    const via = this.members.get(client.leaderGuess)?.node?.status().leader;
    if (via && this.members.get(via)?.up) return via;
    const live = this.liveVoters();
    return live.length > 0 ? this.rng.pick(live).id : client.leaderGuess;
  }

  private stepClients(): void {
    for (const client of this.clients) {
      const op = client.current;
      if (!op) {
        if (!this.healing && this.rng.chance(this.clientRate)) this.startOp(client);
        continue;
      }
      if (this.now >= op.deadline) {
        const isWrite = op.input.op !== 'get';
        // Abandoned writes stay pending forever in the history, and each multiplies the
        // checker's search; a few per run exercise the "may or may not have happened" case.
        if (!this.healing && op.attempts >= 3 && (!isWrite || this.abandonedWrites < 3)) {
          // Give up: the operation stays in the history without a result (it may have happened).
          if (isWrite) this.abandonedWrites++;
          this.history.push({ clientId: client.id, input: op.input, call: op.call });
          client.current = undefined;
          continue;
        }
        op.retryAt = this.now;
        op.deadline = Infinity;
        client.leaderGuess = this.guessLeader(client);
      }
      if (op.retryAt <= this.now) this.attempt(client, op);
    }
  }

  private startOp(client: Client): void {
    const key = this.rng.pick(this.keys);
    const value = `${client.id}.${client.seq + 1}`;
    const r = this.rng.int(10);
    const input: KvOp =
      r < 4
        ? { op: 'get', key }
        : r < 6
          ? { op: 'put', key, value }
          : r < 8
            ? { op: 'append', key, value }
            : { op: 'cas', key, expected: this.rng.chance(0.5) ? null : `c${this.rng.int(this.clients.length)}.${this.rng.between(1, client.seq + 1)}`, value };
    client.seq++;
    this.stats.operations++;
    client.current = { input, seq: client.seq, call: ++this.clock, node: '', deadline: Infinity, attempts: 0, retryAt: this.now };
  }

  private attempt(client: Client, op: ClientOp): void {
    op.attempts++;
    op.retryAt = Infinity;
    op.deadline = this.now + 4 * electionTick;
    const target = this.members.get(client.leaderGuess);
    op.node = client.leaderGuess;
    if (!target?.node) {
      op.deadline = this.now + 2;
      return;
    }
    try {
      if (op.input.op === 'get') {
        op.readContext = `${client.id}/${op.seq}/${op.attempts}`;
        target.node.readIndex(encoder.encode(op.readContext));
      } else {
        target.node.propose(encodeRequest({ clientId: client.id, seq: op.seq, op: op.input }));
      }
    } catch (err) {
      if (!(err instanceof ProposalDropped)) throw err;
      op.deadline = this.now + 2; // try again soon, probably elsewhere
    }
  }

  private answerWrite(m: SimMember, clientId: string, seq: number, result: KvResult, e: { index: number; term: number; type: EntryType; data: Uint8Array }): void {
    const client = this.clients.find((c) => c.id === clientId);
    const op = client?.current;
    if (!client || !op || op.seq !== seq || op.node !== m.id || op.input.op === 'get') return;
    this.checker.observeAck(`${clientId}/${seq}`, e);
    this.finish(client, op, result);
  }

  private serveReads(m: SimMember): void {
    if (m.readStates.length === 0) return;
    const keep: PendingRead[] = [];
    for (const rs of m.readStates) {
      if (rs.index > m.appliedIndex) {
        keep.push(rs);
        continue;
      }
      const client = this.clients.find((c) => c.current?.readContext === rs.context);
      const op = client?.current;
      if (!client || !op || op.node !== m.id || op.input.op !== 'get') continue;
      this.finish(client, op, { value: m.kv.get(op.input.key) });
    }
    m.readStates = keep;
  }

  private finish(client: Client, op: ClientOp, output: KvResult): void {
    this.history.push({ clientId: client.id, input: op.input, call: op.call, output, return: ++this.clock });
    client.current = undefined;
    this.stats.completed++;
  }

  // ---- membership ----------------------------------------------------------------------------

  private stepAdmin(): void {
    if (this.now < this.adminNextTry) return;
    this.adminNextTry = this.now + 5;
    const leader = this.leader();
    const phase = this.admin;
    if (phase.kind === 'idle') {
      if (this.healing || !leader || !this.rng.chance(this.membershipRate * 5)) return;
      const id = `n${this.nextMemberNumber++}`;
      const m = new SimMember(id, new SimDisk(), this.rng.pick([10, 25, 60]));
      this.members.set(id, m);
      this.start(m); // empty storage: it learns everything from the leader's snapshot
      this.admin = { kind: 'add', member: id };
      return;
    }
    if (!leader?.node) return;
    const cs = leader.confState;
    const node = leader.node;
    const tryPropose = (type: ConfChangeType, member: string) => {
      try {
        node.proposeConfChange({ type, member, context: new Uint8Array(0) });
      } catch (err) {
        if (!(err instanceof ProposalDropped)) throw err;
      }
    };
    switch (phase.kind) {
      case 'add':
        if (cs.learners.includes(phase.member)) {
          this.admin = { kind: 'promote', member: phase.member };
          this.stats.membershipChanges++;
        } else tryPropose(ConfChangeType.ADD_LEARNER, phase.member);
        return;
      case 'promote':
        if (cs.voters.includes(phase.member)) {
          this.stats.membershipChanges++;
          // Remove someone (sometimes the leader itself) to keep the cluster size steady.
          const victim = this.rng.chance(0.4) ? leader.id : this.rng.pick(cs.voters.filter((v) => v !== phase.member));
          this.admin = { kind: 'remove', member: victim };
        } else tryPropose(ConfChangeType.PROMOTE, phase.member);
        return;
      case 'remove':
        if (!cs.voters.includes(phase.member) && !cs.learners.includes(phase.member)) {
          this.stats.membershipChanges++;
          this.admin = { kind: 'idle' };
        } else tryPropose(ConfChangeType.REMOVE, phase.member);
        return;
    }
  }

  // ---- faults --------------------------------------------------------------------------------

  private inConfig(id: string): boolean {
    const leader = this.leader();
    const cs = leader?.confState;
    return !cs || cs.voters.includes(id) || cs.learners.includes(id);
  }

  private stepFaults(): void {
    const rng = this.rng;
    const all = [...this.members.values()].filter((m) => !m.removed);
    for (const m of all) if (!m.up && m.restartAt <= this.now) this.start(m);
    if (this.now >= this.partitionHealAt) {
      this.net.healLinks();
      this.partitionHealAt = Infinity;
    }
    const up = all.filter((m) => m.up);
    const down = all.length - up.length;
    if (rng.chance(this.crashRate) && up.length > 0 && down < Math.floor(all.length / 2)) {
      const victim = rng.pick(up);
      this.crash(victim);
      victim.restartAt = this.now + rng.between(5, 80);
    }
    if (!this.net.hasPartition() && rng.chance(this.partitionRate)) {
      this.stats.partitions++;
      const ids = all.map((m) => m.id);
      const leader = this.leader();
      const kind = rng.int(4);
      let duration = rng.between(20, 150);
      if (kind === 0 || !leader) {
        const shuffled = rng.shuffle(ids.slice());
        const cut = rng.between(1, shuffled.length - 1);
        this.net.split(shuffled.slice(0, cut), shuffled.slice(cut));
      } else if (kind === 1) {
        this.net.split([leader.id], ids.filter((i) => i !== leader.id));
      } else if (kind === 2) {
        // Asymmetric: some members can send to others but not hear back.
        for (let i = 0; i < rng.between(1, ids.length); i++) this.net.block(rng.pick(ids), rng.pick(ids));
      } else {
        // A slow follower: cut off long enough for the leader to compact past it.
        const followers = ids.filter((i) => i !== leader.id);
        if (followers.length > 0) this.net.split([rng.pick(followers)], ids);
        duration = rng.between(150, 300);
      }
      this.partitionHealAt = this.now + duration;
    }
    if (rng.chance(this.transferRate)) {
      const leader = this.leader();
      if (leader?.node) {
        const to = rng.pick(leader.confState.voters);
        leader.node.transferLeader(to);
      }
    }
  }

  private heal(): void {
    this.healing = true;
    this.net.healLinks();
    this.partitionHealAt = Infinity;
    this.net.faults = { dropRate: 0, duplicateRate: 0, maxDelay: this.net.faults.maxDelay };
    for (const m of this.members.values()) if (!m.up && !m.removed) this.start(m);
  }

  // ---- stepping ------------------------------------------------------------------------------

  private deliver(msg: Message): void {
    const sender = this.members.get(msg.from);
    const target = this.members.get(msg.to);
    const reachable = target?.node !== undefined && !this.net.isBlocked(msg.from, msg.to);
    if (!reachable) {
      if (msg.type === MessageType.SNAP) sender?.node?.reportSnapshot(msg.to, false);
      else if (this.net.isBlocked(msg.from, msg.to) && this.rng.chance(0.2)) sender?.node?.reportUnreachable(msg.to);
      return;
    }
    target!.node!.step(msg);
    if (msg.type === MessageType.SNAP) sender?.node?.reportSnapshot(msg.to, true);
  }

  private checkStep(): void {
    for (const m of this.members.values()) {
      const node = m.node;
      if (!node) continue;
      const st = node.status();
      this.checker.observeCommit(`${m.id}#${m.incarnation}`, st.commit);
      if (st.commit > this.stats.maxCommit) this.stats.maxCommit = st.commit;
      if (st.role === 'leader') {
        this.checker.observeLeader(m.id, st.term, node);
        if (m.id !== this.lastLeader) {
          this.lastLeader = m.id;
          this.stats.leaderChanges++;
        }
      }
    }
  }

  /** One tick: faults, clients, clocks, then message delivery and Ready processing until quiet. */
  private step(): void {
    this.now++;
    if (!this.healing) this.stepFaults();
    this.stepAdmin();
    this.stepClients();
    for (const m of this.members.values()) {
      // Occasional skipped ticks model clock drift between members.
      if (m.node && !this.rng.chance(0.05)) m.node.tick();
    }
    for (let round = 0; round < 20; round++) {
      for (const m of this.members.values()) this.processReadies(m);
      this.checkStep();
      const msgs = this.net.due(this.now);
      if (msgs.length === 0) break;
      for (const msg of msgs) this.deliver(msg);
    }
    for (const m of this.members.values()) this.processReadies(m);
    this.checkStep();
  }

  private isSettled(): string | undefined {
    const leader = this.leader();
    if (!leader?.node) return 'no leader';
    const cs = leader.confState;
    const members = [...cs.voters, ...cs.learners];
    const pendingClients = this.clients.filter((c) => c.current).length;
    if (pendingClients > 0) return `${pendingClients} client operations pending`;
    if (this.admin.kind !== 'idle') return `membership change ${this.admin.kind} ${this.admin.member} pending`;
    const { commit, lastIndex } = leader.node.status();
    // Settled means the leader's whole log is committed (its no-op included), so nothing applied
    // anywhere can still be ahead of it.
    if (commit < lastIndex) return `leader ${leader.id} has uncommitted entries (${commit} < ${lastIndex})`;
    if (commit < this.checker.highestApplied()) return `leader commit ${commit} behind applied ${this.checker.highestApplied()}`;
    for (const id of members) {
      const m = this.members.get(id);
      if (!m?.node) return `member ${id} is down`;
      if (m.appliedIndex < commit) return `member ${id} applied ${m.appliedIndex} < commit ${commit}`;
    }
    const fingerprints = new Set(members.map((id) => this.members.get(id)!.kv.fingerprint()));
    if (fingerprints.size > 1) return 'replicas differ after applying the same log';
    return undefined;
  }

  run(): SimResult {
    try {
      for (let i = 0; i < this.chaosTicks; i++) this.step();
      this.heal();
      let reason: string | undefined = 'not checked';
      for (let i = 0; i < this.livenessTicks; i++) {
        this.step();
        // Members that were removed without learning it (cut off at the time) are shut down.
        for (const m of this.members.values()) {
          if (m.up && this.admin.kind === 'idle' && !this.inConfig(m.id)) {
            m.node = undefined;
            m.removed = true;
          }
        }
        reason = this.isSettled();
        if (reason === undefined) break;
      }
      this.stats.ticks = this.now;
      if (reason !== undefined) return this.fail(`liveness: not settled ${this.livenessTicks} ticks after healing: ${reason}`);
      this.checkAcksApplied();
      const lin = checkLinearizability(kvModel, this.history, { timeoutMs: 30_000 });
      if (lin.result !== 'ok') return this.fail(`linearizability: ${lin.result} (partition ${lin.partition ?? '-'})`);
      return { seed: this.seed, ok: true, stats: this.stats };
    } catch (err) {
      this.stats.ticks = this.now;
      if (err instanceof SafetyViolation) return this.fail(`safety at tick ${this.now}: ${err.message}`);
      return this.fail(`crash at tick ${this.now}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  /** Every completed write is in the log at some index all live members have applied. */
  private checkAcksApplied(): void {
    const highest = this.checker.highestApplied();
    for (const m of this.members.values()) {
      if (m.up && m.appliedIndex < highest && this.inConfig(m.id)) {
        throw new SafetyViolation(`${m.id} applied only ${m.appliedIndex} of ${highest}`);
      }
    }
  }

  private fail(failure: string): SimResult {
    return { seed: this.seed, ok: false, failure, stats: this.stats };
  }
}

export function runSeed(seed: number, options: Omit<SimOptions, 'seed'> = {}): SimResult {
  return new Simulation({ seed, ...options }).run();
}
