// shadowfs/replicate: a volume's snapshots pushed from the node that takes them (the primary)
// to replicas over libp2p, each chunk sent only to a replica that lacks it.
//
// CONTRACT
//
// Replica: `const server = await serveVolumeReplicas(host, { volumes, store, accept })`.
//   - accept(peerId, volume) decides, per authenticated peer and volume, whether a push is taken
//     and with which limits ({ sizeLimit, retain } as Volumes.adopt takes them); undefined
//     refuses ('refused'). It is asked before any manifest byte is read.
//   - Pushes of one volume are serialised; pushes in progress (waiting included) are bounded by
//     maxConcurrent, more are refused 'busy' at once.
//   - A push whose snapshot is the volume's latest here is answered Held (nothing sent); one taken
//     before (createdMs) the latest here is refused 'stale': an old push never rolls a replica back.
//   - Everything a peer sends is bounded and checked: frames ≤ 1 MiB, the manifest ≤
//     MAX_MANIFEST_BYTES and decoded strictly (decodeManifest, its files ≤ sizeLimit), ≤
//     MAX_SNAPSHOT_CHUNKS distinct chunks, each chunk wanted, not yet received, of the manifest's
//     size and sha256; the pusher may be silent idleTimeoutMs between frames and the whole push
//     takes at most transferTimeoutMs. A violation is answered Refused(code, reason), the stream
//     ends, and onFailure hears it.
//   - Chunks arriving (and chunks found already stored) are held by replicaHolder(volume) until
//     Volumes.adopt holds them for the volume; that holder is released on every outcome, so a
//     failed push leaves nothing it stored referenced, and nothing adopted before is touched.
//     A crash mid-push leaves the holder's references; the server releases them (one scan of the
//     store) before its first push of that volume. One server per store.
//   - server.stop() unregisters the protocol, cuts off pushes in progress and waits for their
//     cleanup: stop it before closing the volumes and the store.
//
// Pusher: `await pushSnapshot(host, peer, { volumes, store, volume, seq })` resolves with the
//   replica's seq and what was sent ({ sentChunks, sentBytes, alreadyHeld }); it rejects with
//   ReplicationRefusedError (code, reason: the replica's) or an Error naming what failed (the
//   dial, the timeout, an answer that breaks the protocol, a chunk missing or corrupt here).
//   timeoutMs (default 30 min) bounds the whole push; signal aborts it.
//
// Wire (shadowfs/proto/replicate.proto, one stream per push, length-prefixed frames):
//   Offer(volume, created_ms, manifest digest and size) → Refused | Held(seq) | SendManifest;
//   ManifestPart… → Refused | Want(bitfield over the manifest's distinct chunks, see chunkOrder);
//   Chunk(digest, data)… → Adopted(seq) | Refused.
export { pushSnapshot, DEFAULT_PUSH_TIMEOUT_MS } from './pusher.ts';
export type { PushOptions, PushResult } from './pusher.ts';
export { serveVolumeReplicas, replicaHolder } from './replica.ts';
export type { ReplicaServer, ReplicaServerOptions } from './replica.ts';
export {
  MAX_CLOCK_SKEW_MS, MAX_FRAME_BYTES as MAX_REPLICATE_FRAME_BYTES, MAX_MANIFEST_PART_BYTES, MAX_SNAPSHOT_CHUNKS, REPLICATE_PROTOCOL, ReplicationRefusedError, chunkOrder,
} from './wire.ts';
export type { RefusalCode } from './wire.ts';
