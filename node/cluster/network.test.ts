// The cluster-wide network view and node overlays: what the view shows, when its index moves,
// how overlays are checked and carried through the log and snapshots.
import test from 'ava';
import { arrow as pb } from '../proto/cluster.pb.js';
import {
  ClusterState, decodeCommand, parseIPv4, decodeSnapshot, encodeSnapshot, isLiveAllocation, networkView, networkViewLimits, overlayIssues, sameNetworkView, validateCommand,
} from './index.ts';
import type { AllocationRecord, CommandResult, NetworkView, NodeOverlay } from './index.ts';
import { definitionJson, Driver, registration, testOptions } from './testing.ts';

const ok = (result: CommandResult) => {
  if (!result.ok) throw new Error(result.error);
  return result;
};

const KEY_A = Buffer.alloc(32, 7).toString('base64');
const KEY_B = Buffer.alloc(32, 9).toString('base64');
const overlay = (publicKey = KEY_A, endpoint = '203.0.113.7:51820'): NodeOverlay => ({ publicKey, endpoint, mode: 'wireguard-go' });

const report = (d: Driver, a: AllocationRecord, status: AllocationRecord['status']) =>
  ok(d.apply({ type: 'update-allocations', updates: [{ node: a.node, id: a.id, generation: a.generation, status, detail: '', exitCode: null, restarts: 0, ports: [] }] }).result);

const live = (d: Driver, arrow: string) => d.state.allocationsOfArrow(arrow).filter(isLiveAllocation);

/** Two nodes (n0 with an overlay), Arrow web (2 replicas, network shop) placed and reported running. */
function runningCluster(): Driver {
  const d = new Driver();
  ok(d.applyEncoded({ type: 'register-node', node: registration('n0', { overlay: overlay() }) }).result);
  ok(d.applyEncoded({ type: 'register-node', node: registration('n1') }).result);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 2, cpu: 100, memory: 64, network: 'shop' }) }).result);
  ok(d.scheduleAll()!.result);
  for (const a of live(d, 'web')) report(d, a, 'running');
  return d;
}

test('the view lists nodes with their subnet, overlay and status, and each Arrow\'s running addresses', (t) => {
  const d = runningCluster();
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'api', replicas: 1, cpu: 100, memory: 64 }) }).result);
  ok(d.scheduleAll()!.result);
  const view = networkView(d.state);
  t.is(view.index, d.state.networkIndex);
  t.deepEqual(view.nodes, [
    { id: 'n0', subnet: '10.213.0.0/24', overlay: overlay(), status: 'ready' },
    { id: 'n1', subnet: '10.213.1.0/24', overlay: null, status: 'ready' },
  ]);
  const web = live(d, 'web').map((a) => a.address).sort();
  t.is(web.length, 2);
  t.deepEqual(view.services, [
    // api is pending: placed, with an address, but not reachable yet.
    { arrow: 'api', network: 'default', addresses: [], staticPorts: [] },
    { arrow: 'web', network: 'shop', addresses: web, staticPorts: [] },
  ]);
});

test('only live, running allocations are in the view; addresses sort numerically', (t) => {
  const d = new Driver();
  ok(d.apply({ type: 'register-node', node: registration('n0', { capacity: { cpu: 100_000, memory: 100_000 } }) }).result);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 12, cpu: 100, memory: 64 }) }).result);
  ok(d.scheduleAll()!.result);
  const all = live(d, 'web');
  for (const a of all) report(d, a, 'running');
  const addresses = networkView(d.state).services[0]!.addresses;
  t.is(addresses.length, 12);
  // 10.213.0.10 comes after 10.213.0.9, not before 10.213.0.2 as text would have it.
  t.deepEqual(addresses.slice(7, 10), ['10.213.0.9', '10.213.0.10', '10.213.0.11']);
  const failed = all.find((a) => a.address === '10.213.0.2')!;
  report(d, failed, 'failed');
  t.false(networkView(d.state).services[0]!.addresses.includes('10.213.0.2'));
  ok(d.apply({ type: 'stop-arrow', name: 'web' }).result);
  ok(d.scheduleAll()!.result);
  t.deepEqual(networkView(d.state).services, [{ arrow: 'web', network: 'default', addresses: [], staticPorts: [] }], 'asked to stop: no longer sent traffic');
});

