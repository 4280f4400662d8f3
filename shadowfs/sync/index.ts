// The host side of a running Arrow's volume: the guest's tree goes in (pieces()), the guest's
// changes come back (apply()) into a working directory, and snapshots of it are committed.
//
// CONTRACT (for the agent; kernel/runtime's ArrowSession drives the middle part)
//   1. volumes.restore(name, seq, workDir) (or an empty workDir for a new volume), then
//      const sync = await VolumeSync.open({ volumes, name, workDir, sizeLimit }).
//   2. Give it to ArrowSession.start({ ..., volume: { guestPath: '/data', sizeLimit, sync } }):
//      the session sends pieces() after Start (the app starts once all arrived), then calls
//      apply(change, frameSeq) for each VolumeChange frame, in order, and flush() when the app
//      exited or the Arrow ended.
//   3. While changes arrive, a snapshot is committed at most every commitEveryMs (default
//      3000 ms): status() says what the last commit holds (the guest's frame seq it covers, the
//      snapshot's seq and manifest digest, when). flush() commits now; close() flushes and stops.
//
// What can fail
//   - apply() rejects with VolumeRefusedError (reason: bad-path, symlink, too-large, over-limit,
//     out-of-order, bad-kind) for a change it will not apply: a guest is untrusted input. Nothing
//     already in the working directory or committed is touched; a file being received is
//     dropped (the guest sends it whole again at its next change). The sync stays usable.
//   - A failed commit (disk full, ...) is reported to onError and retried at the next tick; the
//     volume keeps its previous snapshots (see Volumes.commit).
//   - Writes never leave workDir: paths are checked (splitGuestPath), parents are looked at with
//     lstat and refused when one is a symlink, files are written in stagingDir and renamed in.
//     The working directory never holds more than sizeLimit bytes of file content; the file
//     being received (in stagingDir) at most sizeLimit more.
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, open, opendir, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Digest } from '../../p2p/index.ts';
import type { CommitResult, Volumes } from '../volume/index.ts';
import { VolumeRefusedError, splitGuestPath } from './paths.ts';

export { VolumeRefusedError, splitGuestPath, type RefusalReason } from './paths.ts';

/** Most file bytes in one piece either way (the channel's frames are at most 1 MiB). */
export const MAX_PIECE_BYTES = 256 * 1024;
export const DEFAULT_COMMIT_EVERY_MS = 3000;
/** Directory levels walked when materialising or rescanning. */
const MAX_DEPTH = 64;

export type ChangeKind = 'write' | 'delete' | 'mkdir' | 'rescan-begin' | 'rescan-end';

/** One VolumeChange frame from the guest (kernel/proto/channel.proto). */
export interface VolumeChange {
  kind: ChangeKind;
  /** relative to the volume root; '' for rescan-* */
  path: string;
  mode: number;
  offset: number;
  data: Uint8Array;
  last: boolean;
}

/** One VolumeFile frame to the guest: a directory, or a piece of a file (offset 0 first). */
export interface VolumePiece {
  path: string;
  directory: boolean;
  mode: number;
  offset: number;
  data: Uint8Array;
}

export interface VolumeSyncOptions {
  volumes: Pick<Volumes, 'commit'>;
  name: string;
  /** the host's copy of the volume (restored before, changed only by this sync while it runs) */
  workDir: string;
  /** where files being received wait; default `${workDir}.incoming` (same filesystem: renamed in) */
  stagingDir?: string;
  /** bytes of file content the volume may hold */
  sizeLimit: number;
  /** snapshots kept (default 10) */
  retain?: number;
  commitEveryMs?: number;
  onCommit?: (result: CommitResult) => void;
  onError?: (error: Error) => void;
}

export interface VolumeSyncStatus {
  /** the highest guest frame seq applied */
  appliedSeq: number;
  /** the highest guest frame seq the last committed snapshot holds */
  committedSeq: number;
  /** the volume's snapshot seq and manifest of the last commit by this sync */
  snapshot?: { seq: number; manifest: Digest };
  lastCommittedAt?: Date;
  /** bytes of file content in the working directory */
  bytes: number;
  refused: number;
  lastRefusal?: string;
}

interface Incoming {
  path: string;
  file: FileHandle;
  tmp: string;
  size: number;
}

