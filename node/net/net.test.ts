import test from 'ava';
import { randomBytes } from 'node:crypto';
import { execa } from 'execa';
import { RulesetError, allocationOfAlias, bridgeName, isolationScript, MeshAdmission, meshPlan, rulesetScript, runTool, subnetOfAddress, systemTool, tableName, tapName } from './index.ts';
import { tapAlias } from './names.ts';

const DRIVE = new URL('./testing/drive.ts', import.meta.url).pathname;

test('names fit IFNAMSIZ, differ per owner, and aliases name their allocation', (t) => {
  for (const name of [bridgeName('n1'), tapName('n1', 'a'), tapName('n1', 'b')]) t.true(name.length <= 15, name);
  t.not(tapName('n1', 'a'), tapName('n2', 'a'));
  t.not(bridgeName('n1'), bridgeName('n2'));
  t.regex(tableName('n1'), /^arrow_[0-9a-f]{12}$/);
  t.is(allocationOfAlias('n1', tapAlias('n1', 'web-1')), 'web-1');
  t.is(allocationOfAlias('n2', tapAlias('n1', 'web-1')), undefined);
});

test('an Arrow address gives its /24 and the bridge address; garbage is refused', (t) => {
  t.deepEqual(subnetOfAddress('10.213.4.77'), { subnet: '10.213.4.0/24', gateway: '10.213.4.1' });
  t.throws(() => subnetOfAddress('10.213.4'), { message: /not IPv4/ });
});

const base = { table: 'arrow_0123456789ab', bridge: 'arb0123456789ab', overlay: 'arw0123456789ab', subnet: '10.213.0.0/24', range: '10.213.0.0/16', bindAddress: '0.0.0.0', leaseMs: 3_000 };

