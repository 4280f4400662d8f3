// Random command sequences, as a leader, agents, admins and a hostile log would produce them, with
// the state's rules checked after every step, and snapshots checked to restore the same state
// that then goes on exactly like the original.
import test from 'ava';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { isAllocationAddress } from './addresses.ts';
import { ClusterState, decodeCommand, decodeSnapshot, encodeCommand, encodeSnapshot, isLiveAllocation, terminalAllocStatuses, volumeOf } from './index.ts';
import type { AllocStatus, Command, PlanCommand } from './index.ts';
import { definitionJson, planPending, registration, testOptions } from './testing.ts';

const nodeIds = ['n0', 'n1', 'n2', 'n3', 'n4'];
const arrowNames = ['a', 'b', 'c', 'd'];
/** Capacities are fixed per node id, so "never overcommitted" is a property of plans alone. */
const capacity = (id: string) => ({ cpu: 1000 + 500 * nodeIds.indexOf(id), memory: 2048 });

type Action =
  | { kind: 'register'; node: string }
  | { kind: 'put'; name: string; replicas: number; cpu: number; memory: number; batch: boolean; hostPort?: number; volume?: { replicas: number } }
  | { kind: 'volume-holder'; node: string; volume: string; createdMs: number; held: boolean }
  | { kind: 'volume-replicas'; volume: string; nodes: string[] }
  | { kind: 'migrate'; pick: number; node: string }
  | { kind: 'stop'; name: string }
  | { kind: 'schedule'; seed: number }
  /** Plan now, commit after the next few actions: the plan meets a state that moved on. */
  | { kind: 'plan-late'; seed: number; delay: number }
  | { kind: 'node-status'; node: string; status: 'ready' | 'down' }
  | { kind: 'report'; pick: number; status: AllocStatus; staleGeneration: boolean; wrongNode: boolean }
  | { kind: 'drain'; node: string; maxParallel: number }
  | { kind: 'pick'; node: string; count: number; force: boolean }
  | { kind: 'cancel-drain'; node: string }
  | { kind: 'eligibility'; node: string; eligible: boolean }
  | { kind: 'garbage'; bytes: Uint8Array };

const node = fc.constantFrom(...nodeIds);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('register' as const), node }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('put' as const), name: fc.constantFrom(...arrowNames), replicas: fc.integer({ min: 0, max: 6 }),
      cpu: fc.integer({ min: 100, max: 900 }), memory: fc.integer({ min: 64, max: 1024 }), batch: fc.boolean(),
      hostPort: fc.constantFrom(undefined, undefined, 8080, 9090),
      volume: fc.constantFrom(undefined, undefined, { replicas: 2 }, { replicas: 3 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('volume-holder' as const), node, volume: fc.constantFrom(...arrowNames), createdMs: fc.integer({ min: 0, max: 5 }), held: fc.boolean() }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('volume-replicas' as const), volume: fc.constantFrom(...arrowNames), nodes: fc.uniqueArray(node, { maxLength: 3 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('migrate' as const), pick: fc.nat(), node }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('stop' as const), name: fc.constantFrom(...arrowNames) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('schedule' as const), seed: fc.integer({ min: 0, max: 1000 }) }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('plan-late' as const), seed: fc.integer({ min: 0, max: 1000 }), delay: fc.integer({ min: 1, max: 4 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('node-status' as const), node, status: fc.constantFrom('ready' as const, 'down' as const) }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('report' as const), pick: fc.nat(), status: fc.constantFrom<AllocStatus>('pulling', 'starting', 'running', 'running', 'complete', 'failed', 'stopped'),
      staleGeneration: fc.boolean(), wrongNode: fc.boolean(),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ kind: fc.constant('drain' as const), node, maxParallel: fc.integer({ min: 1, max: 3 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('pick' as const), node, count: fc.integer({ min: 1, max: 3 }), force: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('cancel-drain' as const), node }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('eligibility' as const), node, eligible: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('garbage' as const), bytes: fc.uint8Array({ maxLength: 64 }) }), weight: 1 },
);

