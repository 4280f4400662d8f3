// Piece exchange over libp2p (/arrow/pieces/1.0.0): a server for this node's pieces and a
// downloader that fetches from the peers a PeerSource names.
//
// CONTRACT (fetchArtifact)
//   fetchArtifact(libp2p, store, source, digest, options) makes `digest` complete in `store`.
//   - Peers: only those source.candidates() names (asked at the start and every discoverMs).
//     listedPeers(libp2p, holders) names the tracker's holders and puts their addresses in the
//     peer store (requests dial them when not connected); connectedPeers names anyone connected.
//   - Manifests: give options.expectedManifestDigest (manifestDigestOf of the manifest the cluster
//     recorded at push) and each peer's manifest is checked against it before that peer is asked
//     for anything: a mismatch is a forged manifest, that peer alone is reported (onBadPeer) and
//     it is never asked for a piece. Without it the first manifest in is used and peers with
//     another are set aside (FetchResult.setAside), blamed by nobody; if the pieces of the one in
//     use do not hash to the digest, its complete holders are reported and the pull fails.
//   - Pieces are verified one by one against the manifest in use; a peer sending a bad one is
//     reported and dropped; the rest come from the others.
//   - Failures: UnknownArtifactError when no candidate holds it; FetchFailedError (`peers`: each
//     candidate with why it did not deliver) when every candidate is bad or set aside for
//     hopelessGraceMs, when no piece arrived for stallTimeoutMs, or on the final hash; an Error
//     when options.signal aborts. Verified pieces stay for the next attempt.
export { PieceServer } from './server.ts';
export type { ExchangeCounters, PieceServerOptions } from './server.ts';
export { fetchArtifact, FetchFailedError, UnknownArtifactError } from './fetch.ts';
export type { BadPeerReport, FetchOptions, FetchProgress, FetchResult } from './fetch.ts';
export { connectedPeers, listedPeers } from './peers.ts';
export type { PeerAddress, PeerSource } from './peers.ts';
export { judgeManifest, pullVerdict, peerFailures, hopeless } from './verdict.ts';
export type { ManifestVerdict, PeerCondition, PeerOutlook, PullState, PullVerdict } from './verdict.ts';
export { PIECES_PROTOCOL, MAX_REQUEST_BYTES, MAX_RESPONSE_BYTES, encodeResponse } from './codec.ts';
export { TokenBucket } from './rate-limit.ts';
