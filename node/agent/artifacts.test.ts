// ArtifactSupply on real nodes: each a libp2p host, a store, a piece server and an Agent that
// speaks the control protocol over libp2p to a one-member cluster (its Raft member and Server in
// this process, on a host of its own). Lying peers run on hosts of their own, recorded in the
// cluster as holders. The kernel tests use the machine's real default template image.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PieceServer, callRpc, digestOf, openStore, serveRpc, testHosts } from '../../p2p/index.ts';
import type { ArrowLibp2p, ArtifactStore, Digest, TestHosts } from '../../p2p/index.ts';
import { startMaliciousPeer } from '../../p2p/testing/malicious.ts';
import type { MaliciousMode, MaliciousPeer } from '../../p2p/testing/malicious.ts';
import { buildKernel, kernelTemplateKey } from '../../kernel/index.ts';
import type { ClusterMember } from '../consensus/member.ts';
import { CONTROL_PROTOCOL, controlLimits, remoteControl, serveControl } from '../control/index.ts';
import type { ControlApi } from '../control/index.ts';
import { startTestServer } from '../server/index.ts';
import type { Server } from '../server/index.ts';
import { Agent, ArtifactSupply, ArtifactUnavailableError, SimulatedRunner, holdingOf, kernelTag } from './index.ts';
import type { ArtifactSupplyOptions, ArtifactTracker, KernelBuilder } from './index.ts';
import { until } from './testing.ts';

const MiB = 1024 * 1024;

interface TestNode {
  readonly host: ArrowLibp2p;
  readonly peerId: string;
  readonly store: ArtifactStore;
  readonly agent: Agent;
  /** Answers this node's piece server gave ('have', 'piece', …): who asked it anything. */
  readonly answered: string[];
  supply(options?: Partial<ArtifactSupplyOptions>): ArtifactSupply;
}

interface World {
  readonly hosts: TestHosts;
  readonly member: ClusterMember;
  readonly server: Server;
  readonly dir: string;
  node(options?: { register?: boolean }): Promise<TestNode>;
  /** A lying peer, registered as a node and recorded as holding `file` with the honest manifest digest. */
  liar(file: string, mode: MaliciousMode, manifestDigest: string): Promise<MaliciousPeer>;
  file(size: number): Promise<{ path: string; data: Buffer; digest: Digest }>;
}

async function world(t: ExecutionContext): Promise<World> {
  const hosts = await testHosts();
  const dir = await mkdtemp(join(tmpdir(), 'arrow-supply-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  t.teardown(async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
    await hosts.stopAll();
    await rm(dir, { recursive: true, force: true });
  });
  // The cluster: one Raft member (its id the server host's peer id, as in arrowd), its Server,
  // and the control protocol served over libp2p.
  const serverHost = await hosts.start();
  const serverId = serverHost.peerId.toString();
  const { member, server } = await startTestServer(t, { id: serverId, ttlMs: 30_000 });
  const rpc = await serveRpc(serverHost, CONTROL_PROTOCOL, { maxRequestBytes: controlLimits.maxRequestBytes, maxResponseBytes: controlLimits.maxResponseBytes, timeoutMs: 70_000 }, serveControl(server.control));
  cleanups.push(async () => rpc.stop());
  const servers = [{ peerId: serverId, addrs: serverHost.getMultiaddrs().map((a) => a.toString()), voter: true }];

  let n = 0;
  return {
    hosts, member, server, dir,
    async node(options = {}) {
      const host = await hosts.start();
      const peerId = host.peerId.toString();
      const store = await openStore(join(dir, `node-${n++}`));
      cleanups.push(() => store.close());
      const answered: string[] = [];
      const pieces = new PieceServer(store, { counters: { uploaded: () => undefined, answered: (a) => answered.push(a) } });
      await pieces.start(host);
      cleanups.push(async () => pieces.stop());
      await host.peerStore.merge(serverHost.peerId, { multiaddrs: serverHost.getMultiaddrs() });
      const connect = (to: string): ControlApi => remoteControl((request, o) => callRpc(host, to, CONTROL_PROTOCOL, request, { timeoutMs: o.timeoutMs, maxResponseBytes: controlLimits.maxResponseBytes, ...(o.signal ? { signal: o.signal } : {}) }));
      const runner = new SimulatedRunner();
      const agent = new Agent({
        registration: { id: peerId, name: `node-${n}`, peerId, addrs: host.getMultiaddrs().map((a) => a.toString()), capacity: { cpu: 1000, memory: 1024 }, labels: {}, kvm: false, role: 'client', version: 'test', overlay: null },
        servers, connect, runner, watchWaitMs: 2_000, retry: { initialMs: 20, maxMs: 200 },
      });
      cleanups.push(async () => { await agent.stop(); await runner.close(); });
      if (options.register !== false) {
        agent.start();
        await until(`${peerId} registered`, () => agent.registered);
      }
      const supplies: ArtifactSupply[] = [];
      cleanups.push(async () => { for (const s of supplies) s.stop(); });
      return {
        host, peerId, store, agent, answered,
        supply(overrides = {}) {
          const supply = new ArtifactSupply({ libp2p: host, store, tracker: agent, fetch: { discoverMs: 200, stallTimeoutMs: 10_000 }, kernelPollMs: 200, ...overrides });
          supplies.push(supply);
          return supply;
        },
      };
    },
    async liar(file, mode, manifestDigest) {
      const liar = await startMaliciousPeer({ clusterKey: hosts.clusterKey, file, mode });
      cleanups.push(() => liar.stop());
      const api = server.control(liar.peerId);
      await api.register({ id: liar.peerId, name: `liar-${mode}`, peerId: liar.peerId, addrs: liar.addrs, capacity: { cpu: 1000, memory: 1024 }, labels: {}, kvm: false, role: 'client', version: 'test', overlay: null });
      const size = (await stat(file)).size;
      t.deepEqual(await api.report({ type: 'set-holders', changes: [{ node: liar.peerId, digest: liar.digest, size, manifestDigest, held: true }] }), []);
      return liar;
    },
    async file(size) {
      const data = randomBytes(size);
      const path = join(dir, `file-${n++}`);
      await writeFile(path, data);
      return { path, data, digest: digestOf(data) };
    },
  };
}