/** Turns an action into the bytes a member would find in its log (or none). */
function toEntries(state: ClusterState, action: Action, late: { at: number; plans: PlanCommand[] }[], step: number): Uint8Array[] {
  const encode = (command: Command) => encodeCommand({ timeMs: 1_000_000 + step, command });
  switch (action.kind) {
    case 'register':
      return [encode({ type: 'register-node', node: registration(action.node, { capacity: capacity(action.node) }) })];
    case 'put':
      return [encode({ type: 'put-arrow', definitionJson: definitionJson(action) })];
    case 'stop':
      return [encode({ type: 'stop-arrow', name: action.name })];
    case 'schedule': {
      const plans = planPending(state, action.seed + step * 7);
      return plans.length > 0 ? [encode({ type: 'commit-plans', plans })] : [];
    }
    case 'plan-late': {
      const plans = planPending(state, action.seed + step * 13);
      if (plans.length > 0) late.push({ at: step + action.delay, plans });
      return [];
    }
    case 'node-status':
      return [encode({ type: 'set-node-status', updates: [{ node: action.node, status: action.status }] })];
    case 'report': {
      const candidates = state.allocations().filter((a) => !['complete', 'failed', 'lost', 'stopped'].includes(a.status));
      if (candidates.length === 0) return [];
      const a = candidates[action.pick % candidates.length]!;
      const status = a.desired === 'stop' && action.status === 'running' ? 'stopped' : action.status;
      return [encode({
        type: 'update-allocations',
        updates: [{ node: action.wrongNode ? nodeIds[(nodeIds.indexOf(a.node) + 1) % nodeIds.length]! : a.node, id: a.id, generation: action.staleGeneration ? a.generation + 1 : a.generation, status, detail: '', exitCode: status === 'complete' ? 0 : null, restarts: 0, ports: [] }],
      })];
    }
    case 'drain':
      return [encode({ type: 'start-drain', node: action.node, deadlineMs: 0, maxParallel: action.maxParallel })];
    case 'pick': {
      const picked = state.allocationsOfNode(action.node).filter(isLiveAllocation).slice(0, action.count).map((a) => a.id);
      return picked.length > 0 ? [encode({ type: 'pick-for-drain', node: action.node, allocations: picked, forceStop: action.force })] : [];
    }
    case 'cancel-drain':
      return [encode({ type: 'cancel-drain', node: action.node })];
    case 'eligibility':
      return [encode({ type: 'set-eligibility', node: action.node, eligible: action.eligible })];
    case 'garbage':
      return [action.bytes];
    case 'volume-holder':
      return [encode({ type: 'set-volume-holders', changes: [{ node: action.node, volume: action.volume, seq: action.createdMs, manifest: `sha256:${'c'.repeat(64)}`, createdMs: action.createdMs, logicalBytes: 10, held: action.held }] })];
    case 'volume-replicas':
      return [encode({ type: 'set-volume-replicas', volume: action.volume, nodes: action.nodes })];
    case 'migrate': {
      const candidates = state.allocations().filter(isLiveAllocation);
      if (candidates.length === 0) return [];
      return [encode({ type: 'migrate-allocation', allocationId: candidates[action.pick % candidates.length]!.id, to: action.node })];
    }
  }
}

