// Scenarios 3, 4 and 5 of the multi-host cluster tests: Arrows on real VMs (busybox httpd under
// QEMU) when a host loses power, when a host freezes past its TTL and comes back, and through a
// rolling restart of every server. Hosts are network namespaces; each arrowd publishes its
// Arrows' ports on its host's admin address, where the test fetches their page.
import test from 'ava';
import type { AllocationView } from '../../node/api/index.ts';
import { HistoryRecorder, NsCluster, allocationProblems, convergedState, fetchOnce, isLive, isRunning, missingWrites, pageUrl, qemusOf, until, webDefinition } from '../harness/index.ts';
import type { NsNode } from '../harness/index.ts';

const TTL_MS = 4_000;
const PAGE = 'Hello from an Arrow on a namespaced host\n';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runningWeb(cluster: NsCluster, replicas: number, withinMs = 180_000): Promise<AllocationView[]> {
  return until(`${replicas} replicas serving`, async () => {
    const running = (await cluster.client().arrow('web')).allocations.filter(isRunning);
    if (running.length !== replicas) return undefined;
    const pages = await Promise.all(running.map((a) => fetchOnce(pageUrl(a))));
    return pages.every((p) => p === PAGE) ? running : undefined;
  }, withinMs, 250);
}

async function startWeb(cluster: NsCluster, replicas: number): Promise<AllocationView[]> {
  const via = cluster.nodes[0]!;
  await cluster.client().putArrow('web', await webDefinition(via, 'web', replicas, PAGE));
  return runningWeb(cluster, replicas);
}

const clientHostWith = (cluster: NsCluster, running: readonly AllocationView[]): NsNode | undefined =>
  cluster.nodes.find((n) => n.role === 'client' && running.some((a) => a.node === n.peerId));

test.serial('3: kill -9 of a client host running Arrows: replaced on other hosts within TTL + 3 s, serving through their ports', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 5, servers: 3, ttlMs: TTL_MS, runner: 'vm' });
  // A cluster that ran this Arrow before: every node holds its binary, page and kernel (one
  // replica each, then down to 4), as nodes of a real cluster hold the kernel its Arrows share.
  await startWeb(cluster, 5);
  const definition = await webDefinition(cluster.nodes[0]!, 'web', 4, PAGE);
  await cluster.client().putArrow('web', definition);
  const running = await runningWeb(cluster, 4);
  const victim = clientHostWith(cluster, running);
  if (!victim) throw new Error('4 replicas on 5 hosts, spread: a client host runs one');
  const lost = running.filter((a) => a.node === victim.peerId);
  const killedAt = Date.now();
  await cluster.killHost(victim);
  const replaced = await until('replacements serving', async () => {
    const live = (await cluster.client().arrow('web')).allocations.filter(isRunning);
    const fresh = live.filter((a) => lost.some((l) => a.replaces === l.id));
    if (fresh.length !== lost.length || live.length !== 4) return undefined;
    const pages = await Promise.all(fresh.map((a) => fetchOnce(pageUrl(a), 1_000)));
    return pages.every((p) => p === PAGE) ? fresh : undefined;
  }, TTL_MS + 60_000, 100);
  const elapsedMs = Date.now() - killedAt;
  const phases = replaced.map((a) => `committed +${a.createTimeMs - killedAt} ms, running +${a.statusTimeMs - killedAt} ms`).join('; ');
  const starts = cluster.grepLogs(/VM started/).filter((line) => replaced.some((a) => line.includes(a.id))).map((line) => line.replace(/.*"startedFrom":"([a-z]+)".*"pullMs":(\d+),"startMs":(\d+).*/, '$1, pull $2 ms, start $3 ms'));
  t.log(`${lost.length} replica(s) on ${victim.host.name} replaced on ${replaced.map((a) => a.nodeName).join(', ')} (${phases}; ${starts.join('; ')}), serving ${elapsedMs} ms after kill -9 (TTL ${TTL_MS} ms)`);
  t.true(elapsedMs <= TTL_MS + 3_000, `replaced and serving within TTL + 3 s (took ${elapsedMs} ms)`);
  t.false(replaced.some((a) => a.node === victim.peerId));
  t.deepEqual(await allocationProblems(cluster), []);
});

test.serial('4: a host frozen past its TTL stops its own old allocations, which never serve beside their replacements', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 4, servers: 3, ttlMs: TTL_MS, runner: 'vm' });
  const running = await startWeb(cluster, 3);
  const frozen = clientHostWith(cluster, running) ?? cluster.nodes.find((n) => n.role === 'server' && running.some((a) => a.node === n.peerId) && n !== undefined)!;
  const old = running.find((a) => a.node === frozen.peerId)!;
  const oldUrl = pageUrl(old);
  const oldQemus = await qemusOf(frozen);
  t.true(oldQemus.length >= 1);
  const observer = cluster.nodes.find((n) => n !== frozen)!;
  await cluster.topology.freezeHost(frozen.host);
  // The replacement is committed once the old one is lost and a new one replaces it.
  const replacement = await until('a replacement running', async () => {
    const allocations = (await observer.process!.client.arrow('web')).allocations;
    return allocations.find((a) => a.replaces === old.id && isRunning(a));
  }, TTL_MS + 60_000, 100);
  t.not(replacement.node, frozen.peerId);
  // Probe the old allocation's port from before the thaw until its VM is gone.
  const answers: number[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const body = await fetchOnce(oldUrl, 500);
      if (body !== undefined) answers.push(Date.now());
      await sleep(20);
    }
  })();
  await sleep(300);
  const thawedAt = Date.now();
  await cluster.topology.thawHost(frozen.host);
  await until('the old VM gone', async () => {
    const left = await qemusOf(frozen);
    return oldQemus.every((pid) => !left.includes(pid));
  }, 30_000, 50);
  const goneMs = Date.now() - thawedAt;
  await sleep(500);
  probing = false;
  await prober;
  const oldRecord = (await cluster.client().allocation(old.id));
  t.log(`${frozen.host.name} frozen; replacement on ${replacement.nodeName}; after the thaw its old VM was gone in ${goneMs} ms; old allocation ${oldRecord.status}`);
  t.deepEqual(answers, [], 'the old allocation never answered after its replacement was committed');
  t.is(oldRecord.status, 'lost');
  t.is(await fetchOnce(pageUrl(replacement)), PAGE, 'the replacement serves');
  await cluster.untilReady([frozen], 30_000);
  t.deepEqual(await allocationProblems(cluster), []);
});

