// Start and failover of real Arrows on a real cluster: 3 arrowd processes on loopback (servers,
// VM runner, Raft over libp2p), one example service (busybox: print "ready", then serve HTTP).
//
//   npm run bench:start [-- --json] [-- --rounds 3] [-- --ttl 5s] [-- --logs DIR]
//   (--logs: each arrowd's last 20 kB of log lines are written into DIR at the end)
//
// Figures (artifacts already local: a warm-up round puts the binary and its template on every
// node, and a warm-up `arrowctl run` builds the local template):
//   cluster_start_ms   `arrowctl schedule` of 3 replicas on 3 nodes (the CLI process started) →
//                      the first output of the last replica; the median of the rounds
//   local_run_ms       `arrowctl run` of the same binary and arguments (the CLI process started)
//                      → its first output; the median of the rounds, measured in the same rounds,
//                      each once the cluster's processes are idle (no clone being restored)
//   start_over_local   cluster_start_ms ÷ local_run_ms (target ≤ 1.5)
//   vm_failover_s      kill -9 of a node's arrowd and its VMs (a node that is not the leader) →
//                      its replica's replacement serving a page elsewhere (target ≤ node_ttl_s + 3)
//   node_ttl_s, load averages before and after.
//
// First output is read from the nodes' log files (<dataDir>/allocs/<id>/logs/stdout.log) every
// 10 ms rather than through `GET .../logs?follow`, whose 200 ms polling would blur the figure.
import { execa } from 'execa';
import type { ResultPromise } from 'execa';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { qemuPids } from '../../node/agent/testing/vm-cluster.ts';
import { TestCluster } from '../../node/arrowd/testing.ts';
import type { TestNode } from '../../node/arrowd/testing.ts';
import type { AllocationView } from '../../node/api/index.ts';
import type { AllocStatus } from '../../node/cluster/index.ts';
import { defaultArtifacts } from '../../kernel/index.ts';
import { machineCacheDir } from '../../node/home/index.ts';
import { percentile } from '../percentile.ts';
import { processCpuSeconds } from '../process-cpu.ts';
import { until } from '../until.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    ttl: { type: 'string', default: '5s' },
    logs: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds: expected a positive integer');
const ttlSeconds = Number(/^(\d+(?:\.\d+)?)s$/.exec(values.ttl)?.[1] ?? NaN);
if (!Number.isFinite(ttlSeconds)) throw new Error('--ttl: expected seconds like 5s');

const ARROWCTL = new URL('../../node/arrowctl/main.ts', import.meta.url).pathname;
const BUSYBOX = '/bin/busybox';
const APP_ARGS = ['sh', '-c', 'echo ready; exec httpd -f -p 8080 -h /www'];
const READY = 'ready\n';
const log = (message: string) => { if (!values.json) process.stderr.write(`bench:start: ${message}\n`); };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (samples: readonly number[]) => percentile([...samples].sort((a, b) => a - b), 50);

const allocDirs = async (node: TestNode): Promise<string[]> => readdir(join(node.dataDir, 'allocs')).catch(() => []);

/** Allocation dirs on each node that are not in `before` and whose app has printed its first line. */
async function readyAllocations(nodes: readonly TestNode[], before: ReadonlySet<string>): Promise<{ node: TestNode; id: string }[]> {
  const ready: { node: TestNode; id: string }[] = [];
  for (const node of nodes) {
    for (const id of await allocDirs(node)) {
      if (before.has(id)) continue;
      const out = await readFile(join(node.dataDir, 'allocs', id, 'logs', 'stdout.log'), 'utf8').catch(() => '');
      if (out.startsWith(READY)) ready.push({ node, id });
    }
  }
  return ready;
}

async function knownAllocations(nodes: readonly TestNode[]): Promise<Set<string>> {
  return new Set((await Promise.all(nodes.map(allocDirs))).flat());
}

/**
 * Waits (at most 20 s) until the cluster's processes (arrowd and QEMU) use under 5% of a CPU over
 * half a second: after a start, each node restores its next waiting clone, and a local run timed
 * meanwhile would share the CPUs with those restores.
 */
