// The kernel source: Debian's linux-source tarball, hashed and extracted once per machine.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { execa } from 'execa';
import { withLock } from './lock.ts';
import { memoByStamp } from './stamp-memo.ts';

export const DEFAULT_SOURCE_TARBALL = '/usr/src/linux-source-6.1.tar.xz';

export interface KernelSource {
  tarball: string;
  digest: string; // hex sha256 of the tarball
  dir: string; // extracted tree
  version: string; // from the top Makefile, e.g. "6.1.192"
}

export async function sha256File(path: string, timeoutMs = 120_000): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash, { signal: AbortSignal.timeout(timeoutMs) });
  return hash.digest('hex');
}

/**
 * Hashing the 130 MiB tarball costs about a second; the digest is remembered per stamp of the
 * tarball (path, size, times, inode), so a cache hit answers at once. A package upgrade changes
 * the stamp.
 */
function tarballDigest(tarball: string, cacheDir: string): Promise<string> {
  return memoByStamp(join(cacheDir, 'kernel', 'source-digest.json'), [tarball], () => sha256File(tarball), {
    isValid: (value) => /^[0-9a-f]{64}$/.test(value),
  });
}

/** Reads "VERSION.PATCHLEVEL.SUBLEVEL" from the top-level Makefile. */
export function parseMakefileVersion(makefileHead: string): string {
  const field = (name: string): string => {
    const m = new RegExp(`^${name}\\s*=\\s*(\\S*)\\s*$`, 'm').exec(makefileHead);
    if (!m) throw new Error(`kernel Makefile has no ${name} line`);
    return m[1] ?? '';
  };
  return `${field('VERSION')}.${field('PATCHLEVEL')}.${field('SUBLEVEL')}${field('EXTRAVERSION')}`;
}

async function readVersion(dir: string): Promise<string> {
  const text = await readFile(join(dir, 'Makefile'), { encoding: 'utf8', signal: AbortSignal.timeout(5000) });
  return parseMakefileVersion(text.slice(0, 4096));
}

/**
 * Makes sure the tarball is extracted into <cache>/kernel/src/<digest>/. Extraction goes to a
 * temp dir next to it and is renamed into place, so a half-extracted tree is never used.
 */
export async function ensureKernelSource(
  tarball: string,
  cacheDir: string,
  onMessage: (message: string) => void = () => {},
): Promise<KernelSource> {
  try {
    await stat(tarball);
  } catch {
    throw new Error(`kernel source tarball ${tarball} not found (install Debian's linux-source-6.1 package)`);
  }
  const digest = await tarballDigest(tarball, cacheDir);
  const srcRoot = join(cacheDir, 'kernel', 'src');
  const dir = join(srcRoot, digest);
  const ready = async (): Promise<boolean> => {
    try {
      await stat(join(dir, 'Makefile'));
      return true;
    } catch {
      return false;
    }
  };
  if (!(await ready())) {
    await mkdir(srcRoot, { recursive: true });
    await withLock(`${dir}.lock`, { timeoutMs: 15 * 60_000, onWait: () => onMessage('waiting for another process extracting the kernel source') }, async () => {
      if (await ready()) return;
      onMessage(`extracting ${tarball}`);
      const tmp = await mkdtemp(join(srcRoot, '.extract-'));
      try {
        await execa('tar', ['-xf', tarball, '-C', tmp], { timeout: 15 * 60_000 });
        const top = (await execa('ls', [tmp])).stdout.split('\n').filter((s) => s.length > 0);
        if (top.length !== 1 || !top[0]) throw new Error(`${tarball}: expected one top-level directory, found ${top.length}`);
        await rename(join(tmp, top[0]), dir);
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    });
  }
  return { tarball, digest, dir, version: await readVersion(dir) };
}

/**
 * The hex sha256 of a kernel source tarball, remembered per file stamp, without extracting it:
 * what identifies a template's source for nodes that will pull its image rather than build it.
 */
export async function kernelSourceDigest(tarball: string, cacheDir: string): Promise<string> {
  try {
    await stat(tarball);
  } catch {
    throw new Error(`kernel source tarball ${tarball} not found (install Debian's linux-source-6.1 package)`);
  }
  return tarballDigest(tarball, cacheDir);
}
