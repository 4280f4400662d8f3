// Durable Raft state in LevelDB: log entries, hard state, latest snapshot, latest conf state.
// Each Ready is written as ONE LevelDB batch (synced when Raft says mustSync), so a crash leaves
// either all of a Ready or none of it. load() rebuilds what MemoryStorage needs after a restart
// and repairs what a crash may have left: a tail of entries that fail to decode, a gap, or
// entries the snapshot already covers.
import { Level } from 'level';
import { arrow } from '../proto/raft.pb.js';
import {
  confStateKey,
  entryKey,
  entryKeysEnd,
  formatKey,
  formatVersion,
  hardStateKey,
  indexOfEntryKey,
  snapshotKey,
} from './keys.ts';

export type Entry = arrow.raft.Entry;
export type HardState = arrow.raft.HardState;
export type Snapshot = arrow.raft.Snapshot;
export type ConfState = arrow.raft.ConfState;

export interface StorageLimits {
  /** Largest encoded entry accepted on write; larger records read back count as corrupt. */
  maxEntryBytes: number;
  maxSnapshotBytes: number;
}

export const defaultStorageLimits: StorageLimits = {
  maxEntryBytes: 8 * 1024 * 1024,
  maxSnapshotBytes: 512 * 1024 * 1024,
};

export interface PersistedState {
  hardState: HardState;
  snapshot: Snapshot | null;
  /** Contiguous entries following the snapshot (or index 1). */
  entries: Entry[];
  confState: ConfState | null;
  /** Repairs made while loading (torn tail, gaps, clamped commit). */
  warnings: string[];
}

/** What a Ready asks to persist. */
export interface ReadyRecords {
  hardState?: arrow.raft.HardState.$Properties | null;
  entries: arrow.raft.Entry.$Properties[];
  snapshot?: arrow.raft.Snapshot.$Properties | null;
  confState?: arrow.raft.ConfState.$Properties | null;
}

type Db = Level<Uint8Array, Uint8Array>;
type BatchOp = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array };

export class LevelRaftStorage {
  readonly #db: Db;
  readonly #limits: StorageLimits;
  /** Index of the snapshot (0 if none): entries at or below it are dead. */
  #snapshotIndex = 0;
  /** Last entry index stored (snapshot index if the log is empty). */
  #lastIndex = 0;
  #loaded = false;

  private constructor(db: Db, limits: StorageLimits) {
    this.#db = db;
    this.#limits = limits;
  }

  static async open(dir: string, limits: Partial<StorageLimits> = {}): Promise<LevelRaftStorage> {
    const db: Db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
    await db.open();
    const storage = new LevelRaftStorage(db, { ...defaultStorageLimits, ...limits });
    const format = await db.get(formatKey);
    if (format === undefined) await db.put(formatKey, Uint8Array.of(formatVersion), { sync: true });
    else if (format[0] !== formatVersion) {
      await db.close();
      throw new Error(`raft storage at ${dir} has format ${format[0]}, expected ${formatVersion}`);
    }
    return storage;
  }

  get lastIndex(): number {
    return this.#lastIndex;
  }

  get snapshotIndex(): number {
    return this.#snapshotIndex;
  }

