// The relay is a UDP port on the bridge: garbage and strangers must not hurt it.
import test from 'ava';
import { createSocket } from 'node:dgram';
import { Topology } from './index.ts';
import { startServer, tool } from './testing/tools.ts';

test('the relay drops malformed datagrams and frames from unknown sources, and keeps switching', async (t) => {
  const topo = await Topology.create({ hosts: 2 });
  t.teardown(() => topo.destroy());
  const [h1, h2] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0]];
  const { port } = await startServer(topo, h1, ['tcp-echo', h1.address, '0']);
  const before = await topo.counters();

  // From a host's underlay address: short, bad flags, wrong VNI, oversized.
  const garbage = await tool<{ sent: number }>(topo, h2, ['udp-garbage', topo.runnerAddress, String(topo.layout.relayPort)]);
  // From the root namespace (not a host): well-formed VXLAN frames with the right VNI, and noise.
  const stranger = createSocket('udp4');
  const vni = topo.layout.vni;
  const frame = Buffer.alloc(8 + 60);
  frame[0] = 0x08; frame[4] = (vni >> 16) & 0xff; frame[5] = (vni >> 8) & 0xff; frame[6] = vni & 0xff;
  frame.fill(0xff, 8, 14); // broadcast: would be flooded to every host if accepted
  const strangerDatagrams = [frame, Buffer.alloc(3), Buffer.alloc(1400, 0x41)];
  for (let i = 0; i < 100; i++) {
    for (const datagram of strangerDatagrams) await new Promise<void>((resolve) => stranger.send(datagram, topo.layout.relayPort, topo.runnerAddress, () => resolve()));
  }
  stranger.close();

  const result = await tool<{ ok: boolean }>(topo, h2, ['tcp-try', h1.address, String(port), '3000']);
  t.true(result.ok, 'overlay traffic still flows');
  const after = await topo.counters();
  t.is(after.malformed - before.malformed, garbage.sent, 'every malformed datagram counted and dropped');
  t.is(after.unknownSource - before.unknownSource, 300, 'every stranger datagram counted and dropped');
});
