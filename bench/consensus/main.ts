// What one Raft commit costs over the libp2p transport (node/consensus: pnet + Noise + Yamux,
// admission checks) against raft's plain TcpTransport, measured in the same run: three RaftNode
// members in this one process, LevelDB with synced writes, 128-byte put commands proposed on the
// leader by closed-loop proposers.
//
//   npm run bench:consensus [-- --json] [-- --seconds 5] [-- --rounds 1]
//
// Reports, per transport, commits/s with 64 concurrent proposers, p50/p99 latency with 1 and
// with 64, and this process's CPU ms per 1,000 commits (all three members and the proposers
// share it, so it is the whole cluster's cost); then the libp2p/TCP ratios. Rounds alternate the
// transports (tcp, libp2p, tcp, ...) so a change in the machine's load hits both.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KvStore, RaftNode, TcpTransport, encodeRequest } from '../../raft/index.ts';
import type { KvResult, Transport } from '../../raft/index.ts';
import { testHosts } from '../../p2p/index.ts';
import { Libp2pTransport } from '../../node/consensus/index.ts';
import { percentile } from '../percentile.ts';
import { closedLoop } from '../closed-loop.ts';
import type { ClosedLoopResult } from '../closed-loop.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '5' },
    'warmup-seconds': { type: 'string', default: '1' },
    rounds: { type: 'string', default: '1' },
    // One transport alone (e.g. under node --cpu-prof); no ratio is printed then.
    only: { type: 'string' },
  },
});
const measureMs = Number(values.seconds) * 1000;
const warmupMs = Number(values['warmup-seconds']) * 1000;
const rounds = Number(values.rounds);
if (!(measureMs > 0) || !(warmupMs >= 0) || !Number.isInteger(rounds) || rounds < 1) throw new Error('--seconds, --warmup-seconds and --rounds must be positive numbers');
const commandBytes = 128;
const value = 'x'.repeat(commandBytes - 40);

type Kind = 'tcp' | 'libp2p';

interface Cluster {
  nodes: RaftNode<KvResult | undefined>[];
  close(): Promise<void>;
}

