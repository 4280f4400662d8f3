// The leader's view of each member's log (etcd's tracker/progress.go and inflights.go).
//   probe:     we don't know where the follower's log ends; send one append per heartbeat
//              interval and wait for the answer.
//   replicate: the follower is in step; stream appends optimistically, bounded by Inflights.
//   snapshot:  the follower needs a snapshot; send nothing until it is reported applied.
import type { ProgressState, ProgressStatus } from './types.ts';

/** A bounded window of in-flight appends, tracked by last index and size (a ring buffer). */
export class Inflights {
  private readonly indexes: number[];
  private readonly sizes: number[];
  private start = 0;
  count = 0;
  bytes = 0;
  private readonly maxCount: number;
  private readonly maxBytes: number;

  constructor(maxCount: number, maxBytes: number) {
    this.maxCount = maxCount;
    this.maxBytes = maxBytes;
    this.indexes = new Array<number>(maxCount).fill(0);
    this.sizes = new Array<number>(maxCount).fill(0);
  }

  full(): boolean {
    return this.count >= this.maxCount || this.bytes >= this.maxBytes;
  }

  add(index: number, bytes: number): void {
    if (this.count >= this.maxCount) throw new Error('inflights overflow');
    const slot = (this.start + this.count) % this.maxCount;
    this.indexes[slot] = index;
    this.sizes[slot] = bytes;
    this.count++;
    this.bytes += bytes;
  }

  /** Frees every in-flight append whose last index is <= index (it was acknowledged). */
  freeLE(index: number): void {
    while (this.count > 0 && this.indexes[this.start]! <= index) {
      this.bytes -= this.sizes[this.start]!;
      this.start = (this.start + 1) % this.maxCount;
      this.count--;
    }
    if (this.count === 0) this.start = 0;
  }

  /** Frees the oldest in-flight append (used when its acknowledgement may have been lost). */
  freeFirstOne(): void {
    if (this.count > 0) this.freeLE(this.indexes[this.start]!);
  }

  reset(): void {
    this.start = 0;
    this.count = 0;
    this.bytes = 0;
  }
}

export class Progress {
  match = 0;
  next: number;
  state: ProgressState = 'probe';
  /** in snapshot state: the index of the snapshot being sent */
  pendingSnapshot = 0;
  /** heard from since the last CheckQuorum round */
  recentActive = false;
  /** in probe state: an append is outstanding, wait for its answer (or a heartbeat response) */
  probeSent = false;
  isLearner: boolean;
  /** The commit index in the last append sent (lazyCommitBroadcast). */
  sentCommit = 0;
  readonly inflights: Inflights;

  constructor(next: number, isLearner: boolean, maxInflight: number, maxInflightBytes: number) {
    this.next = next;
    this.isLearner = isLearner;
    this.inflights = new Inflights(maxInflight, maxInflightBytes);
  }

  private resetState(state: ProgressState): void {
    this.probeSent = false;
    this.pendingSnapshot = 0;
    this.state = state;
    this.inflights.reset();
  }

  becomeProbe(): void {
    if (this.state === 'snapshot') {
      // Resume right after the snapshot (or the match, if it is further along).
      const pending = this.pendingSnapshot;
      this.resetState('probe');
      this.next = Math.max(this.match + 1, pending + 1);
    } else {
      this.resetState('probe');
      this.next = this.match + 1;
    }
  }

  becomeReplicate(): void {
    this.resetState('replicate');
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshotIndex: number): void {
    this.resetState('snapshot');
    this.pendingSnapshot = snapshotIndex;
  }

  /** An append up to `last` was acknowledged; returns whether anything moved. */
  maybeUpdate(last: number): boolean {
    let updated = false;
    if (this.match < last) {
      this.match = last;
      updated = true;
      this.probeSent = false;
    }
    this.next = Math.max(this.next, last + 1);
    return updated;
  }

  /** We sent entries up to `last` (replicate state streams; probe waits). */
  sentEntries(last: number, count: number, bytes: number): void {
    if (this.state === 'replicate') {
      if (count > 0) {
        this.next = last + 1;
        this.inflights.add(last, bytes);
      }
    } else if (this.state === 'probe') {
      this.probeSent = true;
    }
  }

  /**
   * A rejection of the append at `rejected`; `matchHint` is where the follower suggests to retry.
   * Returns false for stale rejections (of appends we already moved past).
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === 'replicate') {
      if (rejected <= this.match) return false; // stale
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false; // not the probe we are waiting for
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1);
    this.probeSent = false;
    return true;
  }

  /** Whether sending appends is paused (flow control). */
  isPaused(): boolean {
    switch (this.state) {
      case 'probe':
        return this.probeSent;
      case 'replicate':
        return this.inflights.full();
      case 'snapshot':
        return true;
    }
  }

  status(): ProgressStatus {
    return {
      match: this.match,
      next: this.next,
      state: this.state,
      isLearner: this.isLearner,
      recentActive: this.recentActive,
      pendingSnapshot: this.pendingSnapshot,
      inflight: this.inflights.count,
    };
  }
}

/** The index acknowledged by a majority of voters, given each voter's acknowledged index. */
export function quorumIndex(acked: number[]): number {
  if (acked.length === 0) return Infinity; // no voters: nothing constrains commit (as etcd)
  const sorted = acked.slice().sort((a, b) => b - a);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export type VoteResult = 'won' | 'lost' | 'pending';

export function voteResult(voters: readonly string[], votes: ReadonlyMap<string, boolean>): VoteResult {
  let granted = 0;
  let rejected = 0;
  for (const v of voters) {
    const vote = votes.get(v);
    if (vote === true) granted++;
    else if (vote === false) rejected++;
  }
  const majority = Math.floor(voters.length / 2) + 1;
  if (granted >= majority) return 'won';
  if (voters.length - rejected < majority) return 'lost';
  return 'pending';
}
