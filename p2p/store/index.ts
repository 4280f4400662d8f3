// The content-addressed artifact store of one node: blobs under dataDir/cas/, index and
// references in LevelDB under dataDir/cas.db/. See p2p/index.ts for the guarantees.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, readdir } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { Level } from 'level';
import { arrow } from '../proto/p2p.pb.js';
import {
  Bitfield, PIECE_SIZE, digestHex, parseDigest, pieceMatches, pieceRange, sha256, validateManifest,
} from '../pieces/index.ts';
import type { Digest, Manifest, PieceBytes } from '../pieces/index.ts';

export interface ArtifactInfo { digest: Digest; size: number; refs: string[] }

export interface PartialInfo { digest: Digest; size: number; piecesHeld: number; pieceCount: number }

export interface GcResult { removed: Digest[]; freedBytes: number; partialsRemoved: Digest[] }

export interface ArtifactStore {
  putFile(path: string, opts?: { ref?: string }): Promise<ArtifactInfo>;
  putBytes(data: Uint8Array, opts?: { ref?: string }): Promise<ArtifactInfo>;
  /** Stores a byte stream (e.g. an HTTP upload); same guarantees as putFile. */
  putStream(source: AsyncIterable<Uint8Array>, opts?: { ref?: string }): Promise<ArtifactInfo>;
  has(digest: Digest): Promise<boolean>;
  stat(digest: Digest): Promise<ArtifactInfo | undefined>;
  blobPath(digest: Digest): string;
  addRef(digest: Digest, ref: string): Promise<void>;
  removeRef(digest: Digest, ref: string): Promise<void>;
  list(): Promise<ArtifactInfo[]>;
  close(): Promise<void>;

  // Extensions used by the piece exchange, arrowd and arrowctl.
  /** Manifest of a complete artifact or of a download in progress. */
  manifest(digest: Digest): Promise<Manifest | undefined>;
  /** Pieces this node can serve now: all of a complete artifact, the verified ones of a partial. */
  piecesHeld(digest: Digest): Promise<Bitfield | undefined>;
  /** One verified piece, or undefined if not held. */
  readPiece(digest: Digest, index: number): Promise<Uint8Array | undefined>;
  /** Starts or resumes a download; returns the pieces already verified on disk (re-checked). */
  beginDownload(manifest: Manifest): Promise<Bitfield>;
  /** Verifies a piece against the manifest and writes it; false (nothing written) if it does not match. */
  writePiece(digest: Digest, index: number, data: PieceBytes): Promise<boolean>;
  /** Verifies the whole blob, publishes it atomically and drops the partial state. */
  finishDownload(digest: Digest, opts?: { ref?: string }): Promise<ArtifactInfo>;
  /** Downloads in progress (including ones interrupted by a crash). */
  listPartials(): Promise<PartialInfo[]>;
  /** Deletes an artifact whatever its references (arrowctl artifact rm --force). */
  remove(digest: Digest): Promise<boolean>;
  /** Deletes every complete artifact without references (and, if asked, every partial download). */
  gc(opts?: { partials?: boolean }): Promise<GcResult>;
  /**
   * Resolves at the next change to what this node holds of `digest` (a piece verified, the
   * artifact published or removed), or when `signal` aborts: lets the piece server answer a
   * long-polling peer the moment there is something new to announce.
   */
  changed(digest: Digest, signal: AbortSignal): Promise<void>;
  readonly dataDir: string;
}

export interface OpenStoreOptions {
  /** Largest artifact accepted (bytes); protects the disk from a peer announcing a huge manifest. */
  maxArtifactBytes?: number;
}

const DEFAULT_MAX_ARTIFACT_BYTES = 16 * 1024 ** 3;
const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$/;

function validateRef(ref: string): string {
  if (!REF_PATTERN.test(ref)) {
    throw new Error(`invalid reference ${JSON.stringify(ref.slice(0, 100))}: 1-200 characters from [A-Za-z0-9._:/@+-], starting with a letter or digit`);
  }
  return ref;
}

