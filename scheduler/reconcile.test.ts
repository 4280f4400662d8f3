import test from 'ava';
import { PlacementIndex, schedule, verifyPlan } from './index.ts';
import type { Allocation, ArrowSpecInput, Node, Plan } from './index.ts';
import { makeNode, makeSpec } from './testing/fixtures.ts';

function alloc(id: string, node: string, overrides: Partial<Allocation> = {}): Allocation {
  return { id, arrow: 'web', node, generation: 1, specVersion: 1, status: 'running', cpu: 500, memory: 512, priority: 50, ...overrides };
}

function nodes(count: number, overrides: Partial<Node> = {}): Node[] {
  return Array.from({ length: count }, (_, i) => makeNode(`n${i}`, overrides));
}

function run(state: PlacementIndex, spec: ArrowSpecInput, seed = 1): Plan {
  const plan = schedule(state, spec, { seed });
  state.apply(verifyPlan(plan, state).accepted);
  return plan;
}

function isEmpty(plan: Plan): boolean {
  return plan.placements.length + plan.stops.length + plan.replacements.length + plan.migrations.length === 0;
}

test('scale up places only the missing replicas, then nothing', (t) => {
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes: nodes(5), allocations: [alloc('w1', 'n0')] });
  const plan = run(state, makeSpec('web', { replicas: 3 }));
  t.is(plan.placements.length, 2);
  t.true(plan.placements.every((p) => p.reason === 'scale-up' && p.generation === 1));
  t.is(state.allocationsOf('web').length, 3);
  t.true(isEmpty(run(state, makeSpec('web', { replicas: 3 }))));
});

test('scale down stops the surplus, outdated ones first', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: nodes(4),
    allocations: [alloc('w1', 'n0'), alloc('w2', 'n1', { specVersion: 0 }), alloc('w3', 'n2'), alloc('w4', 'n3')],
  });
  const plan = run(state, makeSpec('web', { replicas: 2 }));
  t.is(plan.stops.length, 2);
  t.true(plan.stops.every((s) => s.reason === 'scale-down'));
  t.true(plan.stops.some((s) => s.allocationId === 'w2'));
  t.is(plan.placements.length, 0);
  t.is(state.allocationsOf('web').length, 2);
});

test('node down: its allocations are lost and replaced elsewhere, once', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: nodes(4),
    allocations: [alloc('w1', 'n0', { generation: 3 }), alloc('w2', 'n1')],
  });
  state.setNodeStatus('n0', 'down');
  const plan = run(state, makeSpec('web', { replicas: 2 }));
  t.deepEqual(plan.stops.map((s) => [s.allocationId, s.reason]), [['w1', 'node-down']]);
  t.is(plan.placements.length, 1);
  const replacement = plan.placements[0]!;
  t.is(replacement.reason, 'replace-lost');
  t.is(replacement.replaces, 'w1');
  t.is(replacement.generation, 4);
  t.not(replacement.node, 'n0');
  t.true(isEmpty(run(state, makeSpec('web', { replicas: 2 }), 2)));
});

test('allocations on a node that left the cluster are lost too', (t) => {
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes: nodes(2), allocations: [alloc('w1', 'gone')] });
  const plan = run(state, makeSpec('web', { replicas: 1 }));
  t.is(plan.stops[0]!.reason, 'node-down');
  t.is(plan.placements[0]!.replaces, 'w1');
});

