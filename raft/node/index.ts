// The Raft driver: RaftNode runs one member (LevelDB persistence, transport, state machine API).
export { RaftNode, NotLeaderError, RequestTimeoutError, NodeClosedError } from './raft-node.ts';
export type { RaftNodeOptions, StateMachine, RaftNodeEvents } from './raft-node.ts';
