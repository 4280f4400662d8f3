// The leader's loops with a real Raft member (one voter, LevelDB in a temp dir) and agents
// played through the control API.
import test from 'ava';
import { isLiveAllocation } from '../cluster/index.ts';
import type { AllocationRecord, ClusterState, NodeRegistration } from '../cluster/index.ts';
import { ControlRefusedError, NotLeaderError } from '../control/index.ts';
import { startTestServer } from './index.ts';
import type { Server } from './index.ts';

const definition = (name: string, replicas: number, cpu = 250) => JSON.stringify({
  name, type: 'service', binary: { digest: `sha256:${'a'.repeat(64)}`, size: 1_000_000 }, args: [], env: {}, kernel: 'default',
  cpu, memory: 64, replicas, restart: 'always', ports: [], files: [], priority: 50, constraints: [], affinities: [],
  requiresKvm: false, update: { maxParallel: 1 },
});

const registration = (id: string, peerId: string): NodeRegistration => ({
  id, name: id, peerId, addrs: [], capacity: { cpu: 1000, memory: 4096 }, labels: {}, kvm: false, role: 'client', version: 'test', overlay: null,
});

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const startServer = (t: { teardown(fn: () => Promise<void>): void }, ttlMs = 800) => startTestServer(t, { ttlMs });

const live = (state: ClusterState, arrow: string): AllocationRecord[] => state.allocationsOfArrow(arrow).filter(isLiveAllocation);

/** Beats for `nodes` every `everyMs` until stopped. */
function beating(api: ReturnType<Server['control']>, nodes: string[], everyMs: number): () => void {
  const timer = setInterval(() => { void api.heartbeat(nodes).catch(() => undefined); }, everyMs);
  void api.heartbeat(nodes).catch(() => undefined);
  return () => clearInterval(timer);
}

