// How fast one bulk TCP transfer goes from an "Arrow" on one node to an "Arrow" on another across
// the WireGuard overlay (node/net NodeOverlay: kernel WireGuard, or wireguard-go where the kernel
// has none) against the same over the plain veth underlay, routed without the overlay, in the
// same run and topology (node/net/testing/overlay-topology.ts: namespaces, removed in any outcome):
//   npm run bench:overlay-wg -- [--mib N] [--json]
// Needs root. Prints MiB/s each way for both paths and overlay/plain.
import { parseArgs } from 'node:util';
import { runTool } from '../../node/net/index.ts';
import { OverlayDriver, bulk, createTopology, peerBothNodes, startServer, type OverlayHost } from '../../node/net/testing/overlay-topology.ts';

const { values } = parseArgs({ options: { mib: { type: 'string', default: '256' }, json: { type: 'boolean', default: false } } });
const mib = Number(values.mib);
if (!Number.isInteger(mib) || mib < 1 || mib > 4096) throw new Error(`--mib must be an integer in 1..4096, got ${values.mib}`);

const SINK_PORT = 7100;
const topology = await createTopology();
const drivers: OverlayDriver[] = [];
try {
  const [h1, h2] = topology.hosts;
  const sinks = [await startServer(h1.arrowNs, h1.arrow, SINK_PORT, 'sink'), await startServer(h2.arrowNs, h2.arrow, SINK_PORT, 'sink')];
  const bothWays = async (): Promise<{ forward: number; back: number }> => ({
    forward: (await bulk(h1.arrowNs, h2.arrow, SINK_PORT, mib)).mibps,
    back: (await bulk(h2.arrowNs, h1.arrow, SINK_PORT, mib)).mibps,
  });
  // Plain: each node routes the other's Arrow subnet straight over the veth.
  const plainRoute = (host: OverlayHost, peer: OverlayHost, op: 'add' | 'del'): Promise<string> =>
    runTool('ip', ['-n', host.ns, 'route', op, peer.subnet, 'via', peer.underlay, 'dev', host.underlayDev]);
  await plainRoute(h1, h2, 'add');
  await plainRoute(h2, h1, 'add');
  const plain = await bothWays();
  await plainRoute(h1, h2, 'del');
  await plainRoute(h2, h1, 'del');

  const mode = await peerBothNodes(topology, drivers);
  const overlay = await bothWays();
  for (const sink of sinks) sink.stop();
  const round = (n: number, digits = 1): number => Number(n.toFixed(digits));
  const figures = {
    mib,
    mode,
    plainMiBps: { forward: round(plain.forward), back: round(plain.back) },
    overlayMiBps: { forward: round(overlay.forward), back: round(overlay.back) },
    overlayToPlain: { forward: round(overlay.forward / plain.forward, 3), back: round(overlay.back / plain.back, 3) },
  };
  if (values.json) console.log(JSON.stringify(figures));
  else {
    console.log(`overlay (${figures.mode}), ${mib} MiB per transfer, Arrow namespace to Arrow namespace:`);
    console.log(`  node 1 -> node 2: plain ${figures.plainMiBps.forward} MiB/s, overlay ${figures.overlayMiBps.forward} MiB/s, overlay/plain ${figures.overlayToPlain.forward}`);
    console.log(`  node 2 -> node 1: plain ${figures.plainMiBps.back} MiB/s, overlay ${figures.overlayMiBps.back} MiB/s, overlay/plain ${figures.overlayToPlain.back}`);
  }
} finally {
  for (const driver of drivers) await driver.step({ op: 'stop' }).catch(() => undefined);
  for (const driver of drivers) await driver.kill();
  await topology.destroy();
}
