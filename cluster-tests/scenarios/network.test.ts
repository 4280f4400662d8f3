// Arrow networks on namespaced hosts (issue 15): every arrowd runs with `--network tap`, so each
// Arrow sits on a tap of its node's bridge at the address the cluster gave it, and its published
// port is kernel DNAT on the host's admin address. The load goes from the test runner (outside
// the host) through that DNAT to a static file server in the VM.
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpLoad } from '../../bench/http-load.ts';
import { systemTool } from '../../node/net/index.ts';
import { NsCluster, fetchOnce, isRunning, qemusOf, until } from '../harness/index.ts';
import type { AllocationView } from '../../node/api/index.ts';
import type { NsNode } from '../harness/index.ts';

const TTL_MS = 4_000;
const pageUrl = (a: AllocationView): string => `http://${a.ports[0]!.address}:${a.ports[0]!.host}/index.html`;
const PAGE = 'Hello through a published port\n';
const REQUESTS = 100_000;
const CLIENTS = 50;
const MAX_GAP_MS = 200;

interface Link { ifname: string; ifalias?: string; master?: string }

async function linksOf(node: NsNode): Promise<Link[]> {
  const { stdout } = await execa(systemTool('ip'), ['-n', node.host.netns, '-j', 'link', 'show'], { timeout: 10_000 });
  return JSON.parse(stdout) as Link[];
}

/** What arrowd made on the host: links whose alias names an Arrow node, and nft tables of Arrow networks. */
async function arrowLeftovers(node: NsNode): Promise<{ links: string[]; tables: string[] }> {
  const links = (await linksOf(node)).filter((l) => l.ifalias?.startsWith('arrow node ')).map((l) => l.ifname);
  const { stdout } = await execa(systemTool('ip'), ['netns', 'exec', node.host.netns, systemTool('nft'), 'list', 'tables'], { timeout: 10_000 });
  return { links, tables: stdout.split('\n').filter((line) => /arrow_[0-9a-f]{12}/.test(line)) };
}

const SERVER_C = new URL('../../kernel/testdata/server.c', import.meta.url).pathname;

/**
 * The static file server of kernel/testdata (one process, no fork per request: busybox httpd
 * forks each one, ~200 requests/s under TCG) built here, pushed through `via`, as an Arrow.
 */
async function serverDefinition(via: NsNode, name: string, page: string): Promise<Record<string, unknown>> {
  const work = await mkdtemp(join(tmpdir(), 'arrow-net-'));
  try {
    await execa('musl-gcc', ['-static', '-O2', '-o', join(work, 'server'), SERVER_C], { timeout: 60_000 });
    await writeFile(join(work, 'index.html'), page);
    const client = via.process!.client;
    const [binary, index] = await Promise.all([client.pushFile(join(work, 'server'), { ref: `arrow:${name}` }), client.pushFile(join(work, 'index.html'), { ref: `arrow:${name}` })]);
    return {
      name, type: 'service', binary: { digest: binary.digest, size: binary.size, name: 'server' }, args: ['8080', '/www'], env: {},
      kernel: 'default', cpu: 1000, memory: 64, replicas: 1, restart: 'always', ports: [{ name: 'http', guest: 8080, protocol: 'tcp' }],
      files: [{ path: '/www/index.html', digest: index.digest, size: index.size }], priority: 50, constraints: [], affinities: [],
      requiresKvm: false, update: { maxParallel: 1 },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

test.serial('N1: 100,000 requests from 50 clients through a published port: no gap over 200 ms; an arrowd restart keeps it; nothing is left behind', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 1, servers: 1, ttlMs: TTL_MS, runner: 'vm' });
  const [node] = cluster.nodes as [NsNode];
  await cluster.client().putArrow('web', await serverDefinition(node, 'web', PAGE));
  const [alloc] = await until('web serving', async () => {
    const running = (await cluster.client().arrow('web')).allocations.filter(isRunning);
    return running.length === 1 && (await fetchOnce(pageUrl(running[0]!))) === PAGE ? running : undefined;
  }, 120_000, 250).catch((error: Error) => { throw new Error(`${error.message}\n${cluster.logs()}`); });
  const port = alloc!.ports[0]!;
  t.regex(alloc!.address, /^10\.213\.\d+\.\d+$/, 'the allocation has its cluster address');
  const taps = (await linksOf(node)).filter((l) => l.ifalias?.endsWith(`alloc ${alloc!.id}`));
  t.is(taps.length, 1, 'one tap for the allocation, on the node bridge');

  const load = await httpLoad({ host: port.address, port: port.host, path: '/index.html', clients: CLIENTS, requests: REQUESTS, requestTimeoutMs: 30_000, deadlineMs: 600_000 });
  t.log(`${load.completed} requests in ${load.seconds.toFixed(1)} s: ${load.rate.toFixed(0)}/s overall, best second ${load.bestSecondRate}/s, longest gap ${load.maxGapMs.toFixed(0)} ms, latency p50 ${load.latencyMs.p50.toFixed(1)} ms, p99 ${load.latencyMs.p99.toFixed(1)} ms, max ${load.latencyMs.max.toFixed(0)} ms`);
  t.is(load.failed, 0, `no request failed: ${load.failures.join('; ')}`);
  t.is(load.completed, REQUESTS);
  t.true(load.maxGapMs <= MAX_GAP_MS, `longest gap ${load.maxGapMs.toFixed(0)} ms`);

  // arrowd restarted over the running Arrow: the same VM on the same tap, the port still served.
  const qemus = await qemusOf(node);
  node.process!.child.kill('SIGTERM');
  await node.process!.child;
  node.process = undefined;
  t.is(await fetchOnce(pageUrl(alloc!)), PAGE, 'served while arrowd is down');
  await cluster.start(node);
  await cluster.untilReady([node], 60_000);
  t.deepEqual(await qemusOf(node), qemus, 'the same QEMU');
  t.is((await linksOf(node)).filter((l) => l.ifalias?.endsWith(`alloc ${alloc!.id}`)).length, 1, 'still one tap');
  t.is(await fetchOnce(pageUrl(alloc!)), PAGE, 'served after the restart');

  // The Arrow stopped: its tap and its port go; arrowd stopped with no Arrow left: everything goes.
  await cluster.client().stopArrow('web');
  await until('the tap gone', async () => (await linksOf(node)).every((l) => !l.ifalias?.endsWith(`alloc ${alloc!.id}`)), 60_000, 200);
  t.is(await fetchOnce(pageUrl(alloc!), 1_000), undefined, 'the port no longer answers');
  node.process!.child.kill('SIGTERM');
  await node.process!.child;
  node.process = undefined;
  t.deepEqual(await arrowLeftovers(node), { links: [], tables: [] }, 'no bridge, tap or table left');
});
