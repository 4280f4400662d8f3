// Live migration and volume replication between two nodes of a real cluster (real VMs, TCG, real
// libp2p): records.c writes numbered records to its volume; its snapshots reach the replica node;
// an admin migration moves the running app there (it never restarts: no second "found" line, the
// count goes on) and every acked record is in the volume afterwards, in order.
import test, { type ExecutionContext } from 'ava';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callRpc } from '../../p2p/index.ts';
import { isLiveAllocation } from '../cluster/index.ts';
import { PULL_PROTOCOL } from './peers.ts';
import { until } from './testing.ts';
import { ackedIn, buildRecords, eventually, newestRecords, record, recordsDefinition, stdoutOf } from './testing/records.ts';
import { qemuPids, startVmWorld, type VmWorld } from './testing/vm-cluster.ts';

test.serial('a running Arrow with a volume is copied to its replica node, which pulls its binary ahead, and moves there and back live, a failed first try taken again: same app, every acked record kept', async (t) => {
  t.timeout(15 * 60_000);
  const logged: string[] = [];
  const log = (name: string) => ({
    info: (obj: object, msg: string) => void logged.push(`${name} info ${msg} ${JSON.stringify(obj).slice(0, 300)}`),
    warn: (obj: object, msg: string) => {
      logged.push(`${name} WARN ${msg} ${JSON.stringify(obj).slice(0, 300)}`);
      t.log(logged.at(-1));
    },
  });
  // Each node's first offer of the VM fails as if the target died loading it: it tries again.
  const { w, a, b, records } = await twoNodes(t, (name) => ({ logger: log(name), failMigrations: 1 }));
  // It runs on a, the only holder of its binary: b, its replica node, must pull the binary ahead.
  await w.propose({ type: 'set-eligibility', node: b.peerId, eligible: false });
  // 2,000 records 50 ms apart: the app writes all through the test.
  await w.propose({
    type: 'put-arrow',
    definitionJson: recordsDefinition(records, ['2000', '64', '50']),
  });
  const first = await until('rec running', () => w.member.state.allocationsOfArrow('rec').find((x) => isLiveAllocation(x) && x.status === 'running'), 240_000);
  t.is(first.node, a.peerId);
  await w.propose({ type: 'set-eligibility', node: b.peerId, eligible: true });
  const [source, target] = [a, b];
  await eventually('records acked', async () => ackedIn(await stdoutOf(source, first.id)).length >= 20, 60_000);

  // Replication: the other node is chosen as a replica and holds a recent snapshot, and the binary.
  const replicated = await until('the replica node holds a snapshot', () => {
    const v = w.member.state.volume('rec');
    return v?.replicaNodes.includes(target.peerId) && v.holders.some((h) => h.node === target.peerId && h.seq > 0) ? v : undefined;
  }, 60_000);
  t.log(`replica nodes ${replicated.replicaNodes.length}; holders ${replicated.holders.map((h) => `${h.node === source.peerId ? 'source' : 'target'} seq ${h.seq}`).join(', ')}`);
  await until('the replica node pulled the binary ahead', () => w.member.state.artifact(records.digest)?.holders.includes(target.peerId), 60_000);

  // Migrate under load, there and back. Each move must go live: the app never starts again.
  let [from, to] = [source, target];
  let generation = first.generation;
  let live = 0;
  const fallbacks: string[] = [];
  for (let move = 1; move <= 2; move++) {
    const before = Math.max(...ackedIn(await stdoutOf(from, first.id)));
    const logBefore = (await stdoutOf(to, first.id)).length;
    const startedAt = Date.now();
    await w.propose({ type: 'migrate-allocation', allocationId: first.id, to: to.peerId });
    await until(`move ${move}: running on the other node at the next generation`, () => {
      const x = w.member.state.allocation(first.id);
      return x && x.node === to.peerId && x.generation === generation + 1 && x.status === 'running' && (x.migratingFrom ?? '') === '' ? x : undefined;
    }, 120_000);
    generation++;
    await eventually('the app writing on the other node', async () => ackedIn((await stdoutOf(to, first.id)).slice(logBefore)).length >= 10, 60_000);
    const there = (await stdoutOf(to, first.id)).slice(logBefore);
    const fromAcks = ackedIn(await stdoutOf(from, first.id));
    t.deepEqual(await qemuPids(from.dataDir), [], `move ${move}: nothing runs on the node it left`);
    t.is((await qemuPids(to.dataDir)).length, 1, `move ${move}: one QEMU, on the node it moved to`);
    if (to.runner.startedFrom(first.id) === 'migrated') {
      live++;
      t.log(`move ${move}: live in ${Date.now() - startedAt} ms (commit to running there)`);
      t.notRegex(there, /^found /m, 'the app did not start again');
      const firstThere = ackedIn(there)[0]!;
      t.true(firstThere <= fromAcks.at(-1)! + 1 && firstThere > before, `the count goes on: last ${fromAcks.at(-1)} before, first ${firstThere} after`);
    } else {
      // The fallback's contract: the app starts afresh from the snapshot the source took at its stop.
      const found = Number(/^found (\d+)$/m.exec(there)?.[1] ?? -1);
      t.true(found >= fromAcks.at(-1)!, `move ${move} fell back: found ${found}, ${fromAcks.at(-1)} acked before`);
      fallbacks.push(`move ${move}: started afresh, found ${found} of ${fromAcks.at(-1)} acked`);
    }
    [from, to] = [to, from];
  }
  t.deepEqual(fallbacks, [], 'no move fell back to a fresh start');
  t.is(live, 2, 'both moves went live');
  t.true(logged.some((line) => line.includes('trying again')), 'the first offer failed and was made again');
  const final = from;

  // Stop it and read the volume: every acked record, in order.
  await w.propose({ type: 'stop-arrow', name: 'rec' });
  await until('stopped', () => w.member.state.allocation(first.id)?.status === 'stopped', 60_000);
  await until('runner empty', () => final.runner.list().length === 0, 30_000);
  const highest = Math.max(...ackedIn(await stdoutOf(a, first.id)), ...ackedIn(await stdoutOf(b, first.id)));
  const { text } = await newestRecords(final, 'rec', w.dir);
  t.is(text.slice(0, highest * 64), Array.from({ length: highest }, (_, i) => record(i + 1)).join(''), `records 1-${highest} in order`);
  t.deepEqual(await qemuPids(w.dir), []);
});

