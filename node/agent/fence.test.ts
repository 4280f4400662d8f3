// Fencing: an agent whose lease with the cluster lapses pauses its workloads before the leader
// can mark the node down, starts nothing new while fenced, and once the lease is held again
// resumes only what the leader still wants on this node (what was replaced meanwhile is stopped,
// never resumed).
import test from 'ava';
import type { AllocationRecord, ArrowRecord, Command, IgnoredItem, NodeRegistration } from '../cluster/index.ts';
import type { ControlApi, HeartbeatReply, JoinReply, ServerInfo, WatchReply } from '../control/index.ts';
import { FENCE_AT_TTL_SHARE, leaseLapsing } from './lease.ts';
import { Agent, SimulatedRunner } from './index.ts';
import type { ReportCallback } from './runner.ts';
import { allocationRecord, arrowRecord, definition, registration, until } from './testing.ts';

const TTL_MS = 400;

test('a lease lapses at its share of the TTL after the last answered beat was sent, never without one', (t) => {
  t.false(leaseLapsing(undefined, 1e9));
  const lease = { sentAtMs: 1_000, ttlMs: 1_000 };
  t.false(leaseLapsing(lease, 1_000 + 1_000 * FENCE_AT_TTL_SHARE - 1));
  t.true(leaseLapsing(lease, 1_000 + 1_000 * FENCE_AT_TTL_SHARE));
  t.true(FENCE_AT_TTL_SHARE < 1, 'fences before the leader can count a whole TTL of silence');
});

/** A SimulatedRunner that records fencing the way the VM runner pauses and resumes. */
class FenceableRunner extends SimulatedRunner {
  fenced = false;
  readonly paused = new Set<string>();
  readonly resumed: string[] = [];
  readonly stoppedWhilePaused: string[] = [];

  override start(allocation: AllocationRecord, arrow: ArrowRecord, report: ReportCallback): void {
    super.start(allocation, arrow, report);
    if (this.fenced) this.paused.add(allocation.id);
  }

  /** What the agent said of the lease: each validForMs, in order. */
  readonly leases: number[] = [];

  /** 'lease', 'fence' and 'unfence' calls in order. */
  readonly events: string[] = [];

  holdLease(validForMs: number): void {
    this.leases.push(validForMs);
    this.events.push('lease');
  }

  async fence(): Promise<void> {
    this.events.push('fence');
    this.fenced = true;
    for (const { allocation } of this.list()) this.paused.add(allocation.id);
  }

  async unfence(keep: ReadonlySet<string>): Promise<void> {
    this.events.push('unfence');
    this.fenced = false;
    for (const id of keep) {
      if (this.paused.delete(id)) this.resumed.push(id);
    }
  }

  override async stop(id: string): Promise<void> {
    if (this.paused.delete(id)) this.stoppedWhilePaused.push(id);
    await super.stop(id);
  }
}

/** A leader whose heartbeats can be cut and whose view of the node is set by the test. */
class ScriptedLeader implements ControlApi {
  beatsFail = false;
  /** Nodes the heartbeat reply says were marked down. */
  down: string[] = [];
  view: WatchReply = { index: 1, allocations: [], arrows: [] };
  readonly #waiters = new Set<() => void>();

  async join(): Promise<JoinReply> { throw new Error('not used'); }
  async artifact(): Promise<undefined> { throw new Error('not used'); }
  async claim(): Promise<never> { throw new Error('not used'); }
  async networkView(): Promise<never> { throw new Error('not used'); }
  async register(_r: NodeRegistration): Promise<void> {}
  async report(_c: Command): Promise<readonly IgnoredItem[]> { return []; }

  /** Called when a beat is answered with a `down` list naming a node. */
  onDownBeat: () => void = () => {};

  async heartbeat(nodes: readonly string[]): Promise<HeartbeatReply> {
    if (this.beatsFail) throw new Error('connection timed out');
    if (nodes.some((n) => this.down.includes(n))) this.onDownBeat();
    return { ttlMs: TTL_MS, intervalMs: 100, unknown: [], servers: [], down: nodes.filter((n) => this.down.includes(n)) };
  }