async function startCluster(kind: Kind): Promise<Cluster> {
  const dirs = await Promise.all([0, 1, 2].map(() => mkdtemp(join(tmpdir(), `arrow-bench-consensus-${kind}-`))));
  let transports: Transport[];
  let ids: string[];
  let initial: Record<string, string>;
  let stopHosts = async () => {};
  if (kind === 'tcp') {
    const tcp = ['a', 'b', 'c'].map((id) => new TcpTransport({ id, listen: { host: '127.0.0.1', port: 0 } }));
    for (const t of tcp) await t.start();
    transports = tcp;
    ids = tcp.map((t) => t.id);
    initial = Object.fromEntries(tcp.map((t) => [t.id, `127.0.0.1:${t.address().port}`]));
  } else {
    const hosts = await testHosts();
    const started = await Promise.all([0, 1, 2].map(() => hosts.start()));
    ids = started.map((h) => h.peerId.toString());
    const members = new Set(ids);
    transports = started.map((host) => new Libp2pTransport({ host, isAdmitted: (peer) => members.has(peer) }));
    initial = Object.fromEntries(started.map((h) => [h.peerId.toString(), h.getMultiaddrs()[0]!.toString()]));
    stopHosts = () => hosts.stopAll();
  }
  const nodes = await Promise.all(ids.map((id, i) => {
    const store = new KvStore();
    return RaftNode.start<KvResult | undefined>({
      id,
      dataDir: dirs[i]!,
      transport: transports[i]!,
      stateMachine: { apply: (c) => store.apply(c)?.result, snapshot: () => store.snapshot(), restore: (d) => store.restore(d) },
      initialMembers: initial,
    });
  }));
  return {
    nodes,
    async close() {
      await Promise.allSettled(nodes.map((n) => n.close()));
      await stopHosts();
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

async function leaderOf(cluster: Cluster): Promise<RaftNode<KvResult | undefined>> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const leader = cluster.nodes.find((n) => n.isLeader);
    if (leader) return leader;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('no leader elected within 15 s');
}


/** `proposers` closed loops proposing on the leader: warm-up, then a measured window. */
function load(leader: RaftNode<KvResult | undefined>, proposers: number, tag: string): Promise<ClosedLoopResult> {
  return closedLoop(proposers, warmupMs, measureMs, (p, seq) => {
    const clientId = `${tag}-${p}`;
    return leader.propose(encodeRequest({ clientId, seq, op: { op: 'put', key: `${clientId}-${seq % 1000}`, value } })).then(() => true, () => false);
  });
}

interface Figures {
  commits_per_s_64: number;
  p50_ms_64: number;
  p99_ms_64: number;
  p50_ms_1: number;
  p99_ms_1: number;
  cpu_ms_per_1k_64: number;
  errors: number;
}

async function measure(kind: Kind): Promise<Figures> {
  const cluster = await startCluster(kind);
  try {
    const leader = await leaderOf(cluster);
    const one = await load(leader, 1, `${kind}-one`);
    const many = await load(leader, 64, `${kind}-many`);
    return {
      commits_per_s_64: Math.round(many.commits / many.seconds),
      p50_ms_64: Number(percentile(many.latenciesMs, 50).toFixed(3)),
      p99_ms_64: Number(percentile(many.latenciesMs, 99).toFixed(3)),
      p50_ms_1: Number(percentile(one.latenciesMs, 50).toFixed(3)),
      p99_ms_1: Number(percentile(one.latenciesMs, 99).toFixed(3)),
      cpu_ms_per_1k_64: Number(((many.cpuMs / many.commits) * 1000).toFixed(1)),
      errors: one.errors + many.errors,
    };
  } finally {
    await cluster.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const runs: Record<Kind, Figures[]> = { tcp: [], libp2p: [] };
const loadBefore = loadavg()[0]!;
if (values.only !== undefined && values.only !== 'tcp' && values.only !== 'libp2p') throw new Error('--only takes tcp or libp2p');
for (let round = 0; round < rounds; round++) {
  const order: Kind[] = round % 2 === 0 ? ['tcp', 'libp2p'] : ['libp2p', 'tcp'];
  for (const kind of order) if (values.only === undefined || values.only === kind) runs[kind].push(await measure(kind));
}
if (values.only !== undefined) {
  process.stdout.write(`${JSON.stringify({ [values.only]: runs[values.only as Kind][0], load_average: loadavg()[0] })}\n`);
  process.exit(0);
}
const summary = (kind: Kind): Figures => {
  const figures = runs[kind];
  const pick = (key: keyof Figures) => median(figures.map((f) => f[key]));
  return {
    commits_per_s_64: pick('commits_per_s_64'), p50_ms_64: pick('p50_ms_64'), p99_ms_64: pick('p99_ms_64'),
    p50_ms_1: pick('p50_ms_1'), p99_ms_1: pick('p99_ms_1'), cpu_ms_per_1k_64: pick('cpu_ms_per_1k_64'),
    errors: figures.reduce((n, f) => n + f.errors, 0),
  };
};
const tcp = summary('tcp');
const libp2p = summary('libp2p');
const result = {
  libp2p,
  tcp,
  // libp2p ÷ TCP: below 1 for commits/s and above 1 for latency and CPU is what the libp2p stack costs.
  commits_per_s_64_ratio: Number((libp2p.commits_per_s_64 / tcp.commits_per_s_64).toFixed(2)),
  p50_ms_1_ratio: Number((libp2p.p50_ms_1 / tcp.p50_ms_1).toFixed(2)),
  cpu_per_commit_ratio: Number((libp2p.cpu_ms_per_1k_64 / tcp.cpu_ms_per_1k_64).toFixed(2)),
  rounds,
  measure_seconds: measureMs / 1000,
  command_bytes: commandBytes,
  load_average: [Number(loadBefore.toFixed(2)), Number(loadavg()[0]!.toFixed(2))],
};
if (values.json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const row = (label: string, key: keyof Figures) => `${label.padEnd(42)}${String(tcp[key]).padStart(10)}${String(libp2p[key]).padStart(10)}`;
  console.log(`${''.padEnd(42)}${'tcp'.padStart(10)}${'libp2p'.padStart(10)}`);
  console.log(row('64 proposers: commits/s', 'commits_per_s_64'));
  console.log(row('64 proposers: p50 latency (ms)', 'p50_ms_64'));
  console.log(row('64 proposers: p99 latency (ms)', 'p99_ms_64'));
  console.log(row('1 proposer: p50 latency (ms)', 'p50_ms_1'));
  console.log(row('1 proposer: p99 latency (ms)', 'p99_ms_1'));
  console.log(row('64 proposers: process CPU ms per 1k commits', 'cpu_ms_per_1k_64'));
  console.log(row('failed proposals', 'errors'));
  console.log(`libp2p/tcp: commits/s ${result.commits_per_s_64_ratio}, p50 (1 proposer) ${result.p50_ms_1_ratio}, CPU per commit ${result.cpu_per_commit_ratio}`);
  console.log(`load average ${result.load_average.join(' → ')} (${rounds} round(s) of ${measureMs / 1000} s per transport and load)`);
}
