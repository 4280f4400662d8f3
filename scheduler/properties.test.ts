import test from 'ava';
import fc from 'fast-check';
import { PlacementIndex, compileConstraint, parseArrowSpec, schedule, verifyPlan } from './index.ts';
import type { Allocation, ArrowSpecInput, Constraint, Node } from './index.ts';
import { makeSpec } from './testing/fixtures.ts';

const zones = ['a', 'b', 'c'];

const nodeArb = (id: string): fc.Arbitrary<Node> =>
  fc.record({
    cpu: fc.integer({ min: 500, max: 8000 }),
    memory: fc.integer({ min: 512, max: 16384 }),
    zone: fc.constantFrom(...zones),
    arch: fc.constantFrom('amd64', 'arm64'),
    kvm: fc.boolean(),
    status: fc.constantFrom('ready', 'ready', 'ready', 'draining', 'down'),
    eligible: fc.constantFrom(true, true, true, false),
  }).map((n) => ({
    id,
    capacity: { cpu: n.cpu, memory: n.memory },
    labels: { zone: n.zone, arch: n.arch },
    kvm: n.kvm,
    status: n.status as Node['status'],
    eligible: n.eligible,
    artifacts: [],
    volumes: [],
  }));

const nodesArb = (min: number, max: number): fc.Arbitrary<Node[]> =>
  fc.integer({ min, max }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => nodeArb(`n${i}`))));

const constraintArb: fc.Arbitrary<Constraint> = fc.oneof(
  fc.record({ label: fc.constant('zone'), op: fc.constantFrom('=' as const, '!=' as const), value: fc.constantFrom(...zones) }),
  fc.record({ label: fc.constant('zone'), op: fc.constantFrom('in' as const, 'not in' as const), values: fc.subarray(zones, { minLength: 1 }) }),
  fc.record({ label: fc.constant('arch'), op: fc.constant('regex' as const), pattern: fc.constantFrom('^amd', '64$', '^arm') }),
);

const specArb: fc.Arbitrary<ArrowSpecInput> = fc
  .record({
    replicas: fc.integer({ min: 0, max: 15 }),
    cpu: fc.integer({ min: 100, max: 3000 }),
    memory: fc.integer({ min: 64, max: 6000 }),
    constraints: fc.array(constraintArb, { maxLength: 2 }),
    requiresKvm: fc.boolean(),
    priority: fc.integer({ min: 0, max: 100 }),
    spread: fc.option(fc.constant({ label: 'zone' }), { nil: undefined }),
  })
  .map((s) => makeSpec('prop', { ...s, ...(s.spread === undefined ? {} : { spread: s.spread }) }));

/** A cluster with random existing allocations that fit. */
const clusterArb = fc.tuple(nodesArb(1, 12), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 50, max: 2000 }), fc.integer({ min: 32, max: 4000 }), fc.integer({ min: 0, max: 100 })), { maxLength: 30 })).map(
  ([nodes, raw]) => {
    const cpu = new Map<string, number>();
    const mem = new Map<string, number>();
    const allocations: Allocation[] = [];
    raw.forEach(([pick, c, m, priority], k) => {
      const node = nodes[pick % nodes.length]!;
      if ((cpu.get(node.id) ?? 0) + c > node.capacity.cpu || (mem.get(node.id) ?? 0) + m > node.capacity.memory) return;
      cpu.set(node.id, (cpu.get(node.id) ?? 0) + c);
      mem.set(node.id, (mem.get(node.id) ?? 0) + m);
      allocations.push({ id: `e${k}`, arrow: `other-${k % 4}`, node: node.id, generation: 1, specVersion: 1, status: 'running', cpu: c, memory: m, priority });
    });
    return { nodes, allocations };
  },
);

function assertWithinCapacity(state: PlacementIndex): void {
  state.nodes.forEach((node, i) => {
    if (state.cpuUsed[i]! > node.capacity.cpu || state.memUsed[i]! > node.capacity.memory)
      throw new Error(`node ${node.id} overcommitted: cpu ${state.cpuUsed[i]}/${node.capacity.cpu} memory ${state.memUsed[i]}/${node.capacity.memory}`);
  });
}

