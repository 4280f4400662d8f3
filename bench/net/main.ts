// Network benchmark: one Arrow's published port under 50 concurrent clients, three ways in the
// same run, with the same static server (kernel/testdata/server.c: HTTP/1.0, one request per
// connection) and the same load (bench/http-load.ts):
//
//   npm run bench:net [-- --json] [-- --requests 100000] [-- --clients 50]
//
// - native: the server run on the host, the load against it directly.
// - user: today's `arrowctl run -p` (QEMU user-mode networking, QEMU itself listening on the
//   host port). libslirp listens with a backlog of 1: under 50 clients, connects wait for SYN
//   retries, which shows as gaps of seconds. Its requests are bounded by --user-deadline-s.
// - published: the Arrow on a tap of a node bridge (node/net, as `arrowd --network tap` makes
//   it), the port published as kernel DNAT on 127.0.0.1; `direct` is the same Arrow reached on
//   its own address (no DNAT), for what the DNAT costs.
// Figures: rate (completed requests / seconds over the whole run), best_second (most completions
// in one second), max_gap_ms (longest time without a completion), latency p50/p99/max.
// Targets under TCG: published max_gap_ms <= 200 and published rate >= user best_second.
// - arrows (--arrow-mib, default 64; 0 skips it): TCP throughput and request rate between Arrow
//   VMs on one node and across two namespaced nodes over the WireGuard overlay, against the same
//   between the two hosts (bench/net/arrows.ts). Request rate: --arrow-requests exchanges (default
//   20,000) over --arrow-connections keep-alive connections (default 50, as the clients above),
//   one 64-byte request in flight on each (kernel/testdata/reqs.c). 20,000 keeps each Arrow run
//   several seconds long (3,300-7,900/s on one node, 1,500-2,600/s across the overlay under TCG
//   on the shared 2-core machine) and adds 15-20 s to the bench with the VM starts; host to host
//   is over in under a second (30,000-150,000/s), so its figure is the noisiest of the three.
// Needs root (bridge, tap, nft); the bridge is a throwaway node's, removed in every outcome.
import { execa } from 'execa';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ArrowSession, TemplateCache, defaultArtifacts, detectAccelerator, type ArrowStartOptions } from '../../kernel/index.ts';
import { NodeNetwork } from '../../node/net/index.ts';
import { freePort, textSink } from '../../kernel/testdata/helpers.ts';
import { httpLoad, type HttpLoadResult } from '../http-load.ts';
import { arrowToArrow } from './arrows.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    requests: { type: 'string', default: '100000' },
    clients: { type: 'string', default: '50' },
    'user-deadline-s': { type: 'string', default: '120' },
    address: { type: 'string', default: '10.213.250.2' },
    'arrow-mib': { type: 'string', default: '64' },
    'arrow-requests': { type: 'string', default: '20000' },
    'arrow-connections': { type: 'string', default: '50' },
  },
});
const number = (name: 'requests' | 'clients' | 'user-deadline-s' | 'arrow-mib' | 'arrow-requests' | 'arrow-connections', min: number, max: number): number => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`bench:net: --${name} must be ${min}-${max}`);
    process.exit(2);
  }
  return value;
};
const requests = number('requests', 100, 10_000_000);
const clients = number('clients', 1, 1000);
const userDeadlineMs = number('user-deadline-s', 5, 3600) * 1000;
const arrowMib = number('arrow-mib', 0, 4096);
const arrowRequests = number('arrow-requests', 100, 10_000_000);
const arrowConnections = number('arrow-connections', 1, 1000); // reqs.c's limit
const log = (message: string): void => { process.stderr.write(`bench:net: ${message}\n`); };
const TESTDATA = fileURLToPath(new URL('../../kernel/testdata/', import.meta.url));
const load = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);
const loadBefore = load();
const round = (value: number): number => Math.round(value * 10) / 10;