test('the ruleset is one nft transaction nft itself accepts, with a DNAT per published port', async (t) => {
  const script = rulesetScript({ ...base, ports: [
    { protocol: 'tcp', hostPort: 8080, address: '10.213.0.2', guestPort: 80 },
    { protocol: 'udp', hostPort: 5353, address: '10.213.0.3', guestPort: 53 },
  ] });
  t.regex(script, /add rule ip arrow_0123456789ab prerouting fib daddr type local tcp dport 8080 dnat to 10\.213\.0\.2:80/);
  t.regex(script, /add rule ip arrow_0123456789ab output .*udp dport 5353 dnat to 10\.213\.0\.3:53/);
  // Arrows on other nodes (through the overlay) see the Arrow's own address; the world sees the host's.
  t.regex(script, /add rule ip arrow_0123456789ab postrouting ip saddr 10\.213\.0\.0\/24 ip daddr != 10\.213\.0\.0\/16 masquerade/);
  // Other nodes' Arrows only through the overlay: without its routes, not by the default route.
  t.regex(script, /add rule ip arrow_0123456789ab forward_overlay ip daddr 10\.213\.0\.0\/16 ip daddr != 10\.213\.0\.0\/24 oifname != "arw0123456789ab" drop/);
  t.regex(script, /add rule ip arrow_0123456789ab output_overlay ip daddr 10\.213\.0\.0\/16 ip daddr != 10\.213\.0\.0\/24 oifname != "arw0123456789ab" drop/);
  t.regex(script, /flush set ip arrow_0123456789ab lease\nadd element ip arrow_0123456789ab lease \{ "arb0123456789ab" timeout 3000ms \}/);
  t.notRegex(rulesetScript({ ...base, leaseMs: undefined, ports: [] }), /lease \{ "/, 'without a lease of its own it leaves the kernel\'s');
  t.regex(rulesetScript({ ...base, leaseMs: Number.POSITIVE_INFINITY, ports: [] }), /lease \{ "arb0123456789ab" \}\n/, 'a lease without end has no timeout');
  // -c: parse and check against the kernel without committing anything.
  await t.notThrowsAsync(execa(systemTool('nft'), ['-c', '-f', '-'], { input: script, timeout: 10_000 }));
  const bound = rulesetScript({ ...base, bindAddress: '192.0.2.7', ports: [{ protocol: 'tcp', hostPort: 80, address: '10.213.0.2', guestPort: 80 }] });
  t.regex(bound, /ip daddr 192\.0\.2\.7 tcp dport 80 dnat/);
});

test('hostile ruleset input is refused, naming the field, before nft sees it', (t) => {
  const port = { protocol: 'tcp', hostPort: 80, address: '10.213.0.2', guestPort: 80 } as const;
  t.throws(() => rulesetScript({ ...base, table: 'x; flush ruleset', ports: [] }), { instanceOf: RulesetError, message: /table name/ });
  t.throws(() => rulesetScript({ ...base, bridge: 'br" accept', ports: [] }), { instanceOf: RulesetError, message: /bridge name/ });
  t.throws(() => rulesetScript({ ...base, overlay: 'wg0" accept', ports: [] }), { instanceOf: RulesetError, message: /overlay name/ });
  t.throws(() => rulesetScript({ ...base, subnet: '10.213.0.0', ports: [] }), { instanceOf: RulesetError, message: /subnet/ });
  t.throws(() => rulesetScript({ ...base, ports: [{ ...port, hostPort: 70_000 }] }), { instanceOf: RulesetError, message: /host port 70000/ });
  t.throws(() => rulesetScript({ ...base, ports: [{ ...port, address: '10.213.0.2 accept' }] }), { instanceOf: RulesetError, message: /Arrow address/ });
  t.throws(() => rulesetScript({ ...base, ports: [{ ...port, protocol: 'sctp' as 'tcp' }] }), { instanceOf: RulesetError, message: /protocol/ });
  t.throws(() => rulesetScript({ ...base, ports: [port, { ...port, address: '10.213.0.3' }] }), { instanceOf: RulesetError, message: /published twice/ });
});

test('a mesh port is DNAT to its replicas elsewhere, spread at random; one published here is served here', async (t) => {
  const mesh = [
    { protocol: 'tcp', hostPort: 8080, guestPort: 80, addresses: ['10.213.1.2', '10.213.2.7'] },
    { protocol: 'tcp', hostPort: 9090, guestPort: 90, addresses: ['10.213.1.3'] },
    { protocol: 'udp', hostPort: 5353, guestPort: 53, addresses: ['10.213.1.4'] },
  ] as const;
  const script = rulesetScript({ ...base, ports: [{ protocol: 'tcp', hostPort: 9090, address: '10.213.0.2', guestPort: 90 }], mesh });
  t.regex(script, /prerouting fib daddr type local tcp dport 8080 dnat to numgen random mod 2 map \{ 0 : 10\.213\.1\.2, 1 : 10\.213\.2\.7 \} : 80/);
  t.regex(script, /output fib daddr type local udp dport 5353 dnat to 10\.213\.1\.4:53/);
  t.regex(script, /prerouting .*tcp dport 9090 dnat to 10\.213\.0\.2:90\n/);
  t.notRegex(script, /10\.213\.1\.3/, 'the local replica wins over the mesh');
  // Clients from outside, and the host itself, reach other nodes' Arrows as this node's gateway.
  t.regex(script, /postrouting ip saddr != 10\.213\.0\.0\/24 ip daddr 10\.213\.0\.0\/16 ip daddr != 10\.213\.0\.0\/24 snat to 10\.213\.0\.1/);
  await t.notThrowsAsync(execa(systemTool('nft'), ['-c', '-f', '-'], { input: script, timeout: 10_000 }));
  const port = mesh[1];
  t.throws(() => rulesetScript({ ...base, ports: [], mesh: [{ ...port, addresses: [] }] }), { instanceOf: RulesetError, message: /0 addresses/ });
  t.throws(() => rulesetScript({ ...base, ports: [], mesh: [{ ...port, addresses: ['10.213.1.3}; accept'] }] }), { instanceOf: RulesetError, message: /Arrow address/ });
  t.throws(() => rulesetScript({ ...base, ports: [], mesh: [{ ...port, guestPort: 0 }] }), { instanceOf: RulesetError, message: /guest port 0/ });
  t.throws(() => rulesetScript({ ...base, ports: [], mesh: [{ ...port, addresses: Array.from({ length: 1_001 }, () => '10.213.1.3') }] }), { instanceOf: RulesetError, message: /1001 addresses/ });
});

test('the mesh forwards a static port of one running Arrow; two Arrows naming it contest it', (t) => {
  const web = { arrow: 'web', addresses: ['10.213.1.2'], staticPorts: [{ protocol: 'tcp', host: 8080, guest: 80 }] } as const;
  t.deepEqual(meshPlan([web]), { ports: [{ protocol: 'tcp', hostPort: 8080, guestPort: 80, addresses: ['10.213.1.2'] }], contested: [] });
  t.deepEqual(meshPlan([{ ...web, addresses: [] }]), { ports: [], contested: [] }, 'nothing running: nothing forwarded');
  const api = { arrow: 'api', addresses: ['10.213.2.2'], staticPorts: [{ protocol: 'tcp', host: 8080, guest: 81 }, { protocol: 'udp', host: 8080, guest: 53 }] } as const;
  t.deepEqual(meshPlan([web, api]), { ports: [{ protocol: 'udp', hostPort: 8080, guestPort: 53, addresses: ['10.213.2.2'] }], contested: ['tcp/8080 by api, web'] });
  t.deepEqual(meshPlan([web, { ...api, addresses: [] }]).contested, [], 'an Arrow with nothing running contests nothing');
});

test('a mesh port a host process listens on is not forwarded (DNAT would take it); one forwarded is not checked again', async (t) => {
  const admission = new MeshAdmission();
  const ssh = { protocol: 'tcp', hostPort: 22, guestPort: 22, addresses: ['10.213.1.2'] } as const;
  const web = { protocol: 'tcp', hostPort: 8080, guestPort: 80, addresses: ['10.213.1.3'] } as const;
  const listening = new Set([22]);
  const asked: number[] = [];
  const isFree = async (port: number) => { asked.push(port); return !listening.has(port); };
  t.deepEqual(await admission.admit([ssh, web], isFree), { ports: [web], refused: ['tcp/22'] });
  t.deepEqual(await admission.admit([ssh, web], isFree), { ports: [web], refused: [] }, 'reported once');
  t.deepEqual(asked, [22, 8080, 22]);
  listening.delete(22);
  listening.add(8080);
  t.deepEqual(await admission.admit([ssh, web], isFree), { ports: [ssh, web], refused: [] }, 'freed: forwarded; 8080 stays forwarded');
  t.deepEqual(await admission.admit([web], isFree), { ports: [web], refused: [] });
  t.deepEqual(await admission.admit([], isFree), { ports: [], refused: [] });
  t.deepEqual(await admission.admit([web], isFree), { ports: [], refused: ['tcp/8080'] }, 'left the mesh: checked again when it comes back');
});

interface StepResult { ok: boolean; value?: unknown; error?: string }

/** A fresh namespace for one test, removed in every outcome. */
async function namespace(t: { teardown(fn: () => Promise<void>): void }): Promise<{ ns: string; drive: (node: string, steps: unknown[]) => Promise<StepResult[]>; links: () => Promise<{ ifname: string; ifalias?: string; master?: string; mtu: number }[]>; table: (node: string) => Promise<string> }> {
  const ns = `arwnet-${randomBytes(4).toString('hex')}`;
  await runTool('ip', ['netns', 'add', ns]);
  t.teardown(async () => { await runTool('ip', ['netns', 'del', ns]); });
  await runTool('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
  return {
    ns,
    drive: async (node, steps) => {
      const result = await execa(systemTool('ip'), ['netns', 'exec', ns, process.execPath, DRIVE, node, '0.0.0.0', JSON.stringify(steps)], { timeout: 60_000 });
      return result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as StepResult);
    },
    links: async () => JSON.parse(await runTool('ip', ['-n', ns, '-j', '-d', 'link', 'show'])) as { ifname: string; ifalias?: string; master?: string; mtu: number }[],
    table: async (node) => (await execa(systemTool('ip'), ['netns', 'exec', ns, systemTool('nft'), 'list', 'table', 'ip', tableName(node)], { reject: false, timeout: 10_000 })).stdout,
  };
}

test('in a namespace: taps on the node bridge, ports published as DNAT, leftovers reconciled, teardown leaves nothing', async (t) => {
  const host = await namespace(t);
  const results = await host.drive('n1', [
    { op: 'attach', allocation: 'web-a', address: '10.213.7.2' },
    { op: 'attach', allocation: 'web-b', address: '10.213.7.3' },
    { op: 'publish', ports: [{ protocol: 'tcp', hostPort: 8080, address: '10.213.7.2', guestPort: 80 }] },
  ]);
  t.deepEqual(results.map((r) => r.ok), [true, true, true], JSON.stringify(results));
  t.deepEqual(results[0]!.value, { ifname: tapName('n1', 'web-a'), address: '10.213.7.2/24', gateway: '10.213.7.1', mtu: 1400, nameservers: ['10.213.7.1'] });
  const links = await host.links();
  const bridge = links.find((l) => l.ifname === bridgeName('n1'));
  t.truthy(bridge);
  for (const alloc of ['web-a', 'web-b']) {
    const tap = links.find((l) => l.ifname === tapName('n1', alloc));
    t.is(tap?.master, bridgeName('n1'));
    t.is(tap?.ifalias, tapAlias('n1', alloc));
    t.is(tap?.mtu, 1400);
  }
  const addrs = await runTool('ip', ['-n', host.ns, '-4', 'addr', 'show', 'dev', bridgeName('n1')]);
  t.regex(addrs, /inet 10\.213\.7\.1\/24/);
  t.regex(await host.table('n1'), /tcp dport 8080 dnat to 10\.213\.7\.2:80/);

  // A restarted arrowd that adopted only web-a: web-b's tap goes, web-a's stays; republishing
  // nothing empties the table; a second subnet for the node is refused.
  const later = await host.drive('n1', [
    { op: 'reconcile', keep: { 'web-a': '10.213.7.2' } },
    { op: 'attach', allocation: 'web-c', address: '10.213.9.2' },
  ]);
  t.deepEqual(later[0], { ok: true, value: ['web-b'] });
  t.false(later[1]!.ok);
  t.regex(later[1]!.error ?? '', /10\.213\.7\.0\/24.*10\.213\.9\.0\/24/);
  const names = (await host.links()).map((l) => l.ifname);
  t.true(names.includes(tapName('n1', 'web-a')));
  t.false(names.includes(tapName('n1', 'web-b')));

  const end = await host.drive('n1', [{ op: 'teardown' }]);
  t.true(end[0]!.ok, JSON.stringify(end));
  t.deepEqual((await host.links()).map((l) => l.ifname), ['lo']);
  t.is(await host.table('n1'), '');
});

test('in a namespace: a subnet already used on the host is refused, naming the interface; nothing is made', async (t) => {
  const host = await namespace(t);
  await runTool('ip', ['-n', host.ns, 'link', 'add', 'busy0', 'type', 'bridge']);
  await runTool('ip', ['-n', host.ns, 'addr', 'add', '10.213.7.200/24', 'dev', 'busy0']);
  const [result] = await host.drive('n1', [{ op: 'attach', allocation: 'web-a', address: '10.213.7.2' }]);
  t.false(result!.ok);
  t.regex(result!.error ?? '', /10\.213\.7\.0\/24 is already used on this host by busy0/);
  t.deepEqual((await host.links()).map((l) => l.ifname).sort(), ['busy0', 'lo']);
});

/** Runs `code` with node inside `ns`; resolves with its stdout. */
async function nodeIn(ns: string, code: string, timeoutMs = 20_000): Promise<string> {
  const result = await execa(systemTool('ip'), ['netns', 'exec', ns, process.execPath, '--input-type=module', '-e', code], { timeout: timeoutMs, reject: false });
  return result.stdout.trim();
}

const GET = (address: string, port: number) => `
import { connect } from 'node:net';
const s = connect({ host: '${address}', port: ${port} });
let got = '';
s.setTimeout(3000, () => { console.log('timeout'); process.exit(0); });
s.on('data', (d) => { got += d; });
s.on('end', () => { console.log(got); process.exit(0); });
s.on('error', (e) => { console.log(e.code); process.exit(0); });`;

test('in a namespace: a published port reaches the Arrow address while the lease holds, not after it lapsed, and again once renewed', async (t) => {
  const host = await namespace(t);
  // The "Arrow": another namespace on a veth enslaved to the node's bridge, serving TCP port 80.
  const guest = `${host.ns}-g`;
  await runTool('ip', ['netns', 'add', guest]);
  t.teardown(async () => { await runTool('ip', ['netns', 'del', guest]); });
  const [attached] = await host.drive('n1', [{ op: 'attach', allocation: 'web-a', address: '10.213.7.2' }]);
  t.true(attached!.ok, JSON.stringify(attached));
  await runTool('ip', ['-n', host.ns, 'link', 'add', 'vhost', 'type', 'veth', 'peer', 'name', 'vguest']);
  await runTool('ip', ['-n', host.ns, 'link', 'set', 'vguest', 'netns', guest]);
  await runTool('ip', ['-n', host.ns, 'link', 'set', 'vhost', 'master', bridgeName('n1'), 'up']);
  for (const args of [['addr', 'add', '10.213.7.2/24', 'dev', 'vguest'], ['link', 'set', 'vguest', 'up'], ['link', 'set', 'lo', 'up'], ['route', 'add', 'default', 'via', '10.213.7.1']]) {
    await runTool('ip', ['-n', guest, ...args]);
  }
  const server = execa(systemTool('ip'), ['netns', 'exec', guest, process.execPath, '--input-type=module', '-e',
    "import { createServer } from 'node:net'; createServer((s) => s.end('hello from the guest')).listen(80, () => console.log('up'));"], { reject: false });
  t.teardown(() => { server.kill('SIGKILL'); });
  await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));

  const port = [{ protocol: 'tcp', hostPort: 8080, address: '10.213.7.2', guestPort: 80 }];
  // Long enough that two more drive processes and three requests fit in it on a loaded machine.
  const LEASE_MS = 12_000;
  const held = await host.drive('n1', [{ op: 'reconcile', keep: { 'web-a': '10.213.7.2' } }, { op: 'publish', ports: port }, { op: 'hold', ms: LEASE_MS }]);
  t.true(held.every((r) => r.ok), JSON.stringify(held));
  const heldAt = Date.now();
  // Through the output-hook DNAT on 127.0.0.1 and on the host's own bridge address.
  t.is(await nodeIn(host.ns, GET('127.0.0.1', 8080)), 'hello from the guest');
  t.is(await nodeIn(host.ns, GET('10.213.7.1', 8080)), 'hello from the guest');
  // A restarted arrowd republishes before it holds a lease itself: the lease it inherits stays.
  const republished = await host.drive('n1', [{ op: 'reconcile', keep: { 'web-a': '10.213.7.2' } }, { op: 'publish', ports: port }]);
  t.true(republished.every((r) => r.ok), JSON.stringify(republished));
  t.is(await nodeIn(host.ns, GET('127.0.0.1', 8080)), 'hello from the guest');
  // No process renews it: the kernel lets the lease lapse on its own.
  await new Promise((r) => setTimeout(r, Math.max(0, heldAt + LEASE_MS + 500 - Date.now())));
  t.is(await nodeIn(host.ns, GET('127.0.0.1', 8080)), 'timeout', 'nothing reaches the Arrow once the lease lapsed');
  // A restarted arrowd that adopted the Arrow finds its bridge again and renews.
  const renewed = await host.drive('n1', [{ op: 'reconcile', keep: { 'web-a': '10.213.7.2' } }, { op: 'publish', ports: port }, { op: 'hold', ms: 10_000 }]);
  t.true(renewed.every((r) => r.ok), JSON.stringify(renewed));
  t.is(await nodeIn(host.ns, GET('127.0.0.1', 8080)), 'hello from the guest');
});

