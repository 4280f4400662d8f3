// Durable Raft state in LevelDB: log entries, hard state, latest snapshot, latest conf state.
// Each Ready is written as ONE LevelDB batch (synced when Raft says mustSync), so a crash leaves
// either all of a Ready or none of it. load() rebuilds what MemoryStorage needs after a restart
// and repairs what a crash may have left: a record that fails to decode, a gap, or entries the
// snapshot already covers.
//
// The log is stored in runs (format 2): the entries of one save() go into one record (or a few,
// at most maxRunBytes each) keyed by the first one's index, instead of one record per entry. Per
// record, LevelDB and its binding pay a fixed price (an operation built and copied in JS, a
// memtable insertion, a key comparison per skiplist level, a compaction entry), which with one
// record per entry was most of the cost of a batch of small commands.
//
// A run does not end where its record says: a later run overrides every entry from its own first
// index on. So when a follower's log is overwritten from index i, the runs starting at or after i
// are deleted and the new entries are put at i, all in one batch, while the run that straddles i
// keeps its stale tail on disk, shadowed by the run at i. Runs are only ever deleted as a prefix
// (compaction) or a suffix (overwrite) of the key order, so a run is never kept without the later
// runs that shadow parts of it.
import { Level } from 'level';
import { arrow } from '../proto/raft.pb.js';
import { EntryRunDecodeError, decodeEntryRun, encodeEntryRun, entrySize } from './entry-run.ts';
import type { EntryInput, StoredEntry } from './entry-run.ts';
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

export type Entry = StoredEntry;
export type HardState = arrow.raft.HardState;
export type Snapshot = arrow.raft.Snapshot;
export type ConfState = arrow.raft.ConfState;

export interface StorageLimits {
  /** Largest encoded entry accepted on write. */
  maxEntryBytes: number;
  /** A run is closed before it grows past this (a larger single entry gets a run of its own). */
  maxRunBytes: number;
  maxSnapshotBytes: number;
}

export const defaultStorageLimits: StorageLimits = {
  maxEntryBytes: 8 * 1024 * 1024,
  maxRunBytes: 1024 * 1024,
  maxSnapshotBytes: 512 * 1024 * 1024,
};

export interface PersistedState {
  hardState: HardState;
  snapshot: Snapshot | null;
  /** Contiguous entries following the snapshot (or index 1). */
  entries: Entry[];
  confState: ConfState | null;
  /** Repairs made while loading (torn tail, gaps, clamped commit) or migrating. */
  warnings: string[];
}

/** What a Ready asks to persist. */
export interface ReadyRecords {
  hardState?: arrow.raft.HardState.$Properties | null;
  entries: EntryInput[];
  snapshot?: arrow.raft.Snapshot.$Properties | null;
  confState?: arrow.raft.ConfState.$Properties | null;
}

type Db = Level<Uint8Array, Uint8Array>;
type BatchOp = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array };

/** Envelope of one entry inside a run: its tag byte and length varint, at most. */
const runEntryOverhead = 11;

