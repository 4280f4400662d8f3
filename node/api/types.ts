// The JSON shapes of the arrowd HTTP API, shared by the server and the typed client.
import type { Digest } from '../../p2p/index.ts';

export interface NodeStatus { peerId: string; addrs: string[]; peers: Array<{ peerId: string; addrs: string[] }>; dataDir: string }

export interface ArtifactEntry { digest: Digest; size: number; refs: string[]; piecesHeld: number; pieceCount: number; complete: boolean }

export interface PutResult { digest: Digest; size: number; refs: string[] }

export type PullEvent =
  | { type: 'progress'; piecesHeld: number; pieceCount: number; bytesHeld: number; size: number; peers: number }
  | { type: 'bad-peer'; peer: string; reason: string }
  | { type: 'done'; digest: Digest; size: number; refs: string[]; resumedPieces: number; bytesFromPeers: Record<string, number>; badPeers: Array<{ peer: string; reason: string }> }
  | { type: 'error'; code: 'unknown-artifact' | 'failed'; message: string };

export interface GcResponse { removed: Digest[]; freedBytes: number; partialsRemoved: Digest[] }

export interface ApiErrorBody { error: string; message: string }
