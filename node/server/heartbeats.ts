// Heartbeats, kept in the leader's memory (not in the log: at 5,000 nodes beating every couple of
// seconds that would be thousands of entries a second for nothing). Pure: time is passed in.
//
// A node silent for longer than the TTL is due to be marked down. A new leader knows nothing of
// the beats its predecessor saw, so it starts every node's TTL afresh (reset) before marking any.

export class HeartbeatTracker {
  readonly ttlMs: number;
  readonly #lastBeat = new Map<string, number>();

  constructor(ttlMs: number) {
    this.ttlMs = ttlMs;
  }

  /** Forgets everything and gives each of `nodes` a full TTL from `now`. */
  reset(nodes: Iterable<string>, now: number): void {
    this.#lastBeat.clear();
    for (const node of nodes) this.#lastBeat.set(node, now);
  }

  beat(node: string, now: number): void {
    this.#lastBeat.set(node, now);
  }

  /**
   * The node's arrowd is stopping and leaves its workloads running: it counts as up until
   * max(TTL, awayMs) from `now`, unless it beats again before.
   */
  away(node: string, now: number, awayMs: number): void {
    this.#lastBeat.set(node, now + Math.max(0, awayMs - this.ttlMs));
  }

  forget(node: string): void {
    this.#lastBeat.delete(node);
  }

  /** Nodes whose last beat is older than the TTL. */
  expired(now: number): string[] {
    const out: string[] = [];
    for (const [node, last] of this.#lastBeat) if (now - last > this.ttlMs) out.push(node);
    return out;
  }

  lastBeat(node: string): number | undefined {
    return this.#lastBeat.get(node);
  }
}

/**
 * When an agent should beat next: three beats per TTL, so two in a row may be lost (or delayed by
 * a busy event loop) before the node is marked down.
 */
export function heartbeatInterval(ttlMs: number): number {
  return Math.max(100, Math.floor(ttlMs / 3));
}
