import test from 'ava';
import fc from 'fast-check';
import { checkLinearizability, kvModel } from './index.ts';
import type { KvInput, KvOutput, Model, Operation } from './index.ts';

type KvOp = Operation<KvInput, KvOutput>;
const put = (clientId: number, key: string, value: string, call: number, ret?: number): KvOp =>
  ret === undefined
    ? { clientId, input: { op: 'put', key, value }, call }
    : { clientId, input: { op: 'put', key, value }, call, output: {}, return: ret };
const get = (clientId: number, key: string, value: string | null, call: number, ret: number): KvOp => ({
  clientId,
  input: { op: 'get', key },
  call,
  output: { value },
  return: ret,
});
const check = (history: KvOp[]) => checkLinearizability(kvModel, history).result;

test('empty history is linearizable', (t) => {
  t.is(check([]), 'ok');
});

test('sequential put then get of the same value is accepted', (t) => {
  t.is(check([put(1, 'x', 'a', 0, 1), get(2, 'x', 'a', 2, 3)]), 'ok');
});

test('concurrent read may see either the old or the new value', (t) => {
  // put [0,10] overlaps both reads; the first sees new, the second (later) sees new too
  t.is(check([put(1, 'x', 'a', 0, 10), get(2, 'x', null, 1, 2), get(3, 'x', 'a', 3, 4)]), 'ok');
});

test('stale read after a completed write is rejected', (t) => {
  const r = checkLinearizability(kvModel, [put(1, 'x', 'a', 0, 1), put(1, 'x', 'b', 2, 3), get(2, 'x', 'a', 4, 5)]);
  t.is(r.result, 'illegal');
  t.is(r.partition, 0);
  t.true((r.longestLinearizedPrefix?.length ?? 0) >= 2);
});

test('read of a value never written is rejected', (t) => {
  t.is(check([put(1, 'x', 'a', 0, 1), get(2, 'x', 'zzz', 2, 3)]), 'illegal');
});

test('lost write (read returns initial value after acknowledged put) is rejected', (t) => {
  t.is(check([put(1, 'x', 'a', 0, 1), get(2, 'x', null, 5, 6)]), 'illegal');
});

test('real-time order violation: reads going back in time are rejected', (t) => {
  // put a then b is concurrent with both reads, but once a reader saw b a later read cannot see a
  const history = [put(1, 'x', 'a', 0, 1), put(1, 'x', 'b', 2, 20), get(2, 'x', 'b', 3, 4), get(3, 'x', 'a', 5, 6)];
  t.is(check(history), 'illegal');
  // the same reads overlapping each other are fine (a first, then b)
  const overlapping = [put(1, 'x', 'a', 0, 1), put(1, 'x', 'b', 2, 20), get(2, 'x', 'b', 3, 6), get(3, 'x', 'a', 3, 6)];
  t.is(check(overlapping), 'ok');
});

test('timed-out write may have taken effect', (t) => {
  t.is(check([put(1, 'x', 'a', 0), get(2, 'x', 'a', 5, 6)]), 'ok');
});

test('timed-out write may never take effect', (t) => {
  t.is(check([put(1, 'x', 'a', 0), get(2, 'x', null, 5, 6)]), 'ok');
});

test('timed-out write cannot take effect before its call', (t) => {
  t.is(check([get(2, 'x', 'a', 0, 1), put(1, 'x', 'a', 2)]), 'illegal');
});

test('timed-out write takes effect once: reads cannot flip back', (t) => {
  t.is(check([put(1, 'x', 'a', 0, 1), put(2, 'x', 'b', 2), get(3, 'x', 'b', 3, 4), get(3, 'x', 'a', 5, 6)]), 'illegal');
});

test('cas: two successful swaps from the same expected value are rejected', (t) => {
  const cas = (clientId: number, ok: boolean, call: number, ret: number): KvOp => ({
    clientId,
    input: { op: 'cas', key: 'x', expected: null, value: `v${clientId}` },
    call,
    output: { ok },
    return: ret,
  });
  t.is(check([cas(1, true, 0, 10), cas(2, true, 0, 10)]), 'illegal');
  t.is(check([cas(1, true, 0, 10), cas(2, false, 0, 10)]), 'ok');
});

test('append concatenates in linearization order', (t) => {
  const app = (clientId: number, value: string, call: number, ret: number): KvOp => ({
    clientId,
    input: { op: 'append', key: 'x', value },
    call,
    output: {},
    return: ret,
  });
  t.is(check([app(1, 'a', 0, 5), app(2, 'b', 0, 5), get(3, 'x', 'ba', 6, 7)]), 'ok');
  t.is(check([app(1, 'a', 0, 1), app(2, 'b', 2, 3), get(3, 'x', 'ba', 6, 7)]), 'illegal');
});

