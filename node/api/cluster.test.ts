// The cluster routes over a real Raft member with node/server planning: what people and
// arrowctl see and change.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { isLiveAllocation } from '../cluster/index.ts';
import { ClusterMember } from '../consensus/member.ts';
import { readDefinition } from '../server/index.ts';
import { ApiError } from './client/index.ts';
import { testApi, testDefinition } from './testing.ts';
import type { TestApi } from './testing.ts';

const api = testApi;

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

const apiError = async (t: ExecutionContext, promise: Promise<unknown>, status: number, code?: string): Promise<ApiError> => {
  const error = await t.throwsAsync(promise);
  t.true(error instanceof ApiError, String(error));
  t.is((error as ApiError).status, status, error?.message);
  if (code) t.is((error as ApiError).code, code);
  return error as ApiError;
};

test('an Arrow is stored, placed by the leader, listed, inspected, re-put unchanged, stopped', async (t) => {
  const { client, registerNode } = await api(t);
  for (const n of ['n1', 'n2', 'n3']) await registerNode(n);
  const put = await client.putArrow('web', testDefinition('web', 2));
  t.deepEqual(put, { name: 'web', version: 1, unchanged: false });
  // The same definition with its keys in another order is the same Arrow.
  const reordered = Object.fromEntries(Object.entries(testDefinition('web', 2)).reverse());
  t.deepEqual(await client.putArrow('web', reordered), { name: 'web', version: 1, unchanged: true });

  const placed = await until('2 placements', async () => {
    const arrows = await client.arrows();
    const live = arrows[0]?.allocations.filter((a) => a.desired === 'run') ?? [];
    return live.length === 2 ? arrows : undefined;
  });
  t.is(placed.length, 1);
  t.is(placed[0]!.type, 'service');
  t.is(placed[0]!.replicas, 2);
  t.is(placed[0]!.evaluation?.status, 'complete');
  t.deepEqual(new Set(placed[0]!.allocations.map((a) => a.nodeName)).size, 2);

  const detail = await client.arrow('web');
  t.is((detail.definition as { name: string }).name, 'web');
  t.is(detail.version, 1);

  const first = detail.allocations[0]!;
  t.is((await client.allocation(first.id)).id, first.id);
  // Both allocations of one plan share all but their last character.
  await apiError(t, client.allocation(first.id.slice(0, -1)), 400, 'ambiguous');
  await apiError(t, client.allocation('nothing-like-it'), 404, 'not-found');
  t.is((await client.allocations({ arrow: 'web' })).length, 2);
  t.is((await client.allocations({ node: first.nodeName })).length, 1);
  await apiError(t, client.allocations({ node: 'nowhere' }), 404, 'not-found');
  await apiError(t, client.allocations({ arrow: 'nothing' }), 404);

  t.deepEqual(await client.stopArrow('web'), { name: 'web', version: 1, unchanged: false });
  await until('stopped', async () => (await client.arrow('web')).allocations.every((a) => a.desired === 'stop'));
  t.deepEqual(await client.stopArrow('web'), { name: 'web', version: 1, unchanged: true });
  await apiError(t, client.stopArrow('ghost'), 404);
  await apiError(t, client.arrow('ghost'), 404);
});

test('a definition is validated by node/spec, and the name in the path must match', async (t) => {
  const { client, member } = await api(t);
  const before = member!.state.index;
  const bad = await apiError(t, client.putArrow('web', testDefinition('web', -1, { memory: 8 })), 400, 'invalid-definition');
  t.deepEqual(bad.fields.map((f) => f.path).sort(), ['definition.memory', 'definition.replicas']);
  const mismatch = await apiError(t, client.putArrow('api', testDefinition('web', 1)), 400);
  t.deepEqual(mismatch.fields.map((f) => f.path), ['definition.name']);
  const path = await apiError(t, client.putArrow('Bad_Name', testDefinition('web', 1)), 400);
  t.deepEqual(path.fields.map((f) => f.path), ['params.name']);
  t.is(member!.state.index, before, 'nothing was proposed');
  t.deepEqual(await client.arrows(), []);
});