test.serial('an Arrow placed on a node without a copy of its volume fetches the newest from the node holding it before it starts', async (t) => {
  t.timeout(15 * 60_000);
  const { w, a, b, records } = await twoNodes(t);
  // One copy only (no replica node): the data is on the node that ran it, and nowhere else.
  const spec = (args: string[]) => recordsDefinition(records, args, { volume: { path: '/data', size: 4, replicas: 1 } });
  await w.propose({ type: 'set-eligibility', node: b.peerId, eligible: false });
  await w.propose({ type: 'put-arrow', definitionJson: spec(['2000', '64', '50']) });
  const first = await until('rec running on a', () => w.member.state.allocationsOfArrow('rec').find((x) => isLiveAllocation(x) && x.status === 'running'), 240_000);
  t.is(first.node, a.peerId);
  await eventually('records acked', async () => ackedIn(await stdoutOf(a, first.id)).length >= 20, 60_000);
  await w.propose({ type: 'stop-arrow', name: 'rec' });
  await until('stopped', () => w.member.state.allocation(first.id)?.status === 'stopped', 60_000);
  const acked = Math.max(...ackedIn(await stdoutOf(a, first.id)));
  const newestOnA = (await a.volumes.volumes.list('rec')).at(-1)!;
  await until('a recorded holding its last snapshot', () => w.member.state.volume('rec')?.holders.some((h) => h.node === a.peerId && h.seq === newestOnA.seq), 30_000);
  t.deepEqual(await b.volumes.volumes.list('rec'), [], 'b holds nothing of it');

  // Now it can only run on b, which must take a's copy first.
  await w.propose({ type: 'set-eligibility', node: b.peerId, eligible: true });
  await w.propose({ type: 'set-eligibility', node: a.peerId, eligible: false });
  await w.propose({ type: 'put-arrow', definitionJson: spec(['5', '64', '50']) });
  const second = await until('rec running on b', () => w.member.state.allocationsOfArrow('rec').find((x) => isLiveAllocation(x) && x.node === b.peerId && x.status === 'running'), 120_000);
  const found = await eventually('the run on b reports what it found', async () => /^found (\d+)$/m.exec(await stdoutOf(b, second.id))?.[1], 60_000);
  t.is(Number(found), acked, `b started with every record a acked (${acked})`);
  t.true((await b.volumes.volumes.list('rec')).length >= 1);

  // The pull protocol with hostile requests: each refused by name, the node serving on.
  const pull = (bytes: Uint8Array) => callRpc(a.host, b.peerId, PULL_PROTOCOL, bytes, { timeoutMs: 10_000, maxResponseBytes: 1024 });
  await t.throwsAsync(pull(new Uint8Array([0xff, 0xfe])), { message: /not UTF-8/ });
  await t.throwsAsync(pull(new TextEncoder().encode('../etc')), { message: /invalid volume name/ });
  await t.throwsAsync(pull(new Uint8Array(4096)), { message: /too large|exceeds/i });
  t.is(new TextDecoder().decode(await pull(new TextEncoder().encode('nothing-here'))), 'none');
  // a did not ask b for anything: b's push of its newest snapshot is refused by a's replica server.
  await t.throwsAsync(pull(new TextEncoder().encode('rec')), { message: /may not push snapshots of volume rec/ });
  await w.propose({ type: 'stop-arrow', name: 'rec' });
  await until('runner empty', () => b.runner.list().length === 0, 60_000);
});

