// An Arrow with a ShadowFS volume under the VM runner (real VMs, TCG): records.c appends numbered
// records to /data/records; they survive the app's restarts on its node and an arrowd restart
// that adopts the running VM (the adopting runner asks the guest for a rescan).
import test from 'ava';
import { execa } from 'execa';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLiveAllocation } from '../cluster/index.ts';
import { readLogs } from './logs.ts';
import { until } from './testing.ts';
import { busyboxDefinition, qemuPids, startVmWorld } from './testing/vm-cluster.ts';
import type { VmNode } from './testing/vm-cluster.ts';

const RECORDS_C = fileURLToPath(new URL('../../kernel/testdata/records.c', import.meta.url));

/** until() for probes that read files. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function record(i: number): string {
  const head = `record ${String(i).padStart(8, '0')} `;
  return head + 'x'.repeat(64 - head.length - 1) + '\n';
}

async function stdoutOf(node: VmNode, allocationId: string): Promise<string> {
  let text = '';
  for await (const chunk of readLogs(node.runner.logDir(allocationId), 'stdout')) text += chunk.toString();
  return text;
}

/** The records file of the newest snapshot `node` holds of volume `name`. */
async function newestRecords(node: VmNode, name: string, scratch: string): Promise<{ seq: number; text: string }> {
  const newest = (await node.volumes.volumes.list(name)).at(-1);
  if (!newest) return { seq: 0, text: '' };
  const dir = join(scratch, `restored-${name}-${newest.seq}-${Date.now()}`);
  await node.volumes.volumes.restore(name, newest.seq, dir);
  return { seq: newest.seq, text: await readFile(join(dir, 'records'), 'utf8').catch(() => '') };
}

test.serial('a volume keeps what the app wrote across its restarts and across an arrowd restart that adopts its VM', async (t) => {
  t.timeout(15 * 60_000);
  const w = await startVmWorld(t, 5_000);
  const binary = join(w.dir, 'records');
  await mkdir(w.dir, { recursive: true });
  await execa('musl-gcc', ['-static', '-Os', '-o', binary, RECORDS_C], { timeout: 60_000 });
  const fast = { restartBackoff: { initialMs: 200, maxMs: 500, resetAfterMs: 60_000 } };
  let node = await w.node('n1', fast);
  await until('node registered', () => w.member.state.nodes().length === 1, 30_000);
  const records = await w.push(node, binary);
  // 15 records 400 ms apart (6 s a run), then exit 0; restart always: each run finds the ones before.
  await w.propose({
    type: 'put-arrow',
    definitionJson: busyboxDefinition(records, { name: 'rec', binary: { ...records, name: 'records' }, args: ['15', '64', '400'], memory: 64, volume: { path: '/data', size: 4, replicas: 1 } }),
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
  const acked = [...out.matchAll(/^acked (\d+)$/gm)].map((m) => Number(m[1]));
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
