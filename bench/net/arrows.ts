// bench:net's Arrow-to-Arrow part: TCP throughput between real Arrow VMs on one node and across
// two nodes over the WireGuard overlay, against raw TCP between the two hosts, in one run. The
// nodes are network namespaces (node/net/testing/overlay-topology.ts: a veth underlay, a bridge
// per node with its gateway, removed in every outcome); each Arrow runs in its node's namespace
// on a tap of that bridge (QEMU started there), the overlay is node/net's NodeOverlay as arrowd
// runs it. The sender is kernel/testdata/blast.c: it writes N MiB and prints how long the sink
// took to read them.
import { execa } from 'execa';
import { join } from 'node:path';
import { ArrowSession, QemuDriver, TemplateCache, defaultArtifacts } from '../../kernel/index.ts';
import type { ArrowTap } from '../../kernel/index.ts';
import { ARROW_MTU, runTool, systemTool } from '../../node/net/index.ts';
import { OverlayDriver, bulk, createTopology, peerBothNodes, startServer } from '../../node/net/testing/overlay-topology.ts';
import type { OverlayHost } from '../../node/net/testing/overlay-topology.ts';
import { textSink } from '../../kernel/testdata/helpers.ts';

const SINK_PORT = 5001;
const HOST_SINK_PORT = 5002;

export interface ArrowFigures {
  readonly mib: number;
  readonly overlay: string;
  /** Raw TCP between the two hosts (node namespaces) over their underlay. */
  readonly host_to_host_mibps: number;
  readonly arrow_same_host_mibps: number;
  readonly arrow_cross_host_mibps: number;
}

/** Sends `mib` MiB between Arrows and hosts; `blast` is the static blast binary, `work` a scratch dir. */
export async function arrowToArrow(blast: string, work: string, mib: number, log: (message: string) => void): Promise<ArrowFigures> {
  const topology = await createTopology();
  const drivers: OverlayDriver[] = [];
  const arrows: ArrowSession[] = [];
  const taps: { ns: string; tap: string }[] = [];
  try {
    const [h1, h2] = topology.hosts;
    log('host to host: raw TCP over the underlay');
    const hostSink = await startServer(h2.ns, h2.underlay, HOST_SINK_PORT, 'sink');
    const hostToHost = await bulk(h1.ns, h2.underlay, HOST_SINK_PORT, mib).finally(() => hostSink.stop());

    const overlayMode = await peerBothNodes(topology, drivers);

    const artifacts = defaultArtifacts();
    // One QEMU driver per node, started in its namespace; the clone path uses the template
    // cache's driver, so each node gets a cache with its own (the template files are shared).
    const qemus = new Map(topology.hosts.map((host) => [host, new QemuDriver({ commandPrefix: [systemTool('ip'), 'netns', 'exec', host.ns] })] as const));
    const caches = new Map(topology.hosts.map((host) => [host, new TemplateCache({ driver: qemus.get(host)! })] as const));
    let tapCount = 0;
    const start = async (host: OverlayHost, hostPart: number, args: string[]): Promise<{ arrow: ArrowSession; output: ReturnType<typeof textSink> }> => {
      const tap = `bt${tapCount++}`;
      await runTool('ip', ['-n', host.ns, 'tuntap', 'add', 'dev', tap, 'mode', 'tap']);
      taps.push({ ns: host.ns, tap });
      await runTool('ip', ['-n', host.ns, 'link', 'set', tap, 'mtu', String(ARROW_MTU), 'master', 'br0', 'up']);
      const address = host.subnet.replace(/\.0\/24$/, `.${hostPart}`);
      const output = textSink();
      const spec: ArrowTap = { ifname: tap, address: `${address}/24`, gateway: host.gateway, mtu: ARROW_MTU };
      const arrow = await ArrowSession.start({
        binaryPath: blast, args, env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [], tap: spec,
        runRoot: join(work, 'run'), artifacts, templates: caches.get(host)!, driver: qemus.get(host)!,
        stdout: output.stream, stderr: output.stream, graceMs: 1000,
      });
      arrows.push(arrow);
      return { arrow, output };
    };
    const sinks = { h1: await start(h1, 20, ['sink', String(SINK_PORT)]), h2: await start(h2, 20, ['sink', String(SINK_PORT)]) };
    await Promise.all([sinks.h1.output.until('listening', 300_000), sinks.h2.output.until('listening', 300_000)]);
    const send = async (host: OverlayHost, hostPart: number, target: string): Promise<number> => {
      const sender = await start(host, hostPart, ['send', target, String(SINK_PORT), String(mib)]);
      const result = await sender.arrow.wait();
      const line = /sent (\d+) in ([\d.]+) ms/.exec(sender.output.text());
      if (result.code !== 0 || !line) throw new Error(`the sender to ${target} failed (exit ${result.code}): ${sender.output.text().slice(-500)}`);
      return Number(line[1]) / 1024 / 1024 / (Number(line[2]) / 1000);
    };
    log('Arrow to Arrow on one node');
    const sameHost = await send(h1, 30, h1.subnet.replace(/\.0\/24$/, '.20'));
    log('Arrow to Arrow across the overlay');
    const crossHost = await send(h1, 31, h2.subnet.replace(/\.0\/24$/, '.20'));
    const round = (n: number): number => Math.round(n * 10) / 10;
    return { mib, overlay: overlayMode, host_to_host_mibps: round(hostToHost.mibps), arrow_same_host_mibps: round(sameHost), arrow_cross_host_mibps: round(crossHost) };
  } finally {
    for (const arrow of arrows) await arrow.kill().catch(() => undefined);
    for (const driver of drivers) await driver.step({ op: 'stop' }).catch(() => undefined);
    for (const driver of drivers) await driver.kill();
    for (const { ns, tap } of taps) await execa(systemTool('ip'), ['-n', ns, 'link', 'del', tap], { reject: false, timeout: 10_000 });
    await topology.destroy();
  }
}
