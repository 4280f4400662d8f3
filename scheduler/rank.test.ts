import test from 'ava';
import { PlacementIndex, schedule } from './index.ts';
import type { ArrowSpecInput, Node } from './index.ts';
import { digestOf, makeNode, makeSpec } from './testing/fixtures.ts';

function place(nodes: Node[], spec: ArrowSpecInput, config = {}, seed = 1): string[] {
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
  return schedule(state, spec, { seed, config }).placements.map((p) => p.node);
}

test('bin-pack picks the fullest node that fits; spread picks the emptiest', (t) => {
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [makeNode('empty'), makeNode('half'), makeNode('full')],
    allocations: [
      { id: 'h', arrow: 'o', node: 'half', generation: 1, specVersion: 1, status: 'running', cpu: 2000, memory: 4096, priority: 50 },
      { id: 'f', arrow: 'o', node: 'full', generation: 1, specVersion: 1, status: 'running', cpu: 3800, memory: 8000, priority: 50 },
    ],
  });
  t.is(schedule(state, makeSpec('x'), { seed: 1 }).placements[0]!.node, 'half');
  t.is(schedule(state, makeSpec('x'), { seed: 1, config: { algorithm: 'spread' } }).placements[0]!.node, 'empty');
});

test('artifact locality: a node already holding binary and kernel wins, partial holders come next', (t) => {
  const spec = makeSpec('web');
  const binary = { digest: digestOf('web-bin'), size: 20_000_000 };
  const kernel = { digest: digestOf('kernel-base'), size: 8_000_000 };
  const nodes = [makeNode('none'), makeNode('kernel-only', { artifacts: [kernel] }), makeNode('both', { artifacts: [binary, kernel] })];
  for (let seed = 0; seed < 5; seed++) t.deepEqual(place(nodes, spec, {}, seed), ['both']);
  const partial = [makeNode('none'), makeNode('kernel-only', { artifacts: [kernel] })];
  for (let seed = 0; seed < 5; seed++) t.deepEqual(place(partial, spec, {}, seed), ['kernel-only']);
});

test('replicas of one Arrow land on distinct nodes while there are enough', (t) => {
  const nodes = Array.from({ length: 6 }, (_, i) => makeNode(`n${i}`));
  t.is(new Set(place(nodes, makeSpec('x', { replicas: 6 }))).size, 6);
  // Soft mode packs instead: beyond its availability floor (3 nodes by default) co-location is
  // only a small penalty for big services, so the 6 replicas share nodes, 2 to a node at most.
  const soft = place(nodes, makeSpec('x', { replicas: 6 }), { antiAffinity: 'soft' });
  const softNodes = new Set(soft);
  t.true(softNodes.size >= 3 && softNodes.size < 6, soft.join());
  for (const n of softNodes) t.true(soft.filter((p) => p === n).length <= 2, soft.join());
});

function perNode(placed: readonly string[]): number[] {
  const counts = new Map<string, number>();
  for (const n of placed) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.values()];
}

test('soft anti-affinity keeps an availability floor: an empty cluster gets 6 replicas on at least 3 nodes', (t) => {
  const nodes = Array.from({ length: 20 }, (_, i) => makeNode(`n${i}`, { capacity: { cpu: 64000, memory: 65536 } }));
  for (const algorithm of ['binpack', 'spread'] as const) {
    for (let seed = 0; seed < 10; seed++) {
      const placed = place(nodes, makeSpec('x', { replicas: 6 }), { antiAffinity: 'soft', algorithm }, seed);
      t.is(placed.length, 6);
      const counts = perNode(placed);
      t.true(counts.length >= 3, `${algorithm} seed ${seed}: ${placed.join()}`);
      t.true(Math.max(...counts) <= Math.ceil(6 / 3), `${algorithm} seed ${seed}: ${placed.join()}`);
    }
  }
  // Fewer replicas than the floor: each on its own node. The floor is configurable; 1 turns it off.
  t.is(new Set(place(nodes, makeSpec('x', { replicas: 2 }), { antiAffinity: 'soft' })).size, 2);
  const wider = place(nodes, makeSpec('x', { replicas: 8 }), { antiAffinity: 'soft', minDistinctNodes: 4 });
  t.true(perNode(wider).length >= 4 && Math.max(...perNode(wider)) <= 2, wider.join());
  t.is(new Set(place(nodes, makeSpec('x', { replicas: 6 }), { antiAffinity: 'soft', minDistinctNodes: 1 })).size, 1);
});

test('soft anti-affinity keeps the floor when fewer nodes than it are in use', (t) => {
  // Two nodes in use with plenty of room: packing alone would put all 6 replicas on them.
  const running = (id: string, node: string) =>
    ({ id, arrow: `o-${id}`, node, generation: 1, specVersion: 1, status: 'running' as const, cpu: 1000, memory: 1024, priority: 50 });
  const nodes = Array.from({ length: 10 }, (_, i) => makeNode(`n${i}`, { capacity: { cpu: 64000, memory: 65536 } }));
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [running('a', 'n0'), running('b', 'n1')] });
  for (let seed = 0; seed < 5; seed++) {
    const placed = schedule(state, makeSpec('x', { replicas: 6 }), { seed, config: { antiAffinity: 'soft' } }).placements.map((p) => p.node);
    t.true(perNode(placed).length >= 3, placed.join());
    t.true(Math.max(...perNode(placed)) <= 2, placed.join());
    // The nodes in use are still filled first: exactly one node is opened for the floor.
    t.true(placed.includes('n0') && placed.includes('n1') && perNode(placed).length === 3, placed.join());
  }
});

