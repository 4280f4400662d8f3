// Values that are slow to derive from files (a digest of a 130 MiB tarball, a compiler's
// identity) remembered per "stamp" of those files: path, size, modification and change time,
// inode. A package upgrade or a rebuilt file changes the stamp, so the value is derived again;
// an unchanged stamp answers with one stat per file instead of reading or running anything.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const MAX_MEMO_BYTES = 64 * 1024;

/** One file's stamp; throws when the file does not exist. */
export async function fileStamp(path: string): Promise<string> {
  const info = await stat(path, { bigint: true });
  return `${path}|${info.size}|${info.mtimeNs}|${info.ctimeNs}|${info.ino}`;
}

async function stampsOf(files: string[]): Promise<string> {
  return (await Promise.all(files.map(fileStamp))).join('\n');
}

export interface StampMemoOptions {
  /** rejects a damaged memo, which is then derived again */
  isValid: (value: string) => boolean;
  /** files named by the value itself (found only while deriving it) whose stamps must hold too */
  filesIn?: (value: string) => string[];
}

/**
 * The value remembered in memoFile for the current stamps of `files`, else `derive()`'s result,
 * which is then remembered (only the latest entry is kept: only the current files matter).
 */
export async function memoByStamp(memoFile: string, files: string[], derive: () => Promise<string>, options: StampMemoOptions): Promise<string> {
  const stamp = await stampsOf(files);
  try {
    const text = await readFile(memoFile, { encoding: 'utf8', signal: AbortSignal.timeout(5000) });
    if (text.length <= MAX_MEMO_BYTES) {
      const parsed = JSON.parse(text) as { stamp?: unknown; value?: unknown; inner?: unknown };
      const value = parsed.value;
      if (parsed.stamp === stamp && typeof value === 'string' && options.isValid(value)) {
        if (!options.filesIn || parsed.inner === (await stampsOf(options.filesIn(value)))) return value;
      }
    }
  } catch {
    /* no memo yet, unreadable, or a file the value names is gone: derive again */
  }
  const value = await derive();
  const inner = options.filesIn ? await stampsOf(options.filesIn(value)) : undefined;
  await mkdir(dirname(memoFile), { recursive: true });
  const tmp = `${memoFile}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ stamp, value, inner }));
  await rename(tmp, memoFile);
  return value;
}

/** The first file called `name` in the directories of $PATH, as a shell would find it. */
export async function findExecutable(name: string, path = process.env.PATH ?? ''): Promise<string | undefined> {
  if (name.includes('/')) return name;
  for (const dir of path.split(':')) {
    if (!dir) continue;
    try {
      if ((await stat(join(dir, name))).isFile()) return join(dir, name);
    } catch {
      /* not in this directory */
    }
  }
  return undefined;
}
