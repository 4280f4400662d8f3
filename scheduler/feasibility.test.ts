import test from 'ava';
import { PlacementIndex, schedule } from './index.ts';
import type { Node } from './index.ts';
import { makeNode, makeSpec } from './testing/fixtures.ts';

function cluster(nodes: Node[]): PlacementIndex {
  return PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
}

const zoned = (): Node[] => [
  makeNode('a1', { labels: { zone: 'a', arch: 'amd64', rack: 'r1' } }),
  makeNode('a2', { labels: { zone: 'a', arch: 'arm64', rack: 'r2' } }),
  makeNode('b1', { labels: { zone: 'b', arch: 'amd64', rack: 'r3' } }),
  makeNode('c1', { labels: { zone: 'c', arch: 'amd64' } }),
];

// Distinct nodes used: replicas beyond the feasible node count co-locate rather than fail.
const placedNodes = (state: PlacementIndex, spec: Parameters<typeof schedule>[1]): string[] =>
  [...new Set(schedule(state, spec, { seed: 3 }).placements.map((p) => p.node))].sort();

test('= and != constraints', (t) => {
  const state = cluster(zoned());
  t.deepEqual(placedNodes(state, makeSpec('x', { replicas: 2, constraints: [{ label: 'zone', op: '=', value: 'a' }] })), ['a1', 'a2']);
  t.deepEqual(
    placedNodes(state, makeSpec('x', { replicas: 2, constraints: [{ label: 'zone', op: '!=', value: 'a' }] })),
    ['b1', 'c1'],
  );
});

test('in, not in and regex constraints; a missing label fails positive matches only', (t) => {
  const state = cluster(zoned());
  t.deepEqual(
    placedNodes(state, makeSpec('x', { replicas: 2, constraints: [{ label: 'zone', op: 'in', values: ['b', 'c'] }] })),
    ['b1', 'c1'],
  );
  t.deepEqual(
    placedNodes(state, makeSpec('x', { replicas: 3, constraints: [{ label: 'rack', op: 'not in', values: ['r1', 'r2'] }] })),
    ['b1', 'c1'],
  );
  t.deepEqual(
    placedNodes(state, makeSpec('x', { replicas: 4, constraints: [{ label: 'rack', op: 'regex', pattern: '^r[12]$' }] })),
    ['a1', 'a2'],
  );
});

test('kvm required and node status filter nodes', (t) => {
  const state = cluster([
    makeNode('plain', { kvm: false }),
    makeNode('kvm'),
    makeNode('drain', { status: 'draining' }),
    makeNode('down', { status: 'down' }),
  ]);
  t.deepEqual(placedNodes(state, makeSpec('x', { replicas: 4, requiresKvm: true })), ['kvm']);
  t.deepEqual(placedNodes(state, makeSpec('y', { replicas: 3, cpu: 4000 })), ['kvm', 'plain']);
});

test('failures explain how many nodes each check filtered', (t) => {
  const nodes: Node[] = [];
  for (let i = 0; i < 40; i++) nodes.push(makeNode(`core-${i}`, { labels: { zone: 'core' } }));
  for (let i = 0; i < 12; i++) nodes.push(makeNode(`edge-${i}`, { labels: { zone: 'edge-1' }, capacity: { cpu: 4000, memory: 1024 } }));
  nodes.push(makeNode('gone', { labels: { zone: 'edge-1' }, status: 'down' }));
  const plan = schedule(cluster(nodes), makeSpec('x', { replicas: 3, memory: 2048, constraints: [{ label: 'zone', op: '=', value: 'edge-1' }] }), {
    seed: 1,
  });
  t.is(plan.placements.length, 0);
  t.is(plan.failures.length, 1);
  const failure = plan.failures[0]!;
  t.is(failure.unplaced, 3);
  t.deepEqual(failure.explanation.filtered, { 'node status down': 1, 'constraint zone = edge-1': 40 });
  t.deepEqual(failure.explanation.exhausted, { cpu: 0, memory: 12 });
  t.is(failure.message, 'memory exhausted on 12 nodes, node status down filtered 1, constraint zone = edge-1 filtered 40');
});

test('partial placement reports only what did not fit', (t) => {
  const state = cluster([makeNode('n1'), makeNode('n2')]);
  const plan = schedule(state, makeSpec('x', { replicas: 5, cpu: 2000 }), { seed: 1 });
  t.is(plan.placements.length, 4);
  t.is(plan.failures[0]!.unplaced, 1);
  t.deepEqual(plan.failures[0]!.explanation.exhausted, { cpu: 2, memory: 0 });
});