test('plan shows placements, and explains what cannot be placed, committing nothing', async (t) => {
  const { client, registerNode, member } = await api(t);
  await registerNode('small-1', { capacity: { cpu: 4000, memory: 256 } });
  await registerNode('small-2', { capacity: { cpu: 4000, memory: 256 } });
  await registerNode('drained', { capacity: { cpu: 4000, memory: 8192 } });
  await client.drain('drained', {});
  const index = member!.state.index;
  const fits = await client.plan(testDefinition('web', 2));
  t.is(fits.version, 1);
  t.false(fits.unchanged);
  t.deepEqual(fits.placements.map((p) => p.nodeName).sort(), ['small-1', 'small-2']);
  t.is(fits.unplaced, 0);
  const tooBig = await client.plan(testDefinition('db', 1, { memory: 1024 }));
  t.is(tooBig.placements.length, 0);
  t.is(tooBig.unplaced, 1);
  t.regex(tooBig.failures[0]!.message, /memory exhausted on 2 nodes/);
  t.regex(tooBig.failures[0]!.message, /filtered 1/);
  t.is(member!.state.index, index, 'a plan commits nothing');
  t.deepEqual(await client.arrows(), []);
  // Once stored unchanged, the plan says so and has nothing to do.
  await client.putArrow('web', testDefinition('web', 2));
  await until('placed', async () => (await client.arrow('web')).evaluation?.status === 'complete');
  const again = await client.plan(testDefinition('web', 2));
  t.true(again.unchanged);
  t.is(again.version, 1);
  t.is(again.placements.length + again.stops.length + again.replacements.length, 0);
  const scaled = await client.plan(testDefinition('web', 1));
  t.is(scaled.version, 2);
  t.is(scaled.stops.length, 1);
});

test('nodes: list, lookup by name and id prefix, drain with a deadline, cancel, eligibility', async (t) => {
  const { client, registerNode, member } = await api(t);
  await registerNode('node-alpha-1234');
  await registerNode('node-beta-5678');
  const list = await client.nodes();
  t.deepEqual(list.nodes.map((n) => n.name), ['node-alpha-1234', 'node-beta-5678']);
  t.is(list.ttlMs, 60_000);
  t.is((await client.node('node-alpha')).id, 'node-alpha-1234', 'unique id prefix');
  const ambiguous = await apiError(t, client.node('node-'), 400, 'ambiguous');
  t.regex(ambiguous.message, /node-alpha-1234/);
  await apiError(t, client.node('gamma'), 404, 'not-found');

  const before = Date.now();
  const draining = await client.drain('node-alpha-1234', { deadline: '10m', maxParallel: 2 });
  // Nothing runs there: the drain ends at once and leaves the node ineligible.
  t.false(draining.eligible);
  t.true(member!.state.node('node-alpha-1234')!.drain === null || member!.state.node('node-alpha-1234')!.drain!.deadlineMs >= before + 600_000);
  await apiError(t, client.drain('node-alpha-1234', { cancel: true }), 409, 'refused');
  t.true((await client.setEligibility('node-alpha-1234', true)).eligible);
  t.false((await client.setEligibility('node-alpha-1234', false)).eligible);
  const bad = await apiError(t, client.drain('node-beta-5678', { deadline: 'soon' }), 400);
  t.deepEqual(bad.fields.map((f) => f.path), ['body.deadline']);
  const both = await apiError(t, client.drain('node-beta-5678', { cancel: true, maxParallel: 2 }), 400);
  t.deepEqual(both.fields.map((f) => f.path), ['body.cancel']);
});

