// The node's view of its log: what storage holds (persisted) plus an unstable tail (and possibly
// an incoming snapshot) that the driver has not persisted yet. Mirrors etcd's raftLog/unstable.
import type { MemoryStorage } from './storage.ts';
import { CompactedError, UnavailableError, limitSize } from './storage.ts';
import type { Entry, Snapshot } from './types.ts';

export class RaftLog {
  readonly storage: MemoryStorage;
  /** an incoming snapshot not yet persisted */
  unstableSnapshot: Snapshot | undefined;
  /** entries not yet persisted; unstableEntries[i] has index unstableOffset + i */
  unstableEntries: Entry[] = [];
  unstableOffset: number;
  committed: number;
  applied: number;
  private readonly maxApplyingBytes: number;

  constructor(storage: MemoryStorage, maxApplyingBytes = Infinity) {
    this.storage = storage;
    this.maxApplyingBytes = maxApplyingBytes;
    const first = storage.firstIndex();
    this.unstableOffset = storage.lastIndex() + 1;
    this.committed = first - 1;
    this.applied = first - 1;
  }

  firstIndex(): number {
    if (this.unstableSnapshot) return this.unstableSnapshot.metadata.index + 1;
    return this.storage.firstIndex();
  }

  lastIndex(): number {
    if (this.unstableEntries.length > 0) return this.unstableOffset + this.unstableEntries.length - 1;
    if (this.unstableSnapshot) return this.unstableSnapshot.metadata.index;
    return this.storage.lastIndex();
  }

  /** Term of entry i, or undefined when i is compacted or past the end. */
  term(i: number): number | undefined {
    const snap = this.unstableSnapshot;
    if (snap && i === snap.metadata.index) return snap.metadata.term;
    if (i >= this.unstableOffset) {
      const e = this.unstableEntries[i - this.unstableOffset];
      return e?.term;
    }
    if (snap) return undefined; // everything before an incoming snapshot is gone
    // The dummy entry at firstIndex-1 carries the snapshot term.
    if (i < this.storage.firstIndex() - 1 || i > this.storage.lastIndex()) return undefined;
    try {
      return this.storage.term(i);
    } catch (err) {
      if (err instanceof CompactedError || err instanceof UnavailableError) return undefined;
      throw err;
    }
  }

  lastTerm(): number {
    return this.term(this.lastIndex()) ?? 0;
  }

  matchTerm(i: number, term: number): boolean {
    return this.term(i) === term;
  }

  /** Whether a log ending at (lastIndex, lastTerm) is at least as up to date as ours (§5.4.1). */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm();
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * Appends entries following (index, logTerm) if that entry matches; returns the new last index,
   * or undefined on mismatch. Entries already present are kept, a conflicting suffix is replaced.
   */
  maybeAppend(index: number, logTerm: number, committed: number, ents: Entry[]): number | undefined {
    if (!this.matchTerm(index, logTerm)) return undefined;
    const lastNew = index + ents.length;
    const conflict = this.findConflict(ents);
    if (conflict !== 0) {
      if (conflict <= this.committed) throw new Error(`entry ${conflict} conflicts with committed entry ${this.committed}`);
      this.append(ents.slice(conflict - (index + 1)));
    }
    this.commitTo(Math.min(committed, lastNew));
    return lastNew;
  }

