// Arrow's Raft: the public entry of the raft/ module.
//   core            deterministic consensus (RawNode, MemoryStorage) — raft/core
//   RaftNode        the driver: LevelDB persistence, transport, state machine API — raft/node
//   transports      in-memory and TCP — raft/transport
//   storage         LevelDB layout and recovery — raft/storage
//   linearizability checker (Porcupine-style) and a KV model — raft/linearizability
//   KvStore         key-value state machine with request dedup — raft/kv
export * from './core/index.ts';
export { RaftNode, NotLeaderError, RequestTimeoutError, LeaderChangedError, NodeClosedError, MemberClient, ClientTimeoutError, ProcessCluster, serveClients } from './node/index.ts';
export type { RaftNodeOptions, StateMachine, RaftNodeEvents, ClientRequest, ClientResponse, ProcessClusterOptions, MemberProcess } from './node/index.ts';
export { MemoryNetwork, MemoryTransport, TcpTransport } from './transport/index.ts';
export type { Transport, TcpTransportOptions } from './transport/index.ts';
export { LevelRaftStorage } from './storage/index.ts';
export type { PersistedState, StorageLimits } from './storage/index.ts';
export { checkLinearizability, kvModel } from './linearizability/index.ts';
export type { Model, Operation, CheckResult, CheckOptions, KvInput, KvOutput, KvState } from './linearizability/index.ts';
export { KvStore, encodeRequest, decodeRequest } from './kv/index.ts';
export type { KvOp, KvResult, KvRequest, KvApplied } from './kv/index.ts';
