// Scenarios 1, 2 and 6 of the multi-host cluster tests: the control plane under a leader's power
// loss, a partition that leaves the leader in a minority, and slow lossy links. Hosts are network
// namespaces (cluster-tests/topology), every arrowd a real process; no VMs run here (the
// simulated runner), the workload scenarios are in workloads.test.ts. Each scenario records the
// spec writes and reads of several clients and checks the history is linearizable.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { HistoryRecorder, NsCluster, allocationProblems, convergedState, isLive, missingWrites, registerSpec, until } from '../harness/index.ts';
import type { NsNode, RecordedOperation } from '../harness/index.ts';

const TTL_MS = 4_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recorder(cluster: NsCluster, nodes: () => readonly NsNode[], requestTimeoutMs?: number): HistoryRecorder {
  return new HistoryRecorder({
    clients: 4, keys: 6, ...(requestTimeoutMs === undefined ? {} : { requestTimeoutMs }), targets: () => nodes().filter((n) => n.process).map((n) => ({ name: n.host.name, client: n.process!.client })),
  });
}

async function assertWritesPresent(t: ExecutionContext, cluster: NsCluster, history: readonly RecordedOperation[]): Promise<void> {
  t.deepEqual(await missingWrites(history, async (key) => (await cluster.client().arrow(key)).version), [], 'every acknowledged write is present');
}

function assertLinearizable(t: ExecutionContext, history: HistoryRecorder): void {
  const result = history.check();
  t.is(result.result, 'ok', `the history of ${history.history.length} operations is linearizable (${JSON.stringify(result).slice(0, 300)})`);
}

test.serial('1: kill -9 of the leader under continuous writes: a new leader, no acknowledged write lost, a linearizable history', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 4, servers: 3, ttlMs: TTL_MS, runner: 'simulated' });
  const history = recorder(cluster, () => cluster.nodes);
  t.teardown(() => history.stop().then(() => undefined));
  await sleep(3_000);
  const leader = await cluster.leader();
  const killedAt = history.now();
  await cluster.killHost(leader);
  const next = await cluster.leader([leader]);
  const electedMs = Math.round(history.now() - killedAt);
  await until('writes acknowledged after the kill', async () => history.acknowledged().filter((o) => o.call > killedAt).length >= 20, 30_000);
  await sleep(2_000);
  const summary = await history.stop();
  t.log(`leader ${leader.host.name} killed; ${next.host.name} leads after ${electedMs} ms; ${JSON.stringify(summary)}`);
  t.not(next, leader);
  await cluster.start(leader);
  await convergedState(cluster);
  await assertWritesPresent(t, cluster, history.history);
  assertLinearizable(t, history);
  t.deepEqual(await allocationProblems(cluster), []);
});

test.serial('2: the leader partitioned into a minority accepts no writes; the majority goes on; after healing one history and one state', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 5, servers: 3, ttlMs: TTL_MS, runner: 'simulated' });
  // A write to the minority hangs until the client gives up; with the default 8 s every client can
  // sit on one such write through the whole partition, and the minority is never asked again.
  const history = recorder(cluster, () => cluster.nodes, 2_000);
  t.teardown(() => history.stop().then(() => undefined));
  await sleep(2_000);
  const leader = await cluster.leader();
  const client = cluster.nodes.find((n) => n.role === 'client')!;
  const minority = [leader, client];
  const majority = cluster.nodes.filter((n) => !minority.includes(n));
  await cluster.topology.partition([minority.map((n) => n.host), majority.map((n) => n.host)]);
  const cutAt = history.now();
  // A leader in the majority, as the majority's servers see it.
  const newLeader = await cluster.leader(minority);
  await sleep(6_000);
  const healAt = history.now();
  await cluster.topology.heal();
  await sleep(3_000);
  const summary = await history.stop();
  const during = history.history.filter((o) => o.call > cutAt && o.call < healAt);
  const minorityNames = new Set(minority.map((n) => n.host.name));
  // Committing needs a majority: nothing sent to the minority after the cut can be acknowledged before the heal.
  const sentToMinority = during.filter((o) => o.input.op === 'put' && minorityNames.has(o.via));
  const ackedInMinority = during.filter((o) => o.input.op === 'put' && o.return !== undefined && o.return < healAt && minorityNames.has(o.via));
  t.log(`minority ${[...minorityNames].join('+')}, majority leader ${newLeader.host.name}; partition ${Math.round(healAt - cutAt)} ms, ${sentToMinority.length} writes sent to the minority meanwhile; ${JSON.stringify(summary)}`);
  t.deepEqual(ackedInMinority.map((o) => `${o.via} ${JSON.stringify(o.input)}`), [], 'the minority acknowledged no write');
  t.true(sentToMinority.length > 0, 'writes were sent to the minority during the partition');
  const majorityNames = new Set(majority.map((n) => n.host.name));
  t.true(during.some((o) => o.input.op === 'put' && o.return !== undefined && majorityNames.has(o.via)), 'the majority acknowledged writes during the partition');
  await convergedState(cluster);
  await assertWritesPresent(t, cluster, history.history);
  assertLinearizable(t, history);
});

test.serial('6: 100 ms delay and 5% loss on every link: the cluster keeps committing and placing', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 4, servers: 3, ttlMs: TTL_MS, runner: 'simulated' });
  await cluster.topology.setLinks({ delayMs: 100, lossPercent: 5 });
  const history = recorder(cluster, () => cluster.nodes);
  t.teardown(() => history.stop().then(() => undefined));
  const placeAt = Date.now();
  const spec = { ...registerSpec('placed', 'x'), replicas: 4 };
  await until('the spec written', async () => (await cluster.client().putArrow('placed', spec)).version >= 1, 30_000);
  await until('4 replicas running', async () => (await cluster.client().arrow('placed')).allocations.filter((a) => isLive(a) && a.status === 'running').length === 4, 60_000);
  const placedMs = Date.now() - placeAt;
  await sleep(10_000);
  const summary = await history.stop();
  const perSecond = summary.acknowledgedWrites / (history.now() / 1000);
  t.log(`4 replicas placed and running ${placedMs} ms after the write; ${JSON.stringify(summary)}, ${perSecond.toFixed(1)} acknowledged writes/s`);
  t.true(summary.acknowledgedWrites >= 20, `writes keep committing (${summary.acknowledgedWrites})`);
  await cluster.topology.setLinks({ delayMs: 0, lossPercent: 0 });
  await convergedState(cluster);
  await assertWritesPresent(t, cluster, history.history);
  assertLinearizable(t, history);
  t.deepEqual(await allocationProblems(cluster), []);
});
