import test from 'ava';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore } from '../p2p/index.ts';
import type { Digest } from '../p2p/index.ts';
import { VolumeFullError, artifactChunkStore, chunksOf, diffManifests, openVolumes } from './index.ts';
import type { ChunkStore } from './index.ts';
import { describeTree, randomData, tempDir } from './test-support.ts';
import type { TreeItem } from './test-support.ts';

async function writeGeneration(tree: string, i: number): Promise<void> {
  await mkdir(join(tree, 'data'), { recursive: true });
  await writeFile(join(tree, 'data', 'common.bin'), randomData(1024 * 1024, 1));
  await writeFile(join(tree, 'data', 'log.txt'), `generation ${i}\n`.repeat(i));
  await rm(join(tree, 'data', `unique-${i - 1}.bin`), { force: true });
  await writeFile(join(tree, 'data', `unique-${i}.bin`), randomData(300_000, 100 + i));
}

test('five commits with retention 3: three kept, the chunks of the dropped released, restore and reopen work', async (t) => {
  const dir = await tempDir(t);
  const dataDir = join(dir, 'node');
  const tree = join(dir, 'tree');
  let artifacts = await openStore(dataDir);
  let volumes = await openVolumes({ dataDir, store: artifactChunkStore(artifacts) });
  t.teardown(async () => { await volumes.close(); await artifacts.close(); });

  const trees = new Map<number, TreeItem[]>();
  const uniqueChunks = new Map<number, Digest[]>();
  const manifests = new Map<number, Digest>();
  for (let i = 1; i <= 5; i++) {
    await writeGeneration(tree, i);
    const result = await volumes.commit('web-data', tree, { sizeLimit: 8 * 1024 * 1024, retain: 3 });
    t.is(result.snapshot.seq, i);
    t.deepEqual(result.dropped, i > 3 ? [i - 3] : []);
    if (i === 1) t.is(result.stats.newBytes, result.stats.logicalBytes);
    else t.true(result.stats.newBytes < 400_000, `commit ${i} stored ${result.stats.newBytes} new bytes`);
    trees.set(i, await describeTree(tree));
    const { manifest } = await volumes.get('web-data', i);
    manifests.set(i, result.snapshot.manifest);
    const unique = manifest.entries.find((e) => e.path === `data/unique-${i}.bin`);
    t.true(unique?.type === 'file');
    if (unique?.type === 'file') uniqueChunks.set(i, unique.chunks.map((c) => c.digest));
  }

  const listed = await volumes.list('web-data');
  t.deepEqual(listed.map((s) => s.seq), [3, 4, 5]);
  t.true(listed.every((s) => s.logicalBytes > 1024 * 1024 && s.createdAt.getTime() > Date.now() - 60_000 && s.entries === 4));
  for (const i of [1, 2]) {
    t.false(await artifacts.has(manifests.get(i)!), `manifest of dropped snapshot ${i} deleted`);
    for (const digest of uniqueChunks.get(i)!) t.false(await artifacts.has(digest), `chunk of dropped snapshot ${i} deleted`);
  }
  for (const i of [3, 4, 5]) {
    for (const digest of [...uniqueChunks.get(i)!, manifests.get(i)!]) t.deepEqual((await artifacts.stat(digest))?.refs, ['shadowfs:web-data']);
  }
  // No reference of a commit in progress survives it.
  t.false((await artifacts.list()).some((a) => a.refs.some((r) => r.startsWith('shadowfs-pending:'))));
  await t.throwsAsync(volumes.get('web-data', 2), { message: /has no snapshot 2 \(kept: 3, 4, 5\)/ });

  await volumes.restore('web-data', 3, join(dir, 'restored'));
  t.deepEqual(await describeTree(join(dir, 'restored')), trees.get(3));

  await volumes.close();
  await artifacts.close();
  artifacts = await openStore(dataDir);
  volumes = await openVolumes({ dataDir, store: artifactChunkStore(artifacts) });
  t.deepEqual(await volumes.list('web-data'), listed);
  await volumes.restore('web-data', 4, join(dir, 'restored'));
  t.deepEqual(await describeTree(join(dir, 'restored')), trees.get(4));
  // Numbers are never reused after a reopen.
  await writeGeneration(tree, 6);
  t.is((await volumes.commit('web-data', tree, { sizeLimit: 8 * 1024 * 1024, retain: 3 })).snapshot.seq, 6);
});

