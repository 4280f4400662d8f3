// Pulls between real libp2p hosts and stores on loopback, with lying peers on hosts of their own:
// manifests checked against the cluster's record, blame where it belongs, listed peers only.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PeerId } from '@libp2p/interface';
import { openStore } from '../store/index.ts';
import type { ArtifactStore } from '../store/index.ts';
import { PIECE_SIZE, digestOf, manifestDigestOf } from '../pieces/index.ts';
import type { Digest } from '../pieces/index.ts';
import type { ArrowLibp2p } from '../host/index.ts';
import { testHosts } from '../testing/hosts.ts';
import type { TestHosts } from '../testing/hosts.ts';
import { startMaliciousPeer } from '../testing/malicious.ts';
import type { MaliciousMode, MaliciousPeer } from '../testing/malicious.ts';
import { FetchFailedError, PieceServer, UnknownArtifactError, connectedPeers, fetchArtifact, listedPeers } from './index.ts';
import type { PeerSource } from './index.ts';

interface Node { host: ArrowLibp2p; store: ArtifactStore; answered: string[]; address: { peerId: string; addrs: string[] } }

interface World {
  hosts: TestHosts;
  dir: string;
  node(): Promise<Node>;
  liar(file: string, mode: MaliciousMode): Promise<MaliciousPeer>;
  file(size: number): Promise<{ path: string; data: Uint8Array; digest: Digest }>;
}

async function world(t: ExecutionContext): Promise<World> {
  const hosts = await testHosts();
  const dir = await mkdtemp(join(tmpdir(), 'arrow-fetch-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  t.teardown(async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
    await hosts.stopAll();
    await rm(dir, { recursive: true, force: true });
  });
  let n = 0;
  return {
    hosts, dir,
    async node() {
      const host = await hosts.start();
      const store = await openStore(join(dir, `node-${n++}`));
      cleanups.push(() => store.close());
      const answered: string[] = [];
      const server = new PieceServer(store, { counters: { uploaded: () => undefined, answered: (a) => answered.push(a) } });
      await server.start(host);
      cleanups.push(async () => server.stop());
      return { host, store, answered, address: { peerId: host.peerId.toString(), addrs: host.getMultiaddrs().map((a) => a.toString()) } };
    },
    async liar(file, mode) {
      const peer = await startMaliciousPeer({ clusterKey: hosts.clusterKey, file, mode });
      cleanups.push(() => peer.stop());
      return peer;
    },
    async file(size) {
      const data = new Uint8Array(randomBytes(size));
      const path = join(dir, `file-${n++}`);
      await writeFile(path, data);
      return { path, data, digest: digestOf(data) };
    },
  };
}

const recordedManifest = async (store: ArtifactStore, digest: Digest) => manifestDigestOf((await store.manifest(digest))!);
const fast = { discoverMs: 200, stallTimeoutMs: 10_000 };

test('with the recorded manifest digest, a forger and a corrupter are each blamed alone; the artifact arrives from the honest holders', async (t) => {
  const w = await world(t);
  const file = await w.file(6 * PIECE_SIZE + 77);
  const [honestA, honestB, puller] = await Promise.all([w.node(), w.node(), w.node()]);
  await honestA.store.putFile(file.path);
  await honestB.store.putFile(file.path);
  const forger = await w.liar(file.path, 'forged-manifest');
  const corrupter = await w.liar(file.path, 'corrupt-pieces');
  const holders = [forger, corrupter].map((l) => ({ peerId: l.peerId, addrs: l.addrs })).concat([honestA.address, honestB.address]);
  const reported: string[] = [];
  const result = await fetchArtifact(puller.host, puller.store, listedPeers(puller.host, holders), file.digest, {
    ...fast, expectedManifestDigest: await recordedManifest(honestA.store, file.digest), onBadPeer: (r) => reported.push(r.peer),
  });
  t.is(result.info.digest, file.digest);
  t.is((await puller.store.manifest(file.digest))?.size, file.data.length);
  const blame = new Map(result.badPeers.map((b) => [b.peer, b.reason]));
  t.deepEqual([...blame.keys()].sort(), [forger.peerId, corrupter.peerId].sort());
  t.deepEqual(reported.sort(), [forger.peerId, corrupter.peerId].sort());
  t.regex(blame.get(forger.peerId)!, /forged manifest/);
  t.regex(blame.get(corrupter.peerId)!, /does not match the manifest/);
  t.is(forger.served.pieces, 0, 'the forger is never asked for a piece');
  t.deepEqual(result.setAside, []);
  const fromHonest = (result.bytesFromPeers[honestA.address.peerId] ?? 0) + (result.bytesFromPeers[honestB.address.peerId] ?? 0);
  t.is(fromHonest, file.data.length, 'every verified byte came from the honest holders');
});

/** Names `first` alone at the first round, everyone from then on: the first manifest in use is first's. */
function firstAlone(first: PeerId, rest: PeerSource): PeerSource {
  let rounds = 0;
  return { candidates: async (digest) => (rounds++ === 0 ? [first] : [first, ...(await rest.candidates(digest)).filter((p) => !p.equals(first))]) };
}

