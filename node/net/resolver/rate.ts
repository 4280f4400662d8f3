// Token buckets per source address, so one guest flooding the resolver costs the node a map
// look-up per packet and never a parse or a lookup, while other guests are still answered.
// Pure: the clock is injected.

export interface TokenBucketsOptions {
  /** Tokens (queries) added per second to each source's bucket. */
  readonly perSecond: number;
  /** A bucket's size: the most a source can send at once after being quiet. */
  readonly burst: number;
  /** Sources tracked at most; beyond, quiet ones and then the oldest are forgotten. */
  readonly maxSources?: number;
  /** Milliseconds, any origin (default performance.now). */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  readonly #perMs: number;
  readonly #burst: number;
  readonly #maxSources: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: TokenBucketsOptions) {
    this.#perMs = Math.max(0, options.perSecond) / 1000;
    this.#burst = Math.max(1, options.burst);
    this.#maxSources = Math.max(4, options.maxSources ?? 4096);
    this.#now = options.now ?? (() => performance.now());
  }

  /** Takes a token from `source`'s bucket: true when it had one (answer), false (drop). */
  take(source: string): boolean {
    const now = this.#now();
    let bucket = this.#buckets.get(source);
    if (bucket === undefined) {
      if (this.#buckets.size >= this.#maxSources) this.#forget(now);
      bucket = { tokens: this.#burst, at: now };
      this.#buckets.set(source, bucket);
    } else {
      this.#refill(bucket, now);
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** How many sources are tracked (for tests and metrics). */
  get size(): number {
    return this.#buckets.size;
  }

  #refill(bucket: Bucket, now: number): void {
    // A clock that goes back adds nothing rather than taking tokens away.
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(this.#burst, bucket.tokens + elapsed * this.#perMs);
    bucket.at = now;
  }

  // Only many distinct sources (spoofed ones: a bridge has at most 253 guests) fill the map. A
  // full bucket is the same as a new one, so forgetting it loses nothing; if that frees too
  // little, the oldest go too (they get a fresh burst when they come back). Always a quarter at
  // once, so the sweep's cost is spread over the inserts that follow it.
  #forget(now: number): void {
    const target = Math.ceil(this.#maxSources / 4);
    let removed = 0;
    for (const [source, bucket] of this.#buckets) {
      this.#refill(bucket, now);
      if (bucket.tokens >= this.#burst) { this.#buckets.delete(source); removed += 1; }
    }
    for (const source of this.#buckets.keys()) {
      if (removed >= target) break;
      this.#buckets.delete(source);
      removed += 1;
    }
  }
}
