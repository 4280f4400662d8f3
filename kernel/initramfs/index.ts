// Initramfs images for Arrows: ainit as /init plus the app binary, one image per (ainit, app)
// pair, kept in the node's store and shared by every Arrow of that binary. Per-Arrow settings
// (argv, env, config files) travel over the channel, so nothing per-Arrow is written to disk.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { arrowHome } from '../../node/home/index.ts';
import { ensureAinit } from '../ainit/index.ts';
import { readJsonFile, updateJsonFile } from '../build/index.ts';
import type { Digest, KernelArtifactStore } from '../build/index.ts';
import { isGuestAppName } from '../limits/index.ts';
import { newcBytes } from './newc.ts';
import type { NewcEntry } from './newc.ts';

export { newcArchive, newcBytes } from './newc.ts';
export type { NewcEntry } from './newc.ts';

/** Where the app lands in the guest; ainit runs it when Start gives no argv. */
export const GUEST_APP_PATH = '/arrow/app';
const MAX_APP_BYTES = 512 * 1024 * 1024;
const MAX_AINIT_BYTES = 8 * 1024 * 1024;
const READ_TIMEOUT_MS = 60_000;

async function readBounded(path: string, limit: number, what: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`${what} ${path} is not a regular file`);
    size = info.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${what} ${path} does not exist`);
    throw err;
  }
  if (size > limit) throw new Error(`${what} ${path} is ${size} bytes, limit ${limit}`);
  return new Uint8Array(await readFile(path, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) }));
}


/** Where the app named `appName` is in the guest (argv[0] of Start). */
export function guestAppPath(appName = 'app'): string {
  return appName === 'app' ? GUEST_APP_PATH : `/arrow/${appName}`;
}

/** The archive layout, as entries: pure, so the layout is testable without files. */
export function initramfsEntries(ainit: Uint8Array, app: Uint8Array, appName = 'app'): NewcEntry[] {
  if (!isGuestAppName(appName)) throw new Error(`${JSON.stringify(appName)} cannot name the app in the guest (1-64 of [A-Za-z0-9._+-], not starting with a dot)`);
  const dir = (path: string, mode = 0o755): NewcEntry => ({ type: 'dir', path, mode });
  return [
    dir('dev'),
    // The kernel opens /dev/console for init's stdin/stdout/stderr before init runs, i.e.
    // before devtmpfs is mounted, so the node must exist in the archive itself.
    { type: 'char', path: 'dev/console', mode: 0o600, major: 5, minor: 1 },
    dir('proc', 0o555),
    dir('sys', 0o555),
    dir('tmp', 0o1777),
    dir('run'),
    dir('etc'),
    dir('arrow'),
    { type: 'file', path: 'init', mode: 0o755, data: ainit },
    { type: 'file', path: GUEST_APP_PATH.slice(1), mode: 0o755, data: app },
    ...(appName === 'app' ? [] : [{ type: 'symlink' as const, path: guestAppPath(appName).slice(1), target: 'app' }]),
  ];
}

/** An uncompressed newc initramfs (the kernel unpacks it without a decompressor: fastest). */
export async function buildInitramfs(ainitPath: string, appBinaryPath: string): Promise<Uint8Array> {
  const ainit = await readBounded(ainitPath, MAX_AINIT_BYTES, 'ainit');
  const app = await readBounded(appBinaryPath, MAX_APP_BYTES, 'app binary');
  return newcBytes(initramfsEntries(ainit, app));
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Cache key of an initramfs: the layout version, both binaries' digests and the app's guest name. */
export function initramfsKey(ainitDigest: Digest, appDigest: Digest, appName = 'app'): string {
  return createHash('sha256').update(`arrow-initramfs-v1\0${ainitDigest}\0${appDigest}${appName === 'app' ? '' : `\0${appName}`}`).digest('hex');
}

interface InitramfsIndex {
  images: Record<string, Digest>; // key → digest in the store
}

function isIndex(value: unknown): value is InitramfsIndex {
  if (!value || typeof value !== 'object') return false;
  const images = (value as { images?: unknown }).images;
  return !!images && typeof images === 'object' && Object.values(images).every((d) => typeof d === 'string' && d.startsWith('sha256:'));
}

export interface EnsureInitramfsOptions {
  store: KernelArtifactStore;
  dataDir?: string; // default arrowHome(); holds the key → digest index
  cacheDir?: string; // machine cache for the ainit build
  /** the app's name in the guest besides app (isGuestAppName); default app */
  appName?: string;
}

export interface InitramfsImage {
  key: string;
  digest: Digest;
  path: string; // blob path in the store (read-only, shared)
  size: number;
  ainitDigest: Digest;
  appDigest: Digest;
  /** the app's path in the guest: argv[0] of Start */
  appPath: string;
  cached: boolean;
}

/**
 * The initramfs for an app binary: found through the key → digest index when the store already
 * holds it, else built, put in the store under the ref `initramfs:<key>` and indexed.
 */
export async function ensureInitramfs(appBinaryPath: string, opts: EnsureInitramfsOptions): Promise<InitramfsImage> {
  const dataDir = opts.dataDir ?? arrowHome();
  const ainit = await ensureAinit(opts.cacheDir ? { cacheDir: opts.cacheDir } : {});
  const app = await readBounded(appBinaryPath, MAX_APP_BYTES, 'app binary');
  const appDigest: Digest = `sha256:${sha256(app)}`;
  const appName = opts.appName ?? 'app';
  const key = initramfsKey(ainit.digest, appDigest, appName);
  const indexPath = join(dataDir, 'kernel', 'initramfs.json');
  const index = await readJsonFile(indexPath, { images: {} }, isIndex);
  const known = index.images[key];
  const result = (digest: Digest, size: number, cached: boolean): InitramfsImage => ({
    key, digest, path: opts.store.blobPath(digest), size, ainitDigest: ainit.digest, appDigest, appPath: guestAppPath(appName), cached,
  });
  if (known && (await opts.store.has(known))) {
    return result(known, (await stat(opts.store.blobPath(known))).size, true);
  }
  const image = newcBytes(initramfsEntries(await readBounded(ainit.path, MAX_AINIT_BYTES, 'ainit'), app, appName));
  const stored = await opts.store.putBytes(image, { ref: `initramfs:${key}` });
  await updateJsonFile(indexPath, { images: {} }, isIndex, (current) => ({ images: { ...current.images, [key]: stored.digest } }));
  return result(stored.digest, stored.size, false);
}
