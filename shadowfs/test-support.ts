// Helpers for shadowfs tests (not part of the module's API).
import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function tempDir(t: { teardown(fn: () => Promise<void>): void }, prefix = 'arrow-shadowfs-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Deterministic pseudo-random bytes (xorshift32), fast enough for MiBs. */
export function randomData(size: number, seed = 1): Uint8Array {
  const data = new Uint8Array(size);
  let x = (seed * 2654435761 + 1) >>> 0 || 1;
  let i = 0;
  for (; i + 4 <= size; i += 4) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    data[i] = x; data[i + 1] = x >>> 8; data[i + 2] = x >>> 16; data[i + 3] = x >>> 24;
  }
  for (; i < size; i++) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; data[i] = x; }
  return data;
}

export interface TreeItem { path: string; type: 'file' | 'dir' | 'symlink' | 'other'; mode: number; size: number; sha256?: string; target?: string; mtimeMs: number }

/** Everything a snapshot must keep of a tree, in path order (the root's mode under path ''). */
export async function describeTree(root: string): Promise<TreeItem[]> {
  const out: TreeItem[] = [];
  const rootInfo = await lstat(root);
  out.push({ path: '', type: 'dir', mode: rootInfo.mode & 0o7777, size: 0, mtimeMs: 0 });
  const visit = async (rel: string): Promise<void> => {
    for (const name of (await readdir(join(root, rel))).sort()) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const abs = join(root, path);
      const info = await lstat(abs);
      const mtimeMs = Math.floor(info.mtimeMs);
      if (info.isDirectory()) {
        out.push({ path, type: 'dir', mode: info.mode & 0o7777, size: 0, mtimeMs });
        await visit(path);
      } else if (info.isFile()) {
        out.push({ path, type: 'file', mode: info.mode & 0o7777, size: info.size, sha256: createHash('sha256').update(await readFile(abs)).digest('hex'), mtimeMs });
      } else if (info.isSymbolicLink()) {
        out.push({ path, type: 'symlink', mode: 0, size: 0, target: await readlink(abs), mtimeMs });
      } else {
        out.push({ path, type: 'other', mode: info.mode & 0o7777, size: 0, mtimeMs });
      }
    }
  };
  await visit('');
  return out;
}