test('without it, honest peers are never blamed for a forger whose manifest came first; the recorded digest then gets it', async (t) => {
  const w = await world(t);
  const file = await w.file(3 * PIECE_SIZE + 1);
  const [honest, puller] = await Promise.all([w.node(), w.node()]);
  await honest.store.putFile(file.path);
  const forger = await w.liar(file.path, 'forged-manifest');
  const listed = listedPeers(puller.host, [{ peerId: forger.peerId, addrs: forger.addrs }, honest.address]);
  const reported: string[] = [];
  const source = firstAlone((await listed.candidates(file.digest))[0]!, listed);
  const error = await t.throwsAsync(fetchArtifact(puller.host, puller.store, source, file.digest, { ...fast, onBadPeer: (r) => reported.push(r.peer) }), { instanceOf: FetchFailedError });
  t.regex(error.message, /failed verification/);
  t.regex(error.message, /offered another manifest/);
  t.deepEqual(reported, [forger.peerId], 'only the forger is blamed, once its pieces fail to add up');
  t.false(await puller.store.has(file.digest));
  t.is(honest.answered.filter((a) => a === 'piece').length, 0, 'the honest peer was never asked for pieces of the forged manifest');

  const again = await fetchArtifact(puller.host, puller.store, listed, file.digest, { ...fast, expectedManifestDigest: await recordedManifest(honest.store, file.digest) });
  t.is(again.info.size, file.data.length);
  t.deepEqual(again.badPeers.map((b) => b.peer), [forger.peerId]);
});

test('only the listed holders are asked: a connected peer holding the artifact is not, an unconnected holder is dialled', async (t) => {
  const w = await world(t);
  const file = await w.file(2 * PIECE_SIZE + 9);
  const [listed, unlisted, puller] = await Promise.all([w.node(), w.node(), w.node()]);
  await listed.store.putFile(file.path);
  await unlisted.store.putFile(file.path);
  await puller.host.dial(unlisted.host.getMultiaddrs()[0]!);
  t.is(puller.host.getConnections(listed.host.peerId).length, 0);
  const result = await fetchArtifact(puller.host, puller.store, listedPeers(puller.host, [listed.address]), file.digest, { ...fast, expectedManifestDigest: await recordedManifest(listed.store, file.digest) });
  t.is(result.info.size, file.data.length);
  t.deepEqual(Object.keys(result.bytesFromPeers), [listed.address.peerId]);
  t.deepEqual(unlisted.answered, [], 'the connected non-holder was asked nothing');
  t.true(puller.host.getConnections(listed.host.peerId).length > 0);
  // connectedPeers, by contrast, asks whoever is connected.
  const other = await w.node();
  await other.host.dial(unlisted.host.getMultiaddrs()[0]!);
  await fetchArtifact(other.host, other.store, connectedPeers(other.host), file.digest, fast);
  t.true(unlisted.answered.length > 0);
});

test('when every holder fails, the error names each one with its reason; when none holds it, the artifact is unknown', async (t) => {
  const w = await world(t);
  const file = await w.file(2 * PIECE_SIZE);
  const [honest, empty, puller] = await Promise.all([w.node(), w.node(), w.node()]);
  await honest.store.putFile(file.path);
  const recorded = await recordedManifest(honest.store, file.digest);
  const forger = await w.liar(file.path, 'forged-manifest');
  const corrupter = await w.liar(file.path, 'corrupt-pieces');
  const started = Date.now();
  const error = await t.throwsAsync(fetchArtifact(puller.host, puller.store, listedPeers(puller.host, [forger, corrupter].map((l) => ({ peerId: l.peerId, addrs: l.addrs }))), file.digest, { ...fast, expectedManifestDigest: recorded }), { instanceOf: FetchFailedError });
  t.true(Date.now() - started < 8_000, 'gives up once every holder is dropped, not at the stall timeout');
  t.deepEqual(error.peers.map((p) => p.peer).sort(), [forger.peerId, corrupter.peerId].sort());
  t.regex(error.peers.find((p) => p.peer === forger.peerId)!.reason, /forged manifest/);
  t.regex(error.peers.find((p) => p.peer === corrupter.peerId)!.reason, /does not match the manifest/);
  t.false(await puller.store.has(file.digest));

  const unknown = await t.throwsAsync(fetchArtifact(puller.host, puller.store, listedPeers(puller.host, [empty.address]), file.digest, { ...fast, expectedManifestDigest: recorded }), { instanceOf: UnknownArtifactError });
  t.deepEqual(unknown.peers, [{ peer: empty.address.peerId, reason: 'does not hold it' }]);
  await t.throwsAsync(fetchArtifact(puller.host, puller.store, listedPeers(puller.host, []), file.digest, fast), { instanceOf: UnknownArtifactError, message: /none of the 0 peers/ });
  // A holder that cannot be reached is named with the dial's error (after the stall timeout).
  const gone = await w.node();
  const goneAddress = gone.address;
  await gone.host.stop();
  const unreachable = await t.throwsAsync(fetchArtifact(puller.host, puller.store, listedPeers(puller.host, [goneAddress]), file.digest, { discoverMs: 200, stallTimeoutMs: 1_500, haveTimeoutMs: 500 }), { instanceOf: FetchFailedError });
  t.is(unreachable.peers[0]?.peer, goneAddress.peerId);
  t.notRegex(unreachable.peers[0]!.reason, /did not answer yet|does not hold/);
});
