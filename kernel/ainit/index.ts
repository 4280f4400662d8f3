// ainit, the PID 1 of every Arrow: compiled from the C sources here with musl-gcc into the
// machine cache, keyed by the sources and the compiler, so every test and node on a machine
// shares one binary and an edit to ainit.c rebuilds it.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { machineCacheDir } from '../../node/home/index.ts';
import { findExecutable, memoByStamp } from '../build/index.ts';

const SOURCE_DIR = fileURLToPath(new URL('.', import.meta.url));
const MAX_SOURCE_BYTES = 1024 * 1024;
const MAX_LIBC_BYTES = 64 * 1024 * 1024;
const COMPILE_TIMEOUT_MS = 120_000;

export interface Ainit {
  path: string; // the static binary
  digest: `sha256:${string}`; // of the binary (what initramfs keys use)
  buildKey: string; // hex sha256 of sources + compiler identity
}

async function deriveCompilerIdentity(): Promise<string> {
  let version: string;
  let libc: string;
  try {
    version = (await execa('musl-gcc', ['-dumpfullversion'], { timeout: 10_000 })).stdout.trim();
    libc = (await execa('musl-gcc', ['-print-file-name=libc.a'], { timeout: 10_000 })).stdout.trim();
  } catch (err) {
    throw new Error(`musl-gcc is needed to build ainit (Debian package musl-tools): ${(err as Error).message}`);
  }
  // The musl version is not printed by the wrapper; the static libc it links is what matters.
  const info = await stat(libc);
  if (info.size > MAX_LIBC_BYTES) throw new Error(`${libc} is ${info.size} bytes, limit ${MAX_LIBC_BYTES}`);
  const libcHash = createHash('sha256').update(await readFile(libc, { signal: AbortSignal.timeout(10_000) })).digest('hex');
  return JSON.stringify({ identity: `gcc ${version}; musl libc.a ${libcHash}`, libc });
}

/**
 * Asking the compiler costs two process starts (a few hundred ms on a busy machine, on every
 * `arrowctl run`), so the answer is remembered per stamp of the musl-gcc wrapper, the compiler it
 * runs and the libc it links: an upgrade of any of them asks again.
 */
async function compilerIdentity(cacheDir: string): Promise<string> {
  const wrapper = await findExecutable('musl-gcc');
  if (!wrapper) throw new Error('musl-gcc is needed to build ainit (Debian package musl-tools): not found on PATH');
  const compiler = (await findExecutable(process.env.REALGCC ?? 'x86_64-linux-gnu-gcc')) ?? (await findExecutable('gcc'));
  const parse = (value: string): { identity: string; libc: string } | undefined => {
    try {
      const parsed = JSON.parse(value) as { identity?: unknown; libc?: unknown };
      return typeof parsed.identity === 'string' && typeof parsed.libc === 'string' ? { identity: parsed.identity, libc: parsed.libc } : undefined;
    } catch {
      return undefined;
    }
  };
  const value = await memoByStamp(join(cacheDir, 'ainit', 'compiler.json'), [wrapper, ...(compiler ? [compiler] : [])], deriveCompilerIdentity, {
    isValid: (text) => parse(text) !== undefined,
    filesIn: (text) => [parse(text)?.libc ?? ''],
  });
  return parse(value)!.identity;
}

async function fileDigest(path: string): Promise<`sha256:${string}`> {
  return `sha256:${createHash('sha256').update(await readFile(path, { signal: AbortSignal.timeout(10_000) })).digest('hex')}`;
}

/** Builds ainit if this machine has no binary for the current sources and compiler. */
export async function ensureAinit(opts: { cacheDir?: string; sourceDir?: string } = {}): Promise<Ainit> {
  const cacheDir = opts.cacheDir ?? machineCacheDir();
  const sourceDir = opts.sourceDir ?? SOURCE_DIR;
  const names = (await readdir(sourceDir)).filter((n) => n.endsWith('.c') || n.endsWith('.h')).sort();
  if (!names.includes('ainit.c')) throw new Error(`no ainit.c in ${sourceDir}`);
  const hash = createHash('sha256').update('arrow-ainit-build-v1\0');
  for (const name of names) {
    const file = join(sourceDir, name);
    if ((await stat(file)).size > MAX_SOURCE_BYTES) throw new Error(`${file} is larger than ${MAX_SOURCE_BYTES} bytes`);
    hash.update(`${name}\0`).update(await readFile(file, { signal: AbortSignal.timeout(10_000) })).update('\0');
  }
  hash.update(await compilerIdentity(cacheDir));
  const buildKey = hash.digest('hex');
  const dir = join(cacheDir, 'ainit', buildKey);
  const path = join(dir, 'ainit');
  try {
    await stat(path);
    return { path, digest: await fileDigest(path), buildKey };
  } catch {
    /* not built yet */
  }
  // Compile into a private temp dir and publish it with one rename: concurrent builders do
  // the same small job and exactly one rename wins; readers never see a partial binary.
  await mkdir(join(cacheDir, 'ainit'), { recursive: true });
  const staging = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(staging);
  try {
    const sources = names.filter((n) => n.endsWith('.c')).map((n) => join(sourceDir, n));
    try {
      await execa('musl-gcc', ['-static', '-Os', '-s', '-Wall', '-Wextra', '-o', join(staging, 'ainit'), ...sources], { timeout: COMPILE_TIMEOUT_MS });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`compiling ainit failed:\n${e.stderr ?? e.message}`);
    }
    try {
      await rename(staging, dir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err; // another process published first
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { path, digest: await fileDigest(path), buildKey };
}
