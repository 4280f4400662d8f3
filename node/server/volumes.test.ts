import test from 'ava';
import { isLiveAllocation } from '../cluster/index.ts';
import type { Command, CommandResult } from '../cluster/index.ts';
import { Driver, definitionJson, registration } from '../cluster/testing.ts';
import { volumeViewsFor } from './server.ts';
import { chooseReplicas } from './volumes.ts';

const ok = (result: CommandResult) => {
  if (!result.ok) throw new Error(result.error);
  return result;
};

function cluster(nodes: number, volumes: Record<string, number>): Driver {
  const d = new Driver();
  for (let i = 0; i < nodes; i++) ok(d.apply({ type: 'register-node', node: registration(`n${i}`) }).result);
  for (const [name, replicas] of Object.entries(volumes)) {
    ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name, replicas: 1, cpu: 100, memory: 64, volume: { replicas } }) }).result);
  }
  d.scheduleAll();
  return d;
}

const primary = (d: Driver, name: string) => d.state.allocationsOfArrow(name).find(isLiveAllocation)!.node;
const applyAll = (d: Driver, commands: Command[]) => { for (const c of commands) ok(d.apply(c).result); };

test('each volume gets replicas-1 nodes other than its primary, spread over the nodes', (t) => {
  const d = cluster(5, { a: 2, b: 2, c: 3 });
  const commands = chooseReplicas(d.state);
  t.is(commands.length, 3);
  applyAll(d, commands);
  for (const name of ['a', 'b', 'c']) {
    const v = d.state.volume(name)!;
    t.is(v.replicaNodes.length, v.replicas - 1);
    t.false(v.replicaNodes.includes(primary(d, name)));
  }
  // Replica slots go to the least loaded nodes (those running or replicating fewest volumes).
  const primaries = new Set(['a', 'b', 'c'].map((n) => primary(d, n)));
  const slots = d.state.volumes().flatMap((v) => v.replicaNodes);
  const free = ['n0', 'n1', 'n2', 'n3', 'n4'].filter((n) => !primaries.has(n));
  if (free.length >= slots.length) t.is(new Set(slots).size, slots.length, `spread: ${slots.join(',')}`);
  t.deepEqual(chooseReplicas(d.state), [], 'nothing left to change');
  t.deepEqual(chooseReplicas(d.state), chooseReplicas(d.state), 'deterministic');
});

test('a replica node that goes down, turns ineligible or starts running the volume is replaced; good ones stay', (t) => {
  const d = cluster(5, { a: 3 });
  applyAll(d, chooseReplicas(d.state));
  const [gone, stays] = d.state.volume('a')!.replicaNodes as [string, string];
  ok(d.apply({ type: 'set-node-status', updates: [{ node: gone, status: 'down' }] }).result);
  const [command] = chooseReplicas(d.state);
  t.truthy(command);
  applyAll(d, [command!]);
  const after = d.state.volume('a')!.replicaNodes;
  t.true(after.includes(stays));
  t.false(after.includes(gone));
  t.is(after.length, 2);
  ok(d.apply({ type: 'set-eligibility', node: stays, eligible: false }).result);
  applyAll(d, chooseReplicas(d.state));
  t.false(d.state.volume('a')!.replicaNodes.includes(stays));
  // The allocation migrates onto one of its replica nodes: that one is replaced too.
  const a = d.state.allocationsOfArrow('a').find(isLiveAllocation)!;
  ok(d.apply({ type: 'update-allocations', updates: [{ node: a.node, id: a.id, generation: a.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] }).result);
  const onto = d.state.volume('a')!.replicaNodes[0]!;
  ok(d.apply({ type: 'migrate-allocation', allocationId: a.id, to: onto }).result);
  applyAll(d, chooseReplicas(d.state));
  t.false(d.state.volume('a')!.replicaNodes.includes(onto));
  t.is(d.state.volume('a')!.replicaNodes.length, 2);
});

test('nodes already holding a copy are preferred, newest snapshot first', (t) => {
  const d = cluster(6, { a: 3 });
  const p = primary(d, 'a');
  const [x, y, z] = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5'].filter((n) => n !== p).reverse() as [string, string, string];
  const holder = (node: string, createdMs: number) => ({ node, volume: 'a', seq: 1, manifest: `sha256:${'a'.repeat(64)}`, createdMs, logicalBytes: 1, held: true });
  ok(d.apply({ type: 'set-volume-holders', changes: [holder(x, 10), holder(y, 30), holder(z, 20)] }).result);
  const [command] = chooseReplicas(d.state);
  t.deepEqual(command, { type: 'set-volume-replicas', volume: 'a', nodes: [y, z].sort() });
});

test('too few nodes: as many as there are; stopped Arrows are left alone; the number of changes is bounded', (t) => {
  const d = cluster(2, { a: 4 });
  const [command] = chooseReplicas(d.state);
  t.is(command?.type === 'set-volume-replicas' ? command.nodes.length : -1, 1);
  applyAll(d, [command!]);
  t.deepEqual(chooseReplicas(d.state), [], 'no better set exists');
  const many = cluster(3, { a: 2, b: 2, c: 2, d: 2 });
  t.is(chooseReplicas(many.state, { maxChanges: 2 }).length, 2);
  ok(many.apply({ type: 'stop-arrow', name: 'a' }).result);
  t.false(chooseReplicas(many.state).some((c) => c.type === 'set-volume-replicas' && c.volume === 'a'));
});

test('a node\'s watch views: the volumes it runs (as primary) and those naming it a replica node', (t) => {
  const d = cluster(4, { a: 3, b: 2 });
  applyAll(d, chooseReplicas(d.state));
  const pa = primary(d, 'a');
  const views = volumeViewsFor(d.state, pa, d.state.allocationsOfNode(pa));
  const a = views.find((v) => v.name === 'a')!;
  t.deepEqual(a.primary, { node: pa, peerId: `peer-${pa}`, addrs: d.state.node(pa)!.addrs });
  t.deepEqual(a.replicaNodes.map((p) => p.node), d.state.volume('a')!.replicaNodes);
  t.is(a.replicas, 3);
  const replica = d.state.volume('a')!.replicaNodes[0]!;
  const onReplica = volumeViewsFor(d.state, replica, d.state.allocationsOfNode(replica));
  t.true(onReplica.some((v) => v.name === 'a' && v.primary?.node === pa));
  const uninvolved = ['n0', 'n1', 'n2', 'n3'].find((n) => !d.state.volumes().some((v) => v.replicaNodes.includes(n)) && d.state.allocationsOfNode(n).length === 0);
  if (uninvolved) t.deepEqual(volumeViewsFor(d.state, uninvolved, []), []);
});

test('a volume whose Arrow has no live allocation yet gets no replica nodes', (t) => {
  const d = new Driver();
  for (let i = 0; i < 3; i++) ok(d.apply({ type: 'register-node', node: registration(`n${i}`) }).result);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'a', replicas: 1, cpu: 100, memory: 64, volume: {} }) }).result);
  t.deepEqual(chooseReplicas(d.state), [], 'not placed yet');
  d.scheduleAll();
  t.is(chooseReplicas(d.state).length, 1);
});
