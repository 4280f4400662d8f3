#!/usr/bin/env node
// Peer-to-peer distribution benchmark: a random artifact pushed to one arrowd and pulled at once
// by 7 others (8 real processes on loopback), against baselines measured in the same run.
//   npm run bench:p2p -- [--json] [--size-mib 100] [--upload-limit-mib 12] [--cpu-prof-dir DIR]
// Every node gets the same upload limit, standing in for a host's uplink: on one shared machine
// loopback is CPU-bound, and the limit is what makes the figures about distribution (who sends
// what to whom) rather than about how busy the CPU happened to be. The default, 12 MiB/s, is a
// 100 Mbit/s edge uplink; --upload-limit-mib 0 measures without a limit (then every figure is
// about this machine's CPU: 8 processes doing pnet + Noise encryption on loopback).
// The JSON records the 1-minute load average before and after, since the machine may be shared.
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TestCluster } from '../../node/arrowd/testing.ts';
import type { TestNode } from '../../node/arrowd/testing.ts';
import type { Digest } from '../../p2p/index.ts';
import { processCpuSeconds } from '../process-cpu.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, 'size-mib': { type: 'string', default: '100' }, 'upload-limit-mib': { type: 'string', default: '12' }, 'cpu-prof-dir': { type: 'string' } } });
const MiB = 1024 * 1024;
const sizeMiB = Number(values['size-mib']);
const limitMiB = Number(values['upload-limit-mib']);
if (!(sizeMiB > 0) || !(limitMiB >= 0)) throw new Error('--size-mib must be > 0 and --upload-limit-mib ≥ 0 (0: no limit)');
const size = Math.round(sizeMiB * MiB);
const log = (line: string) => { if (!values.json) process.stderr.write(`${line}\n`); };

/** Plain TCP copy of `bytes` over loopback: the ceiling for any protocol on this machine right now. */
async function rawTcpMiBs(bytes: number): Promise<number> {
  const chunk = randomBytes(MiB);
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      let received = 0;
      const start = performance.now();
      socket.on('data', (d: Buffer) => {
        received += d.length;
        if (received >= bytes) { const s = (performance.now() - start) / 1000; socket.destroy(); server.close(); resolve(bytes / MiB / s); }
      });
    }).listen(0, '127.0.0.1', () => {
      const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
      let sent = 0;
      const pump = () => { while (sent < bytes) { sent += chunk.length; if (!client.write(chunk)) { client.once('drain', pump); return; } } client.end(); };
      client.on('connect', pump);
      client.on('error', () => undefined);
    });
    server.on('error', reject);
  });
}

async function uploadedBytes(node: TestNode): Promise<number> {
  const text = await node.client.metrics();
  let total = 0;
  for (const line of text.split('\n')) if (line.startsWith('arrow_p2p_uploaded_bytes_total{')) total += Number(line.split(' ').pop());
  return total;
}

/** Requests the node answered so far, by answer (piece, have, seeded, busy, ...). */
async function answers(node: TestNode): Promise<Record<string, number>> {
  const text = await node.client.metrics();
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = /^arrow_p2p_requests_total\{answer="([^"]+)"\} (\S+)$/.exec(line);
    if (match) out[match[1]!] = Number(match[2]);
  }
  return out;
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

/** Connects every pair once (one direction: simultaneous dials both ways could leave a pair with no connection). */
async function fullMesh(nodes: TestNode[]): Promise<void> {
  for (const [i, a] of nodes.entries()) for (const b of nodes.slice(i + 1)) await a.client.addPeer(b.addr).catch(() => undefined);
}

/** Waits for a full mesh, dialling again if a connection was lost while setting it up. */
async function waitForMesh(nodes: TestNode[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      for (const n of nodes) await cluster.waitForPeers(n, nodes.length - 1, 20_000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await fullMesh(nodes);
    }
  }
}

