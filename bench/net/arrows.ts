// bench:net's Arrow-to-Arrow part: TCP throughput and request rate between real Arrow VMs on one
// node and across two nodes over the WireGuard overlay, against the same between the two hosts,
// in one run. The nodes are network namespaces (node/net/testing/overlay-topology.ts: a veth
// underlay, a bridge per node with its gateway, removed in every outcome); each Arrow runs in its
// node's namespace on a tap of that bridge (QEMU started there), the overlay is node/net's
// NodeOverlay as arrowd runs it. The sender is kernel/testdata/blast.c: it writes N MiB and prints
// how long the sink took to read them. Request rate is kernel/testdata/reqs.c: C keep-alive
// connections, one 64-byte request in flight on each, against its echo server; the host-to-host
// baseline runs the same static binary natively in the node namespaces.
import { execa } from 'execa';
import { join } from 'node:path';
import { ArrowSession, QemuDriver, TemplateCache, defaultArtifacts, withinOrFail } from '../../kernel/index.ts';
import type { ArrowTap } from '../../kernel/index.ts';
import { ARROW_MTU, runTool, systemTool } from '../../node/net/index.ts';
import { OverlayDriver, bulk, createTopology, execIn, peerBothNodes, startServer } from '../../node/net/testing/overlay-topology.ts';
import type { OverlayHost } from '../../node/net/testing/overlay-topology.ts';
import { firstOutput, textSink } from '../../kernel/testdata/helpers.ts';
import { parseRequestRate, type RequestRate } from './reqs.ts';

const SINK_PORT = 5001;
const HOST_SINK_PORT = 5002;
const ECHO_PORT = 5003;
/** reqs.c's own bounds: one exchange (its connect included), and the whole run. */
const EXCHANGE_TIMEOUT_MS = 10_000;
const RUN_DEADLINE_MS = 240_000;
/** What the host gives an Arrow beyond its app's own bounds: a cold boot of the template under TCG. */
const BOOT_MS = 300_000;

export interface ArrowFigures {
  readonly mib: number;
  readonly overlay: string;
  /** Raw TCP between the two hosts (node namespaces) over their underlay. */
  readonly host_to_host_mibps: number;
  readonly arrow_same_host_mibps: number;
  readonly arrow_cross_host_mibps: number;
  /** Request rate: exchanges in all, over this many keep-alive connections. */
  readonly requests: number;
  readonly connections: number;
  /** reqs.c natively in the node namespaces, over the underlay. */
  readonly host_to_host_rps: number;
  readonly arrow_same_host_rps: number;
  readonly arrow_cross_host_rps: number;
  /** Longest time without a completed exchange, from the first connect. */
  readonly host_to_host_max_gap_ms: number;
  readonly arrow_same_host_max_gap_ms: number;
  readonly arrow_cross_host_max_gap_ms: number;
}

export interface ArrowToArrowOptions {
  /** The static blast and reqs binaries (kernel/testdata). */
  readonly blast: string;
  readonly reqs: string;
  /** A scratch dir. */
  readonly work: string;
  readonly mib: number;
  readonly requests: number;
  readonly connections: number;
  readonly log: (message: string) => void;
}

