// Allocation status reports, batched: one report call carries every status change of the last
// ~100 ms (or the first 1,000, whichever comes first), so a node starting many allocations, or a
// fleet of thousands, costs the servers a few calls rather than one per change.
import { ControlRefusedError } from '../control/index.ts';
import type { AllocationUpdate, IgnoredItem } from '../cluster/index.ts';
import type { AgentLogger } from './logger.ts';
import { Backoff, sleep, StoppedError, Wakeup } from './timing.ts';

export interface StatusReporterOptions {
  /** Sends one update-allocations report; resolves with what the server ignored. */
  readonly send: (updates: readonly AllocationUpdate[], signal: AbortSignal) => Promise<readonly IgnoredItem[]>;
  /** How long changes gather before a report goes (default 100 ms). */
  readonly flushMs?: number;
  /** Pending changes that make a report go at once (default 1,000). */
  readonly flushAt?: number;
  /** Most updates in one call (default 5,000; a cluster command holds at most 50,000). */
  readonly maxPerCall?: number;
  /** A refused report is tried this many times before its updates are dropped (default 3). */
  readonly refusalsBeforeDrop?: number;
  readonly retry?: { readonly initialMs: number; readonly maxMs: number };
  readonly random?: () => number;
  readonly logger?: AgentLogger;
}

export interface ReporterStats {
  /** Report calls that the server answered. */
  readonly calls: number;
  /** Updates in those calls. */
  readonly sent: number;
  /** Updates the server ignored (stale generation, allocation gone or already ended), dropped. */
  readonly ignored: number;
  /** Calls that failed (transport, timeout, refusal) and were retried. */
  readonly failedCalls: number;
  /** Updates given up after repeated refusals. */
  readonly dropped: number;
  readonly pending: number;
}

/** Ignored items are logged one by one up to this many per report, then as a count. */
const LOGGED_IGNORED = 5;

export class StatusReporter {
  readonly #send: StatusReporterOptions['send'];
  readonly #flushMs: number;
  readonly #flushAt: number;
  readonly #maxPerCall: number;
  readonly #refusalsBeforeDrop: number;
  readonly #backoff: Backoff;
  readonly #logger: AgentLogger | undefined;
  /** The latest update per allocation, not yet sent: a newer one replaces an older one. */
  readonly #pending = new Map<string, AllocationUpdate>();
  readonly #refusals = new Map<string, number>();
  readonly #wakeup = new Wakeup();
  readonly #stop = new AbortController();
  readonly #idleWaiters = new Set<() => void>();
  #pump: Promise<void> | undefined;
  #flushNow = false;
  #inFlight = false;
  #calls = 0;
  #sent = 0;
  #ignored = 0;
  #failedCalls = 0;
  #dropped = 0;

  constructor(options: StatusReporterOptions) {
    this.#send = options.send;
    this.#flushMs = options.flushMs ?? 100;
    this.#flushAt = options.flushAt ?? 1_000;
    this.#maxPerCall = options.maxPerCall ?? 5_000;
    this.#refusalsBeforeDrop = options.refusalsBeforeDrop ?? 3;
    this.#backoff = new Backoff(options.retry?.initialMs ?? 100, options.retry?.maxMs ?? 2_000, options.random);
    this.#logger = options.logger;
  }

