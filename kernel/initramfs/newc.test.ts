import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, readFile, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newcBytes, type NewcEntry } from './newc.ts';

const binary = new Uint8Array(70_001).map((_, i) => (i * 7919) % 256); // odd size: exercises padding

const entries: NewcEntry[] = [
  { type: 'dir', path: 'dev', mode: 0o755 },
  { type: 'char', path: 'dev/console', mode: 0o600, major: 5, minor: 1 },
  { type: 'dir', path: 'arrow', mode: 0o755 },
  { type: 'file', path: 'arrow/app', mode: 0o755, data: binary },
  { type: 'file', path: 'empty', mode: 0o640, data: new Uint8Array() },
  { type: 'file', path: 'abc', mode: 0o644, data: new TextEncoder().encode('abc') },
  { type: 'symlink', path: 'init', target: 'arrow/app' },
];

test('GNU cpio lists the archive with the right types, modes and device numbers', async (t) => {
  const { stdout } = await execa('cpio', ['-t', '-v', '--numeric-uid-gid'], { input: Buffer.from(newcBytes(entries)), timeout: 30_000 });
  const lines = stdout.trim().split('\n');
  t.is(lines.length, entries.length);
  t.regex(lines[0] ?? '', /^drwxr-xr-x\s+2\s+0\s+0\s+0 .* dev$/);
  t.regex(lines[1] ?? '', /^crw-------\s+1\s+0\s+0\s+5,\s+1 .* dev\/console$/);
  t.regex(lines[3] ?? '', /^-rwxr-xr-x\s+1\s+0\s+0\s+70001 .* arrow\/app$/);
  t.regex(lines[6] ?? '', /^lrwxrwxrwx .* init -> arrow\/app$/);
});

test('GNU cpio extracts the archive byte for byte', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-newc-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const withoutDevice = entries.filter((e) => e.type !== 'char');
  await execa('cpio', ['-i', '-d', '--no-absolute-filenames', '--quiet'], { cwd: dir, input: Buffer.from(newcBytes(withoutDevice)), timeout: 30_000 });
  t.deepEqual(new Uint8Array(await readFile(join(dir, 'arrow/app'))), binary);
  t.is((await stat(join(dir, 'arrow/app'))).mode & 0o7777, 0o755);
  t.is((await readFile(join(dir, 'abc'), 'utf8')), 'abc');
  t.is((await stat(join(dir, 'empty'))).size, 0);
  t.is((await stat(join(dir, 'empty'))).mode & 0o7777, 0o640);
  t.is(await readlink(join(dir, 'init')), 'arrow/app');
});

test('every record is 4-byte aligned and the archive ends with the trailer', (t) => {
  const bytes = newcBytes(entries);
  t.is(bytes.length % 4, 0);
  const text = Buffer.from(bytes).toString('latin1');
  t.true(text.startsWith('070701'));
  t.true(text.includes('TRAILER!!!\0'));
  // equal inputs give equal bytes (the initramfs cache key relies on this)
  t.deepEqual(newcBytes(entries), bytes);
});

test('bad entries are rejected with an error naming the problem', (t) => {
  const data = new Uint8Array();
  t.throws(() => newcBytes([{ type: 'file', path: '/abs', mode: 0o644, data }]), { message: /must be relative/ });
  t.throws(() => newcBytes([{ type: 'file', path: 'a/../b', mode: 0o644, data }]), { message: /"\.\."/ });
  t.throws(() => newcBytes([{ type: 'file', path: 'a/b', mode: 0o644, data }]), { message: /before its parent directory "a"/ });
  t.throws(
    () => newcBytes([{ type: 'dir', path: 'a', mode: 0o755 }, { type: 'dir', path: 'a', mode: 0o755 }]),
    { message: /appears twice/ },
  );
  t.throws(() => newcBytes([{ type: 'file', path: 'x', mode: 0o100644, data }]), { message: /not a permission mode/ });
  t.throws(() => newcBytes([{ type: 'char', path: 'c', mode: 0o600, major: -1, minor: 0 }]), { message: /rdevmajor -1/ });
});
