// End-to-end tests of arrowd nodes as real processes on loopback.
import test from 'ava';
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { TestCluster, spawnReady } from './testing.ts';
import type { TestNode } from './testing.ts';
import type { Digest } from '../../p2p/index.ts';
import { ApiError } from '../api/index.ts';

const MiB = 1024 * 1024;
const ARROWCTL = new URL('../arrowctl/main.ts', import.meta.url).pathname;
const MALICIOUS = new URL('../../p2p/testing/malicious-peer.ts', import.meta.url).pathname;

async function makeFile(cluster: TestCluster, name: string, size: number): Promise<{ path: string; digest: Digest; data: Buffer }> {
  const data = randomBytes(size);
  const path = join(cluster.root, name);
  await writeFile(path, data);
  return { path, data, digest: `sha256:${createHash('sha256').update(data).digest('hex')}` };
}

async function blobFiles(node: TestNode): Promise<string[]> {
  const root = join(node.dataDir, 'cas', 'sha256');
  const out: string[] = [];
  for (const dir of await readdir(root).catch(() => [] as string[])) for (const f of await readdir(join(root, dir))) out.push(f);
  return out;
}

test.serial('push on one node of four, pull on the other three: identical contents, one file each', async (t) => {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  const origin = await cluster.start('n0');
  const pullers = await Promise.all(['n1', 'n2', 'n3'].map((n) => cluster.start(n, { peers: [origin] })));
  // Pullers know the origin; let them find each other too so they can trade pieces.
  for (const p of pullers) for (const q of pullers) if (p !== q) await p.client.addPeer(q.addr);
  const file = await makeFile(cluster, 'app.bin', 6 * MiB + 4321);
  const pushed = await origin.client.pushFile(file.path);
  t.is(pushed.digest, file.digest);
  const results = await Promise.all(pullers.map((p) => p.client.pull(file.digest)));
  for (const [i, p] of pullers.entries()) {
    t.is(results[i]!.digest, file.digest);
    const stored = await readFile(join(p.dataDir, 'cas', 'sha256', file.digest.slice(7, 9), file.digest.slice(7)));
    t.true(stored.equals(file.data));
    t.deepEqual(await blobFiles(p), [file.digest.slice(7)]);
    t.deepEqual((await p.client.list()).map((e) => [e.digest, e.complete, e.refs]), [[file.digest, true, ['pin']]]);
  }
  // Pulling again, or pushing the same bytes again, stores nothing new.
  await pullers[0]!.client.pull(file.digest);
  await origin.client.pushFile(file.path, { ref: 'arrow:web' });
  t.deepEqual(await blobFiles(origin), [file.digest.slice(7)]);
});

test.serial('a peer serving corrupted pieces is dropped and reported; the pull completes from honest peers', async (t) => {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  const origin = await cluster.start('honest');
  const puller = await cluster.start('puller', { peers: [origin] });
  const file = await makeFile(cluster, 'data.bin', 8 * MiB);
  await origin.client.pushFile(file.path);
  const evil = await spawnReady(MALICIOUS, ['--cluster-key', cluster.keyFile, '--file', file.path, '--peer', puller.addr]);
  cluster.others.push(evil);
  await cluster.waitForPeers(puller, 2);
  const badEvents: string[] = [];
  const done = await puller.client.pull(file.digest, { onEvent: (e) => { if (e.type === 'bad-peer') badEvents.push(e.peer); } });
  t.deepEqual(done.badPeers.map((b) => b.peer), [evil.ready.peerId]);
  t.deepEqual(badEvents, [evil.ready.peerId]);
  t.regex(done.badPeers[0]!.reason, /does not match the manifest/);
  const stored = await readFile(join(puller.dataDir, 'cas', 'sha256', file.digest.slice(7, 9), file.digest.slice(7)));
  t.true(stored.equals(file.data));
  t.regex(await puller.client.metrics(), new RegExp(`arrow_p2p_bad_peers_total\\{peer="${evil.ready.peerId}"\\} 1`));
});

