// Clients that write and read Arrow specs through the API of the cluster's nodes and record every
// operation with its outcome, for raft/linearizability's checker: a spec is a register (its name
// the key, an env value the value), a put that got no answer may or may not have taken effect.
import { definition } from '../../node/agent/testing.ts';
import { ApiError } from '../../node/api/index.ts';
import type { ArrowdClient } from '../../node/api/index.ts';
import { checkLinearizability, kvModel } from '../../raft/linearizability/index.ts';
import type { CheckResult, KvInput, KvOutput, Operation } from '../../raft/linearizability/index.ts';

/** A spec with no replicas: a write is one committed entry and schedules nothing. */
export function registerSpec(name: string, value: string): Record<string, unknown> {
  return { ...(JSON.parse(definition(name, 0, 100)) as Record<string, unknown>), env: { V: value } };
}

export interface HistoryOptions {
  /** Where each client sends its requests (picked afresh for every operation). */
  readonly targets: () => readonly { readonly name: string; readonly client: ArrowdClient }[];
  readonly clients: number;
  readonly keys: number;
  /** Share of operations that are writes. */
  readonly writeShare?: number;
  /** A request not answered within this counts as of unknown outcome. */
  readonly requestTimeoutMs?: number;
  readonly random?: () => number;
}

export interface RecordedOperation extends Operation<KvInput, KvOutput> {
  /** The host whose API took it. */
  readonly via: string;
}

export interface HistorySummary {
  readonly operations: number;
  readonly acknowledgedWrites: number;
  readonly unknownWrites: number;
  readonly refused: number;
  readonly reads: number;
}

/** Runs until stop(); then the recorded history can be checked. */
export class HistoryRecorder {
  readonly #options: Required<Omit<HistoryOptions, 'targets'>> & Pick<HistoryOptions, 'targets'>;
  readonly #history: RecordedOperation[] = [];
  readonly #loops: Promise<void>[] = [];
  readonly #start = performance.now();
  #stopped = false;
  #refused = 0;

  constructor(options: HistoryOptions) {
    this.#options = { writeShare: 0.6, requestTimeoutMs: 8_000, random: Math.random, ...options };
    for (let c = 0; c < options.clients; c++) this.#loops.push(this.#client(`c${c}`));
  }

  get history(): readonly RecordedOperation[] {
    return this.#history;
  }

  /** Writes acknowledged so far (a put that returned). */
  acknowledged(): RecordedOperation[] {
    return this.#history.filter((o) => o.input.op === 'put' && o.return !== undefined);
  }

  async stop(): Promise<HistorySummary> {
    this.#stopped = true;
    await Promise.all(this.#loops);
    const writes = this.#history.filter((o) => o.input.op === 'put');
    return {
      operations: this.#history.length, acknowledgedWrites: writes.filter((o) => o.return !== undefined).length,
      unknownWrites: writes.filter((o) => o.return === undefined).length, refused: this.#refused, reads: this.#history.length - writes.length,
    };
  }

  check(timeoutMs = 60_000): CheckResult {
    return checkLinearizability(kvModel, [...this.#history], { timeoutMs });
  }

  /** The recorder's clock (ms since it started), the one operations' call and return are in. */
  now(): number {
    return performance.now() - this.#start;
  }

  async #client(clientId: string): Promise<void> {
    const { random, keys, writeShare, requestTimeoutMs } = this.#options;
    let seq = 0;
    while (!this.#stopped) {
      const targets = this.#options.targets();
      const target = targets[Math.floor(random() * targets.length)];
      if (!target) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      const key = `k${Math.floor(random() * keys)}`;
      const write = random() < writeShare;
      const input: KvInput = write ? { op: 'put', key, value: `${clientId}-${seq++}` } : { op: 'get', key };
      const call = this.now();
      const signal = AbortSignal.timeout(requestTimeoutMs);
      try {
        const output = await Promise.race([this.#perform(target.client, input), new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('no answer in time')), { once: true }))]);
        this.#history.push({ clientId, input, call, output, return: this.now(), via: target.name });
      } catch (error) {
        if (definiteFailure(error)) {
          // Refused or malformed: nothing changed, so it is not part of the history.
          this.#refused++;
        } else if (write) {
          // Unknown outcome: it may have been committed at any point after the call, or never.
          this.#history.push({ clientId, input, call, via: target.name });
        }
        // A client that got no answer waits a little before its next request, as a real one would.
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async #perform(client: ArrowdClient, input: KvInput): Promise<KvOutput> {
    if (input.op === 'put') {
      await client.putArrow(input.key, registerSpec(input.key, input.value));
      return {};
    }
    try {
      const arrow = await client.arrow(input.key);
      const env = (arrow.definition as { env?: Record<string, string> }).env;
      return { value: env?.V ?? null };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return { value: null };
      throw error;
    }
  }
}

/** An answer that says the operation did not happen (unlike a timeout, a lost leader or a cut stream). */
function definiteFailure(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 400 || error.status === 409 || error.status === 413);
}

/**
 * Every acknowledged write is present: each put gives its spec a new version, so a key's version
 * is at least the number of acknowledged puts to it, and at most that plus the puts of unknown
 * outcome. Returns one line per key that breaks this.
 */
export async function missingWrites(history: readonly RecordedOperation[], versionOf: (key: string) => Promise<number>): Promise<string[]> {
  const byKey = new Map<string, { acked: number; unknown: number }>();
  for (const op of history) {
    if (op.input.op !== 'put') continue;
    const entry = byKey.get(op.input.key) ?? { acked: 0, unknown: 0 };
    if (op.return === undefined) entry.unknown++;
    else entry.acked++;
    byKey.set(op.input.key, entry);
  }
  const problems: string[] = [];
  for (const [key, { acked, unknown }] of byKey) {
    const version = await versionOf(key).catch(() => 0);
    if (version < acked || version > acked + unknown) problems.push(`${key}: version ${version}, ${acked} acknowledged puts, ${unknown} of unknown outcome`);
  }
  return problems;
}
