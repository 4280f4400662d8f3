#!/usr/bin/env node
// Test helper, run as its own process: a cluster member that lies about an artifact (see
// malicious.ts for the modes; corrupt-pieces by default), so tests of real arrowd processes can
// check that pullers verify, drop it and finish from honest peers.
//   node p2p/testing/malicious-peer.ts --cluster-key FILE --file DATA [--mode corrupt-pieces|forged-manifest] [--peer MULTIADDR]...
import { parseArgs } from 'node:util';
import { readClusterKey } from '../host/index.ts';
import { startMaliciousPeer } from './malicious.ts';
import type { MaliciousMode } from './malicious.ts';

const { values } = parseArgs({ options: { 'cluster-key': { type: 'string' }, file: { type: 'string' }, mode: { type: 'string', default: 'corrupt-pieces' }, peer: { type: 'string', multiple: true } } });
if (!values['cluster-key'] || !values.file || (values.mode !== 'corrupt-pieces' && values.mode !== 'forged-manifest')) {
  throw new Error('usage: malicious-peer.ts --cluster-key FILE --file DATA [--mode corrupt-pieces|forged-manifest] [--peer MULTIADDR]...');
}

const peer = await startMaliciousPeer({ clusterKey: await readClusterKey(values['cluster-key']), file: values.file, mode: values.mode as MaliciousMode, peers: values.peer ?? [] });
process.stdout.write(`${JSON.stringify({ event: 'ready', peerId: peer.peerId, addrs: peer.addrs, digest: peer.digest })}\n`);

const shutdown = async () => {
  process.stderr.write(`malicious-peer (${values.mode}): sent ${peer.served.pieces} bad pieces\n`);
  await peer.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
