// Snapshots of host directory trees into a ChunkStore, and back. The I/O half of ShadowFS's
// core; the decisions (cut points, manifest rules) are in chunking/ and manifest/.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, lutimes, mkdir, open, opendir, readlink, rename, rm, chmod, symlink, utimes } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { digestOf } from '../../p2p/index.ts';
import type { Digest } from '../../p2p/index.ts';
import { ChunkSplitter, MAX_CHUNK_BYTES } from '../chunking/index.ts';
import {
  MAX_ENTRIES, MAX_PATH_BYTES, MAX_VOLUME_BYTES, buildManifest, encodeManifest, manifestDigest,
} from '../manifest/index.ts';
import type { ChunkRef, Entry, FileEntry, Manifest, Mtime } from '../manifest/index.ts';
import type { ChunkStore } from '../store/index.ts';

export interface SnapshotStats {
  files: number;
  dirs: number;
  symlinks: number;
  /** Sum of file sizes. */
  logicalBytes: number;
  /** Distinct chunks the snapshot uses. */
  chunks: number;
  /** Chunk bytes written to the store by this snapshot (the rest was there already). */
  newBytes: number;
  newChunks: number;
  reusedBytes: number;
  /** Files taken from `previous` without reading them (same size and mtime, older than it). */
  unchangedFiles: number;
  /** Sockets, FIFOs and devices: not part of a volume (first 100 listed). */
  skipped: string[];
  manifestBytes: number;
}

export interface Snapshot {
  manifest: Manifest;
  /** Canonical encoding, stored in the chunk store under `digest`. */
  bytes: Uint8Array;
  digest: Digest;
  /** When reading the tree started (ms since the epoch). */
  takenAtMs: number;
  stats: SnapshotStats;
}

export interface SnapshotOptions {
  /** Most bytes of file content accepted; a larger tree is refused before anything is stored. */
  sizeLimit: number;
  /**
   * Reference under which every chunk and the manifest are held. It must be used by this call
   * alone (e.g. a fresh `shadowfs-pending:<random>`): on failure, the call releases every digest
   * it held under it, which deletes what it stored and leaves everything else as it was.
   */
  holder: string;
  /** The last snapshot of the same tree: files with its size and mtime are not read again. */
  previous?: Pick<Snapshot, 'manifest' | 'takenAtMs'>;
  signal?: AbortSignal;
  /** Chunk puts in flight (each may fsync); default 8. */
  concurrency?: number;
}

/** The tree holds more than the size limit: nothing of it is stored. */
export class VolumeFullError extends Error {
  readonly limit: number;
  constructor(message: string, limit: number) {
    super(message);
    this.name = 'VolumeFullError';
    this.limit = limit;
  }
}

/**
 * A snapshot failed and releasing what it had stored failed too: chunks stay held by `holder`
 * until someone releases it (ChunkStore.forget, as openVolumes does for its pending holders).
 */
export class RollbackFailedError extends Error {
  readonly holder: string;
  constructor(holder: string, original: unknown, releaseError: unknown) {
    super(`${(original as Error)?.message ?? String(original)}; releasing what the snapshot stored under ${holder} failed as well: ${(releaseError as Error)?.message ?? String(releaseError)}`, { cause: original });
    this.name = 'RollbackFailedError';
    this.holder = holder;
  }
}

export class ChunkMissingError extends Error {
  readonly digest: Digest;
  constructor(digest: Digest, path: string) {
    super(`chunk ${digest} of ${JSON.stringify(path)} is not in the store`);
    this.name = 'ChunkMissingError';
    this.digest = digest;
  }
}

export class ChunkCorruptError extends Error {
  readonly digest: Digest;
  constructor(digest: Digest, path: string, detail: string) {
    super(`chunk ${digest} of ${JSON.stringify(path)} is corrupt in the store: ${detail}`);
    this.name = 'ChunkCorruptError';
    this.digest = digest;
  }
}

