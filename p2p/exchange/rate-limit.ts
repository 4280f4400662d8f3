// A token bucket for the optional upload bandwidth limit: bytes may be sent in bursts of up to
// `burstBytes`, and on average at `bytesPerSecond`.
export class TokenBucket {
  readonly #rate: number;
  readonly #burst: number;
  #tokens: number;
  #last: number;
  readonly #now: () => number;

  constructor(bytesPerSecond: number, burstBytes: number, now: () => number = () => performance.now()) {
    if (!(bytesPerSecond > 0) || !(burstBytes > 0)) throw new Error('a bandwidth limit must be positive');
    this.#rate = bytesPerSecond;
    this.#burst = burstBytes;
    this.#tokens = burstBytes;
    this.#now = now;
    this.#last = now();
  }

  /** Milliseconds to wait before `bytes` may go out; takes the tokens (possibly going into debt). */
  take(bytes: number): number {
    const now = this.#now();
    this.#tokens = Math.min(this.#burst, this.#tokens + ((now - this.#last) / 1000) * this.#rate);
    this.#last = now;
    this.#tokens -= bytes;
    return this.#tokens >= 0 ? 0 : (-this.#tokens / this.#rate) * 1000;
  }
}
