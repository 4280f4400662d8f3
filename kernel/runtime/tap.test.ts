// Arrows on a tap device (ArrowStartOptions.tap) against real VMs. Each test builds its own
// network namespace with a bridge (the gateway) and taps on it, the way a node's agent does on the
// host, and runs QEMU inside it (QemuDriver commandPrefix `ip netns exec`): QEMU opens a tap by
// name in its own namespace. Nothing is bound or created outside the namespace, and the test
// process talks to the Arrows only through commands run in it (`ip netns exec NS curl`).
import test, { type ExecutionContext } from 'ava';
import { execa } from 'execa';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { TemplateCache } from '../template/index.ts';
import { QemuDriver } from '../vmm/index.ts';
import { qemuProcessesMentioning, textSink } from '../testdata/helpers.ts';
import { ArrowSession, InputError, defaultArtifacts, ensureArrowTemplate, type ArrowStartOptions, type ArrowTap } from './index.ts';

const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));
const GATEWAY = '10.213.0.1';
const PORT = 8080;
const COMMAND_MS = 10_000;
/** a cold boot under TCG on a busy host, or a template's first build */
const UP_MS = 120_000;

let fixture: Promise<{ dir: string; server: string }> | undefined;

test.before(() => {
  fixture = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arrow-tap-test-'));
    const server = join(dir, 'server');
    await execa('musl-gcc', ['-static', '-Os', '-o', server, join(TESTDATA, 'server.c')], { timeout: 60_000 });
    return { dir, server };
  })();
});

test.after.always(async () => {
  const f = await fixture?.catch(() => undefined);
  if (f) await rm(f.dir, { recursive: true, force: true });
});

interface Namespace {
  name: string;
  taps: string[];
  /** QEMU in the namespace */
  driver: QemuDriver;
}

async function ip(...args: string[]): Promise<void> {
  await execa('ip', args, { timeout: COMMAND_MS });
}

/** A namespace with bridge br0 (GATEWAY/24) and `count` taps on it, removed when the test ends. */
async function namespace(t: ExecutionContext, count: number): Promise<Namespace> {
  const name = `arwtest-${randomBytes(4).toString('hex')}`;
  await ip('netns', 'add', name);
  const taps = Array.from({ length: count }, (_, i) => `arwtap${i}`);
  t.teardown(async () => {
    // The taps are persistent (ip tuntap): removed first, then the namespace with the bridge.
    for (const tap of taps) await execa('ip', ['-n', name, 'link', 'del', tap], { timeout: COMMAND_MS, reject: false });
    await execa('ip', ['netns', 'del', name], { timeout: COMMAND_MS, reject: false });
  });
  await ip('-n', name, 'link', 'set', 'lo', 'up');
  await ip('-n', name, 'link', 'add', 'br0', 'type', 'bridge');
  await ip('-n', name, 'addr', 'add', `${GATEWAY}/24`, 'dev', 'br0');
  await ip('-n', name, 'link', 'set', 'br0', 'up');
  for (const tap of taps) {
    await ip('-n', name, 'tuntap', 'add', 'dev', tap, 'mode', 'tap');
    await ip('-n', name, 'link', 'set', tap, 'master', 'br0', 'up');
  }
  return { name, taps, driver: new QemuDriver({ commandPrefix: ['ip', 'netns', 'exec', name] }) };
}

/** GET a guest path from inside the namespace: status and body, retried until it connects (bounded). */
async function fetchIn(ns: Namespace, address: string, path: string, timeoutMs = 20_000): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const url = `http://${address}:${PORT}${path}`;
    const result = await execa('ip', ['netns', 'exec', ns.name, 'curl', '-sS', '--max-time', '5', '-w', '\n%{http_code}', url], { timeout: COMMAND_MS, reject: false, stripFinalNewline: false });
    const split = result.stdout.lastIndexOf('\n');
    if (result.exitCode === 0) return { status: Number(result.stdout.slice(split + 1)), body: result.stdout.slice(0, split) };
    if (Date.now() >= deadline) throw new Error(`GET ${url} from ${ns.name}: ${result.stderr}`);
    await sleep(250);
  }
}

async function get(ns: Namespace, address: string, path: string): Promise<string> {
  const { status, body } = await fetchIn(ns, address, path);
  if (status !== 200) throw new Error(`GET ${path} from ${address}: status ${status}: ${body}`);
  return body;
}