  /** While beats fail, watches fail too (the node is cut off), unless `answerWhileCut`. */
  answerWhileCut = false;

  async watch(node: string, since: number, waitMs: number, signal?: AbortSignal): Promise<WatchReply> {
    if (this.beatsFail && !this.answerWhileCut) throw new Error('connection timed out');
    if (this.view.index <= since && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => { clearTimeout(timer); this.#waiters.delete(done); resolve(); };
        const timer = setTimeout(done, waitMs);
        this.#waiters.add(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    }
    return { ...this.view, index: Math.max(this.view.index, since), allocations: this.view.allocations.filter((a) => a.node === node) };
  }

  publish(view: WatchReply): void {
    this.view = view;
    for (const wake of [...this.#waiters]) wake();
  }
}

const info = (peerId: string): ServerInfo => ({ peerId, addrs: [], voter: true });
const alloc = (id: string, fields: Partial<AllocationRecord> = {}) => allocationRecord(id, { node: 'peer-a', createIndex: 2, modifyIndex: 2, ...fields });

test('workloads pause when the lease lapses and only those the leader still wants resume', async (t) => {
  const leader = new ScriptedLeader();
  const runner = new FenceableRunner();
  const agent = new Agent({ registration: registration('peer-a'), servers: [info('s1')], connect: () => leader, runner, watchWaitMs: 500, retry: { initialMs: 20, maxMs: 50 } });
  t.teardown(async () => { await agent.stop(); await runner.close(); });
  const arrows = [arrowRecord(definition('web', 3))];
  leader.publish({ index: 2, allocations: [alloc('kept'), alloc('replaced')], arrows });
  agent.start();
  await until('both running', () => runner.list().filter((r) => r.status === 'running').length === 2);
  t.false(agent.stats.fenced);

  leader.beatsFail = true;
  const cutAt = performance.now();
  await until('fenced', () => agent.stats.fenced, 5_000);
  const fencedAfterMs = performance.now() - cutAt;
  t.true(fencedAfterMs < TTL_MS, `fenced ${Math.round(fencedAfterMs)} ms after the cut, before the leader's TTL`);
  t.deepEqual([...runner.paused].sort(), ['kept', 'replaced']);

  // A server still answers watches: a new allocation is not started while fenced.
  leader.answerWhileCut = true;
  leader.publish({ index: 3, allocations: [alloc('kept'), alloc('replaced'), alloc('new', { createIndex: 3, modifyIndex: 3 })], arrows });
  await new Promise((r) => setTimeout(r, 300));
  t.false(runner.list().some((r) => r.allocation.id === 'new'), 'nothing starts while fenced');

  // The leader marked the node down meanwhile: `replaced` is lost (its replacement runs elsewhere).
  leader.publish({ index: 4, allocations: [alloc('kept'), alloc('replaced', { status: 'lost', desired: 'stop', modifyIndex: 4 }), alloc('new', { createIndex: 3, modifyIndex: 3 })], arrows });
  leader.answerWhileCut = false;
  leader.beatsFail = false;
  await until('unfenced', () => !agent.stats.fenced, 5_000);
  await until('new one started', () => runner.list().some((r) => r.allocation.id === 'new'));
  t.deepEqual(runner.resumed, ['kept']);
  t.deepEqual(runner.stoppedWhilePaused, ['replaced'], 'the replaced allocation ended paused');
  t.false(runner.list().some((r) => r.allocation.id === 'replaced'));
  t.is(agent.stats.fences, 1);
});

test('with fencing off, a lapsed lease leaves workloads running', async (t) => {
  const leader = new ScriptedLeader();
  const runner = new FenceableRunner();
  const agent = new Agent({ registration: registration('peer-a'), servers: [info('s1')], connect: () => leader, runner, watchWaitMs: 500, retry: { initialMs: 20, maxMs: 50 }, fenceOnLeaseLoss: false });
  t.teardown(async () => { await agent.stop(); await runner.close(); });
  leader.publish({ index: 2, allocations: [alloc('one')], arrows: [arrowRecord(definition('web', 1))] });
  agent.start();
  await until('running', () => runner.list().some((r) => r.status === 'running'));
  await until('beating', () => agent.stats.heartbeats >= 1);
  leader.beatsFail = true;
  await new Promise((r) => setTimeout(r, TTL_MS * 2));
  t.false(agent.stats.fenced);
  t.is(runner.paused.size, 0);
});

test('a beat answered "you were marked down" fences at once; what the cluster lost is stopped, never resumed', async (t) => {
  const leader = new ScriptedLeader();
  const runner = new FenceableRunner();
  const agent = new Agent({ registration: registration('peer-a'), servers: [info('s1')], connect: () => leader, runner, watchWaitMs: 500, retry: { initialMs: 20, maxMs: 50 } });
  t.teardown(async () => { await agent.stop(); await runner.close(); });
  const arrows = [arrowRecord(definition('web', 1))];
  leader.publish({ index: 2, allocations: [alloc('old')], arrows });
  agent.start();
  await until('running', () => runner.list().some((r) => r.status === 'running'));
  // The node froze past its TTL and resumed: its lease never looked lapsed to it, but the
  // leader marked it down and replaced `old`.
  leader.view = { index: 5, allocations: [alloc('old', { status: 'lost', desired: 'stop', modifyIndex: 5 })], arrows };
  leader.onDownBeat = () => runner.events.push('down beat');
  leader.down = ['peer-a'];
  await until('fenced', () => agent.stats.fences === 1, 5_000);
  leader.down = [];
  await until('unfenced', () => !agent.stats.fenced, 5_000);
  t.deepEqual(runner.stoppedWhilePaused, ['old']);
  t.deepEqual(runner.resumed, []);
  await until('the lease held again after the unfence', () => runner.events.lastIndexOf('lease') > runner.events.indexOf('unfence'), 5_000);
  // The beat that said "marked down" let nothing through on the host before the fence.
  const downBeat = runner.events.indexOf('down beat');
  t.is(runner.events[downBeat + 1], 'fence', runner.events.join(', '));
});

test('the runner hears how long the lease holds: after each answered beat, through an acknowledged farewell, and for ever without fencing', async (t) => {
  const leader = new ScriptedLeader();
  const runner = new FenceableRunner();
  const agent = new Agent({ registration: registration('peer-a'), servers: [info('s1')], connect: () => leader, runner, watchWaitMs: 500, retry: { initialMs: 20, maxMs: 50 } });
  t.teardown(async () => { await agent.stop(); await runner.close(); });
  agent.start();
  await until('three beats answered', () => runner.leases.length >= 3, 5_000);
  for (const validFor of runner.leases) t.true(validFor > 0 && validFor <= TTL_MS * FENCE_AT_TTL_SHARE, `${validFor} ms is within the fencing share of the TTL`);
  // Beats stop being answered: the lease is not renewed, so what the runner holds runs out.
  leader.beatsFail = true;
  await new Promise((r) => setTimeout(r, 150));
  const heard = runner.leases.length;
  await new Promise((r) => setTimeout(r, 300));
  t.is(runner.leases.length, heard, 'no renewal without an answered beat');
  leader.beatsFail = false;
  await until('renewed again and unfenced', () => runner.leases.length > heard && !agent.stats.fenced, 5_000);
  // A farewell the leader acknowledged keeps the node up for the restart: the lease covers it.
  const before = runner.leases.length;
  await agent.stop({ awayMs: 30_000 });
  t.is(runner.leases.length, before + 1);
  const farewell = runner.leases.at(-1)!;
  t.true(farewell > TTL_MS && farewell <= 30_000 * FENCE_AT_TTL_SHARE, `${farewell} ms: the restart grace, at the fencing share`);

  const unfenced = new FenceableRunner();
  const free = new Agent({ registration: registration('peer-a'), servers: [info('s1')], connect: () => new ScriptedLeader(), runner: unfenced, fenceOnLeaseLoss: false });
  t.teardown(async () => { await free.stop(); await unfenced.close(); });
  free.start();
  t.deepEqual(unfenced.leases, [Number.POSITIVE_INFINITY], 'without fencing the host never cuts the workloads off');
});