const loadBefore = loadavg()[0]!;
// A profiled arrowd writes its profile at exit: give it time (9 processes on a busy machine).
const cluster = await TestCluster.create({ killGraceMs: values['cpu-prof-dir'] ? 120_000 : 5_000 });
const stop = async () => { await cluster.stop(); };
process.once('SIGINT', () => { void stop().then(() => process.exit(130)); });
try {
  log(`raw TCP copy of ${sizeMiB} MiB on loopback...`);
  const raw_tcp_mib_s = await rawTcpMiBs(size);

  const extraArgs = limitMiB > 0 ? ['--upload-limit', `${limitMiB}MiB/s`] : [];
  // --cpu-prof-dir: every arrowd writes a V8 CPU profile there when it shuts down.
  const profDir = values['cpu-prof-dir'];
  const nodeArgs = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
  log('starting 8 arrowd nodes...');
  const nodes: TestNode[] = [];
  for (let i = 0; i < 8; i++) nodes.push(await cluster.start(`n${i}`, { extraArgs, nodeArgs }));
  const [origin, ...pullers] = nodes as [TestNode, ...TestNode[]];
  await fullMesh(nodes);
  await waitForMesh(nodes);

  const data = randomBytes(size);
  const file = join(cluster.root, 'artifact.bin');
  await writeFile(file, data);
  const digest: Digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  log(`pushing ${sizeMiB} MiB to the origin...`);
  await origin.client.pushFile(file);

  // Baseline: one node pulls alone while only the origin holds the artifact.
  log('single pull (one node, origin only)...');
  const single = pullers[0]!;
  const single_pull_s = await timed(() => single.client.pull(digest));
  await single.client.remove(digest, true);

  log('7 nodes pulling at once...');
  const originBefore = await uploadedBytes(origin);
  const sumAnswers = async () => {
    const total: Record<string, number> = {};
    for (const n of nodes) for (const [k, v] of Object.entries(await answers(n))) total[k] = (total[k] ?? 0) + v;
    return total;
  };
  const answersBefore = await sumAnswers();
  const cpuBefore = await Promise.all(nodes.map((n) => processCpuSeconds(n.process.pid)));
  // The phase's window on the clock CPU profiles use (monotonic, µs), to cut it out of the profiles.
  const windowStart = process.hrtime.bigint() / 1000n;
  const all_pull_s = await timed(() => Promise.all(pullers.map((p) => p.client.pull(digest))));
  const cpuAfter = await Promise.all(nodes.map((n) => processCpuSeconds(n.process.pid)));
  if (profDir) process.stderr.write(`all-pull window in the profiles (monotonic µs): ${windowStart} ${process.hrtime.bigint() / 1000n}\n`);
  const all_pull_cpu_s = cpuAfter.reduce((sum, c, i) => sum + c - cpuBefore[i]!, 0);
  const answersAfter = await sumAnswers();
  const all_pull_requests = Object.fromEntries(Object.entries(answersAfter).map(([k, v]) => [k, v - (answersBefore[k] ?? 0)]));
  const origin_egress_ratio = (await uploadedBytes(origin) - originBefore) / size;

  // Multi-holder: a fresh node pulls from 1 complete holder, then (after rm) from 3.
  log('multi-holder: 1 holder vs 3 holders...');
  const fresh = await cluster.start('fresh', { extraArgs, nodeArgs, peers: [origin] });
  await cluster.waitForPeers(fresh, 1, 60_000);
  const oneHolder_s = await timed(() => fresh.client.pull(digest));
  await fresh.client.remove(digest, true);
  await fresh.client.addPeer(pullers[1]!.addr);
  await fresh.client.addPeer(pullers[2]!.addr);
  await cluster.waitForPeers(fresh, 3, 60_000);
  const threeHolders_s = await timed(() => fresh.client.pull(digest));
  const multi_holder_speedup = oneHolder_s / threeHolders_s;

  const result = {
    size_mib: sizeMiB,
    upload_limit_mib_s: limitMiB,
    all_pull_s: round(all_pull_s),
    single_pull_s: round(single_pull_s),
    all_vs_single_ratio: round(all_pull_s / single_pull_s),
    // CPU of all 8 arrowd processes during the 7-node pull, per MiB received (7 × size).
    all_pull_cpu_s: round(all_pull_cpu_s),
    all_pull_cpu_ms_per_mib: round(all_pull_cpu_s * 1000 / (7 * sizeMiB)),
    all_pull_requests,
    origin_egress_ratio: round(origin_egress_ratio),
    multi_holder_speedup: round(multi_holder_speedup),
    one_holder_pull_s: round(oneHolder_s),
    three_holder_pull_s: round(threeHolders_s),
    raw_tcp_mib_s: round(raw_tcp_mib_s),
    single_pull_mib_s: round(sizeMiB / single_pull_s),
    load_avg_1m_before: round(loadBefore),
    load_avg_1m_after: round(loadavg()[0]!),
    targets_met: {
      all_pull_within_2x_single: all_pull_s <= 2 * single_pull_s,
      origin_egress_ratio_le_1_5: origin_egress_ratio <= 1.5,
      multi_holder_speedup_ge_1_5: multi_holder_speedup >= 1.5,
    },
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const rows: Array<[string, string, string]> = [
      ['artifact', `${sizeMiB} MiB`, ''],
      ['upload limit per node', limitMiB > 0 ? `${limitMiB} MiB/s` : 'none', ''],
      ['raw TCP copy (loopback)', `${result.raw_tcp_mib_s} MiB/s`, 'baseline'],
      ['single pull (origin only)', `${result.single_pull_s} s (${result.single_pull_mib_s} MiB/s)`, 'baseline'],
      ['7 nodes pulling at once', `${result.all_pull_s} s`, `${result.all_vs_single_ratio}× single (target ≤ 2)`],
      ['  CPU of all nodes meanwhile', `${result.all_pull_cpu_s} s (${result.all_pull_cpu_ms_per_mib} ms/MiB received)`, ''],
      ['  requests answered meanwhile', Object.entries(all_pull_requests).map(([k, v]) => `${k} ${v}`).join(', '), ''],
      ['origin egress ÷ size', `${result.origin_egress_ratio}`, 'target ≤ 1.5'],
      ['3 holders vs 1 holder', `${result.three_holder_pull_s} s vs ${result.one_holder_pull_s} s`, `${result.multi_holder_speedup}× (target ≥ 1.5)`],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [a, b, c] of rows) process.stdout.write(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}\n`);
  }
} catch (error) {
  for (const node of cluster.nodes) if (node.stderr().trim()) process.stderr.write(`--- ${node.dataDir} stderr:\n${node.stderr().slice(-3000)}\n`);
  throw error;
} finally {
  await stop();
}

function round(n: number): number { return Math.round(n * 100) / 100; }
