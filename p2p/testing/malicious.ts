// Test helper: a cluster member that lies about an artifact it was given as a file, on a real
// libp2p host (pnet + Noise + Yamux), so tests can check that pullers verify, blame it alone and
// finish from honest peers. It always claims to hold the whole artifact, to draw requests.
//   'corrupt-pieces'  : the honest manifest, but every piece sent has one bit flipped.
//   'forged-manifest' : a manifest with the right digest and size whose piece digests describe
//                       other bytes (every piece with one bit flipped), and pieces that match
//                       it: piece checks pass, only the manifest digest recorded by the cluster
//                       (or the final whole-blob hash) shows the forgery.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { multiaddr } from '@multiformats/multiaddr';
import { createHost } from '../host/index.ts';
import type { ArrowLibp2p } from '../host/index.ts';
import { arrow } from '../proto/p2p.pb.js';
import { MAX_REQUEST_BYTES, PIECES_PROTOCOL, encodeResponse } from '../exchange/codec.ts';
import { frameReader, readFrame, writeFrame } from '../framing/index.ts';
import { Bitfield, PIECE_SIZE, pieceCount, sha256 } from '../pieces/index.ts';
import type { Digest, Manifest } from '../pieces/index.ts';

export type MaliciousMode = 'corrupt-pieces' | 'forged-manifest';

export interface MaliciousPeer {
  readonly libp2p: ArrowLibp2p;
  readonly peerId: string;
  readonly addrs: string[];
  /** The digest of the file it was given (the artifact it lies about). */
  readonly digest: Digest;
  /** How many pieces it has sent, and how many have requests it answered. */
  readonly served: { pieces: number; haves: number };
  stop(): Promise<void>;
}

export interface MaliciousPeerOptions {
  clusterKey: Uint8Array;
  file: string;
  mode: MaliciousMode;
  /** Peers to dial once started. */
  peers?: string[];
}

/** Largest file a malicious peer holds in memory (tests use a few MiB). */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

function flipOneBit(piece: Uint8Array): Uint8Array {
  const copy = new Uint8Array(piece);
  copy[copy.length >> 1]! ^= 0x40;
  return copy;
}

export async function startMaliciousPeer(options: MaliciousPeerOptions): Promise<MaliciousPeer> {
  const data = new Uint8Array(await readFile(options.file));
  if (data.length > MAX_FILE_BYTES) throw new Error(`${options.file}: ${data.length} bytes, limit ${MAX_FILE_BYTES}`);
  const digest: Digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  const count = pieceCount(data.length, PIECE_SIZE);
  const honest = Array.from({ length: count }, (_, i) => data.subarray(i * PIECE_SIZE, Math.min(data.length, (i + 1) * PIECE_SIZE)));
  const sent = honest.map(flipOneBit);
  const manifest: Manifest = {
    digest, size: data.length, pieceSize: PIECE_SIZE,
    pieceDigests: (options.mode === 'forged-manifest' ? sent : honest).map((piece) => sha256(piece)),
  };
  const all = Bitfield.full(count);
  const served = { pieces: 0, haves: 0 };

  const libp2p = await createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey: options.clusterKey, listen: ['/ip4/127.0.0.1/tcp/0'] });
  await libp2p.handle(PIECES_PROTOCOL, async (stream) => {
    const reader = frameReader(stream, MAX_REQUEST_BYTES);
    try {
      for (;;) {
        const request = arrow.p2p.Request.decode(await readFrame(stream, reader, 30_000, 'a request'));
        const asked = request.have?.digest ?? request.piece?.digest ?? '';
        if (request.have) {
          served.haves++;
          const answer = asked === digest
            ? { have: { known: true, ...(request.have.manifestKnown ? {} : { manifest }), have: all.bytes, complete: true } }
            : { have: { known: false } };
          await writeFrame(stream, encodeResponse(answer), 10_000);
        } else if (request.piece) {
          const index = request.piece.index ?? 0;
          const piece = asked === digest ? sent[index] : undefined;
          if (!piece) break;
          served.pieces++;
          await writeFrame(stream, encodeResponse({ piece: { index, data: piece } }), 10_000);
        } else {
          break;
        }
      }
    } catch { /* the puller dropped us: expected */ }
    stream.abort(new Error('done'));
  });
  for (const peer of options.peers ?? []) await libp2p.dial(multiaddr(peer), { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
  return {
    libp2p,
    peerId: libp2p.peerId.toString(),
    addrs: libp2p.getMultiaddrs().map((a) => a.toString()),
    digest,
    served,
    stop: async () => { await libp2p.stop(); },
  };
}
