// arrowd restarted while its VMs run (TCG, busybox): the next agent and VM runner over the same
// data dir adopt the same QEMUs (same pids, none started twice, none left behind), their output
// keeps flowing into the same log files, and a VM that died while nobody watched is restarted
// per its policy. Once with the agent stopped in this process, once with it in a child process
// killed with SIGKILL.
import test from 'ava';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isLiveAllocation } from '../cluster/index.ts';
import type { AllocationRecord } from '../cluster/index.ts';
import { until } from './testing.ts';
import { busyboxDefinition, fetchPage, qemuPids, spawnVmNode, startVmWorld } from './testing/vm-cluster.ts';
import type { VmWorld } from './testing/vm-cluster.ts';

const TICKER = ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.2; done'];

/** The web page and busybox pushed to a node, and the Arrows of the test put. */
async function putArrows(w: VmWorld, seed: Parameters<VmWorld['push']>[0], arrows: Record<string, Record<string, unknown>>): Promise<string> {
  const busybox = await w.push(seed, '/bin/busybox');
  const page = `<p>adopted ${Date.now()}</p>\n`;
  await writeFile(join(w.dir, 'index.html'), page);
  const index = await w.push(seed, join(w.dir, 'index.html'));
  for (const [name, fields] of Object.entries(arrows)) {
    const web = name === 'web' ? { args: ['httpd', '-f', '-p', '8080', '-h', '/www'], ports: [{ name: 'http', guest: 8080, protocol: 'tcp' }], files: [{ path: '/www/index.html', ...index }] } : {};
    await w.propose({ type: 'put-arrow', definitionJson: busyboxDefinition(busybox, { name, ...web, ...fields }) });
  }
  return page;
}

const runningOf = (w: VmWorld, arrow: string): AllocationRecord | undefined => w.member.state.allocationsOfArrow(arrow).find((a) => isLiveAllocation(a) && a.status === 'running');

/** The tick numbers in a ticker's stdout.log. */
async function ticks(logDir: string): Promise<number[]> {
  const text = await readFile(join(logDir, 'stdout.log'), 'utf8').catch(() => '');
  return [...text.matchAll(/^tick (\d+)$/gm)].map((m) => Number(m[1]));
}

