// Small JSON records in the data dir (template registry, initramfs index): bounded reads,
// atomic writes, and read-modify-write under a cross-process lock.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withLock } from './lock.ts';

const MAX_RECORD_BYTES = 4 * 1024 * 1024;

/** Reads a JSON file; a missing file gives `fallback`, a corrupt or huge one a clear error. */
export async function readJsonFile<T>(path: string, fallback: T, check: (value: unknown) => value is T): Promise<T> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_RECORD_BYTES) throw new Error(`${path} is ${info.size} bytes, limit ${MAX_RECORD_BYTES}`);
    text = await readFile(path, { encoding: 'utf8', signal: AbortSignal.timeout(5000) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw err;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path} is not valid JSON (${(err as Error).message}); delete it to rebuild the index`);
  }
  if (!check(value)) throw new Error(`${path} does not have the expected structure; delete it to rebuild the index`);
  return value;
}

/** Applies `update` to the file's current value under a lock and writes the result atomically. */
export async function updateJsonFile<T>(
  path: string,
  fallback: T,
  check: (value: unknown) => value is T,
  update: (current: T) => T,
): Promise<T> {
  await mkdir(dirname(path), { recursive: true });
  return withLock(`${path}.lock`, { timeoutMs: 30_000, pollMs: 20 }, async () => {
    const next = update(await readJsonFile(path, fallback, check));
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(next, null, 2) + '\n');
    await rename(tmp, path);
    return next;
  });
}