/** The guest's own IPv4 addresses but loopback, from its /proc/net/fib_trie (LOCAL entries). */
function localAddresses(fibTrie: string): string[] {
  const found = new Set<string>();
  let last = '';
  for (const line of fibTrie.split('\n')) {
    const leaf = /\|-- (\d+\.\d+\.\d+\.\d+)/.exec(line);
    if (leaf) last = leaf[1]!;
    else if (/\/32 host LOCAL/.test(line) && !last.startsWith('127.')) found.add(last);
  }
  return [...found].sort();
}

/** The default route's gateway in /proc/net/route (little-endian hex), as a dotted quad. */
function defaultGateway(route: string): string | undefined {
  const line = route.split('\n').find((l) => /^\S+\t00000000\t/.test(l));
  const hex = line?.split('\t')[2];
  return hex ? Buffer.from(hex, 'hex').reverse().join('.') : undefined;
}

async function options(ns: Namespace, tap: ArrowTap, onLog: (message: string) => void, templates?: TemplateCache): Promise<ArrowStartOptions & { out: ReturnType<typeof textSink> }> {
  const { dir, server } = await fixture!;
  const out = textSink();
  return {
    // The server's root is / so the test can read the guest's network state over HTTP.
    binaryPath: server, args: [String(PORT), '/'], env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [], tap,
    runRoot: join(dir, 'run'), artifacts: defaultArtifacts(), driver: ns.driver,
    templates: templates ?? new TemplateCache({ dir: join(dir, 'templates'), driver: ns.driver }),
    stdout: out.stream, stderr: out.stream, graceMs: 2000, bootTimeoutMs: UP_MS, out, onLog,
  };
}

/** Starts an Arrow that is killed when the test ends, and waits for its server. */
async function started(t: ExecutionContext, start: ArrowStartOptions & { out: ReturnType<typeof textSink> }): Promise<ArrowSession> {
  const arrow = await ArrowSession.start(start);
  t.teardown(() => arrow.kill());
  await start.out.until('listening on', UP_MS);
  return arrow;
}

/** What a test asserts of an Arrow on its tap: HTTP on its address, and exactly that address. */
async function assertOnTap(t: ExecutionContext, ns: Namespace, tap: ArrowTap): Promise<void> {
  const address = tap.address.split('/')[0]!;
  t.deepEqual(localAddresses(await get(ns, address, '/proc/net/fib_trie')), [address], 'the guest has exactly the given address');
  t.is(defaultGateway(await get(ns, address, '/proc/net/route')), tap.gateway);
  t.is((await get(ns, address, '/sys/class/net/eth0/mtu')).trim(), String(tap.mtu ?? 1500));
  const resolvConf = await fetchIn(ns, address, '/etc/resolv.conf');
  if (tap.nameservers?.length) t.deepEqual(resolvConf, { status: 200, body: tap.nameservers.map((n) => `nameserver ${n}\n`).join('') });
  else t.is(resolvConf.status, 404, 'no nameservers, no resolv.conf');
  t.is(await bridgePortOf(ns, address), tap.ifname, 'the address answers from behind its own tap');
}

/** The bridge port (tap) behind which the gateway found `address`: its ARP entry's MAC in the bridge's forwarding table. */
async function bridgePortOf(ns: Namespace, address: string): Promise<string | undefined> {
  const json = async (command: string, ...args: string[]): Promise<unknown> => JSON.parse((await execa(command, ['-n', ns.name, '-j', ...args], { timeout: COMMAND_MS })).stdout || '[]');
  const neighbours = (await json('ip', 'neigh', 'show', address, 'dev', 'br0')) as { lladdr?: string }[];
  const mac = neighbours[0]?.lladdr;
  const fdb = (await json('bridge', 'fdb', 'show', 'br', 'br0')) as { mac?: string; ifname?: string }[];
  return fdb.find((entry) => mac !== undefined && entry.mac === mac)?.ifname;
}

test.serial('cold boot on a tap: the server answers on the given address, which is the guest\'s only one', async (t) => {
  t.timeout(15 * 60_000);
  const ns = await namespace(t, 1);
  const tap: ArrowTap = { ifname: ns.taps[0]!, address: '10.213.0.5/24', gateway: GATEWAY, mtu: 1400, nameservers: [GATEWAY, '2001:db8::53'] };
  const start = await options(ns, tap, (m) => t.log(m));
  const arrow = await started(t, { ...start, boot: 'cold' });
  t.is(arrow.startedFrom, 'cold');
  await assertOnTap(t, ns, tap);
  arrow.stop();
  t.is((await arrow.wait()).status, 0);
  t.deepEqual(await qemuProcessesMentioning(start.runRoot), []);
});