  get stats(): ReporterStats {
    return { calls: this.#calls, sent: this.#sent, ignored: this.#ignored, failedCalls: this.#failedCalls, dropped: this.#dropped, pending: this.#pending.size };
  }

  /** Queues a status change; it replaces any unsent change of the same allocation. */
  add(update: AllocationUpdate): void {
    if (this.#stop.signal.aborted) return;
    this.#pending.delete(update.id);
    this.#pending.set(update.id, update);
    this.#pump ??= this.#run();
    if (this.#pending.size >= this.#flushAt && !this.#flushNow) {
      // Enough gathered: send all of it now, in calls of at most maxPerCall.
      this.#flushNow = true;
      this.#wakeup.wake();
    }
  }

  /** Resolves when nothing is pending or in flight (or at once when closed). */
  idle(): Promise<void> {
    if (this.#isIdle() || this.#stop.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.add(resolve));
  }

  /**
   * Stops reporting. With `flushWithinMs`, what is pending gets that long to be sent first;
   * whatever is left then is dropped (the next agent reconciles from the cluster's view anyway).
   */
  async close(options: { flushWithinMs?: number } = {}): Promise<void> {
    const within = options.flushWithinMs ?? 0;
    if (within > 0 && !this.#isIdle()) {
      this.#flushNow = true;
      this.#wakeup.wake();
      const timeout = new AbortController();
      await Promise.race([this.idle(), sleep(within, timeout.signal)]);
      timeout.abort();
    }
    this.#stop.abort();
    this.#wakeup.wake();
    await this.#pump;
    this.#releaseIdle();
  }

  #isIdle(): boolean {
    return this.#pending.size === 0 && !this.#inFlight;
  }

  #releaseIdle(): void {
    for (const resolve of this.#idleWaiters) resolve();
    this.#idleWaiters.clear();
  }

  async #run(): Promise<void> {
    const stop = this.#stop.signal;
    try {
      while (!stop.aborted && this.#pending.size > 0) {
        // Let changes gather unless enough are waiting (or a flush was asked for).
        if (this.#pending.size < this.#flushAt && !this.#flushNow) await this.#wakeup.wait(this.#flushMs, stop);
        if (stop.aborted) break;
        const batch = this.#take();
        if (this.#pending.size === 0) this.#flushNow = false;
        this.#inFlight = true;
        try {
          const ignored = await this.#send(batch, stop);
          this.#calls++;
          this.#sent += batch.length;
          for (const u of batch) this.#refusals.delete(u.id);
          this.#noteIgnored(batch, ignored);
          this.#backoff.reset();
        } catch (error) {
          if (stop.aborted || error instanceof StoppedError) break;
          this.#failedCalls++;
          this.#putBack(batch, error instanceof ControlRefusedError);
          this.#logger?.warn({ updates: batch.length, err: (error as Error).message }, 'status report failed; retrying');
          await sleep(this.#backoff.next(), stop);
        } finally {
          this.#inFlight = false;
        }
      }
    } finally {
      this.#pump = undefined;
      this.#flushNow = false;
      if (this.#pending.size > 0 && !stop.aborted) this.#pump = this.#run();
      else if (this.#isIdle()) this.#releaseIdle();
    }
  }

  #take(): AllocationUpdate[] {
    const batch: AllocationUpdate[] = [];
    for (const [id, update] of this.#pending) {
      if (batch.length >= this.#maxPerCall) break;
      batch.push(update);
      this.#pending.delete(id);
    }
    return batch;
  }

  /** A failed batch goes back, except where a newer change of the same allocation came meanwhile. */
  #putBack(batch: readonly AllocationUpdate[], refused: boolean): void {
    for (const u of batch) {
      if (this.#pending.has(u.id)) continue;
      if (refused) {
        const refusals = (this.#refusals.get(u.id) ?? 0) + 1;
        if (refusals >= this.#refusalsBeforeDrop) {
          this.#refusals.delete(u.id);
          this.#dropped++;
          continue;
        }
        this.#refusals.set(u.id, refusals);
      }
      this.#pending.set(u.id, u);
    }
  }

  #noteIgnored(batch: readonly AllocationUpdate[], ignored: readonly IgnoredItem[]): void {
    if (ignored.length === 0) return;
    this.#ignored += ignored.length;
    const byId = new Map(batch.map((u) => [u.id, u]));
    for (const item of ignored.slice(0, LOGGED_IGNORED)) {
      const u = byId.get(item.id);
      this.#logger?.warn({ allocation: item.id, generation: u?.generation, status: u?.status, reason: item.reason }, 'status report ignored by the cluster; dropped');
    }
    if (ignored.length > LOGGED_IGNORED) this.#logger?.warn({ more: ignored.length - LOGGED_IGNORED }, 'more status reports ignored; dropped');
  }
}
