import test from 'ava';
import { PlacementIndex, schedule, verifyPlan } from './index.ts';
import type { Allocation } from './index.ts';
import { makeNode, makeSpec } from './testing/fixtures.ts';

function alloc(id: string, node: string, cpu: number, memory = 256, arrow = 'other'): Allocation {
  return { id, arrow, node, generation: 1, specVersion: 1, status: 'running', cpu, memory, priority: 50 };
}

test('a plan from an older snapshot loses only the parts that would now overcommit', (t) => {
  const latest = PlacementIndex.fromSnapshot({ index: 1, nodes: [makeNode('n1'), makeNode('n2'), makeNode('n3')], allocations: [] });
  const old = latest.clone();
  const plan = schedule(old, makeSpec('web', { replicas: 3, cpu: 2000 }), { seed: 1 });
  t.is(plan.placements.length, 3);
  // Meanwhile another plan filled n2.
  const filler = schedule(latest, makeSpec('other', { cpu: 3000, constraints: [{ label: 'zone', op: '=', value: 'a' }] }), { seed: 5 });
  const filledNode = filler.placements[0]!.node;
  latest.apply(filler);
  const verified = verifyPlan(plan, latest);
  t.deepEqual(verified.rejected.map((r) => r.node), [filledNode]);
  t.regex(verified.rejected[0]!.reason, /overcommitted \(cpu 5000\/4000/);
  t.is(verified.accepted.placements.length, 2);
  t.false(verified.accepted.placements.some((p) => p.node === filledNode));
  latest.apply(verified.accepted);
  for (let i = 0; i < latest.nodes.length; i++) t.true(latest.cpuUsed[i]! <= 4000);
});

test('stops in the plan free room for its placements; stale stops are dropped', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [makeNode('n1')],
    allocations: [alloc('old', 'n1', 3000, 256, 'web'), alloc('gone', 'n1', 500, 256, 'x')],
  });
  const plan = {
    arrow: 'web',
    snapshotIndex: 1,
    placements: [
      { allocationId: 'new', arrow: 'web', node: 'n1', cpu: 3000, memory: 256, priority: 50, generation: 1, specVersion: 2, reason: 'scale-up' as const, artifacts: [], score: 0 },
    ],
    stops: [{ allocationId: 'old', arrow: 'web', node: 'n1', generation: 1, reason: 'scale-down' as const, detail: '' }],
    replacements: [],
    migrations: [],
    failures: [],
  };
  t.is(verifyPlan(plan, state).rejected.length, 0);
  // If the stop is stale (the allocation moved: new generation), its room does not count.
  state.setAllocationStatus('old', 'complete');
  state.apply({ ...plan, placements: [{ ...plan.placements[0]!, allocationId: 'old2', cpu: 3000, generation: 2 }], stops: [] });
  const verified = verifyPlan(plan, state);
  t.deepEqual(verified.rejected.map((r) => r.kind).sort(), ['placement', 'stop']);
});

test('placements onto nodes that went down or began draining are rejected', (t) => {
  const latest = PlacementIndex.fromSnapshot({ index: 1, nodes: [makeNode('n1'), makeNode('n2')], allocations: [] });
  const plan = schedule(latest.clone(), makeSpec('web', { replicas: 2 }), { seed: 1 });
  latest.setNodeStatus('n1', 'draining');
  const verified = verifyPlan(plan, latest);
  t.deepEqual(verified.rejected.map((r) => [r.node, r.reason]), [['n1', 'node n1 is draining']]);
  t.deepEqual(verified.accepted.placements.map((p) => p.node), ['n2']);
});

test('applying the same plan twice is refused the second time', (t) => {
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes: [makeNode('n1'), makeNode('n2')], allocations: [] });
  const plan = schedule(state, makeSpec('web', { replicas: 2 }), { seed: 1 });
  state.apply(verifyPlan(plan, state).accepted);
  const again = verifyPlan(plan, state);
  t.is(again.accepted.placements.length, 0);
  t.true(again.rejected.every((r) => r.reason === 'allocation already exists'));
});
