// ShadowFS snapshot benchmark: a 64 MiB tree (large, medium and small files) snapshotted into a
// fresh node store, again unchanged, again with the previous snapshot, after 1-byte edits, and
// materialised back. Baselines measured in the same run on the same files: reading and hashing
// them (the floor for any snapshot that reads everything) and p2p's putFile of each whole file
// (what storing the tree without chunking costs).
//   npm run bench:shadowfs -- [--json] [--mib 64]
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../../p2p/index.ts';
import { artifactChunkStore, materialise, snapshotDirectory } from '../../shadowfs/index.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, mib: { type: 'string', default: '64' } } });
const totalMiB = Number(values.mib);
if (!Number.isInteger(totalMiB) || totalMiB < 8 || totalMiB > 4096) throw new Error('--mib must be an integer 8..4096');
const MiB = 1024 * 1024;

const root = await mkdtemp(join(tmpdir(), 'arrow-bench-shadowfs-'));
try {
  const tree = join(root, 'tree');
  // Half the bytes in 4 MiB files, a quarter in 256 KiB files, a quarter in 4 KiB files.
  const files: string[] = [];
  const add = async (sub: string, count: number, size: number): Promise<void> => {
    await mkdir(join(tree, sub), { recursive: true });
    for (let i = 0; i < count; i++) {
      const path = join(tree, sub, `f${i}`);
      await writeFile(path, randomBytes(size));
      files.push(path);
    }
  };
  await add('large', (totalMiB / 2) / 4, 4 * MiB);
  await add('medium', (totalMiB / 4) * 4, 256 * 1024);
  await add('small', (totalMiB / 4) * 256, 4 * 1024);
  const logical = totalMiB * MiB;

  const time = async <T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> => {
    const start = performance.now();
    const value = await fn();
    return { seconds: (performance.now() - start) / 1000, value };
  };
  const rate = (seconds: number) => Number((logical / MiB / seconds).toFixed(1));

  const hashAll = await time(async () => { for (const f of files) createHash('sha256').update(await readFile(f)).digest(); });
  const baselineStore = await openStore(join(root, 'baseline'));
  const putFiles = await time(async () => { for (const f of files) await baselineStore.putFile(f, { ref: 'bench' }); });
  await baselineStore.close();

  const artifacts = await openStore(join(root, 'node'));
  const store = artifactChunkStore(artifacts);
  const first = await time(() => snapshotDirectory(tree, store, { sizeLimit: 2 * logical, holder: 'bench:1' }));
  const unchanged = await time(() => snapshotDirectory(tree, store, { sizeLimit: 2 * logical, holder: 'bench:2' }));
  const withPrevious = await time(() => snapshotDirectory(tree, store, { sizeLimit: 2 * logical, holder: 'bench:3', previous: unchanged.value }));
  // One byte changed in the middle of every large file.
  for (const f of files.filter((p) => p.includes('/large/'))) {
    const handle = await open(f, 'r+');
    await handle.write(new Uint8Array([0xff]), 0, 1, 2 * MiB);
    await handle.close();
  }
  const edited = await time(() => snapshotDirectory(tree, store, { sizeLimit: 2 * logical, holder: 'bench:4', previous: withPrevious.value }));
  const restore = await time(() => materialise(edited.value.manifest, store, join(root, 'restored')));
  await artifacts.close();

  const editedLarge = files.filter((p) => p.includes('/large/')).length;
  const result = {
    treeMiB: totalMiB,
    files: files.length,
    baselineReadHashMiBs: rate(hashAll.seconds),
    baselinePutFileMiBs: rate(putFiles.seconds),
    firstSnapshotMiBs: rate(first.seconds),
    firstSnapshotChunks: first.value.stats.newChunks,
    unchangedSnapshotMiBs: rate(unchanged.seconds),
    unchangedNewBytes: unchanged.value.stats.newBytes,
    withPreviousMiBs: rate(withPrevious.seconds),
    withPreviousFilesNotRead: withPrevious.value.stats.unchangedFiles,
    editedFiles: editedLarge,
    editedNewBytes: edited.value.stats.newBytes,
    editedNewChunks: edited.value.stats.newChunks,
    editedSeconds: Number(edited.seconds.toFixed(2)),
    dedupeRatio: Number((logical / Math.max(1, edited.value.stats.newBytes)).toFixed(1)),
    materialiseMiBs: rate(restore.seconds),
    manifestBytes: first.value.stats.manifestBytes,
    snapshotVsPutFile: Number((putFiles.seconds / first.seconds).toFixed(2)),
  };
  if (values.json) console.log(JSON.stringify(result));
  else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(28)} ${v}`);
} finally {
  await rm(root, { recursive: true, force: true });
}