/** The rules every state keeps; `generations` remembers what each allocation had before. */
function checkInvariants(state: ClusterState, generations: Map<string, number>): void {
  const records = state.allocations();
  for (const a of records) {
    const before = generations.get(a.id);
    if (before !== undefined && a.generation < before) throw new Error(`generation of ${a.id} went from ${before} to ${a.generation}`);
    generations.set(a.id, a.generation);
    if (a.replaces) {
      const previous = generations.get(a.replaces);
      if (previous !== undefined && a.generation <= previous) throw new Error(`${a.id} (gen ${a.generation}) replaces ${a.replaces} (gen ${previous})`);
    }
  }
  const live = records.filter(isLiveAllocation);
  const replaced = new Set(live.map((a) => a.replaces).filter((id) => id !== ''));
  for (const a of live) {
    const node = state.node(a.node);
    if (node?.status === 'down' && replaced.has(a.id)) throw new Error(`${a.id} is live on down node ${a.node} beside its committed replacement`);
  }
  for (const n of state.nodes()) {
    const used = live.filter((a) => a.node === n.id).reduce((s, a) => ({ cpu: s.cpu + a.resources.cpu, memory: s.memory + a.resources.memory }), { cpu: 0, memory: 0 });
    if (used.cpu > n.capacity.cpu || used.memory > n.capacity.memory) throw new Error(`node ${n.id} overcommitted: ${JSON.stringify(used)} of ${JSON.stringify(n.capacity)}`);
    const ports = live.filter((a) => a.node === n.id).flatMap((a) => a.hostPorts);
    if (new Set(ports).size !== ports.length) throw new Error(`node ${n.id} gives a host port twice: ${ports.join(',')}`);
    const i = state.placement.nodeIndex.get(n.id)!;
    if (state.placement.cpuUsed[i] !== used.cpu || state.placement.memUsed[i] !== used.memory) {
      throw new Error(`placement index of ${n.id} says ${state.placement.cpuUsed[i]}/${state.placement.memUsed[i]}, records ${used.cpu}/${used.memory}`);
    }
  }
  // Arrow addresses: one subnet per node, and addresses inside it that no two allocations whose
  // VMs may still run on one node (anything not terminal, stopping ones too) share.
  const subnets = state.nodes().map((n) => n.subnet).filter((s) => s !== '');
  if (new Set(subnets).size !== subnets.length) throw new Error(`two nodes share a subnet: ${subnets.join(',')}`);
  for (const a of records) {
    if (a.address === '') continue;
    const subnet = state.node(a.node)?.subnet ?? '';
    if (subnet === '' || !isAllocationAddress(a.address, subnet)) throw new Error(`${a.id} on ${a.node} has address ${a.address}, not an allocation address of its subnet ${JSON.stringify(subnet)}`);
  }
  const held = new Map<string, string>();
  for (const a of records) {
    if (a.address === '' || terminalAllocStatuses.has(a.status)) continue;
    const key = `${a.node} ${a.address}`;
    if (held.has(key)) throw new Error(`${a.id} and ${held.get(key)} both hold ${a.address} on ${a.node}`);
    held.set(key, a.id);
  }
  for (const a of live) if (a.address === '' && state.node(a.node)?.subnet) throw new Error(`live ${a.id} has no address, though its node has a subnet`);
  const indexed = [...state.placement.allocations.keys()].sort();
  const expected = live.map((a) => a.id).sort();
  if (JSON.stringify(indexed) !== JSON.stringify(expected)) throw new Error(`placement index holds ${indexed.length} live allocations, records ${expected.length}`);
  if (state.evaluations().some((e) => e.status === 'pending') !== (state.pendingEvaluations().length > 0)) throw new Error('pending order out of step');
  // Volumes: a record exactly for the Arrows whose definition has one; the scheduler sees each
  // node holding what the records say; a migration in flight only on a live allocation.
  for (const arrow of state.arrows()) {
    if ((volumeOf(arrow.definitionJson) !== undefined) !== (state.volume(arrow.name) !== undefined)) throw new Error(`volume record of ${arrow.name} out of step with its definition`);
  }
  for (const v of state.volumes()) {
    if (v.replicaNodes.length > v.replicas - 1) throw new Error(`volume ${v.name} has ${v.replicaNodes.length} replica nodes for ${v.replicas} copies`);
  }
  for (const n of state.nodes()) {
    const recorded = state.volumes().filter((v) => v.holders.some((h) => h.node === n.id)).map((v) => v.name).sort();
    const seen = [...state.placement.volumes[state.placement.nodeIndex.get(n.id)!]!].sort();
    if (JSON.stringify(recorded) !== JSON.stringify(seen)) throw new Error(`scheduler sees ${n.id} holding ${seen.join(',')}, records ${recorded.join(',')}`);
  }
  for (const a of records) if (terminalAllocStatuses.has(a.status) && a.migratingFrom) throw new Error(`terminal ${a.id} still migrating from ${a.migratingFrom}`);
  for (const n of state.nodes()) {
    const indexed = state.allocationsMigratingFrom(n.id).map((a) => a.id).join(',');
    const expected = records.filter((a) => a.migratingFrom === n.id).map((a) => a.id).sort().join(',');
    if (indexed !== expected) throw new Error(`migrating from ${n.id}: index ${indexed}, records ${expected}`);
  }
}

function roundTrip(state: ClusterState): ClusterState {
  return ClusterState.fromRecords(decodeSnapshot(encodeSnapshot(state.toRecords())), testOptions);
}

test('random command sequences keep the rules, and a restored snapshot goes on identically', (t) => {
  fc.assert(
    fc.property(fc.array(actionArb, { minLength: 10, maxLength: 80, size: 'max' }), fc.nat(), (actions, cutSeed) => {
      const state = new ClusterState(testOptions);
      const generations = new Map<string, number>();
      const log: Uint8Array[] = [];
      const late: { at: number; plans: PlanCommand[] }[] = [];
      actions.forEach((action, step) => {
        const entries = toEntries(state, action, late, step);
        for (const due of late.filter((l) => l.at === step)) entries.push(encodeCommand({ timeMs: 1_000_000 + step, command: { type: 'commit-plans', plans: due.plans } }));
        for (const bytes of entries) {
          log.push(bytes);
          let decoded;
          try {
            decoded = decodeCommand(bytes);
          } catch {
            continue; // what ClusterStateMachine turns into an error result
          }
          state.apply(decoded, log.length);
          checkInvariants(state, generations);
        }
      });
      // restore(snapshot(s)) equals s …
      const restored = roundTrip(state);
      if (!isDeepStrictEqual(restored.toRecords(), state.toRecords())) throw new Error('snapshot round trip changed the state');
      // … and a member restored from a snapshot taken mid-log ends where the others do.
      const cut = log.length === 0 ? 0 : cutSeed % (log.length + 1);
      const replay = (from: ClusterState, entries: Uint8Array[], start: number) => {
        entries.forEach((bytes, i) => {
          try { from.apply(decodeCommand(bytes), start + i + 1); } catch { /* error result */ }
        });
        return from;
      };
      const head = replay(new ClusterState(testOptions), log.slice(0, cut), 0);
      const tail = replay(roundTrip(head), log.slice(cut), cut);
      if (!isDeepStrictEqual(tail.toRecords(), state.toRecords())) throw new Error(`restoring at entry ${cut} of ${log.length} diverged`);
    }),
    { numRuns: 300, includeErrorInReport: true },
  );
  t.pass();
});
