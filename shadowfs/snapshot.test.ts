import test from 'ava';
import fc from 'fast-check';
import { execa } from 'execa';
import { chmod, lutimes, mkdir, readdir, readFile, symlink, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore } from '../p2p/index.ts';
import type { ArtifactStore, Digest } from '../p2p/index.ts';
import {
  ChunkCorruptError, ChunkMissingError, MAX_CHUNK_BYTES, ManifestError, VolumeFullError, artifactChunkStore, chunksOf, materialise, snapshotDirectory,
} from './index.ts';
import type { ChunkStore, Manifest } from './index.ts';
import { describeTree, randomData, tempDir } from './test-support.ts';

async function openTestStore(t: { teardown(fn: () => Promise<void>): void }, dir: string): Promise<{ artifacts: ArtifactStore; store: ChunkStore }> {
  const artifacts = await openStore(join(dir, 'node'));
  t.teardown(() => artifacts.close());
  return { artifacts, store: artifactChunkStore(artifacts) };
}

type Node =
  | { kind: 'file'; size: number; seed: number; mode: number }
  | { kind: 'symlink'; target: string }
  | { kind: 'dir'; mode: number; children: Record<string, Node> };

const isRoot = process.getuid?.() === 0;
// Special bits only where chmod keeps them for us (root); the rest of the mode is random.
const specialBits = fc.constantFrom(...(isRoot ? [0, 0o4000, 0o2000, 0o1000] : [0]));
const name = fc.stringMatching(/^[a-zA-Z0-9._ é-]{1,12}$/).filter((n) => n !== '.' && n !== '..');
const treeArbitrary = fc.letrec<{ node: Node; file: Node; symlink: Node; dir: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, tie('file'), tie('symlink'), tie('dir')),
  file: fc.record({
    kind: fc.constant('file' as const),
    size: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 100 }), weight: 5 },
      { arbitrary: fc.integer({ min: 0, max: 300_000 }), weight: 3 },
      { arbitrary: fc.integer({ min: 0, max: 3 * 1024 * 1024 }), weight: 1 },
    ),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    // Owner read so a non-root test can read it back.
    mode: fc.tuple(fc.integer({ min: 0, max: 0o777 }), specialBits).map(([m, s]) => m | 0o400 | s),
  }),
  symlink: fc.record({ kind: fc.constant('symlink' as const), target: fc.oneof(name, fc.constantFrom('/etc/passwd', '../..', 'a/b/../c', 'dangling/x')) }),
  dir: fc.record({
    kind: fc.constant('dir' as const),
    mode: fc.integer({ min: 0, max: 0o777 }).map((m) => m | 0o700),
    children: fc.dictionary(name, tie('node'), { maxKeys: 5 }),
  }),
}));

async function build(path: string, node: Node): Promise<void> {
  if (node.kind === 'file') {
    await writeFile(path, randomData(node.size, node.seed));
    await chmod(path, node.mode);
  } else if (node.kind === 'symlink') {
    await symlink(node.target, path);
    await lutimes(path, 1_600_000_000.5, 1_600_000_000.25);
  } else {
    await mkdir(path);
    for (const [child, sub] of Object.entries(node.children)) await build(join(path, child), sub);
    await chmod(path, node.mode);
  }
}

test('property: random trees round-trip byte for byte (content, types, modes, symlink targets, mtimes)', async (t) => {
  const dir = await tempDir(t);
  const { store } = await openTestStore(t, dir);
  let run = 0;
  await fc.assert(fc.asyncProperty(fc.dictionary(name, treeArbitrary.node, { maxKeys: 6 }), async (children) => {
    const source = join(dir, `src-${run}`);
    const target = join(dir, `out-${run}`);
    run++;
    try {
      await build(source, { kind: 'dir', mode: 0o750, children });
      const snapshot = await snapshotDirectory(source, store, { sizeLimit: 1024 ** 3, holder: `test:${run}` });
      await materialise(snapshot.manifest, store, target);
      t.deepEqual(await describeTree(target), await describeTree(source));
    } finally {
      await rm(source, { recursive: true, force: true });
      await rm(target, { recursive: true, force: true });
    }
  }), { numRuns: 25 });
});