test.serial('4b: a host cut off from the others past its TTL pauses its Arrows before they are replaced, and ends them once back', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 4, servers: 3, ttlMs: TTL_MS, runner: 'vm' });
  const running = await startWeb(cluster, 3);
  const victim = clientHostWith(cluster, running) ?? cluster.nodes.find((n) => n.role === 'server' && running.some((a) => a.node === n.peerId))!;
  const old = running.find((a) => a.node === victim.peerId)!;
  const oldUrl = pageUrl(old);
  const oldQemus = await qemusOf(victim);
  // The admin path stays up: the test (a client of the Arrow) still reaches the old port.
  const answers: number[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      if ((await fetchOnce(oldUrl, 500)) !== undefined) answers.push(Date.now());
      await sleep(20);
    }
  })();
  const others = cluster.nodes.filter((n) => n !== victim);
  const cutAt = Date.now();
  await cluster.topology.partition([[victim.host], others.map((n) => n.host)]);
  const replacement = await until('a replacement serving', async () => {
    const allocations = (await others[0]!.process!.client.arrow('web')).allocations;
    const fresh = allocations.find((a) => a.replaces === old.id && isRunning(a));
    return fresh && (await fetchOnce(pageUrl(fresh), 1_000)) === PAGE ? fresh : undefined;
  }, TTL_MS + 60_000, 100);
  // Committed when the leader made it (its clock is this machine's).
  const committedAt = replacement.createTimeMs;
  const lastAnswerMs = answers.length > 0 ? answers.at(-1)! - cutAt : -1;
  await sleep(2_000);
  t.deepEqual(answers.filter((at) => at >= committedAt), [], 'the old allocation did not serve once its replacement was committed');
  await cluster.topology.heal();
  await until('the old VM gone', async () => {
    const left = await qemusOf(victim);
    return oldQemus.every((pid) => !left.includes(pid));
  }, 30_000, 100);
  probing = false;
  await prober;
  t.log(`${victim.host.name} cut off; its old replica last answered ${lastAnswerMs} ms after the cut, its replacement on ${replacement.nodeName} was committed ${committedAt - cutAt} ms after it (TTL ${TTL_MS} ms)`);
  t.deepEqual(answers.filter((at) => at >= committedAt), [], 'nor after the heal, until its VM was gone');
  t.true(lastAnswerMs >= 0, 'it did serve until it was fenced');
  t.is((await cluster.client().allocation(old.id)).status, 'lost');
  await cluster.untilReady([victim], 30_000);
  t.deepEqual(await allocationProblems(cluster), []);
});

test.serial('5: a rolling restart of every server under continuous writes loses no write and restarts no Arrow', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 5, servers: 3, ttlMs: TTL_MS, runner: 'vm' });
  const running = await startWeb(cluster, 3);
  const qemusBefore = new Map(await Promise.all(cluster.nodes.map(async (n) => [n.host.name, await qemusOf(n)] as const)));
  const history = new HistoryRecorder({ clients: 3, keys: 5, targets: () => cluster.nodes.filter((n) => n.process).map((n) => ({ name: n.host.name, client: n.process!.client })) });
  t.teardown(() => history.stop().then(() => undefined));
  const restarts: string[] = [];
  for (const server of cluster.nodes.filter((n) => n.role === 'server')) {
    const began = Date.now();
    server.process!.child.kill('SIGTERM');
    await server.process!.child;
    server.process = undefined;
    await cluster.start(server);
    await until(`${server.host.name} a voter again`, async () => {
      const status = await server.process!.client.clusterStatus();
      return status.leader !== '' && status.members.find((m) => m.id === server.peerId)?.role === 'voter' && status.appliedIndex > 0;
    }, 60_000);
    await cluster.untilReady(cluster.nodes, 30_000);
    restarts.push(`${server.host.name} ${Date.now() - began} ms`);
  }
  await sleep(2_000);
  const summary = await history.stop();
  t.log(`restarted ${restarts.join(', ')}; ${JSON.stringify(summary)}`);
  const after = (await cluster.client().arrow('web')).allocations.filter(isLive);
  const why = () => cluster.grepLogs(/marked down|stopping|handed over|kept up|farewell|restarting|TTLs restarted|lease/).join('\n');
  t.deepEqual(after.map((a) => a.id).sort(), running.map((a) => a.id).sort(), `the same allocations; the logs say:\n${why()}`);
  t.true(after.every((a) => a.restarts === 0 && a.status === 'running'), 'none restarted');
  for (const node of cluster.nodes) t.deepEqual(await qemusOf(node), qemusBefore.get(node.host.name), `${node.host.name}: the same QEMU processes`);
  const result = history.check();
  t.is(result.result, 'ok', 'the history is linearizable');
  t.true(summary.acknowledgedWrites > 0);
  t.deepEqual(await missingWrites(history.history, async (key) => (await cluster.client().arrow(key)).version), [], 'no acknowledged write lost');
  await convergedState(cluster);
  t.deepEqual(await allocationProblems(cluster), []);
});
