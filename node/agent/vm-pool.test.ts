// The VM runner's clones restored ahead of time (TCG, busybox httpd): a start from a template
// the node started from before takes a waiting adoptable clone (in its own run dir, which the
// allocation's record then names), serves through its published port, and the pool is refilled
// (a restart takes the next one); after a kill -9 of the node the next runner adopts that VM (same pid) and kills the clone that
// was still waiting; a clean close ends the waiting clones.
import test from 'ava';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isLiveAllocation } from '../cluster/index.ts';
import type { AllocationRecord } from '../cluster/index.ts';
import { until } from './testing.ts';
import { busyboxDefinition, fetchPage, qemuPids, spawnVmNode, startVmWorld } from './testing/vm-cluster.ts';
import type { VmNode, VmWorld } from './testing/vm-cluster.ts';

const POOL = { size: 1, maxTemplates: 2 };

/** busybox and a page pushed to `seed`; returns what puts a web Arrow (same binary and shape: same template) serving it. */
async function webArrows(w: VmWorld, seed: VmNode): Promise<{ page: string; put(name: string): Promise<void> }> {
  const busybox = await w.push(seed, '/bin/busybox');
  const page = `<p>pooled ${Date.now()}</p>\n`;
  await writeFile(join(w.dir, 'index.html'), page);
  const index = await w.push(seed, join(w.dir, 'index.html'));
  return {
    page,
    put: (name) => w.propose({
      type: 'put-arrow',
      definitionJson: busyboxDefinition(busybox, {
        name, args: ['httpd', '-f', '-p', '8080', '-h', '/www'], ports: [{ name: 'http', guest: 8080, protocol: 'tcp' }], files: [{ path: '/www/index.html', ...index }],
      }),
    }),
  };
}

const runningOf = (w: VmWorld, arrow: string, node?: string): AllocationRecord | undefined =>
  w.member.state.allocationsOfArrow(arrow).find((a) => isLiveAllocation(a) && a.status === 'running' && a.ports.length === 1 && (node === undefined || a.node === node));

/** QEMUs running in pooled run dirs (waiting clones and allocations that took one) under a data dir. */
const pooledPids = (dataDir: string) => qemuPids(join(dataDir, 'run', 'pool.'));

/** The run dir an allocation's record names. */
async function recordedRunId(dataDir: string, allocationId: string): Promise<string> {
  return (JSON.parse(await readFile(join(dataDir, 'allocs', allocationId, 'alloc.json'), 'utf8')) as { runId: string }).runId;
}

/**
 * The pooled QEMUs other than `taken`, once there are `count` of them (a refill takes a few seconds
 * under TCG). A clone's QEMU runs before the pool holds it (it is restored, then warmed up): wait
 * for `settled` too (the runner's clonePoolSettled, or pausedClones for a runner in another process).
 */
