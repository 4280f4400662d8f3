import test from 'ava';
import { arrow as pb } from '../proto/cluster.pb.js';
import { ClusterState, ClusterStateMachine, decodeCommand, decodeSnapshot, encodeCommand, encodeSnapshot, isLiveAllocation } from './index.ts';
import type { AllocationRecord, CommandResult } from './index.ts';
import { definitionJson, Driver, planPending, registration, testOptions } from './testing.ts';

const ok = (result: CommandResult) => {
  if (!result.ok) throw new Error(result.error);
  return result;
};

function clusterWith(nodes: number): Driver {
  const d = new Driver();
  for (let i = 0; i < nodes; i++) ok(d.apply({ type: 'register-node', node: registration(`n${i}`) }).result);
  return d;
}

const live = (d: Driver, arrow: string): AllocationRecord[] => d.state.allocationsOfArrow(arrow).filter(isLiveAllocation);

test('a spec write creates an evaluation; the plan places replicas and completes it', (t) => {
  const d = clusterWith(3);
  const put = ok(d.applyEncoded({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 3, cpu: 500, memory: 256 }) }).result);
  t.is(put.version, 1);
  t.is(d.state.pendingEvaluations()[0]?.arrow, 'web');
  const committed = ok(d.scheduleAll()!.result);
  t.is(committed.plans?.[0]?.placed, 3);
  t.is(d.state.evaluation('web')?.status, 'complete');
  const allocations = live(d, 'web');
  t.is(new Set(allocations.map((a) => a.node)).size, 3, 'one per node');
  t.true(allocations.every((a) => a.status === 'pending' && a.generation === 1 && a.specVersion === 1));
  t.deepEqual([...d.state.placement.cpuUsed], [500, 500, 500]);
});

test('an identical spec is unchanged; a changed one bumps the version', (t) => {
  const d = clusterWith(1);
  const json = definitionJson({ name: 'web', replicas: 1, cpu: 100, memory: 64 });
  ok(d.apply({ type: 'put-arrow', definitionJson: json }).result);
  d.scheduleAll();
  const again = ok(d.apply({ type: 'put-arrow', definitionJson: json }).result);
  t.true(again.unchanged);
  t.is(d.state.evaluation('web')?.status, 'complete', 'no new evaluation');
  const changed = ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 1, cpu: 200, memory: 64 }) }).result);
  t.is(changed.version, 2);
  t.is(d.state.evaluation('web')?.status, 'pending');
});

test('agents report statuses; a stale generation or another node is ignored', (t) => {
  const d = clusterWith(2);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 1, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll();
  const [a] = live(d, 'web');
  const report = (node: string, generation: number) => d.apply({
    type: 'update-allocations',
    updates: [{ node, id: a!.id, generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [{ name: 'http', guest: 80, host: 31000, address: '127.0.0.1', protocol: 'tcp' }] }],
  }).result;
  const other = a!.node === 'n0' ? 'n1' : 'n0';
  t.regex(ok(report(other, 1)).ignored?.[0]?.reason ?? '', /is on node/);
  t.regex(ok(report(a!.node, 7)).ignored?.[0]?.reason ?? '', /stale generation/);
  t.is(d.state.allocation(a!.id)?.status, 'pending');
  t.is(ok(report(a!.node, 1)).ignored, undefined);
  t.is(d.state.allocation(a!.id)?.status, 'running');
  t.is(d.state.allocation(a!.id)?.ports[0]?.host, 31000);
});

test('a node going down makes its allocations lost and replaced with a higher generation', (t) => {
  const d = clusterWith(3);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 2, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll();
  const victim = live(d, 'web')[0]!;
  ok(d.apply({ type: 'set-node-status', updates: [{ node: victim.node, status: 'down' }] }).result);
  t.is(d.state.node(victim.node)?.status, 'down');
  t.is(d.state.evaluation('web')?.trigger, 'node-down');
  d.scheduleAll();
  const after = d.state.allocation(victim.id)!;
  t.is(after.desired, 'stop');
  t.is(after.status, 'lost');
  const replacement = live(d, 'web').find((a) => a.replaces === victim.id)!;
  t.truthy(replacement);
  t.not(replacement.node, victim.node);
  t.is(replacement.generation, victim.generation + 1);
  // The node comes back: it is ready again and its old allocation stays stopped.
  ok(d.apply({ type: 'set-node-status', updates: [{ node: victim.node, status: 'ready' }] }).result);
  t.is(d.state.node(victim.node)?.status, 'ready');
  t.is(d.state.allocation(victim.id)?.desired, 'stop');
});

