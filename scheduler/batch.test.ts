import test from 'ava';
import { PlacementIndex, schedule, verifyPlan } from './index.ts';
import { makeNode, makeSpec } from './testing/fixtures.ts';

test('a batch planned on one index with addPlanUsage never overcommits a node', (t) => {
  // Two nodes with room for two replicas each; three Arrows of two replicas each.
  const nodes = [makeNode('a', { capacity: { cpu: 1000, memory: 2048 } }), makeNode('b', { capacity: { cpu: 1000, memory: 2048 } })];
  const index = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
  const usage = index.usage();
  const plans = ['x', 'y', 'z'].map((name, seed) => {
    const plan = schedule(index, makeSpec(name, { replicas: 2, cpu: 500, memory: 512 }), { seed, usage });
    index.addPlanUsage(plan, usage);
    return plan;
  });
  t.is(plans[0]!.placements.length, 2);
  t.is(plans[1]!.placements.length, 2);
  t.is(plans[2]!.placements.length, 0, 'the third Arrow sees the first two in the usage');
  t.is(plans[2]!.failures[0]?.unplaced, 2);
  // Applied one after the other, as a leader commits the batch, every plan verifies whole.
  for (const plan of plans) {
    const { accepted, rejected } = verifyPlan(plan, index);
    t.deepEqual(rejected, []);
    index.apply(accepted);
  }
  t.deepEqual([...index.cpuUsed], [1000, 1000]);
});

test('without the batch usage the same plans overcommit and verification rejects the excess', (t) => {
  const nodes = [makeNode('a', { capacity: { cpu: 1000, memory: 2048 } })];
  const index = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
  const first = schedule(index, makeSpec('x', { replicas: 1, cpu: 800 }), { seed: 1 });
  const second = schedule(index, makeSpec('y', { replicas: 1, cpu: 800 }), { seed: 2 });
  index.apply(verifyPlan(first, index).accepted);
  const { accepted, rejected } = verifyPlan(second, index);
  t.is(accepted.placements.length, 0);
  t.regex(rejected[0]!.reason, /overcommitted/);
});

test('an ineligible node keeps its allocations but gets no new ones', (t) => {
  const nodes = [makeNode('a', { eligible: false }), makeNode('b')];
  const running = { id: 'w-1', arrow: 'w', node: 'a', generation: 1, specVersion: 1, status: 'running' as const, cpu: 500, memory: 512, priority: 50 };
  const index = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [running] });
  const plan = schedule(index, makeSpec('w', { replicas: 2 }), { seed: 1 });
  t.deepEqual(plan.stops, []);
  t.deepEqual(plan.placements.map((p) => p.node), ['b'], 'the new replica goes to b; a is skipped');
  const onlyA = PlacementIndex.fromSnapshot({ index: 1, nodes: [makeNode('a', { eligible: false })], allocations: [] });
  t.regex(schedule(onlyA, makeSpec('v'), { seed: 1 }).failures[0]!.message, /ineligible/);
  // A plan made before the node turned ineligible is refused for that node.
  const eligibleIndex = PlacementIndex.fromSnapshot({ index: 1, nodes: [makeNode('a')], allocations: [] });
  const stale = schedule(eligibleIndex, makeSpec('v'), { seed: 1 });
  eligibleIndex.upsertNode(makeNode('a', { eligible: false }));
  t.regex(verifyPlan(stale, eligibleIndex).rejected[0]!.reason, /ineligible/);
});

test('an allocation picked by a drain is replaced while the rest of its node stays put', (t) => {
  const nodes = [makeNode('a'), makeNode('b'), makeNode('c')];
  const alloc = (id: string, draining = false) => ({ id, arrow: 'w', node: 'a', generation: 1, specVersion: 1, status: 'running' as const, cpu: 100, memory: 64, priority: 50, draining });
  const index = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [alloc('w-1', true), alloc('w-2')] });
  const plan = schedule(index, makeSpec('w', { replicas: 2, cpu: 100, memory: 64 }), { seed: 3, config: { antiAffinity: 'soft' } });
  t.deepEqual(plan.replacements.map((r) => r.previous.allocationId), ['w-1']);
  t.not(plan.replacements[0]!.placement.node, 'a');
  t.is(plan.replacements[0]!.placement.generation, 2);
});

test('upsertAllocation keeps usage in step with status changes', (t) => {
  const index = PlacementIndex.fromSnapshot({ index: 1, nodes: [makeNode('a')], allocations: [] });
  const a = { id: 'w-1', arrow: 'w', node: 'a', generation: 1, specVersion: 1, status: 'pending' as const, cpu: 300, memory: 100, priority: 50 };
  index.upsertAllocation(a);
  index.upsertAllocation({ ...a, status: 'running' });
  t.is(index.cpuUsed[0], 300);
  index.upsertAllocation({ ...a, status: 'failed' });
  t.is(index.cpuUsed[0], 0);
  t.is(index.allocationsOf('w').length, 0);
});

test('a static host port goes to one allocation per node: replicas spread, other Arrows wait', (t) => {
  const nodes = [makeNode('a'), makeNode('b'), makeNode('c')];
  const index = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
  // Soft anti-affinity would pack replicas together; the port keeps them apart anyway.
  const web = schedule(index, makeSpec('web', { replicas: 4, hostPorts: ['tcp/8080'] }), { seed: 1, config: { antiAffinity: 'soft', minDistinctNodes: 1 } });
  t.is(new Set(web.placements.map((p) => p.node)).size, 3);
  t.is(web.placements.length, 3);
  t.regex(web.failures[0]!.message, /static host port in use on 3 nodes/);
  index.apply(verifyPlan(web, index).accepted);
  t.deepEqual(web.placements[0]!.hostPorts, ['tcp/8080']);
  const other = schedule(index, makeSpec('other', { hostPorts: ['tcp/8080'] }), { seed: 2 });
  t.is(other.placements.length, 0);
  const udp = schedule(index, makeSpec('dns', { hostPorts: ['udp/8080'] }), { seed: 3 });
  t.is(udp.placements.length, 1, 'udp/8080 is another port');
});

test('verification refuses a second holder of a port planned elsewhere, and frees a stopped one', (t) => {
  const nodes = [makeNode('a')];
  const index = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
  const first = schedule(index, makeSpec('one', { hostPorts: ['tcp/80'] }), { seed: 1 });
  const second = schedule(index, makeSpec('two', { hostPorts: ['tcp/80'] }), { seed: 2 });
  index.apply(verifyPlan(first, index).accepted);
  const { accepted, rejected } = verifyPlan(second, index);
  t.is(accepted.placements.length, 0);
  t.regex(rejected[0]!.reason, /host port tcp\/80 is in use on node a/);
  // Scaling 'one' down to 0 frees the port for a plan that stops and places on the same node.
  const down = schedule(index, makeSpec('one', { replicas: 0, hostPorts: ['tcp/80'] }), { seed: 3 });
  index.apply(verifyPlan(down, index).accepted);
  t.is(verifyPlan(schedule(index, makeSpec('two', { hostPorts: ['tcp/80'] }), { seed: 4 }), index).accepted.placements.length, 1);
});

test('a bad host port is a spec error', (t) => {
  const error = t.throws(() => schedule(PlacementIndex.fromSnapshot({ index: 1, nodes: [], allocations: [] }), makeSpec('x', { hostPorts: ['tcp/70000'] }), { seed: 1 }));
  t.regex(error!.message, /hostPorts\.0: expected tcp\/PORT/);
});