test('the network index moves with what the view shows, and only then', (t) => {
  const d = runningCluster();
  const at = () => d.state.networkIndex;
  let before = at();
  const moved = (what: string) => { t.true(at() > before, `${what} moved the index`); t.is(at(), d.state.index); before = at(); };
  const still = (what: string) => t.is(at(), before, `${what} left the index alone`);

  ok(d.apply({ type: 'set-holders', changes: [{ node: 'n0', digest: `sha256:${'c'.repeat(64)}`, size: 1, manifestDigest: `sha256:${'d'.repeat(64)}`, held: true }] }).result);
  still('an artifact holder');
  ok(d.apply({ type: 'set-eligibility', node: 'n1', eligible: false }).result);
  still('eligibility');
  ok(d.apply({ type: 'register-node', node: registration('n0', { overlay: overlay(), version: 'newer' }) }).result);
  still('registering again unchanged');
  ok(d.apply({ type: 'register-node', node: registration('n0', { overlay: overlay(KEY_B) }) }).result);
  moved('a new overlay key');
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'api', replicas: 1, cpu: 100, memory: 64 }) }).result);
  moved('a new Arrow');
  ok(d.scheduleAll()!.result);
  const fresh = live(d, 'api')[0]!;
  still('a placement that is not running yet');
  report(d, fresh, 'starting');
  still('starting');
  report(d, fresh, 'running');
  moved('a replica running');
  ok(d.apply({ type: 'set-node-status', updates: [{ node: 'n1', status: 'down' }] }).result);
  moved('a node going down');
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 3, cpu: 100, memory: 64, network: 'lab' }) }).result);
  moved('another network');
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 3, cpu: 100, memory: 64, network: 'lab' }) }).result);
  still('a spec change on the same network');
  t.is(networkView(d.state).services.find((s) => s.arrow === 'web')?.network, 'lab');
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 3, cpu: 100, memory: 64, network: 'lab', hostPort: 8080 }) }).result);
  moved('a static host port');
  t.deepEqual(networkView(d.state).services.find((s) => s.arrow === 'web')?.staticPorts, [{ protocol: 'tcp', host: 8080, guest: 80 }]);
});

test('a restored state shows the same view, its index at the snapshot\'s (never earlier than the last change)', (t) => {
  const d = runningCluster();
  ok(d.apply({ type: 'set-eligibility', node: 'n1', eligible: false }).result);
  t.true(d.state.networkIndex < d.state.index);
  const restored = ClusterState.fromRecords(decodeSnapshot(encodeSnapshot(d.state.toRecords())), testOptions);
  const view = networkView(restored);
  t.is(view.index, d.state.index);
  t.true(sameNetworkView(view, networkView(d.state)));
  t.is(restored.networkOf('web'), 'shop');
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'web', replicas: 2, cpu: 100, memory: 64, network: 'shop', hostPort: 9090 }) }).result);
  const again = ClusterState.fromRecords(decodeSnapshot(encodeSnapshot(d.state.toRecords())), testOptions);
  t.deepEqual(again.staticPortsOf('web'), [{ protocol: 'tcp', host: 9090, guest: 80 }]);
});

