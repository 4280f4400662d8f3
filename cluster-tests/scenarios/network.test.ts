// Arrow networks on namespaced hosts (issue 15): every arrowd runs with `--network tap`, so each
// Arrow sits on a tap of its node's bridge at the address the cluster gave it, and its published
// port is kernel DNAT on the host's admin address. The load goes from the test runner (outside
// the host) through that DNAT to a static file server in the VM.
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

const TESTDATA = new URL('../../kernel/testdata/', import.meta.url).pathname;

/** A static test app of kernel/testdata built here (musl) and pushed through `via`. */
async function pushApp(via: NsNode, source: string, name: string): Promise<{ digest: string; size: number; name: string }> {
  const work = await mkdtemp(join(tmpdir(), 'arrow-net-'));
  try {
    await execa('musl-gcc', ['-static', '-O2', '-o', join(work, source), join(TESTDATA, `${source}.c`)], { timeout: 60_000 });
    const pushed = await via.process!.client.pushFile(join(work, source), { ref: `arrow:${name}` });
    return { digest: pushed.digest, size: pushed.size, name: source };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface ArrowShape { network?: string; constraints?: unknown[]; cpu?: number; hostPort?: number }

/**
 * The static file server of kernel/testdata (one process, no fork per request: busybox httpd
 * forks each one, ~200 requests/s under TCG) as an Arrow serving `page` at /index.html.
 */
async function serverDefinition(via: NsNode, name: string, page: string, shape: ArrowShape = {}): Promise<Record<string, unknown>> {
  const pageFile = join(via.dataDir, `${name}-index.html`);
  await writeFile(pageFile, page);
  const [binary, index] = await Promise.all([pushApp(via, 'server', name), via.process!.client.pushFile(pageFile, { ref: `arrow:${name}` })]);
  return {
    name, type: 'service', binary, args: ['8080', '/www'], env: {},
    kernel: 'default', cpu: shape.cpu ?? 1000, memory: 64, replicas: 1, restart: 'always',
    ports: [{ name: 'http', guest: 8080, protocol: 'tcp', ...(shape.hostPort === undefined ? {} : { host: shape.hostPort }) }],
    files: [{ path: '/www/index.html', digest: index.digest, size: index.size }], priority: 50, constraints: shape.constraints ?? [], affinities: [],
    requiresKvm: false, update: { maxParallel: 1 }, ...(shape.network ? { network: shape.network } : {}),
  };
}

/** kernel/testdata/fetcher.c as an Arrow: GET http://TARGET:8080/index.html every 300 ms, a line each. */
async function fetcherDefinition(via: NsNode, name: string, target: string, shape: ArrowShape = {}): Promise<Record<string, unknown>> {
  return {
    name, type: 'service', binary: await pushApp(via, 'fetcher', name), args: [target, '/index.html', '300'], env: {},
    kernel: 'default', cpu: 250, memory: 64, replicas: 1, restart: 'always', ports: [], files: [], priority: 50,
    constraints: shape.constraints ?? [], affinities: [], requiresKvm: false, update: { maxParallel: 1 }, ...(shape.network ? { network: shape.network } : {}),
  };
}

/** Fetches `url` every 100 ms (at most 2,000 times) until stopped; stop() gives the longest time without `page`. */
function pollAnswers(url: string, page: string): { lastAnswer(): number; stop(): Promise<number> } {
  let polling = true;
  let lastAnswer = Date.now();
  let longestGap = 0;
  const loop = (async () => {
    for (let i = 0; polling && i < 2_000; i++) {
      if ((await fetchOnce(url, 1_000)) === page) {
        longestGap = Math.max(longestGap, Date.now() - lastAnswer);
        lastAnswer = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    lastAnswer: () => lastAnswer,
    async stop() {
      polling = false;
      await loop;
      return longestGap;
    },
  };
}

async function runningOne(cluster: NsCluster, arrow: string, withinMs = 120_000): Promise<AllocationView> {
  return until(`${arrow} running`, async () => (await cluster.client().arrow(arrow)).allocations.find((a) => a.status === 'running' && a.desired === 'run'), withinMs, 250)
    .catch((error: Error) => { throw new Error(`${error.message}\n${cluster.logs()}`); });
}

/** What an allocation printed so far. */
async function output(cluster: NsCluster, allocation: string): Promise<string> {
  let text = '';
  for await (const chunk of cluster.client().logs(allocation, { tail: 200 })) text += Buffer.from(chunk).toString();
  return text;
}

/** Waits until the allocation printed a line matching `pattern`; resolves with that line. */
async function printed(cluster: NsCluster, allocation: string, pattern: RegExp, withinMs: number): Promise<string> {
  return until(`${allocation} printing ${pattern}`, async () => (await output(cluster, allocation)).split('\n').find((line) => pattern.test(line)), withinMs, 250)
    .catch(async (error: Error) => { throw new Error(`${error.message}; it printed:\n${(await output(cluster, allocation)).slice(-1500)}`); });
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
  // As an admin would: arrowd is stopped once the cluster shows the Arrow stopped.
  await until('the allocation stopped', async () => (await cluster.client().allocation(alloc!.id)).status === 'stopped', 60_000, 200);
  node.process!.child.kill('SIGTERM');
  await node.process!.child;
  node.process = undefined;
  t.deepEqual(await arrowLeftovers(node), { links: [], tables: [] }, `no bridge, tap or table left; the last arrowd said:\n${cluster.grepLogs(/./).slice(-30).join('\n')}`);
});

/** A static port of web's: every host forwards it to web's replica, wherever that runs. */
const STATIC_PORT = 18_080;

test.serial('N2: an Arrow reaches a service on another host by NAME.arrow, still after it moved, as does its static port on a host without it, and by address through its own arrowd\'s restart; Arrows of another network reach it neither by name nor by address', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 3, servers: 3, ttlMs: TTL_MS, runner: 'vm' });
  const [h1] = cluster.nodes as [NsNode];
  // Each node registered how its overlay runs (no WireGuard in this kernel: wireguard-go) and where.
  const nodes = (await cluster.client().nodes()).nodes;
  t.deepEqual(nodes.map((n) => n.overlay?.mode).sort(), ['wireguard-go', 'wireguard-go', 'wireguard-go']);
  t.deepEqual(nodes.map((n) => n.overlay?.endpoint).sort(), cluster.nodes.map((n) => `${n.host.address}:51820`).sort());
  const onH1 = [{ label: 'host', op: '=', value: 'h1' }];
  await cluster.client().putArrow('web', await serverDefinition(h1, 'web', PAGE, { constraints: [{ label: 'host', op: '!=', value: 'h1' }], hostPort: STATIC_PORT }));
  await cluster.client().putArrow('caller', await fetcherDefinition(h1, 'caller', 'web.arrow', { constraints: onH1 }));
  const web = await runningOne(cluster, 'web');
  const caller = await runningOne(cluster, 'caller');
  t.not(web.node, caller.node, 'on different hosts');
  const first = await printed(cluster, caller.id, new RegExp(`^ok ${web.address.replaceAll('.', '\\.')} Hello`), 60_000);
  t.log(`caller on ${caller.nodeName} (${caller.address}) reached web.arrow on ${web.nodeName} (${web.address}): ${first}`);
  // The static port on h1, which runs no replica of web: forwarded over the overlay.
  const staticUrl = `http://${h1.host.adminAddress}:${STATIC_PORT}/index.html`;
  const firstAnswer = await until('web on h1\'s static port', () => fetchOnce(staticUrl), 30_000, 250).catch(async (error: Error) => {
    const ruleset = await execa(systemTool('ip'), ['netns', 'exec', h1.host.netns, systemTool('nft'), 'list', 'ruleset'], { reject: false, timeout: 10_000 });
    throw new Error(`${error.message}; h1's ruleset:\n${ruleset.stdout}\n${cluster.grepLogs(/Arrow network/).join('\n')}`);
  });
  t.is(firstAnswer, PAGE);

  // The replica moves to the third host: a new address, the same name, the same port on h1. A
  // client polls h1's port throughout: how long it went without an answer is the move's cost.
  const drainedAt = Date.now();
  const poller = pollAnswers(staticUrl, PAGE);
  await cluster.client().drain(web.node, { maxParallel: 1 });
  const moved = await until('web moved', async () => (await cluster.client().arrow('web')).allocations.find((a) => a.status === 'running' && a.desired === 'run' && a.node !== web.node), 120_000, 250);
  t.not(moved.address, '');
  t.log(`web running on ${moved.nodeName} ${Date.now() - drainedAt} ms after the drain`);
  const after = await printed(cluster, caller.id, new RegExp(`^ok ${moved.address.replaceAll('.', '\\.')} Hello`), 60_000);
  t.log(`moved to ${moved.nodeName} (${moved.address}); the caller reached it by name ${Date.now() - drainedAt} ms after the drain: ${after}`);
  const answeredAgain = poller.lastAnswer();
  await until('h1\'s static port answering after the move', async () => (poller.lastAnswer() > answeredAgain ? true : undefined), 30_000, 100);
  const longestGap = await poller.stop();
  t.log(`h1:${STATIC_PORT} kept serving web across the move; longest time without an answer ${longestGap} ms`);

  // h1's arrowd restarts under an Arrow fetching web by address every 300 ms: the overlay (its
  // device, routes and wireguard-go) outlives arrowd with the VMs, so no fetch fails meanwhile.
  await cluster.client().putArrow('direct', await fetcherDefinition(h1, 'direct', moved.address, { constraints: onH1 }));
  const direct = await runningOne(cluster, 'direct');
  await printed(cluster, direct.id, /^ok /, 60_000);
  /** Pids of h1's namespace running wireguard-go. */
  const overlayServer = async (): Promise<string[]> => {
    const pids = (await execa(systemTool('ip'), ['netns', 'pids', h1.host.netns], { timeout: 10_000 })).stdout.split('\n').filter(Boolean);
    const commands = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
    return pids.filter((_, i) => commands[i]!.split('\0')[0]!.endsWith('/wireguard-go'));
  };
  const [wireguardGo] = await overlayServer();
  t.truthy(wireguardGo, 'h1 runs wireguard-go');
  const linesBefore = (await output(cluster, direct.id)).split('\n').filter(Boolean).length;
  const restartAt = Date.now();
  h1.process!.child.kill('SIGTERM');
  await h1.process!.child;
  h1.process = undefined;
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await cluster.start(h1);
  await cluster.untilReady([h1], 60_000);
  const restartMs = Date.now() - restartAt;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const during = (await output(cluster, direct.id)).split('\n').filter(Boolean).slice(linesBefore);
  t.true(during.length >= restartMs / 300 / 2, `${during.length} fetches during the ${restartMs} ms restart`);
  t.deepEqual(during.filter((line) => !line.startsWith('ok ')), [], 'no fetch failed while h1\'s arrowd restarted');
  t.deepEqual(await overlayServer(), [wireguardGo], 'the same wireguard-go serves h1\'s overlay');
  t.log(`h1's arrowd restarted in ${restartMs} ms; ${during.length} fetches across the overlay meanwhile, all answered; wireguard-go ${wireguardGo} kept`);

  // Another network, on the caller's host: web.arrow is no name there, and its address is unreachable.
  await cluster.client().putArrow('stranger-name', await fetcherDefinition(h1, 'stranger-name', 'web.arrow', { network: 'blue', constraints: onH1 }));
  await cluster.client().putArrow('stranger-addr', await fetcherDefinition(h1, 'stranger-addr', moved.address, { network: 'blue', constraints: onH1 }));
  const byName = await runningOne(cluster, 'stranger-name');
  const byAddress = await runningOne(cluster, 'stranger-addr');
  await printed(cluster, byName.id, /^fail resolve/, 60_000);
  const [nameLines, addressLines] = await until('five attempts each', async () => {
    const lines = await Promise.all([byName, byAddress].map(async (a) => (await output(cluster, a.id)).split('\n').filter(Boolean)));
    return lines.every((l) => l.length >= 5) ? lines : undefined;
  }, 60_000, 500);
  t.deepEqual(nameLines!.filter((l) => l.startsWith('ok')), [], 'not by name');
  t.deepEqual(addressLines!.filter((l) => l.startsWith('ok')), [], 'not by address');
  t.regex(addressLines!.join('\n'), /fail connect/);
  t.log(`network blue: "${nameLines![0]}", "${addressLines![0]}"`);

  // Every Arrow stopped, every arrowd stopped: no tap, bridge, overlay or table on any host.
  for (const arrow of ['web', 'caller', 'direct', 'stranger-name', 'stranger-addr']) await cluster.client().stopArrow(arrow);
  await until('all stopped', async () => (await cluster.client().allocations()).every((a) => a.status !== 'running'), 60_000, 250);
  for (const node of cluster.nodes) {
    node.process!.child.kill('SIGTERM');
    await node.process!.child;
    node.process = undefined;
  }
  for (const node of cluster.nodes) {
    t.deepEqual(await arrowLeftovers(node), { links: [], tables: [] }, `${node.host.name}: nothing left; the logs say:\n${cluster.grepLogs(/shutting down|stop step|Arrow network|could not|overlay|resolver/).join('\n')}`);
  }
});

test.serial('N3: an Arrow on the node network moves live to another host: the same app answers at its new address, by name from another host and through its static port', async (t) => {
  const cluster = await NsCluster.start(t, { hosts: 3, servers: 3, ttlMs: TTL_MS, runner: 'vm' });
  const [h1, h2, h3] = cluster.nodes as [NsNode, NsNode, NsNode];
  await cluster.client().putArrow('web', await serverDefinition(h1, 'web', PAGE, { constraints: [{ label: 'host', op: '!=', value: 'h1' }], hostPort: STATIC_PORT }));
  await cluster.client().putArrow('caller', await fetcherDefinition(h1, 'caller', 'web.arrow', { constraints: [{ label: 'host', op: '=', value: 'h1' }] }));
  const web = await runningOne(cluster, 'web');
  const caller = await runningOne(cluster, 'caller');
  await printed(cluster, web.id, /^listening on 8080$/, 60_000);
  await printed(cluster, caller.id, new RegExp(`^ok ${web.address.replaceAll('.', '\\.')} Hello`), 60_000);
  const staticUrl = `http://${h1.host.adminAddress}:${STATIC_PORT}/index.html`;
  t.is(await until('web on h1\'s static port', () => fetchOnce(staticUrl), 30_000, 250), PAGE);

  const target = web.node === h2.peerId ? h3 : h2;
  const poller = pollAnswers(staticUrl, PAGE);
  const movedAt = Date.now();
  await cluster.client().migrateAllocation(web.id, target.peerId);
  const moved = await until('web running on the target', async () => (await cluster.client().arrow('web')).allocations.find((a) => a.id === web.id && a.node === target.peerId && a.status === 'running'), 120_000, 100);
  const runningMs = Date.now() - movedAt;
  t.not(moved.address, web.address, 'an address of the target\'s subnet');
  t.is(moved.generation, web.generation + 1);
  const live = cluster.grepLogs(/arrived by live migration/).some((line) => line.includes(web.id));
  t.true(live, `moved live; the logs say:\n${cluster.grepLogs(/migrat|snapshot|VM started/).join('\n').slice(-6000)}`);
  const after = await printed(cluster, caller.id, new RegExp(`^ok ${moved.address.replaceAll('.', '\\.')} Hello`), 60_000);
  const byNameMs = Date.now() - movedAt;
  const answeredAgain = poller.lastAnswer();
  await until('h1\'s static port answering after the move', async () => (poller.lastAnswer() > answeredAgain ? true : undefined), 30_000, 100);
  const longestGap = await poller.stop();
  t.notRegex(await output(cluster, web.id), /^listening on/m, 'the app did not start again on the target');
  const source = cluster.nodes.find((n) => n.peerId === web.node)!;
  t.deepEqual(await qemusOf(source), [], 'nothing of it left on the source');
  t.is((await qemusOf(target)).length, 1, 'one VM on the target');
  const sent = cluster.grepLogs(/moved a running Arrow to another node/).find((line) => line.includes(web.id))?.replace(/.*"ms":(\d+).*/, '$1');
  t.log(`web moved ${web.nodeName} (${web.address}) -> ${moved.nodeName} (${moved.address}): the source's move took ${sent} ms; running ${runningMs} ms after the request, reached by name ${byNameMs} ms after (${after}); h1:${STATIC_PORT} longest time without an answer ${longestGap} ms`);
  t.true(longestGap < 10_000, `the static port came back (longest gap ${longestGap} ms)`);
});

