import test from 'ava';
import fc from 'fast-check';
import { PlacementIndex, parseArrowSpec, schedule, verifyPlan } from '../../scheduler/index.ts';
import type { ArrowSpec, Node } from '../../scheduler/index.ts';
import { makeNode, makeSpec } from '../../scheduler/testing/fixtures.ts';
import { distinctCoverBound, resourceLowerBound } from './bounds.ts';

const capacity = { cpu: 4000, memory: 8192 };
const node = (id: string, zone: string, arch = 'amd64', kvm = true): Node =>
  makeNode(id, { capacity, labels: { zone, arch }, kvm });

test('resource bound takes the larger resource, rounded up', (t) => {
  t.is(resourceLowerBound(8001, 100, capacity), 3);
  t.is(resourceLowerBound(100, 3 * 8192, capacity), 3);
});

test('distinct specs confined to disjoint zones add up; a spec wider than its nodes counts its nodes', (t) => {
  const nodes = [...Array.from({ length: 5 }, (_, i) => node(`a${i}`, 'a')), ...Array.from({ length: 5 }, (_, i) => node(`b${i}`, 'b'))];
  const specs = [
    parseArrowSpec(makeSpec('in-a', { replicas: 4, cpu: 100, memory: 64, constraints: [{ label: 'zone', op: '=', value: 'a' }] })),
    parseArrowSpec(makeSpec('in-b', { replicas: 9, cpu: 100, memory: 64, constraints: [{ label: 'zone', op: '=', value: 'b' }] })),
  ];
  const bound = distinctCoverBound(nodes, specs, (n) => n.labels.zone!, capacity);
  // 4 in zone a, and min(9, 5) in zone b; tiny replicas would fit on one node by resources.
  t.is(bound.nodes, 9);
  t.is(bound.distinctOnly, 9);
  t.is(bound.resourcesByRegion, 1);
});

test('two overlapping specs count only the larger', (t) => {
  const nodes = Array.from({ length: 10 }, (_, i) => node(`n${i}`, i < 5 ? 'a' : 'b'));
  const specs = [
    parseArrowSpec(makeSpec('wide', { replicas: 6, cpu: 100, memory: 64 })),
    parseArrowSpec(makeSpec('in-a', { replicas: 3, cpu: 100, memory: 64, constraints: [{ label: 'zone', op: '=', value: 'a' }] })),
  ];
  // 3 nodes in zone a serve both; 6 in all is enough.
  t.is(distinctCoverBound(nodes, specs, (n) => n.labels.zone!, capacity).nodes, 6);
});

test('demand confined to scarce nodes needs that many of them', (t) => {
  const nodes = [...Array.from({ length: 8 }, (_, i) => node(`x${i}`, 'a')), ...Array.from({ length: 4 }, (_, i) => node(`r${i}`, 'a', 'arm64'))];
  const specs = [
    // 3 nodes' worth of cpu that only arm64 nodes may take, 2 nodes' worth that may go anywhere.
    parseArrowSpec(makeSpec('arm', { replicas: 12, cpu: 1000, memory: 64, constraints: [{ label: 'arch', op: '=', value: 'arm64' }] })),
    parseArrowSpec(makeSpec('any', { replicas: 8, cpu: 1000, memory: 64 })),
  ];
  const bound = distinctCoverBound(nodes, specs, (n) => n.labels.arch!, capacity);
  t.is(bound.resourcesByRegion, 5);
  // 'any' may use the arm64 nodes too: 4 arm64 + 4 others (3 arm replicas and 1 other per arm64 node fit).
  t.is(bound.distinctOnly, 8);
  t.is(bound.nodes, 8);
});

// The bound must never exceed what the scheduler actually uses when it places everything.
test('the distinct bound never exceeds the nodes a distinct placement uses', (t) => {
  const zones = ['a', 'b', 'c'];
  const nodesArb = fc.array(fc.tuple(fc.constantFrom(...zones), fc.constantFrom('amd64', 'arm64'), fc.boolean()), { minLength: 1, maxLength: 30 });
  const specArb = fc.record({
    replicas: fc.integer({ min: 1, max: 20 }),
    cpu: fc.integer({ min: 100, max: 2000 }),
    memory: fc.integer({ min: 64, max: 4000 }),
    zone: fc.option(fc.constantFrom(...zones), { nil: undefined }),
    arch: fc.option(fc.constantFrom('amd64', 'arm64'), { nil: undefined }),
    requiresKvm: fc.boolean(),
  });
  fc.assert(
    fc.property(nodesArb, fc.array(specArb, { minLength: 1, maxLength: 8 }), fc.integer(), (raw, rawSpecs, seed) => {
      const nodes = raw.map(([zone, arch, kvm], i) => node(`n${i}`, zone, arch, kvm));
      const specs: ArrowSpec[] = rawSpecs.map((s, k) =>
        parseArrowSpec(
          makeSpec(`s${k}`, {
            replicas: s.replicas,
            cpu: s.cpu,
            memory: s.memory,
            requiresKvm: s.requiresKvm,
            constraints: [
              ...(s.zone === undefined ? [] : [{ label: 'zone', op: '=' as const, value: s.zone }]),
              ...(s.arch === undefined ? [] : [{ label: 'arch', op: '=' as const, value: s.arch }]),
            ],
          }),
        ),
      );
      const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
      let unplaced = 0;
      specs.forEach((spec, k) => {
        const plan = schedule(state, spec, { seed: seed + k });
        unplaced += plan.failures.reduce((sum, f) => sum + f.unplaced, 0);
        state.apply(verifyPlan(plan, state).accepted);
      });
      fc.pre(unplaced === 0);
      const used = state.byNode.filter((allocations) => allocations.size > 0).length;
      const bound = distinctCoverBound(nodes, specs, (n) => `${n.labels.zone} ${n.labels.arch}`, capacity).nodes;
      if (bound > used) throw new Error(`bound ${bound} > ${used} nodes used`);
    }),
    { numRuns: 200 },
  );
  t.pass();
});
