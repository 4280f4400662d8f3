// Raft benchmark: three voters as three OS processes on loopback, LevelDB with synced writes,
// the TCP transport; clients send 128-byte put commands to the leader.
//
//   npm run bench:raft [-- --json] [-- --seconds 5] [-- --connections 1] [-- --cpu-prof DIR]
//   (--cpu-prof: each member process writes a V8 CPU profile into DIR when it exits)
//
// Reports commits/s and latency percentiles with 1 and 64 concurrent clients, and, as the
// disk's baseline measured in the same run, how many synced LevelDB batches per second one
// writer achieves (fsync_batches_per_s): Raft can beat it only by batching many commands per
// fsync, which is what the driver does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Level } from 'level';
import { encodeRequest } from '../../raft/kv/index.ts';
import { MemberClient, ProcessCluster } from '../../raft/index.ts';
import { processCpuSeconds } from '../process-cpu.ts';
import { percentile } from '../percentile.ts';
import { closedLoop } from '../closed-loop.ts';
import type { ClosedLoopResult } from '../closed-loop.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '5' },
    'warmup-seconds': { type: 'string', default: '1' },
    'cpu-prof': { type: 'string' },
    connections: { type: 'string', default: '1' },
  },
});
const measureMs = Number(values.seconds) * 1000;
const warmupMs = Number(values['warmup-seconds']) * 1000;
const commandBytes = 128;
// All clients share one connection by default, their requests pipelined and matched by id: a
// member then takes a burst of requests in one read and turns it into one proposal, one append
// per follower and one socket write each. With 8 connections the leader handled more, smaller
// bursts and spent more on write(2) to followers: 6,100-6,500 commits/s against 8,000-8,900
// with one, on the same quiet machine (fsync baseline ~3,300/s).
const connections = Number(values.connections);
if (!Number.isInteger(connections) || connections < 1) throw new Error('--connections must be a positive integer');
const requestTimeoutMs = 5000;


/**
 * A put command of exactly `commandBytes` bytes in raft/kv's encoding. The padding a command
 * needs depends only on its client and the number of digits of its seq, so it is worked out once
 * per (client, digits) rather than by encoding every command twice: this process shares the
 * machine's two cores with the members, and every millisecond it spends is taken from them.
 */
const paddingFor = new Map<string, string>();
function command(clientId: string, seq: number): Uint8Array {
  const key = `${clientId}-${seq}`;
  const shape = `${clientId}/${String(seq).length}`;
  let value = paddingFor.get(shape);
  if (value === undefined) {
    const bare = encodeRequest({ clientId, seq, op: { op: 'put', key, value: '' } }).length;
    value = 'x'.repeat(Math.max(0, commandBytes - bare));
    paddingFor.set(shape, value);
  }
  return encodeRequest({ clientId, seq, op: { op: 'put', key, value } });
}

async function fsyncBaseline(dir: string, ms: number): Promise<number> {
  const db = new Level<string, Uint8Array>(dir, { valueEncoding: 'view' });
  await db.open();
  const value = new Uint8Array(commandBytes);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await db.batch([{ type: 'put', key: `k${n % 1000}`, value }], { sync: true });
    n++;
  }
  const rate = n / ((performance.now() - start) / 1000);
  await db.close();
  return rate;
}

async function findLeader(cluster: ProcessCluster, ids: string[], timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const id of ids) {
      const client = await cluster.client(id).catch(() => null);
      if (!client) continue;
      const status = await client.request({ status: true }, 1000).catch(() => null);
      client.close();
      if (status?.role === 'leader') return id;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no leader elected');
}

/** CPU ms a process has used so far; NaN when it cannot be read. */
async function cpuMs(pid: number | undefined): Promise<number> {
  return (await processCpuSeconds(pid)) * 1000;
}

/** `clients` closed-loop clients over `connections` pipelined connections to the leader. */
async function runLoad(port: number, clients: number, tag: string): Promise<ClosedLoopResult> {
  const conns = await Promise.all(Array.from({ length: Math.min(connections, clients) }, () => MemberClient.connect(port)));
  try {
    return await closedLoop(clients, warmupMs, measureMs, async (c, seq) => {
      const response = await conns[c % conns.length]!.request({ command: command(`${tag}-${c}`, seq) }, requestTimeoutMs).catch(() => null);
      return response !== null && !response.error;
    });
  } finally {
    for (const conn of conns) conn.close();
  }
}