/** Turns low-level write failures into messages an operator can act on. */
function explainWriteError(error: unknown, where: string): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return new Error(`disk full: not enough space in ${where} to store the artifact (nothing was stored)`, { cause: error });
  if (code === 'EDQUOT') return new Error(`disk quota exceeded in ${where} (nothing was stored)`, { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}

const key = {
  artifact: (digest: Digest) => `a:${digest}`,
  refPrefix: (digest: Digest) => `r:${digest}:`,
  ref: (digest: Digest, ref: string) => `r:${digest}:${ref}`,
  partial: (digest: Digest) => `p:${digest}`,
  /** Verified-pieces bitfield of a partial download, written on every piece; the PartialRecord under p: holds the manifest and is written once, so a piece costs a few bytes of index, not the whole manifest. */
  partialHave: (digest: Digest) => `h:${digest}`,
};

function encodeManifest(manifest: Manifest): Uint8Array {
  return arrow.p2p.Manifest.encode(manifest).finish();
}

function sameManifest(a: Manifest, b: Manifest): boolean {
  return Buffer.from(encodeManifest(a)).equals(Buffer.from(encodeManifest(b)));
}

/** A finished download whose bytes do not hash to the digest asked for: its manifest was forged. */
export class BlobMismatchError extends Error {
  readonly digest: Digest;
  readonly actual: Digest;
  constructor(digest: Digest, actual: Digest) {
    super(`download of ${digest} failed verification: the assembled blob hashes to ${actual} (a peer sent a forged manifest)`);
    this.name = 'BlobMismatchError';
    this.digest = digest;
    this.actual = actual;
  }
}

interface OpenPartial {
  manifest: Manifest;
  have: Bitfield;
  file: FileHandle;
  path: string;
}

/** Serialises the operations that change which artifacts exist, so gc never races a publish. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.then(() => undefined, () => undefined);
    return result;
  }
}

export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<ArtifactStore> {
  const casDir = join(dataDir, 'cas');
  const tmpDir = join(casDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const db = new Level<string, Uint8Array>(join(dataDir, 'cas.db'), { keyEncoding: 'utf8', valueEncoding: 'view' });
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') {
      throw new Error(`the store in ${dataDir} is in use by another process (a running arrowd?); stop it or use its API`, { cause: error });
    }
    throw new Error(`cannot open the store index ${join(dataDir, 'cas.db')}: ${(error as Error).message}`, { cause: error });
  }
  const store = new Store(dataDir, casDir, tmpDir, db, options.maxArtifactBytes ?? DEFAULT_MAX_ARTIFACT_BYTES);
  // Temp files of puts interrupted by a crash are garbage; partial downloads (*.part) are kept to resume.
  for (const name of await readdir(tmpDir)) {
    if (name.endsWith('.put')) await rm(join(tmpDir, name), { force: true });
  }
  return store;
}

class Store implements ArtifactStore {
  readonly dataDir: string;
  readonly #casDir: string;
  readonly #tmpDir: string;
  readonly #db: Level<string, Uint8Array>;
  readonly #maxArtifactBytes: number;
  readonly #mutex = new Mutex();
  readonly #partials = new Map<Digest, Promise<OpenPartial>>();
  /**
   * Manifests of complete artifacts (or null: not complete), so the piece server's reads of the
   * same manifest for every piece and every peer's availability poll cost no LevelDB read and no
   * decode. Bounded; entries are dropped on publish and delete, and a read started before such a
   * change does not cache its (possibly stale) answer (see #generation).
   */
  readonly #manifestCache = new Map<Digest, Manifest | null>();
  #generation = 0;
  readonly #watchers = new Map<Digest, Set<() => void>>();
  #closed = false;

  constructor(dataDir: string, casDir: string, tmpDir: string, db: Level<string, Uint8Array>, maxArtifactBytes: number) {
    this.dataDir = dataDir;
    this.#casDir = casDir;
    this.#tmpDir = tmpDir;
    this.#db = db;
    this.#maxArtifactBytes = maxArtifactBytes;
  }

  blobPath(digest: Digest): string {
    const hex = digestHex(parseDigest(digest));
    return join(this.#casDir, 'sha256', hex.slice(0, 2), hex);
  }

  async putFile(path: string, opts: { ref?: string } = {}): Promise<ArtifactInfo> {
    this.#checkOpen();
    const ref = opts.ref === undefined ? undefined : validateRef(opts.ref);
    let source: FileHandle;
    try {
      source = await open(path, 'r');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new Error(`cannot store ${path}: no such file`, { cause: error });
      if (code === 'EACCES') throw new Error(`cannot store ${path}: permission denied`, { cause: error });
      throw error;
    }
    try {
      const info = await source.stat();
      if (!info.isFile()) throw new Error(`cannot store ${path}: not a regular file`);
      return await this.#ingest(async (consume) => {
        const buffer = new Uint8Array(PIECE_SIZE);
        for (;;) {
          // Fill a whole piece before handing it on: pieces must align to PIECE_SIZE boundaries.
          let filled = 0;
          while (filled < PIECE_SIZE) {
            const { bytesRead } = await source.read(buffer, filled, PIECE_SIZE - filled, null);
            if (bytesRead === 0) break;
            filled += bytesRead;
          }
          if (filled === 0) return;
          await consume(buffer.subarray(0, filled));
          if (filled < PIECE_SIZE) return;
        }
      }, ref, path);
    } finally {
      await source.close();
    }
  }

  async putBytes(data: Uint8Array, opts: { ref?: string } = {}): Promise<ArtifactInfo> {
    this.#checkOpen();
    const ref = opts.ref === undefined ? undefined : validateRef(opts.ref);
    return this.#ingest(async (consume) => {
      for (let offset = 0; offset < data.length; offset += PIECE_SIZE) {
        await consume(data.subarray(offset, Math.min(data.length, offset + PIECE_SIZE)));
      }
    }, ref, 'bytes');
  }

  async putStream(source: AsyncIterable<Uint8Array>, opts: { ref?: string } = {}): Promise<ArtifactInfo> {
    this.#checkOpen();
    const ref = opts.ref === undefined ? undefined : validateRef(opts.ref);
    return this.#ingest(async (consume) => {
      // Re-cut arbitrary chunks into PIECE_SIZE pieces.
      const buffer = new Uint8Array(PIECE_SIZE);
      let filled = 0;
      for await (const chunk of source) {
        let offset = 0;
        while (offset < chunk.length) {
          const take = Math.min(PIECE_SIZE - filled, chunk.length - offset);
          buffer.set(chunk.subarray(offset, offset + take), filled);
          filled += take;
          offset += take;
          if (filled === PIECE_SIZE) { await consume(buffer); filled = 0; }
        }
      }
      if (filled > 0) await consume(buffer.subarray(0, filled));
    }, ref, 'upload');
  }

  /**
   * Streams pieces into a temp file while hashing each piece and the whole, then publishes the
   * blob with one rename: readers see either no artifact or the complete, verified one.
   */
  async #ingest(produce: (consume: (piece: Uint8Array) => Promise<void>) => Promise<void>, ref: string | undefined, what: string): Promise<ArtifactInfo> {
    const tmpPath = join(this.#tmpDir, `${randomBytes(8).toString('hex')}.put`);
    const tmp = await open(tmpPath, 'wx', 0o644);
    const whole = createHash('sha256');
    const pieceDigests: Uint8Array[] = [];
    let size = 0;
    try {
      try {
        await produce(async (piece) => {
          size += piece.length;
          if (size > this.#maxArtifactBytes) throw new Error(`cannot store ${what}: larger than the limit of ${this.#maxArtifactBytes} bytes`);
          whole.update(piece);
          pieceDigests.push(sha256(piece));
          let written = 0;
          while (written < piece.length) written += (await tmp.write(piece, written, piece.length - written)).bytesWritten;
        });
        // Durable before visible: the rename must never publish a blob whose bytes are still in flight.
        await tmp.sync();
      } finally {
        await tmp.close();
      }
      const digest: Digest = `sha256:${whole.digest('hex')}`;
      const manifest: Manifest = { digest, size, pieceSize: PIECE_SIZE, pieceDigests };
      return await this.#publish(manifest, tmpPath, ref);
    } catch (error) {
      await rm(tmpPath, { force: true });
      throw explainWriteError(error, this.#casDir);
    }
  }

  /** Moves a verified temp file into place and indexes it (or drops it if the digest is already held). */
  #publish(manifest: Manifest, tmpPath: string, ref: string | undefined): Promise<ArtifactInfo> {
    return this.#mutex.run(async () => {
      const digest = manifest.digest;
      const batch = this.#db.batch();
      if (await this.#db.get(key.artifact(digest)) === undefined) {
        const target = this.blobPath(digest);
        await mkdir(dirname(target), { recursive: true });
        await rename(tmpPath, target);
        batch.put(key.artifact(digest), encodeManifest(manifest));
      } else {
        // Same bytes already stored: keep the one copy, whoever else uses it.
        await rm(tmpPath, { force: true });
      }
      if (ref !== undefined) batch.put(key.ref(digest, ref), new Uint8Array(0));
      await batch.write();
      this.#invalidate(digest);
      this.#notify(digest);
      return { digest, size: manifest.size, refs: await this.#refs(digest) };
    });
  }

  async has(digest: Digest): Promise<boolean> {
    this.#checkOpen();
    return (await this.#completeManifest(parseDigest(digest))) !== undefined;
  }

  async stat(digest: Digest): Promise<ArtifactInfo | undefined> {
    this.#checkOpen();
    const manifest = await this.#completeManifest(parseDigest(digest));
    if (!manifest) return undefined;
    return { digest: manifest.digest, size: manifest.size, refs: await this.#refs(manifest.digest) };
  }

  async addRef(digest: Digest, ref: string): Promise<void> {
    this.#checkOpen();
    parseDigest(digest);
    validateRef(ref);
    await this.#mutex.run(async () => {
      if (!(await this.has(digest))) throw new Error(`unknown artifact ${digest}: cannot add reference ${ref}`);
      await this.#db.put(key.ref(digest, ref), new Uint8Array(0));
    });
  }

  async removeRef(digest: Digest, ref: string): Promise<void> {
    this.#checkOpen();
    parseDigest(digest);
    await this.#mutex.run(() => this.#db.del(key.ref(digest, ref)));
  }

  async list(): Promise<ArtifactInfo[]> {
    this.#checkOpen();
    const out: ArtifactInfo[] = [];
    for await (const [k, value] of this.#db.iterator({ gte: 'a:', lt: 'a;' })) {
      const digest = parseDigest(k.slice(2));
      const manifest = arrow.p2p.Manifest.decode(value);
      out.push({ digest, size: manifest.size, refs: await this.#refs(digest) });
    }
    return out;
  }

  async manifest(digest: Digest): Promise<Manifest | undefined> {
    this.#checkOpen();
    parseDigest(digest);
    const complete = await this.#completeManifest(digest);
    if (complete) return complete;
    const partial = await this.#db.get(key.partial(digest));
    if (!partial) return undefined;
    const record = arrow.p2p.PartialRecord.decode(partial);
    return record.manifest ? validateManifest(record.manifest) : undefined;
  }

  async piecesHeld(digest: Digest): Promise<Bitfield | undefined> {
    this.#checkOpen();
    parseDigest(digest);
    const complete = await this.#completeManifest(digest);
    if (complete) return Bitfield.full(complete.pieceDigests.length);
    const open = this.#partials.get(digest);
    if (open) {
      const partial = await open.catch(() => undefined);
      if (partial) return new Bitfield(partial.have.size, partial.have.bytes);
    }
    const stored = await this.#db.get(key.partial(digest));
    if (!stored) return undefined;
    const record = arrow.p2p.PartialRecord.decode(stored);
    const count = record.manifest?.pieceDigests?.length ?? 0;
    return new Bitfield(count, await this.#storedHave(digest, record));
  }

  async readPiece(digest: Digest, index: number): Promise<Uint8Array | undefined> {
    this.#checkOpen();
    parseDigest(digest);
    const complete = await this.#completeManifest(digest);
    if (complete) {
      if (index < 0 || index >= complete.pieceDigests.length) return undefined;
      const { offset, length } = pieceRange(complete, index);
      let file: FileHandle;
      try {
        file = await open(this.blobPath(digest), 'r');
      } catch (error) {
        // gc or rm may delete the blob between the index read and the open.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        return await readExactly(file, offset, length);
      } finally {
        await file.close();
      }
    }
    const open_ = this.#partials.get(digest);
    if (!open_) return undefined;
    const partial = await open_.catch(() => undefined);
    if (!partial || !partial.have.has(index)) return undefined;
    const { offset, length } = pieceRange(partial.manifest, index);
    return readExactly(partial.file, offset, length);
  }

  async beginDownload(manifestInput: Manifest): Promise<Bitfield> {
    this.#checkOpen();
    const manifest = validateManifest(manifestInput, this.#maxArtifactBytes);
    const digest = manifest.digest;
    let opening = this.#partials.get(digest);
    if (opening) {
      // A download left open by an earlier pull may have started from another manifest (a
      // forged one): its pieces were verified against that manifest, so none of them count.
      const open_ = await opening.catch(() => undefined);
      if (open_ && !sameManifest(open_.manifest, manifest)) {
        if (this.#partials.get(digest) === opening) this.#partials.delete(digest);
        await open_.file.close().catch(() => undefined);
        opening = undefined;
      }
    }
    opening ??= this.#partials.get(digest);
    if (!opening) {
      const created = this.#openPartial(manifest);
      this.#partials.set(digest, created);
      created.catch(() => this.#partials.delete(digest));
      opening = created;
    }
    const partial = await opening;
    return new Bitfield(partial.have.size, partial.have.bytes);
  }

  async #openPartial(manifest: Manifest): Promise<OpenPartial> {
    const digest = manifest.digest;
    const path = join(this.#tmpDir, `${digestHex(digest)}.part`);
    const stored = await this.#db.get(key.partial(digest));
    let have = new Bitfield(manifest.pieceDigests.length);
    let file: FileHandle;
    if (stored) {
      const record = arrow.p2p.PartialRecord.decode(stored);
      const same = record.manifest !== null && record.manifest !== undefined && sameManifest(validateManifest(record.manifest), manifest);
      if (same) have = new Bitfield(manifest.pieceDigests.length, await this.#storedHave(digest, record));
    }
    try {
      file = await open(path, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      file = await open(path, 'w+', 0o644);
      have = new Bitfield(manifest.pieceDigests.length);
    }
    try {
      await file.truncate(manifest.size);
      // Re-check pieces recorded as verified: a crash of the machine (not just the process) may
      // have lost page-cache writes that the index already counted.
      for (const index of have.indexes()) {
        const { offset, length } = pieceRange(manifest, index);
        if (!pieceMatches(manifest, index, await readExactly(file, offset, length))) have.clear(index);
      }
    } catch (error) {
      await file.close();
      throw explainWriteError(error, this.#tmpDir);
    }
    const partial: OpenPartial = { manifest, have, file, path };
    await this.#db.batch()
      .put(key.partial(digest), arrow.p2p.PartialRecord.encode({ manifest, have: have.bytes }).finish())
      .put(key.partialHave(digest), have.bytes)
      .write();
    // Peers long-polling for this digest learn that this node now has (some of) it.
    queueMicrotask(() => this.#notify(digest));
    return partial;
  }

  async writePiece(digest: Digest, index: number, data: PieceBytes): Promise<boolean> {
    this.#checkOpen();
    const opening = this.#partials.get(parseDigest(digest));
    if (!opening) throw new Error(`no download of ${digest} in progress`);
    const partial = await opening;
    if (index < 0 || index >= partial.have.size) throw new RangeError(`piece ${index} out of range for ${digest}`);
    if (!pieceMatches(partial.manifest, index, data)) return false;
    if (partial.have.has(index)) return true;
    const { offset } = pieceRange(partial.manifest, index);
    try {
      await writeAllAt(partial.file, data instanceof Uint8Array ? [data] : data, offset);
    } catch (error) {
      throw explainWriteError(error, this.#tmpDir);
    }
    partial.have.set(index);
    // Announce before the index write: the bytes are on disk and verified, so peers may fetch them now.
    this.#notify(digest);
    await this.#db.put(key.partialHave(digest), partial.have.bytes);
    return true;
  }

  async finishDownload(digest: Digest, opts: { ref?: string } = {}): Promise<ArtifactInfo> {
    this.#checkOpen();
    const ref = opts.ref === undefined ? undefined : validateRef(opts.ref);
    const opening = this.#partials.get(parseDigest(digest));
    if (!opening) throw new Error(`no download of ${digest} in progress`);
    const partial = await opening;
    if (!partial.have.isComplete()) {
      throw new Error(`download of ${digest} is incomplete: ${partial.have.count()} of ${partial.have.size} pieces`);
    }
    // Whole-blob check: the manifest came from a peer, so its piece digests are only trustworthy
    // once the bytes they describe hash to the digest we asked for.
    const whole = createHash('sha256');
    for (let index = 0; index < partial.have.size; index++) {
      const { offset, length } = pieceRange(partial.manifest, index);
      whole.update(await readExactly(partial.file, offset, length));
    }
    const actual: Digest = `sha256:${whole.digest('hex')}`;
    if (actual !== digest) {
      await this.#dropPartial(digest);
      throw new BlobMismatchError(digest, actual);
    }
    await partial.file.sync();
    await partial.file.close();
    this.#partials.delete(digest);
    const info = await this.#publish(partial.manifest, partial.path, ref);
    await this.#db.batch().del(key.partial(digest)).del(key.partialHave(digest)).write();
    return info;
  }

  async listPartials(): Promise<PartialInfo[]> {
    this.#checkOpen();
    const out: PartialInfo[] = [];
    for await (const k of this.#db.keys({ gte: 'p:', lt: 'p;' })) {
      const digest = parseDigest(k.slice(2));
      const held = await this.piecesHeld(digest);
      const manifest = await this.manifest(digest);
      if (held && manifest) out.push({ digest, size: manifest.size, piecesHeld: held.count(), pieceCount: held.size });
    }
    return out;
  }

  async #dropPartial(digest: Digest): Promise<void> {
    const opening = this.#partials.get(digest);
    this.#partials.delete(digest);
    const partial = opening ? await opening.catch(() => undefined) : undefined;
    if (partial) await partial.file.close().catch(() => undefined);
    await rm(join(this.#tmpDir, `${digestHex(digest)}.part`), { force: true });
    await this.#db.batch().del(key.partial(digest)).del(key.partialHave(digest)).write();
    this.#notify(digest);
  }

  remove(digest: Digest): Promise<boolean> {
    this.#checkOpen();
    parseDigest(digest);
    return this.#mutex.run(async () => {
      const existed = await this.#deleteArtifact(digest);
      if (await this.#db.get(key.partial(digest))) {
        await this.#dropPartial(digest);
        return true;
      }
      return existed;
    });
  }

  /** Index first, then file: a crash in between leaves an orphan file (harmless), never an index entry without its blob. */
  async #deleteArtifact(digest: Digest): Promise<boolean> {
    if ((await this.#db.get(key.artifact(digest))) === undefined) return false;
    const batch = this.#db.batch().del(key.artifact(digest));
    for await (const k of this.#db.keys({ gte: key.refPrefix(digest), lt: `${key.refPrefix(digest)}\uffff` })) batch.del(k);
    await batch.write();
    this.#invalidate(digest);
    this.#notify(digest);
    await rm(this.blobPath(digest), { force: true });
    return true;
  }

  gc(opts: { partials?: boolean } = {}): Promise<GcResult> {
    this.#checkOpen();
    return this.#mutex.run(async () => {
      const removed: Digest[] = [];
      let freedBytes = 0;
      for await (const [k, value] of this.#db.iterator({ gte: 'a:', lt: 'a;' })) {
        const digest = parseDigest(k.slice(2));
        if ((await this.#refs(digest)).length > 0) continue;
        const size = arrow.p2p.Manifest.decode(value).size;
        await this.#deleteArtifact(digest);
        removed.push(digest);
        freedBytes += size;
      }
      const partialsRemoved: Digest[] = [];
      if (opts.partials) {
        for await (const k of this.#db.keys({ gte: 'p:', lt: 'p;' })) {
          const digest = parseDigest(k.slice(2));
          if (this.#partials.has(digest)) continue; // a download is running right now
          await this.#dropPartial(digest);
          partialsRemoved.push(digest);
        }
      }
      return { removed, freedBytes, partialsRemoved };
    });
  }

  changed(digest: Digest, signal: AbortSignal): Promise<void> {
    this.#checkOpen();
    parseDigest(digest);
    return new Promise<void>((resolve) => {
      if (signal.aborted) { resolve(); return; }
      let watchers = this.#watchers.get(digest);
      if (!watchers) { watchers = new Set(); this.#watchers.set(digest, watchers); }
      const done = () => {
        signal.removeEventListener('abort', done);
        const set = this.#watchers.get(digest);
        set?.delete(done);
        if (set?.size === 0) this.#watchers.delete(digest);
        resolve();
      };
      watchers.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  #notify(digest: Digest): void {
    const watchers = this.#watchers.get(digest);
    if (!watchers) return;
    for (const fn of [...watchers]) fn();
  }

  #invalidate(digest: Digest): void {
    this.#generation++;
    this.#manifestCache.delete(digest);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const watchers of this.#watchers.values()) for (const fn of [...watchers]) fn();
    for (const opening of this.#partials.values()) {
      const partial = await opening.catch(() => undefined);
      await partial?.file.close().catch(() => undefined);
    }
    this.#partials.clear();
    await this.#db.close();
  }

  /**
   * A partial download's verified pieces: the h: record written with every piece, or, when there
   * is none yet, the bitfield its PartialRecord was created with.
   */
  async #storedHave(digest: Digest, record: arrow.p2p.PartialRecord): Promise<Uint8Array> {
    return (await this.#db.get(key.partialHave(digest))) ?? record.have;
  }

  async #completeManifest(digest: Digest): Promise<Manifest | undefined> {
    const cached = this.#manifestCache.get(digest);
    if (cached !== undefined) return cached ?? undefined;
    const generation = this.#generation;
    const value = await this.#db.get(key.artifact(digest));
    const manifest = value === undefined ? undefined : validateManifest(arrow.p2p.Manifest.decode(value));
    // A publish or delete while the read was in flight may have made this answer stale: don't keep it.
    if (generation === this.#generation) {
      if (this.#manifestCache.size >= 256) this.#manifestCache.delete(this.#manifestCache.keys().next().value!);
      this.#manifestCache.set(digest, manifest ?? null);
    }
    return manifest;
  }

  async #refs(digest: Digest): Promise<string[]> {
    const prefix = key.refPrefix(digest);
    const refs: string[] = [];
    for await (const k of this.#db.keys({ gte: prefix, lt: `${prefix}\uffff` })) refs.push(k.slice(prefix.length));
    return refs;
  }

  #checkOpen(): void {
    if (this.#closed) throw new Error(`the store in ${this.dataDir} is closed`);
  }
}

/** Writes all of `chunks` at `position`: one writev, continuing after a short write. */
async function writeAllAt(file: FileHandle, chunks: readonly Uint8Array[], position: number): Promise<void> {
  let rest = chunks.filter((chunk) => chunk.length > 0);
  while (rest.length > 0) {
    let written = (await file.writev(rest, position)).bytesWritten;
    if (written === 0) throw new Error(`write at offset ${position} made no progress`);
    position += written;
    while (rest.length > 0 && written >= rest[0]!.length) { written -= rest[0]!.length; rest = rest.slice(1); }
    if (written > 0) rest = [rest[0]!.subarray(written), ...rest.slice(1)];
  }
}

async function readExactly(file: FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buffer, filled, length - filled, offset + filled);
    if (bytesRead === 0) throw new Error(`short read: expected ${length} bytes at offset ${offset}, the file ends after ${filled}`);
    filled += bytesRead;
  }
  return buffer;
}


