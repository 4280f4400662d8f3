import test from 'ava';
import { ClusterState, ClusterStateMachine, decodeCommand, decodeSnapshot, encodeCommand, encodeSnapshot, isLiveAllocation, validateCommand, volumeOf } from './index.ts';
import type { AllocationRecord, CommandResult, VolumeHolderChange } from './index.ts';
import { definitionJson, Driver, registration, testOptions } from './testing.ts';

const ok = (result: CommandResult) => {
  if (!result.ok) throw new Error(result.error);
  return result;
};
const refused = (result: CommandResult): string => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

const manifest = (c: string) => `sha256:${c.repeat(64)}`;

function clusterWith(nodes: number): Driver {
  const d = new Driver();
  for (let i = 0; i < nodes; i++) ok(d.apply({ type: 'register-node', node: registration(`n${i}`) }).result);
  return d;
}

const live = (d: Driver, arrow: string): AllocationRecord[] => d.state.allocationsOfArrow(arrow).filter(isLiveAllocation);

/** A cluster running Arrow `db` (with a volume of `replicas` copies) on one node, reported running. */
function withVolume(nodes = 3, replicas?: number): { d: Driver; a: AllocationRecord } {
  const d = clusterWith(nodes);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'db', replicas: 1, cpu: 500, memory: 256, volume: replicas === undefined ? {} : { replicas } }) }).result);
  d.scheduleAll();
  const a = live(d, 'db')[0]!;
  ok(d.apply({ type: 'update-allocations', updates: [{ node: a.node, id: a.id, generation: a.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] }).result);
  return { d, a: d.state.allocation(a.id)! };
}

const holder = (node: string, seq: number, createdMs: number, fields: Partial<VolumeHolderChange> = {}): VolumeHolderChange => ({
  node, volume: 'db', seq, manifest: manifest('a'), createdMs, logicalBytes: 1000 * seq, held: true, ...fields,
});

test('volumeOf reads volume.replicas, defaulting to 2, and nothing for a definition without a volume', (t) => {
  t.is(volumeOf('{"name":"a"}'), undefined);
  t.is(volumeOf('{"name":"a","volume":null}'), undefined);
  t.is(volumeOf('not json'), undefined);
  t.deepEqual(volumeOf('{"volume":{"path":"/data","size":"1G"}}'), { replicas: 2 });
  t.deepEqual(volumeOf('{"volume":{"replicas":3}}'), { replicas: 3 });
  t.deepEqual(volumeOf('{"volume":{"replicas":0}}'), { replicas: 1 });
  t.deepEqual(volumeOf('{"volume":{"replicas":1e9}}'), { replicas: 16 });
});

test('a put-arrow with a volume creates its record; changing replicas updates it; dropping the volume removes it', (t) => {
  const d = clusterWith(2);
  const applied = d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'db', replicas: 1, cpu: 100, memory: 64, volume: { replicas: 3 } }) });
  t.deepEqual(d.state.volume('db'), { name: 'db', replicas: 3, replicaNodes: [], holders: [], modifyIndex: d.state.index });
  t.true(applied.changes.some((c) => c.kind === 'volume' && !c.removed));
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'db', replicas: 1, cpu: 200, memory: 64, volume: { replicas: 2 } }) }).result);
  t.is(d.state.volume('db')?.replicas, 2);
  ok(d.apply({ type: 'stop-arrow', name: 'db' }).result);
  t.truthy(d.state.volume('db'), 'a stopped Arrow keeps its volume: its data outlives its VMs');
  const dropped = d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'db', replicas: 1, cpu: 200, memory: 64 }) });
  t.is(d.state.volume('db'), undefined);
  t.true(dropped.changes.some((c) => c.kind === 'volume' && c.removed));
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 1, cpu: 100, memory: 64 }) }).result);
  t.is(d.state.volume('web'), undefined, 'no volume, no record');
});

test('holders: agents record snapshots; older ones, unknown nodes and volumes are ignored; held false removes', (t) => {
  const { d } = withVolume();
  const r1 = ok(d.applyEncoded({ type: 'set-volume-holders', changes: [holder('n1', 1, 100), holder('n2', 1, 100), holder('n9', 1, 100), holder('n1', 1, 100, { volume: 'gone' })] }).result);
  t.deepEqual(r1.ignored?.map((i) => i.reason), ['unknown node', 'no Arrow gone with a volume']);
  t.deepEqual(d.state.volume('db')?.holders.map((h) => [h.node, h.seq]), [['n1', 1], ['n2', 1]]);
  t.is(d.state.volume('db')?.holders[0]?.reportedMs, d.timeMs);
  const r2 = ok(d.apply({ type: 'set-volume-holders', changes: [holder('n1', 2, 200), holder('n2', 0, 50)] }).result);
  t.regex(r2.ignored?.[0]?.reason ?? '', /older than the one recorded/);
  t.deepEqual(d.state.volume('db')?.holders.map((h) => [h.node, h.seq, h.createdMs]), [['n1', 2, 200], ['n2', 1, 100]]);
  t.deepEqual(d.state.volumesHeldBy('n1'), ['db']);
  const i = d.state.placement.nodeIndex.get('n1')!;
  t.true(d.state.placement.volumes[i]!.has('db'), 'the scheduler sees the copy');
  ok(d.apply({ type: 'set-volume-holders', changes: [holder('n1', 0, 0, { held: false, manifest: '' })] }).result);
  t.deepEqual(d.state.volume('db')?.holders.map((h) => h.node), ['n2']);
  t.deepEqual(d.state.volumesHeldBy('n1'), []);
  t.false(d.state.placement.volumes[i]!.has('db'));
});

