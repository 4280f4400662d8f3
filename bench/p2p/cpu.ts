#!/usr/bin/env node
// CPU cost of moving bytes between two arrowd processes: one node pulls an artifact from another
// (no upload limit), and the CPU time both processes used during the pull (utime + stime from
// /proc/PID/stat) is divided by the MiB moved. Unlike wall-clock figures this barely depends on
// how busy the (shared) machine is, so it can compare changes to the transfer path.
//   node bench/p2p/cpu.ts [--size-mib 64] [--runs 3] [--json] [--node-arg=--cpu-prof ...]
// --node-arg options go to node for both arrowd processes (a profile, a V8 flag to compare).
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TestCluster } from '../../node/arrowd/testing.ts';
import type { TestNode } from '../../node/arrowd/testing.ts';
import type { Digest } from '../../p2p/index.ts';
import { processCpuSeconds } from '../process-cpu.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, 'size-mib': { type: 'string', default: '64' }, runs: { type: 'string', default: '3' }, 'node-arg': { type: 'string', multiple: true, default: [] } } });
const MiB = 1024 * 1024;
const sizeMiB = Number(values['size-mib']);
const runs = Number(values.runs);

/** CPU seconds of a node's process so far (fails loudly: this benchmark is nothing without them). */
async function cpuSeconds(node: TestNode): Promise<number> {
  const seconds = await processCpuSeconds(node.process.pid);
  if (Number.isNaN(seconds)) throw new Error(`cannot read the CPU time of pid ${node.process.pid} from /proc`);
  return seconds;
}

const cluster = await TestCluster.create();
try {
  const nodeArgs = values['node-arg'];
  const origin = await cluster.start('origin', { nodeArgs });
  const puller = await cluster.start('puller', { peers: [origin], nodeArgs });
  await cluster.waitForPeers(puller, 1, 60_000);
  const data = randomBytes(sizeMiB * MiB);
  const file = join(cluster.root, 'artifact.bin');
  await writeFile(file, data);
  const digest: Digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  await origin.client.pushFile(file);
  const results: Array<{ ms_cpu_per_mib: number; sender_ms_per_mib: number; receiver_ms_per_mib: number; pull_s: number; load_1m: number }> = [];
  for (let run = 0; run < runs; run++) {
    const [o0, p0] = [await cpuSeconds(origin), await cpuSeconds(puller)];
    const start = performance.now();
    await puller.client.pull(digest);
    const pull_s = (performance.now() - start) / 1000;
    const [o1, p1] = [await cpuSeconds(origin), await cpuSeconds(puller)];
    await puller.client.remove(digest, true);
    const r = (n: number) => Math.round(n * 10) / 10;
    results.push({ ms_cpu_per_mib: r(((o1 - o0) + (p1 - p0)) * 1000 / sizeMiB), sender_ms_per_mib: r((o1 - o0) * 1000 / sizeMiB), receiver_ms_per_mib: r((p1 - p0) * 1000 / sizeMiB), pull_s: r(pull_s), load_1m: r(loadavg()[0]!) });
    if (!values.json) process.stderr.write(`run ${run + 1}: ${JSON.stringify(results.at(-1))}\n`);
  }
  const median = [...results].sort((a, b) => a.ms_cpu_per_mib - b.ms_cpu_per_mib)[Math.floor(results.length / 2)]!;
  process.stdout.write(`${JSON.stringify({ size_mib: sizeMiB, median_ms_cpu_per_mib: median.ms_cpu_per_mib, runs: results })}\n`);
} finally {
  await cluster.stop();
}
