// The control protocol between a node's agent and the cluster's servers: join, register,
// heartbeat, watch this node's allocations, report statuses and held artifacts.
//
// CONTRACT
//   ControlApi is what an agent calls. On a server node the agent calls the local server's
//   implementation directly; elsewhere it calls remoteControl(call), which carries each call as
//   one protobuf request and one response (node/proto/control.proto) through `call`, a libp2p RPC
//   to one server (p2p/rpc). serveControl(handler) is the matching server side: give it the
//   caller's authenticated peer id with the request bytes, it answers with response bytes.
//   - Every call is authorised on the server by the caller's peer id: an agent acts only for the
//     nodes registered to its peer (join/register with node.peerId = caller; heartbeats and
//     reports only for nodes whose record names the caller).
//   - Errors: NotLeaderError (heartbeats go to the leader: retry there, `leader` is a hint, maybe
//     ''); ControlUnavailableError (no leader, a write timed out with its outcome unknown, the
//     server is stopping: retry); ControlRefusedError (the server refused: bad input, not
//     authorised; retrying the same call will not help); anything else is the transport's
//     (retry, perhaps elsewhere).
//   - artifact(ref) answers any caller (holding the cluster key is enough): the tracker's record
//     of a digest or NAME:TAG with up to limits.maxHolders holders that are not down (a random
//     sample when more), each with its peer id and addresses; undefined when nobody holds it.
//   - claim(node, name, release) goes to the leader (NotLeaderError elsewhere): a lease of
//     CLAIM_LEASE_MS on `name` for one node at a time, renewed by claiming again, given up with
//     release, taken over by another caller once expired or once its node is down.
//   - watch() is a long poll: it answers as soon as the node's allocations, or a volume it runs or
//     holds a replica for, changed after `sinceIndex`, else after `waitMs` with the same index. The
//     caller's RPC timeout must exceed waitMs. Its `volumes` (VolumeView: primary and replica
//     nodes as PeerRef, holders' newest snapshots) are decoded strictly: beyond
//     limits.maxWatchVolumes/maxVolumeHolders or commandLimits.maxVolumeReplicas, an empty or
//     overlong name or id, a bad manifest digest, a duplicate volume, and the answer is refused
//     with ControlDecodeError.
//   - networkView(sinceIndex, waitMs) answers any caller (holding the cluster key is enough),
//     from any server's applied state: the cluster's network view (node/cluster networkView) as
//     soon as its index is above `sinceIndex`, else after `waitMs` (at most limits.maxWatchMs)
//     the current one. Answers are decoded strictly: beyond node/cluster's networkViewLimits, a
//     bad subnet, status, overlay, name or address, or a duplicate, and the whole answer is
//     refused with ControlDecodeError (a server's fault: retry, perhaps elsewhere).
//   - Limits: requests and responses are bounded by the RPC layer (see limits below); a report
//     holds one cluster command, itself bounded by node/cluster's command limits.
export { remoteControl, serveControl, ControlDecodeError, ControlRefusedError, ControlUnavailableError, NotLeaderError, limits as controlLimits, CONTROL_PROTOCOL } from './codec.ts';
export type { ArtifactHolder, ArtifactLocation, ClaimReply, ControlApi, ControlCall, ControlHandler, HeartbeatReply, JoinReply, PeerRef, ServerInfo, VolumeView, WatchReply } from './codec.ts';