async function quiesce(nodes: readonly TestNode[]): Promise<void> {
  const pids = async () => [...nodes.map((n) => n.process.pid).filter((pid): pid is number => pid !== undefined), ...(await qemuPids(`${join(nodes[0]!.dataDir, '..')}/`))];
  const cpu = async () => (await Promise.all((await pids()).map(processCpuSeconds))).filter(Number.isFinite).reduce((a, b) => a + b, 0);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const before = await cpu();
    await sleep(500);
    if ((await cpu()) - before < 0.025) return;
  }
}

/** The QEMU processes of a node: those whose command line names its run dir. */
const vmPids = (node: TestNode) => qemuPids(`${join(node.dataDir, 'run')}/`);

/** Resolves with the ms from spawn to the first stdout line of `arrowctl run`, after it exits 0. */
async function localRun(files: string): Promise<number> {
  const started = performance.now();
  const child: ResultPromise = execa(process.execPath, [ARROWCTL, 'run', '--file', `/www/index.html=${files}`, BUSYBOX, '--', 'sh', '-c', 'echo ready'], { reject: false, stderr: 'pipe', buffer: { stdout: false, stderr: true } });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<number>((resolve, reject) => {
    lines.once('line', (line) => (line === 'ready' ? resolve(performance.now() - started) : reject(new Error(`arrowctl run printed "${line}" first`))));
    void child.then((result) => reject(new Error(`arrowctl run exited (${result.exitCode}) without output: ${String(result.stderr).slice(-2000)}`)));
  });
  const result = await child;
  if (result.exitCode !== 0) throw new Error(`arrowctl run exited ${result.exitCode}: ${String(result.stderr).slice(-2000)}`);
  return first;
}

async function writeSpec(dir: string, name: string): Promise<string> {
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, [
    `name: ${name}`,
    `binary: ${BUSYBOX}`,
    `args: ${JSON.stringify(APP_ARGS)}`,
    'cpu: 250m',
    'memory: 64M',
    'replicas: 3',
    'ports: [{ name: http, guest: 8080 }]',
    'files: { /www/index.html: ./index.html }',
    '',
  ].join('\n'));
  return file;
}

/**
 * Where a cluster start's time goes, each phase in ms from the CLI's spawn to the moment the last
 * replica reached it (the committed state, from the event stream of `via`).
 */
interface StartPhases {
  spec_committed: number;
  placed: number;
  starting: number;
  running: number;
  first_output: number;
  cli_exited: number;
}

/** Runs `arrowctl schedule` against `via` and times it until every replica's first output. */
async function clusterStart(nodes: readonly TestNode[], via: TestNode, specFile: string, arrow: string, replicas: number): Promise<StartPhases> {
  const before = await knownAllocations(nodes);
  const seen = { spec: NaN, allocations: new Map<string, Partial<Record<AllocStatus | 'created', number>>>() };
  const events = new AbortController();
  const { appliedIndex } = await via.client.clusterStatus();
  const following = via.client.events(appliedIndex, {
    signal: events.signal,
    onEvent: (event) => {
      const now = performance.now();
      if (event.kind === 'arrow' && event.record.name === arrow && Number.isNaN(seen.spec)) seen.spec = now;
      if (event.kind !== 'allocation' || event.record.arrow !== arrow) return;
      const times = seen.allocations.get(event.record.id) ?? { created: now };
      times[event.record.status] ??= now;
      seen.allocations.set(event.record.id, times);
    },
  }).catch(() => undefined);
  const started = performance.now();
  const schedule = execa(process.execPath, [ARROWCTL, 'schedule', specFile], { env: { ...process.env, ARROW_HOME: via.dataDir }, reject: false, all: true });
  let failed: string | undefined;
  let cliExited = NaN;
  void schedule.then((result) => {
    cliExited = performance.now();
    if (result.exitCode !== 0) failed = `arrowctl schedule exited ${result.exitCode}: ${result.all}`;
  });
  try {
    await until(`${replicas} replicas' first output`, async () => {
      if (failed) throw new Error(failed);
      return (await readyAllocations(nodes, before)).length >= replicas;
    }, 120_000, 10);
    const firstOutput = performance.now();
    log(`${arrow}: ${await pooledStarts(await readyAllocations(nodes, before))} of ${replicas} replicas started from a clone restored ahead of time`);
    await schedule;
    if (failed) throw new Error(failed);
    // The last status changes may still be on their way through the event stream.
    await until('every replica\'s running event', async () => [...seen.allocations.values()].filter((t) => t.running !== undefined).length >= replicas, 5_000, 10);
    // A status the event stream did not show (two changes in one entry) counts from the next one.
    const order: (AllocStatus | 'created')[] = ['created', 'pending', 'pulling', 'starting', 'running'];
    const at = (t: Partial<Record<AllocStatus | 'created', number>>, status: AllocStatus | 'created') => order.slice(order.indexOf(status)).map((s) => t[s]).find((v) => v !== undefined) ?? NaN;
    const last = (status: AllocStatus | 'created') => Math.max(...[...seen.allocations.values()].map((t) => at(t, status))) - started;
    return {
      spec_committed: seen.spec - started, placed: last('created'), starting: last('starting'), running: last('running'),
      first_output: firstOutput - started, cli_exited: cliExited - started,
    };
  } finally {
    events.abort();
    await following;
  }
}