test('set-volume-replicas names up to replicas-1 known nodes other than the running one', (t) => {
  const { d, a } = withVolume(4, 3);
  const others = ['n0', 'n1', 'n2', 'n3'].filter((n) => n !== a.node);
  t.regex(refused(d.apply({ type: 'set-volume-replicas', volume: 'nope', nodes: [] }).result), /unknown volume nope/);
  t.regex(refused(d.apply({ type: 'set-volume-replicas', volume: 'db', nodes: others }).result), /wants 2 replica node\(s\).*got 3/);
  t.regex(refused(d.apply({ type: 'set-volume-replicas', volume: 'db', nodes: [others[0]!, 'n9'] }).result), /unknown node n9/);
  t.regex(refused(d.apply({ type: 'set-volume-replicas', volume: 'db', nodes: [a.node] }).result), /runs volume db/);
  const before = d.state.nodeWatchIndex(others[1]!);
  ok(d.apply({ type: 'set-volume-replicas', volume: 'db', nodes: [others[1]!, others[0]!] }).result);
  t.deepEqual(d.state.volume('db')?.replicaNodes, [others[0], others[1]].sort());
  t.true(d.state.nodeWatchIndex(others[1]!) > before, 'the replica node\'s watch sees it');
  t.is(d.state.nodeWatchIndex(a.node), d.state.index, 'so does the running node\'s');
  t.true(ok(d.apply({ type: 'set-volume-replicas', volume: 'db', nodes: [others[0]!, others[1]!] }).result).unchanged);
  t.throws(() => validateCommand({ type: 'set-volume-replicas', volume: 'db', nodes: ['n1', 'n1'] }), { message: /named twice/ });
  t.throws(() => validateCommand({ type: 'set-volume-replicas', volume: 'db', nodes: Array.from({ length: 17 }, (_, i) => `n${i}`) }), { message: /17 items, at most 16/ });
  t.throws(() => validateCommand({ type: 'set-volume-holders', changes: [holder('n1', -1, 0, { manifest: 'md5:x' })] }), { message: /seq.*manifest/ });
});

test('migrate-allocation moves a running allocation live: new node, generation, address, migratingFrom until it runs there', (t) => {
  const { d, a } = withVolume(3);
  const to = a.node === 'n0' ? 'n1' : 'n0';
  ok(d.applyEncoded({ type: 'migrate-allocation', allocationId: a.id, to }).result);
  const moved = d.state.allocation(a.id)!;
  t.is(moved.node, to);
  t.is(moved.generation, a.generation + 1);
  t.is(moved.migratingFrom, a.node);
  t.deepEqual([moved.status, moved.statusDetail, moved.ports], ['pending', `moving live from node ${a.node}`, []], 'not served at its new address before it runs there');
  t.true(moved.address.startsWith(d.state.node(to)!.subnet.slice(0, -'0/24'.length)));
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to: a.node }).result), /still migrating from node/);
  // The old node can no longer report for it; the new one reporting it running ends the migration.
  const report = (node: string, generation: number) => d.apply({ type: 'update-allocations', updates: [{ node, id: a.id, generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] }).result;
  t.truthy(ok(report(a.node, a.generation)).ignored);
  t.is(d.state.allocation(a.id)?.migratingFrom, a.node);
  ok(report(to, a.generation + 1));
  t.is(d.state.allocation(a.id)?.migratingFrom, '');
  t.is(d.state.allocation(a.id)?.status, 'running');
});

test('migrate-allocation refusals name the problem', (t) => {
  const { d, a } = withVolume(4);
  const [to, other] = ['n0', 'n1', 'n2', 'n3'].filter((n) => n !== a.node) as [string, string];
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: 'nope', to }).result), /unknown allocation nope/);
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to: 'n9' }).result), /unknown node n9/);
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to: a.node }).result), /already runs on node/);
  ok(d.apply({ type: 'set-eligibility', node: to, eligible: false }).result);
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to }).result), new RegExp(`node ${to} is ineligible`));
  ok(d.apply({ type: 'set-node-status', updates: [{ node: other, status: 'down' }] }).result);
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to: other }).result), new RegExp(`node ${other} is down`));
  // No room: a node smaller than the allocation.
  ok(d.apply({ type: 'register-node', node: registration('small', { capacity: { cpu: 300, memory: 8192 } }) }).result);
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to: 'small' }).result), /cannot migrate allocation .* to node small: node small would be overcommitted \(cpu 500\/300/);
  t.is(d.state.allocation(a.id)?.node, a.node, 'nothing changed');
  // Not running: a pending allocation does not migrate live.
  ok(d.apply({ type: 'update-allocations', updates: [{ node: a.node, id: a.id, generation: a.generation, status: 'starting', detail: '', exitCode: null, restarts: 1, ports: [] }] }).result);
  ok(d.apply({ type: 'set-eligibility', node: to, eligible: true }).result);
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to }).result), /is starting, not running/);
  ok(d.apply({ type: 'stop-arrow', name: 'db' }).result);
  d.scheduleAll(4);
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to }).result), /is not live/);
});