/** Pushes `path` into a node's store and records it as a holder, as arrowd does after an API push. */
async function push(node: TestNode, path: string): Promise<Digest> {
  const info = await node.store.putFile(path, { ref: 'pin' });
  recorded(await node.agent.reportHolders([await holdingOf(node.store, info.digest)]));
  return info.digest;
}
function recorded(ignored: readonly unknown[]): void {
  if (ignored.length > 0) throw new Error(`the cluster ignored a holder report: ${JSON.stringify(ignored)}`);
}

/** Counts the tracker calls a supply makes. */
function counting(tracker: ArtifactTracker) {
  const calls = { artifact: 0, claim: 0, tag: 0, report: 0 };
  const counted: ArtifactTracker = {
    artifact: (ref) => { calls.artifact++; return tracker.artifact(ref); },
    claim: (name, release) => { calls.claim++; return tracker.claim(name, release); },
    tagArtifact: (name, digest) => { calls.tag++; return tracker.tagArtifact(name, digest); },
    reportHolders: (changes) => { calls.report++; return tracker.reportHolders(changes); },
  };
  return { calls, tracker: counted };
}

test('ensure pulls from the recorded holders only, blames a forger and a corrupter alone, and records the node as a holder', async (t) => {
  const w = await world(t);
  const file = await w.file(5 * MiB + 321);
  const [a, b, puller, bystander] = await Promise.all([w.node(), w.node(), w.node(), w.node()]);
  const digest = await push(a, file.path);
  await push(b, file.path);
  const manifestDigest = (await holdingOf(a.store, digest)).manifestDigest;
  const forger = await w.liar(file.path, 'forged-manifest', manifestDigest);
  const corrupter = await w.liar(file.path, 'corrupt-pieces', manifestDigest);
  // A connected node holding the same bytes, never recorded as a holder: it must not be asked.
  await bystander.store.putFile(file.path);
  await puller.host.dial(bystander.host.getMultiaddrs()[0]!);

  const bad = new Map<string, string>();
  const { calls, tracker } = counting(puller.agent);
  const supply = puller.supply({ tracker, onBadPeer: (d, r) => { if (d === digest) bad.set(r.peer, r.reason); } });
  const progress: number[] = [];
  // Three allocations ask at once: one pull.
  const paths = await Promise.all([
    supply.ensure({ digest, size: file.data.length }, { ref: 'arrow:web', onProgress: (p) => progress.push(p.piecesHeld) }),
    supply.ensure({ digest, size: file.data.length }),
    supply.ensure({ digest, size: file.data.length }, { ref: 'arrow:api' }),
  ]);
  t.is(new Set(paths).size, 1);
  t.true((await readFile(paths[0]!)).equals(file.data));
  t.is(calls.artifact, 1, 'one lookup: one pull for three callers');
  t.is(calls.report, 1);
  t.true(progress.length > 0 && progress.at(-1) === 6);
  t.deepEqual((await puller.store.stat(digest))?.refs.sort(), ['arrow:api', 'arrow:web']);
  t.deepEqual([...bad.keys()].sort(), [forger.peerId, corrupter.peerId].sort(), 'each liar blamed, nobody else');
  t.regex(bad.get(forger.peerId)!, /forged manifest/);
  t.regex(bad.get(corrupter.peerId)!, /does not match the manifest/);
  t.is(forger.served.pieces, 0, 'the forger was never asked for a piece');
  t.deepEqual(bystander.answered, [], 'the connected non-holder was asked nothing');
  const record = w.member.state.artifact(digest);
  t.true(record?.holders.includes(puller.peerId));
  t.is(record?.manifestDigest, manifestDigest);

  // Held now: no lookup, no pull.
  t.is(await supply.ensure({ digest, size: file.data.length }), paths[0]);
  t.is(calls.artifact, 1);
});