test('unplaceable replicas block the evaluation with the explanation until room appears', (t) => {
  const d = clusterWith(1);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'big', replicas: 2, cpu: 3000, memory: 64 }) }).result);
  const outcome = ok(d.scheduleAll()!.result).plans![0]!;
  t.is(outcome.placed, 1);
  t.is(outcome.unplaced, 1);
  t.regex(outcome.message, /cpu/);
  t.is(d.state.evaluation('big')?.status, 'blocked');
  ok(d.apply({ type: 'register-node', node: registration('n9') }).result);
  t.is(d.state.evaluation('big')?.status, 'pending');
  t.is(d.state.evaluation('big')?.trigger, 'node-join');
  d.scheduleAll();
  t.is(live(d, 'big').length, 2);
  t.is(d.state.evaluation('big')?.status, 'complete');
});

test('a plan made before a spec change is refused and the evaluation goes back to pending', (t) => {
  const d = clusterWith(2);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 1, cpu: 100, memory: 64 }) }).result);
  const plans = planPending(d.state, 1);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 1, cpu: 150, memory: 64 }) }).result);
  const outcome = ok(d.apply({ type: 'commit-plans', plans }).result).plans![0]!;
  t.is(outcome.placed, 0);
  t.regex(outcome.rejected[0]!.reason, /no longer current/);
  t.is(d.state.evaluation('web')?.status, 'pending');
  t.is(live(d, 'web').length, 0);
});

test('a drain moves only the picked allocations, then leaves the node ineligible', (t) => {
  const d = clusterWith(3);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 2, cpu: 100, memory: 64 }) }).result);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'api', replicas: 1, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll();
  const node = live(d, 'api')[0]!.node;
  ok(d.apply({ type: 'start-drain', node, deadlineMs: 0, maxParallel: 1 }).result);
  t.is(d.state.node(node)?.status, 'draining');
  t.false(d.state.node(node)!.eligible);
  const onNode = d.state.allocationsOfNode(node).filter(isLiveAllocation);
  ok(d.apply({ type: 'pick-for-drain', node, allocations: [onNode[0]!.id], forceStop: false }).result);
  d.scheduleAll();
  t.is(d.state.allocation(onNode[0]!.id)?.desired, 'stop');
  const remaining = d.state.allocationsOfNode(node).filter(isLiveAllocation);
  t.is(remaining.length, onNode.length - 1, 'the rest waits its turn');
  if (remaining.length > 0) {
    ok(d.apply({ type: 'pick-for-drain', node, allocations: remaining.map((a) => a.id), forceStop: false }).result);
    d.scheduleAll();
  }
  t.is(d.state.allocationsOfNode(node).filter(isLiveAllocation).length, 0);
  t.is(d.state.node(node)?.status, 'ready');
  t.false(d.state.node(node)!.eligible);
  t.is(d.state.node(node)?.drain, null);
  t.is(live(d, 'web').length, 2);
  t.is(live(d, 'api').length, 1);
});

test('a node registered to another peer cannot be taken over', (t) => {
  const d = clusterWith(1);
  const result = d.apply({ type: 'register-node', node: registration('n0', { peerId: 'intruder' }) }).result;
  t.false(result.ok);
  t.regex(!result.ok ? result.error : '', /belongs to peer peer-n0/);
  t.is(d.state.node('n0')?.peerId, 'peer-n0');
});

