// A key-value register model: each key holds a string or nothing (null). Keys are independent,
// so histories are partitioned per key, which keeps the search small.
import type { Model, Operation } from './check.ts';

export type KvInput =
  | { op: 'get'; key: string }
  | { op: 'put'; key: string; value: string }
  | { op: 'append'; key: string; value: string }
  | { op: 'cas'; key: string; expected: string | null; value: string };

/** get → value; put/append → {}; cas → ok (whether it swapped). */
export interface KvOutput {
  value?: string | null;
  ok?: boolean;
}

export type KvState = string | null;

export const kvModel: Model<KvState, KvInput, KvOutput> = {
  init: () => null,
  step(state, input, output) {
    switch (input.op) {
      case 'get':
        return { ok: output === undefined || (output.value ?? null) === state, state };
      case 'put':
        return { ok: true, state: input.value };
      case 'append':
        return { ok: true, state: (state ?? '') + input.value };
      case 'cas': {
        const swapped = state === input.expected;
        const ok = output === undefined || output.ok === swapped;
        return { ok, state: swapped ? input.value : state };
      }
    }
  },
  hash: (state) => (state === null ? '\u0000' : `=${state}`),
  equal: (a, b) => a === b,
  partition(history: Operation<KvInput, KvOutput>[]) {
    const byKey = new Map<string, Operation<KvInput, KvOutput>[]>();
    for (const op of history) {
      const list = byKey.get(op.input.key);
      if (list) list.push(op);
      else byKey.set(op.input.key, [op]);
    }
    return [...byKey.values()];
  },
};
