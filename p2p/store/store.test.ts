import test from 'ava';
import { mkdtemp, readFile, rm, stat, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { openStore } from '../index.ts';
import { PIECE_SIZE, digestOf, sha256 } from '../pieces/index.ts';
import type { Manifest } from '../pieces/index.ts';

async function tempDir(t: { teardown(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-store-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function randomData(size: number, seed = 1): Uint8Array {
  const data = new Uint8Array(size);
  let x = seed * 2654435761 >>> 0;
  for (let i = 0; i < size; i++) { x = (x * 1103515245 + 12345) >>> 0; data[i] = x >>> 24; }
  return data;
}

function manifestOf(data: Uint8Array): Manifest {
  const pieceDigests: Uint8Array[] = [];
  for (let o = 0; o < data.length; o += PIECE_SIZE) pieceDigests.push(sha256(data.subarray(o, o + PIECE_SIZE)));
  return { digest: digestOf(data), size: data.length, pieceSize: PIECE_SIZE, pieceDigests };
}

test('putFile stores one verified copy under its digest, shared by every reference', async (t) => {
  const dir = await tempDir(t);
  const store = await openStore(join(dir, 'node'));
  t.teardown(() => store.close());
  const data = randomData(2 * PIECE_SIZE + 123);
  const src = join(dir, 'app.bin');
  await writeFile(src, data);
  const a = await store.putFile(src, { ref: 'arrow:a' });
  const b = await store.putFile(src, { ref: 'arrow:b' });
  const c = await store.putBytes(data, { ref: 'kernel:base' });
  t.is(a.digest, digestOf(data));
  t.is(b.digest, a.digest);
  t.is(c.digest, a.digest);
  t.deepEqual(c.refs.sort(), ['arrow:a', 'arrow:b', 'kernel:base']);
  t.true(await store.has(a.digest));
  t.deepEqual(new Uint8Array(await readFile(store.blobPath(a.digest))), data);
  t.is((await store.list()).length, 1);
  t.is((await stat(store.blobPath(a.digest))).size, data.length);
  // No temp files left behind by the duplicate puts.
  t.deepEqual(await readdir(join(dir, 'node', 'cas', 'tmp')), []);
  const piece = await store.readPiece(a.digest, 2);
  t.deepEqual(piece, data.subarray(2 * PIECE_SIZE));
});

test('empty artifacts and bad input', async (t) => {
  const dir = await tempDir(t);
  const store = await openStore(dir);
  t.teardown(() => store.close());
  const empty = await store.putBytes(new Uint8Array(0));
  t.is(empty.digest, 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  t.is(empty.size, 0);
  await t.throwsAsync(store.putFile(join(dir, 'missing')), { message: /no such file/ });
  await t.throwsAsync(store.putFile(dir), { message: /not a regular file/ });
  await t.throwsAsync(store.has('sha256:xyz' as never), { message: /invalid digest/ });
  await t.throwsAsync(store.putBytes(new Uint8Array(1), { ref: 'bad ref with spaces' }), { message: /invalid reference/ });
  await t.throwsAsync(store.addRef(digestOf(new Uint8Array([9])), 'pin'), { message: /unknown artifact/ });
  t.is(await store.stat(digestOf(new Uint8Array([9]))), undefined);
});

test('size limit rejects an oversized put and keeps nothing', async (t) => {
  const dir = await tempDir(t);
  const store = await openStore(dir, { maxArtifactBytes: PIECE_SIZE });
  t.teardown(() => store.close());
  await t.throwsAsync(store.putBytes(randomData(PIECE_SIZE + 1)), { message: /larger than the limit/ });
  t.deepEqual(await store.list(), []);
  t.deepEqual(await readdir(join(dir, 'cas', 'tmp')), []);
});

test('gc removes only unreferenced artifacts', async (t) => {
  const dir = await tempDir(t);
  const store = await openStore(dir);
  t.teardown(() => store.close());
  const kept = await store.putBytes(randomData(1000, 1), { ref: 'kernel:base' });
  const dropped = await store.putBytes(randomData(1000, 2), { ref: 'arrow:x' });
  const never = await store.putBytes(randomData(1000, 3));
  const twice = await store.putBytes(randomData(1000, 4), { ref: 'arrow:y' });
  await store.addRef(twice.digest, 'pin');
  await store.removeRef(dropped.digest, 'arrow:x');
  await store.removeRef(twice.digest, 'arrow:y');
  t.true(await store.has(dropped.digest), 'removeRef never deletes by itself');
  const result = await store.gc();
  t.deepEqual(result.removed.sort(), [dropped.digest, never.digest].sort());
  t.is(result.freedBytes, 2000);
  t.true(await store.has(kept.digest));
  t.true(await store.has(twice.digest));
  t.false(await store.has(dropped.digest));
  await t.throwsAsync(stat(store.blobPath(dropped.digest)));
  t.deepEqual((await store.stat(twice.digest))?.refs, ['pin']);
});

test('download verifies pieces, rejects bad ones, resumes after reopen and publishes atomically', async (t) => {
  const dir = await tempDir(t);
  const data = randomData(3 * PIECE_SIZE + 10);
  const manifest = manifestOf(data);
  const piece = (i: number) => data.subarray(i * PIECE_SIZE, Math.min(data.length, (i + 1) * PIECE_SIZE));
  let store = await openStore(dir);
  const held = await store.beginDownload(manifest);
  t.is(held.count(), 0);
  const corrupted = new Uint8Array(piece(1));
  corrupted[5]! ^= 1;
  t.false(await store.writePiece(manifest.digest, 1, corrupted));
  t.false(await store.writePiece(manifest.digest, 1, [corrupted.subarray(0, 7), corrupted.subarray(7)]), 'chunks are verified as the whole');
  t.false(await store.writePiece(manifest.digest, 1, [piece(1).subarray(0, 7)]), 'a short piece in chunks is rejected');
  t.true(await store.writePiece(manifest.digest, 0, piece(0)));
  t.true(await store.writePiece(manifest.digest, 3, piece(3)));
  t.false(await store.has(manifest.digest), 'a partial is never visible as an artifact');
  t.deepEqual(await store.readPiece(manifest.digest, 3), piece(3), 'verified pieces of a partial can be served');
  t.is(await store.readPiece(manifest.digest, 1), undefined);
  await t.throwsAsync(store.finishDownload(manifest.digest), { message: /incomplete: 2 of 4/ });
  await store.close();

  store = await openStore(dir);
  t.teardown(() => store.close());
  t.deepEqual((await store.listPartials()).map((p) => p.piecesHeld), [2]);
  const resumed = await store.beginDownload(manifest);
  t.deepEqual(resumed.indexes(), [0, 3]);
  t.true(await store.writePiece(manifest.digest, 1, piece(1)));
  t.true(await store.writePiece(manifest.digest, 2, [piece(2).subarray(0, 1000), new Uint8Array(0), piece(2).subarray(1000, 70_000), piece(2).subarray(70_000)]), 'a piece may arrive in chunks');
  const info = await store.finishDownload(manifest.digest, { ref: 'pin' });
  t.is(info.digest, manifest.digest);
  t.deepEqual(new Uint8Array(await readFile(store.blobPath(manifest.digest))), data);
  t.deepEqual(await store.listPartials(), []);
  t.deepEqual(await readdir(join(dir, 'cas', 'tmp')), []);
});

test('a forged manifest (pieces consistent, digest not) is rejected at the end', async (t) => {
  const dir = await tempDir(t);
  const store = await openStore(dir);
  t.teardown(() => store.close());
  const data = randomData(1000);
  const forged = { ...manifestOf(data), digest: digestOf(randomData(1000, 7)) };
  await store.beginDownload(forged);
  t.true(await store.writePiece(forged.digest, 0, data));
  await t.throwsAsync(store.finishDownload(forged.digest), { message: /failed verification/ });
  t.false(await store.has(forged.digest));
  t.deepEqual(await store.listPartials(), []);
});

test('a second process cannot open a store in use', async (t) => {
  const dir = await tempDir(t);
  const store = await openStore(dir);
  t.teardown(() => store.close());
  const script = `import { openStore } from ${JSON.stringify(new URL('../index.ts', import.meta.url).pathname)};
try { await openStore(${JSON.stringify(dir)}); console.log('opened'); } catch (e) { console.log(e.message); }`;
  const { stdout } = await execa(process.execPath, ['--input-type=module', '-e', script], { timeout: 120_000 });
  t.regex(stdout, /in use by another process/);
});

test('a download left open with a forged manifest does not survive a begin with the honest one', async (t) => {
  const dir = await tempDir(t);
  const store = await openStore(dir);
  t.teardown(() => store.close());
  const data = randomData(2 * PIECE_SIZE + 5, 7);
  const honest = manifestOf(data);
  const forgedPiece = new Uint8Array(data.subarray(0, PIECE_SIZE));
  forgedPiece[10]! ^= 1;
  const forged: Manifest = { ...honest, pieceDigests: [sha256(forgedPiece), ...honest.pieceDigests.slice(1)] };
  await store.beginDownload(forged);
  t.true(await store.writePiece(honest.digest, 0, forgedPiece));
  t.is((await store.piecesHeld(honest.digest))?.count(), 1);
  // The same process begins again with the manifest the cluster vouches for: nothing verified
  // against the forged one counts, and the honest pieces are accepted.
  const have = await store.beginDownload(honest);
  t.is(have.count(), 0);
  t.false(await store.writePiece(honest.digest, 0, forgedPiece));
  for (let i = 0; i < 3; i++) t.true(await store.writePiece(honest.digest, i, data.subarray(i * PIECE_SIZE, (i + 1) * PIECE_SIZE)));
  t.is((await store.finishDownload(honest.digest)).size, data.length);
  t.deepEqual(await store.manifest(honest.digest), honest);
});
