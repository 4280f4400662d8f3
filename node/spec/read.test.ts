// readSpecFile: the module's only I/O, with its limits.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_SPEC_BYTES, readSpecFile, SpecFileError } from './index.ts';

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-spec-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readError(path: string): Promise<string> {
  try {
    await readSpecFile(path);
  } catch (error) {
    if (error instanceof SpecFileError) return error.message;
    throw error;
  }
  throw new Error('read and parsed');
}

test('a file that cannot be read is named without a line', async (t) => {
  await withDir(async (dir) => {
    t.is(await readError(join(dir, 'nope.yaml')), `${join(dir, 'nope.yaml')}: no such file`);
    t.is(await readError(dir), `${dir}: is a directory, not a spec file`);
    // A FIFO with no writer would block an ordinary open forever.
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    t.is(await readError(join(dir, 'fifo.yaml')), `${join(dir, 'fifo.yaml')}: is not a regular file`);
  });
});

test('an oversized file is refused from its size, without reading it', async (t) => {
  await withDir(async (dir) => {
    const path = join(dir, 'huge.yaml');
    await writeFile(path, 'name: web\n');
    await truncate(path, 64 * 1024 * 1024 * 1024); // sparse: 64 GiB that no disk holds
    t.is(await readError(path), `${path}:1: the file is ${64 * 1024 * 1024 * 1024} bytes; a spec may be at most 1 MiB`);
    await truncate(path, MAX_SPEC_BYTES + 1);
    t.is(await readError(path), `${path}:1: the file is ${MAX_SPEC_BYTES + 1} bytes; a spec may be at most 1 MiB`);
  });
});

test('bytes that are not UTF-8 are refused', async (t) => {
  await withDir(async (dir) => {
    const path = join(dir, 'latin1.yaml');
    await writeFile(path, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    t.is(await readError(path), `${path}:1: is not UTF-8 text`);
  });
});

test('a good file is read and parsed, its name kept for errors and paths', async (t) => {
  await withDir(async (dir) => {
    const path = join(dir, 'web.yaml');
    await writeFile(path, 'name: web\nbinary: ./httpd\nreplicas: 2\n');
    const draft = await readSpecFile(path);
    t.is(draft.replicas, 2);
    t.is(draft.source.file, path);
    await writeFile(path, 'name: web\nbinary: ./httpd\nreplicas: two\n');
    t.is(await readError(path), `${path}:3: replicas: expected a whole number, 0 or more`);
  });
});