test('draining: stateful allocations migrate live with a new generation, stateless are replaced', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [...nodes(3), makeNode('holder', { volumes: ['db-data'] })],
    allocations: [
      alloc('db1', 'n0', { arrow: 'db', generation: 7 }),
      alloc('w1', 'n0'),
    ],
  });
  state.setNodeStatus('n0', 'draining');
  const db = run(state, makeSpec('db', { replicas: 1, volume: { name: 'db-data' } }));
  t.is(db.migrations.length, 1);
  t.deepEqual([db.migrations[0]!.allocationId, db.migrations[0]!.from, db.migrations[0]!.generation], ['db1', 'n0', 8]);
  t.is(db.migrations[0]!.to, 'holder', 'prefers the node holding the volume replica');
  t.is(db.placements.length + db.replacements.length + db.stops.length, 0);
  t.is(state.allocations.get('db1')!.node, 'holder');

  const web = run(state, makeSpec('web', { replicas: 1 }));
  t.is(web.migrations.length, 0);
  t.is(web.replacements.length, 1);
  t.is(web.replacements[0]!.previous.allocationId, 'w1');
  t.is(web.replacements[0]!.placement.reason, 'replace-draining');
  t.not(web.replacements[0]!.placement.node, 'n0');
  t.true(isEmpty(run(state, makeSpec('web', { replicas: 1 }), 3)));
  t.true(isEmpty(run(state, makeSpec('db', { replicas: 1, volume: { name: 'db-data' } }), 3)));
});

test('a lost stateful replica restarts on a node holding its volume', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [...nodes(20), makeNode('replica-holder', { volumes: ['db-data'] })],
    allocations: [alloc('db1', 'n0', { arrow: 'db' })],
  });
  state.setNodeStatus('n0', 'down');
  for (let seed = 0; seed < 5; seed++) {
    const plan = schedule(state, makeSpec('db', { replicas: 1, volume: { name: 'db-data' } }), { seed });
    t.is(plan.placements[0]!.node, 'replica-holder');
  }
});

test('spec change rolls at most maxParallel at a time and waits for pending replacements', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: nodes(8),
    allocations: [0, 1, 2, 3, 4].map((i) => alloc(`w${i}`, `n${i}`)),
  });
  const v2 = makeSpec('web', { replicas: 5, version: 2, update: { maxParallel: 2 } });
  const first = run(state, v2);
  t.is(first.replacements.length, 2);
  t.true(first.replacements.every((r) => r.placement.reason === 'rolling-update' && r.placement.specVersion === 2));
  t.is(state.allocationsOf('web').length, 5);
  // Nothing more until the new ones run.
  t.true(isEmpty(run(state, v2, 2)));
  for (const r of first.replacements) state.setAllocationStatus(r.placement.allocationId, 'running');
  const second = run(state, v2, 3);
  t.is(second.replacements.length, 2);
  const replacedTwice = second.replacements.filter((r) => first.replacements.some((f) => f.placement.allocationId === r.previous.allocationId));
  t.is(replacedTwice.length, 0, 'new-version allocations are never rolled again');
  for (const r of second.replacements) state.setAllocationStatus(r.placement.allocationId, 'running');
  t.is(run(state, v2, 4).replacements.length, 1);
  t.true(state.allocationsOf('web').length === 5);
});

test('every allocation appears in at most one action of a plan', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: nodes(6),
    allocations: [alloc('a', 'n0'), alloc('b', 'n1', { specVersion: 0 }), alloc('c', 'n2'), alloc('d', 'n3', { specVersion: 0 })],
  });
  state.setNodeStatus('n0', 'down');
  state.setNodeStatus('n2', 'draining');
  const plan = schedule(state, makeSpec('web', { replicas: 3, version: 1, update: { maxParallel: 5 } }), { seed: 9 });
  const touched = [
    ...plan.stops.map((s) => s.allocationId),
    ...plan.replacements.map((r) => r.previous.allocationId),
    ...plan.migrations.map((m) => m.allocationId),
  ];
  t.is(new Set(touched).size, touched.length);
  // Surplus comes out of the lost one first, so it is stopped and not replaced.
  t.deepEqual(plan.stops.map((s) => [s.allocationId, s.reason]), [['a', 'scale-down']]);
  t.deepEqual(
    plan.replacements.map((r) => [r.previous.allocationId, r.placement.reason]).sort(),
    [['b', 'rolling-update'], ['c', 'replace-draining'], ['d', 'rolling-update']],
  );
  t.is(plan.placements.length, 0);
});
