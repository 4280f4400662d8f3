import test from 'ava';
import { execa } from 'execa';
import { access, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OVERLAY_KEY_FILE, OverlayConfigError, generateOverlayKeyPair, overlayConfig, overlayName, overlayPublicKey, runTool, systemTool } from './index.ts';
import type { OverlayPeer } from './index.ts';
import {
  OverlayDriver, createTopology, execIn, longestOutage, peerOf, request, startProbe, startServer, watchUnderlay, wireguardGoPids, type OverlayHost,
} from './testing/overlay-topology.ts';

const self = generateOverlayKeyPair();
const other = generateOverlayKeyPair();
const third = generateOverlayKeyPair();
const peer2: OverlayPeer = { nodeId: 'n2', publicKey: other.publicKey, endpoint: '192.0.2.2:51820', subnet: '10.213.2.0/24' };
const peer3: OverlayPeer = { nodeId: 'n3', publicKey: third.publicKey, endpoint: '[2001:db8::3]:51821', subnet: '10.213.3.0/24' };
const input = { nodeId: 'n1', privateKey: self.privateKey, listenPort: 51820 };
const PROBE_EVERY_MS = 100;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < deadline) await sleep(50);
}

async function linkExists(ns: string, dev: string): Promise<boolean> {
  return runTool('ip', ['-n', ns, 'link', 'show', 'dev', dev]).then(() => true, () => false);
}

test('keys are X25519 in wg\'s format, and the public key follows from the private one', async (t) => {
  t.regex(self.privateKey, /^[A-Za-z0-9+/]{43}=$/);
  t.is(Buffer.from(self.publicKey, 'base64').length, 32);
  t.is(overlayPublicKey(self.privateKey), self.publicKey);
  // wg itself agrees on the derivation.
  const derived = await execa(systemTool('wg'), ['pubkey'], { input: self.privateKey, timeout: 10_000 });
  t.is(derived.stdout.trim(), self.publicKey);
});

