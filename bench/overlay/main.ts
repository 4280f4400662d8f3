// How fast one bulk TCP transfer crosses the multi-host tests' cluster network (VXLAN through the
// fault relay) against their admin network (veth + bridge, no relay), in the same run:
//   npm run bench:overlay -- [--mib N] [--json]
import { parseArgs } from 'node:util';
import { Topology } from '../../cluster-tests/topology/index.ts';
import { startServer, tool } from '../../cluster-tests/topology/testing/tools.ts';

const { values } = parseArgs({ options: { mib: { type: 'string', default: '128' }, json: { type: 'boolean', default: false } } });
const mib = Number(values.mib);
if (!Number.isInteger(mib) || mib < 1 || mib > 4096) throw new Error(`--mib must be an integer in 1..4096, got ${values.mib}`);

const topo = await Topology.create({ hosts: 2 });
try {
  const [h1, h2] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0]];
  const measure = async (address: string): Promise<number> => {
    const { child, port } = await startServer(topo, h1, ['tcp-sink', address, '0']);
    const sent = await tool<{ bytes: number; ms: number }>(topo, h2, ['tcp-bulk', address, String(port), String(mib), '10000'], 120_000);
    child.kill('SIGKILL');
    return sent.bytes / (1024 * 1024) / (sent.ms / 1000);
  };
  const underlay = await measure(h1.adminAddress);
  const before = await topo.counters();
  const overlay = await measure(h1.address);
  const after = await topo.counters();
  const figures = {
    mib,
    overlayMiBps: Number(overlay.toFixed(1)),
    underlayMiBps: Number(underlay.toFixed(1)),
    overlayToUnderlay: Number((overlay / underlay).toFixed(3)),
    relayFramesForwarded: after.forwarded - before.forwarded,
    relayOverflow: after.overflow - before.overflow,
  };
  if (values.json) process.stdout.write(JSON.stringify(figures) + '\n');
  else process.stdout.write(`bulk TCP, ${mib} MiB: overlay (relay) ${figures.overlayMiBps} MiB/s, underlay ${figures.underlayMiBps} MiB/s, ratio ${figures.overlayToUnderlay}; relay forwarded ${figures.relayFramesForwarded} frames\n`);
} finally {
  await topo.destroy();
}