test('migrate-allocation refuses a static host port in use on the target', (t) => {
  const d = clusterWith(2);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'db', replicas: 1, cpu: 100, memory: 64, hostPort: 8080, volume: {} }) }).result);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 2, cpu: 100, memory: 64, hostPort: 8080 }) }).result);
  d.scheduleAll();
  const a = live(d, 'db')[0];
  t.truthy(a);
  if (!a) return;
  ok(d.apply({ type: 'update-allocations', updates: [{ node: a.node, id: a.id, generation: a.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] }).result);
  const to = a.node === 'n0' ? 'n1' : 'n0';
  if (!live(d, 'web').some((w) => w.node === to)) return void t.pass('web did not land on the other node');
  t.regex(refused(d.apply({ type: 'migrate-allocation', allocationId: a.id, to }).result), /host port tcp\/8080 is in use/);
});

test('a drain migrates a volume\'s allocation and sets migratingFrom; ending it clears that', (t) => {
  const { d, a } = withVolume(2);
  ok(d.apply({ type: 'start-drain', node: a.node, deadlineMs: 0, maxParallel: 1 }).result);
  ok(d.apply({ type: 'pick-for-drain', node: a.node, allocations: [a.id], forceStop: false }).result);
  d.scheduleAll(2);
  const moved = d.state.allocation(a.id)!;
  t.not(moved.node, a.node);
  t.is(moved.migratingFrom, a.node);
  ok(d.apply({ type: 'update-allocations', updates: [{ node: moved.node, id: a.id, generation: moved.generation, status: 'failed', detail: 'boom', exitCode: 1, restarts: 0, ports: [] }] }).result);
  t.is(d.state.allocation(a.id)?.migratingFrom, '');
});

test('volumes and migratingFrom survive a snapshot; a snapshot from before volumes restores with none', (t) => {
  const { d, a } = withVolume(3);
  const to = a.node === 'n0' ? 'n1' : 'n0';
  const spare = ['n0', 'n1', 'n2'].find((n) => n !== a.node && n !== to)!;
  ok(d.apply({ type: 'set-volume-holders', changes: [holder(spare, 3, 300), holder(to, 2, 200)] }).result);
  ok(d.apply({ type: 'set-volume-replicas', volume: 'db', nodes: [spare] }).result);
  ok(d.apply({ type: 'migrate-allocation', allocationId: a.id, to }).result);
  const machine = new ClusterStateMachine(testOptions);
  machine.restore(encodeSnapshot(d.state.toRecords()));
  t.deepEqual(machine.state.toRecords(), d.state.toRecords());
  t.deepEqual(machine.state.volumesHeldBy(spare), ['db']);
  t.true(machine.state.placement.volumes[machine.state.placement.nodeIndex.get(spare)!]!.has('db'));
  t.is(machine.state.allocation(a.id)?.migratingFrom, a.node);
  t.true(machine.state.nodeWatchIndex(spare) >= d.state.volume('db')!.modifyIndex);
  const old = decodeSnapshot(encodeSnapshot({ ...d.state.toRecords(), volumes: [] }));
  t.deepEqual(old.volumes, []);
  // Commands round-trip through the log's encoding.
  for (const command of [
    { type: 'set-volume-holders' as const, changes: [holder('n1', 4, 400)] },
    { type: 'set-volume-replicas' as const, volume: 'db', nodes: ['n1', 'n2'] },
    { type: 'migrate-allocation' as const, allocationId: 'x', to: 'n2' },
  ]) t.deepEqual(decodeCommand(encodeCommand({ timeMs: 5, command })).command, command);
  const fresh = ClusterState.fromRecords(decodeSnapshot(encodeSnapshot(d.state.toRecords())), testOptions);
  t.deepEqual(fresh.volume('db'), d.state.volume('db'));
});

test('fewer copies wanted trims the replica nodes, keeping those holding a copy', (t) => {
  const { d, a } = withVolume(4, 3);
  const others = ['n0', 'n1', 'n2', 'n3'].filter((n) => n !== a.node);
  ok(d.apply({ type: 'set-volume-replicas', volume: 'db', nodes: [others[0]!, others[1]!] }).result);
  ok(d.apply({ type: 'set-volume-holders', changes: [holder(others[1]!, 1, 1)] }).result);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'db', replicas: 1, cpu: 500, memory: 256, volume: { replicas: 2 } }) }).result);
  t.deepEqual(d.state.volume('db')?.replicaNodes, [others[1]]);
});
