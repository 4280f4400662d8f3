// Linearizability checker (Wing & Gong's search with Lowe's memoization, as in Porcupine).
//
// API
//   checkLinearizability(model, history, { timeoutMs? }) → CheckResult
//     model:   Model<S, I, O>  { init(); step(state, input, output | undefined) → { ok, state };
//                               hash(state) → string; equal?(a, b); partition?(history) → history[] }
//     history: Operation<I, O>[]  { clientId, input, call, output?, return? }
//              `call`/`return` are times from one clock (any unit). An operation without `return`
//              timed out: it may have taken effect at any point after its call, or never; `step`
//              then receives `output === undefined` and must accept whatever the input would do.
//     result:  'ok'      a linearization exists (for every partition)
//              'illegal' no linearization exists; `partition` is the index of the failing one
//              'unknown' the time budget ran out before the search finished
//   kvModel: a key-value model (get / put / append / cas) partitioned per key.
//
// Operations whose intervals touch (one's return equals another's call) count as concurrent:
// a checker fed coarse clocks must not reject a correct system.
export { checkLinearizability } from './check.ts';
export type { Model, Operation, CheckResult, CheckOptions } from './check.ts';
export { kvModel } from './kv-model.ts';
export type { KvInput, KvOutput, KvState } from './kv-model.ts';
