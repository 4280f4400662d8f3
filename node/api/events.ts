// The event stream's memory: the changes of the last committed entries, in a ring bounded by
// the number of changes, so a client that lost its connection resumes where it left off.
// arrowd appends what its Raft member applies; the events route subscribes.
import type { Change } from '../cluster/index.ts';
import type { ClusterEvent, EventSource } from './backend.ts';

export interface EventLogOptions {
  /** Changes kept (whole entries are dropped, oldest first, once there are more); default 10,000. */
  readonly capacity?: number;
  /** The applied index when the log starts: resuming from before it is a reset. */
  readonly startIndex?: number;
}

interface Entry {
  readonly index: number;
  readonly events: readonly ClusterEvent[];
}

interface Subscriber {
  readonly onEvents: (events: readonly ClusterEvent[]) => void;
  readonly onReset: (newest: number) => void;
}

export const DEFAULT_EVENT_CAPACITY = 10_000;

export class EventLog implements EventSource {
  readonly #capacity: number;
  /** Entries oldest first; `#head` is the first still kept (dropped ones are compacted lazily). */
  #entries: Entry[] = [];
  #head = 0;
  #kept = 0;
  /** Every change at or below this index may be gone: resuming from before it is a reset. */
  #droppedThrough: number;
  #newest: number;
  readonly #subscribers = new Set<Subscriber>();

  constructor(options: EventLogOptions = {}) {
    this.#capacity = Math.max(1, options.capacity ?? DEFAULT_EVENT_CAPACITY);
    this.#droppedThrough = options.startIndex ?? 0;
    this.#newest = this.#droppedThrough;
  }

  /** How many changes are kept now. */
  get size(): number {
    return this.#kept;
  }

  /** How many subscribers are attached (open event streams). */
  get subscribers(): number {
    return this.#subscribers.size;
  }

  bounds(): { oldest: number; newest: number } {
    return { oldest: this.#droppedThrough, newest: this.#newest };
  }

  /**
   * Records the changes of the entry applied at `index` (call it for every applied entry, in
   * order, even with no changes) and delivers them. Never throws: it runs inside Raft's apply.
   */
  append(index: number, changes: readonly Change[]): void {
    if (index <= this.#newest) return; // replayed or out of order: what is kept stays exact
    this.#newest = index;
    if (changes.length === 0) return;
    const events = changes.map((change) => ({ index, change }));
    this.#entries.push({ index, events });
    this.#kept += events.length;
    while (this.#kept > this.#capacity && this.#entries.length - this.#head > 1) {
      const dropped = this.#entries[this.#head++]!;
      this.#kept -= dropped.events.length;
      this.#droppedThrough = dropped.index;
    }
    if (this.#head > 1024 && this.#head * 2 > this.#entries.length) {
      this.#entries = this.#entries.slice(this.#head);
      this.#head = 0;
    }
    for (const subscriber of [...this.#subscribers]) this.#deliver(subscriber, () => subscriber.onEvents(events));
  }

  /**
   * Forgets everything (the state was replaced by a snapshot at `index`, so the changes between
   * are unknown): every subscriber is told to re-read the state.
   */
  reset(index: number): void {
    this.#entries = [];
    this.#head = 0;
    this.#kept = 0;
    this.#droppedThrough = index;
    this.#newest = index;
    for (const subscriber of [...this.#subscribers]) this.#deliver(subscriber, () => subscriber.onReset(index));
  }

  subscribe(afterIndex: number, onEvents: (events: readonly ClusterEvent[]) => void, onReset: (newest: number) => void): () => void {
    const subscriber: Subscriber = { onEvents, onReset };
    let after = afterIndex;
    if (after < this.#droppedThrough || after > this.#newest) {
      onReset(this.#newest);
      after = this.#newest;
    }
    for (let i = this.#firstAfter(after); i < this.#entries.length; i++) onEvents(this.#entries[i]!.events);
    this.#subscribers.add(subscriber);
    return () => { this.#subscribers.delete(subscriber); };
  }

  /** Position of the first kept entry with index > `after` (binary search: indexes only grow). */
  #firstAfter(after: number): number {
    let low = this.#head;
    let high = this.#entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#entries[mid]!.index <= after) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** A subscriber that throws is dropped; the others and Raft's apply carry on. */
  #deliver(subscriber: Subscriber, call: () => void): void {
    try {
      call();
    } catch {
      this.#subscribers.delete(subscriber);
    }
  }
}
