// Volumes and live migration through the API, over a real Raft member with the leader's loops.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { isLiveAllocation } from '../cluster/index.ts';
import type { AllocationRecord, Command } from '../cluster/index.ts';
import { ApiError } from './client/index.ts';
import { testApi, testDefinition, testVolumeDefinition as volumeDefinition, until } from './testing.ts';
import { RestoreRefusedError } from './backend.ts';
import type { LocalVolumes } from './backend.ts';

const apiError = async (t: ExecutionContext, promise: Promise<unknown>, status: number, message?: RegExp): Promise<ApiError> => {
  const error = await t.throwsAsync(promise);
  t.true(error instanceof ApiError, String(error));
  t.is((error as ApiError).status, status, error?.message);
  if (message) t.regex(error!.message, message);
  return error as ApiError;
};

test('volumes are listed and inspected; a running allocation migrates by node name; refusals say why', async (t) => {
  const { client, member, registerNode } = await testApi(t);
  for (const n of ['n1', 'n2', 'n3']) await registerNode(n);
  const propose = async (command: Command) => {
    const result = await member!.propose(command);
    if (!result.ok) throw new Error(result.error);
  };
  await client.putArrow('db', volumeDefinition('db'));
  const alloc = await until('placement', () => member!.state.allocationsOfArrow('db').find(isLiveAllocation));
  // Not running yet: it cannot migrate live.
  const other = ['n1', 'n2', 'n3'].find((n) => n !== alloc.node)!;
  await apiError(t, client.migrateAllocation(alloc.id, other), 409, /is pending, not running/);
  await propose({ type: 'update-allocations', updates: [{ node: alloc.node, id: alloc.id, generation: alloc.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] });
  const replica = await until('replica node', () => member!.state.volume('db')?.replicaNodes[0]);
  const now = Date.now();
  await propose({ type: 'set-volume-holders', changes: [
    { node: replica, volume: 'db', seq: 4, manifest: `sha256:${'a'.repeat(64)}`, createdMs: now - 60_000, logicalBytes: 1_000_000, held: true },
    { node: alloc.node, volume: 'db', seq: 5, manifest: `sha256:${'b'.repeat(64)}`, createdMs: now - 1_000, logicalBytes: 2_000_000, held: true },
  ] });

  const [listed, ...rest] = await client.volumes();
  t.deepEqual(rest, []);
  t.is(listed?.name, 'db');
  t.is(listed?.replicas, 2);
  t.is(listed?.holding, 2);
  t.deepEqual(listed?.primary, { node: alloc.node, nodeName: alloc.node });
  t.deepEqual(listed?.replicaNodes, [{ node: replica, nodeName: replica }]);
  t.is(listed?.newestReplicatedMs, now - 60_000, 'the primary\'s own snapshot is not a replicated one');
  t.true(listed!.newestReplicatedAgeMs! >= 60_000);
  t.is(listed?.logicalBytes, 2_000_000, 'size of the newest snapshot');

  const detail = await client.volume('db');
  t.deepEqual(detail.holders.map((h) => [h.node, h.seq, h.logicalBytes]), [[alloc.node, 5, 2_000_000], [replica, 4, 1_000_000]].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  t.true(detail.holders.every((h) => h.ageMs >= 1_000));
  t.is(detail.allocation, alloc.id);
  t.is(detail.migratingFrom, '');
  await apiError(t, client.volume('ghost'), 404, /unknown volume ghost/);
  await client.putArrow('web', testDefinition('web', 1));
  await apiError(t, client.volume('web'), 404, /Arrow web has no volume/);

  // Migrate onto the replica node, by its name.
  await apiError(t, client.migrateAllocation(alloc.id, 'nowhere'), 404, /unknown node nowhere/);
  await apiError(t, client.migrateAllocation('ghost', replica), 404, /unknown allocation ghost/);
  await apiError(t, client.migrateAllocation(alloc.id, alloc.node), 409, /already runs on node/);
  const moved = await client.migrateAllocation(alloc.id, replica);
  t.is(moved.node, replica);
  t.is(moved.generation, alloc.generation + 1);
  t.is(moved.migratingFrom, alloc.node);
  await apiError(t, client.migrateAllocation(alloc.id, alloc.node), 409, /still migrating from node/);
  t.is((await client.volume('db')).migratingFrom, alloc.node);
  const record: AllocationRecord | undefined = member!.state.allocation(alloc.id);
  t.is(record?.node, replica);
  // The leader replaces the replica node now running it.
  await until('new replica node', () => member!.state.volume('db')?.replicaNodes.every((n) => n !== replica) && member!.state.volume('db')!.replicaNodes.length === 1);
  t.pass();
});

test('a node lists the snapshots it keeps of a volume and restores one as its newest; bad input is refused by name', async (t) => {
  const kept = [
    { seq: 1, manifest: `sha256:${'a'.repeat(64)}`, createdMs: Date.now() - 60_000, logicalBytes: 100, newBytes: 100, entries: 2 },
    { seq: 2, manifest: `sha256:${'b'.repeat(64)}`, createdMs: Date.now() - 1_000, logicalBytes: 120, newBytes: 20, entries: 2 },
  ];
  let running = true;
  const volumes: LocalVolumes = {
    list: async (name) => (name === 'db' ? kept : []),
    restore: async (name, seq) => {
      if (running) throw new RestoreRefusedError(`Arrow ${name} runs on node n1: stop it first`);
      const from = kept.find((s) => s.seq === seq);
      if (!from) throw new RangeError(`this node keeps no snapshot ${seq} of volume ${name}`);
      const snapshot = { ...from, seq: kept.length + 1, createdMs: Date.now(), newBytes: 0 };
      kept.push(snapshot);
      return snapshot;
    },
  };
  const api = await testApi(t, { cluster: false, volumes });
  t.deepEqual((await api.client.nodeVolumeSnapshots('db')).snapshots.map((s) => s.seq), [1, 2]);
  t.deepEqual((await api.client.nodeVolumeSnapshots('other')).snapshots, []);
  await apiError(t, api.client.restoreNodeVolume('db', 1), 409, /runs on node n1: stop it first/);
  running = false;
  const restored = await api.client.restoreNodeVolume('db', 1);
  t.deepEqual([restored.restoredFrom, restored.snapshot.seq, restored.snapshot.manifest], [1, 3, kept[0]!.manifest]);
  await apiError(t, api.client.restoreNodeVolume('db', 9), 404, /no snapshot 9/);
  const raw = (path: string, init: RequestInit = {}) => fetch(`${api.url}${path}`, { ...init, headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' } });
  t.is((await raw('/v1/node/volumes/..%2Fetc/snapshots')).status, 400);
  t.is((await raw(`/v1/node/volumes/${'x'.repeat(64)}/snapshots`)).status, 400);
  for (const body of ['{"seq":0}', '{"seq":1.5}', '{"seq":"1"}', '{"seq":1,"extra":true}', '{}', 'not json']) {
    const answer = await raw('/v1/node/volumes/db/restore', { method: 'POST', body });
    t.is(answer.status, 400, body);
  }
  t.is((await fetch(`${api.url}/v1/node/volumes/db/snapshots`)).status, 401, 'no token, no snapshots');
  const without = await testApi(t, { cluster: false });
  await apiError(t, without.client.nodeVolumeSnapshots('db'), 404, /keeps no volumes/);
});
