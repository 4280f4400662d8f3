// Volumes: a named, persisted sequence of snapshots on one node.
//
// Storage: manifests and chunks live in the ChunkStore (the node's CAS), held by the reference
// `shadowfs:<volume>`; the sequence itself is a small LevelDB (`<dataDir>/shadowfs.db`) of
// SnapshotRecords keyed by volume and sequence number. LevelDB because the project already
// runs it (p2p's index, Raft's log), a batch commits a new record, the drop of old ones and the
// note of chunks still to release atomically, and keys iterate in order per volume; a
// hand-rolled append-only file would need its own checksums, compaction and recovery.
//
// commit(name, dir) in order: (1) note a pending holder, (2) snapshot the tree under it,
// (3) hold the new snapshot's chunks as `shadowfs:<name>`, (4) one batch: the record, the drop
// of records past the retention limit, a PendingRelease naming their manifests, (5) release the
// pending holder, (6) release the volume's reference on chunks no kept snapshot uses, delete
// the PendingRelease. A crash between any two steps leaves either the old sequence or the new
// one; openVolumes finishes steps (5) and (6) left undone, so chunks are never leaked for good.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Level } from 'level';
import { parseDigest } from '../../p2p/index.ts';
import type { Digest } from '../../p2p/index.ts';
import { arrow } from '../proto/shadowfs.pb.js';
import { MAX_MANIFEST_BYTES, chunksOf, decodeManifest, logicalBytes, manifestDigest } from '../manifest/index.ts';
import type { Manifest, ManifestLimits } from '../manifest/index.ts';
import { RollbackFailedError, materialise, snapshotDirectory } from '../snapshot/index.ts';
import type { SnapshotStats } from '../snapshot/index.ts';
import type { ChunkStore } from '../store/index.ts';

/** Snapshots kept per volume at most, whatever a caller asks: bounds the index and the chunks pinned. */
export const MAX_RETAIN = 1000;
const VOLUME_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export interface SnapshotInfo {
  volume: string;
  seq: number;
  manifest: Digest;
  createdAt: Date;
  logicalBytes: number;
  /** Chunk bytes this snapshot added to the store when it was taken. */
  newBytes: number;
  entries: number;
  chunks: number;
}

export interface CommitOptions {
  /** Most bytes of file content the volume may hold (VolumeFullError beyond, nothing stored). */
  sizeLimit: number;
  /** Keep the last `retain` snapshots (1..MAX_RETAIN); older ones are dropped and their chunks released. */
  retain: number;
  signal?: AbortSignal;
}

export interface AdoptResult { snapshot: SnapshotInfo; dropped: number[]; releasedChunks: number; freedBytes: number }
export interface CommitResult extends AdoptResult { stats: SnapshotStats }

export interface AdoptOptions {
  /** Refuse a manifest whose files hold more than this (ManifestError over-size-limit). */
  sizeLimit: number;
  retain: number;
  /** When the snapshot was taken where it was made (default: now). */
  createdMs?: number;
}

export interface Volumes {
  commit(name: string, dir: string, options: CommitOptions): Promise<CommitResult>;
  /**
   * Records a snapshot made elsewhere (a replica receiving its primary's snapshot): its manifest
   * and every chunk must already be in the store (fetched and verified by digest); they become
   * held by the volume. Refused, with nothing changed, if any is missing or the manifest is bad.
   */
  adopt(name: string, manifest: Digest, options: AdoptOptions): Promise<AdoptResult>;
  /** Kept snapshots, oldest first. */
  list(name: string): Promise<SnapshotInfo[]>;
  /** A kept snapshot's manifest, read from the store and decoded strictly. */
  get(name: string, seq: number): Promise<{ info: SnapshotInfo; manifest: Manifest }>;
  /** Writes snapshot `seq` to `dir` (replacing it if present), atomically; see materialise. */
  restore(name: string, seq: number, dir: string, options?: { signal?: AbortSignal }): Promise<void>;
  close(): Promise<void>;
}

/** A volume name the index takes: 1-63 of [a-z0-9._-], starting with a letter or digit. */
export function isVolumeName(name: string): boolean {
  return VOLUME_NAME.test(name);
}

export function volumeHolder(name: string): string {
  return `shadowfs:${checkVolumeName(name)}`;
}

function checkRetain(retain: number): void {
  if (!Number.isSafeInteger(retain) || retain < 1 || retain > MAX_RETAIN) throw new Error(`retain must be 1..${MAX_RETAIN}, got ${retain}`);
}

