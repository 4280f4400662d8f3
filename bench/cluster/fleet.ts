#!/usr/bin/env node
// The control-plane benchmark's simulated nodes, as their own process: one libp2p host holding
// the cluster key (from a join token), N simulated nodes registered to it and heartbeating the
// leader through the control protocol. Prints a JSON "ready" line once every node is registered,
// then reads JSON commands on stdin: {"silence": [ids]}, {"resume": [ids]}, {"stats": true}. It
// runs until SIGTERM (stdin may be closed from the start).
//   node bench/cluster/fleet.ts --join TOKEN --count 5000 [--seed 1]
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { multiaddr } from '@multiformats/multiaddr';
import { peerIdFromString } from '@libp2p/peer-id';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { callRpc, createHost } from '../../p2p/index.ts';
import { SimulatedFleet } from '../../node/agent/index.ts';
import { CONTROL_PROTOCOL, controlLimits, remoteControl } from '../../node/control/index.ts';
import type { ControlApi } from '../../node/control/index.ts';
import { decodeJoinToken } from '../../node/arrowd/join-token.ts';
import { pino } from 'pino';
import { nodeShapes } from './workload.ts';

const { values } = parseArgs({ options: { join: { type: 'string' }, count: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' } } });
if (!values.join) throw new Error('usage: fleet.ts --join TOKEN --count N [--seed S]');
const token = decodeJoinToken(values.join);
const host = await createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey: token.clusterKey, listen: ['/ip4/127.0.0.1/tcp/0'] });
const servers = token.servers.map((addr) => {
  const peerId = multiaddr(addr).getComponents().find((c) => c.name === 'p2p')!.value!;
  return { peerId, addrs: [addr], voter: true };
});
for (const s of servers) await host.peerStore.merge(peerIdFromString(s.peerId), { multiaddrs: s.addrs.map((a) => multiaddr(a)) });
const remotes = new Map<string, ControlApi>();
const connect = (peerId: string): ControlApi => {
  let api = remotes.get(peerId);
  if (!api) {
    api = remoteControl((request, options) => callRpc(host, peerId, CONTROL_PROTOCOL, request, { timeoutMs: options.timeoutMs, maxResponseBytes: controlLimits.maxResponseBytes, ...(options.signal ? { signal: options.signal } : {}) }));
    remotes.set(peerId, api);
  }
  return api;
};

const shapes = nodeShapes(Number(values.count), Number(values.seed));
const logger = pino({ name: 'fleet', level: process.env.ARROW_LOG_LEVEL ?? 'warn' }, pino.destination(2));
const fleet = new SimulatedFleet({ peerId: host.peerId.toString(), count: shapes.length, servers, connect, shape: (i) => shapes[i]!, registerParallelism: 128, logger });
const started = performance.now();
await fleet.start();
process.stdout.write(`${JSON.stringify({ event: 'ready', nodes: fleet.nodeIds.length, registerMs: Math.round(performance.now() - started) })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  let command: { silence?: string[]; resume?: string[]; stats?: boolean };
  try {
    command = JSON.parse(line) as typeof command;
  } catch {
    return;
  }
  if (command.silence) fleet.silence(command.silence);
  if (command.resume) fleet.resume(command.resume);
  process.stdout.write(`${JSON.stringify({ event: 'stats', ...fleet.stats })}\n`);
});
const stop = async () => {
  await fleet.stop();
  await host.stop();
  process.exit(0);
};
process.once('SIGTERM', () => { void stop(); });