test('affinities attract and repel', (t) => {
  const nodes = [makeNode('ssd', { labels: { disk: 'ssd' } }), makeNode('hdd', { labels: { disk: 'hdd' } })];
  for (let seed = 0; seed < 4; seed++) {
    t.deepEqual(place(nodes, makeSpec('x', { affinities: [{ label: 'disk', op: '=', value: 'ssd', weight: 80 }] }), {}, seed), ['ssd']);
    t.deepEqual(place(nodes, makeSpec('x', { affinities: [{ label: 'disk', op: '=', value: 'ssd', weight: -80 }] }), {}, seed), ['hdd']);
  }
});

test('even spread over a label', (t) => {
  const nodes = ['a', 'b', 'c'].flatMap((zone) => Array.from({ length: 4 }, (_, i) => makeNode(`${zone}${i}`, { labels: { zone } })));
  const placed = place(nodes, makeSpec('x', { replicas: 9, spread: { label: 'zone' } }));
  const perZone = new Map<string, number>();
  for (const n of placed) perZone.set(n[0]!, (perZone.get(n[0]!) ?? 0) + 1);
  t.deepEqual([...perZone.entries()].sort(), [['a', 3], ['b', 3], ['c', 3]]);
});

test('spread targets are followed', (t) => {
  const nodes = ['a', 'b'].flatMap((zone) => Array.from({ length: 10 }, (_, i) => makeNode(`${zone}${i}`, { labels: { zone } })));
  const placed = place(nodes, makeSpec('x', { replicas: 10, spread: { label: 'zone', targets: { a: 80, b: 20 } } }));
  t.is(placed.filter((n) => n.startsWith('a')).length, 8);
  t.is(placed.filter((n) => n.startsWith('b')).length, 2);
});

test('bin-pack sends a cpu-heavy replica where memory is what is used up', (t) => {
  const running = (id: string, node: string, cpu: number, memory: number) =>
    ({ id, arrow: `o-${id}`, node, generation: 1, specVersion: 1, status: 'running' as const, cpu, memory, priority: 50 });
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [makeNode('balanced'), makeNode('memory-heavy'), makeNode('empty')],
    allocations: [running('b', 'balanced', 2000, 4096), running('m', 'memory-heavy', 1200, 5000)],
  });
  const plan = schedule(state, makeSpec('x', { cpu: 400, memory: 64 }), { seed: 1 });
  t.is(plan.placements[0]!.node, 'memory-heavy');
});

test('soft anti-affinity spreads a large Arrow over the nodes in use instead of piling it on one', (t) => {
  const running = (id: string, node: string) =>
    ({ id, arrow: `o-${id}`, node, generation: 1, specVersion: 1, status: 'running' as const, cpu: 100, memory: 100, priority: 50 });
  const nodes = Array.from({ length: 10 }, (_, i) => makeNode(`n${i}`, { capacity: { cpu: 64000, memory: 65536 } }));
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [0, 1, 2, 3].map((i) => running(`r${i}`, `n${i}`)) });
  const placed = schedule(state, makeSpec('x', { replicas: 40, cpu: 500, memory: 64 }), { seed: 1, config: { antiAffinity: 'soft' } })
    .placements.map((p) => p.node);
  t.deepEqual([...new Set(placed)].sort(), ['n0', 'n1', 'n2', 'n3'], 'no node opened while used ones have room');
  for (const n of ['n0', 'n1', 'n2', 'n3']) t.is(placed.filter((p) => p === n).length, 10);
});

test('the imbalance a node may take shrinks with its headroom', (t) => {
  const running = (id: string, node: string, cpu: number, memory: number) =>
    ({ id, arrow: `o-${id}`, node, generation: 1, specVersion: 1, status: 'running' as const, cpu, memory, priority: 50 });
  const capacity = { cpu: 10_000, memory: 10_000 };
  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [makeNode('nearly-full', { capacity }), makeNode('empty', { capacity })],
    allocations: [running('f', 'nearly-full', 8_000, 6_500)],
  });
  // 90% cpu and 65% memory after: within the 0.3 slack, but only 10% headroom is left to even
  // it out, so a quarter of the node's memory would be stranded. Open the empty node instead.
  t.is(schedule(state, makeSpec('cpu-heavy', { cpu: 1_000, memory: 10 }), { seed: 1 }).placements[0]!.node, 'empty');
  // A replica that evens the node out is welcome however full it is.
  t.is(schedule(state, makeSpec('memory-heavy', { cpu: 100, memory: 1_000 }), { seed: 1 }).placements[0]!.node, 'nearly-full');
});
