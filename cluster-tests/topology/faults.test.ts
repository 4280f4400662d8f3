// Delay and loss injected by the relay, measured from inside the hosts.
import test from 'ava';
import { Topology } from './index.ts';
import { median, startServer, tool } from './testing/tools.ts';

test('a 100 ms link delay shows in the TCP round trip, and goes away when cleared', async (t) => {
  const topo = await Topology.create({ hosts: 2 });
  t.teardown(() => topo.destroy());
  const [h1, h2] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0]];
  const { port } = await startServer(topo, h1, ['tcp-echo', h1.address, '0']);
  const rtt = async (): Promise<number[]> => (await tool<{ rttsMs: number[] }>(topo, h2, ['tcp-rtt', h1.address, String(port), '10', '10000'])).rttsMs;

  const clean = median(await rtt());
  await topo.setLinks({ delayMs: 100, lossPercent: 0 });
  const delayed = await rtt();
  await topo.setLinks({ delayMs: 0, lossPercent: 0 });
  const cleared = median(await rtt());
  t.log(`median rtt: clean ${clean.toFixed(1)} ms, delayed ${median(delayed).toFixed(1)} ms, cleared ${cleared.toFixed(1)} ms`);
  t.true(Math.min(...delayed) >= 180, `every delayed round trip pays both directions: min ${Math.min(...delayed)}`);
  t.true(cleared < median(delayed) - 150, 'clearing removes the delay');
});

test('30% loss makes a bounded share of UDP datagrams vanish; 0% loses (almost) none', async (t) => {
  const topo = await Topology.create({ hosts: 2, seed: 12345 });
  t.teardown(() => topo.destroy());
  const [h1, h2] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0]];
  const { port } = await startServer(topo, h1, ['udp-echo', h1.address, '0']);
  const burst = (): Promise<{ sent: number; received: number }> => tool(topo, h2, ['udp-burst', h1.address, String(port), '1000', '1500']);

  const clean = await burst(); // also resolves ARP both ways before any loss
  await topo.setLinks({ delayMs: 0, lossPercent: 30 });
  const before = await topo.counters();
  const lossy = await burst();
  const after = await topo.counters();
  t.log(`echoed: clean ${clean.received}/1000, 30% loss ${lossy.received}/1000 (relay dropped ${after.lost - before.lost})`);
  // A busy machine (tests run in parallel on two cores) can drop a few datagrams in socket
  // buffers even without injected loss, so the lossy run is judged against the clean one.
  t.true(clean.received >= 900, `clean: ${clean.received}`);
  // Each echo crosses two lossy links: 0.7 * 0.7 = 49% expected; the bounds are many sigmas wide.
  const ratio = lossy.received / clean.received;
  t.true(ratio >= 0.35 && ratio <= 0.65, `30% each way: ${lossy.received} vs ${clean.received} clean`);
  t.true(after.lost - before.lost >= 300, 'the relay counted its drops');
});

test('setLinkBetween faults one pair and leaves the others clean', async (t) => {
  const topo = await Topology.create({ hosts: 3 });
  t.teardown(() => topo.destroy());
  const [h1, h2, h3] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0], typeof topo.hosts[0]];
  const { port } = await startServer(topo, h1, ['tcp-echo', h1.address, '0']);
  await topo.setLinkBetween(h1, h2, { delayMs: 100, lossPercent: 0 });
  const slow = (await tool<{ rttsMs: number[] }>(topo, h2, ['tcp-rtt', h1.address, String(port), '5', '10000'])).rttsMs;
  const fast = (await tool<{ rttsMs: number[] }>(topo, h3, ['tcp-rtt', h1.address, String(port), '5', '10000'])).rttsMs;
  t.true(Math.min(...slow) >= 180, `h2 <-> h1 delayed: ${slow.join(', ')}`);
  t.true(median(fast) < median(slow) - 150, `h3 <-> h1 clean: ${fast.join(', ')}`);
});