test('isolation: hostile input is refused before nft sees it; the script is one transaction nft accepts', async (t) => {
  const input = { table: 'arrow_0123456789ab', range: '10.213.0.0/16', gateways: ['10.213.0.1'], taps: ['art1'], networks: [{ name: 'red', addresses: ['10.213.0.2'] }] };
  await t.notThrowsAsync(execa(systemTool('nft'), ['-c', '-f', '-'], { input: isolationScript(input), timeout: 10_000 }));
  t.throws(() => isolationScript({ ...input, networks: [{ name: 'Red; drop', addresses: [] }] }), { instanceOf: RulesetError, message: /network name/ });
  t.throws(() => isolationScript({ ...input, networks: [{ name: 'red', addresses: ['10.213.0.2 } accept'] }] }), { instanceOf: RulesetError, message: /network red/ });
  t.throws(() => isolationScript({ ...input, taps: ['"x'] }), { instanceOf: RulesetError, message: /tap name/ });
  t.throws(() => isolationScript({ ...input, networks: [input.networks[0]!, input.networks[0]!] }), { instanceOf: RulesetError, message: /listed twice/ });
  t.throws(() => isolationScript({ ...input, range: '10.213.0.0' }), { instanceOf: RulesetError, message: /range/ });
});

test('in a namespace: Arrows reach each other only on one network, and always their gateway', async (t) => {
  const host = await namespace(t);
  const [first] = await host.drive('n1', [{ op: 'attach', allocation: 'first', address: '10.213.7.9' }]);
  t.true(first!.ok, JSON.stringify(first));
  // Three "Arrows": namespaces on veths whose host ends carry tap aliases, so the node counts them.
  const guests = { red1: '10.213.7.2', blue: '10.213.7.3', red2: '10.213.7.4' } as const;
  for (const [name, address] of Object.entries(guests)) {
    const ns = `${host.ns}-${name}`;
    await runTool('ip', ['netns', 'add', ns]);
    t.teardown(async () => { await runTool('ip', ['netns', 'del', ns]); });
    await runTool('ip', ['-n', host.ns, 'link', 'add', `v${name}`, 'type', 'veth', 'peer', 'name', 'eth0']);
    await runTool('ip', ['-n', host.ns, 'link', 'set', 'eth0', 'netns', ns]);
    await runTool('ip', ['-n', host.ns, 'link', 'set', `v${name}`, 'alias', tapAlias('n1', name), 'master', bridgeName('n1'), 'up']);
    for (const args of [['addr', 'add', `${address}/24`, 'dev', 'eth0'], ['link', 'set', 'eth0', 'up'], ['link', 'set', 'lo', 'up'], ['route', 'add', 'default', 'via', '10.213.7.1']]) {
      await runTool('ip', ['-n', ns, ...args]);
    }
    const server = execa(systemTool('ip'), ['netns', 'exec', ns, process.execPath, '--input-type=module', '-e',
      `import { createServer } from 'node:net'; createServer((s) => s.end('${name}')).listen(80, () => console.log('up'));`], { reject: false });
    t.teardown(() => { server.kill('SIGKILL'); });
    await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
  }
  const gateway = execa(systemTool('ip'), ['netns', 'exec', host.ns, process.execPath, '--input-type=module', '-e',
    "import { createServer } from 'node:net'; createServer((s) => s.end('gateway')).listen(80, '10.213.7.1', () => console.log('up'));"], { reject: false });
  t.teardown(() => { gateway.kill('SIGKILL'); });
  await new Promise<void>((resolve) => gateway.stdout!.once('data', () => resolve()));
  const keep = {
    first: { address: '10.213.7.9', network: 'default' }, red1: { address: guests.red1, network: 'red' },
    blue: { address: guests.blue, network: 'blue' }, red2: { address: guests.red2, network: 'red' },
  };
  const from = (name: keyof typeof guests, address: string) => nodeIn(`${host.ns}-${name}`, GET(address, 80));

  // Before any view of the cluster: this node's own Arrows are in their networks already.
  const [before] = await host.drive('n1', [{ op: 'reconcile', keep }, { op: 'hold', ms: 600_000 }]);
  t.true(before!.ok, JSON.stringify(before));
  t.is(await from('red1', guests.red2), 'red2', 'same network: reached');
  t.is(await from('red2', guests.red1), 'red1');
  t.is(await from('red1', guests.blue), 'timeout', 'another network: not reached');
  t.is(await from('blue', guests.red1), 'timeout');
  t.is(await from('blue', '10.213.7.1'), 'gateway', 'every Arrow reaches its gateway');

  // The cluster's view puts blue's address on red too (as if a red Arrow had it): then it may.
  const membership = { range: '10.213.0.0/16', gateways: ['10.213.7.1'], networks: [{ name: 'red', addresses: [guests.red1, guests.red2, guests.blue] }] };
  const [set] = await host.drive('n1', [{ op: 'reconcile', keep }, { op: 'networks', membership }]);
  t.true(set!.ok, JSON.stringify(set));
  t.is(await from('blue', guests.red1), 'red1', 'the view is applied');
  t.is(await from('red1', guests.red2), 'red2');
});
