// Piece exchange over libp2p (/arrow/pieces/1.0.0): a server for this node's pieces and a
// downloader that fetches from every holder.
export { PieceServer } from './server.ts';
export type { ExchangeCounters, PieceServerOptions } from './server.ts';
export { fetchArtifact, connectedPeers, UnknownArtifactError } from './fetch.ts';
export type { BadPeerReport, FetchOptions, FetchProgress, FetchResult, PeerSource } from './fetch.ts';
export { PIECES_PROTOCOL, MAX_REQUEST_BYTES, MAX_RESPONSE_BYTES, encodeResponse } from './codec.ts';
export { TokenBucket } from './rate-limit.ts';
