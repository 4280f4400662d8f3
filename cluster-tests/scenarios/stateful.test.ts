// Stateful Arrows on real VMs: records.c (kernel/testdata) appends numbered, fsynced records to a
// ShadowFS volume kept on 2 nodes, on a 3-host cluster whose arrowds use QEMU user-mode networking
// (N3 in network.test.ts moves one on a tap). Scenarios: a live migration under load; kill -9 of the
// source's, then of the target's arrowd in the middle of one; kill -9 of the whole host running it
// (failover to a replica holder). The app's output is read from each node's log files (they
// outlive arrowd); the volume is read at the end by running `busybox cat` on it, pinned to the
// node that holds its newest snapshot.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { execa } from 'execa';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AllocationView, VolumeDetail } from '../../node/api/index.ts';
import { allocationDir } from '../../node/agent/alloc-state.ts';
import { readLogs } from '../../node/agent/logs.ts';
import { NsCluster, allocationProblems, isLive, qemusOf, until } from '../harness/index.ts';
import type { NsNode } from '../harness/index.ts';

const TTL_MS = 4_000;
const RECORD = 64;
const NAME = 'rec';
const RECORDS_C = fileURLToPath(new URL('../../kernel/testdata/records.c', import.meta.url));
const BUSYBOX = '/bin/busybox';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let compiled: Promise<string> | undefined;
/** records.c, built once for the file (static musl: the guest has no libc). */
function recordsBinary(): Promise<string> {
  compiled ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arrow-records-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const binary = join(dir, 'records');
    await execa('musl-gcc', ['-static', '-Os', '-o', binary, RECORDS_C], { timeout: 60_000 });
    return binary;
  })();
  return compiled;
}

function definition(binary: { digest: string; size: number; name: string }, args: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: NAME, type: 'service', binary, args, env: {}, kernel: 'default', cpu: 250, memory: 64, replicas: 1, restart: 'never',
    ports: [], files: [], priority: 50, constraints: [], affinities: [], requiresKvm: false, update: { maxParallel: 1 },
    volume: { path: '/data', size: '4M', replicas: 2 }, ...extra,
  };
}

/** With STATEFUL_LOGS=DIR, every arrowd's log (the last 64 KiB of each) goes to DIR/<test>.log at the end. */
async function clusterOf(t: ExecutionContext): Promise<NsCluster> {
  const cluster = await NsCluster.start(t, { hosts: 3, servers: 3, ttlMs: TTL_MS, runner: 'vm', network: 'user' });
  const dir = process.env.STATEFUL_LOGS;
  // Teardowns run last-registered first: this one before the cluster's.
  if (dir) t.teardown(() => writeFile(join(dir, `${t.title.slice(0, 40).replace(/\W+/g, '-')}-${Date.now()}.log`), cluster.nodes.map((n) => `=== ${n.host.name}\n${[...n.earlierLogs, n.process?.stderr() ?? ''].join('\n--- restarted\n')}`).join('\n')));
  return cluster;
}

/** What an allocation wrote to stdout on a node (its log files; '' when it never ran there). */
async function stdoutOn(node: NsNode, allocationId: string): Promise<string> {
  let text = '';
  try {
    for await (const chunk of readLogs(join(allocationDir(node.dataDir, allocationId), 'logs'), 'stdout')) text += chunk.toString();
  } catch {
    return '';
  }
  return text;
}

const ackedIn = (text: string): number[] => [...text.matchAll(/^acked (\d+)$/gm)].map((m) => Number(m[1]));
const foundIn = (text: string): number[] => [...text.matchAll(/^found (\d+)$/gm)].map((m) => Number(m[1]));
const highest = (xs: readonly number[]): number => xs.reduce((a, b) => Math.max(a, b), 0);

/** Every acked count the allocation printed on any host so far. */
async function ackedAnywhere(cluster: NsCluster, allocationId: string): Promise<number> {
  const texts = await Promise.all(cluster.nodes.map((n) => stdoutOn(n, allocationId)));
  return highest(texts.flatMap(ackedIn));
}