test('tags name artifacts the cluster holds; cluster artifacts show holders', async (t) => {
  const { client, registerNode, member } = await api(t);
  await registerNode('n1');
  const digest = `sha256:${createHash('sha256').update('busybox').digest('hex')}` as const;
  const refusedTag = await apiError(t, client.putTag('busybox:1.36', digest), 409, 'refused');
  t.regex(refusedTag.message, /unknown artifact/);
  t.is(await client.clusterArtifact(digest), undefined);
  const held = await member!.propose({ type: 'set-holders', changes: [{ node: 'n1', digest, size: 1234, manifestDigest: `sha256:${'c'.repeat(64)}`, held: true }] });
  t.true(held.ok);
  t.deepEqual((await client.clusterArtifact(digest))?.holders, ['n1']);
  t.deepEqual(await client.putTag('busybox:1.36', digest), { name: 'busybox:1.36', digest, unchanged: false });
  t.deepEqual(await client.putTag('busybox:1.36', digest), { name: 'busybox:1.36', digest, unchanged: true });
  t.deepEqual((await client.tags()).map((tag) => [tag.name, tag.digest]), [['busybox:1.36', digest]]);
  t.is((await client.tag('busybox:1.36'))?.digest, digest);
  t.is(await client.tag('busybox:9'), undefined);
  await apiError(t, client.putTag('BusyBox', digest), 400);
  t.deepEqual(await client.deleteTag('busybox:1.36'), { removed: 'busybox:1.36' });
  await apiError(t, client.deleteTag('busybox:1.36'), 404);
});

test('cluster status, token and server removal', async (t) => {
  const { client, member } = await api(t);
  const status = await client.clusterStatus();
  t.is(status.leader, 'me');
  t.is(status.self, 'me');
  t.true(status.commitIndex >= 1);
  t.deepEqual(status.members.map((m) => [m.id, m.role, m.leader]), [['me', 'voter', true]]);
  t.is(await client.joinToken(), 'arrow-join-test-token');
  await member!.addLearner('peer-learner', 'peer-learner');
  t.deepEqual((await client.clusterStatus()).members.map((m) => [m.id, m.role]), [['me', 'voter'], ['peer-learner', 'learner']]);
  t.deepEqual(await client.removeServer('peer-l'), { removed: 'peer-learner', name: '' });
  t.deepEqual(member!.confState.learners, []);
  await apiError(t, client.removeServer('nobody'), 404);
});

test('a node without a cluster answers cluster routes with 503 no-cluster', async (t) => {
  const { client } = await api(t, { cluster: false });
  await apiError(t, client.nodes(), 503, 'no-cluster');
  await apiError(t, client.putArrow('web', testDefinition('web', 1)), 503, 'no-cluster');
  t.deepEqual(await client.list(), []);
});

test('live allocations count towards a node', async (t) => {
  const { client, registerNode, member } = await api(t);
  await registerNode('only');
  await client.putArrow('web', testDefinition('web', 2, { cpu: 500, memory: 128 }));
  await until('placed', async () => member!.state.allocations().filter(isLiveAllocation).length === 2);
  const node = await client.node('only');
  t.is(node.allocations, 2);
  t.deepEqual(node.used, { cpu: 1000, memory: 256 });
});

test('a cluster that lost its quorum answers reads and writes with 503 no-leader', async (t) => {
  const { client, member, network, dir } = await api(t);
  const second = await ClusterMember.start({ id: 'second', dataDir: join(dir, 'second'), transport: network!.transport('second'), readDefinition });
  let closed = false;
  t.teardown(async () => { if (!closed) await second.close(); });
  await member!.addLearner('second', 'second');
  await until('second a voter', async () => member!.confState.voters.includes('second') || (await member!.promote('second').then(() => true, () => false)));
  closed = true;
  await second.close(); // one of two voters left: no quorum from now on
  await until('leadership lost', async () => !member!.isLeader, 15_000);
  const read = await apiError(t, client.nodes(), 503, 'no-leader');
  t.regex(read.message, /no leader/);
  await apiError(t, client.putArrow('web', testDefinition('web', 1)), 503, 'no-leader');
  t.is(member!.state.arrow('web'), undefined);
});
