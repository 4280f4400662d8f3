// Control-plane benchmark, in the spirit of Nomad's C1M: 3 arrowd servers (Raft over libp2p,
// synced LevelDB) as processes, N simulated nodes registered and heartbeating from another
// process (fleet.ts), and specs totalling R replicas submitted through the HTTP API as fast as it
// takes them. No VMs: the servers only place.
//
//   npm run bench:cluster [-- --json] [-- --nodes 5000] [-- --replicas 200000] [-- --per-spec 10]
//                         [-- --ttl 5s] [-- --submitters 64] [-- --cpu-prof DIR]
//   (--cpu-prof: each server writes a V8 CPU profile into DIR when it exits)
//
// Figures:
//   placements_per_s      replicas in committed plans ÷ seconds from the first submit to the
//                         last plan committed (the leader's arrow_scheduler_last_plan_commit_seconds)
//   pure_placements_per_s the same specs on the same nodes through scheduler/ alone, in this
//                         process: the baseline (no Raft, no API, no verification)
//   p99_eval_ms           evaluation trigger (spec committed) → its plan committed, the leader's summary
//   node_failover_s       a simulated node stops heartbeating → all its allocations stopped and
//                         replaced in committed plans
//   leader_failover_s     kill -9 of the leader → a write acknowledged by its successor
//   node_ttl_s, load averages before and after.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PlacementIndex, schedule } from '../../scheduler/index.ts';
import type { Node } from '../../scheduler/index.ts';
import { schedulerSpecOf } from '../../node/server/index.ts';
import { spawnReady } from '../../node/arrowd/testing.ts';
import type { TestProcess } from '../../node/arrowd/testing.ts';
import { definitions, nodeShapes } from './workload.ts';
import { until } from '../until.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    nodes: { type: 'string', default: '5000' },
    replicas: { type: 'string', default: '200000' },
    'per-spec': { type: 'string', default: '10' },
    ttl: { type: 'string', default: '5s' },
    submitters: { type: 'string', default: '64' },
    seed: { type: 'string', default: '1' },
    'cpu-prof': { type: 'string' },
  },
});
const nodeCount = Number(values.nodes);
const totalReplicas = Number(values.replicas);
const perSpec = Number(values['per-spec']);
const seed = Number(values.seed);
const ttlSeconds = Number(/^(\d+(?:\.\d+)?)s$/.exec(values.ttl)?.[1] ?? NaN);
if (!Number.isFinite(ttlSeconds)) throw new Error('--ttl: expected seconds like 5s');
const log = (message: string) => { if (!values.json) process.stderr.write(`bench:cluster: ${message}\n`); };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ARROWD = new URL('../../node/arrowd/main.ts', import.meta.url).pathname;
const FLEET = new URL('./fleet.ts', import.meta.url).pathname;

interface Server { name: string; process: TestProcess; api: string; token: string; peerId: string; agent: http.Agent }

/**
 * One API call over a keep-alive connection: node:http rather than fetch, which costs this
 * process several times the CPU per request, CPU the servers on the same two cores then lack.
 */
