// Raft over the node's libp2p host: raft/'s Transport carried on the cluster's own connections
// (TCP + the cluster key + Noise + Yamux), so only cluster-key holders reach it at all, and only
// admitted members are heard.
//
// CONTRACT
//
// Identity: a Raft member ID is the member's libp2p peer ID string (host.peerId.toString()).
//   The transport's `id` is this host's; give RaftNode the same id.
//
// Wiring (arrowd):
//   const transport = new Libp2pTransport({ host, isAdmitted, metrics });
//   RaftNode.start({ id: transport.id, transport, ... })   // calls setPeer/start/send/close
//   - isAdmitted(peerId) must answer from the committed configuration: voters and learners,
//     plus, while this node's Raft state is empty (a joiner), the servers named in its join token.
//     It is asked when a stream opens and for every frame (a removed member is cut off at its
//     next message), so keep it a set lookup. A stream from a peer it refuses is reset before
//     anything is read.
//   - metrics.onDropped(reason, peer, count): `count` messages refused or not sent (a stream
//     refused as a whole counts 1); arrowd adds it to arrow_raft_dropped_messages_total{reason}
//     (label by reason only: peer IDs would make the series unbounded). Reasons:
//     InboundDropReason (not-member, spoofed-from, wrong-recipient, malformed, oversized,
//     unexpected-type, step-failed) and OutboundDropReason (queue-full, unreachable,
//     write-timeout, too-large).
//   - setPeer(id, multiaddr): the address (normally ending in /p2p/<id>; a different peer ID
//     there is refused) goes into the peer store. Sends dial by peer ID, so an existing
//     connection is reused (one the peer opened to us included) and a member that restarted on
//     a new port is reached at the address identify learned when it reconnected. A member with
//     no address set is still dialled by its ID (from what the peer store knows).
//   - close() unregisters the protocols and ends this transport's streams; the host keeps
//     running (stop it after the RaftNode).
//
// Wire: RAFT_PROTOCOL carries, per direction and peer, one long-lived stream of length-prefixed
//   arrow.raft.Message frames (p2p's framing). SNAP messages travel on RAFT_SNAPSHOT_PROTOCOL,
//   one message per stream, written and closed before onSnapshotStatus(peer, true).
//
// Acceptance: a frame is handed to Raft only if it decodes, is a type that travels between
//   members, its `from` is the connection's authenticated peer ID, its `to` is this node, the
//   peer is admitted, and snapshots come only on the snapshot protocol. Anything else is counted
//   and resets that stream only; other streams, peers and the node carry on.
//
// Limits (options, defaults): maxFrameBytes 8 MiB. An append carries at most maxSizePerMsg
//   (1 MiB) of entries, or a single entry larger than that, so the frame limit must exceed the
//   largest command RaftNode accepts (maxCommandBytes) by 64 KiB, or that command would never
//   replicate: the default suits commands up to 7.9 MiB (arrowd's plans: 4 MiB). A follower's
//   batch of forwarded proposals above it is split into several PROP messages; anything else
//   above it is dropped as 'too-large'.
//   maxSnapshotBytes 256 MiB; per peer outbound queue 4096 messages / 32 MiB (beyond: dropped,
//   'queue-full'); inbound streams per connection 4 (snapshots 2); an inbound stream without a
//   complete frame for idleTimeoutMs (60 s) is reset; a peer that takes nothing for
//   writeTimeoutMs (5 s) while we have data for it loses its stream and queue ('write-timeout');
//   snapshots have snapshotTimeoutMs (120 s) per direction; dials dialTimeoutMs (5 s); after a
//   failed dial, or a stream that died within maxBackoffMs, sends to that peer fail fast for a
//   backoff of initialBackoffMs (50 ms) doubling to maxBackoffMs (1 s).
//
// Dead peers: a peer that vanishes without closing its TCP connection (power loss, partition)
//   is noticed only when libp2p closes that connection; until then this transport keeps writing
//   to it (a write timeout fires only once yamux's 1 MiB window is full). createHost runs without
//   libp2p's connection monitor today: arrowd's host should ping its connections (or use TCP
//   keepalive) so such a connection dies and the next send dials afresh.
//
// Delivery is best effort, as Raft expects: every message not sent is reported through
// onUnreachable (Raft then probes) and counted; nothing blocks the caller of send().
export { Libp2pTransport, RAFT_PROTOCOL, RAFT_SNAPSHOT_PROTOCOL } from './transport.ts';
export type { Libp2pTransportOptions, RaftHost, RaftTransportMetrics, DropReason, InboundDropReason, OutboundDropReason } from './transport.ts';
// The cluster's Raft member: RaftNode over the cluster state machine, proposals validated first.
export { ClusterMember } from './member.ts';
export type { ClusterMemberOptions } from './member.ts';
