// A fixed number of HTTP/1.0 requests from a fixed number of concurrent clients, one connection
// per request (as the test server serves them), recording when each completed: the rate, the
// best one-second rate, and the longest stretch in which no request completed (the stall a
// listen backlog of 1 causes shows up there, not in an average).
import { connect } from 'node:net';

export interface HttpLoadOptions {
  readonly host: string;
  readonly port: number;
  readonly path?: string;
  readonly clients: number;
  readonly requests: number;
  /** One request's bound: connect, send, read to the end (default 30 s). */
  readonly requestTimeoutMs?: number;
  /** The whole run's bound: clients stop taking new requests after it (default 10 min). */
  readonly deadlineMs?: number;
  /** The status line must match this (default: HTTP/1.0 or 1.1, status 200). */
  readonly expect?: RegExp;
}

export interface HttpLoadResult {
  readonly completed: number;
  readonly failed: number;
  /** The first failures' messages, for the report (at most 5). */
  readonly failures: readonly string[];
  readonly seconds: number;
  /** completed / seconds. */
  readonly rate: number;
  /** The most requests completed in any one-second window (aligned to the start). */
  readonly bestSecondRate: number;
  /** The longest time without a completion, from the start to the last completion. */
  readonly maxGapMs: number;
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number };
}

const MAX_RESPONSE_BYTES = 1024 * 1024;

/** Completion times (ms from the start, ascending) → the longest time without one, from 0. Pure. */
export function longestGap(completionsMs: readonly number[]): number {
  let longest = 0;
  let previous = 0;
  for (const at of completionsMs) {
    longest = Math.max(longest, at - previous);
    previous = at;
  }
  return longest;
}

/** The most completions in one of the one-second windows [k s, (k+1) s). Pure. */
export function bestSecond(completionsMs: readonly number[]): number {
  const perSecond = new Map<number, number>();
  for (const at of completionsMs) {
    const second = Math.floor(at / 1000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  }
  return Math.max(0, ...perSecond.values());
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function oneRequest(options: HttpLoadOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: options.host, port: options.port });
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: Error) => { socket.destroy(); reject(error); };
    socket.setTimeout(options.requestTimeoutMs ?? 30_000, () => fail(new Error(`no answer within ${options.requestTimeoutMs ?? 30_000} ms`)));
    // Not end(): the server closes first, so TIME_WAIT stays on its side. A client that closed
    // first would hold each of its 4-tuples for a minute and run out of ephemeral ports within
    // 100,000 connections to one address and port.
    socket.on('connect', () => socket.write(`GET ${options.path ?? '/'} HTTP/1.0\r\nHost: ${options.host}\r\n\r\n`));
    socket.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_RESPONSE_BYTES) return fail(new Error('response over 1 MiB'));
      chunks.push(chunk);
    });
    socket.on('error', fail);
    socket.on('end', () => {
      socket.destroy();
      const head = Buffer.concat(chunks).subarray(0, 64).toString('latin1');
      const expect = options.expect ?? /^HTTP\/1\.[01] 200 /;
      if (expect.test(head)) resolve();
      else reject(new Error(`answer ${JSON.stringify(head.split('\r\n')[0])}, expected ${expect}`));
    });
  });
}

export async function httpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  if (!Number.isInteger(options.clients) || options.clients < 1 || options.clients > 1000) throw new RangeError('clients must be 1-1000');
  if (!Number.isInteger(options.requests) || options.requests < 1) throw new RangeError('requests must be a positive integer');
  const deadline = performance.now() + (options.deadlineMs ?? 600_000);
  const completions: number[] = [];
  const latencies: number[] = [];
  const failures: string[] = [];
  let issued = 0;
  let failed = 0;
  const start = performance.now();
  const client = async () => {
    while (issued < options.requests && performance.now() < deadline) {
      issued++;
      const began = performance.now();
      try {
        await oneRequest(options);
        const done = performance.now();
        completions.push(done - start);
        latencies.push(done - began);
      } catch (error) {
        failed++;
        if (failures.length < 5) failures.push((error as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - start) / 1000;
  completions.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  return {
    completed: completions.length, failed, failures, seconds, rate: completions.length / seconds,
    bestSecondRate: bestSecond(completions), maxGapMs: longestGap(completions),
    latencyMs: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: latencies.at(-1) ?? NaN },
  };
}