test('holders: a second manifest digest for one artifact is refused; tags need a known artifact', (t) => {
  const d = clusterWith(2);
  const digest = `sha256:${'1'.repeat(64)}`;
  const manifest = `sha256:${'2'.repeat(64)}`;
  const forged = `sha256:${'3'.repeat(64)}`;
  const bad = d.apply({ type: 'tag-artifact', name: 'httpd:1', digest }).result;
  t.regex(!bad.ok ? bad.error : '', /unknown artifact/);
  ok(d.apply({ type: 'set-holders', changes: [{ node: 'n0', digest, size: 10, manifestDigest: manifest, held: true }] }).result);
  const second = ok(d.apply({ type: 'set-holders', changes: [{ node: 'n1', digest, size: 10, manifestDigest: forged, held: true }] }).result);
  t.regex(second.ignored?.[0]?.reason ?? '', /differs from the one recorded/);
  t.deepEqual(d.state.artifact(digest)?.holders, ['n0']);
  ok(d.apply({ type: 'tag-artifact', name: 'httpd:1', digest }).result);
  t.is(d.state.tag('httpd:1')?.digest, digest);
  t.is(d.state.placement.artifacts[0]?.get(digest), 10, 'artifact locality sees the holder');
  // A node that deleted its copy reports it without knowing the size or manifest any more.
  ok(d.apply({ type: 'set-holders', changes: [{ node: 'n0', digest, size: 0, manifestDigest: '', held: false }] }).result);
  t.deepEqual(d.state.artifact(digest)?.holders, []);
  t.is(d.state.placement.artifacts[0]?.get(digest), undefined, 'artifact locality forgets the dropped copy');
  t.is(d.state.artifact(digest)?.size, 10, 'the record keeps its size for the next holder to match');
});

test('malformed and invalid commands are error results that change nothing', (t) => {
  const machine = new ClusterStateMachine(testOptions);
  const register = encodeCommand({ timeMs: 1, command: { type: 'register-node', node: registration('n0') } });
  t.true(machine.apply(register, 1).ok);
  const before = machine.snapshot();
  const results = [
    machine.apply(Uint8Array.of(0xff, 0xff, 0xff, 0x01), 2),
    machine.apply(new Uint8Array(0), 3),
    machine.apply(encodeCommand({ timeMs: 1, command: { type: 'put-arrow', definitionJson: '{"name": "BAD NAME"}' } }), 4),
    machine.apply(encodeCommand({ timeMs: 1, command: { type: 'put-arrow', definitionJson: 'not json' } }), 5),
    machine.apply(encodeCommand({ timeMs: 1, command: { type: 'register-node', node: registration('', { capacity: { cpu: -1, memory: 1 } }) } }), 6),
    machine.apply(encodeCommand({ timeMs: 1, command: { type: 'update-allocations', updates: [{ node: 'n0', id: 'x', generation: 0, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] } }), 7),
    machine.apply(encodeCommand({ timeMs: 1, command: { type: 'set-eligibility', node: 'ghost', eligible: false } }), 8),
  ];
  t.true(results.every((r) => !r.ok), JSON.stringify(results));
  const errors = results.map((r) => (r.ok ? '' : r.error));
  t.regex(errors[0]!, /not a cluster command|without an operation/);
  t.regex(errors[2]!, /invalid Arrow definition: name/);
  t.regex(errors[4]!, /node\.id: must not be empty; node\.name: must not be empty; node\.capacity\.cpu: expected an integer/);
  t.regex(errors[5]!, /updates\.0\.generation/);
  t.regex(errors[6]!, /unknown node ghost/);
  const after = decodeSnapshot(machine.snapshot());
  t.deepEqual({ ...after, index: 0 }, { ...decodeSnapshot(before), index: 0 }, 'no record changed');
});

test('terminal allocations beyond the kept number are dropped, live ones never', (t) => {
  const d = new Driver(new ClusterState({ ...testOptions, keepTerminalPerArrow: 2 }));
  ok(d.apply({ type: 'register-node', node: registration('n0') }).result);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'job', replicas: 1, cpu: 100, memory: 64 }) }).result);
  const seen: string[] = [];
  for (let round = 0; round < 5; round++) {
    d.scheduleAll(round);
    const a = live(d, 'job')[0]!;
    seen.push(a.id);
    ok(d.apply({ type: 'update-allocations', updates: [{ node: 'n0', id: a.id, generation: a.generation, status: 'failed', detail: 'exit 1', exitCode: 1, restarts: 0, ports: [] }] }).result);
  }
  d.scheduleAll(9);
  const all = d.state.allocationsOfArrow('job');
  t.is(all.filter((a) => a.status === 'failed').length, 2);
  t.deepEqual(all.filter((a) => a.status === 'failed').map((a) => a.id).sort(), seen.slice(-2).sort());
  t.is(all.filter(isLiveAllocation).length, 1);
});