test('ensure says what failed: no holder known, every holder failed with each one\'s reason, a size other than recorded', async (t) => {
  const w = await world(t);
  const file = await w.file(2 * MiB + 5);
  const [origin, puller] = await Promise.all([w.node(), w.node()]);
  const supply = puller.supply();
  const unknown = await t.throwsAsync(supply.ensure({ digest: file.digest, size: file.data.length }), { instanceOf: ArtifactUnavailableError });
  t.regex(unknown.message, /no holder known: no node of the cluster is recorded as holding/);

  // Only liars hold it (the honest manifest digest was recorded by a node that then dropped it).
  const digest = await push(origin, file.path);
  const manifestDigest = (await holdingOf(origin.store, digest)).manifestDigest;
  recorded(await origin.agent.reportHolders([{ digest, size: file.data.length, manifestDigest, held: false }]));
  const forger = await w.liar(file.path, 'forged-manifest', manifestDigest);
  const corrupter = await w.liar(file.path, 'corrupt-pieces', manifestDigest);
  const started = Date.now();
  const failed = await t.throwsAsync(supply.ensure({ digest, size: file.data.length }), { instanceOf: ArtifactUnavailableError });
  t.true(Date.now() - started < 8_000, `gave up once both were dropped (${Date.now() - started} ms)`);
  t.regex(failed.message, /every holder failed/);
  t.regex(failed.message, new RegExp(`${forger.peerId}: forged manifest`));
  t.regex(failed.message, new RegExp(`${corrupter.peerId}: sent piece \\d+ that does not match the manifest`));
  t.false(await puller.store.has(digest));
  t.false(w.member.state.artifact(digest)?.holders.includes(puller.peerId));

  await t.throwsAsync(supply.ensure({ digest, size: 3 }), { instanceOf: ArtifactUnavailableError, message: /records 2097157 bytes .* not the 3 expected/ });
  await t.throwsAsync(supply.ensure({ digest: 'sha256:nope', size: 3 }), { message: /invalid digest/ });
});

/** The machine's real default template image (a cache hit of buildKernel; `npm test` builds it first). */
async function defaultImage(): Promise<string> {
  return (await buildKernel({ template: 'default' })).imagePath;
}

/** What a kernel build leaves in a machine cache dir (source tree, tinyconfig, builds, work dirs, locks). */
async function buildTraces(cacheDir: string): Promise<string[]> {
  const entries = await readdir(join(cacheDir, 'kernel')).catch(() => [] as string[]);
  return entries.filter((e) => !e.endsWith('.json'));
}

