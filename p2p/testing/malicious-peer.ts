#!/usr/bin/env node
// Test helper, run as its own process: a cluster member that holds an artifact but answers
// piece requests with corrupted bytes (one bit flipped), so tests can check that pullers verify,
// drop it and finish from honest peers.
//   node p2p/testing/malicious-peer.ts --cluster-key FILE --file DATA --peer MULTIADDR
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { multiaddr } from '@multiformats/multiaddr';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { createHost, openStore, readClusterKey, PIECES_PROTOCOL } from '../index.ts';
import { arrow } from '../proto/p2p.pb.js';
import { MAX_REQUEST_BYTES, encodeResponse } from '../exchange/index.ts';
import { frameReader, readFrame, writeFrame } from '../framing/index.ts';
import { isDigest } from '../pieces/index.ts';

const { values } = parseArgs({ options: { 'cluster-key': { type: 'string' }, file: { type: 'string' }, peer: { type: 'string', multiple: true } } });
if (!values['cluster-key'] || !values.file) throw new Error('usage: malicious-peer.ts --cluster-key FILE --file DATA [--peer MULTIADDR]...');

const dir = await mkdtemp(join(tmpdir(), 'arrow-malicious-'));
const store = await openStore(dir);
const info = await store.putFile(values.file, { ref: 'pin' });
const libp2p = await createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey: await readClusterKey(values['cluster-key']), listen: ['/ip4/127.0.0.1/tcp/0'] });
let corrupted = 0;

await libp2p.handle(PIECES_PROTOCOL, async (stream) => {
  const reader = frameReader(stream, MAX_REQUEST_BYTES);
  try {
    for (;;) {
      const request = arrow.p2p.Request.decode(await readFrame(stream, reader, 30_000, 'a request'));
      const digest = request.have?.digest ?? request.piece?.digest ?? '';
      if (!isDigest(digest)) break;
      if (request.have) {
        // Claim to hold everything, to attract as many requests as possible.
        const held = await store.piecesHeld(digest);
        await writeFrame(stream, encodeResponse(held ? { have: { known: true, manifest: await store.manifest(digest), have: held.bytes, complete: true } } : { have: { known: false } }), 10_000);
      } else if (request.piece) {
        const index = request.piece.index ?? 0;
        const data = await store.readPiece(digest, index);
        if (!data) break;
        data[data.length >> 1]! ^= 0x40;
        corrupted++;
        await writeFrame(stream, encodeResponse({ piece: { index, data } }), 10_000);
      }
    }
  } catch { /* the puller dropped us: expected */ }
  stream.abort(new Error('done'));
});

for (const peer of values.peer ?? []) await libp2p.dial(multiaddr(peer), { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
process.stdout.write(`${JSON.stringify({ event: 'ready', peerId: libp2p.peerId.toString(), addrs: libp2p.getMultiaddrs().map((a) => a.toString()), digest: info.digest })}\n`);

const shutdown = async () => {
  process.stderr.write(`malicious-peer: corrupted ${corrupted} pieces\n`);
  await libp2p.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