/** How many of these allocations run in a clone the node's runner had restored ahead of time (their record names its run dir). */
async function pooledStarts(allocations: readonly { node: TestNode; id: string }[]): Promise<number> {
  const runIds = await Promise.all(allocations.map(async ({ node, id }) => {
    const record = await readFile(join(node.dataDir, 'allocs', id, 'alloc.json'), 'utf8').catch(() => '{}');
    return (JSON.parse(record) as { runId?: unknown }).runId;
  }));
  return runIds.filter((runId) => typeof runId === 'string' && runId.startsWith('pool.')).length;
}

const live = (a: AllocationView) => a.desired === 'run' && !['complete', 'failed', 'lost', 'stopped'].includes(a.status);

async function stopArrow(via: TestNode, name: string): Promise<void> {
  await via.client.stopArrow(name);
  await until(`${name} stopped`, async () => (await via.client.allocations({ arrow: name })).every((a) => !live(a) || a.status === 'stopped'), 60_000, 100);
}

const cluster = await TestCluster.create();
const loadBefore = loadavg()[0]!;
try {
  log('kernel template "default" (built once per machine, then cached)');
  await defaultArtifacts({ cacheDir: machineCacheDir() }).kernelImage('default');

  log('3 servers on loopback');
  const ttlArgs = ['--node-ttl', values.ttl];
  const n1 = await cluster.startMember('n1', { extraArgs: ttlArgs });
  const token = await n1.client.joinToken();
  const others = await Promise.all(['n2', 'n3'].map((name) => cluster.startMember(name, { join: token, server: true, extraArgs: ttlArgs })));
  const nodes = [n1, ...others];
  await until('3 voters and 3 ready nodes', async () => {
    const status = await n1.client.clusterStatus();
    const ready = (await n1.client.nodes()).nodes.filter((n) => n.status === 'ready').length;
    return status.leader !== '' && status.members.filter((m) => m.role === 'voter').length === 3 && ready === 3;
  }, 60_000, 200);

  const specDir = join(cluster.root, 'spec');
  await mkdir(specDir, { recursive: true });
  const page = join(specDir, 'index.html');
  await writeFile(page, 'Hello from an Arrow\n');

  log('warm-up: the binary and its template onto every node, and the local template');
  await clusterStart(nodes, n1, await writeSpec(specDir, 'warm'), 'warm', 3);
  await stopArrow(n1, 'warm');
  await quiesce(nodes);
  await localRun(page);

  const phases: StartPhases[] = [];
  const localMs: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    await quiesce(nodes);
    localMs.push(await localRun(page));
    await quiesce(nodes);
    const name = `web${round}`;
    phases.push(await clusterStart(nodes, n1, await writeSpec(specDir, name), name, 3));
    log(`round ${round}: cluster start ${phases.at(-1)!.first_output.toFixed(0)} ms, local run ${localMs.at(-1)!.toFixed(0)} ms; `
      + Object.entries(phases.at(-1)!).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
    if (round < rounds) await stopArrow(n1, name);
  }

  // Failover: the last round's replicas run on all three nodes; a node that is not the leader
  // loses power (its arrowd and VMs killed), and its replica must serve again elsewhere.
  const arrow = `web${rounds}`;
  const status = await n1.client.clusterStatus();
  const running = (await n1.client.allocations({ arrow })).filter((a) => live(a) && a.status === 'running');
  const leaderName = status.members.find((m) => m.id === status.leader)?.name;
  const victimAllocation = running.find((a) => a.nodeName !== leaderName);
  if (!victimAllocation) throw new Error('no replica on a node other than the leader');
  const victim = nodes.find((n) => n.dataDir.endsWith(`/${victimAllocation.nodeName}`))!;
  const witness = nodes.find((n) => n !== victim)!;
  log(`failover: kill -9 ${victimAllocation.nodeName}'s arrowd and VMs`);
  const vms = await vmPids(victim);
  const killed = performance.now();
  await Promise.all([victim.kill('SIGKILL'), ...vms.map(async (pid) => process.kill(pid, 'SIGKILL'))]);
  await until('the replacement serving a page', async () => {
    const replacement = (await witness.client.allocations({ arrow })).find((a) => a.replaces === victimAllocation.id && a.desired === 'run');
    const port = replacement?.ports.find((p) => p.name === 'http');
    if (!port) return undefined;
    const response = await fetch(`http://${port.address}:${port.host}/`, { signal: AbortSignal.timeout(1_000) });
    return response.ok && (await response.text()).startsWith('Hello');
  }, 60_000, 50);
  const failoverS = (performance.now() - killed) / 1000;
  log(`failover ${failoverS.toFixed(2)} s (TTL ${ttlSeconds} s)`);
  await stopArrow(witness, arrow);

  const startMs = phases.map((p) => p.first_output);
  const cluster_start_ms = median(startMs);
  const local_run_ms = median(localMs);
  const result = {
    rounds,
    cluster_start_ms: Math.round(cluster_start_ms),
    local_run_ms: Math.round(local_run_ms),
    start_over_local: Number((cluster_start_ms / local_run_ms).toFixed(2)),
    cluster_start_ms_rounds: startMs.map(Math.round),
    local_run_ms_rounds: localMs.map(Math.round),
    // Each phase's median over the rounds: ms from the CLI's spawn until the last replica got there.
    phases_ms: Object.fromEntries(Object.keys(phases[0]!).map((k) => [k, Math.round(median(phases.map((p) => p[k as keyof StartPhases])))])),
    vm_failover_s: Number(failoverS.toFixed(2)),
    node_ttl_s: ttlSeconds,
    load_before: Number(loadBefore.toFixed(2)),
    load_after: Number(loadavg()[0]!.toFixed(2)),
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(24)} ${Array.isArray(v) ? v.join(' ') : typeof v === 'object' ? JSON.stringify(v) : v}\n`);
} catch (error) {
  for (const n of cluster.nodes) process.stderr.write(`---- ${n.dataDir} stderr (tail) ----\n${n.stderr().slice(-3000)}\n`);
  throw error;
} finally {
  // --logs DIR: what each arrowd said (its last 20 kB), to see where a start's time went.
  if (values.logs) {
    await mkdir(values.logs, { recursive: true });
    for (const n of cluster.nodes) await writeFile(join(values.logs, `${n.dataDir.split('/').at(-1)}.log`), n.stderr());
  }
  await cluster.stop();
  // arrowd leaves its VMs running when it exits (they are adopted when it starts again): end them.
  for (const pid of await qemuPids(cluster.root)) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* ended meanwhile */ }
  }
}
