// An Arrow with a ShadowFS volume under the VM runner (real VMs, TCG): records.c appends numbered
// records to /data/records; they survive the app's restarts on its node and an arrowd restart
// that adopts the running VM (the adopting runner asks the guest for a rescan).
import test from 'ava';
import { isLiveAllocation } from '../cluster/index.ts';
import { until } from './testing.ts';
import { ackedIn, buildRecords, eventually, newestRecords, record, recordsDefinition, stdoutOf } from './testing/records.ts';
import { qemuPids, startVmWorld } from './testing/vm-cluster.ts';

test.serial('a volume keeps what the app wrote across its restarts and across an arrowd restart that adopts its VM', async (t) => {
  t.timeout(15 * 60_000);
  const w = await startVmWorld(t, 5_000);
  const binary = await buildRecords(w.dir);
  const fast = { restartBackoff: { initialMs: 200, maxMs: 500, resetAfterMs: 60_000 } };
  let node = await w.node('n1', fast);
  await until('node registered', () => w.member.state.nodes().length === 1, 30_000);
  const records = await w.push(node, binary);
  // 15 records 400 ms apart (6 s a run), then exit 0; restart always: each run finds the ones before.
  await w.propose({
    type: 'put-arrow',
    definitionJson: recordsDefinition(records, ['15', '64', '400'], { restart: 'always', volume: { path: '/data', size: 4, replicas: 1 } }),
  });
  const alloc = await until('rec running', () => w.member.state.allocationsOfArrow('rec').find((a) => isLiveAllocation(a) && a.status === 'running'), 240_000);
  const thirdRun = await eventually('three runs', async () => {
    const out = await stdoutOf(node, alloc.id);
    return /^found 30$/m.test(out) ? out : undefined;
  }, 120_000);
  t.regex(thirdRun, /^found 0$[^]*^found 15$[^]*^found 30$/m, 'each run found the records of the runs before');

  // arrowd stops while the app writes; the next one adopts the VM and the writing goes on.
  await eventually('the fourth run writing', async () => /^acked 47$/m.test(await stdoutOf(node, alloc.id)), 60_000);
  const pid = node.runner.pidOf(alloc.id);
  t.truthy(pid);
  await node.stop({ workloads: false });
  node = await w.node('n1', fast);
  await until('adopted and running', () => node.runner.pidOf(alloc.id) === pid && node.runner.list().some((r) => r.status === 'running'), 60_000)
    .catch(async (error: Error) => {
      throw new Error(`${error.message}: pid ${node.runner.pidOf(alloc.id)} (was ${pid}), ${JSON.stringify(node.runner.list().map((r) => r.status))}\n${await stdoutOf(node, alloc.id)}`);
    });
  await eventually('the fourth run done and the fifth started', async () => /^found 60$/m.test(await stdoutOf(node, alloc.id)), 60_000);
  const out = await stdoutOf(node, alloc.id);
  const acked = ackedIn(out);
  const highest = Math.max(...acked);
  const committed = await eventually('the newest snapshot holds every acked record', async () => {
    const { text } = await newestRecords(node, 'rec', w.dir);
    return text.length >= highest * 64 ? text : undefined;
  }, 30_000).catch(async () => (await newestRecords(node, 'rec', w.dir)).text);
  t.is(committed.slice(0, 60 * 64), Array.from({ length: 60 }, (_, i) => record(i + 1)).join(''), 'records 1-60 in order, none lost across the adoption');
  t.log(`${(await node.volumes.volumes.list('rec')).length} snapshots kept; ${highest} records acked; the VM (pid ${pid}) was adopted while writing`);

  await w.propose({ type: 'stop-arrow', name: 'rec' });
  await until('runner empty', () => node.runner.list().length === 0, 60_000);
  t.deepEqual(await qemuPids(w.dir), []);
});