async function qemuCounts(cluster: NsCluster): Promise<Map<NsNode, number>> {
  return new Map(await Promise.all(cluster.nodes.map(async (n) => [n, (await qemusOf(n)).length] as const)));
}
const total = (counts: Map<NsNode, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
const describeCounts = (counts: Map<NsNode, number>) => [...counts].map(([n, c]) => `${n.host.name}:${c}`).join(' ');

/** Pushes records.c, starts it (COUNT records, PAUSE ms apart) and waits until it has acked `acks`. */
async function startRecords(cluster: NsCluster, acks = 20): Promise<{ alloc: AllocationView; node: NsNode }> {
  // Every node holds the binary, as in a cluster that ran the Arrow before (scenario 3 does the
  // same): a failover needs it where the volume's replica is, and its only holder may be the dead host.
  const binary = await recordsBinary();
  const [pushed] = await Promise.all(cluster.nodes.map((n) => n.process!.client.pushFile(binary, { ref: `arrow:${NAME}` })));
  await cluster.client().putArrow(NAME, definition({ digest: pushed!.digest, size: pushed!.size, name: 'records' }, ['20000', String(RECORD), '40']));
  const alloc = await until('rec running', async () => (await cluster.client().arrow(NAME)).allocations.find((a) => isLive(a) && a.status === 'running'), 180_000, 250);
  const node = cluster.byPeerId(alloc.node)!;
  await until(`${acks} records acked`, async () => ackedIn(await stdoutOn(node, alloc.id)).length >= acks, 60_000, 200);
  return { alloc, node };
}

/** The volume once a node other than the primary holds a snapshot of it; that holder's node. */
async function replicated(cluster: NsCluster, primary: NsNode): Promise<{ volume: VolumeDetail; holder: NsNode }> {
  const volume = await until('a replica node holding a snapshot', async () => {
    const v = await cluster.client().volume(NAME);
    return v.holders.some((h) => h.node !== primary.peerId && h.seq > 0 && v.replicaNodes.some((r) => r.node === h.node)) ? v : undefined;
  }, 60_000, 200);
  const h = volume.holders.find((x) => x.node !== primary.peerId && x.seq > 0 && volume.replicaNodes.some((r) => r.node === x.node))!;
  return { volume, holder: cluster.byPeerId(h.node)! };
}

/** Waits until exactly one live allocation of rec runs, with one QEMU across the hosts, on the node the cluster names. */
async function settled(cluster: NsCluster, withinMs: number): Promise<{ alloc: AllocationView; node: NsNode }> {
  return until('one copy running where the cluster says', async () => {
    const live = (await cluster.client().arrow(NAME)).allocations.filter(isLive);
    if (live.length !== 1 || live[0]!.status !== 'running' || live[0]!.migratingFrom !== '') return undefined;
    const node = cluster.byPeerId(live[0]!.node);
    const counts = await qemuCounts(cluster);
    return node && total(counts) === 1 && counts.get(node) === 1 ? { alloc: live[0]!, node } : undefined;
  }, withinMs, 250);
}

/** For `ms`: one QEMU across hosts, on `node`, all along (a second copy would show). */
async function staysOneCopy(t: ExecutionContext, cluster: NsCluster, node: NsNode, ms: number): Promise<void> {
  const seen = new Set<string>();
  for (const end = Date.now() + ms; Date.now() < end; await sleep(250)) {
    const counts = await qemuCounts(cluster);
    if (total(counts) !== 1 || counts.get(node) !== 1) seen.add(describeCounts(counts));
  }
  t.deepEqual([...seen], [], `one QEMU, on ${node.host.name}, for ${ms} ms`);
}

/** "h1 msg (err…)" of a grepLogs line. */
function brief(line: string): string {
  const msg = /"msg":"([^"]*)"/.exec(line)?.[1] ?? line.slice(0, 120);
  const err = /"err":"((?:[^"\\]|\\.){0,160})/.exec(line)?.[1];
  return `${line.slice(0, line.indexOf(':'))} ${msg}${err ? ` (${err})` : ''}`;
}

