// The VM runner against a real cluster and real VMs (TCG): agents that run their allocations as
// QEMU VMs of busybox (Debian's busybox-static), pulled from the node that pushed it; ports,
// restarts of a killed VM, stop, restart policies with their exit codes, and the log files.
import test from 'ava';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { isLiveAllocation } from '../cluster/index.ts';
import type { AllocationRecord } from '../cluster/index.ts';
import { readLogs } from './logs.ts';
import type { RunnerReport } from './runner.ts';
import { until } from './testing.ts';
import { busyboxDefinition, fetchPage, qemuPids, startVmWorld } from './testing/vm-cluster.ts';

const allocationsOf = (w: { member: { state: { allocationsOfArrow(name: string): AllocationRecord[] } } }, arrow: string) => w.member.state.allocationsOfArrow(arrow);

test.serial('3 agents serve 3 replicas of busybox httpd through their host ports; a killed QEMU is restarted; stop-arrow leaves no QEMU', async (t) => {
  t.timeout(10 * 60_000);
  const w = await startVmWorld(t, 5_000);
  const nodes = await Promise.all(['n1', 'n2', 'n3'].map((name) => w.node(name)));
  await until('3 nodes registered', () => w.member.state.nodes().length === 3, 30_000);
  const busybox = await w.push(nodes[0]!, '/bin/busybox');
  const page = `<p>served by an Arrow ${Date.now()}</p>\n`;
  const pagePath = join(w.dir, 'index.html');
  await writeFile(pagePath, page);
  const index = await w.push(nodes[0]!, pagePath);
  // 600 millicores of a node's 1000: one replica per node.
  await w.propose({
    type: 'put-arrow',
    definitionJson: busyboxDefinition(busybox, {
      args: ['httpd', '-f', '-p', '8080', '-h', '/www'], cpu: 600, replicas: 3,
      ports: [{ name: 'http', guest: 8080, protocol: 'tcp' }], files: [{ path: '/www/index.html', ...index }],
    }),
  });
  const started = Date.now();
  const running = await until('3 replicas running on 3 nodes with their ports', () => {
    const live = allocationsOf(w, 'web').filter(isLiveAllocation);
    return live.length === 3 && live.every((a) => a.status === 'running' && a.ports.length === 1) && new Set(live.map((a) => a.node)).size === 3 ? live : undefined;
  }, 240_000);
  t.log(`3 replicas running ${Date.now() - started} ms after put-arrow (first start builds the template)`);
  for (const a of running) {
    const binding = a.ports[0]!;
    t.like(binding, { name: 'http', guest: 8080, address: '127.0.0.1', protocol: 'tcp' });
    t.is(await fetchPage(binding.host), page, `replica ${a.id} on ${a.node} serves the page on ${binding.host}`);
  }
  t.is(new Set(running.map((a) => a.ports[0]!.host)).size, 3);

  // kill -9 one replica's QEMU: the agent restarts it (restart count 1), on the same host port.
  const victim = running[0]!;
  const owner = nodes.find((n) => n.peerId === victim.node)!;
  const pid = owner.runner.pidOf(victim.id)!;
  t.deepEqual(await qemuPids(`${join(owner.dataDir, 'run', victim.id)}/`), [pid], 'its QEMU runs in the allocation\'s run dir');
  process.kill(pid, 'SIGKILL');
  const restarted = await until('the killed replica restarted', () => {
    const a = w.member.state.allocation(victim.id);
    const now = owner.runner.pidOf(victim.id);
    return a?.status === 'running' && a.restarts === 1 && now !== undefined && now !== pid ? a : undefined;
  }, 60_000);
  t.deepEqual(restarted.ports, victim.ports, 'the same host port');
  t.is(await fetchPage(victim.ports[0]!.host), page, 'the restarted replica serves again');
  t.is(allocationsOf(w, 'web').filter(isLiveAllocation).length, 3, 'restarted in place, not replaced');

  // stop-arrow: every VM stops, nothing is left on any node.
  await w.propose({ type: 'stop-arrow', name: 'web' });
  await until('every replica stopped', () => running.every((a) => w.member.state.allocation(a.id)?.status === 'stopped'), 60_000);
  await until('runners empty', () => nodes.every((n) => n.runner.list().length === 0), 30_000);
  t.deepEqual(await qemuPids(w.dir), [], 'no QEMU left on any node');
});