async function waitingClones(dataDir: string, taken: readonly number[], count: number, settled: (pids: number[]) => Promise<void>): Promise<number[]> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const waiting = (await pooledPids(dataDir)).filter((pid) => !taken.includes(pid));
    if (waiting.length === count) {
      await settled(waiting);
      return waiting;
    }
    if (Date.now() > deadline) throw new Error(`not ${count} clone(s) waiting in the pool: ${waiting.join(',')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** CPU ticks a process used so far. */
async function cpuTicks(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime, stime
}

/** Once these QEMUs use (next to) no CPU for 500 ms: a clone is paused once warmed up (and then waits in the pool). */
async function pausedClones(pids: number[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const before = await Promise.all(pids.map(cpuTicks));
    await new Promise((r) => setTimeout(r, 500));
    const after = await Promise.all(pids.map(cpuTicks));
    if (after.every((ticks, i) => ticks - before[i]! <= 2)) return;
    if (Date.now() > deadline) throw new Error(`the clones ${pids.join(',')} keep running`);
  }
}

test.serial('a second Arrow of the same binary starts from a waiting clone, serves through its port, and the pool is refilled; close ends the waiting clone', async (t) => {
  t.timeout(10 * 60_000);
  const w = await startVmWorld(t, 30_000);
  const node = await w.node('n1', { clonePool: POOL });
  await until('node registered', () => w.member.state.nodes().length === 1, 30_000);
  const { page, put } = await webArrows(w, node);

  await put('web');
  const web = await until('web running', () => runningOf(w, 'web'), 240_000);
  t.is(node.runner.startedFrom(web.id), 'clone', 'the first start from a template restores a clone of its own');
  t.is(await recordedRunId(node.dataDir, web.id), web.id, 'in the allocation\'s own run dir');
  t.is(await fetchPage(web.ports[0]!.host), page);
  const [waiting] = await waitingClones(node.dataDir, [], 1, () => node.runner.clonePoolSettled());

  await put('web2');
  const web2 = await until('web2 running', () => runningOf(w, 'web2'), 120_000);
  t.is(node.runner.startedFrom(web2.id), 'pool', 'the second start took the waiting clone');
  t.is(node.runner.pidOf(web2.id), waiting, 'the very QEMU that waited');
  const runId = await recordedRunId(node.dataDir, web2.id);
  t.regex(runId, /^pool\.[0-9a-f]{12}$/, 'the record names the clone\'s run dir');
  t.deepEqual(await qemuPids(join(node.dataDir, 'run', runId) + '/'), [waiting!]);
  t.not(web2.ports[0]!.host, web.ports[0]!.host);
  t.is(await fetchPage(web2.ports[0]!.host), page, 'the pooled clone serves through the port forwarded after its take');
  const [refilled] = await waitingClones(node.dataDir, [waiting!], 1, () => node.runner.clonePoolSettled());
  t.not(refilled, waiting, 'the pool restored the next clone');

  // kill -9 of the pool-started VM: its restart takes the refilled clone, on the same host port.
  process.kill(waiting!, 'SIGKILL');
  const restarted = await until('web2 restarted', () => {
    const pid = node.runner.pidOf(web2.id);
    return w.member.state.allocation(web2.id)?.status === 'running' && pid !== undefined && pid !== waiting ? pid : undefined;
  }, 60_000);
  t.is(restarted, refilled!, 'the restart took the refilled clone');
  t.like(w.member.state.allocation(web2.id), { restarts: 1, ports: web2.ports });
  t.is(node.runner.startedFrom(web2.id), 'pool');
  t.is(await fetchPage(web2.ports[0]!.host), page, 'the restarted VM serves on the same host port');
  const [again] = await waitingClones(node.dataDir, [refilled!], 1, () => node.runner.clonePoolSettled());

  await w.propose({ type: 'stop-arrow', name: 'web' });
  await w.propose({ type: 'stop-arrow', name: 'web2' });
  await until('both stopped', () => [web, web2].every((a) => w.member.state.allocation(a.id)?.status === 'stopped'), 60_000);
  await until('runner empty', () => node.runner.list().length === 0, 30_000);
  t.deepEqual(await qemuPids(w.dir), [again!], 'the allocations\' QEMUs are gone, the waiting clone is not');
  await node.stop({ workloads: false });
  t.deepEqual(await qemuPids(w.dir), [], 'close() ended the waiting clone');
});

test.serial('kill -9 of a node with a pool-started VM and a waiting clone: the next runner adopts the VM (same pid) and kills the waiting clone', async (t) => {
  t.timeout(10 * 60_000);
  const w = await startVmWorld(t, 30_000);
  // The seed holds the artifacts and has room for nothing: the Arrows go to the child's node.
  const seed = await w.node('seed', { capacity: { cpu: 1, memory: 1 } });
  const options = w.nodeOptions('n1', { clonePool: POOL });
  const firstLife = await spawnVmNode(t, options);
  await until('both nodes registered', () => w.member.state.nodes().length === 2, 30_000);
  const { page, put } = await webArrows(w, seed);

  await put('web');
  const web = await until('web running in the child', () => runningOf(w, 'web', firstLife.peerId), 240_000);
  const [waiting] = await waitingClones(options.dataDir, [], 1, pausedClones);
  await put('web2');
  const web2 = await until('web2 running in the child', () => runningOf(w, 'web2', firstLife.peerId), 120_000);
  const runId = await recordedRunId(options.dataDir, web2.id);
  t.regex(runId, /^pool\.[0-9a-f]{12}$/, 'web2 took the waiting clone: its record names the clone\'s run dir');
  t.deepEqual(await qemuPids(join(options.dataDir, 'run', runId) + '/'), [waiting!]);
  t.is(await fetchPage(web2.ports[0]!.host), page);
  const [refilled] = await waitingClones(options.dataDir, [waiting!], 1, pausedClones);
  const webPid = (await qemuPids(join(options.dataDir, 'run', web.id) + '/'))[0]!;

  await firstLife.kill();
  await new Promise((r) => setTimeout(r, 500));
  t.deepEqual(await qemuPids(join(options.dataDir, 'run') + '/'), [webPid, waiting!, refilled!].sort((a, b) => a - b), 'every VM outlived the SIGKILLed node, the waiting clone too');

  // The same node again (same data dir, ports and pool), in this process: restore() runs before it returns.
  const second = await w.node('n1', { portRange: options.portRange, clonePool: POOL });
  t.is(second.peerId, firstLife.peerId);
  t.is(second.runner.pidOf(web2.id), waiting, 'the pool-started VM adopted: the same QEMU');
  t.is(second.runner.startedFrom(web2.id), 'adopted');
  t.is(second.runner.pidOf(web.id), webPid);
  t.deepEqual(await qemuPids(join(options.dataDir, 'run') + '/'), [webPid, waiting!].sort((a, b) => a - b), 'the clone nobody took was killed');
  t.is(await fetchPage(web2.ports[0]!.host), page, 'the adopted pool-started VM still serves');
  for (const a of [web, web2]) t.like(w.member.state.allocation(a.id), { status: 'running', restarts: 0, node: firstLife.peerId });

  await w.propose({ type: 'stop-arrow', name: 'web' });
  await w.propose({ type: 'stop-arrow', name: 'web2' });
  await until('both stopped', () => [web, web2].every((a) => w.member.state.allocation(a.id)?.status === 'stopped'), 60_000);
  await until('runner empty', () => second.runner.list().length === 0, 30_000);
  await second.stop({ workloads: false });
  t.deepEqual(await qemuPids(w.dir), [], 'no QEMU left');
});