test.serial('a node without the cluster key cannot connect', async (t) => {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  const member = await cluster.start('member');
  const otherKey = join(cluster.root, 'other.key');
  await execa(process.execPath, [new URL('./main.ts', import.meta.url).pathname, 'keygen', otherKey]);
  const outsider = await cluster.start('outsider', { peers: [member], keyFile: otherKey });
  await t.throwsAsync(outsider.client.addPeer(member.addr));
  await new Promise((r) => setTimeout(r, 1_500));
  t.is((await outsider.client.status()).peers.length, 0);
  t.is((await member.client.status()).peers.length, 0);
  const file = await makeFile(cluster, 'x.bin', 1000);
  await member.client.pushFile(file.path);
  const error = await t.throwsAsync(outsider.client.pull(file.digest));
  t.true(error instanceof ApiError && error.code === 'unknown-artifact');
});

test.serial('a holder killed mid-download: the pull completes from the others', async (t) => {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  // Upload limits make the transfer take a few seconds, so the kill lands mid-download.
  const limit = ['--upload-limit', '8MiB/s'];
  const origin = await cluster.start('origin', { extraArgs: limit });
  const holder = await cluster.start('holder', { peers: [origin], extraArgs: limit });
  const file = await makeFile(cluster, 'big.bin', 32 * MiB);
  await origin.client.pushFile(file.path);
  await holder.client.pull(file.digest);
  const puller = await cluster.start('puller', { peers: [origin, holder] });
  await cluster.waitForPeers(puller, 2);
  let killed = false;
  const done = await puller.client.pull(file.digest, {
    onEvent: (e) => {
      if (!killed && e.type === 'progress' && e.piecesHeld >= 4) { killed = true; void holder.kill('SIGKILL'); }
    },
  });
  t.true(killed);
  t.true((done.bytesFromPeers[origin.ready.peerId] ?? 0) > 0);
  const stored = await readFile(join(puller.dataDir, 'cas', 'sha256', file.digest.slice(7, 9), file.digest.slice(7)));
  t.true(stored.equals(file.data));
});

test.serial('the puller killed mid-download resumes after restart without refetching verified pieces', async (t) => {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  const origin = await cluster.start('origin', { extraArgs: ['--upload-limit', '6MiB/s'] });
  const file = await makeFile(cluster, 'big.bin', 24 * MiB);
  await origin.client.pushFile(file.path);
  const first = await cluster.start('puller', { peers: [origin] });
  await cluster.waitForPeers(first, 1);
  let heldAtKill = 0;
  await t.throwsAsync(first.client.pull(file.digest, {
    onEvent: (e) => {
      if (heldAtKill === 0 && e.type === 'progress' && e.piecesHeld >= 6) { heldAtKill = e.piecesHeld; void first.kill('SIGKILL'); }
    },
  }));
  t.true(heldAtKill >= 6);
  const again = await cluster.start('puller', { peers: [origin] });
  t.true((await again.client.list()).some((e) => e.digest === file.digest && !e.complete && e.piecesHeld >= heldAtKill));
  await cluster.waitForPeers(again, 1);
  const done = await again.client.pull(file.digest);
  t.true(done.resumedPieces >= heldAtKill);
  const fetched = Object.values(done.bytesFromPeers).reduce((a, b) => a + b, 0);
  t.is(fetched, file.data.length - done.resumedPieces * MiB);
  const stored = await readFile(join(again.dataDir, 'cas', 'sha256', file.digest.slice(7, 9), file.digest.slice(7)));
  t.true(stored.equals(file.data));
});

test.serial('garbage collection through the API removes only unreferenced artifacts', async (t) => {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  const node = await cluster.start('n');
  const kept = await makeFile(cluster, 'kept', 3000);
  const unref = await makeFile(cluster, 'unref', 3000);
  const shared = await makeFile(cluster, 'shared', 3000);
  await node.client.pushFile(kept.path, { ref: 'kernel:base' });
  await node.client.pushFile(unref.path);
  await node.client.pushFile(shared.path, { ref: 'arrow:a' });
  await node.client.pushFile(shared.path, { ref: 'arrow:b' });
  await node.client.removeRef(unref.digest, 'pin');
  await node.client.removeRef(shared.digest, 'arrow:a');
  const result = await node.client.gc();
  t.deepEqual(result.removed, [unref.digest]);
  t.deepEqual((await node.client.list()).map((e) => e.digest).sort(), [kept.digest, shared.digest].sort());
  const error = await t.throwsAsync(node.client.remove(shared.digest));
  t.regex(error.message, /still used by arrow:b/);
});