test('an edit in the middle of a 4 MiB file stores at most two chunks anew; an unchanged tree stores nothing', async (t) => {
  const dir = await tempDir(t);
  const { store } = await openTestStore(t, dir);
  const tree = join(dir, 'tree');
  await mkdir(tree);
  const data = randomData(4 * 1024 * 1024, 11);
  await writeFile(join(tree, 'big.bin'), data);
  await writeFile(join(tree, 'small.txt'), 'hello');
  const first = await snapshotDirectory(tree, store, { sizeLimit: 64 * 1024 * 1024, holder: 'test:1' });
  t.is(first.stats.newBytes, data.length + 5);
  t.is(first.stats.logicalBytes, data.length + 5);

  data[2 * 1024 * 1024]! ^= 0x5a;
  await writeFile(join(tree, 'big.bin'), data);
  await new Promise((resolve) => setTimeout(resolve, 20)); // so the next snapshot starts after the last write's mtime
  const second = await snapshotDirectory(tree, store, { sizeLimit: 64 * 1024 * 1024, holder: 'test:2' });
  t.log(`edit: ${second.stats.newBytes} new bytes in ${second.stats.newChunks} chunks of ${second.stats.chunks}; ${second.stats.reusedBytes} reused`);
  t.true(second.stats.newBytes > 0 && second.stats.newBytes <= 2 * MAX_CHUNK_BYTES);
  t.true(second.stats.newChunks <= 2);
  t.not(second.digest, first.digest);

  const third = await snapshotDirectory(tree, store, { sizeLimit: 64 * 1024 * 1024, holder: 'test:3' });
  t.is(third.stats.newBytes, 0);
  t.is(third.stats.newChunks, 0);
  t.is(third.digest, second.digest, 'same tree, same manifest digest');

  // With the previous snapshot, files unchanged since it began are not read at all.
  const fourth = await snapshotDirectory(tree, store, { sizeLimit: 64 * 1024 * 1024, holder: 'test:4', previous: third });
  t.is(fourth.stats.unchangedFiles, 2);
  t.is(fourth.digest, third.digest);
});

test('a tree over the size limit is refused and nothing of it is stored', async (t) => {
  const dir = await tempDir(t);
  const { artifacts, store } = await openTestStore(t, dir);
  const tree = join(dir, 'tree');
  await mkdir(join(tree, 'sub'), { recursive: true });
  for (let i = 0; i < 3; i++) await writeFile(join(tree, 'sub', `f${i}`), randomData(100_000, i + 1));
  await t.throwsAsync(snapshotDirectory(tree, store, { sizeLimit: 250_000, holder: 'test:limit' }), {
    instanceOf: VolumeFullError, message: /more than the size limit of 250000 bytes \(nothing was stored\)/,
  });
  t.deepEqual(await artifacts.list(), []);
  const ok = await snapshotDirectory(tree, store, { sizeLimit: 300_000, holder: 'test:limit' });
  t.is(ok.stats.logicalBytes, 300_000);
});

test('a snapshot failing half-way releases what it stored and leaves older chunks alone', async (t) => {
  const dir = await tempDir(t);
  const { artifacts, store } = await openTestStore(t, dir);
  const tree = join(dir, 'tree');
  await mkdir(tree);
  await writeFile(join(tree, 'kept'), randomData(200_000, 1));
  const earlier = await snapshotDirectory(tree, store, { sizeLimit: 1e9, holder: 'earlier' });
  const before = (await artifacts.list()).map((a) => a.digest).sort();
  await writeFile(join(tree, 'big'), randomData(3 * 1024 * 1024, 2));
  let puts = 0;
  const failing: ChunkStore = {
    ...store,
    put: async (bytes, holder) => {
      if (++puts === 10) throw new Error('disk full (injected)');
      return store.put(bytes, holder);
    },
  };
  await t.throwsAsync(snapshotDirectory(tree, failing, { sizeLimit: 1e9, holder: 'failing' }), { message: /injected/ });
  t.deepEqual((await artifacts.list()).map((a) => a.digest).sort(), before);
  for (const info of await artifacts.list()) t.deepEqual(info.refs, ['earlier']);
  const out = join(dir, 'out');
  await materialise(earlier.manifest, store, out);
  t.deepEqual(await describeTree(out), (await describeTree(tree)).filter((item) => item.path !== 'big'));
});

test('a corrupt or missing chunk is detected on materialise and nothing is written', async (t) => {
  const dir = await tempDir(t);
  const { artifacts, store } = await openTestStore(t, dir);
  const tree = join(dir, 'tree');
  await mkdir(tree);
  await writeFile(join(tree, 'a.bin'), randomData(500_000, 5));
  const snapshot = await snapshotDirectory(tree, store, { sizeLimit: 1e9, holder: 'test' });
  const chunks = [...chunksOf(snapshot.manifest).keys()];
  const victim = chunks[1]!;
  const blob = artifacts.blobPath(victim);
  const original = await readFile(blob);
  const corrupt = Buffer.from(original);
  corrupt[100]! ^= 1;
  await writeFile(blob, corrupt);
  const target = join(dir, 'restored');
  await t.throwsAsync(materialise(snapshot.manifest, store, target), { instanceOf: ChunkCorruptError, message: new RegExp(`${victim}.*"a.bin".*hash to`) });
  t.deepEqual((await readdir(dir)).sort(), ['node', 'tree'], 'neither the target nor a temp dir is left');

  await writeFile(blob, original.subarray(0, 1000));
  await t.throwsAsync(materialise(snapshot.manifest, store, target), { instanceOf: ChunkCorruptError, message: /1000 bytes, the manifest says/ });

  await artifacts.remove(victim as Digest);
  await t.throwsAsync(materialise(snapshot.manifest, store, target), { instanceOf: ChunkMissingError, message: /is not in the store/ });
  t.deepEqual((await readdir(dir)).sort(), ['node', 'tree']);
});

