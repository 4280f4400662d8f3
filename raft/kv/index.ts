// Key-value state machine with request-id deduplication, applied from Raft log entries.
export { KvStore, encodeRequest, decodeRequest } from './store.ts';
export type { KvOp, KvResult, KvRequest, KvApplied } from './store.ts';
