import test from 'ava';
import { ClusterState, ClusterStateMachine, decodeSnapshot, encodeCommand, isLiveAllocation } from './index.ts';
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