export class LevelRaftStorage {
  readonly #db: Db;
  readonly #limits: StorageLimits;
  /** Index of the snapshot (0 if none): entries at or below it are dead. */
  #snapshotIndex = 0;
  /** Last entry index stored (snapshot index if the log is empty). */
  #lastIndex = 0;
  /**
   * First indexes of the run records on disk, ascending, including the batches already handed to
   * LevelDB (updated when a batch is built, so deletions computed later see it). After a failed
   * write the storage is not to be used again.
   */
  #runStarts: number[] = [];
  #loaded = false;
  /** Said by load(): what migrating an older format repaired. */
  #migrationWarnings: string[] = [];

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
    else if (format[0] === 1) await storage.#migrateFromFormat1();
    else if (format[0] !== formatVersion) {
      await db.close();
      throw new Error(`raft storage at ${dir} has format ${format[0]}, expected ${formatVersion}`);
    }
    return storage;
  }

  /**
   * Format 1 kept one entry per record under its own index. Its entries are rewritten as runs in
   * one synced batch that also records the new format, so a crash leaves one format or the other.
   * The log stops at the first record that does not decode or does not follow (as load() in
   * format 1 would have cut it); the records after it are deleted.
   */
  async #migrateFromFormat1(): Promise<void> {
    const ops: BatchOp[] = [];
    const entries: StoredEntry[] = [];
    let cut: string | null = null;
    for await (const [key, value] of this.#db.iterator({ gt: entryKey(0), lt: entryKeysEnd })) {
      ops.push({ type: 'del', key });
      if (cut !== null) continue;
      const index = indexOfEntryKey(key);
      const previous = entries.at(-1);
      let entry: arrow.raft.Entry;
      try {
        entry = arrow.raft.Entry.decode(value);
      } catch (err) {
        cut = `format 1 log cut at index ${index}: record does not decode (${(err as Error).message})`;
        continue;
      }
      if (entry.index !== index || (previous && (index !== previous.index + 1 || entry.term < previous.term))) {
        cut = `format 1 log cut at index ${index}: record does not follow the log`;
        continue;
      }
      entries.push({ term: entry.term, index: entry.index, type: entry.type, data: entry.data });
    }
    if (cut !== null) this.#migrationWarnings.push(cut);
    const runStarts: number[] = [];
    this.#putRuns(entries, ops, runStarts);
    ops.push({ type: 'put', key: formatKey, value: Uint8Array.of(formatVersion) });
    await this.#db.batch(ops, { sync: true });
  }

  get lastIndex(): number {
    return this.#lastIndex;
  }

  get snapshotIndex(): number {
    return this.#snapshotIndex;
  }

  /** Reads everything back, repairing a damaged tail. Must be called once before save(). */
  async load(): Promise<PersistedState> {
    const warnings: string[] = [...this.#migrationWarnings];
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

    // The run holding the entry after the snapshot is the last one starting at or before it:
    // those before it are dead, whatever they hold (it shadows all of them from its start on).
    const starts: number[] = [];
    for await (const key of db.keys({ gt: entryKey(0), lt: entryKeysEnd })) starts.push(indexOfEntryKey(key));
    let firstRead = 0;
    while (firstRead + 1 < starts.length && starts[firstRead + 1]! <= snapshotIndex + 1) firstRead++;
    // Entries after the snapshot, contiguous from snapshotIndex + 1.
    const entries: Entry[] = [];
    const runStarts = starts.slice(0, firstRead);
    /** Last index covered by the runs read so far. */
    let logEnd: number | null = null;
    let truncateFrom: number | null = null;
    const readFrom = starts[firstRead];
    if (readFrom !== undefined) {
      for await (const [key, value] of db.iterator({ gte: entryKey(readFrom), lt: entryKeysEnd })) {
        const start = indexOfEntryKey(key);
        // A run overrides the entries of earlier runs from its first index on.
        if (start <= snapshotIndex + entries.length) entries.length = Math.max(0, start - snapshotIndex - 1);
        const previousTerm = start - 1 > snapshotIndex ? (entries[start - snapshotIndex - 2]?.term ?? 0) : snapshotTerm;
        const run = this.#checkRun(start, logEnd, snapshotIndex, snapshotTerm, previousTerm, value);
        if (typeof run === 'string') {
          warnings.push(`log truncated at index ${start}: ${run}`);
          truncateFrom = start;
          break;
        }
        runStarts.push(start);
        for (const e of run) if (e.index > snapshotIndex) entries.push(e);
        logEnd = run.at(-1)!.index;
      }
    }
    if (truncateFrom !== null) {
      // The last run kept may go on past the cut: its tail was shadowed by the damaged run and
      // would be read again once that run is gone. It is rewritten with only what the log keeps
      // (synced) before the damaged runs are deleted, so a crash in between repeats this repair.
      const last = runStarts.at(-1);
      if (last !== undefined) {
        const ops: BatchOp[] = [{ type: 'del', key: entryKey(last) }];
        const rewritten: number[] = [];
        this.#putRuns(entries.filter((e) => e.index >= last), ops, rewritten);
        await db.batch(ops, { sync: true });
        runStarts.splice(runStarts.length - 1, 1, ...rewritten);
      }
      await db.clear({ gte: entryKey(truncateFrom), lt: entryKeysEnd });
    }
    // Runs the snapshot covers entirely are garbage (a crash between snapshot and compaction).
    const firstLive = this.#firstLiveRun(runStarts, snapshotIndex + entries.length, snapshotIndex);
    if (firstLive > 0) {
      await db.batch(runStarts.slice(0, firstLive).map((start) => ({ type: 'del' as const, key: entryKey(start) })));
      runStarts.splice(0, firstLive);
    }

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
    this.#runStarts = runStarts;
    this.#loaded = true;
    return { hardState, snapshot, entries, confState, warnings };
  }

  /**
   * The run record at `start`, checked: it decodes, its entries are consecutive from `start` with
   * terms that never fall, and it continues the log read so far (`logEnd`, null before the first
   * run, which must reach the entry after the snapshot). A string says what is wrong.
   */
  #checkRun(start: number, logEnd: number | null, snapshotIndex: number, snapshotTerm: number, previousTerm: number, value: Uint8Array): StoredEntry[] | string {
    const expectedAtMost = logEnd === null ? snapshotIndex + 1 : logEnd + 1;
    if (start > expectedAtMost) return `gap: expected index ${expectedAtMost}`;
    if (value.length > Math.max(this.#limits.maxRunBytes, this.#limits.maxEntryBytes + runEntryOverhead)) {
      return `record of ${value.length} bytes exceeds the limit`;
    }
    let run: StoredEntry[];
    try {
      run = decodeEntryRun(value);
    } catch (err) {
      if (!(err instanceof EntryRunDecodeError)) throw err;
      return `record does not decode (${err.message})`;
    }
    if (run.length === 0) return 'empty record';
    let term = previousTerm;
    for (let i = 0; i < run.length; i++) {
      const e = run[i]!;
      if (e.index !== start + i) return `record holds index ${e.index} at position ${i}`;
      // Entries up to the snapshot are being skipped; the one after it follows the snapshot's term.
      if (e.index <= snapshotIndex) {
        term = snapshotTerm;
        continue;
      }
      if (e.term < term) return `term ${e.term} at index ${e.index} below previous term ${term}`;
      term = e.term;
    }
    return run;
  }

  /**
   * Position in `runStarts` of the first run holding an entry after `upTo` (runs.length if none):
   * a run ends where the next one starts, the last one at `lastIndex`.
   */
  #firstLiveRun(runStarts: readonly number[], lastIndex: number, upTo: number): number {
    let i = 0;
    while (i < runStarts.length && (i + 1 < runStarts.length ? runStarts[i + 1]! - 1 : lastIndex) <= upTo) i++;
    return i;
  }

  /** Appends puts of `entries` as runs (each at most maxRunBytes) to `ops`, and their starts to `runStarts`. */
  #putRuns(entries: readonly EntryInput[], ops: BatchOp[], runStarts: number[]): void {
    let from = 0;
    let runBytes = 0;
    const sizes: number[] = [];
    const close = (to: number) => {
      if (to === from) return;
      const first = entries[from]!.index ?? 0;
      ops.push({ type: 'put', key: entryKey(first), value: encodeEntryRun(entries.slice(from, to), sizes.slice(from, to)) });
      runStarts.push(first);
      from = to;
      runBytes = 0;
    };
    for (let i = 0; i < entries.length; i++) {
      const size = entrySize(entries[i]!);
      if (size > this.#limits.maxEntryBytes) throw new RangeError(`entry ${entries[i]!.index} of ${size} bytes exceeds the limit`);
      if (runBytes > 0 && runBytes + size + runEntryOverhead > this.#limits.maxRunBytes) close(i);
      sizes.push(size);
      runBytes += size + runEntryOverhead;
    }
    close(entries.length);
  }

  /**
   * Persists one Ready atomically. New entries overwrite any stored entries from their first
   * index on (the runs from there are deleted and the straddling one shadowed, in the same
   * batch); a snapshot replaces the whole log.
   */
  async save(records: ReadyRecords, sync: boolean): Promise<void> {
    if (!this.#loaded) throw new Error('load() must run before save()');
    const ops: BatchOp[] = [];
    let lastIndex = this.#lastIndex;
    let snapshotIndex = this.#snapshotIndex;
    let runStarts = this.#runStarts;

    if (records.snapshot?.metadata) {
      const encoded = arrow.raft.Snapshot.encode(records.snapshot).finish();
      if (encoded.length > this.#limits.maxSnapshotBytes) throw new RangeError(`snapshot of ${encoded.length} bytes exceeds the limit`);
      const index = records.snapshot.metadata.index ?? 0;
      ops.push({ type: 'put', key: snapshotKey, value: encoded });
      if (records.snapshot.metadata.confState) {
        ops.push({ type: 'put', key: confStateKey, value: arrow.raft.ConfState.encode(records.snapshot.metadata.confState).finish() });
      }
      // The log after a received snapshot starts empty: entries past it may conflict with it, and
      // those below it are dead.
      for (const start of runStarts) ops.push({ type: 'del', key: entryKey(start) });
      runStarts = [];
      snapshotIndex = index;
      lastIndex = index;
    }

    if (records.entries.length > 0) {
      const first = records.entries[0]!.index ?? 0;
      if (first <= snapshotIndex || first > lastIndex + 1) {
        throw new RangeError(`entries starting at ${first} do not follow the log (snapshot ${snapshotIndex}, last ${lastIndex})`);
      }
      for (let i = 0; i < records.entries.length; i++) {
        const index = records.entries[i]!.index ?? 0;
        if (index !== first + i) throw new RangeError(`entries not contiguous at ${index}`);
      }
      let keep = runStarts.length;
      while (keep > 0 && runStarts[keep - 1]! >= first) keep--;
      if (keep < runStarts.length) {
        for (let i = keep; i < runStarts.length; i++) ops.push({ type: 'del', key: entryKey(runStarts[i]!) });
        runStarts = runStarts.slice(0, keep);
      } else if (runStarts === this.#runStarts) runStarts = runStarts.slice();
      this.#putRuns(records.entries, ops, runStarts);
      lastIndex = first + records.entries.length - 1;
    }

    if (records.hardState) ops.push({ type: 'put', key: hardStateKey, value: arrow.raft.HardState.encode(records.hardState).finish() });
    if (records.confState) ops.push({ type: 'put', key: confStateKey, value: arrow.raft.ConfState.encode(records.confState).finish() });
    if (ops.length === 0) return;

    this.#runStarts = runStarts;
    await this.#db.batch(ops, { sync });
    this.#lastIndex = lastIndex;
    this.#snapshotIndex = snapshotIndex;
  }

  /**
   * Stores a snapshot taken locally (the state machine at `snapshot.metadata.index`) and deletes
   * entries up to `compactTo` (≤ the snapshot index; keeping a few lets slow followers catch up
   * from the log instead of a snapshot). Entries after the snapshot stay. A run that straddles
   * `compactTo` stays whole.
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
    // load() skips entries up to the snapshot index, so runs between compactTo and the snapshot
    // are only useful while this process runs; on disk they are kept until then. The deletion
    // needs no atomicity (load() ignores what the snapshot covers) and no sync. It can run while
    // a save() is in flight: that one writes and deletes only runs past the commit index, and
    // compactTo is at most the applied index.
    this.#snapshotIndex = index;
    const dead = this.#firstLiveRun(this.#runStarts, this.#lastIndex, compactTo);
    if (dead === 0) return;
    const ops = this.#runStarts.slice(0, dead).map((start) => ({ type: 'del' as const, key: entryKey(start) }));
    this.#runStarts = this.#runStarts.slice(dead);
    await this.#db.batch(ops);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}
