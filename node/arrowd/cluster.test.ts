// The control plane as real processes: 3 servers and 2 clients on loopback, Raft over libp2p,
// synced LevelDB, the simulated runner (no VMs).
import test from 'ava';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TestCluster } from './testing.ts';
import type { TestNode } from './testing.ts';
import type { AllocationView } from '../api/index.ts';
import type { Digest } from '../../p2p/index.ts';

const TTL_MS = 3_000;
const definition = (name: string, replicas: number) => ({
  name, type: 'service', binary: { digest: `sha256:${'c'.repeat(64)}`, size: 1_000_000 }, args: [], env: {}, kernel: 'default',
  cpu: 100, memory: 64, replicas, restart: 'always', ports: [], files: [], priority: 50, constraints: [], affinities: [],
  requiresKvm: false, update: { maxParallel: 1 },
});

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const live = (a: AllocationView) => a.desired === 'run' && !['complete', 'failed', 'lost', 'stopped'].includes(a.status);

async function startCluster(t: { teardown(fn: () => Promise<void>): void }) {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  // No VMs here: the control plane is what is tested (node/agent's and the demo's tests run VMs).
  const ttl = ['--node-ttl', `${TTL_MS}ms`, '--runner', 'simulated'];
  const s1 = await cluster.startMember('s1', { extraArgs: ttl });
  const token = s1.ready.joinToken!;
  const [s2, s3] = await Promise.all(['s2', 's3'].map((name) => cluster.startMember(name, { join: token, server: true, extraArgs: ttl })));
  const [c1, c2] = await Promise.all(['c1', 'c2'].map((name) => cluster.startMember(name, { join: token, extraArgs: ttl })));
  await until('3 voters', async () => (await s1.client.clusterStatus()).members.filter((m) => m.role === 'voter').length === 3, 30_000);
  await until('5 ready nodes', async () => (await s1.client.nodes()).nodes.filter((n) => n.status === 'ready').length === 5, 30_000);
  return { cluster, servers: [s1, s2!, s3!], clients: [c1!, c2!] };
}

const allocationsOf = async (node: TestNode, arrow: string) => node.client.allocations({ arrow });

test.serial('a 4-replica spec is placed on distinct nodes; a killed client\'s replicas are replaced within TTL + 2 s', async (t) => {
  const { servers, clients } = await startCluster(t);
  const s1 = servers[0]!;
  // Written through a client node: forwarded to a server, proposed there, committed by the leader.
  const put = await clients[0]!.client.putArrow('web', definition('web', 4));
  t.is(put.version, 1);
  const placed = await until('4 running', async () => {
    const running = (await allocationsOf(s1, 'web')).filter((a) => live(a) && a.status === 'running');
    return running.length === 4 ? running : undefined;
  }, 20_000);
  t.is(new Set(placed.map((a) => a.node)).size, 4, 'distinct nodes');
  const victim = clients.find((c) => placed.some((a) => a.node === c.ready.peerId)) ?? clients[0]!;
  const lost = placed.filter((a) => a.node === victim.ready.peerId);
  t.true(lost.length > 0);
  const killed = Date.now();
  await victim.kill('SIGKILL');
  await until('replacements', async () => {
    const running = (await allocationsOf(s1, 'web')).filter(live);
    return running.length === 4 && running.every((a) => a.node !== victim.ready.peerId) && lost.every((l) => running.some((a) => a.replaces === l.id));
  }, TTL_MS + 15_000);
  const elapsed = Date.now() - killed;
  t.log(`replaced ${lost.length} allocation(s) ${elapsed} ms after kill -9 (TTL ${TTL_MS} ms)`);
  t.true(elapsed <= TTL_MS + 2_000 + 500, `replaced within TTL + 2 s (+0.5 s of polling), took ${elapsed} ms`);
});

test.serial('kill -9 of the leader: a new leader within seconds, no acknowledged write lost, scheduling goes on', async (t) => {
  const { servers } = await startCluster(t);
  const status = await servers[0]!.client.clusterStatus();
  const leader = servers.find((s) => s.ready.peerId === status.leader)!;
  const followers = servers.filter((s) => s !== leader);
  // Writers keep putting specs through both followers; every acknowledged one must survive.
  const acknowledged: string[] = [];
  let stop = false;
  const writers = followers.map(async (via, w) => {
    for (let i = 0; !stop && i < 500; i++) {
      const name = `w${w}-${i}`;
      try {
        await via.client.putArrow(name, definition(name, 1));
        acknowledged.push(name);
      } catch {
        await new Promise((r) => setTimeout(r, 50)); // no leader yet, or the outcome is unknown
      }
    }
  });
  await until('some writes', async () => acknowledged.length >= 10, 20_000);
  const killed = Date.now();
  await leader.kill('SIGKILL');
  const newLeader = await until('a new leader', async () => {
    const s = await followers[0]!.client.clusterStatus();
    return s.leader && s.leader !== leader.ready.peerId ? s.leader : undefined;
  }, 20_000);
  const electedMs = Date.now() - killed;
  const before = acknowledged.length;
  await until('writes after the failover', async () => acknowledged.length >= before + 10, 20_000);
  stop = true;
  await Promise.all(writers);
  t.log(`new leader ${newLeader.slice(-8)} after ${electedMs} ms; ${acknowledged.length} writes acknowledged`);
  t.true(electedMs < 10_000, `a leader within 10 s (took ${electedMs} ms)`);
  const stored = new Set((await followers[1]!.client.arrows()).map((a) => a.name));
  const missing = acknowledged.filter((name) => !stored.has(name));
  t.deepEqual(missing, [], 'every acknowledged write is in the state');
  // Scheduling goes on under the new leader: the last acknowledged spec gets its replica placed.
  const last = acknowledged.at(-1)!;
  await until(`${last} placed`, async () => (await followers[0]!.client.allocations({ arrow: last })).some(live), 20_000);
  t.pass();
});