/** Sends `mib` MiB and runs `requests` exchanges between Arrows and between hosts. */
export async function arrowToArrow(options: ArrowToArrowOptions): Promise<ArrowFigures> {
  const { blast, reqs, work, mib, requests, connections, log } = options;
  const topology = await createTopology();
  const drivers: OverlayDriver[] = [];
  const arrows: ArrowSession[] = [];
  const taps: { ns: string; tap: string }[] = [];
  const reqsArgs = (target: string): string[] =>
    ['run', target, String(ECHO_PORT), String(connections), String(requests), String(EXCHANGE_TIMEOUT_MS), String(RUN_DEADLINE_MS)];
  try {
    const [h1, h2] = topology.hosts;
    log('host to host: raw TCP over the underlay');
    const hostSink = await startServer(h2.ns, h2.underlay, HOST_SINK_PORT, 'sink');
    const hostToHost = await bulk(h1.ns, h2.underlay, HOST_SINK_PORT, mib).finally(() => hostSink.stop());

    log(`host to host: ${requests} requests over ${connections} connections`);
    const echo = execa(systemTool('ip'), ['netns', 'exec', h2.ns, reqs, 'serve', String(ECHO_PORT)], { reject: false });
    const hostRate = await (async (): Promise<RequestRate> => {
      await firstOutput(echo.stdout, 10_000);
      const output = await execIn(h1.ns, reqs, reqsArgs(h2.underlay), undefined, RUN_DEADLINE_MS + 10_000);
      const rate = parseRequestRate(output);
      if (!rate) throw new Error(`reqs on the host printed no result: ${output.slice(-500)}`);
      return rate;
    })().finally(() => echo.kill('SIGKILL'));

    const overlayMode = await peerBothNodes(topology, drivers);

    const artifacts = defaultArtifacts();
    // One QEMU driver per node, started in its namespace; the clone path uses the template
    // cache's driver, so each node gets a cache with its own (the template files are shared).
    const qemus = new Map(topology.hosts.map((host) => [host, new QemuDriver({ commandPrefix: [systemTool('ip'), 'netns', 'exec', host.ns] })] as const));
    const caches = new Map(topology.hosts.map((host) => [host, new TemplateCache({ driver: qemus.get(host)! })] as const));
    let tapCount = 0;
    const start = async (host: OverlayHost, hostPart: number, binaryPath: string, args: string[]): Promise<{ arrow: ArrowSession; output: ReturnType<typeof textSink> }> => {
      const tap = `bt${tapCount++}`;
      await runTool('ip', ['-n', host.ns, 'tuntap', 'add', 'dev', tap, 'mode', 'tap']);
      taps.push({ ns: host.ns, tap });
      await runTool('ip', ['-n', host.ns, 'link', 'set', tap, 'mtu', String(ARROW_MTU), 'master', 'br0', 'up']);
      const output = textSink();
      const spec: ArrowTap = { ifname: tap, address: `${addressOf(host, hostPart)}/24`, gateway: host.gateway, mtu: ARROW_MTU };
      const arrow = await ArrowSession.start({
        binaryPath, args, env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [], tap: spec,
        runRoot: join(work, 'run'), artifacts, templates: caches.get(host)!, driver: qemus.get(host)!,
        stdout: output.stream, stderr: output.stream, graceMs: 1000,
      });
      arrows.push(arrow);
      return { arrow, output };
    };
    /** Starts a client Arrow and waits, bounded, for its exit; its output if it exited 0. */
    const runClient = async (host: OverlayHost, hostPart: number, binaryPath: string, args: string[], boundMs: number): Promise<string> => {
      const client = await start(host, hostPart, binaryPath, args);
      const result = await withinOrFail(client.arrow.wait(), boundMs, () => new Error(`${args[0]} to ${args[1]}: no end within ${boundMs} ms`));
      if (result.code !== 0) throw new Error(`${args[0]} to ${args[1]} failed (exit ${result.code}): ${client.output.text().slice(-500)}`);
      return client.output.text();
    };

    const sinks = [await start(h1, 20, blast, ['sink', String(SINK_PORT)]), await start(h2, 20, blast, ['sink', String(SINK_PORT)])];
    await Promise.all(sinks.map((sink) => sink.output.until('listening', BOOT_MS)));
    const send = async (host: OverlayHost, hostPart: number, target: string): Promise<number> => {
      const output = await runClient(host, hostPart, blast, ['send', target, String(SINK_PORT), String(mib)], BOOT_MS);
      const line = /sent (\d+) in ([\d.]+) ms/.exec(output);
      if (!line) throw new Error(`the sender to ${target} printed no result: ${output.slice(-500)}`);
      return Number(line[1]) / 1024 / 1024 / (Number(line[2]) / 1000);
    };
    log('Arrow to Arrow on one node');
    const sameHost = await send(h1, 30, addressOf(h1, 20));
    log('Arrow to Arrow across the overlay');
    const crossHost = await send(h1, 31, addressOf(h2, 20));
    // Idle TCG guests still take host CPU: the sinks go before the request rates are measured.
    await Promise.all(sinks.map((sink) => sink.arrow.kill()));

    // One echo server at a time, on the node measured, so no other guest competes for the CPUs.
    const rate = async (server: OverlayHost, hostPart: number): Promise<RequestRate> => {
      const echoArrow = await start(server, 21, reqs, ['serve', String(ECHO_PORT)]);
      try {
        await echoArrow.output.until('listening', BOOT_MS);
        const output = await runClient(h1, hostPart, reqs, reqsArgs(addressOf(server, 21)), RUN_DEADLINE_MS + BOOT_MS);
        const figures = parseRequestRate(output);
        if (!figures) throw new Error(`reqs in an Arrow printed no result: ${output.slice(-500)}`);
        return figures;
      } finally {
        await echoArrow.arrow.kill().catch(() => undefined);
      }
    };
    log(`Arrow to Arrow on one node: ${requests} requests over ${connections} connections`);
    const sameHostRate = await rate(h1, 32);
    log(`Arrow to Arrow across the overlay: ${requests} requests over ${connections} connections`);
    const crossHostRate = await rate(h2, 33);

    const round = (n: number): number => Math.round(n * 10) / 10;
    return {
      mib, overlay: overlayMode, host_to_host_mibps: round(hostToHost.mibps), arrow_same_host_mibps: round(sameHost), arrow_cross_host_mibps: round(crossHost),
      requests, connections,
      host_to_host_rps: Math.round(hostRate.rps), arrow_same_host_rps: Math.round(sameHostRate.rps), arrow_cross_host_rps: Math.round(crossHostRate.rps),
      host_to_host_max_gap_ms: round(hostRate.maxGapMs), arrow_same_host_max_gap_ms: round(sameHostRate.maxGapMs), arrow_cross_host_max_gap_ms: round(crossHostRate.maxGapMs),
    };
  } finally {
    for (const arrow of arrows) await arrow.kill().catch(() => undefined);
    for (const driver of drivers) await driver.step({ op: 'stop' }).catch(() => undefined);
    for (const driver of drivers) await driver.kill();
    for (const { ns, tap } of taps) await execa(systemTool('ip'), ['-n', ns, 'link', 'del', tap], { reject: false, timeout: 10_000 });
    await topology.destroy();
  }
}

/** `host`'s address ending in `.hostPart` in its Arrow subnet. */
function addressOf(host: OverlayHost, hostPart: number): string {
  return host.subnet.replace(/\.0\/24$/, `.${hostPart}`);
}