test.serial('restart policies: on-failure restarts with backoff and counts, never fails with the exit code, a batch that exits 0 completes, missing artifacts and a taken port fail with the reason; logs rotate and append across restarts', async (t) => {
  t.timeout(10 * 60_000);
  const w = await startVmWorld(t, 5_000);
  const limits = { maxFileBytes: 4 * 1024, keepFiles: 2 };
  const node = await w.node('n1', { restartBackoff: { initialMs: 300, maxMs: 5_000, resetAfterMs: 30_000 }, logLimits: limits });
  await until('node registered', () => w.member.state.nodes().length === 1, 30_000);
  const busybox = await w.push(node, '/bin/busybox');
  const sh = (script: string) => ['sh', '-c', script];
  const put = (name: string, fields: Record<string, unknown>) => w.propose({ type: 'put-arrow', definitionJson: busyboxDefinition(busybox, { name, ...fields }) });
  const started = Date.now();
  // ~3.8 KB per run, so a few runs fill more than the 3 files of 4 KiB kept.
  await put('flaky', { restart: 'on-failure', args: sh('i=0; while [ $i -lt 100 ]; do i=$((i+1)); echo "run output line $i of the flaky app"; done; exit 1') });
  await put('once', { type: 'batch', restart: 'never', args: sh('echo failing; exit 3') });
  await put('done', { type: 'batch', restart: 'never', args: sh('echo finished') });
  // What fails before any VM starts: a binary nobody holds, a static port taken on the host.
  await w.propose({ type: 'put-arrow', definitionJson: busyboxDefinition({ digest: `sha256:${'e'.repeat(64)}`, size: busybox.size }, { name: 'ghost', type: 'batch', restart: 'never' }) });
  const squatter = createServer();
  await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
  t.teardown(() => squatter.close());
  const taken = (squatter.address() as { port: number }).port;
  await put('squat', { type: 'batch', restart: 'never', args: sh('echo never runs'), ports: [{ name: 'http', guest: 80, host: taken, protocol: 'tcp' }] });

  const once = await until('once failed', () => allocationsOf(w, 'once').find((a) => a.status === 'failed'), 120_000);
  t.is(once.exitCode, 3);
  t.is(once.statusDetail, 'exited with code 3');
  t.is(once.restarts, 0);
  const done = await until('done complete', () => allocationsOf(w, 'done').find((a) => a.status === 'complete'), 120_000);
  t.is(done.exitCode, 0);
  t.is(done.statusDetail, 'exited with code 0');

  const ghost = await until('ghost failed', () => allocationsOf(w, 'ghost').find((a) => a.status === 'failed'), 120_000);
  t.regex(ghost.statusDetail, /^cannot make sha256:e{64} local: no holder known/);
  t.is(ghost.exitCode, null);
  const squat = await until('squat failed', () => allocationsOf(w, 'squat').find((a) => a.status === 'failed'), 120_000);
  t.is(squat.statusDetail, `host port ${taken}/tcp (http) is in use on this node`);

  const flaky = await until('flaky restarted 4 times', () => allocationsOf(w, 'flaky').find((a) => a.restarts >= 4 && a.status !== 'failed'), 180_000);
  // 300 + 600 + 1200 + 2400 ms of backoff at least, besides the runs themselves.
  t.true(Date.now() - started >= 4_500, `4 restarts after ${Date.now() - started} ms`);
  t.is(flaky.exitCode, 1, 'the exit code of the last run');
  t.is(allocationsOf(w, 'flaky').length, 1, 'restarted in place by its node, not replaced by the cluster');
  const seenDetail = await until('a restart announced', () => {
    const a = w.member.state.allocation(flaky.id);
    return a && /^exited with code 1; restarting in \d/.test(a.statusDetail) ? a.statusDetail : undefined;
  }, 30_000);
  t.log(seenDetail);

  // Logs: appended across runs, rotated within bounds (3 files of at most 4 KiB).
  const logDir = node.runner.logDir(flaky.id);
  const sizes = await Promise.all(['stdout.log', 'stdout.log.1', 'stdout.log.2', 'stdout.log.3'].map((f) => stat(join(logDir, f)).then((s) => s.size, () => -1)));
  t.true(sizes[0]! >= 0 && sizes[0]! <= limits.maxFileBytes, `stdout.log ${sizes[0]}`);
  t.true(sizes[1]! > 0 && sizes[1]! <= limits.maxFileBytes && sizes[2]! > 0 && sizes[2]! <= limits.maxFileBytes, `rotated ${sizes.join(',')}`);
  t.is(sizes[3], -1, 'no more than keepFiles rotated files');
  let kept = '';
  for await (const chunk of readLogs(logDir, 'stdout', { limits })) kept += chunk.toString();
  t.true(kept.split('line 100 of the flaky app\n').length - 1 >= 2, 'the output of several runs, one after another');
  t.regex(await readFile(join(node.runner.logDir(once.id), 'stdout.log'), 'utf8'), /^failing\n$/);
  // Asked again for what it ended (an agent's reconcile that ran before it had the report): the
  // node answers with how it ended, and does not run it a second time.
  const again: RunnerReport[] = [];
  node.runner.start(w.member.state.allocation(once.id)!, w.member.state.arrow('once')!, (report) => again.push(report));
  t.like(again, [{ status: 'failed', exitCode: 3, detail: 'exited with code 3' }]);
  t.false(node.runner.list().some((running) => running.allocation.id === once.id), 'a second run of an ended allocation');

  await w.propose({ type: 'stop-arrow', name: 'flaky' });
  await until('flaky stopped', () => w.member.state.allocation(flaky.id)?.status === 'stopped', 60_000);
  await until('runner empty', () => node.runner.list().length === 0, 30_000);
  t.deepEqual(await qemuPids(w.dir), []);
});

test.serial('a node keeps the logs of the last allocations to end and removes older ones', async (t) => {
  t.timeout(5 * 60_000);
  const w = await startVmWorld(t, 5_000);
  const node = await w.node('n1', { endedAllocationsKept: 2 });
  await until('node registered', () => w.member.state.nodes().length === 1, 30_000);
  const busybox = await w.push(node, '/bin/busybox');
  const ids: string[] = [];
  // One after another, so the order they end in is the order they were put in.
  for (const name of ['first', 'second', 'third']) {
    await w.propose({ type: 'put-arrow', definitionJson: busyboxDefinition(busybox, { name, type: 'batch', restart: 'never', args: ['echo', `output of ${name}`] }) });
    const ended = await until(`${name} complete`, () => allocationsOf(w, name).find((a) => a.status === 'complete'), 240_000);
    ids.push(ended.id);
  }
  const [first, second, third] = ids as [string, string, string];
  const allocs = join(node.dataDir, 'allocs');
  await until('the first one\'s logs removed', async () => !(await readdir(allocs)).includes(first), 30_000);
  t.deepEqual((await readdir(allocs)).sort(), [second, third].sort());
  t.is(await readFile(join(node.runner.logDir(second), 'stdout.log'), 'utf8'), 'output of second\n');
  t.is(await readFile(join(node.runner.logDir(third), 'stdout.log'), 'utf8'), 'output of third\n');
});