test('a commit over the size limit changes nothing; bad names and retention are refused', async (t) => {
  const dir = await tempDir(t);
  const dataDir = join(dir, 'node');
  const tree = join(dir, 'tree');
  const artifacts = await openStore(dataDir);
  const volumes = await openVolumes({ dataDir, store: artifactChunkStore(artifacts) });
  t.teardown(async () => { await volumes.close(); await artifacts.close(); });
  await writeGeneration(tree, 1);
  await volumes.commit('v', tree, { sizeLimit: 2 * 1024 * 1024, retain: 2 });
  const stored = (await artifacts.list()).map((a) => a.digest).sort();
  await writeFile(join(tree, 'data', 'huge.bin'), randomData(1024 * 1024, 9));
  await t.throwsAsync(volumes.commit('v', tree, { sizeLimit: 2 * 1024 * 1024, retain: 2 }), { instanceOf: VolumeFullError });
  t.deepEqual((await volumes.list('v')).map((s) => s.seq), [1]);
  t.deepEqual((await artifacts.list()).map((a) => a.digest).sort(), stored);
  t.throws(() => volumes.commit('../etc', tree, { sizeLimit: 1e9, retain: 2 }), { message: /invalid volume name/ });
  t.throws(() => volumes.commit('v', tree, { sizeLimit: 1e9, retain: 0 }), { message: /retain must be 1\.\.1000/ });
});

test('references left by a commit interrupted after its record was written are released at the next open', async (t) => {
  const dir = await tempDir(t);
  const dataDir = join(dir, 'node');
  const tree = join(dir, 'tree');
  await writeGeneration(tree, 1);
  let artifacts = await openStore(dataDir);
  const store = artifactChunkStore(artifacts);
  // The process "dies" (the release throws) after the record is committed, before the pending holder is released.
  const dying: ChunkStore = {
    ...store,
    release: async (digests, holder) => {
      if (holder.startsWith('shadowfs-pending:')) throw new Error('crash (injected)');
      return store.release(digests, holder);
    },
  };
  let volumes = await openVolumes({ dataDir, store: dying });
  await t.throwsAsync(volumes.commit('v', tree, { sizeLimit: 1e9, retain: 2 }), { message: /injected/ });
  t.true((await artifacts.list()).some((a) => a.refs.some((r) => r.startsWith('shadowfs-pending:'))));
  await volumes.close();
  await artifacts.close();

  artifacts = await openStore(dataDir);
  volumes = await openVolumes({ dataDir, store: artifactChunkStore(artifacts) });
  t.teardown(async () => { await volumes.close(); await artifacts.close(); });
  t.deepEqual((await volumes.list('v')).map((s) => s.seq), [1], 'the committed record stays');
  const all = await artifacts.list();
  t.true(all.length > 0);
  t.true(all.every((a) => a.refs.length === 1 && a.refs[0] === 'shadowfs:v'), JSON.stringify(all.map((a) => a.refs)));
  const { manifest } = await volumes.get('v', 1);
  t.is(all.length, chunksOf(manifest).size + 1);
  await volumes.restore('v', 1, join(dir, 'out'));
  t.deepEqual(await describeTree(join(dir, 'out')), await describeTree(tree));
});