test('keys are checked independently and the failing partition is reported', (t) => {
  const r = checkLinearizability(kvModel, [put(1, 'x', 'a', 0, 1), put(1, 'y', 'b', 0, 1), get(2, 'y', 'c', 2, 3)]);
  t.is(r.result, 'illegal');
  t.is(r.partition, 1);
});

test('a return before its call is a caller error', (t) => {
  t.throws(() => check([put(1, 'x', 'a', 5, 1)]), { instanceOf: RangeError });
});

test('timeout yields unknown instead of hanging on a hard history', (t) => {
  // 40 concurrent additions accepted in any order, then a read of an impossible sum: the search
  // must visit every subset of additions (2^40 memo entries) before it can say 'illegal'.
  type CounterInput = { add: number } | { read: true };
  const counter: Model<number, CounterInput, number> = {
    init: () => 0,
    step: (s, input, output) =>
      'add' in input ? { ok: true, state: s + input.add } : { ok: output === undefined || output === s, state: s },
    hash: (s) => String(s),
  };
  const history: Operation<CounterInput, number>[] = [];
  for (let i = 0; i < 40; i++) history.push({ clientId: i, input: { add: i + 1 }, call: 0, output: 0, return: 100 });
  history.push({ clientId: 'reader', input: { read: true }, call: 0, output: -1, return: 100 });
  const started = Date.now();
  const r = checkLinearizability(counter, history, { timeoutMs: 100 });
  t.is(r.result, 'unknown');
  t.true(Date.now() - started < 5000);
});

// Property: a history produced by a real sequential execution, where each operation's interval is
// stretched arbitrarily around its linearization point, is always linearizable.
const inputArb: fc.Arbitrary<KvInput> = fc.oneof(
  fc.record({ op: fc.constant('get' as const), key: fc.constantFrom('a', 'b') }),
  fc.record({ op: fc.constant('put' as const), key: fc.constantFrom('a', 'b'), value: fc.constantFrom('1', '2', '3') }),
  fc.record({ op: fc.constant('append' as const), key: fc.constantFrom('a', 'b'), value: fc.constantFrom('x', 'y') }),
  fc.record({
    op: fc.constant('cas' as const),
    key: fc.constantFrom('a', 'b'),
    expected: fc.constantFrom(null, '1', '2'),
    value: fc.constantFrom('1', '2'),
  }),
);

function runSequentially(inputs: { input: KvInput; before: number; after: number; timedOut: boolean }[]): KvOp[] {
  const store = new Map<string, string>();
  return inputs.map(({ input, before, after, timedOut }, i) => {
    const point = i * 10; // linearization point
    let output: KvOutput;
    const current = store.get(input.key) ?? null;
    if (input.op === 'get') output = { value: current };
    else if (input.op === 'put') {
      store.set(input.key, input.value);
      output = {};
    } else if (input.op === 'append') {
      store.set(input.key, (current ?? '') + input.value);
      output = {};
    } else {
      const swapped = current === input.expected;
      if (swapped) store.set(input.key, input.value);
      output = { ok: swapped };
    }
    const call = point - before;
    return timedOut ? { clientId: i, input, call } : { clientId: i, input, call, output, return: point + after };
  });
}

test('property: stretched sequential executions are always accepted', (t) => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          input: inputArb,
          before: fc.integer({ min: 0, max: 35 }),
          after: fc.integer({ min: 0, max: 35 }),
          timedOut: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
        }),
        { maxLength: 30 },
      ),
      (ops) => checkLinearizability(kvModel, runSequentially(ops), { timeoutMs: 2000 }).result === 'ok',
    ),
    { numRuns: 200 },
  );
  t.pass();
});

test('property: corrupting one read of a non-overlapping history is rejected', (t) => {
  fc.assert(
    fc.property(fc.array(inputArb, { minLength: 1, maxLength: 20 }), fc.nat(), (inputs, pick) => {
      // disjoint intervals: exactly one linearization, so a wrong read value must be caught
      const history = runSequentially(inputs.map((input) => ({ input, before: 1, after: 1, timedOut: false })));
      history.push({ clientId: 'reader', input: { op: 'get', key: 'a' }, call: 10_000, output: { value: 'never-written' }, return: 10_001 });
      const reads = history.filter((op) => op.input.op === 'get');
      const victim = reads[pick % reads.length]!;
      victim.output = { value: 'never-written' };
      return checkLinearizability(kvModel, history).result === 'illegal';
    }),
    { numRuns: 200 },
  );
  t.pass();
});