test('a completed batch run is not placed again', (t) => {
  const d = clusterWith(1);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'once', replicas: 1, cpu: 100, memory: 64, batch: true }) }).result);
  d.scheduleAll();
  const a = live(d, 'once')[0]!;
  ok(d.apply({ type: 'update-allocations', updates: [{ node: a.node, id: a.id, generation: 1, status: 'complete', detail: '', exitCode: 0, restarts: 0, ports: [] }] }).result);
  t.is(d.state.arrow('once')?.completed, 1);
  t.is(d.state.allocation(a.id)?.exitCode, 0);
  d.scheduleAll();
  t.is(live(d, 'once').length, 0);
  t.is(d.state.evaluation('once')?.status, 'complete');
});

// ---- Arrow addresses ----

const reportStatus = (d: Driver, a: AllocationRecord, status: AllocationRecord['status']) =>
  ok(d.apply({ type: 'update-allocations', updates: [{ node: a.node, id: a.id, generation: a.generation, status, detail: '', exitCode: status === 'failed' ? 1 : null, restarts: 0, ports: [] }] }).result);

test('each node gets its own /24 of the Arrow range and keeps it when it registers again', (t) => {
  const d = new Driver();
  for (const id of ['n0', 'n1', 'n2']) ok(d.applyEncoded({ type: 'register-node', node: registration(id) }).result);
  t.deepEqual(d.state.nodes().map((n) => n.subnet), ['10.213.0.0/24', '10.213.1.0/24', '10.213.2.0/24']);
  ok(d.apply({ type: 'set-node-status', updates: [{ node: 'n1', status: 'down' }] }).result);
  ok(d.applyEncoded({ type: 'register-node', node: registration('n1', { capacity: { cpu: 8000, memory: 8192 }, version: 'newer' }) }).result);
  t.is(d.state.node('n1')?.subnet, '10.213.1.0/24');
  t.is(d.state.node('n1')?.version, 'newer');
  ok(d.applyEncoded({ type: 'register-node', node: registration('n3') }).result);
  t.is(d.state.node('n3')?.subnet, '10.213.3.0/24');
});

test('when all 256 subnets are taken a node still joins, without one, and its Arrows get no address', (t) => {
  const d = new Driver();
  for (let i = 0; i < 256; i++) ok(d.apply({ type: 'register-node', node: registration(`full${i}`, { capacity: { cpu: 0, memory: 0 } }) }).result);
  t.is(d.state.node('full255')?.subnet, '10.213.255.0/24');
  ok(d.apply({ type: 'register-node', node: registration('late') }).result);
  t.is(d.state.node('late')?.subnet, '');
  t.is(d.state.node('late')?.status, 'ready');
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 1, cpu: 100, memory: 64 }) }).result);
  t.is(ok(d.scheduleAll()!.result).plans?.[0]?.placed, 1);
  const [a] = live(d, 'web');
  t.is(a?.node, 'late');
  t.is(a?.address, '');
});

test('two allocations on one node get different addresses in its subnet', (t) => {
  const d = clusterWith(2);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 4, cpu: 100, memory: 64 }) }).result);
  ok(d.scheduleAll()!.result);
  const byNode = (node: string) => live(d, 'web').filter((a) => a.node === node).map((a) => a.address).sort();
  t.deepEqual(byNode('n0'), ['10.213.0.2', '10.213.0.3']);
  t.deepEqual(byNode('n1'), ['10.213.1.2', '10.213.1.3']);
});

