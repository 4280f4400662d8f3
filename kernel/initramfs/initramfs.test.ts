import test from 'ava';
import { execa } from 'execa';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../p2p/index.ts';
import { ensureInitramfs } from './index.ts';

test('one initramfs per (ainit, app): built once, then shared from the store', async (t) => {
  t.timeout(5 * 60_000);
  const dir = await mkdtemp(join(tmpdir(), 'arrow-initramfs-test-'));
  const dataDir = join(dir, 'data');
  const store = await openStore(dataDir);
  t.teardown(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  const app = join(dir, 'app');
  await copyFile('/bin/busybox', app); // any static binary will do; it is not run here
  const first = await ensureInitramfs(app, { store, dataDir });
  t.false(first.cached);
  t.true(await store.has(first.digest));
  t.is(first.path, store.blobPath(first.digest));

  const again = await ensureInitramfs(app, { store, dataDir });
  t.true(again.cached);
  t.is(again.digest, first.digest);
  t.is(again.key, first.key);

  const { stdout } = await execa('cpio', ['-t', '-v', '--numeric-uid-gid'], { input: await readFile(first.path), timeout: 30_000 });
  const names = stdout.trim().split('\n').map((l) => l.split(/\s+/).pop());
  t.deepEqual(names, ['dev', 'dev/console', 'proc', 'sys', 'tmp', 'run', 'etc', 'arrow', 'init', 'arrow/app']);
  t.regex(stdout, /crw-------\s+1\s+0\s+0\s+5,\s+1 .* dev\/console/);
  t.regex(stdout, /-rwxr-xr-x\s+1\s+0\s+0\s+\d+ .* init/);

  t.is(first.appPath, '/arrow/app');
  // A guest name for a multi-call binary: /arrow/busybox, a symlink to the app, another image.
  const named = await ensureInitramfs(app, { store, dataDir, appName: 'busybox' });
  t.not(named.key, first.key);
  t.is(named.appPath, '/arrow/busybox');
  const listing = (await execa('cpio', ['-t', '-v'], { input: await readFile(named.path), timeout: 30_000 })).stdout;
  t.regex(listing, /arrow\/busybox -> app/);
  await t.throwsAsync(ensureInitramfs(app, { store, dataDir, appName: '../init' }), { message: /cannot name the app in the guest/ });

  await writeFile(app, new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1, 2, 3])); // a different binary
  const other = await ensureInitramfs(app, { store, dataDir });
  t.not(other.digest, first.digest);
  t.is(other.ainitDigest, first.ainitDigest);
});

test('a missing app binary is a clear error', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-initramfs-test-'));
  const store = await openStore(join(dir, 'data'));
  t.teardown(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  await t.throwsAsync(ensureInitramfs(join(dir, 'nope'), { store, dataDir: join(dir, 'data') }), { message: /app binary .*nope does not exist/ });
});
