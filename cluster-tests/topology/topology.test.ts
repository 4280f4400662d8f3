// Topology on the real machine: namespaces, the relay, nft partitions, host process control.
import test from 'ava';
import { connect } from 'node:net';
import { Topology } from './index.ts';
import { systemTool } from './tools.ts';
import { gone, NET_TOOL, startServer, tool } from './testing/tools.ts';

type Try = { ok: boolean; error?: string };

function runnerEcho(address: string, port: number, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address, port });
    const timer = setTimeout(() => { socket.destroy(); reject(new Error('runner echo timeout')); }, timeoutMs);
    socket.once('connect', () => socket.write('admin'));
    socket.once('data', (data) => { clearTimeout(timer); socket.destroy(); resolve(data.toString()); });
    socket.once('error', (error) => { clearTimeout(timer); reject(error); });
  });
}

test('overlay TCP between hosts; the runner reaches a host on its admin address', async (t) => {
  const started = performance.now();
  const topo = await Topology.create({ hosts: 2 });
  t.log(`create: ${Math.round(performance.now() - started)} ms`);
  t.teardown(() => topo.destroy());
  const [h1, h2] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0]];
  t.not(h1.address, h1.adminAddress);
  const { port } = await startServer(topo, h1, ['tcp-echo', h1.address, '0']);
  const result = await tool<{ rttsMs: number[] }>(topo, h2, ['tcp-rtt', h1.address, String(port), '20', '5000']);
  t.is(result.rttsMs.length, 20);
  const admin = await startServer(topo, h1, ['tcp-echo', h1.adminAddress, '0']);
  t.is(await runnerEcho(h1.adminAddress, admin.port), 'admin');
  const counters = await topo.counters();
  t.true(counters.forwarded >= 40, `the relay carried the overlay traffic: ${JSON.stringify(counters)}`);
  t.is(counters.malformed + counters.unknownSource, 0);
  const destroyStarted = performance.now();
  await topo.destroy();
  t.log(`destroy: ${Math.round(performance.now() - destroyStarted)} ms`);
  await topo.destroy(); // idempotent
});

test('partition cuts overlay traffic between groups only, heal restores it, admin path stays', async (t) => {
  const topo = await Topology.create({ hosts: 3 });
  t.teardown(() => topo.destroy());
  const [h1, h2, h3] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0], typeof topo.hosts[0]];
  const servers = await Promise.all(topo.hosts.map((host) => startServer(topo, host, ['tcp-echo', '0.0.0.0', '0'])));
  const port = (index: number): string => String(servers[index]!.port);
  const tryTcp = (from: typeof h1, to: typeof h1, index: number): Promise<Try> => tool<Try>(topo, from, ['tcp-try', to.address, port(index), '1500']);

  t.true((await tryTcp(h1, h2, 1)).ok, 'before the partition');
  await topo.partition([[h1], [h2, h3]]);
  t.false((await tryTcp(h1, h2, 1)).ok, 'h1 -> h2 cut');
  t.false((await tryTcp(h2, h1, 0)).ok, 'h2 -> h1 cut');
  t.false((await tryTcp(h3, h1, 0)).ok, 'h3 -> h1 cut');
  t.true((await tryTcp(h2, h3, 2)).ok, 'h2 -> h3 within a group');
  t.is(await runnerEcho(h1.adminAddress, servers[0]!.port), 'admin', 'admin path of a cut-off host');
  const h1Admin = await tool<Try>(topo, h2, ['tcp-try', h1.adminAddress, port(0), '1500']);
  t.true(h1Admin.ok, 'underlay between hosts is not cut');

  await topo.partition([[h1, h2], [h3]]); // replaces the previous one
  t.true((await tryTcp(h1, h2, 1)).ok, 'h1 -> h2 after re-partition');
  t.false((await tryTcp(h2, h3, 2)).ok, 'h2 -> h3 after re-partition');

  await topo.heal();
  t.true((await tryTcp(h1, h3, 2)).ok, 'h1 -> h3 healed');
  t.true((await tryTcp(h3, h2, 1)).ok, 'h3 -> h2 healed');
  const tables = await topo.exec(h1, systemTool('nft'), ['list', 'tables']);
  t.false(tables.includes(topo.layout.nftTable), 'heal removed the table');
});

test('killHost ends every process of the host, grandchildren too; the host can start again', async (t) => {
  const topo = await Topology.create({ hosts: 2 });
  t.teardown(() => topo.destroy());
  const [h1, h2] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0]];
  const tree = topo.spawn(h1, process.execPath, [NET_TOOL, 'spawn-tree']);
  const line = await new Promise<string>((resolve) => tree.stdout!.once('data', (data: Buffer) => resolve(data.toString())));
  const { pid, child, grandchild } = JSON.parse(line) as { pid: number; child: number; grandchild: number };
  await startServer(topo, h1, ['tcp-echo', h1.address, '7100']);
  const before = await topo.pids(h1);
  for (const p of [pid, child, grandchild]) t.true(before.includes(p), `pid ${p} listed in h1`);

  await topo.killHost(h1);
  t.deepEqual(await topo.pids(h1), []);
  for (const p of [pid, child, grandchild]) t.true(await gone(p), `pid ${p} gone`);
  t.is((await tree).signal, 'SIGKILL');

  await startServer(topo, h1, ['tcp-echo', h1.address, '7100']);
  t.true((await tool<Try>(topo, h2, ['tcp-try', h1.address, '7100', '3000'])).ok, 'restarted host serves on its old address');
});

test('a frozen host does not answer; after thaw it does', async (t) => {
  const topo = await Topology.create({ hosts: 2 });
  t.teardown(() => topo.destroy());
  const [h1, h2] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0]];
  const { port } = await startServer(topo, h1, ['tcp-echo', h1.address, '0']);
  t.true((await tool<Try>(topo, h2, ['tcp-try', h1.address, String(port), '3000'])).ok);
  await topo.freezeHost(h1);
  t.false((await tool<Try>(topo, h2, ['tcp-try', h1.address, String(port), '1500'])).ok);
  await topo.thawHost(h1);
  t.true((await tool<Try>(topo, h2, ['tcp-try', h1.address, String(port), '3000'])).ok);
});

test('hosts and faults from another topology are refused with a clear error', async (t) => {
  const topo = await Topology.create({ hosts: 1 });
  t.teardown(() => topo.destroy());
  const stranger = { name: 'h9', netns: 'arwt1-h9', address: '10.0.0.9', adminAddress: '10.0.1.9' };
  await t.throwsAsync(topo.killHost(stranger), { message: /not in this topology/ });
  await t.throwsAsync(topo.setLinks({ delayMs: -1, lossPercent: 0 }), { message: /delayMs/ });
  await t.throwsAsync(Topology.create({ hosts: 0 }), { instanceOf: RangeError });
});