export class VolumeSync {
  readonly #o: Required<Omit<VolumeSyncOptions, 'onCommit' | 'onError'>> & Pick<VolumeSyncOptions, 'onCommit' | 'onError'>;
  /** sizes of the files in workDir, by relative path */
  readonly #sizes: Map<string, number>;
  #bytes: number;
  #incoming: Incoming | undefined;
  /** paths a rescan mentioned (and their parents); undefined outside a rescan */
  #seen: Set<string> | undefined;
  /** apply() and commits run one at a time, in order */
  #chain: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  /** a timer fired and its commit waits in #chain: no other timer until it ran */
  #commitQueued = false;
  #dirty = false;
  #closed = false;
  #lastCommitMs = 0;
  readonly #status: VolumeSyncStatus;

  private constructor(options: VolumeSyncOptions, sizes: Map<string, number>) {
    this.#o = {
      ...options,
      stagingDir: options.stagingDir ?? `${options.workDir}.incoming`,
      retain: options.retain ?? 10,
      commitEveryMs: options.commitEveryMs ?? DEFAULT_COMMIT_EVERY_MS,
    };
    this.#sizes = sizes;
    this.#bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    this.#status = { appliedSeq: 0, committedSeq: 0, bytes: this.#bytes, refused: 0 };
  }

  /** Reads the working directory's files (it must exist) and prepares the staging dir. */
  static async open(options: VolumeSyncOptions): Promise<VolumeSync> {
    if (!Number.isSafeInteger(options.sizeLimit) || options.sizeLimit <= 0) throw new RangeError(`sizeLimit ${options.sizeLimit} is not a positive integer`);
    const sizes = new Map<string, number>();
    for await (const entry of walk(options.workDir)) if (entry.kind === 'file') sizes.set(entry.path, entry.size);
    const sync = new VolumeSync(options, sizes);
    if (sync.#bytes > options.sizeLimit) throw new RangeError(`${options.workDir} holds ${sync.#bytes} bytes, above the volume's ${options.sizeLimit}`);
    await rm(sync.#o.stagingDir, { recursive: true, force: true });
    await mkdir(sync.#o.stagingDir, { recursive: true, mode: 0o700 });
    return sync;
  }

  status(): VolumeSyncStatus {
    return { ...this.#status, bytes: this.#bytes };
  }

  /** The working directory as VolumeFile pieces: directories before what they hold. */
  async *pieces(): AsyncGenerator<VolumePiece> {
    for await (const entry of walk(this.#o.workDir)) {
      if (entry.kind === 'dir') {
        yield { path: entry.path, directory: true, mode: entry.mode, offset: 0, data: new Uint8Array() };
        continue;
      }
      if (entry.kind !== 'file') continue; // symlinks are not sent into the guest
      const file = await open(join(this.#o.workDir, entry.path), 'r');
      try {
        for (let offset = 0; ; ) {
          const buffer = Buffer.alloc(Math.min(MAX_PIECE_BYTES, Math.max(0, entry.size - offset)));
          const { bytesRead } = buffer.length > 0 ? await file.read(buffer, 0, buffer.length, offset) : { bytesRead: 0 };
          if (offset > 0 && bytesRead === 0) break;
          yield { path: entry.path, directory: false, mode: entry.mode, offset, data: buffer.subarray(0, bytesRead) };
          offset += bytesRead;
          if (bytesRead < MAX_PIECE_BYTES) break;
        }
      } finally {
        await file.close();
      }
    }
  }

  /**
   * Applies one change the guest sent in frame `seq`; rejects with VolumeRefusedError for a
   * change it will not apply (see the contract). Calls run in order, one at a time.
   */
  apply(change: VolumeChange, seq: number): Promise<void> {
    const run = this.#chain.then(() => this.#apply(change, seq));
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** Commits now when something changed since the last commit. */
  flush(): Promise<CommitResult | undefined> {
    const run = this.#chain.then(() => this.#commit());
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** Flushes and stops committing; drops a file still being received. */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.flush().catch((error: Error) => this.#o.onError?.(error));
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#dropIncoming();
    await rm(this.#o.stagingDir, { recursive: true, force: true });
  }

  async #apply(change: VolumeChange, seq: number): Promise<void> {
    if (this.#closed) throw new Error('the volume sync is closed');
    try {
      await this.#applyChecked(change);
    } catch (error) {
      if (error instanceof VolumeRefusedError) {
        this.#status.refused++;
        this.#status.lastRefusal = error.message;
        await this.#dropIncoming();
      }
      throw error;
    }
    this.#status.appliedSeq = Math.max(this.#status.appliedSeq, seq);
    this.#dirty = true;
    this.#schedule();
  }

  async #applyChecked(change: VolumeChange): Promise<void> {
    if (change.kind === 'rescan-begin' || change.kind === 'rescan-end') {
      if (change.path !== '' || change.data.length > 0) throw new VolumeRefusedError('bad-kind', change.path, `${change.kind} names no path and carries no data`);
      if (change.kind === 'rescan-begin') this.#seen = new Set();
      else await this.#endRescan();
      return;
    }
    const parts = splitGuestPath(change.path);
    const path = parts.join('/');
    if (this.#incoming && (change.kind !== 'write' || this.#incoming.path !== path || change.offset !== this.#incoming.size)) {
      throw new VolumeRefusedError('out-of-order', change.path, `${this.#incoming.path} was being received (${this.#incoming.size} bytes so far); this change does not continue it`);
    }
    if (change.kind !== 'write' && change.data.length > 0) throw new VolumeRefusedError('bad-kind', change.path, `${change.kind} carries no data`);
    await this.#checkParents(parts);
    if (this.#seen) for (let i = 1; i <= parts.length; i++) this.#seen.add(parts.slice(0, i).join('/'));
    switch (change.kind) {
      case 'write':
        return this.#write(path, change);
      case 'mkdir':
        return this.#mkdir(path, change.mode);
      case 'delete':
        return this.#remove(path);
      default:
        throw new VolumeRefusedError('bad-kind', change.path, `unknown change kind ${String(change.kind)}`);
    }
  }

  /** Refuses a path whose parents in workDir include a symlink or something else than a directory it could replace. */
  async #checkParents(parts: string[]): Promise<void> {
    for (let i = 1; i < parts.length; i++) {
      const stat = await lstat(join(this.#o.workDir, ...parts.slice(0, i))).catch(() => undefined);
      if (stat?.isSymbolicLink()) throw new VolumeRefusedError('symlink', parts.join('/'), `${parts.slice(0, i).join('/')} is a symlink`);
      if (!stat) return;
    }
  }

  async #write(path: string, change: VolumeChange): Promise<void> {
    if (change.data.length > MAX_PIECE_BYTES) throw new VolumeRefusedError('too-large', path, `a piece of ${change.data.length} bytes; at most ${MAX_PIECE_BYTES}`);
    if (!this.#incoming && change.offset !== 0) throw new VolumeRefusedError('out-of-order', path, `a piece at offset ${change.offset} with no file being received`);
    const size = change.offset + change.data.length;
    const replaced = this.#sizes.get(path) ?? 0;
    if (this.#bytes - replaced + size > this.#o.sizeLimit) {
      throw new VolumeRefusedError('over-limit', path, `the volume would hold ${this.#bytes - replaced + size} bytes, above its limit of ${this.#o.sizeLimit}`);
    }
    if (!this.#incoming) {
      const tmp = join(this.#o.stagingDir, `in-${randomBytes(6).toString('hex')}`);
      this.#incoming = { path, tmp, size: 0, file: await open(tmp, 'wx', 0o600) };
    }
    const incoming = this.#incoming;
    if (change.data.length > 0) await incoming.file.write(change.data, 0, change.data.length, change.offset);
    incoming.size = size;
    if (!change.last) return;
    await incoming.file.close();
    this.#incoming = undefined;
    try {
      await chmod(incoming.tmp, hostMode(change.mode, 0o644));
      const target = join(this.#o.workDir, path);
      await this.#makeParents(path);
      const existing = await lstat(target).catch(() => undefined);
      if (existing?.isDirectory()) await this.#remove(path);
      await rename(incoming.tmp, target);
    } catch (error) {
      await rm(incoming.tmp, { force: true });
      throw error;
    }
    this.#bytes += size - (this.#sizes.get(path) ?? 0);
    this.#sizes.set(path, size);
  }

  async #mkdir(path: string, mode: number): Promise<void> {
    const target = join(this.#o.workDir, path);
    await this.#makeParents(path);
    const existing = await lstat(target).catch(() => undefined);
    if (existing && !existing.isDirectory()) await this.#remove(path);
    if (!existing?.isDirectory()) await mkdir(target);
    // The host must be able to write into it whatever the guest's mode says.
    await chmod(target, hostMode(mode, 0o755) | 0o700);
  }

  /** mkdir -p of path's parents, replacing a file (or symlink) in the way: the guest has a directory there now. */
  async #makeParents(path: string): Promise<void> {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      const stat = await lstat(join(this.#o.workDir, parent)).catch(() => undefined);
      if (stat?.isDirectory()) continue;
      if (stat) await this.#remove(parent);
      await mkdir(join(this.#o.workDir, parent), { mode: 0o755 });
    }
  }

  /** rm -rf of path inside workDir, keeping the byte count. */
  async #remove(path: string): Promise<void> {
    await rm(join(this.#o.workDir, path), { recursive: true, force: true });
    for (const [file, size] of this.#sizes) {
      if (file === path || file.startsWith(`${path}/`)) {
        this.#bytes -= size;
        this.#sizes.delete(file);
      }
    }
  }

  /** A rescan ended: what it did not mention is gone from the guest. */
  async #endRescan(): Promise<void> {
    const seen = this.#seen;
    this.#seen = undefined;
    if (!seen) throw new VolumeRefusedError('bad-kind', '', 'rescan-end without rescan-begin');
    const gone: string[] = [];
    for await (const entry of walk(this.#o.workDir)) if (!seen.has(entry.path)) gone.push(entry.path);
    for (const path of gone) await this.#remove(path);
  }

  async #dropIncoming(): Promise<void> {
    const incoming = this.#incoming;
    this.#incoming = undefined;
    if (!incoming) return;
    await incoming.file.close().catch(() => undefined);
    await rm(incoming.tmp, { force: true });
  }

  /** At most one commit every commitEveryMs while changes arrive. */
  #schedule(): void {
    if (this.#timer || this.#commitQueued || this.#closed) return;
    const delay = Math.max(0, this.#lastCommitMs + this.#o.commitEveryMs - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#commitQueued = true;
      this.flush().catch((error: Error) => this.#o.onError?.(error));
    }, delay);
  }

  async #commit(): Promise<CommitResult | undefined> {
    this.#commitQueued = false;
    if (!this.#dirty || this.#closed) return undefined;
    const seq = this.#status.appliedSeq;
    this.#dirty = false;
    this.#lastCommitMs = Date.now();
    let result: CommitResult;
    try {
      result = await this.#o.volumes.commit(this.#o.name, this.#o.workDir, { sizeLimit: this.#o.sizeLimit, retain: this.#o.retain });
    } catch (error) {
      this.#dirty = true;
      this.#schedule();
      throw error;
    }
    this.#status.committedSeq = seq;
    this.#status.snapshot = { seq: result.snapshot.seq, manifest: result.snapshot.manifest };
    this.#status.lastCommittedAt = new Date();
    this.#o.onCommit?.(result);
    return result;
  }
}

/** Permission bits only: a guest does not get setuid files on the host. */
function hostMode(mode: number, fallback: number): number {
  return mode & 0o777 || fallback;
}

interface WalkEntry {
  path: string;
  kind: 'file' | 'dir' | 'other';
  mode: number;
  size: number;
}

/** The tree under root (relative paths, directories before their content), bounded in depth. */
async function* walk(root: string, prefix = '', depth = 0): AsyncGenerator<WalkEntry> {
  if (depth > MAX_DEPTH) throw new RangeError(`${join(root, prefix)} is nested deeper than ${MAX_DEPTH} levels`);
  const names: string[] = [];
  for await (const entry of await opendir(join(root, prefix))) names.push(entry.name);
  names.sort();
  for (const name of names) {
    const path = prefix ? `${prefix}/${name}` : name;
    const stat = await lstat(join(root, path)).catch(() => undefined);
    if (!stat) continue;
    if (stat.isDirectory()) {
      yield { path, kind: 'dir', mode: stat.mode & 0o7777, size: 0 };
      yield* walk(root, path, depth + 1);
    } else {
      yield { path, kind: stat.isFile() ? 'file' : 'other', mode: stat.mode & 0o7777, size: stat.isFile() ? stat.size : 0 };
    }
  }
}