const config = { numRuns: 300 };

test('never overcommits cpu or memory, preemption included', (t) => {
  fc.assert(
    fc.property(clusterArb, specArb, fc.integer(), ({ nodes, allocations }, spec, seed) => {
      const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations });
      const plan = schedule(state, spec, { seed });
      const verified = verifyPlan(plan, state);
      // Planned on the latest state, so nothing may be rejected.
      if (verified.rejected.length > 0) throw new Error(`rejected on a fresh state: ${verified.rejected[0]!.reason}`);
      state.apply(verified.accepted);
      assertWithinCapacity(state);
    }),
    config,
  );
  t.pass();
});

test('every hard constraint holds for every placement', (t) => {
  fc.assert(
    fc.property(clusterArb, specArb, fc.integer(), ({ nodes, allocations }, input, seed) => {
      const spec = parseArrowSpec(input);
      const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations });
      const predicates = spec.constraints.map(compileConstraint);
      for (const p of schedule(state, spec, { seed }).placements) {
        const node = state.nodeById(p.node)!;
        if (node.status !== 'ready') throw new Error(`placed on ${node.status} node`);
        if (!node.eligible) throw new Error(`placed on ineligible node ${node.id}`);
        if (spec.requiresKvm && !node.kvm) throw new Error('kvm required but node has none');
        if (!predicates.every((matches) => matches(node.labels))) throw new Error(`constraint violated on ${node.id}`);
      }
    }),
    config,
  );
  t.pass();
});

test('preemption never evicts equal or higher priority, nor the Arrow itself', (t) => {
  fc.assert(
    fc.property(clusterArb, specArb, fc.integer(), ({ nodes, allocations }, input, seed) => {
      const spec = parseArrowSpec(input);
      const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations });
      for (const stop of schedule(state, spec, { seed }).stops.filter((s) => s.reason === 'preempted')) {
        const victim = state.allocations.get(stop.allocationId)!;
        if (victim.priority >= spec.priority || victim.arrow === spec.name) throw new Error(`evicted ${victim.id} (priority ${victim.priority})`);
      }
    }),
    config,
  );
  t.pass();
});

test('replicas land on distinct nodes when enough nodes can take one', (t) => {
  fc.assert(
    fc.property(nodesArb(1, 40), specArb, fc.integer(), (nodes, input, seed) => {
      const spec = parseArrowSpec(input);
      const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
      const predicates = spec.constraints.map(compileConstraint);
      const capable = nodes.filter(
        (n) =>
          n.status === 'ready' &&
          n.eligible &&
          (!spec.requiresKvm || n.kvm) &&
          predicates.every((m) => m(n.labels)) &&
          n.capacity.cpu >= spec.cpu &&
          n.capacity.memory >= spec.memory,
      ).length;
      fc.pre(capable >= spec.replicas);
      const placed = schedule(state, spec, { seed }).placements.map((p) => p.node);
      if (placed.length !== spec.replicas) throw new Error(`placed ${placed.length} of ${spec.replicas}`);
      if (new Set(placed).size !== placed.length) throw new Error(`co-located: ${placed.join(',')}`);
    }),
    config,
  );
  t.pass();
});

test('soft anti-affinity: replicas span at least min(replicas, minDistinctNodes) nodes when that many can take one', (t) => {
  fc.assert(
    fc.property(
      clusterArb,
      specArb,
      fc.integer({ min: 1, max: 5 }),
      fc.constantFrom('binpack' as const, 'spread' as const),
      fc.integer(),
      ({ nodes, allocations }, input, minDistinctNodes, algorithm, seed) => {
        const spec = parseArrowSpec(input);
        const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations });
        const predicates = spec.constraints.map(compileConstraint);
        const floor = Math.min(spec.replicas, minDistinctNodes);
        // Nodes that can take one replica as the cluster stands, existing allocations included.
        const roomy = nodes.filter((n, i) =>
          n.status === 'ready' &&
          n.eligible &&
          (!spec.requiresKvm || n.kvm) &&
          predicates.every((m) => m(n.labels)) &&
          state.cpuUsed[i]! + spec.cpu <= n.capacity.cpu &&
          state.memUsed[i]! + spec.memory <= n.capacity.memory,
        ).length;
        fc.pre(roomy >= floor);
        const plan = schedule(state, spec, { seed, config: { antiAffinity: 'soft', algorithm, minDistinctNodes } });
        const used = new Set(plan.placements.map((p) => p.node));
        if (used.size < floor) throw new Error(`${used.size} nodes for ${spec.replicas} replicas, floor ${floor}: ${[...used].join()}`);
      },
    ),
    config,
  );
  t.pass();
});