test.serial('a drain moves an Arrow with a volume live to the node holding its copy: the same allocation, the same app', async (t) => {
  t.timeout(15 * 60_000);
  const { w, a, b, records } = await twoNodes(t);
  await w.propose({
    type: 'put-arrow',
    definitionJson: recordsDefinition(records, ['2000', '64', '50']),
  });
  const first = await until('rec running', () => w.member.state.allocationsOfArrow('rec').find((x) => isLiveAllocation(x) && x.status === 'running'), 240_000);
  const [source, target] = first.node === a.peerId ? [a, b] : [b, a];
  await until('the other node holds a copy', () => w.member.state.volume('rec')?.holders.some((h) => h.node === target.peerId), 60_000);
  const drainedAt = Date.now();
  await w.propose({ type: 'start-drain', node: source.peerId, deadlineMs: 0, maxParallel: 1 });
  const moved = await until('running on the other node', () => {
    const x = w.member.state.allocation(first.id);
    return x && x.node === target.peerId && x.status === 'running' ? x : undefined;
  }, 120_000);
  t.log(`drained: running on the other node ${Date.now() - drainedAt} ms after the drain began`);
  t.is(moved.id, first.id, 'the same allocation, moved: not a replacement');
  t.is(moved.generation, first.generation + 1);
  await eventually('the app writing on the target', async () => ackedIn(await stdoutOf(target, first.id)).length >= 5, 60_000);
  t.is(target.runner.startedFrom(first.id), 'migrated');
  t.notRegex(await stdoutOf(target, first.id), /^found /m, 'the app did not start again');
  t.deepEqual(await qemuPids(source.dataDir), []);
});

test.serial('an older snapshot restored on a replica node is where the Arrow\'s next run begins, on whichever node', async (t) => {
  t.timeout(15 * 60_000);
  const { w, a, b, records } = await twoNodes(t);
  const spec = (args: string[]) => recordsDefinition(records, args, { type: 'batch' });
  await w.propose({ type: 'put-arrow', definitionJson: spec(['40', '64', '50']) });
  const first = await until('rec running', () => w.member.state.allocationsOfArrow('rec').find((x) => isLiveAllocation(x) && x.status === 'running'), 240_000);
  const replica = first.node === a.peerId ? b : a;
  await until('a replica node chosen', () => w.member.state.volume('rec')?.replicaNodes.includes(replica.peerId), 30_000);
  await t.throwsAsync(replica.peers.restore('rec', 1), { message: /runs on node .*: stop it first/ }, 'not while it runs');
  await until('the run complete', () => w.member.state.allocation(first.id)?.status === 'complete', 120_000);
  const last = (await (first.node === a.peerId ? a : b).volumes.volumes.list('rec')).at(-1)!;
  await until('the replica holds the last snapshot', () => w.member.state.volume('rec')?.holders.some((h) => h.node === replica.peerId && h.createdMs === last.createdAt.getTime()), 30_000);
  // The replica's oldest snapshot with some records in it, and how many.
  const kept = await replica.volumes.volumes.list('rec');
  let chosen: { seq: number; count: number } | undefined;
  for (const snapshot of kept) {
    const dir = join(w.dir, `check-${snapshot.seq}`);
    await replica.volumes.volumes.restore('rec', snapshot.seq, dir);
    const count = (await readFile(join(dir, 'records'), 'utf8').catch(() => '')).length / 64;
    if (count > 0 && count < 40) { chosen = { seq: snapshot.seq, count }; break; }
  }
  if (!chosen) throw new Error(`no snapshot between 0 and 40 records among ${kept.length}`);
  const restored = await replica.peers.restore('rec', chosen.seq);
  t.true(restored.seq > kept.at(-1)!.seq, 'a new newest snapshot');
  await t.throwsAsync(replica.peers.restore('rec', 999), { instanceOf: RangeError });
  await until('the cluster records the restored snapshot', () => w.member.state.volume('rec')?.holders.some((h) => h.node === replica.peerId && h.seq === restored.seq), 30_000);

  await w.propose({ type: 'put-arrow', definitionJson: spec(['1', '64', '50']) });
  const next = await until('the next run', () => w.member.state.allocationsOfArrow('rec').find((x) => x.id !== first.id && isLiveAllocation(x) && x.status === 'running'), 120_000);
  const runner = next.node === a.peerId ? a : b;
  const found = await eventually('what the next run found', async () => /^found (\d+)$/m.exec(await stdoutOf(runner, next.id))?.[1], 60_000);
  t.is(Number(found), chosen.count, `the run on ${next.node === replica.peerId ? 'the replica node' : 'the other node'} began from the restored snapshot (${chosen.count} records, not 40)`);
});

/** A cluster of nodes a and b, both registered, with records.c built and held by a. */
async function twoNodes(t: ExecutionContext, optionsOf: (name: string) => Parameters<VmWorld['node']>[1] = () => ({})) {
  const w = await startVmWorld(t, 5_000);
  const binary = await buildRecords(w.dir);
  const a = await w.node('a', optionsOf('a'));
  const b = await w.node('b', optionsOf('b'));
  await until('2 nodes registered', () => w.member.state.nodes().length === 2, 30_000);
  const records = await w.push(a, binary);
  return { w, a, b, records };
}
