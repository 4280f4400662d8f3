// Waiting with a bound: every sleep ends when the agent stops, every call has a deadline, and no
// timer outlives the wait it served (an agent that stops leaves nothing scheduled behind it).

/** A call to a server that did not answer within its deadline. */
export class CallTimeoutError extends Error {
  constructor(what: string, timeoutMs: number) {
    super(`${what}: no answer within ${timeoutMs} ms`);
    this.name = 'CallTimeoutError';
  }
}

/** The agent (or fleet) stopped while the call was in flight. */
export class StoppedError extends Error {
  constructor() {
    super('stopped');
    this.name = 'StoppedError';
  }
}

/** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** A wake-up for one loop: wait() ends after `ms`, on abort, or when someone calls wake(). */
export class Wakeup {
  #pending = false;
  #release: (() => void) | undefined;

  wait(ms: number, signal: AbortSignal): Promise<void> {
    if (this.#pending) {
      // A wake() that came while nobody waited is not lost.
      this.#pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.#release = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      this.#release = done;
    });
  }

  wake(): void {
    if (this.#release) this.#release();
    else this.#pending = true;
  }
}

/**
 * Runs `call` with a deadline: rejects with CallTimeoutError after `timeoutMs`, or StoppedError
 * when `stop` aborts, whichever comes first; the signal passed to `call` aborts in both cases so
 * a call that honours it (a long poll) ends too. A call that ignores it is abandoned, not awaited.
 */
export async function bounded<T>(what: string, timeoutMs: number, stop: AbortSignal, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (stop.aborted) throw new StoppedError();
  const inner = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onStop: (() => void) | undefined;
  const ended = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new CallTimeoutError(what, timeoutMs);
      inner.abort(error);
      reject(error);
    }, timeoutMs);
    onStop = () => {
      inner.abort(new StoppedError());
      reject(new StoppedError());
    };
    stop.addEventListener('abort', onStop, { once: true });
  });
  try {
    return await Promise.race([call(inner.signal), ended]);
  } finally {
    clearTimeout(timer);
    if (onStop) stop.removeEventListener('abort', onStop);
  }
}

/**
 * Capped exponential backoff with jitter: each delay is drawn from [d/2, d] where d doubles from
 * `initialMs` up to `maxMs`, so thousands of agents that lost the same server do not retry in
 * step. `random` is injected (tests pass a fixed one).
 */
export class Backoff {
  readonly #initialMs: number;
  readonly #maxMs: number;
  readonly #random: () => number;
  #current: number;

  constructor(initialMs: number, maxMs: number, random: () => number = Math.random) {
    this.#initialMs = initialMs;
    this.#maxMs = maxMs;
    this.#random = random;
    this.#current = initialMs;
  }

  next(): number {
    const d = this.#current;
    this.#current = Math.min(this.#maxMs, this.#current * 2);
    return Math.round(d / 2 + (d / 2) * this.#random());
  }

  reset(): void {
    this.#current = this.#initialMs;
  }
}
