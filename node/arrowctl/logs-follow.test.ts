// `arrowctl logs -f` against a real one-node cluster (arrowd with its VM runner): the follower
// keeps printing across a restart of the Arrow, and stops when interrupted; with `--clone-pool 0`
// the node keeps no clone waiting, so stopping the Arrow leaves no QEMU; the stopped Arrow's
// binary is then no longer kept for it, and gc removes it.
import test from 'ava';
import { execa } from 'execa';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TestCluster } from '../arrowd/testing.ts';
import { qemuPids } from '../agent/testing/vm-cluster.ts';

const ARROWCTL = new URL('./main.ts', import.meta.url).pathname;

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('logs -f follows an Arrow across a restart, from a node that runs it, until interrupted', async (t) => {
  t.timeout(6 * 60_000);
  const cluster = await TestCluster.create();
  t.teardown(async () => {
    await cluster.stop();
    // arrowd leaves an Arrow's VM running when it exits (for the next one to adopt): end it.
    for (const pid of await qemuPids(cluster.root)) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* ended meanwhile */ }
    }
  });
  // No clone kept waiting (--clone-pool 0): once the Arrow stops, no QEMU may be left.
  const node = await cluster.startMember('n1', { extraArgs: ['--clone-pool', '0'] });
  const env = { ...process.env, ARROW_HOME: node.dataDir };
  await until('a leader and a ready node', async () => (await node.client.clusterStatus()).leader !== ''
    && (await node.client.nodes()).nodes.some((n) => n.status === 'ready'), 60_000);
  // Each run prints a line and ends 4 s later; a service is restarted after each end.
  const spec = join(cluster.root, 'counter.yaml');
  await writeFile(spec, [
    'name: counter',
    'binary: /bin/busybox',
    'args: [sh, -c, "echo run; exec sleep 4"]',
    'memory: 64M',
    'replicas: 1',
    '',
  ].join('\n'));
  const scheduled = await execa(process.execPath, [ARROWCTL, 'schedule', spec], { env, reject: false });
  t.is(scheduled.exitCode, 0, scheduled.stderr);

  const allocation = await until('the first run', async () => {
    const [a] = await node.client.allocations({ arrow: 'counter' });
    return a && a.status === 'running' && a.restarts === 0 ? a : undefined;
  }, 240_000);
  const follower = execa(process.execPath, [ARROWCTL, 'logs', '-f', 'counter'], { env, reject: false, buffer: false });
  t.teardown(() => { follower.kill('SIGKILL'); });
  let printed = '';
  follower.stdout!.on('data', (chunk: Buffer) => { printed += chunk.toString(); });
  const runs = () => printed.split('\n').filter((line) => line === 'run').length;

  await until('the first run\'s line', async () => runs() >= 1, 30_000);
  t.is((await node.client.allocation(allocation.id)).restarts, 0, 'the follower was there before the restart');
  const restarted = await until('a restart', async () => {
    const a = await node.client.allocation(allocation.id);
    return a.restarts >= 1 ? a : undefined;
  }, 60_000);
  t.is(restarted.id, allocation.id, 'the same allocation, run again');
  await until('the next run\'s line in the same follower', async () => runs() >= 2, 60_000);
  t.is(follower.exitCode ?? null, null, 'still following');

  follower.kill('SIGINT');
  const ended = await follower;
  t.true(ended.exitCode === 0 || ended.exitCode === 130 || ended.signal === 'SIGINT', `exit ${ended.exitCode ?? ended.signal}`);
  t.true(runs() >= 2, printed);

  const heldForArrow = (await node.client.list()).filter((e) => e.refs.includes('arrow:counter')).map((e) => e.digest);
  t.is(heldForArrow.length, 1, 'the binary schedule pushed, kept for the Arrow');
  const binary = heldForArrow[0]!;
  await node.client.stopArrow('counter');
  await until('the Arrow stopped and no QEMU left', async () => (await node.client.allocation(allocation.id)).status === 'stopped'
    && (await qemuPids(cluster.root)).length === 0, 60_000);

  // Stopped, nothing on the node needs the binary under the Arrow's name: gc may take it, and the
  // node then leaves its holders.
  await until('the Arrow\'s reference dropped', async () => !(await node.client.stat(binary))?.refs.includes('arrow:counter'), 60_000);
  t.true((await node.client.gc()).removed.includes(binary));
  await until('the node no longer a holder', async () => (await node.client.clusterArtifact(binary))?.holders.length === 0, 30_000);
});