/** `name` if it is a volume name (isVolumeName), else an Error that names it and the rule. */
export function checkVolumeName(name: string): string {
  if (!isVolumeName(name)) throw new Error(`invalid volume name ${JSON.stringify(name.slice(0, 100))}: 1-63 characters from [a-z0-9._-], starting with a letter or digit`);
  return name;
}

const key = {
  volume: (name: string) => `v:${name}`,
  recordPrefix: (name: string) => `s:${name}:`,
  record: (name: string, seq: number) => `s:${name}:${seq.toString(16).padStart(13, '0')}`,
  release: (name: string, seq: number) => `x:${name}:${seq.toString(16).padStart(13, '0')}`,
  pendingHolder: (holder: string) => `p:${holder}`,
};

class Mutex {
  #tail: Promise<void> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.then(() => undefined, () => undefined);
    return result;
  }
}

function infoOf(name: string, record: arrow.shadowfs.SnapshotRecord): SnapshotInfo {
  return {
    volume: name,
    seq: record.seq,
    manifest: parseDigest(record.manifest),
    createdAt: new Date(record.createdMs),
    logicalBytes: record.logicalBytes,
    newBytes: record.newBytes,
    entries: record.entries,
    chunks: record.chunks,
  };
}

export async function openVolumes(options: { dataDir: string; store: ChunkStore }): Promise<Volumes> {
  const db = new Level<string, Uint8Array>(join(options.dataDir, 'shadowfs.db'), { keyEncoding: 'utf8', valueEncoding: 'view' });
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') throw new Error(`the volume index in ${options.dataDir} is in use by another process`, { cause: error });
    throw error;
  }
  const volumes = new VolumeIndex(db, options.store);
  try {
    await volumes.recover();
  } catch (error) {
    await db.close();
    throw error;
  }
  return volumes;
}

class VolumeIndex implements Volumes {
  readonly #db: Level<string, Uint8Array>;
  readonly #store: ChunkStore;
  readonly #mutex = new Mutex();
  #closed = false;

  constructor(db: Level<string, Uint8Array>, store: ChunkStore) {
    this.#db = db;
    this.#store = store;
  }

  /** Finishes releases a crash interrupted (steps 5 and 6 of commit, or the undoing of a failed commit). */
  async recover(): Promise<void> {
    for await (const [k, value] of this.#db.iterator({ gte: 'p:', lt: 'p;' })) {
      const pending = arrow.shadowfs.PendingRelease.decode(value);
      await this.#abandon(k.slice(2), pending.volume, pending.manifests.map(parseDigest));
      // The crash may have come while the tree was read: only a scan finds what the holder got then.
      await this.#store.forget(k.slice(2));
    }
    for await (const k of this.#db.keys({ gte: 'x:', lt: 'x;' })) {
      const name = k.slice(2, k.lastIndexOf(':'));
      await this.#releaseDropped(name, k);
    }
  }