test('a spec is placed, watched by its nodes, reported running; a silent node is replaced after its TTL', async (t) => {
  const { member, server } = await startServer(t, 800);
  const agentA = server.control('peer-a');
  const agentB = server.control('peer-b');
  await agentA.register(registration('a1', 'peer-a'));
  await agentA.register(registration('a2', 'peer-a'));
  await agentB.register(registration('b1', 'peer-b'));
  const stopA = beating(agentA, ['a1', 'a2'], 200);
  const stopB = beating(agentB, ['b1'], 200);
  t.teardown(() => { stopA(); stopB(); });

  const result = await member.propose({ type: 'put-arrow', definitionJson: definition('web', 3) });
  t.true(result.ok);
  await until('3 placements', () => live(member.state, 'web').length === 3);
  t.is(new Set(live(member.state, 'web').map((a) => a.node)).size, 3, 'distinct nodes');

  const onB = await agentB.watch('b1', 0, 1_000);
  t.is(onB.allocations.length, 1);
  t.is(onB.arrows[0]?.name, 'web');
  const mine = onB.allocations[0]!;
  const ignored = await agentB.report({ type: 'update-allocations', updates: [{ node: 'b1', id: mine.id, generation: mine.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] });
  t.deepEqual(ignored, []);
  t.is(member.state.allocation(mine.id)?.status, 'running');

  // A watch waits for a change and answers as soon as one comes.
  const now = await agentB.watch('b1', 0, 0);
  const waiting = agentB.watch('b1', now.index, 5_000);
  const started = Date.now();
  stopB(); // b1 goes silent
  const afterDown = await waiting;
  t.true(Date.now() - started >= 700, 'not before the TTL');
  t.is(member.state.node('b1')?.status, 'down');
  t.is(afterDown.allocations.find((a) => a.id === mine.id)?.desired, 'stop');
  await until('replacement', () => live(member.state, 'web').length === 3 && live(member.state, 'web').every((a) => a.node !== 'b1'));
  const replacement = live(member.state, 'web').find((a) => a.replaces === mine.id);
  t.is(replacement?.generation, mine.generation + 1);
});

test('agents act only for their own nodes', async (t) => {
  const { member, server } = await startServer(t);
  await server.control('peer-a').register(registration('a1', 'peer-a'));
  const intruder = server.control('peer-x');
  await t.throwsAsync(intruder.register(registration('a1', 'peer-a')), { instanceOf: ControlRefusedError, message: /registers itself/ });
  await t.throwsAsync(intruder.register(registration('a1', 'peer-x')), { instanceOf: ControlRefusedError, message: /belongs to peer peer-a/ });
  await t.throwsAsync(intruder.heartbeat(['a1']), { instanceOf: ControlRefusedError, message: /belongs to another peer/ });
  await t.throwsAsync(intruder.watch('a1', 0, 10), { instanceOf: ControlRefusedError });
  await t.throwsAsync(intruder.report({ type: 'update-allocations', updates: [{ node: 'a1', id: 'x', generation: 1, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] }), { instanceOf: ControlRefusedError });
  await t.throwsAsync(intruder.report({ type: 'put-arrow', definitionJson: definition('x', 1) }), { instanceOf: ControlRefusedError, message: /not put-arrow/ });
  t.is(member.state.node('a1')?.peerId, 'peer-a');
  t.deepEqual((await intruder.heartbeat(['nobody'])).unknown, ['nobody']);
});

test('a drain moves one allocation at a time and leaves the node ineligible', async (t) => {
  const { member, server } = await startServer(t, 5_000);
  const agent = server.control('peer-a');
  const nodes = ['n1', 'n2', 'n3'];
  for (const n of nodes) await agent.register(registration(n, 'peer-a'));
  const stop = beating(agent, nodes, 300);
  t.teardown(stop);
  // The simulated runner's part: report every placed allocation running, a little later.
  const reported = new Set<string>();
  const runner = setInterval(() => {
    const pending = member.state.allocations().filter((a) => isLiveAllocation(a) && a.status === 'pending' && !reported.has(a.id));
    for (const a of pending) reported.add(a.id);
    if (pending.length > 0) void agent.report({ type: 'update-allocations', updates: pending.map((a) => ({ node: a.node, id: a.id, generation: a.generation, status: 'running' as const, detail: '', exitCode: null, restarts: 0, ports: [] })) });
  }, 50);
  t.teardown(() => clearInterval(runner));
  for (const name of ['a', 'b', 'c', 'd']) await member.propose({ type: 'put-arrow', definitionJson: definition(name, 1, 100) });
  await until('4 running', () => member.state.allocations().filter((a) => a.status === 'running').length === 4);
  // Put all four on n1 is not up to us; drain whichever node holds the most.
  const target = nodes.map((n) => ({ n, count: member.state.allocationsOfNode(n).filter(isLiveAllocation).length })).sort((x, y) => y.count - x.count)[0]!;
  let maxInFlight = 0;
  const watcher = setInterval(() => {
    const picked = member.state.allocationsOfNode(target.n).filter((a) => a.draining && isLiveAllocation(a)).length;
    maxInFlight = Math.max(maxInFlight, picked);
  }, 5);
  t.teardown(() => clearInterval(watcher));
  t.true((await member.propose({ type: 'start-drain', node: target.n, deadlineMs: 0, maxParallel: 1 })).ok);
  await until('drained', () => member.state.node(target.n)?.status === 'ready' && member.state.node(target.n)?.drain === null, 15_000);
  t.false(member.state.node(target.n)!.eligible);
  t.is(member.state.allocationsOfNode(target.n).filter(isLiveAllocation).length, 0);
  t.is(member.state.allocations().filter(isLiveAllocation).length, 4);
  t.true(maxInFlight <= 1, `at most one in flight (saw ${maxInFlight})`);
});

test('a leader that heard from no quorum lately refuses heartbeats; a node marked down is told so when it beats again', async (t) => {
  let contact = true;
  const { member, server } = await startTestServer(t, { ttlMs: 300, quorumContact: () => contact });
  const agent = server.control('peer-a');
  await agent.register(registration('a1', 'peer-a'));
  t.deepEqual((await agent.heartbeat(['a1'])).down, []);
  contact = false;
  await t.throwsAsync(agent.heartbeat(['a1']), { instanceOf: NotLeaderError }, 'a stale leader must not renew a lease');
  contact = true;
  await until('a1 marked down', () => member.state.node('a1')?.status === 'down');
  t.deepEqual((await agent.heartbeat(['a1'])).down, ['a1']);
  await until('a1 ready again', () => member.state.node('a1')?.status === 'ready');
  t.deepEqual((await agent.heartbeat(['a1'])).down, []);
});

test('a stopping node is kept up for the time it asks (bounded), not a TTL', async (t) => {
  const { member, server } = await startTestServer(t, { ttlMs: 300 });
  const agent = server.control('peer-a');
  await agent.register(registration('a1', 'peer-a'));
  await agent.heartbeat(['a1'], 1_500);
  await new Promise((r) => setTimeout(r, 1_000));
  t.is(member.state.node('a1')?.status, 'ready', 'still up three TTLs later');
  await until('a1 marked down after its time away', () => member.state.node('a1')?.status === 'down', 5_000);
});

test('any caller long-polls the network view: answered on a change that shows in it, else after the wait', async (t) => {
  const { member, server } = await startServer(t, 60_000);
  const node = server.control('peer-a');
  const stranger = server.control('peer-z');
  await node.register({ ...registration('a1', 'peer-a'), overlay: { publicKey: Buffer.alloc(32, 3).toString('base64'), endpoint: '192.0.2.1:51820', mode: 'wireguard-go' } });
  const first = await stranger.networkView(0, 0);
  t.deepEqual(first.nodes, [{ id: 'a1', subnet: '10.213.0.0/24', overlay: { publicKey: Buffer.alloc(32, 3).toString('base64'), endpoint: '192.0.2.1:51820', mode: 'wireguard-go' }, status: 'ready' }]);
  t.deepEqual(first.services, []);
  t.is(first.index, member.state.networkIndex);

  // Nothing that shows in the view changes: the poll waits it out and answers the same index.
  const began = Date.now();
  const idle = await stranger.networkView(first.index, 200);
  t.true(Date.now() - began >= 150, 'waited');
  t.is(idle.index, first.index);

  // A change that shows (a new Arrow) answers a waiting poll at once, and every poller gets the
  // one view the server computed for it.
  const waiting = [node.networkView(first.index, 20_000), stranger.networkView(first.index, 20_000)];
  await member.propose({ type: 'put-arrow', definitionJson: JSON.stringify({ ...JSON.parse(definition('web', 1)), network: 'shop' }) });
  const [a, b] = await Promise.all(waiting);
  t.true(a!.index > first.index);
  t.is(a, b);
  t.deepEqual(a!.services.find((s) => s.arrow === 'web'), { arrow: 'web', network: 'shop', addresses: [], staticPorts: [] });

  // A stopping server releases its polls.
  const pending = stranger.networkView(member.state.networkIndex + 1_000, 20_000);
  const stopping = Date.now();
  await server.stop();
  await pending;
  t.true(Date.now() - stopping < 2_000);
});

/** A definition of `name` with an 8 MiB volume kept on 2 nodes. */
function volumeDefinition(name: string): string {
  return JSON.stringify({ ...JSON.parse(definition(name, 1, 100)), replicas: 1, volume: { path: '/data', size: 8, replicas: 2 } });
}

test('the leader names replica nodes for a volume; watches show it; agents report their snapshots', async (t) => {
  const { member, server } = await startServer(t, 5_000);
  const agents = ['a', 'b', 'c'].map((p) => server.control(`peer-${p}`));
  for (const [i, p] of ['a', 'b', 'c'].entries()) await agents[i]!.register(registration(`${p}1`, `peer-${p}`));
  const stops = ['a', 'b', 'c'].map((p, i) => beating(agents[i]!, [`${p}1`], 300));
  t.teardown(() => stops.forEach((s) => s()));
  t.true((await member.propose({ type: 'put-arrow', definitionJson: volumeDefinition('db') })).ok);
  const alloc = await until('placement', () => live(member.state, 'db')[0]);
  const replicaNode = await until('replica nodes', () => member.state.volume('db')?.replicaNodes[0]);
  t.is(member.state.volume('db')?.replicaNodes.length, 1, 'replicas 2: one besides the running one');
  t.not(replicaNode, alloc.node);
  const agentOf = (node: string) => agents[['a1', 'b1', 'c1'].indexOf(node)]!;
  const onPrimary = await agentOf(alloc.node).watch(alloc.node, 0, 0);
  t.deepEqual(onPrimary.volumes?.map((v) => [v.name, v.primary?.node, v.replicaNodes.map((r) => r.node)]), [['db', alloc.node, [replicaNode]]]);
  // The replica node's watch wakes when it is given the volume's snapshot.
  const before = await agentOf(replicaNode).watch(replicaNode, 0, 0);
  t.is(before.volumes?.[0]?.name, 'db');
  t.deepEqual(before.allocations, [], 'the replica node runs nothing of db');
  t.deepEqual(before.arrows.map((a) => a.name), ['db'], 'but sees its definition, to pull its artifacts ahead');
  const waiting = agentOf(replicaNode).watch(replicaNode, before.index, 5_000);
  const holder = { node: replicaNode, volume: 'db', seq: 1, manifest: `sha256:${'d'.repeat(64)}`, createdMs: 1_000, logicalBytes: 4096, held: true };
  t.deepEqual(await agentOf(replicaNode).report({ type: 'set-volume-holders', changes: [holder] }), []);
  const after = await waiting;
  t.deepEqual(after.volumes?.[0]?.holders.map((h) => [h.node, h.seq]), [[replicaNode, 1]]);
  t.deepEqual(member.state.volumesHeldBy(replicaNode), ['db']);
  const stranger = agents.find((_, i) => ['a1', 'b1', 'c1'][i] !== replicaNode)!;
  await t.throwsAsync(stranger.report({ type: 'set-volume-holders', changes: [holder] }), { instanceOf: ControlRefusedError, message: /belongs to another peer/ });
  const ignored = await agentOf(replicaNode).report({ type: 'set-volume-holders', changes: [{ ...holder, volume: 'gone' }] });
  t.regex(ignored[0]?.reason ?? '', /no Arrow gone with a volume/);
});
