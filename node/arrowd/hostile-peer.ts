#!/usr/bin/env node
// Test helper, run as its own process: a host that holds the cluster key but is no member, and
// throws at one arrowd everything a stranger or a broken peer could: well-formed Raft messages
// with a higher term (from itself, and claiming to be a member), Raft frames with garbage, an
// oversized frame header, and garbage on every other protocol arrowd serves. It prints one JSON
// line: what it sent and how each stream ended.
//   node node/arrowd/hostile-peer.ts --cluster-key FILE --target MULTIADDR [--member PEER_ID]
import { parseArgs } from 'node:util';
import { multiaddr } from '@multiformats/multiaddr';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { MessageType, encodeMessage } from '../../raft/index.ts';
import { createHost, readClusterKey, PIECES_PROTOCOL } from '../../p2p/index.ts';
import { RAFT_PROTOCOL, RAFT_SNAPSHOT_PROTOCOL } from '../consensus/index.ts';
import { CONTROL_PROTOCOL } from '../control/index.ts';
import { API_PROTOCOL } from '../api/index.ts';

const { values } = parseArgs({ options: { 'cluster-key': { type: 'string' }, target: { type: 'string' }, member: { type: 'string' } } });
if (!values['cluster-key'] || !values.target) throw new Error('usage: hostile-peer.ts --cluster-key FILE --target MULTIADDR [--member PEER_ID]');
const target = multiaddr(values.target);
const targetId = target.getComponents().find((c) => c.name === 'p2p')?.value ?? '';
const host = await createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey: await readClusterKey(values['cluster-key']), listen: ['/ip4/127.0.0.1/tcp/0'] });
const self = host.peerId.toString();

const lengthPrefixed = (body: Uint8Array): Uint8Array => {
  const head: number[] = [];
  let n = body.length;
  while (n > 0x7f) { head.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
  head.push(n);
  return Uint8Array.from([...head, ...body]);
};
const raft = (from: string) => encodeMessage({
  type: MessageType.VOTE, from, to: targetId, term: 1_000_000, logTerm: 1_000_000, index: 1_000_000, entries: [], commit: 0,
  reject: false, rejectHint: 0, context: new Uint8Array(0),
});
const garbage = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
/** A length prefix announcing 1 GiB, then a little data. */
const hugeHeader = Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x04, 1, 2, 3]);

const attempts: { protocol: string; payload: string; outcome: string }[] = [];
async function attempt(protocol: string, payload: string, frames: Uint8Array[]): Promise<void> {
  try {
    const stream = await host.dialProtocol(target, protocol, { signal: AbortSignal.timeout(5_000) });
    for (const frame of frames) if (!stream.send(frame)) await stream.onDrain({ signal: AbortSignal.timeout(5_000) });
    // Wait for the other side to end the stream (or 2 s).
    const ended = await Promise.race([
      (async () => { for await (const _ of stream) { /* discard */ } return 'closed by arrowd'; })().catch((e: unknown) => `reset: ${(e as Error).message.slice(0, 60)}`),
      new Promise<string>((r) => setTimeout(() => r('still open after 2 s'), 2_000)),
    ]);
    stream.abort(new Error('done'));
    attempts.push({ protocol, payload, outcome: ended });
  } catch (error) {
    attempts.push({ protocol, payload, outcome: `refused: ${(error as Error).message.slice(0, 80)}` });
  }
}

await attempt(RAFT_PROTOCOL, 'vote with a huge term, from itself', [lengthPrefixed(raft(self))]);
if (values.member) await attempt(RAFT_PROTOCOL, 'vote with a huge term, claiming to be a member', [lengthPrefixed(raft(values.member))]);
await attempt(RAFT_SNAPSHOT_PROTOCOL, 'vote on the snapshot protocol', [lengthPrefixed(raft(self))]);
for (const protocol of [RAFT_PROTOCOL, RAFT_SNAPSHOT_PROTOCOL, CONTROL_PROTOCOL, PIECES_PROTOCOL, API_PROTOCOL]) {
  await attempt(protocol, 'garbage frame', [lengthPrefixed(garbage)]);
  await attempt(protocol, 'oversized frame header', [hugeHeader]);
  await attempt(protocol, 'raw garbage', [garbage]);
}
process.stdout.write(`${JSON.stringify({ peerId: self, attempts })}\n`);
await host.stop();