const READ_BLOCK = 1024 * 1024;
/** Files written at once by materialise. */
const MATERIALISE_CONCURRENCY = 4;
const MAX_SKIPPED_LISTED = 100;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

interface Found { path: string; abs: string; kind: 'file' | 'dir' | 'symlink'; mode: number; size: number; mtime: Mtime; mtimeNs: bigint }

function mtimeOf(ns: bigint): Mtime {
  const sec = ns / 1_000_000_000n;
  let nsec = ns % 1_000_000_000n;
  // Times before 1970: keep nsec in 0..999999999 as the manifest requires.
  if (nsec < 0n) return { sec: Number(sec - 1n), nsec: Number(nsec + 1_000_000_000n) };
  return { sec: Number(sec), nsec: Number(nsec) };
}

/** Walks the tree without following symlinks; counts and sizes are checked before any content is read. */
async function walk(root: string, sizeLimit: number, skipped: string[], signal: AbortSignal | undefined): Promise<Found[]> {
  const found: Found[] = [];
  let total = 0;
  const pending: Array<{ rel: string; abs: string }> = [{ rel: '', abs: root }];
  while (pending.length > 0) {
    signal?.throwIfAborted();
    const { rel, abs } = pending.pop()!;
    // opendir, not readdir: a directory of millions of names is refused at MAX_ENTRIES, not read whole.
    const listing = await opendir(abs, { encoding: 'buffer' as BufferEncoding, bufferSize: 256 });
    for await (const dirent of listing) {
      const raw = dirent.name as unknown as Buffer;
      let name: string;
      try {
        name = utf8Strict.decode(raw);
      } catch {
        throw new Error(`cannot snapshot ${JSON.stringify(join(abs, raw.toString('latin1')))}: its name is not valid UTF-8`);
      }
      const path = rel === '' ? name : `${rel}/${name}`;
      const childAbs = join(abs, name);
      if (Buffer.byteLength(path) > MAX_PATH_BYTES) throw new Error(`cannot snapshot ${JSON.stringify(childAbs)}: its path is longer than ${MAX_PATH_BYTES} bytes`);
      const info = await lstat(childAbs, { bigint: true });
      const mtime = mtimeOf(info.mtimeNs);
      const mode = Number(info.mode & 0o7777n);
      if (info.isDirectory()) {
        found.push({ path, abs: childAbs, kind: 'dir', mode, size: 0, mtime, mtimeNs: info.mtimeNs });
        pending.push({ rel: path, abs: childAbs });
      } else if (info.isFile()) {
        const size = Number(info.size);
        total += size;
        if (total > sizeLimit) throw new VolumeFullError(`cannot snapshot ${root}: its files hold more than the size limit of ${sizeLimit} bytes (nothing was stored)`, sizeLimit);
        found.push({ path, abs: childAbs, kind: 'file', mode, size, mtime, mtimeNs: info.mtimeNs });
      } else if (info.isSymbolicLink()) {
        found.push({ path, abs: childAbs, kind: 'symlink', mode: 0, size: 0, mtime, mtimeNs: info.mtimeNs });
      } else {
        if (skipped.length < MAX_SKIPPED_LISTED) skipped.push(path);
        continue;
      }
      if (found.length > MAX_ENTRIES) throw new Error(`cannot snapshot ${root}: more than ${MAX_ENTRIES} entries`);
    }
  }
  return found;
}

