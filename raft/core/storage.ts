// The log view the core reads. The driver appends what it has persisted, so this is always a copy
// of stable storage (never ahead of it). Entries sit in an array whose slot 0 is a placeholder for
// the snapshot's (index, term): lookups are O(1) and appends do not copy the log.
import type { ConfState, Entry, HardState, Snapshot } from './types.ts';
import { EntryType, emptyBytes, emptyHardState, entrySize } from './types.ts';

/** The requested index precedes the first available one (compacted into a snapshot). */
export class CompactedError extends Error {
  constructor(index: number) {
    super(`log index ${index} is compacted`);
    this.name = 'CompactedError';
  }
}

/** The requested index is past the last entry. */
export class UnavailableError extends Error {
  constructor(index: number) {
    super(`log index ${index} is unavailable`);
    this.name = 'UnavailableError';
  }
}

/** A snapshot older than the one already held was offered. */
export class SnapshotOutOfDateError extends Error {
  constructor(index: number, current: number) {
    super(`snapshot at ${index} is older than the current one at ${current}`);
    this.name = 'SnapshotOutOfDateError';
  }
}

export class MemoryStorage {
  private hardState: HardState = emptyHardState();
  private snap: Snapshot = {
    metadata: { index: 0, term: 0, confState: { voters: [], learners: [] } },
    data: emptyBytes,
  };
  /** ents[0] is a dummy entry at the snapshot's index and term */
  private ents: Entry[] = [{ index: 0, term: 0, type: EntryType.NORMAL, data: emptyBytes }];

  /**
   * Initial state of a brand-new cluster member listed in `voters`: a snapshot at index 1, term 1
   * holding the configuration (its data is empty: the state machine's initial state). Every
   * founding member must be bootstrapped with the same voters; the driver persists the returned
   * snapshot and hard state. Members added later start with empty storage instead and receive
   * the configuration from the leader as a snapshot.
   */
  static bootstrap(voters: string[]): { storage: MemoryStorage; snapshot: Snapshot; hardState: HardState } {
    const storage = new MemoryStorage();
    const snapshot: Snapshot = {
      metadata: { index: 1, term: 1, confState: { voters: [...voters], learners: [] } },
      data: emptyBytes,
    };
    const hardState: HardState = { term: 1, vote: '', commit: 1 };
    storage.applySnapshot(snapshot);
    storage.setHardState(hardState);
    return { storage, snapshot, hardState };
  }

  initialState(): { hardState: HardState; confState: ConfState } {
    const cs = this.snap.metadata.confState;
    return { hardState: { ...this.hardState }, confState: { voters: [...cs.voters], learners: [...cs.learners] } };
  }

  setHardState(hs: HardState): void {
    this.hardState = { ...hs };
  }

  private get offset(): number {
    return this.ents[0]!.index;
  }

  firstIndex(): number {
    return this.offset + 1;
  }

  lastIndex(): number {
    return this.offset + this.ents.length - 1;
  }

  term(i: number): number {
    const offset = this.offset;
    if (i < offset) throw new CompactedError(i);
    if (i - offset >= this.ents.length) throw new UnavailableError(i);
    return this.ents[i - offset]!.term;
  }

  /** Entries in [lo, hi), at most maxBytes in total but always at least one. */
  entries(lo: number, hi: number, maxBytes = Infinity): Entry[] {
    const offset = this.offset;
    if (lo <= offset) throw new CompactedError(lo);
    if (hi > this.lastIndex() + 1) throw new UnavailableError(hi - 1);
    return limitSize(this.ents, lo - offset, hi - offset, maxBytes);
  }

  snapshot(): Snapshot {
    return this.snap;
  }

  /** Replaces the whole log with the snapshot (the driver calls this after persisting it). */
  applySnapshot(snap: Snapshot): void {
    const index = snap.metadata.index;
    if (index < this.snap.metadata.index) throw new SnapshotOutOfDateError(index, this.snap.metadata.index);
    this.snap = snap;
    this.ents = [{ index, term: snap.metadata.term, type: EntryType.NORMAL, data: emptyBytes }];
  }

  /**
   * Records a snapshot of the state machine at `index` (which must be applied, hence in the log)
   * without discarding entries; call compact() separately to drop the prefix.
   */
  createSnapshot(index: number, confState: ConfState, data: Uint8Array): Snapshot {
    if (index <= this.snap.metadata.index) throw new SnapshotOutOfDateError(index, this.snap.metadata.index);
    if (index > this.lastIndex()) throw new UnavailableError(index);
    this.snap = {
      metadata: { index, term: this.term(index), confState: { voters: [...confState.voters], learners: [...confState.learners] } },
      data,
    };
    return this.snap;
  }

  /** Discards entries up to and including `index`; a lagging follower then needs a snapshot. */
  compact(index: number): void {
    const offset = this.offset;
    if (index <= offset) return;
    if (index > this.lastIndex()) throw new UnavailableError(index);
    const head = this.ents[index - offset]!;
    const rest = this.ents.slice(index - offset + 1);
    rest.unshift({ index: head.index, term: head.term, type: EntryType.NORMAL, data: emptyBytes });
    this.ents = rest;
  }

  /**
   * Appends entries persisted by the driver. An entry that conflicts with one already held
   * (same index) replaces it and everything after it.
   */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = this.firstIndex();
    const last = entries[entries.length - 1]!.index;
    if (last < first) return; // entirely compacted already
    let start = 0;
    if (entries[0]!.index < first) start = first - entries[0]!.index;
    const from = entries[start]!.index;
    const offset = this.offset;
    if (from > this.lastIndex() + 1) throw new Error(`missing log entries: last ${this.lastIndex()}, appending ${from}`);
    if (from <= this.lastIndex()) this.ents.length = from - offset; // truncate the conflicting suffix
    for (let i = start; i < entries.length; i++) this.ents.push(entries[i]!);
  }
}

/** Slice ents[lo, hi) keeping the total size under maxBytes, but at least one entry. */
export function limitSize(ents: readonly Entry[], lo: number, hi: number, maxBytes: number): Entry[] {
  if (maxBytes === Infinity) return ents.slice(lo, hi);
  let size = 0;
  let end = lo;
  while (end < hi) {
    size += entrySize(ents[end]!);
    if (end > lo && size > maxBytes) break;
    end++;
  }
  return ents.slice(lo, end);
}