test('an address is free again once its allocation is terminal, not before; the record keeps it', (t) => {
  const d = clusterWith(1);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 2, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll();
  const first = live(d, 'web').find((a) => a.address === '10.213.0.2')!;
  reportStatus(d, first, 'failed');
  d.scheduleAll(2);
  const successor = live(d, 'web').find((a) => a.id !== first.id && a.address === '10.213.0.2');
  t.truthy(successor, 'the failed allocation\'s address went to its successor');
  t.is(d.state.allocation(first.id)?.address, '10.213.0.2', 'the terminal record keeps it for history');
  // Asked to stop but still running: the VMs hold their addresses, so a new version gets others.
  for (const a of live(d, 'web')) reportStatus(d, a, 'running');
  ok(d.apply({ type: 'stop-arrow', name: 'web' }).result);
  d.scheduleAll(3);
  const stopping = d.state.allocationsOfArrow('web').filter((a) => a.desired === 'stop' && a.status === 'running');
  t.is(stopping.length, 2);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 2, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll(4);
  t.deepEqual(live(d, 'web').map((a) => a.address).sort(), ['10.213.0.4', '10.213.0.5']);
  for (const a of stopping) reportStatus(d, a, 'stopped');
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'api', replicas: 1, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll(5);
  t.is(live(d, 'api')[0]?.address, '10.213.0.2');
});

test('a node whose subnet is used up refuses the placement, and takes nothing new until an address frees', (t) => {
  const d = clusterWith(1);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'many', replicas: 254, cpu: 1, memory: 1 }) }).result);
  const outcome = ok(d.scheduleAll()!.result).plans![0]!;
  t.is(outcome.placed, 253);
  t.is(outcome.rejected.length, 1);
  t.is(outcome.rejected[0]?.node, 'n0');
  t.is(outcome.rejected[0]?.reason, 'node n0 has no free Arrow address');
  t.is(live(d, 'many').length, 253);
  t.is(new Set(live(d, 'many').map((a) => a.address)).size, 253);
  t.is(d.state.evaluation('many')?.trigger, 'plan-rejected');
  // The scheduler now sees the node as taking nothing new: the replica is unplaced, not refused again.
  const again = ok(d.scheduleAll(2)!.result).plans![0]!;
  t.is(again.placed, 0);
  t.is(again.unplaced, 1);
  t.deepEqual(again.rejected, []);
  t.is(d.state.evaluation('many')?.status, 'blocked');
  // A plan made before the node filled up is refused with the same reason.
  const latePlacement = {
    allocationId: 'late-0', arrow: 'many', node: 'n0', cpu: 1, memory: 1, priority: 50, generation: 1, specVersion: 1,
    reason: 'scale-up' as const, artifacts: [], score: 1,
  };
  const late = ok(d.apply({
    type: 'commit-plans',
    plans: [{ plan: { arrow: 'many', snapshotIndex: 1, placements: [latePlacement], stops: [], replacements: [], migrations: [], failures: [] }, evalTriggerIndex: 0 }],
  }).result).plans![0]!;
  t.is(late.placed, 0);
  t.deepEqual(late.rejected, [{ kind: 'placement', allocationId: 'late-0', node: 'n0', reason: 'node n0 has no free Arrow address' }]);
  const ended = live(d, 'many').find((a) => a.address === '10.213.0.77')!;
  reportStatus(d, ended, 'failed');
  t.is(d.state.evaluation('many')?.status, 'pending');
  const last = ok(d.scheduleAll(3)!.result).plans![0]!;
  t.is(last.placed, 1);
  t.is(live(d, 'many').filter((a) => a.address === '10.213.0.77').length, 1);
});

