// The search itself. Events (calls and returns) sit in a doubly linked list ordered by time. We
// walk it from the head: at a call we try to linearize that operation now (the model accepts its
// output from the current state); if so we lift the call and its return out of the list and
// restart from the head. Meeting a return means its operation should already have been
// linearized, so we backtrack. A cache of (set of linearized operations, state) prunes subtrees
// that were already explored — the memoization that makes this practical (Lowe 2017).

export interface Operation<I, O> {
  clientId: string | number;
  input: I;
  call: number;
  output?: O;
  return?: number;
}

export interface Model<S, I, O> {
  init(): S;
  /** Apply `input` to `state`. `output` is undefined for timed-out operations. */
  step(state: S, input: I, output: O | undefined): { ok: boolean; state: S };
  hash(state: S): string;
  equal?(a: S, b: S): boolean;
  /** Split into independent sub-histories (e.g. per key); each is checked alone. */
  partition?(history: Operation<I, O>[]): Operation<I, O>[][];
}

export interface CheckOptions {
  timeoutMs?: number;
}

export interface CheckResult {
  result: 'ok' | 'illegal' | 'unknown';
  /** Index of the first partition found illegal (or that ran out of time). */
  partition?: number;
  /** For 'illegal': the longest prefix of operations (indices into the partition) that could be linearized. */
  longestLinearizedPrefix?: number[];
  /** Number of search steps, all partitions together. */
  steps: number;
}

interface EventNode {
  kind: 'call' | 'return';
  op: number;
  time: number;
  prev: EventNode | null;
  next: EventNode | null;
  /** For a call: its return event, if the operation returned. */
  match: EventNode | null;
}

const timeCheckEvery = 1024;

export function checkLinearizability<S, I, O>(
  model: Model<S, I, O>,
  history: Operation<I, O>[],
  options: CheckOptions = {},
): CheckResult {
  for (const op of history) {
    if (op.return !== undefined && op.return < op.call) {
      throw new RangeError(`operation of client ${op.clientId} returns (${op.return}) before its call (${op.call})`);
    }
  }
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  const partitions = model.partition ? model.partition(history) : [history];
  let steps = 0;
  let sawUnknown: number | undefined;
  for (let p = 0; p < partitions.length; p++) {
    const outcome = checkPartition(model, partitions[p] ?? [], deadline);
    steps += outcome.steps;
    if (outcome.result === 'illegal') {
      return { result: 'illegal', partition: p, longestLinearizedPrefix: outcome.longest, steps };
    }
    if (outcome.result === 'unknown' && sawUnknown === undefined) sawUnknown = p;
  }
  if (sawUnknown !== undefined) return { result: 'unknown', partition: sawUnknown, steps };
  return { result: 'ok', steps };
}

function buildEventList<I, O>(ops: Operation<I, O>[]): { head: EventNode; returns: number } {
  const events: EventNode[] = [];
  let returns = 0;
  ops.forEach((op, i) => {
    const call: EventNode = { kind: 'call', op: i, time: op.call, prev: null, next: null, match: null };
    events.push(call);
    if (op.return !== undefined) {
      const ret: EventNode = { kind: 'return', op: i, time: op.return, prev: null, next: null, match: null };
      call.match = ret;
      events.push(ret);
      returns++;
    }
  });
  // Calls before returns at equal times: touching intervals are treated as concurrent.
  events.sort((a, b) => a.time - b.time || (a.kind === b.kind ? 0 : a.kind === 'call' ? -1 : 1));
  const head: EventNode = { kind: 'call', op: -1, time: -Infinity, prev: null, next: null, match: null };
  let last = head;
  for (const e of events) {
    last.next = e;
    e.prev = last;
    last = e;
  }
  return { head, returns };
}

function lift(call: EventNode): void {
  call.prev!.next = call.next;
  if (call.next) call.next.prev = call.prev;
  const ret = call.match;
  if (ret) {
    ret.prev!.next = ret.next;
    if (ret.next) ret.next.prev = ret.prev;
  }
}

function unlift(call: EventNode): void {
  const ret = call.match;
  if (ret) {
    ret.prev!.next = ret;
    if (ret.next) ret.next.prev = ret;
  }
  call.prev!.next = call;
  if (call.next) call.next.prev = call;
}

function checkPartition<S, I, O>(
  model: Model<S, I, O>,
  ops: Operation<I, O>[],
  deadline: number,
): { result: 'ok' | 'illegal' | 'unknown'; steps: number; longest?: number[] } {
  const { head, returns } = buildEventList(ops);
  let remainingReturns = returns;
  const equal = model.equal ?? ((a: S, b: S) => model.hash(a) === model.hash(b));
  const linearized = new Uint32Array(Math.ceil(ops.length / 32) || 1);
  // cache key: linearized bitset + state hash → states seen (compared with `equal` on collision)
  const cache = new Map<string, S[]>();
  const stack: { call: EventNode; previousState: S }[] = [];
  let state = model.init();
  let entry: EventNode | null = head.next;
  let steps = 0;
  let longest: number[] = [];

  while (true) {
    if (remainingReturns === 0) return { result: 'ok', steps };
    steps++;
    if (steps % timeCheckEvery === 0 && Date.now() > deadline) return { result: 'unknown', steps };

    if (entry !== null && entry.kind === 'call') {
      const current: EventNode = entry;
      const op = ops[current.op]!;
      const next = model.step(state, op.input, op.return === undefined ? undefined : op.output);
      let advanced = false;
      if (next.ok) {
        const word = current.op >>> 5;
        const bit = 1 << (current.op & 31);
        linearized[word] = linearized[word]! | bit;
        const key = `${Array.from(linearized).join(',')}|${model.hash(next.state)}`;
        const seen = cache.get(key);
        if (!seen || !seen.some((s) => equal(s, next.state))) {
          if (seen) seen.push(next.state);
          else cache.set(key, [next.state]);
          stack.push({ call: current, previousState: state });
          state = next.state;
          if (current.match) remainingReturns--;
          lift(current);
          if (stack.length > longest.length) longest = stack.map((s) => s.call.op);
          entry = head.next;
          advanced = true;
        } else {
          linearized[word] = linearized[word]! & ~bit;
        }
      }
      if (!advanced) entry = current.next;
    } else {
      // A return whose operation is not linearized yet (or the end of the list): backtrack.
      const top = stack.pop();
      if (!top) return { result: 'illegal', steps, longest };
      const call = top.call;
      state = top.previousState;
      linearized[call.op >>> 5] = linearized[call.op >>> 5]! & ~(1 << (call.op & 31));
      if (call.match) remainingReturns++;
      unlift(call);
      entry = call.next;
    }
  }
}