  /**
   * Undoes what a commit that did not finish holds: the pending holder's references, and the
   * volume's references on chunks of its manifest (if any) that no kept snapshot uses.
   */
  async #abandon(holder: string, name: string, manifests: Digest[]): Promise<void> {
    const digests = new Set<Digest>(manifests);
    for (const digest of manifests) {
      const manifest = await this.#loadManifest(digest).catch(() => undefined);
      if (manifest) for (const chunk of chunksOf(manifest).keys()) digests.add(chunk);
    }
    if (name !== '' && digests.size > 0) {
      const keep = await this.#keptDigests(name);
      await this.#store.release([...digests].filter((d) => !keep.has(d)), volumeHolder(name));
    }
    await this.#store.release(digests, holder);
    await this.#db.del(key.pendingHolder(holder));
  }

  /** Every manifest and chunk digest the kept snapshots of `name` use. */
  async #keptDigests(name: string): Promise<Set<Digest>> {
    const keep = new Set<Digest>();
    for (const record of await this.#records(name)) {
      const digest = parseDigest(record.manifest);
      keep.add(digest);
      for (const chunk of chunksOf(await this.#loadManifest(digest)).keys()) keep.add(chunk);
    }
    return keep;
  }

  commit(name: string, dir: string, options: CommitOptions): Promise<CommitResult> {
    this.#checkOpen();
    checkVolumeName(name);
    checkRetain(options.retain);
    return this.#mutex.run(async () => {
      const records = await this.#records(name);
      const latest = records.at(-1);
      const previous = latest ? { manifest: await this.#loadManifest(parseDigest(latest.manifest)), takenAtMs: latest.createdMs } : undefined;
      const holder = `shadowfs-pending:${randomBytes(8).toString('hex')}`;
      // (1) Until its release, a crash must not leave the holder's references unreleased for ever.
      await this.#db.put(key.pendingHolder(holder), arrow.shadowfs.PendingRelease.encode({}).finish());
      let snapshot;
      try {
        snapshot = await snapshotDirectory(dir, this.#store, { sizeLimit: options.sizeLimit, holder, ...(previous ? { previous } : {}), ...(options.signal ? { signal: options.signal } : {}) });
      } catch (error) {
        // snapshotDirectory released what it held, unless it says otherwise: then the pending
        // record stays, for the next open to release.
        if (!(error instanceof RollbackFailedError)) await this.#db.del(key.pendingHolder(holder));
        throw error;
      }
      const recorded = await this.#record(name, holder, records, previous?.manifest, options.retain, {
        digest: snapshot.digest, manifest: snapshot.manifest, createdMs: snapshot.takenAtMs, newBytes: snapshot.stats.newBytes,
      });
      return { ...recorded, stats: snapshot.stats };
    });
  }

  adopt(name: string, manifest: Digest, options: AdoptOptions): Promise<AdoptResult> {
    this.#checkOpen();
    checkVolumeName(name);
    checkRetain(options.retain);
    parseDigest(manifest);
    return this.#mutex.run(async () => {
      const records = await this.#records(name);
      const latest = records.at(-1);
      const previous = latest ? await this.#loadManifest(parseDigest(latest.manifest)) : undefined;
      const holder = `shadowfs-pending:${randomBytes(8).toString('hex')}`;
      await this.#db.put(key.pendingHolder(holder), arrow.shadowfs.PendingRelease.encode({}).finish());
      const held: Digest[] = [];
      let decoded: Manifest;
      try {
        // Hold the manifest before reading it, so a concurrent release cannot take it meanwhile.
        if (!(await this.#store.hold(manifest, holder))) throw new Error(`cannot adopt ${manifest} into volume ${name}: the manifest is not in the store`);
        held.push(manifest);
        decoded = await this.#loadManifest(manifest, { maxBytes: options.sizeLimit });
        const missing: Digest[] = [];
        for (const digest of chunksOf(decoded).keys()) {
          if (await this.#store.hold(digest, holder)) held.push(digest);
          else missing.push(digest);
        }
        if (missing.length > 0) {
          throw new Error(`cannot adopt ${manifest} into volume ${name}: ${missing.length} of its chunks are not in the store (first: ${missing[0]})`);
        }
      } catch (error) {
        await this.#store.release(held, holder);
        await this.#db.del(key.pendingHolder(holder));
        throw error;
      }
      return this.#record(name, holder, records, previous, options.retain, {
        digest: manifest, manifest: decoded, createdMs: options.createdMs ?? Date.now(), newBytes: 0,
      });
    });
  }

  /**
   * Steps (3) to (6) of a commit, for a snapshot whose manifest and chunks `holder` holds
   * (and whose pending-holder record exists): the volume's references, the record, retention.
   */
  async #record(
    name: string, holder: string, records: arrow.shadowfs.SnapshotRecord[], previous: Manifest | undefined, retain: number,
    snapshot: { digest: Digest; manifest: Manifest; createdMs: number; newBytes: number },
  ): Promise<AdoptResult> {
    await this.#db.put(key.pendingHolder(holder), arrow.shadowfs.PendingRelease.encode({ manifests: [snapshot.digest], volume: name }).finish());
    const chunks = chunksOf(snapshot.manifest);
    const volume = await this.#db.get(key.volume(name));
    const seq = volume ? arrow.shadowfs.VolumeRecord.decode(volume).nextSeq : 1;
    const record = {
      seq, manifest: snapshot.digest, createdMs: snapshot.createdMs, logicalBytes: logicalBytes(snapshot.manifest),
      newBytes: snapshot.newBytes, entries: snapshot.manifest.entries.length, chunks: chunks.size,
    };
    const kept = [...records, arrow.shadowfs.SnapshotRecord.fromObject(record)];
    const dropped = kept.splice(0, Math.max(0, kept.length - retain));
    try {
      // (3) The volume's own reference, on what the latest kept snapshot does not hold already.
      const volumeRef = volumeHolder(name);
      const alreadyHeld = previous ? chunksOf(previous) : new Map<Digest, number>();
      for (const digest of [...chunks.keys(), snapshot.digest]) {
        if (alreadyHeld.has(digest)) continue;
        if (!(await this.#store.hold(digest, volumeRef))) throw new Error(`chunk ${digest} vanished from the store while committing ${name}`);
      }
      // (4) One batch: the new record, the records past retention, and the note to release them.
      const batch = this.#db.batch()
        .put(key.record(name, seq), arrow.shadowfs.SnapshotRecord.encode(record).finish())
        .put(key.volume(name), arrow.shadowfs.VolumeRecord.encode({ nextSeq: seq + 1 }).finish());
      for (const old of dropped) batch.del(key.record(name, old.seq));
      if (dropped.length > 0) {
        batch.put(key.release(name, seq), arrow.shadowfs.PendingRelease.encode({ manifests: dropped.map((r) => r.manifest) }).finish());
      }
      await batch.write();
    } catch (error) {
      await this.#abandon(holder, name, [snapshot.digest]);
      throw error;
    }
    // (5) The pending holder's references go; the volume's remain.
    await this.#store.release([...chunks.keys(), snapshot.digest], holder);
    await this.#db.del(key.pendingHolder(holder));
    // (6)
    const freed = dropped.length > 0 ? await this.#releaseDropped(name, key.release(name, seq)) : { removed: 0, freedBytes: 0 };
    return {
      snapshot: infoOf(name, arrow.shadowfs.SnapshotRecord.fromObject(record)),
      dropped: dropped.map((r) => r.seq),
      releasedChunks: freed.removed,
      freedBytes: freed.freedBytes,
    };
  }

  /** Releases the volume's reference on chunks of dropped manifests that no kept snapshot uses. */
  async #releaseDropped(name: string, releaseKey: string): Promise<{ removed: number; freedBytes: number }> {
    const value = await this.#db.get(releaseKey);
    if (!value) return { removed: 0, freedBytes: 0 };
    const dropped = arrow.shadowfs.PendingRelease.decode(value).manifests.map(parseDigest);
    const keep = await this.#keptDigests(name);
    const release = new Set<Digest>();
    for (const digest of dropped) {
      if (!keep.has(digest)) release.add(digest);
      // A manifest already gone (released before a crash) has nothing left to release.
      const manifest = await this.#loadManifest(digest).catch(() => undefined);
      if (manifest) for (const chunk of chunksOf(manifest).keys()) if (!keep.has(chunk)) release.add(chunk);
    }
    // Chunks first, manifest last: while the manifest exists, a retry can still find its chunks.
    const manifests = [...release].filter((d) => dropped.includes(d));
    const chunks = [...release].filter((d) => !dropped.includes(d));
    const a = await this.#store.release(chunks, volumeHolder(name));
    const b = await this.#store.release(manifests, volumeHolder(name));
    await this.#db.del(releaseKey);
    return { removed: a.removed + b.removed, freedBytes: a.freedBytes + b.freedBytes };
  }

  async #records(name: string): Promise<arrow.shadowfs.SnapshotRecord[]> {
    const prefix = key.recordPrefix(name);
    const out: arrow.shadowfs.SnapshotRecord[] = [];
    for await (const value of this.#db.values({ gte: prefix, lt: `${prefix}\uffff` })) out.push(arrow.shadowfs.SnapshotRecord.decode(value));
    return out;
  }

  async #loadManifest(digest: Digest, limits: ManifestLimits = {}): Promise<Manifest> {
    const bytes = await this.#store.get(digest, MAX_MANIFEST_BYTES);
    if (bytes === undefined) throw new Error(`manifest ${digest} is not in the store`);
    if (manifestDigest(bytes) !== digest) throw new Error(`manifest ${digest} is corrupt in the store: its bytes hash to ${manifestDigest(bytes)}`);
    return decodeManifest(bytes, limits);
  }

  async list(name: string): Promise<SnapshotInfo[]> {
    this.#checkOpen();
    checkVolumeName(name);
    return (await this.#records(name)).map((record) => infoOf(name, record));
  }

  async get(name: string, seq: number): Promise<{ info: SnapshotInfo; manifest: Manifest }> {
    this.#checkOpen();
    checkVolumeName(name);
    if (!Number.isSafeInteger(seq) || seq < 1) throw new Error(`invalid snapshot number ${seq}`);
    const value = await this.#db.get(key.record(name, seq));
    if (!value) {
      const kept = (await this.#records(name)).map((r) => r.seq);
      throw new Error(`volume ${name} has no snapshot ${seq} (kept: ${kept.length > 0 ? kept.join(', ') : 'none'})`);
    }
    const record = arrow.shadowfs.SnapshotRecord.decode(value);
    return { info: infoOf(name, record), manifest: await this.#loadManifest(parseDigest(record.manifest)) };
  }

  async restore(name: string, seq: number, dir: string, options: { signal?: AbortSignal } = {}): Promise<void> {
    const { manifest } = await this.get(name, seq);
    await materialise(manifest, this.#store, dir, { replace: true, ...(options.signal ? { signal: options.signal } : {}) });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#mutex.run(() => this.#db.close());
  }

  #checkOpen(): void {
    if (this.#closed) throw new Error('the volume index is closed');
  }
}
