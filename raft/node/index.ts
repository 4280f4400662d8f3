// The Raft driver: RaftNode runs one member (LevelDB persistence, transport, state machine API).
export { RaftNode, NotLeaderError, RequestTimeoutError, NodeClosedError } from './raft-node.ts';
export type { RaftNodeOptions, StateMachine, RaftNodeEvents } from './raft-node.ts';
export { MemberClient, ClientTimeoutError, serveClients } from './client-protocol.ts';
export type { ClientRequest, ClientResponse } from './client-protocol.ts';
export { ProcessCluster } from './process-cluster.ts';
export type { ProcessClusterOptions, MemberProcess } from './process-cluster.ts';
