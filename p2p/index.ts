// p2p: the content-addressed artifact store of a node and its peer-to-peer distribution.
//
// Store guarantees (openStore):
// - An artifact is named by `sha256:<hex>` of its bytes and stored once per node, at
//   blobPath(digest) = dataDir/cas/sha256/<2 hex>/<hex>; the file exists iff has(digest).
//   Blob files are immutable: never write to them; read them or hard-link/copy them.
// - putFile/putBytes copy into a temp file under dataDir/cas/tmp, hash each 1 MiB piece and the
//   whole, fsync, and publish with one rename plus one LevelDB batch: a crash leaves either no
//   artifact or the complete one. Putting bytes already held stores nothing new.
// - References say who uses an artifact (e.g. `kernel:<template>`, `arrow:<id>`, `pin`). Any number
//   of references share the one file. gc() deletes exactly the complete artifacts with no
//   references; removeRef() never deletes by itself.
// - Downloads (beginDownload/writePiece/finishDownload) verify every piece against the manifest
//   and the whole blob against the digest before publishing; verified pieces survive a crash
//   and are not fetched again.
// - One process at a time: openStore fails with "in use by another process" while another holds
//   dataDir/cas.db (a running arrowd); talk to that arrowd's API instead.
export { openStore, BlobMismatchError } from './store/index.ts';
export type { ArtifactInfo, ArtifactStore, GcResult, OpenStoreOptions, PartialInfo } from './store/index.ts';
export { Bitfield, PIECE_SIZE, digestOf, isDigest, manifestDigestOf, parseDigest, pieceCount, pieceRange } from './pieces/index.ts';
export type { Digest, Manifest } from './pieces/index.ts';

// Network: one libp2p host per node and the piece exchange.
export { createHost, loadOrCreateNodeKey, readClusterKey, writeClusterKey } from './host/index.ts';
export type { ArrowLibp2p, HostOptions, StreamHost } from './host/index.ts';
// Length-prefixed frames with limits and timeouts, for every protocol that sends messages on streams.
export { frameReader, readFrame, readFrameChunks, writeFrame, writeFramed, encodeFrames, writeVarint, frameErrorKind, FrameTimeoutError, StreamEndedError } from './framing/index.ts';
export type { Frame, FrameReader } from './framing/index.ts';
// Request/response calls (one stream per call) for the control protocols; contract in p2p/rpc/index.ts.
export { serveRpc, callRpc, RpcError, RpcRemoteError, RpcTimeoutError, RpcTooLargeError, RpcTransportError } from './rpc/index.ts';
export type { RpcHandler, RpcServer, RpcServerOptions, CallRpcOptions } from './rpc/index.ts';
// Pulls check each peer's manifest against the digest the cluster recorded (manifestDigestOf)
// before asking it for pieces, and ask only the peers their PeerSource names (listedPeers: the
// tracker's holders; connectedPeers: anyone connected). Contract in p2p/exchange/fetch.ts.
export { PieceServer, fetchArtifact, connectedPeers, listedPeers, FetchFailedError, UnknownArtifactError, PIECES_PROTOCOL } from './exchange/index.ts';
export type { BadPeerReport, ExchangeCounters, FetchOptions, FetchProgress, FetchResult, PeerAddress, PeerSource, PieceServerOptions } from './exchange/index.ts';
// For tests of protocols built on the host: real hosts on loopback sharing a cluster key.
export { testHosts } from './testing/hosts.ts';
export type { TestHosts } from './testing/hosts.ts';
// A libp2p stream as a Node Duplex (node:http over a cluster connection).
export { StreamDuplex } from './duplex/index.ts';
export type { StreamDuplexOptions } from './duplex/index.ts';