function call<T>(server: Server, method: string, path: string, body?: unknown): Promise<T> {
  const url = new URL(server.api);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<T>((resolve, reject) => {
    const request = http.request({
      host: url.hostname, port: url.port, method, path, agent: server.agent, timeout: 30_000,
      headers: { authorization: `Bearer ${server.token}`, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if ((response.statusCode ?? 500) >= 300) reject(new Error(`${method} ${path}: HTTP ${response.statusCode} ${text.slice(0, 200)}`));
        else resolve((text ? JSON.parse(text) : undefined) as T);
      });
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
    request.on('error', reject);
    request.end(payload);
  });
}

async function metric(server: Server, name: string, labels = ''): Promise<number> {
  const response = await fetch(`${server.api}/metrics`, { headers: { authorization: `Bearer ${server.token}` }, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `) || (labels === '' && l.startsWith(`${name} `)));
  return line === undefined ? NaN : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** The same placements through scheduler/ alone: the baseline. */
function purePlacements(): { placementsPerS: number; placed: number } {
  const nodes: Node[] = nodeShapes(nodeCount, seed).map((s, i) => ({
    id: `sim-${String(i + 1).padStart(5, '0')}`, capacity: s.capacity, labels: s.labels, kvm: s.kvm, status: 'ready', eligible: true, artifacts: [], volumes: [],
  }));
  const index = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
  const specs = definitions(totalReplicas, perSpec, seed).map((d) => schedulerSpecOf({
    name: d.name as string, version: 1, definitionJson: JSON.stringify(d), stopped: false, completed: 0, createIndex: 1, modifyIndex: 1, submitTimeMs: 0,
  }));
  let placed = 0;
  const started = performance.now();
  specs.forEach((spec, i) => {
    const plan = schedule(index, spec, { seed: i });
    placed += plan.placements.length;
    index.apply(plan);
  });
  return { placementsPerS: placed / ((performance.now() - started) / 1000), placed };
}

const root = await mkdtemp(join(tmpdir(), 'arrow-bench-cluster-'));
const servers: Server[] = [];
let fleet: TestProcess | undefined;
const loadBefore = loadavg()[0]!;
try {
  const startServer = async (name: string, extra: string[]): Promise<Server> => {
    const dataDir = join(root, name);
    // Servers offer no capacity: as in C1M, every Arrow goes to the simulated nodes.
    const process = await spawnReady(ARROWD, ['--data-dir', dataDir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api', '127.0.0.1:0', '--cpu', '0', '--memory', '0', '--runner', 'simulated', '--node-ttl', values.ttl, '--name', name, ...extra], 120_000,
      values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : [], 60_000);
    const token = (await readFile(join(dataDir, 'api.token'), 'utf8')).trim();
    const server = { name, process, api: process.ready.api!, token, peerId: process.ready.peerId, agent: new http.Agent({ keepAlive: true, maxSockets: 64 }) };
    servers.push(server);
    return server;
  };
  log('starting 3 servers');
  const s1 = await startServer('s1', []);
  const join1 = await call<{ token: string }>(s1, 'GET', '/v1/cluster/token');
  await Promise.all(['s2', 's3'].map((name) => startServer(name, ['--join', join1.token, '--server'])));
  await until('3 voters', async () => (await call<{ members: { role: string }[] }>(s1, 'GET', '/v1/cluster')).members.filter((m) => m.role === 'voter').length === 3, 60_000, 200);
  const token = (await call<{ token: string }>(s1, 'GET', '/v1/cluster/token')).token;

  log(`registering ${nodeCount} simulated nodes`);
  fleet = await spawnReady(FLEET, ['--join', token, '--count', String(nodeCount), '--seed', String(seed)], 300_000, [], 10_000, 'pipe');
  await until(`${nodeCount} ready nodes`, async () => (await call<{ nodes: { status: string }[] }>(s1, 'GET', '/v1/nodes')).nodes.filter((n) => n.status === 'ready').length >= nodeCount + 3, 120_000, 500);
  const leaderOf = async () => {
    const status = await call<{ leader: string }>(s1, 'GET', '/v1/cluster').catch(() => undefined);
    return servers.find((s) => s.peerId === status?.leader);
  };
  const leader = await until('a leader', leaderOf, 30_000);

  log('pure scheduler baseline');
  const pure = purePlacements();

  const specs = definitions(totalReplicas, perSpec, seed);
  log(`submitting ${specs.length} specs (${totalReplicas} replicas) with ${values.submitters} concurrent clients`);
  let next = 0;
  const firstSubmit = Date.now();
  await Promise.all(Array.from({ length: Number(values.submitters) }, async (_, worker) => {
    for (let i = next++; i < specs.length; i = next++) {
      const spec = specs[i]!;
      const via = servers[(worker + i) % servers.length]!;
      for (let attempt = 0; ; attempt++) {
        try {
          await call(via, 'PUT', `/v1/arrows/${spec.name as string}`, { definition: spec });
          break;
        } catch (error) {
          if (attempt > 20) throw error;
          await sleep(100);
        }
      }
    }
  }));
  const submitted = Date.now();
  log(`submitted in ${((submitted - firstSubmit) / 1000).toFixed(1)} s; waiting for the plans`);
  let lastReport = Date.now();
  const placed = await until('every replica placed', async () => {
    const n = await metric(leader, 'arrow_scheduler_placements_total');
    const pending = await metric(leader, 'arrow_evaluations', '{status="pending"}');
    if (Date.now() - lastReport > 10_000) {
      lastReport = Date.now();
      log(`placed ${n}, pending evaluations ${pending}, blocked ${await metric(leader, 'arrow_evaluations', '{status="blocked"}')}`);
    }
    return n >= totalReplicas || (n > 0 && pending === 0 && Date.now() - submitted > 10_000) ? n : undefined;
  }, 600_000, 200);
  const lastPlanMs = (await metric(leader, 'arrow_scheduler_last_plan_commit_seconds')) * 1000;
  const placementsPerS = placed / ((lastPlanMs - firstSubmit) / 1000);
  const p99EvalMs = (await metric(leader, 'arrow_scheduler_evaluation_latency_seconds', '{quantile="0.99"}')) * 1000;
  const p50EvalMs = (await metric(leader, 'arrow_scheduler_evaluation_latency_seconds', '{quantile="0.5"}')) * 1000;
  const unplaced = await metric(leader, 'arrow_scheduler_unplaced');
  log(`placed ${placed} in ${((lastPlanMs - firstSubmit) / 1000).toFixed(1)} s: ${placementsPerS.toFixed(0)}/s (pure ${pure.placementsPerS.toFixed(0)}/s)`);

  // Node failover: the simulated node holding the most allocations goes silent.
  interface Allocation { id: string; arrow: string; node: string; desired: string; status: string; replaces: string }
  const victim = 'sim-00001';
  const onVictim = (await call<Allocation[]>(leader, 'GET', `/v1/allocations?node=${victim}`)).filter((a) => a.desired === 'run');
  log(`silencing ${victim} (${onVictim.length} allocations)`);
  const silenced = Date.now();
  fleet.process.stdin?.write(`${JSON.stringify({ silence: [victim] })}\n`);
  await until('the silent node\'s allocations replaced', async () => {
    const now = await call<Allocation[]>(leader, 'GET', `/v1/allocations?node=${victim}`);
    if (now.some((a) => a.desired === 'run')) return undefined;
    for (const a of onVictim) {
      const siblings = await call<Allocation[]>(leader, 'GET', `/v1/allocations?arrow=${a.arrow}`);
      if (!siblings.some((s) => s.replaces === a.id && s.desired === 'run')) return undefined;
    }
    return true;
  }, 120_000, 50);
  const nodeFailoverS = (Date.now() - silenced) / 1000;
  log(`node failover ${nodeFailoverS.toFixed(2)} s (TTL ${ttlSeconds} s)`);

  // Leader failover: kill -9 the leader; a write must be acknowledged by its successor. (When
  // profiling, SIGTERM instead: a killed process writes no profile, and the leader's is the one
  // wanted; leader_failover_s then measures a leader that steps away cleanly.)
  const survivors = servers.filter((s) => s !== leader);
  log(`killing the leader ${leader.name}`);
  const killed = Date.now();
  await leader.process.kill(values['cpu-prof'] ? 'SIGTERM' : 'SIGKILL');
  let probe = 0;
  await until('a write after the leader died', async () => {
    const via = survivors[probe % survivors.length]!;
    const name = `probe-${probe++}`;
    await call(via, 'PUT', `/v1/arrows/${name}`, { definition: { ...specs[0], name, replicas: 1 } });
    return true;
  }, 60_000, 20);
  const leaderFailoverS = (Date.now() - killed) / 1000;

  const result = {
    nodes: nodeCount,
    servers: 3,
    specs: specs.length,
    replicas: totalReplicas,
    placed,
    unplaced,
    placements_per_s: Math.round(placementsPerS),
    pure_placements_per_s: Math.round(pure.placementsPerS),
    placements_over_pure: Number((placementsPerS / pure.placementsPerS).toFixed(3)),
    submit_s: Number(((submitted - firstSubmit) / 1000).toFixed(2)),
    p50_eval_ms: Math.round(p50EvalMs),
    p99_eval_ms: Math.round(p99EvalMs),
    node_failover_s: Number(nodeFailoverS.toFixed(2)),
    node_ttl_s: ttlSeconds,
    leader_failover_s: Number(leaderFailoverS.toFixed(2)),
    load_before: Number(loadBefore.toFixed(2)),
    load_after: Number(loadavg()[0]!.toFixed(2)),
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(24)} ${v}\n`);
} catch (error) {
  // What the servers said last: the benchmark's failures are the cluster's to explain.
  for (const s of servers) process.stderr.write(`---- ${s.name} stderr (tail) ----\n${s.process.stderr().slice(-3000)}\n`);
  throw error;
} finally {
  await fleet?.kill('SIGTERM').catch(() => undefined);
  await Promise.all(servers.map((s) => s.process.kill('SIGTERM').catch(() => undefined)));
  for (const s of servers) s.agent.destroy();
  await rm(root, { recursive: true, force: true });
}