test.serial('every process stopped and started again: the same state', async (t) => {
  const { cluster, servers, clients } = await startCluster(t);
  await servers[1]!.client.putArrow('web', definition('web', 3));
  await servers[2]!.client.putArrow('api', definition('api', 2));
  await until('5 running', async () => (await servers[0]!.client.allocations()).filter((a) => live(a) && a.status === 'running').length === 5, 20_000);
  const snapshot = async (node: TestNode) => {
    const allocations = (await node.client.allocations()).filter(live).map((a) => `${a.id}@${a.node}#${a.generation}`).sort();
    const arrows = (await node.client.arrows()).map((a) => `${a.name}v${a.version}`).sort();
    const nodes = (await node.client.nodes()).nodes.map((n) => n.id).sort();
    return { allocations, arrows, nodes };
  };
  const before = await snapshot(servers[0]!);
  const all = [...servers, ...clients];
  await Promise.all(all.map((n) => n.kill('SIGTERM')));
  cluster.nodes.length = 0;
  // Restarted with their data dirs and no token: each rejoins as it was.
  const again = await Promise.all(['s1', 's2', 's3', 'c1', 'c2'].map((name) => cluster.startMember(name, { extraArgs: ['--node-ttl', `${TTL_MS}ms`, '--runner', 'simulated'] })));
  t.deepEqual(again.map((n) => n.ready.role), ['server', 'server', 'server', 'client', 'client']);
  t.deepEqual(again.map((n) => n.ready.peerId), all.map((n) => n.ready.peerId), 'same identities');
  await until('a leader', async () => (await again[0]!.client.clusterStatus()).leader !== '', 30_000);
  await until('5 ready nodes', async () => (await again[1]!.client.nodes()).nodes.filter((n) => n.status === 'ready').length === 5, 30_000);
  const after = await snapshot(again[2]!);
  t.deepEqual(after, before);
});

test.serial('a stranger with the cluster key is refused on every protocol; malformed input resets only its stream', async (t) => {
  const { cluster, servers } = await startCluster(t);
  const s1 = servers[0]!;
  const termBefore = (await s1.client.clusterStatus()).term;
  const { execa } = await import('execa');
  const { join } = await import('node:path');
  const hostile = await execa(process.execPath, [new URL('./hostile-peer.ts', import.meta.url).pathname, '--cluster-key', join(s1.dataDir, 'cluster.key'), '--target', s1.addr, '--member', servers[1]!.ready.peerId], { timeout: 120_000 });
  const report = JSON.parse(hostile.stdout) as { attempts: { protocol: string; payload: string; outcome: string }[] };
  t.true(report.attempts.length >= 15);
  for (const a of report.attempts) t.notRegex(a.outcome, /still open/, `${a.protocol} ${a.payload}: ${a.outcome}`);
  // Every server is alive, the term did not move, the cluster still commits.
  const status = await s1.client.clusterStatus();
  t.is(status.term, termBefore, 'a stranger cannot raise the term');
  await servers[2]!.client.putArrow('after', definition('after', 1));
  const metrics = await s1.client.metrics();
  const notMember = Number(/arrow_raft_dropped_messages_total\{reason="not-member"\} (\d+)/.exec(metrics)?.[1] ?? 0);
  t.true(notMember >= 1, `not-member drops counted (${notMember})`);
  t.is(cluster.nodes.filter((n) => n.process.exitCode !== null && n.process.exitCode !== undefined).length, 0, 'no arrowd exited');
});

test.serial('a node that deletes an artifact (rm, gc) leaves its holders in the cluster', async (t) => {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  const node = await cluster.startMember('solo', { extraArgs: ['--runner', 'simulated'] });
  const write = async (name: string) => {
    const path = join(cluster.root, name);
    await writeFile(path, randomBytes(5_000));
    return (await node.client.pushFile(path)).digest;
  };
  const holdersOf = async (digest: Digest) => (await node.client.clusterArtifact(digest))?.holders ?? [];
  const removed = await write('removed.bin');
  const collected = await write('collected.bin');
  const kept = await write('kept.bin');
  for (const digest of [removed, collected, kept]) await until(`${digest} recorded as held`, async () => (await holdersOf(digest)).length === 1, 15_000);
  const keptHolders = await holdersOf(kept);
  await node.client.remove(removed, true);
  await node.client.removeRef(collected, 'pin');
  t.deepEqual((await node.client.gc()).removed, [collected]);
  await until('both deleted copies dropped from the holders', async () => (await holdersOf(removed)).length === 0 && (await holdersOf(collected)).length === 0, 15_000);
  t.deepEqual(await holdersOf(kept), keptHolders, 'a copy still held stays recorded');
});