  /** First index whose term differs from ours (or which we lack); 0 when all are present. */
  private findConflict(ents: Entry[]): number {
    for (const e of ents) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  /**
   * For fast backtracking: the largest index <= index whose term is <= term. A leader probing
   * at (index, term) can skip every entry of ours in a term newer than its own.
   */
  findConflictByTerm(index: number, term: number): number {
    let i = Math.min(index, this.lastIndex());
    const first = this.firstIndex() - 1;
    for (; i > first; i--) {
      const t = this.term(i);
      if (t === undefined || t <= term) return i;
    }
    return i;
  }

  append(ents: Entry[]): number {
    if (ents.length === 0) return this.lastIndex();
    const after = ents[0]!.index - 1;
    if (after < this.committed) throw new Error(`append after ${after} is below committed ${this.committed}`);
    this.truncateAndAppendUnstable(ents);
    return this.lastIndex();
  }

  private truncateAndAppendUnstable(ents: Entry[]): void {
    const from = ents[0]!.index;
    const end = this.unstableOffset + this.unstableEntries.length;
    if (from === end) {
      for (const e of ents) this.unstableEntries.push(e);
    } else if (from <= this.unstableOffset) {
      // Replaces everything unstable (and, once persisted, the conflicting stored suffix).
      this.unstableOffset = from;
      this.unstableEntries = ents.slice();
    } else {
      this.unstableEntries.length = from - this.unstableOffset;
      for (const e of ents) this.unstableEntries.push(e);
    }
  }

  /** Entries in [lo, hi), limited to maxBytes (at least one). */
  slice(lo: number, hi: number, maxBytes = Infinity): Entry[] {
    if (lo >= hi) return [];
    if (lo < this.firstIndex()) throw new CompactedError(lo);
    if (hi > this.lastIndex() + 1) throw new UnavailableError(hi - 1);
    let out: Entry[] = [];
    if (lo < this.unstableOffset) {
      out = this.storage.entries(lo, Math.min(hi, this.unstableOffset), maxBytes);
      if (out.length < Math.min(hi, this.unstableOffset) - lo) return out; // size limit hit
    }
    if (hi > this.unstableOffset) {
      const from = Math.max(lo, this.unstableOffset) - this.unstableOffset;
      const part = this.unstableEntries.slice(from, hi - this.unstableOffset);
      if (out.length === 0) return limitSize(part, 0, part.length, maxBytes);
      let size = 0;
      for (const e of out) size += e.data.length + 16;
      const rest = limitSize(part, 0, part.length, Math.max(0, maxBytes - size));
      // limitSize keeps one entry even over budget; do not exceed the budget when we have some.
      if (rest.length === 1 && size + rest[0]!.data.length + 16 > maxBytes) return out;
      return out.concat(rest);
    }
    return out;
  }

  /** Entries from i to the end, for sending to a follower. */
  entriesFrom(i: number, maxBytes: number): Entry[] {
    if (i > this.lastIndex()) return [];
    return this.slice(i, this.lastIndex() + 1, maxBytes);
  }

  hasNextCommittedEntries(): boolean {
    return this.committed > this.applied && this.applied + 1 >= this.firstIndex();
  }

  nextCommittedEntries(): Entry[] {
    if (!this.hasNextCommittedEntries()) return [];
    return this.slice(this.applied + 1, this.committed + 1, this.maxApplyingBytes);
  }

  snapshot(): Snapshot {
    return this.unstableSnapshot ?? this.storage.snapshot();
  }

  commitTo(index: number): void {
    if (index <= this.committed) return;
    if (index > this.lastIndex()) throw new Error(`commit ${index} is past the last index ${this.lastIndex()}`);
    this.committed = index;
  }

  appliedTo(index: number): void {
    if (index === 0) return;
    if (index > this.committed || index < this.applied) {
      throw new Error(`applied ${index} is outside [${this.applied}, ${this.committed}]`);
    }
    this.applied = index;
  }

  /** The driver persisted entries up to (index, term): drop them from the unstable tail. */
  stableTo(index: number, term: number): void {
    const t = this.term(index);
    if (t !== term || index < this.unstableOffset) return; // superseded by a newer append
    const n = index + 1 - this.unstableOffset;
    this.unstableEntries = this.unstableEntries.slice(n);
    this.unstableOffset = index + 1;
  }

  stableSnapshotTo(index: number): void {
    if (this.unstableSnapshot && this.unstableSnapshot.metadata.index === index) this.unstableSnapshot = undefined;
  }

  /** Replaces the log with an incoming snapshot. */
  restore(snap: Snapshot): void {
    this.committed = snap.metadata.index;
    this.unstableSnapshot = snap;
    this.unstableOffset = snap.metadata.index + 1;
    this.unstableEntries = [];
  }
}