test('materialise refuses hostile manifests and existing targets, and replaces atomically when asked', async (t) => {
  const dir = await tempDir(t);
  const { store } = await openTestStore(t, dir);
  const mtime = { sec: 1_700_000_000, nsec: 0 };
  const escape: Manifest = { rootMode: 0o755, entries: [{ path: '../escape', type: 'dir', mode: 0o755, mtime }] };
  await t.throwsAsync(materialise(escape, store, join(dir, 'x')), { instanceOf: ManifestError, message: /path-traversal/ });
  const throughLink: Manifest = {
    rootMode: 0o755,
    entries: [{ path: 'l', type: 'symlink', mode: 0, mtime, target: '/tmp' }, { path: 'l/owned', type: 'file', mode: 0o644, mtime, size: 0, chunks: [] }],
  };
  await t.throwsAsync(materialise(throughLink, store, join(dir, 'x')), { instanceOf: ManifestError, message: /not-a-directory/ });
  t.deepEqual(await readdir(dir), ['node']);

  const tree = join(dir, 'tree');
  await mkdir(tree);
  await writeFile(join(tree, 'v'), 'one');
  const one = await snapshotDirectory(tree, store, { sizeLimit: 1e9, holder: 'test' });
  await writeFile(join(tree, 'v'), 'two');
  await writeFile(join(tree, 'w'), 'new');
  const two = await snapshotDirectory(tree, store, { sizeLimit: 1e9, holder: 'test' });
  const target = join(dir, 'target');
  await materialise(one.manifest, store, target);
  await t.throwsAsync(materialise(two.manifest, store, target), { message: /it exists/ });
  await materialise(two.manifest, store, target, { replace: true });
  t.deepEqual(await describeTree(target), await describeTree(tree));
  t.is(await readFile(join(target, 'v'), 'utf8'), 'two');
  t.false((await readdir(dir)).some((n) => n.includes('shadowfs')), 'no temp or old tree left beside the target');
});

test('sockets, FIFOs and devices are skipped and listed; a non-directory root is refused', async (t) => {
  const dir = await tempDir(t);
  const { store } = await openTestStore(t, dir);
  const tree = join(dir, 'tree');
  await mkdir(tree);
  await execa('mkfifo', [join(tree, 'pipe')]);
  await writeFile(join(tree, 'f'), 'x');
  const snapshot = await snapshotDirectory(tree, store, { sizeLimit: 1e9, holder: 'test' });
  t.deepEqual(snapshot.stats.skipped, ['pipe']);
  t.deepEqual(snapshot.manifest.entries.map((e) => e.path), ['f']);
  await t.throwsAsync(snapshotDirectory(join(tree, 'f'), store, { sizeLimit: 1e9, holder: 'test' }), { message: /not a directory/ });
});

test('names and symlink targets that are not UTF-8 are refused with the path, and nothing is stored', async (t) => {
  const dir = await tempDir(t);
  const { artifacts, store } = await openTestStore(t, dir);
  const tree = join(dir, 'tree');
  await mkdir(tree);
  await writeFile(join(tree, 'ok'), randomData(50_000, 3));
  const badName = Buffer.concat([Buffer.from(`${tree}/bad-`), Buffer.from([0xff, 0xfe])]);
  await writeFile(badName, 'x');
  await t.throwsAsync(snapshotDirectory(tree, store, { sizeLimit: 1e9, holder: 'test' }), { message: /tree\/bad-.*: its name is not valid UTF-8/ });
  await rm(badName);
  await symlink(Buffer.from([0x61, 0xc3, 0x28]), join(tree, 'link'));
  await t.throwsAsync(snapshotDirectory(tree, store, { sizeLimit: 1e9, holder: 'test' }), { message: /"[^"]*tree\/link": its symlink target is not valid UTF-8/ });
  t.deepEqual(await artifacts.list(), []);
});

test('an aborted snapshot stops, says so, and leaves nothing stored; an aborted materialise leaves no tree', async (t) => {
  const dir = await tempDir(t);
  const { artifacts, store } = await openTestStore(t, dir);
  const tree = join(dir, 'tree');
  await mkdir(tree);
  for (let i = 0; i < 20; i++) await writeFile(join(tree, `f${i}`), randomData(100_000, i + 1));
  const controller = new AbortController();
  let puts = 0;
  const slow: ChunkStore = { ...store, put: async (bytes, holder) => { if (++puts === 5) controller.abort(new Error('deadline passed (injected)')); return store.put(bytes, holder); } };
  await t.throwsAsync(snapshotDirectory(tree, slow, { sizeLimit: 1e9, holder: 'test', signal: controller.signal }), { message: /deadline passed/ });
  t.true(puts < 40, `stopped after ${puts} puts`);
  t.deepEqual(await artifacts.list(), []);

  const snapshot = await snapshotDirectory(tree, store, { sizeLimit: 1e9, holder: 'test' });
  await t.throwsAsync(materialise(snapshot.manifest, store, join(dir, 'out'), { signal: AbortSignal.abort(new Error('stop')) }), { message: /stop/ });
  t.deepEqual((await readdir(dir)).sort(), ['node', 'tree']);
});