test('same seed, same plan', (t) => {
  fc.assert(
    fc.property(clusterArb, specArb, fc.integer(), ({ nodes, allocations }, spec, seed) => {
      const a = schedule(PlacementIndex.fromSnapshot({ index: 1, nodes, allocations }), spec, { seed });
      const b = schedule(PlacementIndex.fromSnapshot({ index: 1, nodes, allocations }), spec, { seed });
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('plans differ');
    }),
    config,
  );
  t.pass();
});

test('verification rejects exactly the parts that would overcommit a node', (t) => {
  fc.assert(
    fc.property(
      clusterArb,
      specArb,
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 50, max: 4000 }), fc.integer({ min: 32, max: 8000 })), { maxLength: 10 }),
      fc.integer(),
      ({ nodes, allocations }, spec, concurrent, seed) => {
        const latest = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations });
        const plan = schedule(latest.clone(), spec, { seed });
        // Another leader's plan lands first: extra allocations, fitting on their own.
        concurrent.forEach(([pick, cpu, memory], k) => {
          const i = pick % nodes.length;
          const node = nodes[i]!;
          if (latest.cpuUsed[i]! + cpu > node.capacity.cpu || latest.memUsed[i]! + memory > node.capacity.memory) return;
          latest.apply({
            arrow: 'concurrent',
            snapshotIndex: latest.index,
            placements: [{ allocationId: `c${k}`, arrow: 'concurrent', node: node.id, cpu, memory, priority: 50, generation: 1, specVersion: 1, reason: 'scale-up', artifacts: [], score: 0 }],
            stops: [],
            replacements: [],
            migrations: [],
            failures: [],
          });
        });
        const verified = verifyPlan(plan, latest);
        // Expected per node: latest usage − stops in the plan + everything the plan adds there.
        const cpu = new Map<string, number>();
        const mem = new Map<string, number>();
        for (const s of [...plan.stops, ...plan.replacements.map((r) => r.previous)]) {
          const a = latest.allocations.get(s.allocationId)!;
          cpu.set(a.node, (cpu.get(a.node) ?? 0) - a.cpu);
          mem.set(a.node, (mem.get(a.node) ?? 0) - a.memory);
        }
        const adds = [...plan.placements, ...plan.replacements.map((r) => r.placement)];
        for (const p of adds) {
          cpu.set(p.node, (cpu.get(p.node) ?? 0) + p.cpu);
          mem.set(p.node, (mem.get(p.node) ?? 0) + p.memory);
        }
        const overcommitted = new Set(
          [...new Set(adds.map((p) => p.node))].filter((id) => {
            const i = latest.nodeIndex.get(id)!;
            const node = latest.nodes[i]!;
            return latest.cpuUsed[i]! + cpu.get(id)! > node.capacity.cpu || latest.memUsed[i]! + mem.get(id)! > node.capacity.memory;
          }),
        );
        const rejectedNodes = new Set(verified.rejected.filter((r) => r.kind !== 'stop').map((r) => r.node));
        if ([...overcommitted].sort().join() !== [...rejectedNodes].sort().join())
          throw new Error(`rejected ${[...rejectedNodes].join()} but overcommitted ${[...overcommitted].join()}`);
        for (const p of adds) {
          const accepted = verified.accepted.placements.includes(p) || verified.accepted.replacements.some((r) => r.placement === p);
          if (accepted === overcommitted.has(p.node)) throw new Error(`placement on ${p.node} accepted=${accepted}`);
        }
        latest.apply(verified.accepted);
        assertWithinCapacity(latest);
      },
    ),
    config,
  );
  t.pass();
});
