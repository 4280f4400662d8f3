import test from 'ava';
import { PlacementIndex, schedule, staticFeasibility } from './index.ts';
import { makeNode, makeSpec } from './testing/fixtures.ts';

function bigCluster(count: number): PlacementIndex {
  const nodes = Array.from({ length: count }, (_, i) =>
    makeNode(`n${i}`, { labels: { zone: ['a', 'b', 'c'][i % 3]!, arch: i % 5 === 0 ? 'arm64' : 'amd64' } }),
  );
  return PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
}

test('same seed, same plan; another seed, another choice', (t) => {
  const state = bigCluster(2000);
  const spec = makeSpec('web', { replicas: 50, spread: { label: 'zone' } });
  const a = schedule(state, spec, { seed: 42 });
  const b = schedule(state, spec, { seed: 42 });
  t.deepEqual(a, b);
  const c = schedule(state, spec, { seed: 43 });
  t.notDeepEqual(a.placements.map((p) => p.node), c.placements.map((p) => p.node));
});

test('large clusters rank a bounded sample; it still finds the only nodes with room', (t) => {
  const state = bigCluster(4096);
  // Fill every node but three.
  const filler = Array.from({ length: 4096 }, (_, i) => i)
    .filter((i) => ![17, 2000, 4000].includes(i))
    .map((i) => ({ id: `f${i}`, arrow: 'filler', node: `n${i}`, generation: 1, specVersion: 1, status: 'running' as const, cpu: 4000, memory: 100, priority: 50 }));
  const full = PlacementIndex.fromSnapshot({ index: 2, nodes: state.nodes, allocations: filler });
  const plan = schedule(full, makeSpec('web', { replicas: 3 }), { seed: 1 });
  t.deepEqual(plan.placements.map((p) => p.node).sort(), ['n17', 'n2000', 'n4000']);
});

test('static feasibility is computed once per constraint set', (t) => {
  const state = bigCluster(300);
  const spec = { ...makeSpec('x'), constraints: [{ label: 'arch', op: '=' as const, value: 'arm64' }] };
  schedule(state, spec, { seed: 1 });
  const parsed = { requiresKvm: false, constraints: spec.constraints } as Parameters<typeof staticFeasibility>[1];
  const first = staticFeasibility(state, parsed);
  t.is(first.nodes.length, 60);
  t.is(staticFeasibility(state, parsed), first);
  state.setNodeStatus('n0', 'down');
  t.is(staticFeasibility(state, parsed).nodes.length, 59, 'node changes invalidate the memo');
});

const running = (id: string, node: string, cpu: number, memory: number) => ({
  id, arrow: 'existing', node, generation: 1, specVersion: 1, status: 'running' as const, cpu, memory, priority: 50,
});

test('work that may run anywhere leaves scarce label values (arm64 among amd64) for the specs that need them', (t) => {
  // 200 nodes, one in five arm64: an unconstrained Arrow that opens 100 nodes uses amd64 ones.
  const state = bigCluster(200);
  for (const antiAffinity of ['distinct', 'soft'] as const) {
    const plan = schedule(state, makeSpec('web', { replicas: 100 }), { seed: 3, config: { antiAffinity } });
    t.is(plan.placements.length, 100);
    t.deepEqual(plan.placements.filter((p) => state.nodeById(p.node)!.labels.arch === 'arm64'), [], antiAffinity);
  }
  // Asking for arm64 still gets it.
  const arm = schedule(state, makeSpec('arm', { replicas: 5, constraints: [{ label: 'arch', op: '=', value: 'arm64' }] }), { seed: 3 });
  t.true(arm.placements.every((p) => state.nodeById(p.node)!.labels.arch === 'arm64'));
});

test('a sampled window of skewed nodes in use does not strand their memory: an empty node is opened instead', (t) => {
  // 150 of 200 nodes in use at 70% cpu and 10% memory; a cpu-only replica there would leave
  // memory idle for good. Beyond the full-scan size, only a window of candidates is ranked.
  const nodes = Array.from({ length: 200 }, (_, i) => makeNode(`n${i}`, { capacity: { cpu: 10_000, memory: 10_000 } }));
  const existing = nodes.slice(0, 150).map((n, i) => running(`e${i}`, n.id, 7_000, 1_000));
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: existing });
  for (const antiAffinity of ['distinct', 'soft'] as const) {
    const plan = schedule(state, makeSpec('cpu-heavy', { replicas: 20, cpu: 1_000, memory: 10 }), { seed: 5, config: { antiAffinity } });
    t.is(plan.placements.length, 20);
    t.deepEqual(plan.placements.filter((p) => Number(p.node.slice(1)) < 150), [], antiAffinity);
  }
  // With no empty node left, skewing is better than not placing at all.
  const crowded = PlacementIndex.fromSnapshot({ index: 1, nodes: nodes.slice(0, 150), allocations: existing });
  t.is(schedule(crowded, makeSpec('cpu-heavy', { replicas: 20, cpu: 1_000, memory: 10 }), { seed: 5 }).placements.length, 20);
});
