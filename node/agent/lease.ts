// The node's lease with the cluster, as its agent sees it. The leader marks a node down once it
// has heard nothing from it for the node TTL, and replaces its allocations elsewhere; before that
// can happen, the node's own agent pauses its workloads, so that an allocation and its
// replacement never serve side by side (a partitioned or frozen node). Pure: times in, decisions out.

/** Fence once this share of the TTL has passed since the last beat the leader answered was sent. */
export const FENCE_AT_TTL_SHARE = 0.85;

export interface Lease {
  /** performance.now() when the last answered heartbeat was sent (the leader heard from us after it). */
  readonly sentAtMs: number;
  /** The node TTL the leader told us. */
  readonly ttlMs: number;
}

/**
 * Whether the lease is about to lapse at `nowMs`: the leader may mark the node down soon, so
 * its workloads must not run. A beat's send time is before the leader's receipt, so fencing at
 * FENCE_AT_TTL_SHARE of the TTL after it comes before the leader can count a full TTL of silence.
 */
export function leaseLapsing(lease: Lease | undefined, nowMs: number): boolean {
  if (!lease) return false;
  return nowMs - lease.sentAtMs >= lease.ttlMs * FENCE_AT_TTL_SHARE;
}

/** How long the lease still holds at `nowMs` before the node must fence (negative: lapsing already). */
export function leaseLeftMs(lease: Lease, nowMs: number): number {
  return lease.sentAtMs + lease.ttlMs * FENCE_AT_TTL_SHARE - nowMs;
}
