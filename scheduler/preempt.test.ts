import test from 'ava';
import { PlacementIndex, evictionsForNode, schedule, verifyPlan } from './index.ts';
import type { Allocation } from './index.ts';
import { makeNode, makeSpec } from './testing/fixtures.ts';

function alloc(id: string, node: string, priority: number, cpu: number, memory = 256): Allocation {
  return { id, arrow: `app-${id}`, node, generation: 1, specVersion: 1, status: 'running', cpu, memory, priority };
}

test('a higher-priority Arrow evicts the fewest lower-priority allocations', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [makeNode('n1'), makeNode('n2')],
    allocations: [
      // n1: needs three small evictions to free 1500 cpu.
      alloc('s1', 'n1', 10, 500),
      alloc('s2', 'n1', 10, 500),
      alloc('s3', 'n1', 10, 500),
      alloc('s4', 'n1', 95, 2500), // higher than the newcomer: untouchable
      // n2: one big eviction suffices.
      alloc('b1', 'n2', 20, 1500),
      alloc('b2', 'n2', 20, 2500),
    ],
  });
  const plan = schedule(state, makeSpec('urgent', { cpu: 1500, memory: 256, priority: 90 }), { seed: 1 });
  t.is(plan.failures.length, 0);
  t.is(plan.placements[0]!.node, 'n2');
  t.deepEqual(plan.stops.map((s) => [s.allocationId, s.reason]), [['b1', 'preempted']]);
  t.regex(plan.stops[0]!.detail, /preempted by urgent/);
  const verified = verifyPlan(plan, state);
  t.is(verified.rejected.length, 0);
  state.apply(verified.accepted);
  t.true(state.cpuUsed[state.nodeIndex.get('n2')!]! <= 4000);
});

test('never evicts equal or higher priority; explains the failure instead', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [makeNode('n1')],
    allocations: [alloc('same', 'n1', 60, 2000), alloc('higher', 'n1', 80, 2000)],
  });
  const plan = schedule(state, makeSpec('x', { cpu: 1000, priority: 60 }), { seed: 1 });
  t.is(plan.placements.length, 0);
  t.is(plan.stops.length, 0);
  t.is(plan.failures[0]!.message, 'cpu exhausted on 1 nodes');
});

test('evictions cover both cpu and memory shortfalls', (t) => {
  const node = {
    nodeIndex: 0,
    capacity: { cpu: 4000, memory: 4096 },
    used: { cpu: 4000, memory: 4096 },
    allocations: [alloc('cpuheavy', 'n', 1, 3000, 96), alloc('memheavy', 'n', 1, 100, 3000), alloc('both', 'n', 1, 900, 1000)],
  };
  const evict = evictionsForNode(node, { cpu: 800, memory: 900 }, 50)!;
  t.deepEqual(evict.map((a) => a.id), ['both']);
  const big = evictionsForNode(node, { cpu: 2000, memory: 2000 }, 50)!;
  t.is(big.length, 2);
  t.true(big.reduce((s, a) => s + a.cpu, 0) >= 2000 && big.reduce((s, a) => s + a.memory, 0) >= 2000);
  t.is(evictionsForNode(node, { cpu: 5000, memory: 1 }, 50), null, 'larger than the node');
});

test('preemption respects constraints: it only considers feasible nodes', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [makeNode('edge', { labels: { zone: 'edge' } }), makeNode('core', { labels: { zone: 'core' } })],
    allocations: [alloc('low-edge', 'edge', 5, 4000), alloc('low-core', 'core', 5, 4000)],
  });
  const plan = schedule(state, makeSpec('x', { cpu: 1000, priority: 70, constraints: [{ label: 'zone', op: '=', value: 'core' }] }), { seed: 1 });
  t.deepEqual(plan.stops.map((s) => s.allocationId), ['low-core']);
  t.is(plan.placements[0]!.node, 'core');
});