test.serial('a NetworkChange moves eth0 to another address and gateway while the app runs; a bad one ends the Arrow with the reason', async (t) => {
  t.timeout(15 * 60_000);
  const ns = await namespace(t, 1);
  // The second subnet stands for the node the Arrow moved to: its own gateway on the same bridge.
  await ip('-n', ns.name, 'addr', 'add', '10.213.7.1/24', 'dev', 'br0');
  const tap: ArrowTap = { ifname: ns.taps[0]!, address: '10.213.0.5/24', gateway: GATEWAY, mtu: 1500, nameservers: [GATEWAY] };
  const logs: string[] = [];
  const start = await options(ns, tap, (m) => logs.push(m));
  const arrow = await started(t, start);
  await assertOnTap(t, ns, tap);
  const moved: ArrowTap = { ...tap, address: '10.213.7.9/24', gateway: '10.213.7.1', nameservers: ['10.213.7.1'] };
  arrow.changeNetwork(moved);
  await assertOnTap(t, ns, moved);
  t.true(logs.some((m) => m.includes('eth0 moved to 10.213.7.9/24')), logs.join('\n'));
  t.regex(start.out.text(), /listening on/, 'the same app, never restarted');
  t.is(start.out.text().match(/listening on/g)?.length, 1);
  // A gateway outside the subnet cannot be applied exactly: ainit ends the Arrow, saying why.
  arrow.changeNetwork({ ...moved, gateway: '10.213.0.1' });
  const error = await t.throwsAsync(arrow.wait());
  t.regex(error?.message ?? '', /gateway 10\.213\.0\.1 is outside the subnet/);
  t.deepEqual(await qemuProcessesMentioning(start.runRoot), []);
});

test.serial('clones of a template booted with user networking run on their own taps, each at its own address', async (t) => {
  t.timeout(45 * 60_000); // may build the default kernel template first
  const ns = await namespace(t, 2);
  const taps: ArrowTap[] = [
    { ifname: ns.taps[0]!, address: '10.213.0.6/24', gateway: GATEWAY },
    { ifname: ns.taps[1]!, address: '10.213.0.7/24', gateway: GATEWAY, nameservers: ['10.213.0.53'] },
  ];
  const first = await options(ns, taps[0]!, (m) => t.log(m));
  // The template an Arrow with published ports clones (booted with user networking), built
  // before the clocks start.
  await ensureArrowTemplate({ ...first, network: true, templates: first.templates! });
  const arrows: ArrowSession[] = [];
  for (const tap of taps) {
    const start = await options(ns, tap, (m) => t.log(m), first.templates);
    const began = performance.now();
    const arrow = await started(t, { ...start, boot: 'auto' });
    t.log(`${tap.ifname}: from start() to the server's first output ${Math.round(performance.now() - began)} ms (state loaded after ${Math.round(arrow.timings.restoredMs ?? -1)} ms)`);
    t.is(arrow.startedFrom, 'clone');
    arrows.push(arrow);
  }
  for (const tap of taps) await assertOnTap(t, ns, tap);
  for (const arrow of arrows) arrow.stop();
  for (const arrow of arrows) t.is((await arrow.wait()).status, 0);
  t.deepEqual(await qemuProcessesMentioning(first.runRoot), []);
});

test.serial('a network that cannot be applied exactly is refused before anything starts', async (t) => {
  t.timeout(60_000);
  const ns = await namespace(t, 1);
  const ok: ArrowTap = { ifname: ns.taps[0]!, address: '10.213.0.8/24', gateway: GATEWAY };
  const start = await options(ns, ok, (m) => t.log(m));
  const refused: [Partial<ArrowStartOptions>, RegExp][] = [
    [{ tap: { ...ok, gateway: '10.9.0.1' } }, /tap gateway 10\.9\.0\.1 is outside the subnet of address 10\.213\.0\.8\/24/],
    [{ tap: { ...ok, address: '10.213.0.8/31' } }, /tap address 10\.213\.0\.8\/31: prefix \/31 is outside 1-30/],
    [{ tap: { ...ok, ifname: 'tap,script=/bin/sh' } }, /tap ifname/],
    [{ ports: [{ hostPort: 18080, guestPort: 8080 }] }, /ports cannot be forwarded to an Arrow on a tap device/],
  ];
  for (const [change, message] of refused) {
    await t.throwsAsync(ArrowSession.start({ ...start, ...change }), { instanceOf: InputError, message });
  }
  t.deepEqual(await qemuProcessesMentioning(start.runRoot), []);
});