/** The ticks once `enough` says so (a VM reported running may print its first line much later under load); throws after 60 s. */
async function ticksWhen(logDir: string, enough: (ticks: number[]) => boolean): Promise<number[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const seen = await ticks(logDir);
    if (enough(seen)) return seen;
    if (Date.now() > deadline) throw new Error(`${logDir}: not the ticks awaited: ${seen.slice(-5).join(',')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test.serial('an agent stopped without its workloads, and a new agent and runner over the same data dir: the same VMs adopted, output flowing, a VM killed meanwhile restarted', async (t) => {
  t.timeout(10 * 60_000);
  const w = await startVmWorld(t, 30_000);
  const first = await w.node('n1', { restartBackoff: { initialMs: 300, maxMs: 2_000, resetAfterMs: 30_000 } });
  await until('node registered', () => w.member.state.nodes().length === 1, 30_000);
  const page = await putArrows(w, first, { web: {}, ticker: { args: TICKER }, victim: { args: TICKER } });
  const [web, ticker, victim] = await until('web, ticker and victim running', () => {
    const all = ['web', 'ticker', 'victim'].map((a) => runningOf(w, a));
    return all.every((a) => a !== undefined) ? (all as [AllocationRecord, AllocationRecord, AllocationRecord]) : undefined;
  }, 240_000);
  t.is(await fetchPage(web.ports[0]!.host), page);
  const pids = new Map([web, ticker, victim].map((a) => [a.id, first.runner.pidOf(a.id)!]));
  const tickerLog = first.runner.logDir(ticker.id);
  await ticksWhen(tickerLog, (n) => n.length >= 3);
  await ticksWhen(first.runner.logDir(victim.id), (n) => n.length >= 1);

  // arrowd goes away: its agent and runner stop, the VMs stay.
  await first.stop({ workloads: false });
  t.deepEqual(await qemuPids(join(first.dataDir, 'run') + '/'), [...pids.values()].sort((a, b) => a - b), 'every VM outlived its agent');
  const before = await ticks(tickerLog);
  t.true(before.length > 0);
  // One VM dies while nobody watches.
  process.kill(pids.get(victim.id)!, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 1_000));

  const second = await w.node('n1', { restartBackoff: { initialMs: 300, maxMs: 2_000, resetAfterMs: 30_000 } });
  t.is(second.peerId, first.peerId, 'the same node (its key is in the data dir)');
  t.is(second.runner.pidOf(web.id), pids.get(web.id), 'web adopted at once by restore()');
  t.is(second.runner.pidOf(ticker.id), pids.get(ticker.id));
  const restarted = await until('the victim restarted per its policy', () => {
    const a = w.member.state.allocation(victim.id);
    return a?.status === 'running' && a.restarts === 1 && second.runner.pidOf(victim.id) !== undefined ? a : undefined;
  }, 60_000);
  t.not(second.runner.pidOf(restarted.id), pids.get(victim.id));
  for (const a of [web, ticker]) {
    const now = w.member.state.allocation(a.id);
    t.like(now, { status: 'running', restarts: 0, generation: a.generation });
  }
  t.is(await fetchPage(web.ports[0]!.host), page, 'the adopted web VM still serves');
  const live = await qemuPids(join(first.dataDir, 'run') + '/');
  t.is(live.length, 3, `one QEMU per allocation, none twice: ${live.join(',')}`);
  t.true(live.includes(pids.get(web.id)!) && live.includes(pids.get(ticker.id)!));

  // The adopted ticker's output continues in the same file, every tick once, in order.
  const after = await ticksWhen(tickerLog, (n) => (n.at(-1) ?? 0) >= before.at(-1)! + 10);
  t.deepEqual(after, Array.from({ length: after.length }, (_, i) => i + 1), 'no tick lost or repeated across the adoption');
  // The victim's log has both lives: its new run starts counting again, in the same file.
  const lives = await ticksWhen(second.runner.logDir(victim.id), (n) => n.filter((x) => x === 1).length >= 2);
  t.is(lives.filter((x) => x === 1).length, 2, 'the restarted run appended to the same log');

  await w.propose({ type: 'stop-arrow', name: 'web' });
  await w.propose({ type: 'stop-arrow', name: 'ticker' });
  await w.propose({ type: 'stop-arrow', name: 'victim' });
  await until('all stopped', () => [web, ticker, victim].every((a) => w.member.state.allocation(a.id)?.status === 'stopped'), 60_000);
  t.deepEqual(await qemuPids(w.dir), [], 'no QEMU left');
});

test.serial('restore: a VM the cluster stopped meanwhile is stopped, one with no record is killed and its allocation started afresh', async (t) => {
  t.timeout(10 * 60_000);
  const w = await startVmWorld(t, 30_000);
  const first = await w.node('n1');
  await until('node registered', () => w.member.state.nodes().length === 1, 30_000);
  await putArrows(w, first, { alpha: { args: TICKER }, beta: { args: TICKER } });
  const [alpha, beta] = await until('alpha and beta running', () => {
    const all = ['alpha', 'beta'].map((a) => runningOf(w, a));
    return all.every((a) => a !== undefined) ? (all as [AllocationRecord, AllocationRecord]) : undefined;
  }, 240_000);
  const alphaPid = first.runner.pidOf(alpha.id)!;
  const betaPid = first.runner.pidOf(beta.id)!;
  await first.stop({ workloads: false });
  // While no agent runs on the node: alpha is stopped by the admin, beta's record is lost.
  await w.propose({ type: 'stop-arrow', name: 'alpha' });
  await rm(join(first.dataDir, 'allocs', beta.id, 'alloc.json'));
  t.deepEqual(await qemuPids(join(first.dataDir, 'run') + '/'), [alphaPid, betaPid].sort((a, b) => a - b));

  const second = await w.node('n1');
  await until('alpha reported stopped', () => w.member.state.allocation(alpha.id)?.status === 'stopped', 60_000);
  const fresh = await until('beta running again in a new VM', () => {
    const pid = second.runner.pidOf(beta.id);
    return w.member.state.allocation(beta.id)?.status === 'running' && pid !== undefined && pid !== betaPid ? pid : undefined;
  }, 60_000);
  t.deepEqual(await qemuPids(join(first.dataDir, 'run') + '/'), [fresh], 'alpha\'s VM stopped, beta\'s unrecorded VM killed, one VM for beta');
  t.deepEqual(second.runner.list().map((r) => r.allocation.id), [beta.id]);
  await w.propose({ type: 'stop-arrow', name: 'beta' });
  await until('beta stopped', () => w.member.state.allocation(beta.id)?.status === 'stopped', 60_000);
  t.deepEqual(await qemuPids(w.dir), []);
});

test.serial('kill -9 of a node process running VMs: the next one adopts them (same pids), serves, and stop-arrow leaves nothing', async (t) => {
  t.timeout(10 * 60_000);
  const w = await startVmWorld(t, 30_000);
  // The seed holds the artifacts and has room for nothing: the Arrows go to the child's node.
  const seed = await w.node('seed', { capacity: { cpu: 1, memory: 1 } });
  const options = w.nodeOptions('n1');
  const firstLife = await spawnVmNode(t, options);
  await until('both nodes registered', () => w.member.state.nodes().length === 2, 30_000);
  const page = await putArrows(w, seed, { web: {}, ticker: { args: TICKER } });
  const [web, ticker] = await until('web and ticker running in the child', () => {
    const all = ['web', 'ticker'].map((a) => runningOf(w, a));
    return all.every((a) => a?.node === firstLife.peerId) ? (all as [AllocationRecord, AllocationRecord]) : undefined;
  }, 240_000);
  t.is(await fetchPage(web.ports[0]!.host), page);
  const tickerLog = join(options.dataDir, 'allocs', ticker.id, 'logs');
  await ticksWhen(tickerLog, (n) => n.length >= 3);
  const runRoot = join(options.dataDir, 'run') + '/';
  const pids = await qemuPids(runRoot);
  t.is(pids.length, 2);

  await firstLife.kill();
  await new Promise((r) => setTimeout(r, 500));
  t.deepEqual(await qemuPids(runRoot), pids, 'the VMs outlived the SIGKILLed node');
  const before = await ticks(tickerLog);

  const secondLife = await spawnVmNode(t, options);
  t.is(secondLife.peerId, firstLife.peerId);
  await new Promise((r) => setTimeout(r, 2_000));
  t.deepEqual(await qemuPids(runRoot), pids, 'the same QEMUs, none started again');
  for (const a of [web, ticker]) t.like(w.member.state.allocation(a.id), { status: 'running', restarts: 0, node: firstLife.peerId });
  t.is(await fetchPage(web.ports[0]!.host), page);
  const after = await ticksWhen(tickerLog, (n) => (n.at(-1) ?? 0) >= before.at(-1)! + 10);
  t.log(`output flows into the log again: tick ${before.at(-1)} at the kill, ${after.at(-1)} now`);
  const gaps = after.slice(1).filter((n, i) => n !== after[i]! + 1);
  t.log(`ticks across the SIGKILL: ${after.length} lines, ${gaps.length} discontinuities (output an arrowd took and had not written when killed is lost)`);
  t.true(after.every((n, i) => i === 0 || n > after[i - 1]!), 'never repeated or out of order');

  await w.propose({ type: 'stop-arrow', name: 'web' });
  await w.propose({ type: 'stop-arrow', name: 'ticker' });
  await until('both stopped', () => [web, ticker].every((a) => w.member.state.allocation(a.id)?.status === 'stopped'), 60_000);
  t.deepEqual(await qemuPids(w.dir), [], 'no QEMU left');
  await secondLife.kill();
});