interface Figures {
  completed: number; failed: number; seconds: number; rate: number; best_second: number; max_gap_ms: number;
  latency_ms: { p50: number; p99: number; max: number }; failures: readonly string[];
}
const figuresOf = (r: HttpLoadResult): Figures => ({
  completed: r.completed, failed: r.failed, seconds: round(r.seconds), rate: Math.round(r.rate), best_second: r.bestSecondRate, max_gap_ms: Math.round(r.maxGapMs),
  latency_ms: { p50: round(r.latencyMs.p50), p99: round(r.latencyMs.p99), max: Math.round(r.latencyMs.max) }, failures: r.failures,
});

const work = await mkdtemp(join(tmpdir(), 'arrow-bench-net-'));
const running: ArrowSession[] = [];
const network = new NodeNetwork({ nodeId: `bench-net-${randomBytes(4).toString('hex')}`, bindAddress: '127.0.0.1', onWarning: log });
try {
  const server = join(work, 'server');
  await execa('musl-gcc', ['-static', '-O2', '-o', server, join(TESTDATA, 'server.c')], { timeout: 60_000 });
  const blast = join(work, 'blast');
  await execa('musl-gcc', ['-static', '-O2', '-o', blast, join(TESTDATA, 'blast.c')], { timeout: 60_000 });
  const reqs = join(work, 'reqs');
  await execa('musl-gcc', ['-static', '-O2', '-o', reqs, join(TESTDATA, 'reqs.c')], { timeout: 60_000 });
  await writeFile(join(work, 'index.html'), '<h1>a published port</h1>\n');
  const artifacts = defaultArtifacts({ onBuildProgress: (p) => (p.phase === 'source' || p.phase === 'wait' ? log(p.message) : undefined) });
  const templates = new TemplateCache();
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const startServer = async (extra: Partial<ArrowStartOptions>): Promise<ArrowSession> => {
    const ready = textSink();
    const arrow = await ArrowSession.start({
      binaryPath: server, args: ['8080', '/www'], env: [], files: [{ guestPath: '/www/index.html', hostPath: join(work, 'index.html') }],
      template: 'default', memoryMiB: 64, cpus: 1, ports: [], runRoot: join(work, 'run'), artifacts, templates,
      stdout: ready.stream, stderr: sink, graceMs: 2000, ...extra,
    });
    running.push(arrow);
    await Promise.race([ready.until('listening', 600_000), arrow.wait().then(() => Promise.reject(new Error('the server exited')))]);
    return arrow;
  };
  const stopAll = async (): Promise<void> => {
    const all = running.splice(0);
    for (const arrow of all) arrow.stop();
    await Promise.allSettled(all.map((arrow) => arrow.wait()));
  };
  const run = (label: string, host: string, port: number, deadlineMs = 600_000): Promise<HttpLoadResult> => {
    log(`${label}: ${requests} requests from ${clients} clients`);
    return httpLoad({ host, port, path: '/index.html', clients, requests, requestTimeoutMs: 60_000, deadlineMs });
  };

  // native
  const nativePort = await freePort();
  const native = spawn(server, [String(nativePort), work], { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise<void>((resolve) => native.stdout.once('data', () => resolve()));
  const nativeResult = await run('native', '127.0.0.1', nativePort).finally(() => native.kill('SIGKILL'));

  // user-mode networking, the way `arrowctl run -p` publishes
  const userPort = await freePort();
  await startServer({ ports: [{ hostPort: userPort, guestPort: 8080 }] });
  const userResult = await run('user-mode', '127.0.0.1', userPort, userDeadlineMs);
  await stopAll();

  // a tap on a node bridge, the port published as kernel DNAT
  network.holdLease(Number.POSITIVE_INFINITY);
  const tap = await network.attach('bench', values.address);
  const publishedPort = await freePort();
  await network.publish([{ protocol: 'tcp', hostPort: publishedPort, address: values.address, guestPort: 8080 }]);
  await startServer({ tap, boot: 'auto' });
  const publishedResult = await run('published', '127.0.0.1', publishedPort);
  const directResult = await run('direct', values.address, 8080);
  await stopAll();
  const arrows = arrowMib > 0 ? await arrowToArrow({ blast, reqs, work, mib: arrowMib, requests: arrowRequests, connections: arrowConnections, log }) : undefined;

  const figures = {
    published: figuresOf(publishedResult),
    direct: figuresOf(directResult),
    user: figuresOf(userResult),
    native: figuresOf(nativeResult),
    max_gap_ms: Math.round(publishedResult.maxGapMs),
    published_over_user_best_second: round(publishedResult.rate / Math.max(1, userResult.bestSecondRate)),
    published_over_user: round(publishedResult.rate / Math.max(1, userResult.rate)),
    published_over_native: Math.round((publishedResult.rate / nativeResult.rate) * 1000) / 1000,
    direct_over_published: round(directResult.rate / publishedResult.rate),
    ...(arrows ? {
      arrows,
      arrow_same_host_over_host_to_host: Math.round((arrows.arrow_same_host_mibps / arrows.host_to_host_mibps) * 1000) / 1000,
      arrow_cross_host_over_host_to_host: Math.round((arrows.arrow_cross_host_mibps / arrows.host_to_host_mibps) * 1000) / 1000,
      arrow_same_host_rps_over_host_to_host: Math.round((arrows.arrow_same_host_rps / arrows.host_to_host_rps) * 1000) / 1000,
      arrow_cross_host_rps_over_host_to_host: Math.round((arrows.arrow_cross_host_rps / arrows.host_to_host_rps) * 1000) / 1000,
    } : {}),
    requests, clients, accel: detectAccelerator(), load_before: loadBefore, load_after: load(),
  };
  if (values.json) process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
  else {
    const row = (name: string, f: Figures): string =>
      `${name.padEnd(10)} ${String(f.rate).padStart(7)}/s  best second ${String(f.best_second).padStart(6)}/s  max gap ${String(f.max_gap_ms).padStart(6)} ms  p99 ${String(f.latency_ms.p99).padStart(7)} ms  ${f.completed}/${requests} done, ${f.failed} failed in ${f.seconds} s\n`;
    process.stdout.write(row('published', figures.published) + row('direct', figures.direct) + row('user', figures.user) + row('native', figures.native));
    if (arrows) {
      process.stdout.write(`Arrow to Arrow (${arrows.mib} MiB): one node ${arrows.arrow_same_host_mibps} MiB/s, across the overlay (${arrows.overlay}) ${arrows.arrow_cross_host_mibps} MiB/s; host to host raw TCP ${arrows.host_to_host_mibps} MiB/s\n`);
      process.stdout.write(`Arrow to Arrow (${arrows.requests} requests, ${arrows.connections} connections): one node ${arrows.arrow_same_host_rps}/s (max gap ${arrows.arrow_same_host_max_gap_ms} ms, ${figures.arrow_same_host_rps_over_host_to_host}x host to host), across the overlay ${arrows.arrow_cross_host_rps}/s (max gap ${arrows.arrow_cross_host_max_gap_ms} ms, ${figures.arrow_cross_host_rps_over_host_to_host}x); host to host ${arrows.host_to_host_rps}/s (max gap ${arrows.host_to_host_max_gap_ms} ms)\n`);
    }
    process.stdout.write(`max_gap_ms ${figures.max_gap_ms} (target <= 200); published rate / user best second ${figures.published_over_user_best_second}x (target >= 1); published / user ${figures.published_over_user}x; published / native ${figures.published_over_native}; accel ${figures.accel}; load ${figures.load_before.join(' ')} -> ${figures.load_after.join(' ')}\n`);
  }
} finally {
  for (const arrow of running) await arrow.kill().catch(() => {});
  await network.teardown().catch((error: Error) => log(`could not remove the bench's bridge: ${error.message}`));
  await rm(work, { recursive: true, force: true });
}
