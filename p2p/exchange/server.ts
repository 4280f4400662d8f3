// Serves pieces of this node's artifacts (complete or partial) to peers.
import type { Connection, Stream } from '@libp2p/interface';
import type { ArrowLibp2p } from '../host/index.ts';
import type { ArtifactStore } from '../store/index.ts';
import { arrow } from '../proto/p2p.pb.js';
import { isDigest } from '../pieces/index.ts';
import type { Digest } from '../pieces/index.ts';
import { MAX_REQUEST_BYTES, PIECES_PROTOCOL, encodeResponse, frameReader, readFrame, writeFrame } from './codec.ts';
import { TokenBucket } from './rate-limit.ts';

export interface ExchangeCounters {
  uploaded(peer: string, bytes: number): void;
}

export interface PieceServerOptions {
  /** Pieces being sent at once, across all peers; beyond it peers get "busy" and try someone else. */
  maxConcurrentUploads?: number;
  /** Optional upload limit for this node. */
  uploadBytesPerSecond?: number;
  /** A stream with no request for this long is closed. */
  idleTimeoutMs?: number;
  writeTimeoutMs?: number;
  counters?: ExchangeCounters;
}

export class PieceServer {
  readonly #store: ArtifactStore;
  readonly #maxUploads: number;
  readonly #idleTimeoutMs: number;
  readonly #writeTimeoutMs: number;
  readonly #bucket: TokenBucket | undefined;
  readonly #counters: ExchangeCounters | undefined;
  #activeUploads = 0;
  /** How often each piece of a complete artifact was sent, for super-seeding (see #answer). */
  readonly #served = new Map<Digest, Uint32Array>();

  constructor(store: ArtifactStore, options: PieceServerOptions = {}) {
    this.#store = store;
    this.#maxUploads = options.maxConcurrentUploads ?? 8;
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
    this.#writeTimeoutMs = options.writeTimeoutMs ?? 20_000;
    this.#bucket = options.uploadBytesPerSecond ? new TokenBucket(options.uploadBytesPerSecond, 1024 * 1024) : undefined;
    this.#counters = options.counters;
  }

  async start(libp2p: ArrowLibp2p): Promise<void> {
    await libp2p.handle(PIECES_PROTOCOL, (stream, connection) => this.#serve(stream, connection), {
      maxInboundStreams: 64,
    });
  }

  async #serve(stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer.toString();
    const reader = frameReader(stream, MAX_REQUEST_BYTES);
    // An upload slot stays taken until the piece has left this stream's buffer for the muxer
    // (which only takes what the peer's flow-control window allows): slots bound queued bytes.
    const slot = { held: false };
    const release = () => { if (slot.held) { slot.held = false; this.#activeUploads--; } };
    try {
      for (;;) {
        let frame: Uint8Array;
        try {
          frame = await readFrame(stream, reader, this.#idleTimeoutMs, 'a request');
        } catch {
          break; // idle, closed or oversized: nothing more to answer on this stream
        }
        const response = await this.#answer(frame, peer, slot);
        await writeFrame(stream, encodeResponse(response), this.#writeTimeoutMs);
        if (slot.held) await drained(stream, this.#writeTimeoutMs);
        release();
      }
      await stream.close().catch(() => undefined);
    } catch (error) {
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    } finally {
      release();
    }
  }

  async #answer(frame: Uint8Array, peer: string, slot: { held: boolean }): Promise<arrow.p2p.Response.$Properties> {
    let request: arrow.p2p.Request;
    try {
      request = arrow.p2p.Request.decode(frame);
    } catch {
      return { error: { code: 'bad-request', message: 'undecodable request' } };
    }
    const digest = request.have?.digest ?? request.piece?.digest ?? '';
    if (!isDigest(digest)) return { error: { code: 'bad-request', message: 'invalid digest' } };
    if (request.have) return { have: await this.#have(digest) };
    if (request.piece) {
      if (this.#activeUploads >= this.#maxUploads) return { error: { code: 'busy', message: 'upload slots full' } };
      const index = request.piece.index ?? 0;
      // Super-seeding: while its uplink is in use at all, a node holding the whole artifact turns
      // away requests for pieces it has already sent once, so pullers fetch those from each other
      // and this node's uplink goes to pieces nobody else has yet. (With the old threshold of half
      // the slots, 7 pullers kept the origin re-sending pieces: egress ≈ 2× the artifact.) Idle, it
      // serves anything, so nobody is ever starved. 'seeded' tells the puller to ask someone else
      // for this piece rather than to back off from this node.
      const served = this.#served.get(digest);
      if (served && (served[index] ?? 0) > 0 && this.#activeUploads >= 1) {
        return { error: { code: 'seeded', message: 'piece already seeded; ask other peers' } };
      }
      this.#activeUploads++;
      slot.held = true;
      const data = await this.#store.readPiece(digest, index);
      if (!data) return { error: { code: 'not-found', message: `piece ${index} of ${digest} not held` } };
      if (this.#bucket) {
        const wait = this.#bucket.take(data.length);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      this.#counters?.uploaded(peer, data.length);
      if (await this.#store.has(digest)) this.#countServed(digest, index);
      return { piece: { index, data } };
    }
    return { error: { code: 'bad-request', message: 'empty request' } };
  }

  #countServed(digest: Digest, index: number): void {
    let served = this.#served.get(digest);
    if (!served) {
      // Bounded memory: forget the oldest artifact's counts (Map keeps insertion order).
      if (this.#served.size >= 64) this.#served.delete(this.#served.keys().next().value!);
      served = new Uint32Array(Math.max(1, index + 1));
      this.#served.set(digest, served);
    }
    if (index >= served.length) {
      const grown = new Uint32Array(index + 1);
      grown.set(served);
      served = grown;
      this.#served.set(digest, served);
    }
    served[index]! += 1;
  }

  async #have(digest: Digest): Promise<arrow.p2p.HaveResponse.$Properties> {
    const manifest = await this.#store.manifest(digest);
    const held = await this.#store.piecesHeld(digest);
    if (!manifest || !held) return { known: false };
    return { known: true, manifest, have: held.bytes, complete: held.isComplete() && await this.#store.has(digest) };
  }
}

/** Resolves when everything written to the stream has been handed to the muxer (or on timeout). */
async function drained(stream: Stream, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (stream.writeBufferLength > 0 && stream.status === 'open' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