const base = await mkdtemp(join(tmpdir(), 'arrow-bench-raft-'));
const ids = ['a', 'b', 'c'];
const profileDir = values['cpu-prof'];
const cluster = new ProcessCluster({
  ids,
  dataDir: (id) => join(base, id),
  nodeArgs: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
});
let exitCode = 0;
try {
  const fsyncPerS = await fsyncBaseline(join(base, 'baseline'), 2000);
  await cluster.start();
  const leaderId = await findLeader(cluster, ids, 15_000);
  const leaderPort = cluster.members.get(leaderId)!.clientPort;
  if (profileDir) console.error(`profiles in ${profileDir}; leader ${leaderId} is pid ${cluster.members.get(leaderId)!.child.pid}`);
  const one = await runLoad(leaderPort, 1, 'one');
  // CPU the members spend per commit with 64 clients (warm-up included in both the CPU and the
  // commit count would skew it, so it covers the whole 64-client run and its commits are scaled).
  const pids = ids.map((id) => cluster.members.get(id)!.child.pid);
  const cpuBefore = await Promise.all(pids.map(cpuMs));
  const clientCpuBefore = process.cpuUsage();
  const manyStart = performance.now();
  const many = await runLoad(leaderPort, 64, 'many');
  const manyWallS = (performance.now() - manyStart) / 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const cpuUsed = (await Promise.all(pids.map(cpuMs))).map((after, i) => after - cpuBefore[i]!);
  const commitsWhole = (many.commits / many.seconds) * manyWallS;
  const leaderIndex = ids.indexOf(leaderId);
  const result = {
    commits_per_s_64: Math.round(many.commits / many.seconds),
    p50_ms_1: Number(percentile(one.latenciesMs, 50).toFixed(3)),
    p99_ms_1: Number(percentile(one.latenciesMs, 99).toFixed(3)),
    p99_ms_64: Number(percentile(many.latenciesMs, 99).toFixed(3)),
    fsync_batches_per_s: Math.round(fsyncPerS),
    // extras
    commits_per_s_1: Math.round(one.commits / one.seconds),
    p50_ms_64: Number(percentile(many.latenciesMs, 50).toFixed(3)),
    commits_per_fsync_64: Number((many.commits / many.seconds / fsyncPerS).toFixed(2)),
    errors: one.errors + many.errors,
    // CPU ms per 1,000 commits with 64 clients: the leader, and the followers together.
    leader_cpu_ms_per_1k: Number(((cpuUsed[leaderIndex]! / commitsWhole) * 1000).toFixed(1)),
    followers_cpu_ms_per_1k: Number(((cpuUsed.filter((_, i) => i !== leaderIndex).reduce((a, b) => a + b, 0) / commitsWhole) * 1000).toFixed(1)),
    // This process (the 64 clients) over the same window: it shares the machine's two cores with
    // the members, so what it spends is taken from them.
    client_cpu_ms_per_1k: Number(((((clientCpu.user + clientCpu.system) / 1000) / commitsWhole) * 1000).toFixed(1)),
    command_bytes: commandBytes,
    measure_seconds: measureMs / 1000,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const rows: [string, string][] = [
      ['fsync baseline (synced LevelDB batches/s, one writer)', String(result.fsync_batches_per_s)],
      ['1 client: commits/s', String(result.commits_per_s_1)],
      ['1 client: p50 / p99 latency (ms)', `${result.p50_ms_1} / ${result.p99_ms_1}`],
      ['64 clients: commits/s', String(result.commits_per_s_64)],
      ['64 clients: p50 / p99 latency (ms)', `${result.p50_ms_64} / ${result.p99_ms_64}`],
      ['64 clients: commits per baseline fsync', String(result.commits_per_fsync_64)],
      ['64 clients: CPU ms per 1k commits, leader / followers / clients', `${result.leader_cpu_ms_per_1k} / ${result.followers_cpu_ms_per_1k} / ${result.client_cpu_ms_per_1k}`],
      ['failed requests', String(result.errors)],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    console.log(`Raft: 3 voters (OS processes, loopback TCP, LevelDB synced), ${commandBytes}-byte puts, ${measureMs / 1000}s per run`);
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
    console.log('  targets: commits/s (64) >= 10000, p50 (1) <= 2 ms; the machine is shared, figures are noisy');
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  await cluster.stopAll('SIGTERM');
  await rm(base, { recursive: true, force: true });
}
process.exit(exitCode);
