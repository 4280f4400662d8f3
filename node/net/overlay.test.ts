import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OVERLAY_KEY_FILE, OverlayConfigError, generateOverlayKeyPair, overlayConfig, overlayName, overlayPublicKey, runTool, systemTool } from './index.ts';
import type { OverlayPeer } from './index.ts';
import { OverlayDriver, createTopology, peerOf, request, startServer, watchUnderlay, wireguardGoPids, type OverlayHost } from './testing/overlay-topology.ts';

const self = generateOverlayKeyPair();
const other = generateOverlayKeyPair();
const third = generateOverlayKeyPair();
const peer2: OverlayPeer = { nodeId: 'n2', publicKey: other.publicKey, endpoint: '192.0.2.2:51820', subnet: '10.213.2.0/24' };
const peer3: OverlayPeer = { nodeId: 'n3', publicKey: third.publicKey, endpoint: '[2001:db8::3]:51821', subnet: '10.213.3.0/24' };
const input = { nodeId: 'n1', privateKey: self.privateKey, listenPort: 51820 };

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

/** Starts a driver for `host` and checks its answer; killed in every outcome. */
async function driver(t: { teardown(fn: () => Promise<void>): void; true(v: boolean, m?: string): void }, host: OverlayHost): Promise<{ drive: OverlayDriver; publicKey: string; mode: string }> {
  const drive = new OverlayDriver(host);
  t.teardown(() => drive.kill());
  const started = await drive.step({ op: 'start' });
  t.true(started.ok, JSON.stringify(started));
  const value = started.value as { publicKey: string; mode: string };
  return { drive, ...value };
}

test('two nodes in namespaces: Arrows reach each other over the overlay only, a wrong key gets nothing, a restart or a dead wireguard-go recovers, stop leaves nothing', async (t) => {
  const topology = await createTopology();
  t.teardown(() => topology.destroy());
  const [h1, h2] = topology.hosts;
  const n1 = await driver(t, h1);
  const n2 = await driver(t, h2);
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
  for (const [drive, peer] of [[n1.drive, peerOf(h2, n2.publicKey)], [n2.drive, peerOf(h1, n1.publicKey)]] as const) {
    const applied = await drive.step({ op: 'apply', peers: [peer] });
    t.true(applied.ok, JSON.stringify(applied));
  }
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

  // arrowd on node 1 crashes (SIGKILL) and starts again: same key from the data dir, the device
  // found by its alias and made again (a leftover wireguard-go is not its child), traffic flows.
  const before = await wireguardGoPids(dev1);
  await n1.drive.kill();
  const again = await driver(t, h1);
  t.is(again.publicKey, n1.publicKey);
  const reapplied = await again.drive.step({ op: 'apply', peers: [peerOf(h2, n2.publicKey)] });
  t.true(reapplied.ok, JSON.stringify(reapplied));
  t.is(await request(h1.arrowNs, h2.arrow, 7000), `${h2.arrow} saw ${h1.arrow}`);
  if (again.mode === 'wireguard-go') {
    const after = await wireguardGoPids(dev1);
    t.is(after.length, 1, `one wireguard-go for ${dev1}: ${JSON.stringify({ before, after })}`);
    t.false(before.includes(after[0]!), 'the orphan went with its device');
  }

  if (again.mode === 'wireguard-go') {
    // Its wireguard-go dies: the exit is reported, and the next apply makes the device again.
    for (const pid of await wireguardGoPids(dev1)) process.kill(pid, 'SIGKILL');
    const deadline = Date.now() + 5_000;
    while (!again.drive.warnings.some((w) => /exited/.test(w)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
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
