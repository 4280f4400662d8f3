// A hand-driven cluster for scenario tests: every member's Ready is persisted to its
// MemoryStorage at once, and messages wait in a queue until the test delivers them (optionally
// dropping some), so a test can build exact interleavings such as the paper's figure 8.
import { RawNode } from './rawnode.ts';
import type { RaftConfig } from './raft.ts';
import { MemoryStorage } from './storage.ts';
import type { ConfChange, Entry, Message, ReadState, Snapshot } from './types.ts';
import { EntryType, MessageType } from './types.ts';
import { decodeConfChange } from './codec.ts';

export interface TestMember {
  id: string;
  node: RawNode;
  storage: MemoryStorage;
  applied: Entry[];
  readStates: ReadState[];
  snapshots: Snapshot[];
  /** With leaderAcksOwnWrites: the last written entry not yet reported (reportLocalWrite). */
  unreportedWrite?: { index: number; term: number };
}

/** A small deterministic PRNG (mulberry32) so election timeouts are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class TestCluster {
  readonly members = new Map<string, TestMember>();
  queue: Message[] = [];
  /** links that silently drop messages, as "from->to" */
  readonly cut = new Set<string>();
  private readonly options: Partial<RaftConfig>;

  constructor(ids: string[], options: Partial<RaftConfig> = {}) {
    this.options = options;
    let seed = 1;
    for (const id of ids) {
      const { storage } = MemoryStorage.bootstrap(ids);
      this.addMember(id, storage, seed++);
    }
  }

  addMember(id: string, storage: MemoryStorage = new MemoryStorage(), seed = 99): TestMember {
    const node = new RawNode({
      id,
      electionTick: 10,
      heartbeatTick: 1,
      random: seededRandom(seed),
      storage,
      preVote: true,
      checkQuorum: true,
      ...this.options,
    });
    const m: TestMember = { id, node, storage, applied: [], readStates: [], snapshots: [] };
    this.members.set(id, m);
    return m;
  }

  /** Restarts a member from what it persisted (volatile state such as leadership is lost). */
  restart(id: string): TestMember {
    const old = this.get(id);
    const restarted = this.addMember(id, old.storage, 1000 + this.members.size);
    restarted.applied = old.applied;
    return restarted;
  }

  get(id: string): TestMember {
    const m = this.members.get(id);
    if (!m) throw new Error(`no member ${id}`);
    return m;
  }

  /** Processes every member's Ready (persist, queue messages, apply); returns whether any had one. */
  processReadies(): boolean {
    let any = false;
    for (const m of this.members.values()) {
      for (let guard = 0; guard < 100 && m.node.hasReady(); guard++) {
        any = true;
        const rd = m.node.ready();
        if (rd.snapshot) {
          m.storage.applySnapshot(rd.snapshot);
          m.snapshots.push(rd.snapshot);
        }
        m.storage.append(rd.entries);
        if (rd.hardState) m.storage.setHardState(rd.hardState);
        for (const msg of rd.messages) this.queue.push(msg);
        for (const e of rd.committedEntries) {
          m.applied.push(e);
          if (e.type === EntryType.CONF_CHANGE) m.node.applyConfChange(decodeConfChange(e.data));
        }
        m.readStates.push(...rd.readStates);
        m.node.advance(rd);
        const last = rd.entries.at(-1);
        // A pipelined leader's own write completes when the test says so (reportLocalWrite).
        if (last) m.unreportedWrite = { index: last.index, term: last.term };
        if (last && !this.options.leaderAcksOwnWrites) m.node.localWriteDone(last.index, last.term);
      }
    }
    return any;
  }

  /** Delivers queued messages (and the replies they cause) until quiet; bounded. */
  stabilize(filter: (m: Message) => boolean = () => true, maxRounds = 1000): void {
    for (let round = 0; round < maxRounds; round++) {
      this.processReadies();
      if (this.queue.length === 0) return;
      const batch = this.queue;
      this.queue = [];
      for (const msg of batch) this.deliver(msg, filter);
    }
    throw new Error('cluster did not stabilize');
  }

  deliver(msg: Message, filter: (m: Message) => boolean = () => true): void {
    if (this.cut.has(`${msg.from}->${msg.to}`) || !filter(msg)) return;
    const target = this.members.get(msg.to);
    if (!target) return;
    if (msg.type === MessageType.SNAP) {
      target.node.step(msg);
      this.members.get(msg.from)?.node.reportSnapshot(msg.to, true);
      return;
    }
    target.node.step(msg);
  }

  isolate(id: string): void {
    for (const other of this.members.keys()) {
      if (other === id) continue;
      this.cut.add(`${id}->${other}`);
      this.cut.add(`${other}->${id}`);
    }
  }

  heal(): void {
    this.cut.clear();
  }

  /** Ticks every member `n` times, stabilizing after each tick. */
  tickAll(n: number, filter?: (m: Message) => boolean): void {
    for (let i = 0; i < n; i++) {
      for (const m of this.members.values()) m.node.tick();
      this.stabilize(filter);
    }
  }

  /** Makes `id` campaign and delivers everything. */
  elect(id: string): void {
    this.get(id).node.campaign();
    this.stabilize();
  }

  leaders(): string[] {
    return [...this.members.values()].filter((m) => m.node.status().role === 'leader').map((m) => m.id);
  }

  appliedData(id: string): string[] {
    return this.get(id)
      .applied.filter((e) => e.type === EntryType.NORMAL && e.data.length > 0)
      .map((e) => new TextDecoder().decode(e.data));
  }

  /** The persisted log of a member as (index, term) pairs after its snapshot. */
  logTerms(id: string): Array<[number, number]> {
    const s = this.get(id).storage;
    const out: Array<[number, number]> = [];
    for (let i = s.firstIndex(); i <= s.lastIndex(); i++) out.push([i, s.term(i)]);
    return out;
  }

  /** The member's write of everything it persisted so far is durable (see leaderAcksOwnWrites). */
  reportLocalWrite(id: string): void {
    const m = this.get(id);
    const w = m.unreportedWrite;
    if (!w) return;
    m.unreportedWrite = undefined;
    m.node.localWriteDone(w.index, w.term);
  }

  propose(id: string, text: string): void {
    this.get(id).node.propose(new TextEncoder().encode(text));
  }

  proposeConfChange(id: string, cc: ConfChange): void {
    this.get(id).node.proposeConfChange(cc);
  }
}