test.serial('arrowctl artifact: push prints the digest, ls, rm, clear errors', async (t) => {
  const cluster = await TestCluster.create();
  t.teardown(() => cluster.stop());
  const node = await cluster.start('n');
  const file = await makeFile(cluster, 'app', 2 * MiB + 1);
  const env = { ARROW_HOME: node.dataDir, ARROW_ADDR: '', ARROW_TOKEN: '' };
  const ctl = (args: string[], extraEnv: Record<string, string> = {}) =>
    execa(process.execPath, [ARROWCTL, 'artifact', ...args], { reject: false, env: { ...env, ...extraEnv }, timeout: 60_000 });
  delete (env as Record<string, string | undefined>).ARROW_ADDR;
  delete (env as Record<string, string | undefined>).ARROW_TOKEN;
  const push = await ctl(['push', file.path]);
  t.is(push.exitCode, 0, push.stderr);
  t.is(push.stdout.trim(), file.digest);
  // The same content again: the node holds it, so it only gains the reference.
  const again = await ctl(['push', '--ref', 'again', file.path]);
  t.is(again.exitCode, 0, again.stderr);
  t.is(again.stdout.trim(), file.digest);
  t.deepEqual([...(await node.client.stat(file.digest as `sha256:${string}`))!.refs].sort(), ['again', 'pin']);
  t.deepEqual((await node.client.addRef(file.digest as `sha256:${string}`, 'third'))?.refs.slice().sort(), ['again', 'pin', 'third']);
  t.is(await node.client.addRef(`sha256:${'0'.repeat(64)}`, 'pin'), undefined, 'a digest the node lacks: push the bytes');
  const ls = await ctl(['--json', 'ls']);
  t.deepEqual((JSON.parse(ls.stdout) as Array<{ digest: string; pieceCount: number }>).map((e) => [e.digest, e.pieceCount]), [[file.digest, 3]]);
  const wrongToken = await ctl(['ls'], { ARROW_TOKEN: 'nope' });
  t.is(wrongToken.exitCode, 1);
  t.regex(wrongToken.stderr, /rejected the API token/);
  const closedPort = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
  const unreachable = await ctl(['--api', `127.0.0.1:${closedPort}`, 'ls']);
  t.regex(unreachable.stderr, /cannot reach arrowd at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  const badDigest = await ctl(['pull', 'sha256:abc']);
  t.regex(badDigest.stderr, /invalid digest/);
  const unknown = await ctl(['pull', `sha256:${'0'.repeat(64)}`]);
  t.regex(unknown.stderr, /unknown artifact/);
  const inUse = await ctl(['rm', file.digest]);
  t.regex(inUse.stderr, /still used by again, third/);
  const rm = await ctl(['rm', '--force', file.digest]);
  t.is(rm.exitCode, 0, rm.stderr);
  t.deepEqual(await node.client.list(), []);
});

test('live migration settings out of range are refused by name before anything starts', async (t) => {
  const main = new URL('./main.ts', import.meta.url).pathname;
  const run = (...args: string[]) => execa(process.execPath, [main, '--data-dir', '/nonexistent/arrow-cli-test', ...args], { reject: false, timeout: 30_000 });
  const slow = await run('--migrate-bandwidth', '1KiB/s');
  t.not(slow.exitCode, 0);
  t.regex(slow.stderr, /--migrate-bandwidth.*expected a rate from 64KiB\/s to 10GiB\/s, got 1KiB\/s/);
  const long = await run('--migrate-downtime', '2m');
  t.not(long.exitCode, 0);
  t.regex(long.stderr, /--migrate-downtime.*expected a downtime limit from 1ms to 60s, got 2m/);
  const garbage = await run('--migrate-downtime', 'soon');
  t.regex(garbage.stderr, /expected a duration such as 50ms/);
});