test('sameNetworkView compares everything but the index', (t) => {
  const base: NetworkView = {
    index: 3,
    nodes: [{ id: 'n0', subnet: '10.213.0.0/24', overlay: overlay(), status: 'ready' }],
    services: [{ arrow: 'web', network: 'default', addresses: ['10.213.0.2'], staticPorts: [{ protocol: 'tcp', host: 8080, guest: 80 }] }],
  };
  t.true(sameNetworkView(base, { ...base, index: 9 }));
  t.false(sameNetworkView(base, { ...base, services: [{ ...base.services[0]!, staticPorts: [{ protocol: 'tcp', host: 8081, guest: 80 }] }] }));
  t.false(sameNetworkView(base, { ...base, services: [{ ...base.services[0]!, staticPorts: [] }] }));
  t.false(sameNetworkView(base, { ...base, nodes: [{ ...base.nodes[0]!, overlay: overlay(KEY_B) }] }));
  t.false(sameNetworkView(base, { ...base, nodes: [{ ...base.nodes[0]!, overlay: null }] }));
  t.false(sameNetworkView(base, { ...base, nodes: [{ ...base.nodes[0]!, status: 'down' }] }));
  t.false(sameNetworkView(base, { ...base, services: [{ ...base.services[0]!, addresses: ['10.213.0.3'] }] }));
  t.false(sameNetworkView(base, { ...base, services: [{ ...base.services[0]!, network: 'shop' }] }));
  t.false(sameNetworkView(base, { ...base, services: [] }));
});

test('the view is bounded: services past the cap by name, addresses past the cap, lowest kept', (t) => {
  t.deepEqual(networkViewLimits, { nodes: 256, services: 10_000, addressesPerService: 1_000, staticPortsPerService: 64, nodeIdBytes: 256, endpointBytes: 64 });
  const d = new Driver();
  for (let i = 0; i < 5; i++) ok(d.apply({ type: 'register-node', node: registration(`n${i}`, { capacity: { cpu: 1_000_000, memory: 1_000_000 } }) }).result);
  ok(d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'wide', replicas: 1_100, cpu: 1, memory: 1 }) }).result);
  ok(d.scheduleAll()!.result);
  const placed = live(d, 'wide');
  t.is(placed.length, 1_100);
  ok(d.apply({ type: 'update-allocations', updates: placed.map((a) => ({ node: a.node, id: a.id, generation: a.generation, status: 'running' as const, detail: '', exitCode: null, restarts: 0, ports: [] })) }).result);
  const addresses = networkView(d.state).services[0]!.addresses;
  t.is(addresses.length, networkViewLimits.addressesPerService);
  const lowest = placed.map((a) => a.address).sort((x, y) => parseIPv4(x) - parseIPv4(y)).slice(0, networkViewLimits.addressesPerService);
  t.deepEqual(addresses, lowest);
  t.is(addresses[0], '10.213.0.2');
});