/** At most `limit` tasks at a time. */
class Semaphore {
  #free: number;
  readonly #waiting: Array<() => void> = [];
  constructor(limit: number) { this.#free = limit; }
  async acquire(): Promise<void> {
    if (this.#free > 0) { this.#free--; return; }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }
  release(): void {
    const next = this.#waiting.shift();
    if (next) next(); else this.#free++;
  }
}

/**
 * Reads the tree under `dir` (not following symlinks, skipping sockets, FIFOs and devices) into
 * `store` and returns its snapshot; the manifest is stored too. Every chunk and the manifest
 * end up held by `options.holder`. Throws VolumeFullError, before storing anything, when the
 * files hold more than `sizeLimit`; on any failure nothing this call stored remains.
 */
export async function snapshotDirectory(dir: string, store: ChunkStore, options: SnapshotOptions): Promise<Snapshot> {
  const takenAtMs = Date.now();
  const sizeLimit = Math.min(options.sizeLimit, MAX_VOLUME_BYTES);
  const held = new Set<Digest>();
  const stats: SnapshotStats = {
    files: 0, dirs: 0, symlinks: 0, logicalBytes: 0, chunks: 0, newBytes: 0, newChunks: 0, reusedBytes: 0,
    unchangedFiles: 0, skipped: [], manifestBytes: 0,
  };
  const semaphore = new Semaphore(options.concurrency ?? 8);
  const inFlight = new Set<Promise<unknown>>();
  try {
    const root = await lstat(dir);
    if (!root.isDirectory()) throw new Error(`cannot snapshot ${dir}: not a directory`);
    const found = await walk(dir, sizeLimit, stats.skipped, options.signal);
    const before = new Map<string, FileEntry>();
    // mtimes at or after the previous snapshot started may hide a change made while it read (same tick).
    const trustedBeforeNs = BigInt(options.previous?.takenAtMs ?? 0) * 1_000_000n;
    for (const entry of options.previous?.manifest.entries ?? []) if (entry.type === 'file') before.set(entry.path, entry);

    // Waits for a free slot before taking the chunk, so a large file never queues more than
    // `concurrency` chunks in memory; the returned promise settles when the put is done.
    let failure: unknown;
    const startPut = async (bytes: Uint8Array): Promise<{ done: Promise<ChunkRef> }> => {
      // A put failed (disk full?): stop reading now rather than after the whole tree.
      if (failure !== undefined) throw failure;
      await semaphore.acquire();
      const done = (async () => {
        try {
          const { digest, stored } = await store.put(bytes, options.holder);
          held.add(digest);
          if (stored) { stats.newBytes += bytes.length; stats.newChunks++; } else stats.reusedBytes += bytes.length;
          return { digest, size: bytes.length };
        } catch (error) {
          failure ??= error;
          throw error;
        } finally {
          semaphore.release();
        }
      })();
      inFlight.add(done);
      void done.then(() => inFlight.delete(done), () => inFlight.delete(done));
      return { done };
    };

    let budget = sizeLimit;
    const entries: Entry[] = [];
    // One read buffer and splitter for the whole walk (files are read one after another):
    // allocating them per file cost more than reading a small file.
    const reader = { buffer: new Uint8Array(READ_BLOCK), splitter: new ChunkSplitter() };
    const filesStoring: Array<Promise<void>> = [];
    for (const item of found) {
      options.signal?.throwIfAborted();
      if (item.kind === 'dir') {
        stats.dirs++;
        entries.push({ path: item.path, type: 'dir', mode: item.mode, mtime: item.mtime });
      } else if (item.kind === 'symlink') {
        stats.symlinks++;
        const rawTarget = await readlink(item.abs, { encoding: 'buffer' });
        let target: string;
        try {
          target = utf8Strict.decode(rawTarget);
        } catch {
          throw new Error(`cannot snapshot ${JSON.stringify(item.abs)}: its symlink target is not valid UTF-8`);
        }
        entries.push({ path: item.path, type: 'symlink', mode: 0, mtime: item.mtime, target });
      } else {
        stats.files++;
        const old = before.get(item.path);
        if (old && old.size === item.size && old.mtime.sec === item.mtime.sec && old.mtime.nsec === item.mtime.nsec && item.mtimeNs < trustedBeforeNs
          && await holdAll(store, old.chunks, options.holder, held)) {
          stats.unchangedFiles++;
          stats.reusedBytes += old.size;
          budget -= old.size;
          entries.push({ ...old, mode: item.mode });
          continue;
        }
        // Puts of this file's chunks may still run while the next file is read: the semaphore
        // bounds them across files, and small files do not each wait for their own fsync.
        const { size, chunks } = await readFile(item.abs, budget, sizeLimit, startPut, reader, options.signal);
        budget -= size;
        const entry: FileEntry = { path: item.path, type: 'file', mode: item.mode, mtime: item.mtime, size, chunks: [] };
        entries.push(entry);
        filesStoring.push(chunks.then((refs) => { entry.chunks = refs; }));
      }
    }
    await Promise.all(filesStoring);
    const manifest = buildManifest(root.mode & 0o7777, entries, { maxBytes: sizeLimit });
    const bytes = encodeManifest(manifest, { maxBytes: sizeLimit });
    const { digest } = await store.put(bytes, options.holder);
    held.add(digest);
    if (digest !== manifestDigest(bytes)) throw new Error(`the chunk store named the manifest ${digest}, expected ${manifestDigest(bytes)}`);
    let chunkCount = 0;
    for (const entry of manifest.entries) if (entry.type === 'file') stats.logicalBytes += entry.size;
    const distinct = new Set<Digest>();
    for (const entry of manifest.entries) if (entry.type === 'file') for (const chunk of entry.chunks) distinct.add(chunk.digest);
    chunkCount = distinct.size;
    stats.chunks = chunkCount;
    stats.manifestBytes = bytes.length;
    return { manifest, bytes, digest, takenAtMs, stats };
  } catch (error) {
    // Let puts already started finish (or fail) so that everything they held is released too.
    await Promise.allSettled([...inFlight]);
    try {
      await store.release(held, options.holder);
    } catch (releaseError) {
      throw new RollbackFailedError(options.holder, error, releaseError);
    }
    throw error;
  }
}

async function holdAll(store: ChunkStore, chunks: ChunkRef[], holder: string, held: Set<Digest>): Promise<boolean> {
  for (const chunk of chunks) {
    if (held.has(chunk.digest)) continue;
    if (!(await store.hold(chunk.digest, holder))) return false;
    held.add(chunk.digest);
  }
  return true;
}

/** Reads one file (never following a symlink swapped in since the walk), at most `budget` bytes. */
async function readFile(
  path: string, budget: number, sizeLimit: number, put: (bytes: Uint8Array) => Promise<{ done: Promise<ChunkRef> }>,
  reader: { buffer: Uint8Array; splitter: ChunkSplitter }, signal: AbortSignal | undefined,
): Promise<{ size: number; chunks: Promise<ChunkRef[]> }> {
  const file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!(await file.stat()).isFile()) throw new Error(`cannot snapshot ${path}: it stopped being a regular file during the snapshot`);
    const { buffer, splitter } = reader;
    splitter.end(); // empty it, should an earlier file have failed half-way
    const pending: Array<Promise<ChunkRef>> = [];
    let size = 0;
    try {
      for (;;) {
        signal?.throwIfAborted();
        const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        size += bytesRead;
        // The file grew since the walk: the limit still holds for what is read.
        if (size > budget) throw new VolumeFullError(`cannot snapshot: ${path} grew and the files now hold more than the size limit of ${sizeLimit} bytes (nothing was stored)`, sizeLimit);
        for (const chunk of splitter.push(buffer.subarray(0, bytesRead))) pending.push((await put(chunk)).done);
      }
      for (const chunk of splitter.end()) pending.push((await put(chunk)).done);
    } catch (error) {
      // Never leave a put running unobserved (an unhandled rejection) when reading failed.
      await Promise.allSettled(pending);
      throw error;
    }
    const chunks = Promise.all(pending);
    chunks.catch(() => undefined); // observed by the caller's Promise.all; this keeps an early failure from being "unhandled"
    return { size, chunks };
  } finally {
    await file.close();
  }
}

export interface MaterialiseOptions {
  /** Replace `dir` if it exists (the old tree is removed after the new one is in place). */
  replace?: boolean;
  /** Refuse a manifest whose files hold more than this. */
  sizeLimit?: number;
  signal?: AbortSignal;
}

/**
 * Writes the snapshot's tree to `dir`: first into a temp directory beside it, verifying every
 * chunk's size and digest as it is read from the store, then one rename into place. On any
 * error (a missing or corrupt chunk, a full disk) the temp directory is removed and `dir` is
 * untouched. Modes and mtimes are set after the content (directories last, deepest first), so
 * read-only directories do not block their own filling. Owners are not kept (the guest runs
 * as one user); nothing is fsynced (the store holds the durable copy).
 */
export async function materialise(manifest: Manifest, store: ChunkStore, dir: string, options: MaterialiseOptions = {}): Promise<void> {
  // Re-check the structure: the manifest may have been built by hand rather than decoded.
  encodeManifest(manifest, options.sizeLimit === undefined ? {} : { maxBytes: options.sizeLimit });
  const exists = await lstat(dir).then(() => true, (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return false;
    throw error;
  });
  if (exists && !options.replace) throw new Error(`cannot materialise into ${dir}: it exists (pass replace to swap it)`);
  const tmp = join(dirname(dir), `.${basename(dir)}.shadowfs-${randomBytes(6).toString('hex')}`);
  await mkdir(tmp, { mode: 0o700 });
  try {
    // Directories first (parents precede children in canonical order), then files and links a
    // few at a time: each file is a chain of small reads and writes, so overlapping them hides latency.
    for (const entry of manifest.entries) {
      if (entry.type === 'dir') await mkdir(join(tmp, entry.path), { mode: 0o700 });
    }
    const leaves = manifest.entries.filter((entry) => entry.type !== 'dir');
    let next = 0;
    let stopped = false;
    const worker = async (): Promise<void> => {
      while (next < leaves.length && !stopped) {
        options.signal?.throwIfAborted();
        const entry = leaves[next++]!;
        const path = join(tmp, entry.path);
        if (entry.type === 'symlink') {
          await symlink(entry.target, path);
          await lutimes(path, secondsOf(entry.mtime), secondsOf(entry.mtime));
        } else if (entry.type === 'file') {
          // One bad chunk stops the other workers too: nothing more is written for nothing.
          await writeFileFromChunks(entry, path, store, options.signal).catch((error: unknown) => { stopped = true; throw error; });
        }
      }
    };
    const workers = Array.from({ length: MATERIALISE_CONCURRENCY }, worker);
    const settled = await Promise.allSettled(workers);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    for (let i = manifest.entries.length - 1; i >= 0; i--) {
      const entry = manifest.entries[i]!;
      if (entry.type !== 'dir') continue;
      const path = join(tmp, entry.path);
      await chmod(path, entry.mode);
      await utimes(path, secondsOf(entry.mtime), secondsOf(entry.mtime));
    }
    await chmod(tmp, manifest.rootMode);
    if (exists) {
      const old = `${tmp}.old`;
      await rename(dir, old);
      await rename(tmp, dir);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(tmp, dir);
    }
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

function secondsOf(mtime: Mtime): number {
  return mtime.sec + mtime.nsec / 1e9;
}

async function writeFileFromChunks(entry: FileEntry, path: string, store: ChunkStore, signal: AbortSignal | undefined): Promise<void> {
  const file: FileHandle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    let position = 0;
    for (const chunk of entry.chunks) {
      signal?.throwIfAborted();
      const bytes = await store.get(chunk.digest, MAX_CHUNK_BYTES);
      if (bytes === undefined) throw new ChunkMissingError(chunk.digest, entry.path);
      if (bytes.length !== chunk.size) throw new ChunkCorruptError(chunk.digest, entry.path, `${bytes.length} bytes, the manifest says ${chunk.size}`);
      const actual = digestOf(bytes);
      if (actual !== chunk.digest) throw new ChunkCorruptError(chunk.digest, entry.path, `its bytes hash to ${actual}`);
      let written = 0;
      while (written < bytes.length) written += (await file.write(bytes, written, bytes.length - written, position + written)).bytesWritten;
      position += bytes.length;
    }
    await file.chmod(entry.mode);
    await file.utimes(secondsOf(entry.mtime), secondsOf(entry.mtime));
  } finally {
    await file.close();
  }
}