test('a snapshot keeps subnets and addresses; one from before them restores as none', (t) => {
  const d = clusterWith(2);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 3, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll();
  const machine = new ClusterStateMachine(testOptions);
  machine.restore(encodeSnapshot(d.state.toRecords()));
  t.deepEqual(machine.state.toRecords(), d.state.toRecords());
  t.deepEqual(machine.state.nodes().map((n) => n.subnet).sort(), ['10.213.0.0/24', '10.213.1.0/24']);
  t.deepEqual(machine.state.allocations().map((a) => a.address).sort(), live(d, 'web').map((a) => a.address).sort());
  // The restored member hands out the same next address as the original.
  const next = definitionJson({ name: 'api', replicas: 2, cpu: 100, memory: 64 });
  ok(d.apply({ type: 'put-arrow', definitionJson: next }).result);
  const plans = planPending(d.state, 7);
  ok(d.apply({ type: 'commit-plans', plans }).result);
  const restored = new Driver(machine.state);
  restored.timeMs = d.timeMs - 20;
  ok(restored.apply({ type: 'put-arrow', definitionJson: next }).result);
  ok(restored.apply({ type: 'commit-plans', plans }).result);
  t.deepEqual(restored.state.toRecords(), d.state.toRecords());

  // Written before subnets and addresses existed: proto3 leaves the empty fields out.
  const before = decodeSnapshot(encodeSnapshot({
    ...d.state.toRecords(),
    nodes: d.state.nodes().map((n) => ({ ...n, subnet: '' })),
    allocations: d.state.allocations().map((a) => ({ ...a, address: '' })),
  }));
  t.true(before.nodes.every((n) => n.subnet === '') && before.allocations.every((a) => a.address === ''));
  const old = new Driver(ClusterState.fromRecords(before, testOptions));
  ok(old.apply({ type: 'register-node', node: registration('n1') }).result);
  t.is(old.state.node('n1')?.subnet, '10.213.0.0/24', 'a node without a subnet gets one when it registers again');
  ok(old.apply({ type: 'register-node', node: registration('n0') }).result);
  t.is(old.state.node('n0')?.subnet, '10.213.1.0/24');
});

test('the codec refuses a subnet chosen by register-node, and a snapshot\'s malformed subnet or address', (t) => {
  const register = pb.cluster.Command.encode({ timeMs: 1, registerNode: { node: { id: 'n0', name: 'n0', peerId: 'p', subnet: '10.213.9.0/24' } } }).finish();
  t.throws(() => decodeCommand(register), { message: /register-node cannot choose its subnet/ });
  const snapshot = (node: object, allocation?: object) => pb.cluster.Snapshot.encode({
    format: 1, index: 1, nodes: [{ id: 'n0', ...node }], allocations: allocation ? [{ id: 'a', ...allocation }] : [],
  }).finish();
  t.is(decodeSnapshot(snapshot({ subnet: '10.213.7.0/24' })).nodes[0]?.subnet, '10.213.7.0/24');
  t.throws(() => decodeSnapshot(snapshot({ subnet: '10.214.7.0/24' })), { message: /node subnet: "10\.214\.7\.0\/24" is not a node subnet/ });
  t.throws(() => decodeSnapshot(snapshot({ subnet: 'x'.repeat(10_000) })), { message: /node subnet: .* is not a CIDR subnet/ });
  t.is(decodeSnapshot(snapshot({}, { address: '10.213.7.9' })).allocations[0]?.address, '10.213.7.9');
  t.throws(() => decodeSnapshot(snapshot({}, { address: '10.213.7' })), { message: /allocation address: "10\.213\.7" is not an IPv4 address/ });
  t.throws(() => decodeSnapshot(snapshot({}, { address: '192.168.0.2' })), { message: /outside the Arrow range 10\.213\.0\.0\/16/ });
});

test('a migration takes an address in its new node\'s subnet and frees the old one', (t) => {
  const d = clusterWith(2);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'vol', replicas: 1, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll();
  const a = live(d, 'vol')[0]!;
  const to = a.node === 'n0' ? 'n1' : 'n0';
  const migration = { allocationId: a.id, arrow: 'vol', from: a.node, to, generation: a.generation + 1, cpu: 100, memory: 64, reason: 'node-draining' as const };
  const outcome = ok(d.apply({
    type: 'commit-plans',
    plans: [{ plan: { arrow: 'vol', snapshotIndex: d.state.index, placements: [], stops: [], replacements: [], migrations: [migration], failures: [] }, evalTriggerIndex: 0 }],
  }).result).plans![0]!;
  t.is(outcome.migrated, 1);
  const moved = d.state.allocation(a.id)!;
  t.is(moved.node, to);
  t.is(moved.address, `${d.state.node(to)!.subnet.slice(0, -'0/24'.length)}2`);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 2, cpu: 100, memory: 64 }) }).result);
  d.scheduleAll(2);
  const onOld = live(d, 'web').find((w) => w.node === a.node);
  t.is(onOld?.address, `${d.state.node(a.node)!.subnet.slice(0, -'0/24'.length)}2`, 'the address it left is free');
});
