// The Raft driver: RaftNode runs one member around the core's RawNode.
//
//   const node = await RaftNode.start({ id, dataDir, transport, stateMachine, initialMembers? })
//     stateMachine: { apply(command, index) → R | Promise<R>; snapshot() → bytes; restore(bytes) }
//     initialMembers: { id: address } of the founding voters, used only on an empty data dir
//     (omit it for a member that will be added with addLearner); on restart the log, hard state
//     and latest snapshot are loaded from LevelDB and the state machine restored.
//   node.propose(command) → { result, index } once applied on this member
//       rejects NotLeaderError (no leader known), RequestTimeoutError (outcome unknown), NodeClosedError
//   node.read(query) → runs query() once this member has applied up to a ReadIndex
//   node.addLearner(id, address) / promote(id) / remove(id) → ConfState once applied
//   node.transferLeadership(id); node.on('leader' | 'membership' | 'error', …); node.close()
//
// Each Ready is written to LevelDB as one batch (synced when the core requires it) before the
// messages that depend on it are sent and before its committed entries are applied; see
// raft-node.ts for the pipelining. member-main.ts runs a member as a process with a small TCP
// client protocol (client-protocol.ts); ProcessCluster launches several for tests and benchmarks.
export { RaftNode, NotLeaderError, RequestTimeoutError, LeaderChangedError, NodeClosedError } from './raft-node.ts';
export type { RaftNodeOptions, StateMachine, RaftNodeEvents } from './raft-node.ts';
export { MemberClient, ClientTimeoutError, serveClients } from './client-protocol.ts';
export type { ClientRequest, ClientResponse } from './client-protocol.ts';
export { ProcessCluster } from './process-cluster.ts';
export type { ProcessClusterOptions, MemberProcess } from './process-cluster.ts';