test('overlays: shape and bounds are checked, naming the field', (t) => {
  t.deepEqual(overlayIssues('o', null), []);
  t.deepEqual(overlayIssues('o', overlay()), []);
  t.deepEqual(overlayIssues('o', overlay(KEY_A, '[2001:db8::7]:51820')), []);
  t.deepEqual(overlayIssues('o', 'x'), ['o: expected an overlay or null']);
  t.deepEqual(overlayIssues('o', overlay(KEY_A.slice(0, -2))), ['o.publicKey: expected a WireGuard public key (base64 of 32 bytes)']);
  t.deepEqual(overlayIssues('o', overlay(Buffer.alloc(33, 1).toString('base64'))), ['o.publicKey: expected a WireGuard public key (base64 of 32 bytes)']);
  // Not canonical: the last character carries bits a 32-byte key does not have.
  t.deepEqual(overlayIssues('o', overlay(`${KEY_A.slice(0, 42)}B=`)), ['o.publicKey: expected a WireGuard public key (base64 of 32 bytes)']);
  t.deepEqual(overlayIssues('o', overlay(Buffer.alloc(32).toString('base64'))), ['o.publicKey: the all-zero key is not a public key']);
  const endpoint = (e: string) => overlayIssues('o', overlay(KEY_A, e));
  t.deepEqual(endpoint('203.0.113.7'), ['o.endpoint: expected IP:PORT, such as 203.0.113.7:51820 or [2001:db8::7]:51820']);
  t.deepEqual(endpoint('node.example:51820'), ['o.endpoint: expected IP:PORT, such as 203.0.113.7:51820 or [2001:db8::7]:51820']);
  t.deepEqual(endpoint('203.0.113.07:51820'), ['o.endpoint: expected IP:PORT, such as 203.0.113.7:51820 or [2001:db8::7]:51820']);
  t.deepEqual(endpoint('2001:db8::7:51820'), ['o.endpoint: expected IP:PORT, such as 203.0.113.7:51820 or [2001:db8::7]:51820']);
  t.deepEqual(endpoint('[fe80::1%eth0]:51820'), ['o.endpoint: expected IP:PORT, such as 203.0.113.7:51820 or [2001:db8::7]:51820']);
  t.deepEqual(endpoint('203.0.113.7:0'), ['o.endpoint: port "0" is not a number from 1 to 65535']);
  t.deepEqual(endpoint('203.0.113.7:65536'), ['o.endpoint: port "65536" is not a number from 1 to 65535']);
  t.deepEqual(endpoint('0.0.0.0:51820'), ['o.endpoint: the unspecified address is not reachable']);
  t.deepEqual(endpoint('[::]:51820'), ['o.endpoint: the unspecified address is not reachable']);
  t.deepEqual(endpoint(`[${'1:'.repeat(40)}1]:1`), ['o.endpoint: longer than 64 characters']);
  t.throws(() => validateCommand({ type: 'register-node', node: registration('n0', { overlay: { publicKey: KEY_A, endpoint: '203.0.113.7:51820', mode: 'quantum' as 'kernel' } }) }), {
    message: /node\.overlay\.mode: expected kernel or wireguard-go/,
  });
  t.throws(() => validateCommand({ type: 'register-node', node: registration('n0', { overlay: { publicKey: 'k', endpoint: 'e', mode: 'wireguard-go' } }) }), {
    message: 'invalid register-node command: node.overlay.publicKey: expected a WireGuard public key (base64 of 32 bytes); node.overlay.endpoint: expected IP:PORT, such as 203.0.113.7:51820 or [2001:db8::7]:51820',
  });
  const d = new Driver();
  const refused = d.apply({ type: 'register-node', node: registration('n0', { overlay: overlay(KEY_A, 'x') }) }).result;
  t.false(refused.ok);
  t.is(d.state.node('n0'), undefined);
});

test('overlays go through the log and snapshots; records and registrations from before them read as none', (t) => {
  const d = runningCluster();
  t.deepEqual(d.state.node('n0')?.overlay, overlay());
  t.is(d.state.node('n1')?.overlay, null);
  t.deepEqual(decodeSnapshot(encodeSnapshot(d.state.toRecords())).nodes.map((n) => n.overlay), [overlay(), null]);
  // Encoded as an older arrowd did: no overlay field at all.
  const old = pb.cluster.Command.encode({ timeMs: 1, registerNode: { node: { id: 'n9', name: 'n9', peerId: 'p9', capacity: { cpu: 1, memory: 1 } } } }).finish();
  const command = decodeCommand(old).command;
  t.is(command.type === 'register-node' ? command.node.overlay : 'wrong command', null);
  const snapshot = pb.cluster.Snapshot.encode({ format: 1, index: 1, nodes: [{ id: 'n0', subnet: '10.213.0.0/24' }] }).finish();
  t.is(decodeSnapshot(snapshot).nodes[0]?.overlay, null);
  // A registration's overlay is checked where it is applied, whatever the bytes held.
  const bad = pb.cluster.Command.encode({ timeMs: 1, registerNode: { node: { id: 'n9', name: 'n9', peerId: 'p9', capacity: { cpu: 1, memory: 1 }, overlay: { publicKey: 'x', endpoint: '1.2.3.4:5', mode: 'wireguard-go' } } } }).finish();
  t.regex(String((d.applyBytes(bad).result as { error?: string }).error), /node\.overlay\.publicKey/);
});