test('a replica adopts snapshots from the chunks it lacks alone, and refuses one with a chunk missing', async (t) => {
  const dir = await tempDir(t);
  const tree = join(dir, 'tree');
  const primaryArtifacts = await openStore(join(dir, 'primary'));
  const primaryStore = artifactChunkStore(primaryArtifacts);
  const primary = await openVolumes({ dataDir: join(dir, 'primary'), store: primaryStore });
  const replicaArtifacts = await openStore(join(dir, 'replica'));
  const replicaStore = artifactChunkStore(replicaArtifacts);
  const replica = await openVolumes({ dataDir: join(dir, 'replica'), store: replicaStore });
  t.teardown(async () => { await primary.close(); await primaryArtifacts.close(); await replica.close(); await replicaArtifacts.close(); });

  // What replication would do: send the manifest and the chunks the replica's latest snapshot lacks.
  const replicate = async (seq: number, skip?: Digest): Promise<{ sentBytes: number }> => {
    const { manifest, info } = await primary.get('v', seq);
    const held = (await replica.list('v')).at(-1);
    const base = held ? (await replica.get('v', held.seq)).manifest : { rootMode: 0, entries: [] };
    const diff = diffManifests(base, manifest);
    let sentBytes = 0;
    for (const digest of [info.manifest, ...diff.missingChunks.map((c) => c.digest)]) {
      if (digest === skip) continue;
      const bytes = (await primaryStore.get(digest, 64 * 1024 * 1024))!;
      await replicaStore.put(bytes, 'shadowfs-incoming:test');
      sentBytes += bytes.length;
    }
    return { sentBytes };
  };

  await writeGeneration(tree, 1);
  const first = await primary.commit('v', tree, { sizeLimit: 1e9, retain: 2 });
  const sent1 = await replicate(1);
  await replica.adopt('v', first.snapshot.manifest, { sizeLimit: 1e9, retain: 2, createdMs: first.snapshot.createdAt.getTime() });
  await replicaStore.release((await replicaArtifacts.list()).map((a) => a.digest), 'shadowfs-incoming:test');
  await replica.restore('v', 1, join(dir, 'r1'));
  t.deepEqual(await describeTree(join(dir, 'r1')), await describeTree(tree));

  await writeGeneration(tree, 2);
  const second = await primary.commit('v', tree, { sizeLimit: 1e9, retain: 2 });
  const sent2 = await replicate(2);
  t.log(`replication: ${sent1.sentBytes} bytes for the first snapshot, ${sent2.sentBytes} for the second`);
  t.true(sent2.sentBytes < 400_000 && sent2.sentBytes < sent1.sentBytes / 3);
  await replica.adopt('v', second.snapshot.manifest, { sizeLimit: 1e9, retain: 2 });
  await replicaStore.release((await replicaArtifacts.list()).map((a) => a.digest), 'shadowfs-incoming:test');
  await replica.restore('v', 2, join(dir, 'r2'));
  t.deepEqual(await describeTree(join(dir, 'r2')), await describeTree(tree));
  t.true((await replicaArtifacts.list()).every((a) => a.refs.length === 1 && a.refs[0] === 'shadowfs:v'));

  // A chunk that never arrived: refused, nothing recorded, nothing left held by the attempt.
  await writeGeneration(tree, 3);
  const third = await primary.commit('v', tree, { sizeLimit: 1e9, retain: 2 });
  const { manifest: m3 } = await primary.get('v', 3);
  const lost = diffManifests((await primary.get('v', 2)).manifest, m3).missingChunks[0]!.digest;
  await replicate(3, lost);
  await t.throwsAsync(replica.adopt('v', third.snapshot.manifest, { sizeLimit: 1e9, retain: 2 }), { message: /1 of its chunks are not in the store/ });
  t.deepEqual((await replica.list('v')).map((s) => s.seq), [1, 2]);
  t.false((await replicaArtifacts.list()).some((a) => a.refs.some((r) => r.startsWith('shadowfs-pending:'))));
  await t.throwsAsync(replica.adopt('v', lost, { sizeLimit: 1e9, retain: 2 }), { message: /the manifest is not in the store/ });
  // A manifest over the replica's size limit is refused by the decoder.
  await replicaStore.put((await primaryStore.get(lost, 1e6)) ?? new Uint8Array(0), 'shadowfs-incoming:test');
  await t.throwsAsync(replica.adopt('v', third.snapshot.manifest, { sizeLimit: 1000, retain: 2 }), { message: /over-size-limit/ });
});

test('chunks stored by a commit that died while reading the tree are released at the next open', async (t) => {
  const dir = await tempDir(t);
  const dataDir = join(dir, 'node');
  const tree = join(dir, 'tree');
  await writeGeneration(tree, 1);
  let artifacts = await openStore(dataDir);
  const store = artifactChunkStore(artifacts);
  let volumes = await openVolumes({ dataDir, store });
  await volumes.commit('v', tree, { sizeLimit: 1e9, retain: 2 });
  const before = (await artifacts.list()).map((a) => a.digest).sort();
  await writeFile(join(tree, 'data', 'more.bin'), randomData(2 * 1024 * 1024, 77));
  // The "crash": a put fails mid-read and so does the rollback, as if the process had died there.
  let puts = 0;
  const dying: ChunkStore = {
    ...store,
    put: async (bytes, holder) => { if (++puts === 12) throw new Error('crash (injected)'); return store.put(bytes, holder); },
    release: async () => { throw new Error('crash (injected)'); },
  };
  await volumes.close();
  volumes = await openVolumes({ dataDir, store: dying });
  await t.throwsAsync(volumes.commit('v', tree, { sizeLimit: 1e9, retain: 2 }), { message: /injected/ });
  t.true((await artifacts.list()).length > before.length, 'the dead commit left chunks behind');
  await volumes.close();
  await artifacts.close();

  artifacts = await openStore(dataDir);
  volumes = await openVolumes({ dataDir, store: artifactChunkStore(artifacts) });
  t.teardown(async () => { await volumes.close(); await artifacts.close(); });
  t.deepEqual((await artifacts.list()).map((a) => a.digest).sort(), before);
  t.deepEqual((await volumes.list('v')).map((s) => s.seq), [1]);
});
