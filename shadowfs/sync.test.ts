// VolumeSync without a VM: changes as ainit sends them, hostile ones as a compromised guest
// might, and commits (throttled, flushed) into a real store.
import test from 'ava';
import { lstat, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore } from '../p2p/index.ts';
import { MAX_PIECE_BYTES, VolumeRefusedError, VolumeSync, artifactChunkStore, openVolumes, splitGuestPath } from './index.ts';
import type { RefusalReason, VolumeChange, Volumes } from './index.ts';
import { describeTree, randomData, tempDir } from './test-support.ts';

interface Setup {
  dir: string;
  work: string;
  volumes: Volumes;
  sync: VolumeSync;
}

async function setUp(t: Parameters<typeof tempDir>[0], sizeLimit = 4 * 1024 * 1024, commitEveryMs = 60_000): Promise<Setup> {
  const dir = await tempDir(t, 'arrow-sync-');
  const artifacts = await openStore(join(dir, 'node'));
  const volumes = await openVolumes({ dataDir: join(dir, 'node'), store: artifactChunkStore(artifacts) });
  const work = join(dir, 'work');
  await mkdir(work);
  const sync = await VolumeSync.open({ volumes, name: 'data', workDir: work, sizeLimit, commitEveryMs });
  t.teardown(async () => {
    await sync.close();
    await volumes.close();
    await artifacts.close();
  });
  return { dir, work, volumes, sync };
}

const change = (kind: VolumeChange['kind'], path: string, extra: Partial<VolumeChange> = {}): VolumeChange => ({
  kind, path, mode: 0o644, offset: 0, data: new Uint8Array(), last: kind === 'write', ...extra,
});

/** A file as ainit sends it: pieces of MAX_PIECE_BYTES, the last one marked. */
function pieces(path: string, data: Uint8Array): VolumeChange[] {
  const out: VolumeChange[] = [];
  for (let offset = 0; ; offset += MAX_PIECE_BYTES) {
    const piece = data.subarray(offset, offset + MAX_PIECE_BYTES);
    out.push(change('write', path, { offset, data: piece, last: piece.length < MAX_PIECE_BYTES }));
    if (piece.length < MAX_PIECE_BYTES) return out;
  }
}

test('guest paths: plain relative components only', (t) => {
  t.deepEqual(splitGuestPath('a/b.txt'), ['a', 'b.txt']);
  for (const bad of ['', '/etc/passwd', '../x', 'a/../../x', 'a//b', './a', 'a/', 'a\0b', 'x'.repeat(5000)]) {
    t.throws(() => splitGuestPath(bad), { instanceOf: VolumeRefusedError }, JSON.stringify(bad.slice(0, 20)));
  }
});

test('writes in pieces, mkdir, delete and a rescan land in the working dir; flush commits them', async (t) => {
  const { work, volumes, sync } = await setUp(t);
  const big = randomData(MAX_PIECE_BYTES * 2 + 1000, 7);
  let seq = 0;
  await sync.apply(change('mkdir', 'logs', { mode: 0o750 }), ++seq);
  for (const piece of pieces('logs/big.bin', big)) await sync.apply(piece, ++seq);
  await sync.apply(change('write', 'a.txt', { data: Buffer.from('hello') }), ++seq);
  await sync.apply(change('write', 'gone.txt', { data: Buffer.from('bye') }), ++seq);
  await sync.apply(change('delete', 'gone.txt'), ++seq);
  // A file replaced by a directory, and a write under a parent the host has not seen yet.
  await sync.apply(change('write', 'deep/er/file', { data: Buffer.from('x') }), ++seq);
  t.deepEqual(Buffer.compare(await readFile(join(work, 'logs/big.bin')), Buffer.from(big)), 0);
  t.is((await lstat(join(work, 'logs'))).mode & 0o777, 0o750);
  t.deepEqual((await readdir(work)).sort(), ['a.txt', 'deep', 'logs']);
  t.is(sync.status().bytes, big.length + 5 + 1);

  // A rescan mentioning only some paths: the rest goes.
  await sync.apply(change('rescan-begin', ''), ++seq);
  await sync.apply(change('mkdir', 'logs'), ++seq);
  for (const piece of pieces('logs/big.bin', big)) await sync.apply(piece, ++seq);
  await sync.apply(change('rescan-end', ''), ++seq);
  t.deepEqual(await readdir(work), ['logs']);
  t.is(sync.status().bytes, big.length);

  const result = await sync.flush();
  t.truthy(result);
  const status = sync.status();
  t.is(status.committedSeq, seq);
  // The first change commits at once (nothing was committed for commitEveryMs), the rest waits.
  t.is(status.snapshot?.seq, 2);
  t.truthy(status.lastCommittedAt);
  const restored = join(work, '..', 'restored');
  await volumes.restore('data', status.snapshot!.seq, restored);
  t.deepEqual((await describeTree(restored)).map((i) => [i.path, i.size, i.sha256]), (await describeTree(work)).map((i) => [i.path, i.size, i.sha256]));
  t.is(await sync.flush(), undefined, 'nothing new: no commit');
});