/** rec's allocations as the cluster has them (id, node, generation, status, what it replaces). */
async function allocationTable(cluster: NsCluster): Promise<string> {
  const all = (await cluster.client().arrow(NAME)).allocations;
  return all.map((a) => `${a.id.slice(-6)}@${a.nodeName} g${a.generation} ${a.status}${a.statusDetail ? ` (${a.statusDetail.slice(0, 120)})` : ''}${a.replaces ? ` replaces ${a.replaces.slice(-6)}` : ''}`).join('; ');
}

/** Each running node's view of the cluster and its arrowd's CPU time, for a test that timed out. */
async function diagnose(cluster: NsCluster): Promise<string> {
  const table = await allocationTable(cluster).catch((e: Error) => e.message);
  const problems = await allocationProblems(cluster).catch((e: Error) => [e.message]);
  return `allocations: ${table}\nallocationProblems: ${JSON.stringify(problems)}\n` + (await Promise.all(cluster.running().map(async (n) => {
    const status = await Promise.race([n.process!.client.clusterStatus().then((s) => `leader ${cluster.byPeerId(s.leader)?.host.name ?? s.leader} applied ${s.appliedIndex}`, (e: Error) => e.message), sleep(3_000).then(() => 'no answer in 3 s')]);
    const read = await Promise.race([n.process!.client.arrow(NAME).then((a) => `read rec: ${a.allocations.length} allocations`, (e: Error) => `read rec failed: ${e.message}`), sleep(6_000).then(() => 'read rec: no answer in 6 s')]);
    const stat = await readFile(`/proc/${n.process!.child.pid}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return `${n.host.name}: ${status}; ${read}; arrowd state ${fields[0]} utime ${fields[11]} stime ${fields[12]} ticks`;
  }))).join('\n');
}

function record(i: number): string {
  const head = `record ${String(i).padStart(8, '0')} `;
  return head + 'x'.repeat(RECORD - head.length - 1) + '\n';
}

/**
 * Stops rec and reads its volume's newest snapshot: `busybox cat /data/records` as rec's next
 * run, pinned to the node that ran it last (its final snapshot, committed as the run ended, is
 * there). Returns how many whole records are there, whether they are records 1..N in order, and
 * the cluster's holder records once that node reported its final snapshot (reports go at most
 * every 5 s).
 */
async function readVolume(cluster: NsCluster): Promise<{ records: number; inOrder: boolean; on: string; holders: string; reported: boolean }> {
  const client = cluster.client();
  const last = (await client.arrow(NAME)).allocations.find((a) => isLive(a));
  if (!last) throw new Error('rec runs nowhere');
  const on = cluster.byPeerId(last.node)!;
  const stoppedAt = Date.now();
  await client.stopArrow(NAME);
  await until('rec stopped, no QEMU left', async () => {
    const live = (await client.arrow(NAME)).allocations.filter(isLive);
    return live.length === 0 && total(await qemuCounts(cluster)) === 0;
  }, 60_000, 250);
  const volume = await until(`${on.host.name} reporting its final snapshot`, async () => {
    const v = await client.volume(NAME);
    return v.holders.some((h) => h.node === on.peerId && h.createdMs >= stoppedAt) ? v : undefined;
  }, 15_000, 500).catch(() => undefined);
  const seen = volume ?? await client.volume(NAME);
  const holders = seen.holders.map((h) => `${h.nodeName} seq ${h.seq} (${Math.floor(h.logicalBytes / RECORD)} records, taken ${h.createdMs - stoppedAt} ms after the stop)`).join(', ');
  const busybox = await on.process!.client.pushFile(BUSYBOX, { ref: `arrow:${NAME}` });
  const startedAt = Date.now();
  await client.putArrow(NAME, definition({ digest: busybox.digest, size: busybox.size, name: 'busybox' }, ['cat', '/data/records'], {
    constraints: [{ label: 'host', op: '=', value: on.host.name }],
  }));
  const reader = await until('the reader ran', async () => (await client.arrow(NAME)).allocations
    .find((x) => x.createTimeMs >= startedAt - 1_000 && ['complete', 'failed', 'stopped'].includes(x.status)), 120_000, 250);
  await client.stopArrow(NAME);
  const text = await stdoutOn(on, reader.id);
  const records = Math.floor(text.length / RECORD);
  const expected = Array.from({ length: records }, (_, i) => record(i + 1)).join('');
  return { records, inOrder: text.slice(0, records * RECORD) === expected, on: on.host.name, holders, reported: volume !== undefined };
}

test.serial('migrate under load: the app moves live to a replica holder, keeps counting and loses no acked record', async (t) => {
  const cluster = await clusterOf(t);
  const { alloc, node: source } = await startRecords(cluster);
  const { volume, holder: target } = await replicated(cluster, source);
  t.log(`${alloc.id} on ${source.host.name}; replicas ${volume.replicaNodes.map((r) => r.nodeName).join(', ')}; holders ${volume.holders.map((h) => `${h.nodeName} seq ${h.seq}`).join(', ')}`);
  const before = highest(ackedIn(await stdoutOn(source, alloc.id)));
  const startedAt = Date.now();
  await cluster.client().migrateAllocation(alloc.id, target.host.name);
  const moved = await until('running on the target at the next generation', async () => {
    const a = await cluster.client().allocation(alloc.id);
    return a.node === target.peerId && a.generation === alloc.generation + 1 && a.status === 'running' && a.migratingFrom === '' ? a : undefined;
  }, 90_000, 100).catch(async (error: Error) => {
    throw new Error(`${error.message}\n${await diagnose(cluster)}\nQEMUs: ${describeCounts(await qemuCounts(cluster))}\n${cluster.grepLogs(/migrat|afresh|arrived|VM started|stopp|fail/i).map(brief).join('\n')}`);
  });
  const movedMs = Date.now() - startedAt;
  const moveLog = cluster.grepLogs(/moved a running Arrow to another node/).map((l) => l.replace(/.*"ms":(\d+).*/, '$1 ms on the source'));
  await until('the app writing on the target', async () => ackedIn(await stdoutOn(target, alloc.id)).length >= 20, 60_000, 200);
  const onTarget = await stdoutOn(target, alloc.id);
  const sourceAcks = ackedIn(await stdoutOn(source, alloc.id));
  const targetAcks = ackedIn(onTarget);
  t.log(`moved ${source.host.name} -> ${target.host.name} in ${movedMs} ms (commit to running at generation ${moved.generation}; ${moveLog.join(', ')}); acked ${before} at the request, source's last ${highest(sourceAcks)}, target's first ${targetAcks[0]}`);
  // A live migration that failed shows here: the target then started the app afresh ("found N").
  const why = () => cluster.grepLogs(/migrat|afresh|arrived|VM started|snapshot|refused/i).map(brief).join('\n');
  t.is(foundIn(await stdoutOn(source, alloc.id)).length, 1, 'one start, on the source');
  t.deepEqual(foundIn(onTarget), [], `the app did not start again on the target; the logs say:\n${why()}`);
  t.true(targetAcks[0]! >= before && targetAcks[0]! <= highest(sourceAcks) + 1, `the count goes on: source last ${highest(sourceAcks)}, target first ${targetAcks[0]}`);
  await staysOneCopy(t, cluster, target, 2_000);
  t.deepEqual(await allocationProblems(cluster), []);
  const acked = await ackedAnywhere(cluster, alloc.id);
  const read = await readVolume(cluster);
  t.log(`stopped after ${acked} acked; the volume on ${read.on} (which ran it last) holds ${read.records} records; holders ${read.holders}${read.reported ? '' : ' (its final snapshot NOT reported within 15 s)'}`);
  t.true(read.inOrder, 'records 1..N in order');
  t.true(read.records >= acked, `every acked record kept (${read.records} of ${acked}); the logs say:\n${why()}`);
});

/** Starts a migration to a replica holder and kill -9s the arrowd of `victim` once the target runs a QEMU for it. */
async function killMidMigration(t: ExecutionContext, side: 'source' | 'target'): Promise<number> {
  const cluster = await clusterOf(t);
  const { alloc, node: source } = await startRecords(cluster);
  const { holder: target } = await replicated(cluster, source);
  const victim = side === 'source' ? source : target;
  const startedAt = Date.now();
  await cluster.client().migrateAllocation(alloc.id, target.host.name);
  await until('a QEMU on the target', async () => (await qemusOf(target)).length > 0, 60_000, 20);
  const ackedAtKill = await ackedAnywhere(cluster, alloc.id);
  const killedAt = Date.now();
  await cluster.killArrowd(victim);
  const qemusAfterKill = describeCounts(await qemuCounts(cluster));
  await cluster.start(victim);
  const restartedMs = Date.now() - killedAt;
  const { alloc: after, node } = await settled(cluster, 120_000);
  const settledMs = Date.now() - killedAt;
  await until('the app writing again', async () => ackedIn(await stdoutOn(node, after.id)).length > 0 && highest(ackedIn(await stdoutOn(node, after.id))) > ackedAtKill, 60_000, 250);
  await staysOneCopy(t, cluster, node, 5_000);
  const live = (await cluster.client().arrow(NAME)).allocations.filter(isLive);
  t.log(`allocations: ${await allocationTable(cluster)}`);
  // The settled run: what its node printed after its last "found" line (none: it came there live).
  // Every ack printed before it, on any node, was made by an earlier run: those above its "found" are lost.
  const ids = [...new Set([alloc.id, after.id])];
  const texts = (await Promise.all(cluster.nodes.flatMap((n) => ids.map(async (id) => ({ n, id, text: await stdoutOn(n, id) })))));
  const onNode = texts.find((x) => x.n === node && x.id === after.id)!.text;
  const lastFound = onNode.lastIndexOf('found ');
  const fresh = lastFound >= 0 && (lastFound === 0 || onNode[lastFound - 1] === '\n') ? Number(/^found (\d+)/.exec(onNode.slice(lastFound))![1]) : undefined;
  const before = texts.flatMap((x) => ackedIn(x.n === node && x.id === after.id && fresh !== undefined ? onNode.slice(0, lastFound) : (x.n === node && x.id === after.id ? '' : x.text)));
  const ackedBefore = highest(before);
  const lostAtRestart = fresh === undefined ? 0 : Math.max(0, ackedBefore - fresh);
  const runAcked = highest(ackedIn(fresh === undefined ? onNode : onNode.slice(lastFound)));
  const why = cluster.grepLogs(/migrat|adopted|arrived|afresh|VM started/i).map((l) => l.slice(0, 300));
  t.log(`kill -9 of the ${side}'s arrowd (${victim.host.name}) ${killedAt - startedAt} ms into ${source.host.name} -> ${target.host.name}, ${ackedAtKill} acked then; QEMUs right after: ${qemusAfterKill}; arrowd back in ${restartedMs} ms; one copy running on ${node.host.name} (generation ${after.generation}) ${settledMs} ms after the kill; ${fresh !== undefined ? `started afresh there: found ${fresh}, ${ackedBefore} acked by the earlier run(s): ${lostAtRestart} acked record(s) lost` : 'it came there live, never restarted'}`);
  t.log(`how: ${why.map(brief).join(' | ')}`);
  t.is(live.length, 1, 'one live allocation');
  t.is(live[0]!.node, node.peerId);
  t.deepEqual(await allocationProblems(cluster), []);
  const read = await readVolume(cluster);
  const finalAcked = Math.max(runAcked, await ackedAnywhere(cluster, after.id));
  t.log(`stopped: the volume on ${read.on} (which ran it last) holds ${read.records} records; the settled run acked up to ${runAcked}; holders ${read.holders}${read.reported ? '' : ' (its final snapshot NOT reported within 15 s)'}`);
  t.true(read.inOrder, `records 1..N in order; the logs say:\n${why.join('\n')}`);
  // The last run's own acks all reach the volume (it stopped gracefully).
  t.true(read.records >= finalAcked, `the settled run's acked records kept (${read.records} of ${finalAcked})`);
  return lostAtRestart;
}

test.serial('kill -9 of the source arrowd mid-migration: one copy runs afterwards, on the node the cluster names', async (t) => {
  // The source's VM outlives its arrowd, which adopts it and moves it again (or, failing that,
  // stops it gracefully and copies its last snapshot to the target): no acked record is lost.
  t.is(await killMidMigration(t, 'source'), 0, 'no acked record lost');
});

test.serial('kill -9 of the target arrowd mid-migration: one copy runs afterwards, on the node the cluster names', async (t) => {
  // The target's arrowd is gone when the source stops the Arrow and copies its last snapshot:
  // a fresh start from an older snapshot may lose what the app acked since (measured, logged).
  await killMidMigration(t, 'target');
});

test.serial('kill -9 of the host of a stateful Arrow: it restarts on a replica holder from the newest replicated snapshot', async (t) => {
  const cluster = await clusterOf(t);
  const { alloc, node: primary } = await startRecords(cluster, 60);
  await replicated(cluster, primary);
  // Let a few more snapshots reach the replica, then take the cluster's view right before the kill.
  await sleep(4_000);
  const volume = await cluster.client().volume(NAME);
  const replicaHolders = volume.holders.filter((h) => h.node !== primary.peerId && h.seq > 0);
  const killedAt = Date.now();
  await cluster.killHost(primary);
  // Its log files outlive it: every ack it printed before the kill.
  const ackedAtKill = highest(ackedIn(await stdoutOn(primary, alloc.id)));
  const replacement = await until('a replacement running elsewhere', async () => {
    const a = (await cluster.client().arrow(NAME)).allocations.find((x) => x.replaces === alloc.id && isLive(x) && x.status === 'running');
    return a;
  }, TTL_MS + 60_000, 100).catch(async (error: Error) => { throw new Error(`${error.message}\n${await diagnose(cluster)}`); });
  t.log(`allocations: ${await allocationTable(cluster)}`);
  const failoverMs = Date.now() - killedAt;
  const node = cluster.byPeerId(replacement.node)!;
  const text = await until('its found line', async () => {
    const s = await stdoutOn(node, replacement.id);
    return foundIn(s).length > 0 ? s : undefined;
  }, 30_000, 100);
  const found = foundIn(text)[0]!;
  const held = replicaHolders.find((h) => h.node === node.peerId);
  const heldRecords = held ? Math.floor(held.logicalBytes / RECORD) : -1;
  const ageAtKill = held ? killedAt - held.createdMs : -1;
  t.log(`failover ${failoverMs} ms (kill -9 of ${primary.host.name} -> running on ${node.host.name}; TTL ${TTL_MS} ms; committed +${replacement.createTimeMs - killedAt} ms); acked ${ackedAtKill} before the kill, found ${found} in the new run: ${ackedAtKill - found} acked record(s) lost; the replica's newest snapshot before the kill: seq ${held?.seq}, ${heldRecords} records, ${ageAtKill} ms old`);
  t.true(failoverMs <= TTL_MS + 30_000, `running elsewhere within TTL + 30 s (${failoverMs} ms)`);
  t.truthy(held, `restarted on a node that held a replica (${node.host.name}; holders ${replicaHolders.map((h) => h.nodeName).join(', ')})`);
  t.true(found >= heldRecords, `started from at least the replicated snapshot (found ${found}, the snapshot held ${heldRecords})`);
  t.true(found <= ackedAtKill + 1, 'nothing found that was never written');
  await until('the new run writing', async () => highest(ackedIn(await stdoutOn(node, replacement.id))) > found + 5, 60_000, 250);
  t.is(total(await qemuCounts(cluster)), 1, 'one QEMU across the hosts left');
  t.deepEqual(await allocationProblems(cluster), []);
});
