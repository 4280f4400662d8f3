// Simulated stable storage. Writes land in a volatile buffer; sync() makes everything written so
// far durable (like a write-ahead log's fsync). A crash discards the buffer, so unsynced writes
// (a commit-index update written without fsync, a Ready interrupted mid-persist) are lost.
import { MemoryStorage } from '../core/index.ts';
import type { ConfState, Entry, HardState, Snapshot } from '../core/index.ts';

type Write =
  | { kind: 'snapshot'; snapshot: Snapshot }
  | { kind: 'entries'; entries: Entry[] }
  | { kind: 'hardState'; hardState: HardState };

export class SimDisk {
  private readonly durable: MemoryStorage;
  private pending: Write[] = [];

  constructor(initial?: { snapshot: Snapshot; hardState: HardState }) {
    this.durable = new MemoryStorage();
    if (initial) {
      this.durable.applySnapshot(initial.snapshot);
      this.durable.setHardState(initial.hardState);
    }
  }

  write(w: Write): void {
    this.pending.push(w);
  }

  sync(): void {
    for (const w of this.pending) {
      if (w.kind === 'snapshot') this.durable.applySnapshot(w.snapshot);
      else if (w.kind === 'entries') this.durable.append(w.entries);
      else this.durable.setHardState(w.hardState);
    }
    this.pending = [];
  }

  /** A state-machine snapshot at `index` followed by compaction up to `compactTo`; synced. */
  saveSnapshot(index: number, confState: ConfState, data: Uint8Array, compactTo: number): void {
    this.sync();
    if (index > this.durable.snapshot().metadata.index) this.durable.createSnapshot(index, confState, data);
    this.durable.compact(Math.min(compactTo, this.durable.lastIndex()));
  }

  crash(): void {
    this.pending = [];
  }

  /** What a restarted process reads back: only durable data. */
  load(): MemoryStorage {
    const s = new MemoryStorage();
    s.applySnapshot(this.durable.snapshot());
    const first = this.durable.firstIndex();
    const last = this.durable.lastIndex();
    if (last >= first) s.append(this.durable.entries(first, last + 1));
    s.setHardState(this.durable.initialState().hardState);
    return s;
  }
}