  /** Reads everything back, repairing a damaged tail. Must be called once before save(). */
  async load(): Promise<PersistedState> {
    const warnings: string[] = [];
    const db = this.#db;

    let snapshot: Snapshot | null = null;
    const snapBytes = await db.get(snapshotKey);
    if (snapBytes !== undefined) {
      // A snapshot is written in a synced batch and is the base of everything else: if it does
      // not decode the data dir is not something we can repair safely.
      if (snapBytes.length > this.#limits.maxSnapshotBytes) throw new Error(`snapshot record of ${snapBytes.length} bytes exceeds the limit`);
      snapshot = arrow.raft.Snapshot.decode(snapBytes);
    }
    const snapshotIndex = snapshot?.metadata?.index ?? 0;
    const snapshotTerm = snapshot?.metadata?.term ?? 0;

    const hsBytes = await db.get(hardStateKey);
    const hardState = hsBytes === undefined ? arrow.raft.HardState.create() : arrow.raft.HardState.decode(hsBytes);
    const csBytes = await db.get(confStateKey);
    const confState = csBytes === undefined ? null : arrow.raft.ConfState.decode(csBytes);

    const entries: Entry[] = [];
    let expected = snapshotIndex + 1;
    let previousTerm = snapshotTerm;
    let truncateFrom: number | null = null;
    for await (const [key, value] of db.iterator({ gt: entryKey(snapshotIndex), lt: entryKeysEnd })) {
      const index = indexOfEntryKey(key);
      const problem = this.#checkEntryRecord(index, expected, previousTerm, value);
      if (typeof problem === 'string') {
        warnings.push(`log truncated at index ${index}: ${problem}`);
        truncateFrom = index;
        break;
      }
      entries.push(problem);
      previousTerm = problem.term;
      expected++;
    }
    if (truncateFrom !== null) await db.clear({ gte: entryKey(truncateFrom), lt: entryKeysEnd });
    // Entries the snapshot covers are garbage (a crash between snapshot and compaction).
    await db.clear({ gt: entryKey(0), lte: entryKey(snapshotIndex) });

    const lastIndex = snapshotIndex + entries.length;
    if (hardState.commit > lastIndex) {
      // Only reachable if synced data was lost; keep going with what is there so the leader can
      // re-replicate, but say so loudly.
      warnings.push(`hard state commit ${hardState.commit} beyond last index ${lastIndex}; clamped`);
      hardState.commit = lastIndex;
    }
    if (hardState.commit < snapshotIndex) hardState.commit = snapshotIndex;

    this.#snapshotIndex = snapshotIndex;
    this.#lastIndex = lastIndex;
    this.#loaded = true;
    return { hardState, snapshot, entries, confState, warnings };
  }

  #checkEntryRecord(index: number, expected: number, previousTerm: number, value: Uint8Array): Entry | string {
    if (index !== expected) return `gap: expected index ${expected}`;
    if (value.length > this.#limits.maxEntryBytes) return `record of ${value.length} bytes exceeds the limit`;
    let entry: Entry;
    try {
      entry = arrow.raft.Entry.decode(value);
    } catch (err) {
      return `record does not decode (${(err as Error).message})`;
    }
    if (entry.index !== index) return `record holds index ${entry.index}`;
    if (entry.term < previousTerm) return `term ${entry.term} below previous term ${previousTerm}`;
    return entry;
  }

  /**
   * Persists one Ready atomically. New entries overwrite any stored entries from their first
   * index on (a conflicting tail from an old leader is deleted in the same batch); a snapshot
   * replaces the whole log.
   */
  async save(records: ReadyRecords, sync: boolean): Promise<void> {
    if (!this.#loaded) throw new Error('load() must run before save()');
    const ops: BatchOp[] = [];
    let lastIndex = this.#lastIndex;
    let snapshotIndex = this.#snapshotIndex;
    let compactUpTo = 0;

    if (records.snapshot?.metadata) {
      const encoded = arrow.raft.Snapshot.encode(records.snapshot).finish();
      if (encoded.length > this.#limits.maxSnapshotBytes) throw new RangeError(`snapshot of ${encoded.length} bytes exceeds the limit`);
      const index = records.snapshot.metadata.index ?? 0;
      ops.push({ type: 'put', key: snapshotKey, value: encoded });
      if (records.snapshot.metadata.confState) {
        ops.push({ type: 'put', key: confStateKey, value: arrow.raft.ConfState.encode(records.snapshot.metadata.confState).finish() });
      }
      // The log after a received snapshot starts empty: entries past it may conflict with it.
      for (let i = index + 1; i <= lastIndex; i++) ops.push({ type: 'del', key: entryKey(i) });
      compactUpTo = Math.max(lastIndex, index);
      snapshotIndex = index;
      lastIndex = index;
    }

    if (records.entries.length > 0) {
      const first = records.entries[0]!.index ?? 0;
      if (first <= snapshotIndex || first > lastIndex + 1) {
        throw new RangeError(`entries starting at ${first} do not follow the log (snapshot ${snapshotIndex}, last ${lastIndex})`);
      }
      let expected = first;
      for (const entry of records.entries) {
        if ((entry.index ?? 0) !== expected) throw new RangeError(`entries not contiguous at ${entry.index}`);
        const encoded = arrow.raft.Entry.encode(entry).finish();
        if (encoded.length > this.#limits.maxEntryBytes) throw new RangeError(`entry ${entry.index} of ${encoded.length} bytes exceeds the limit`);
        ops.push({ type: 'put', key: entryKey(expected), value: encoded });
        expected++;
      }
      const newLast = expected - 1;
      for (let i = newLast + 1; i <= lastIndex; i++) ops.push({ type: 'del', key: entryKey(i) });
      lastIndex = newLast;
    }

    if (records.hardState) ops.push({ type: 'put', key: hardStateKey, value: arrow.raft.HardState.encode(records.hardState).finish() });
    if (records.confState) ops.push({ type: 'put', key: confStateKey, value: arrow.raft.ConfState.encode(records.confState).finish() });
    if (ops.length === 0) return;

    await this.#db.batch(ops, { sync });
    this.#lastIndex = lastIndex;
    this.#snapshotIndex = snapshotIndex;
    // Dead entries under the snapshot: deleting them needs no atomicity, load() ignores them.
    if (compactUpTo > 0) await this.#db.clear({ gt: entryKey(0), lte: entryKey(Math.min(compactUpTo, snapshotIndex)) });
  }

  /**
   * Stores a snapshot taken locally (the state machine at `snapshot.metadata.index`) and deletes
   * entries up to `compactTo` (≤ the snapshot index; keeping a few lets slow followers catch up
   * from the log instead of a snapshot). Entries after the snapshot stay.
   */
  async saveLocalSnapshot(snapshot: arrow.raft.Snapshot.$Properties, compactTo: number): Promise<void> {
    if (!this.#loaded) throw new Error('load() must run before saveLocalSnapshot()');
    const index = snapshot.metadata?.index ?? 0;
    if (index <= this.#snapshotIndex) return;
    if (index > this.#lastIndex) throw new RangeError(`local snapshot at ${index} beyond last index ${this.#lastIndex}`);
    if (compactTo > index) throw new RangeError(`compaction to ${compactTo} past snapshot ${index}`);
    const encoded = arrow.raft.Snapshot.encode(snapshot).finish();
    if (encoded.length > this.#limits.maxSnapshotBytes) throw new RangeError(`snapshot of ${encoded.length} bytes exceeds the limit`);
    await this.#db.batch([{ type: 'put', key: snapshotKey, value: encoded }], { sync: true });
    // load() starts reading entries after the snapshot index, so entries between compactTo and
    // the snapshot are only useful while this process runs; on disk they are kept until then.
    this.#snapshotIndex = index;
    if (compactTo > 0) await this.#db.clear({ gt: entryKey(0), lte: entryKey(compactTo) });
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}
