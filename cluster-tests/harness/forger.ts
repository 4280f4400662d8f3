#!/usr/bin/env node
// Test helper, run as its own process inside a host of the topology: a host that holds the
// cluster key but is no member, and tries to pass off forged content. It
//   1. asks a server (control protocol) to record `--impersonate` node as a holder of `--digest`
//      (a holder report for a node that is not its own), and prints how that ended;
//   2. connects to `--target` and serves the pieces protocol for `--digest` with a forged
//      manifest (right digest and size, pieces of its own making that each match it), so a node
//      pulling the digest from its connected peers is offered the forgery.
// It prints one JSON line per step and serves until its stdin closes.
//   node forger.ts --cluster-key FILE --server MULTIADDR --target MULTIADDR --digest D --size N --impersonate NODE_ID
import { createHash, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { multiaddr } from '@multiformats/multiaddr';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromString } from '@libp2p/peer-id';
import { Bitfield, PIECE_SIZE, PieceServer, callRpc, createHost, parseDigest, pieceCount, readClusterKey } from '../../p2p/index.ts';
import type { ArtifactStore, Digest, Manifest } from '../../p2p/index.ts';
import { CONTROL_PROTOCOL, controlLimits, remoteControl } from '../../node/control/index.ts';

const { values } = parseArgs({ options: {
  'cluster-key': { type: 'string' }, server: { type: 'string' }, target: { type: 'string' }, digest: { type: 'string' },
  size: { type: 'string' }, impersonate: { type: 'string' },
} });
const need = (name: keyof typeof values): string => {
  const value = values[name];
  if (!value) throw new Error(`forger.ts: --${name} is required`);
  return value;
};
const digest = parseDigest(need('digest')) as Digest;
const size = Number(need('size'));
const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

// The forgery: pieces of random bytes, and a manifest listing their hashes under the real digest.
const pieces = Array.from({ length: pieceCount(size, PIECE_SIZE) }, (_, i) => randomBytes(Math.min(PIECE_SIZE, size - i * PIECE_SIZE)));
const manifest: Manifest = { digest, size, pieceSize: PIECE_SIZE, pieceDigests: pieces.map((p) => createHash('sha256').update(p).digest()) };
const forgedStore = {
  has: async (d: Digest) => d === digest,
  piecesHeld: async (d: Digest) => (d === digest ? Bitfield.full(pieces.length) : undefined),
  readPiece: async (d: Digest, index: number) => (d === digest ? pieces[index] : undefined),
  manifest: async (d: Digest) => (d === digest ? manifest : undefined),
  changed: (_d: Digest, signal: AbortSignal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true })),
} as unknown as ArtifactStore; // only what PieceServer reads

const host = await createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey: await readClusterKey(need('cluster-key')), listen: ['/ip4/127.0.0.1/tcp/0'] });
const pieceServer = new PieceServer(forgedStore);
await pieceServer.start(host);
say({ event: 'ready', peerId: host.peerId.toString() });

const server = multiaddr(need('server'));
const serverId = server.getComponents().find((c) => c.name === 'p2p')?.value ?? '';
await host.peerStore.merge(peerIdFromString(serverId), { multiaddrs: [server] });
const control = remoteControl((request, o) => callRpc(host, serverId, CONTROL_PROTOCOL, request, { timeoutMs: o.timeoutMs, maxResponseBytes: controlLimits.maxResponseBytes, ...(o.signal ? { signal: o.signal } : {}) }));
try {
  await control.report({ type: 'set-holders', changes: [{ node: need('impersonate'), digest, size, manifestDigest: digest, held: true }] });
  say({ event: 'holder-report', outcome: 'accepted' });
} catch (error) {
  say({ event: 'holder-report', outcome: `refused: ${(error as Error).message.slice(0, 200)}` });
}

await host.dial(multiaddr(need('target')), { signal: AbortSignal.timeout(10_000) });
say({ event: 'connected', target: need('target') });

process.stdin.resume();
process.stdin.on('end', () => {
  pieceServer.stop();
  void Promise.resolve(host.stop()).then(() => process.exit(0));
});