test('a node without the kernel template pulls the published image and compiles nothing', async (t) => {
  t.timeout(120_000);
  const w = await world(t);
  const [builder, puller] = await Promise.all([w.node(), w.node()]);
  const image = await defaultImage();
  // The builder uses the real build (the machine cache holds the default template: no compile).
  const built = await builder.supply().kernelImage('default');
  t.is(built.source, 'local', 'found in the machine cache: nothing compiled');
  t.true((await readFile(built.path)).equals(await readFile(image)));
  const { key } = await kernelTemplateKey('default');
  t.is(built.tag, kernelTag('default', key));
  t.is(w.member.state.tag(built.tag)?.digest, built.digest, 'published under kernel-default:<key>');

  // The puller has an empty machine cache and a builder that counts (and would really build).
  const emptyCache = await mkdtemp(join(tmpdir(), 'arrow-empty-cache-'));
  t.teardown(() => rm(emptyCache, { recursive: true, force: true }));
  let builds = 0;
  const countingBuilder: KernelBuilder = async (template, options) => {
    builds++;
    const build = await buildKernel({ template, cacheDir: emptyCache, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    return { imagePath: build.imagePath, compiled: !build.cached };
  };
  const supply = puller.supply({ cacheDir: emptyCache, buildKernel: countingBuilder });
  const phases = new Set<string>();
  const pulled = await supply.kernelImage('default', { onProgress: (p) => phases.add(p.phase) });
  t.is(pulled.source, 'peer');
  t.is(pulled.digest, built.digest);
  t.is(pulled.tag, built.tag);
  t.true((await readFile(pulled.path)).equals(await readFile(image)));
  t.is(builds, 0, 'no kernel build ran on the puller');
  t.deepEqual(await buildTraces(emptyCache), [], 'no source extracted, no tinyconfig, no build or work dir, no lock');
  t.deepEqual(await readdir(emptyCache), ['kernel'], 'nothing else in the machine cache either (no ainit, no initramfs)');
  t.true(phases.has('pull'));
  t.true(w.member.state.artifact(built.digest)?.holders.includes(puller.peerId), 'the puller is a holder now');
  t.deepEqual((await puller.store.stat(pulled.digest))?.refs, ['kernel:default']);
  // Asked again (a later allocation, or arrowd restarted over the same data dir): its own copy.
  const again = await puller.supply({ cacheDir: emptyCache, buildKernel: countingBuilder }).kernelImage('default');
  t.deepEqual({ ...again }, { ...pulled, source: 'local' });
  t.is(builds, 0);
});

test('two nodes needing a template nobody has: one builds, the other waits and pulls', async (t) => {
  t.timeout(120_000);
  const w = await world(t);
  const [p, q] = await Promise.all([w.node(), w.node()]);
  const image = await defaultImage();
  // Each node has a cache dir of its own (so no machine lock can be what serialises them) and a
  // build that takes a while, then yields the real image.
  const builds: string[] = [];
  const slowBuild = (who: string): KernelBuilder => async () => {
    builds.push(who);
    await new Promise((r) => setTimeout(r, 1_500));
    return { imagePath: image, compiled: true };
  };
  const caches = await Promise.all([p, q].map(() => mkdtemp(join(tmpdir(), 'arrow-cache-'))));
  t.teardown(() => Promise.all(caches.map((c) => rm(c, { recursive: true, force: true }))));
  const waits: string[] = [];
  const [fromP, fromQ] = await Promise.all([
    p.supply({ cacheDir: caches[0]!, buildKernel: slowBuild('p') }).kernelImage('default', { onProgress: (e) => { if (e.phase === 'wait') waits.push(e.message); } }),
    q.supply({ cacheDir: caches[1]!, buildKernel: slowBuild('q') }).kernelImage('default', { onProgress: (e) => { if (e.phase === 'wait') waits.push(e.message); } }),
  ]);
  t.is(builds.length, 1, `one build in the cluster (${builds.join(', ')})`);
  t.deepEqual([fromP.source, fromQ.source].sort(), ['built', 'peer']);
  t.is(fromP.digest, fromQ.digest);
  t.true(waits.some((m) => /is building it; waiting to pull its image/.test(m)), waits.join(' | '));
  t.deepEqual([...(w.member.state.artifact(fromP.digest)?.holders ?? [])].sort(), [p.peerId, q.peerId].sort());
});

test('a builder that fails releases its claim, and a waiting node builds instead', async (t) => {
  t.timeout(60_000);
  const w = await world(t);
  const [p, q] = await Promise.all([w.node(), w.node()]);
  const image = await defaultImage();
  const attempts: string[] = [];
  const failing: KernelBuilder = async () => { attempts.push('p'); await new Promise((r) => setTimeout(r, 800)); throw new Error('make failed: out of disk'); };
  const working: KernelBuilder = async () => { attempts.push('q'); return { imagePath: image, compiled: true }; };
  const first = p.supply({ buildKernel: failing }).kernelImage('default');
  await until('p claimed the build', () => attempts.length === 1);
  const second = q.supply({ buildKernel: working }).kernelImage('default');
  await t.throwsAsync(first, { message: /out of disk/ });
  const result = await second;
  t.is(result.source, 'built');
  t.deepEqual(attempts, ['p', 'q']);
});