test('hostile changes are refused with a reason; nothing outside the working dir, nothing stored lost', async (t) => {
  const { dir, work, sync } = await setUp(t, 100_000);
  await sync.apply(change('write', 'keep.txt', { data: Buffer.from('precious') }), 1);
  await symlink('/etc', join(work, 'escape'));
  const refused: [VolumeChange, RefusalReason][] = [
    [change('write', '../outside', { data: Buffer.from('x') }), 'bad-path'],
    [change('write', '/etc/evil', { data: Buffer.from('x') }), 'bad-path'],
    [change('delete', 'a/../../..'), 'bad-path'],
    [change('write', 'escape/evil', { data: Buffer.from('x') }), 'symlink'],
    [change('mkdir', 'escape/dir'), 'symlink'],
    [change('write', 'huge', { data: new Uint8Array(MAX_PIECE_BYTES + 1) }), 'too-large'],
    [change('write', 'late', { offset: 10, data: Buffer.from('x') }), 'out-of-order'],
    [change('write', 'over', { data: new Uint8Array(100_000) }), 'over-limit'],
    [change('delete', 'keep.txt', { data: Buffer.from('x') }), 'bad-kind'],
    [change('rescan-end', ''), 'bad-kind'],
    [{ ...change('delete', 'keep.txt'), kind: 'explode' as VolumeChange['kind'] }, 'bad-kind'],
  ];
  for (const [bad, reason] of refused) {
    const error = await t.throwsAsync(sync.apply(bad, 2), { instanceOf: VolumeRefusedError });
    t.is(error?.reason, reason, bad.path);
  }
  // A file that grows past the limit piece by piece is dropped, and so is one interleaved.
  await sync.apply(change('write', 'grow', { data: new Uint8Array(MAX_PIECE_BYTES).subarray(0, 60_000), last: false }), 3);
  t.is((await t.throwsAsync(sync.apply(change('write', 'grow', { offset: 60_000, data: new Uint8Array(60_000), last: true }), 4), { instanceOf: VolumeRefusedError }))?.reason, 'over-limit');
  await sync.apply(change('write', 'half', { data: Buffer.from('abc'), last: false }), 5);
  t.is((await t.throwsAsync(sync.apply(change('write', 'other', { data: Buffer.from('x') }), 6), { instanceOf: VolumeRefusedError }))?.reason, 'out-of-order');

  t.is(await readFile(join(work, 'keep.txt'), 'utf8'), 'precious');
  t.deepEqual((await readdir(work)).sort(), ['escape', 'keep.txt']);
  t.deepEqual((await readdir(dir)).sort(), ['node', 'work', 'work.incoming']);
  t.deepEqual(await readdir(join(dir, 'work.incoming')), [], 'dropped files leave nothing staged');
  t.is(sync.status().refused, refused.length + 2);
  t.is(sync.status().bytes, 8);
  // Still usable afterwards.
  await sync.apply(change('write', 'after.txt', { data: Buffer.from('ok') }), 7);
  t.is(await readFile(join(work, 'after.txt'), 'utf8'), 'ok');
});

test('commits at most every commitEveryMs while changes arrive', async (t) => {
  const dir = await tempDir(t, 'arrow-sync-');
  const artifacts = await openStore(join(dir, 'node'));
  const volumes = await openVolumes({ dataDir: join(dir, 'node'), store: artifactChunkStore(artifacts) });
  const work = join(dir, 'work');
  await mkdir(work);
  const starts: number[] = [];
  const spy: Pick<Volumes, 'commit'> = { commit: (...args) => (starts.push(Date.now()), volumes.commit(...args)) };
  const sync = await VolumeSync.open({ volumes: spy, name: 'data', workDir: work, sizeLimit: 1 << 20, commitEveryMs: 300 });
  t.teardown(async () => {
    await sync.close();
    await volumes.close();
    await artifacts.close();
  });
  const started = Date.now();
  for (let i = 1; i <= 12; i++) {
    await sync.apply(change('write', 'counter', { data: Buffer.from(String(i)) }), i);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 400));
  const list = await volumes.list('data');
  const elapsed = Date.now() - started;
  t.true(list.length >= 2 && list.length <= Math.ceil(elapsed / 300) + 1, `${list.length} commits in ${elapsed} ms`);
  t.is(starts.length, list.length);
  for (let i = 1; i < starts.length; i++) t.true(starts[i]! - starts[i - 1]! >= 295, `commit ${i} began ${starts[i]! - starts[i - 1]!} ms after the one before`);
  t.is(sync.status().committedSeq, 12);
});

test('pieces() gives the tree as the guest gets it: directories first, files in bounded pieces', async (t) => {
  const dir = await tempDir(t, 'arrow-sync-');
  const work = join(dir, 'work');
  await mkdir(join(work, 'd/e'), { recursive: true });
  const big = randomData(MAX_PIECE_BYTES + 5, 3);
  await writeFile(join(work, 'd/e/big'), big);
  await writeFile(join(work, 'empty'), '');
  const sync = await VolumeSync.open({ volumes: { commit: () => Promise.reject(new Error('no')) }, name: 'v', workDir: work, sizeLimit: 1 << 20 });
  t.teardown(() => sync.close());
  const got = [];
  for await (const piece of sync.pieces()) got.push([piece.path, piece.directory, piece.offset, piece.data.length]);
  t.deepEqual(got, [['d', true, 0, 0], ['d/e', true, 0, 0], ['d/e/big', false, 0, MAX_PIECE_BYTES], ['d/e/big', false, MAX_PIECE_BYTES, 5], ['empty', false, 0, 0]]);
});