test('the config has the node\'s key and port and one peer per other node, routes their subnets', async (t) => {
  const { config, routes } = overlayConfig({ ...input, peers: [peer3, { nodeId: 'n1', publicKey: self.publicKey, endpoint: '192.0.2.1:51820', subnet: '10.213.1.0/24' }, peer2] });
  t.is(config, [
    '[Interface]', `PrivateKey = ${self.privateKey}`, 'ListenPort = 51820', '',
    '[Peer]', `PublicKey = ${other.publicKey}`, 'Endpoint = 192.0.2.2:51820', 'AllowedIPs = 10.213.2.0/24', 'PersistentKeepalive = 25', '',
    '[Peer]', `PublicKey = ${third.publicKey}`, 'Endpoint = [2001:db8::3]:51821', 'AllowedIPs = 10.213.3.0/24', 'PersistentKeepalive = 25', '',
  ].join('\n'));
  t.deepEqual(routes, ['10.213.2.0/24', '10.213.3.0/24']);
  t.deepEqual(overlayConfig({ ...input, peers: [] }).routes, []);
  // wg parses it: setconf on a device that does not exist fails on the device, not the text.
  const dir = await mkdtemp(join(tmpdir(), 'arrow-overlay-test-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'wg.conf'), config, { mode: 0o600 });
  const checked = await execa(systemTool('wg'), ['setconf', 'arwnosuchdev', join(dir, 'wg.conf')], { reject: false, timeout: 10_000 });
  // (No such device with kernel WireGuard; Protocol not supported without it.)
  t.regex(String(checked.stderr), /Unable to modify interface/);
  await writeFile(join(dir, 'bad.conf'), `${config}Bogus = 1\n`, { mode: 0o600 });
  const bad = await execa(systemTool('wg'), ['setconf', 'arwnosuchdev', join(dir, 'bad.conf')], { reject: false, timeout: 10_000 });
  t.notRegex(String(bad.stderr), /Unable to modify interface/, 'the check above would see a parse error');
});

test('hostile or broken overlay input is refused, naming the field and the node', (t) => {
  const refuse = (peers: OverlayPeer[], message: RegExp, over: Partial<typeof input> = {}): void => {
    t.throws(() => overlayConfig({ ...input, ...over, peers }), { instanceOf: OverlayConfigError, message });
  };
  refuse([{ ...peer2, endpoint: '192.0.2.2:51820\nAllowedIPs = 0.0.0.0/0' }], /node "n2" endpoint: .* is not an endpoint/);
  refuse([{ ...peer2, endpoint: '192.0.2.2' }], /node "n2" endpoint/);
  refuse([{ ...peer2, endpoint: '192.0.2.2:0' }], /node "n2" endpoint/);
  refuse([{ ...peer2, endpoint: '192.0.2.2:70000' }], /node "n2" endpoint: 70000 is not a port/);
  refuse([{ ...peer2, endpoint: '192.0.02.2:51820' }], /node "n2" endpoint/);
  refuse([{ ...peer2, endpoint: 'example.com:51820' }], /node "n2" endpoint/);
  refuse([{ ...peer2, publicKey: `${other.publicKey}\n[Peer]` }], /node "n2" public key: .* is not a WireGuard key/);
  refuse([{ ...peer2, publicKey: 'AAAA' }], /node "n2" public key/);
  refuse([{ ...peer2, publicKey: `${other.publicKey.slice(0, 42)}B=` }], /node "n2" public key/, {});
  refuse([{ ...peer2, subnet: '10.214.2.0/24' }], /node "n2" subnet: .* not a node subnet/);
  refuse([{ ...peer2, subnet: '10.213.0.0/16' }], /node "n2" subnet/);
  refuse([{ ...peer2, subnet: '10.213.2.0/24\nAllowedIPs = 0.0.0.0/0' }], /node "n2" subnet/);
  refuse([peer2, { ...peer3, subnet: peer2.subnet }], /node "n3" subnet 10\.213\.2\.0\/24 is also node "n2"'s/);
  refuse([peer2, { ...peer3, publicKey: peer2.publicKey }], /node "n3" public key is also node "n2"'s/);
  refuse([{ ...peer2, publicKey: self.publicKey }], /node "n2" public key is also node "n1"'s/);
  refuse([peer2, { ...peer2, subnet: '10.213.9.0/24' }], /node "n2" is listed twice/);
  refuse([{ ...peer2, nodeId: 'n1' }], /node "n1" public key .* is not this node's/);
  refuse([], /node "n1" private key/, { privateKey: 'x\nListenPort = 1' });
  refuse([], /node "n1" listen port: 65536/, { listenPort: 65_536 });
});

type Started = { drive: OverlayDriver; publicKey: string; mode: string };
type Checks = { teardown(fn: () => Promise<void>): void; true(v: boolean, m?: string): void };

/** Starts a driver for `host` and checks its answer; killed in every outcome. */
async function driver(t: Checks, host: OverlayHost): Promise<Started> {
  const drive = new OverlayDriver(host);
  t.teardown(() => drive.kill());
  const started = await drive.step({ op: 'start' });
  t.true(started.ok, JSON.stringify(started));
  const value = started.value as { publicKey: string; mode: string };
  return { drive, ...value };
}

/** Two nodes, each with its overlay started (not yet peered); all removed in every outcome. */
async function twoNodes(t: Checks): Promise<{ h1: OverlayHost; h2: OverlayHost; n1: Started; n2: Started }> {
  const topology = await createTopology();
  t.teardown(() => topology.destroy());
  const [h1, h2] = topology.hosts;
  return { h1, h2, n1: await driver(t, h1), n2: await driver(t, h2) };
}

async function peerEachOther(t: Checks, nodes: { h1: OverlayHost; h2: OverlayHost; n1: Started; n2: Started }): Promise<void> {
  const { h1, h2, n1, n2 } = nodes;
  for (const [drive, peer] of [[n1.drive, peerOf(h2, n2.publicKey)], [n2.drive, peerOf(h1, n1.publicKey)]] as const) {
    const applied = await drive.step({ op: 'apply', peers: [peer] });
    t.true(applied.ok, JSON.stringify(applied));
  }
}

test('two nodes in namespaces: Arrows reach each other over the overlay only, a wrong key gets nothing, a restart or a dead wireguard-go recovers, stop leaves nothing', async (t) => {
  const nodes = await twoNodes(t);
  const { h1, h2, n1, n2 } = nodes;
  t.log(`overlay mode: ${n1.mode}`);
  const kernel = await runTool('ip', ['-n', h1.ns, 'link', 'add', 'probewg0', 'type', 'wireguard']).then(() => true, () => false);
  t.is(n1.mode, kernel ? 'kernel' : 'wireguard-go');
  const keyFile = await stat(join(h1.dataDir, OVERLAY_KEY_FILE));
  t.is(keyFile.mode & 0o777, 0o600);

  const s2 = await startServer(h2.arrowNs, h2.arrow, 7000, 'echo');
  t.teardown(() => s2.stop());
  const s1 = await startServer(h1.arrowNs, h1.arrow, 7001, 'echo');
  t.teardown(() => s1.stop());
  // Nothing routes the Arrow subnets between the nodes before the overlay has peers.
  t.not(await request(h1.arrowNs, h2.arrow, 7000, 1_000), `${h2.arrow} saw ${h1.arrow}`);

  const counters = await watchUnderlay(h2);
  const counters1 = await watchUnderlay(h1);
  await peerEachOther(t, nodes);
  const dev1 = overlayName(h1.nodeId);
  const link = JSON.parse(await runTool('ip', ['-n', h1.ns, '-j', '-d', 'link', 'show', 'dev', dev1])) as { ifalias?: string; mtu: number }[];
  t.is(link[0]?.ifalias, `arrow node ${h1.nodeId} overlay`);
  t.is(link[0]?.mtu, 1420);
  t.regex(await runTool('ip', ['-n', h1.ns, 'route', 'show', 'dev', dev1]), /^10\.213\.2\.0\/24 scope link/);
  // Both ways, and each side sees the other Arrow's own address (no NAT on the way).
  t.is(await request(h1.arrowNs, h2.arrow, 7000), `${h2.arrow} saw ${h1.arrow}`);
  t.is(await request(h2.arrowNs, h1.arrow, 7001), `${h1.arrow} saw ${h2.arrow}`);
  for (const [where, read] of [['node 2', counters], ['node 1', counters1]] as const) {
    const seen = await read();
    t.log(`${where} underlay: ${JSON.stringify(seen)}`);
    t.is(seen.tcp, 0, `${where}: no TCP on the underlay`);
    t.true(seen.wireguard > 0, `${where}: WireGuard packets arrived`);
    t.is(seen.all, seen.wireguard, `${where}: only UDP to the overlay port on the underlay`);
  }

  // Node 1 told a wrong key for node 2: no handshake either way, nothing crosses.
  const wrong = await n1.drive.step({ op: 'apply', peers: [peerOf(h2, generateOverlayKeyPair().publicKey)] });
  t.true(wrong.ok, JSON.stringify(wrong));
  t.is(await request(h1.arrowNs, h2.arrow, 7000, 2_000), 'timeout');
  t.is(await request(h2.arrowNs, h1.arrow, 7001, 2_000), 'timeout');

  // arrowd on node 1 crashes (SIGKILL) and starts again: same key from the data dir; the device
  // it left (with the wrong peer still), and its wireguard-go, which outlived it, are adopted.
  const before = await wireguardGoPids(dev1);
  await n1.drive.kill();
  const again = await driver(t, h1);
  t.is(again.publicKey, n1.publicKey);
  const reapplied = await again.drive.step({ op: 'apply', peers: [peerOf(h2, n2.publicKey)] });
  t.true(reapplied.ok, JSON.stringify(reapplied));
  t.is(await request(h1.arrowNs, h2.arrow, 7000), `${h2.arrow} saw ${h1.arrow}`);
  if (again.mode === 'wireguard-go') {
    const after = await wireguardGoPids(dev1);
    t.deepEqual(after, before, 'the same wireguard-go serves the device');

    // The adopted wireguard-go dies: not our child, so no exit event; the next apply sees it gone
    // and makes the device again.
    for (const pid of after) process.kill(pid, 'SIGKILL');
    await waitFor(async () => !(await linkExists(h1.ns, dev1)), 5_000);
    const remade = await again.drive.step({ op: 'apply', peers: [peerOf(h2, n2.publicKey)] });
    t.true(remade.ok, JSON.stringify(remade));
    t.regex(again.drive.warnings.join('\n'), new RegExp(`wireguard-go ${after[0]} for ${dev1} has exited[^]*making the device again`));
    t.is(await request(h1.arrowNs, h2.arrow, 7000), `${h2.arrow} saw ${h1.arrow}`);
    const started = await wireguardGoPids(dev1);
    t.is(started.length, 1);
    t.false(after.includes(started[0]!));

    // Now its own child dies: the exit is reported, and the next apply makes the device again.
    for (const pid of started) process.kill(pid, 'SIGKILL');
    await waitFor(async () => again.drive.warnings.some((w) => /exited \(SIGKILL\)/.test(w)), 5_000);
    t.regex(again.drive.warnings.join('\n'), /wireguard-go for arw[0-9a-f]{12} exited \(SIGKILL\)[^]*made again on the next apply/);
    const healed = await again.drive.step({ op: 'apply', peers: [peerOf(h2, n2.publicKey)] });
    t.true(healed.ok, JSON.stringify(healed));
    t.is(await request(h1.arrowNs, h2.arrow, 7000), `${h2.arrow} saw ${h1.arrow}`);
    t.is((await wireguardGoPids(dev1)).length, 1);
  }

  for (const [drive, host] of [[again.drive, h1], [n2.drive, h2]] as const) {
    const stopped = await drive.step({ op: 'stop' });
    t.true(stopped.ok, JSON.stringify(stopped));
    const dev = overlayName(host.nodeId);
    const links = JSON.parse(await runTool('ip', ['-n', host.ns, '-j', 'link', 'show'])) as { ifname: string; ifalias?: string }[];
    t.false(links.some((l) => l.ifname === dev || l.ifalias?.includes('overlay')), JSON.stringify(links.map((l) => l.ifname)));
    t.notRegex(await runTool('ip', ['-n', host.ns, 'route', 'show']), /10\.213\.[12]\.0\/24 dev arw/);
    t.deepEqual(await wireguardGoPids(dev), []);
  }
  t.is((again.drive.warnings.concat(n2.drive.warnings)).filter((w) => !/exited/.test(w)).join('\n'), '');
});

test('arrowd restarts with its VMs running: the overlay is kept and adopted, Arrows across nodes never lose each other; a stop without keep then leaves nothing', async (t) => {
  const nodes = await twoNodes(t);
  const { h1, h2, n1, n2 } = nodes;
  await peerEachOther(t, nodes);
  const dev1 = overlayName(h1.nodeId);
  const s2 = await startServer(h2.arrowNs, h2.arrow, 7000, 'echo');
  t.teardown(() => s2.stop());
  t.is(await request(h1.arrowNs, h2.arrow, 7000), `${h2.arrow} saw ${h1.arrow}`);
  t.is((await execIn(h1.ns, '/bin/cat', [`/proc/sys/net/ipv4/conf/${dev1}/route_localnet`])).trim(), '1');
  const serving = await wireguardGoPids(dev1);
  const routes = await runTool('ip', ['-n', h1.ns, 'route', 'show', 'dev', dev1]);

  const probe = await startProbe(h1.arrowNs, h2.arrow, 7000, PROBE_EVERY_MS);
  t.teardown(() => probe.kill());
  await sleep(500);
  // arrowd on node 1 stops while its VMs run on (service.ts: keep when there is no teardown), and exits.
  const kept = await n1.drive.step({ op: 'stop', keep: true });
  t.true(kept.ok, JSON.stringify(kept));
  t.true(await n1.drive.close(), 'arrowd exits: nothing of the overlay keeps it alive');
  t.is(await runTool('ip', ['-n', h1.ns, 'route', 'show', 'dev', dev1]), routes, 'the routes stay meanwhile');
  // Away for a while, as a restart takes; then a new arrowd, with the same data dir.
  await sleep(1_500);
  const again = await driver(t, h1);
  t.is(again.publicKey, n1.publicKey);
  t.is(again.mode, n1.mode);
  const applied = await again.drive.step({ op: 'apply', peers: [peerOf(h2, n2.publicKey)] });
  t.true(applied.ok, JSON.stringify(applied));
  await sleep(700);
  const attempts = await probe.stop();
  const failed = attempts.filter((a) => !a.ok);
  t.log(`${attempts.length} connects, ${failed.length} failed${failed.length ? `: ${JSON.stringify(failed.slice(0, 5))}` : ''}`);
  t.true(attempts.length >= 20, `the probe ran: ${attempts.length} connects`);
  const outage = longestOutage(attempts);
  t.log(`longest time without a connect going through: ${outage} ms`);
  t.true(outage <= 500, `longest outage ${outage} ms`);
  if (again.mode === 'wireguard-go') {
    t.is(serving.length, 1);
    t.deepEqual(await wireguardGoPids(dev1), serving, 'the same wireguard-go serves, never restarted');
  }
  t.is(await runTool('ip', ['-n', h1.ns, 'route', 'show', 'dev', dev1]), routes);
  t.deepEqual(again.drive.warnings, []);

  // Stopped without keep (no VM left): the adopted device and process go, and all that was theirs.
  const stopped = await again.drive.step({ op: 'stop' });
  t.true(stopped.ok, JSON.stringify(stopped));
  t.false(await linkExists(h1.ns, dev1));
  t.notRegex(await runTool('ip', ['-n', h1.ns, 'route', 'show']), /10\.213\.2\.0\/24/);
  t.deepEqual(await wireguardGoPids(dev1), []);
  t.false(await exists(`/var/run/wireguard/${dev1}.sock`));
  t.is(await request(h1.arrowNs, h2.arrow, 7000, 1_000) === `${h2.arrow} saw ${h1.arrow}`, false);
  t.deepEqual(again.drive.warnings, []);
});

test('a device of this node left with another key, or a TUN nobody serves, is made again rather than adopted', async (t) => {
  const topology = await createTopology();
  t.teardown(() => topology.destroy());
  const [h1] = topology.hosts;
  const dev1 = overlayName(h1.nodeId);
  const first = await driver(t, h1);
  t.true((await first.drive.step({ op: 'stop', keep: true })).ok);
  t.true(await first.drive.close());
  const left = await wireguardGoPids(dev1);

  // The data dir's key changed meanwhile (a restored backup, another node's data dir).
  const replacement = generateOverlayKeyPair();
  await writeFile(join(h1.dataDir, OVERLAY_KEY_FILE), `${replacement.privateKey}\n`, { mode: 0o600 });
  const second = await driver(t, h1);
  t.is(second.publicKey, replacement.publicKey);
  t.not(second.publicKey, first.publicKey);
  t.is((await execIn(h1.ns, systemTool('wg'), ['show', dev1, 'public-key'])).trim(), replacement.publicKey);
  t.regex(second.drive.warnings.join('\n'), new RegExp(`overlay device ${dev1} .* has another key`));
  if (second.mode === 'wireguard-go') {
    const now = await wireguardGoPids(dev1);
    t.is(now.length, 1);
    t.false(left.includes(now[0]!), 'the old wireguard-go is gone, a new one serves');
  }
  t.true((await second.drive.step({ op: 'stop' })).ok);
  t.true(await second.drive.close());

  // A TUN by the device's name that no wireguard-go serves.
  await runTool('ip', ['-n', h1.ns, 'tuntap', 'add', 'dev', dev1, 'mode', 'tun']);
  const third = await driver(t, h1);
  t.is((await execIn(h1.ns, systemTool('wg'), ['show', dev1, 'public-key'])).trim(), replacement.publicKey);
  if (third.mode === 'wireguard-go') {
    t.regex(third.drive.warnings.join('\n'), /served by 0 wireguard-go processes/);
    t.is((await wireguardGoPids(dev1)).length, 1);
  }
  t.true((await third.drive.step({ op: 'stop' })).ok);
  t.false(await linkExists(h1.ns, dev1));
  t.deepEqual(await wireguardGoPids(dev1), []);
  t.false(await exists(`/var/run/wireguard/${dev1}.sock`));
});
