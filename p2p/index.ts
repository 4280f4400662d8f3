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
export { openStore } from './store/index.ts';
export type { ArtifactInfo, ArtifactStore, GcResult, OpenStoreOptions, PartialInfo } from './store/index.ts';
export { Bitfield, PIECE_SIZE, digestOf, isDigest, parseDigest, pieceCount, pieceRange } from './pieces/index.ts';
export type { Digest, Manifest } from './pieces/index.ts';

// Network: one libp2p host per node and the piece exchange.
export { createHost, loadOrCreateNodeKey, readClusterKey, writeClusterKey } from './host/index.ts';
export type { ArrowLibp2p, HostOptions } from './host/index.ts';
export { PieceServer, fetchArtifact, connectedPeers, UnknownArtifactError, PIECES_PROTOCOL } from './exchange/index.ts';
export type { BadPeerReport, ExchangeCounters, FetchOptions, FetchProgress, FetchResult, PeerSource, PieceServerOptions } from './exchange/index.ts';

// A libp2p stream as a Node Duplex (node:http over a cluster connection).
export { StreamDuplex } from './duplex/index.ts';
export type { StreamDuplexOptions } from './duplex/index.ts';
