import test from 'ava';
import { NotLeaderError as RaftNotLeaderError, RequestTimeoutError } from '../../raft/index.ts';
import fc from 'fast-check';
import { commandLimits, networkViewLimits } from '../cluster/index.ts';
import type { NetworkView } from '../cluster/index.ts';
import { arrow as wire } from '../proto/control.pb.js';
import { ControlDecodeError, ControlRefusedError, ControlUnavailableError, NotLeaderError, controlLimits, remoteControl, serveControl } from './index.ts';
import type { ControlApi } from './index.ts';

/** A remote ControlApi wired straight to serveControl over `handler`, as libp2p would carry it. */
function pair(handler: (caller: string) => Partial<ControlApi>): ControlApi {
  const serve = serveControl((caller) => handler(caller) as ControlApi);
  return remoteControl((request) => serve(request, 'peer-a', new AbortController().signal));
}

test('errors cross the wire as what the caller should do', async (t) => {
  const failWith = (error: Error) => pair(() => ({ heartbeat: async () => { throw error; } }));
  await t.throwsAsync(failWith(new ControlRefusedError('node x belongs to another peer')).heartbeat(['x']), { instanceOf: ControlRefusedError, message: /another peer/ });
  const redirected = await t.throwsAsync(failWith(new NotLeaderError('leader-1')).heartbeat(['x']), { instanceOf: NotLeaderError });
  t.is(redirected.leader, 'leader-1');
  const raftRedirect = await t.throwsAsync(failWith(new RaftNotLeaderError('')).heartbeat(['x']), { instanceOf: NotLeaderError });
  t.is(raftRedirect.leader, '');
  await t.throwsAsync(failWith(new RequestTimeoutError('proposal', 5000)).heartbeat(['x']), { instanceOf: ControlUnavailableError, message: /outcome|may or may not/ });
  await t.throwsAsync(failWith(new TypeError('a bug')).heartbeat(['x']), { instanceOf: ControlRefusedError, message: /a bug/ });
});

test('the caller is the authenticated peer; answers round-trip', async (t) => {
  let seen = '';
  const api = pair((caller) => ({
    heartbeat: async (nodes) => { seen = caller; return { ttlMs: 5000, intervalMs: 1666, unknown: [...nodes].slice(1), servers: [{ peerId: 'p', addrs: ['/ip4/1.2.3.4/tcp/1'], voter: true }], down: ['a'] }; },
  }));
  const reply = await api.heartbeat(['a', 'b']);
  t.is(seen, 'peer-a');
  t.deepEqual(reply, { ttlMs: 5000, intervalMs: 1666, unknown: ['b'], servers: [{ peerId: 'p', addrs: ['/ip4/1.2.3.4/tcp/1'], voter: true }], down: ['a'] });
});

test('garbage and unknown calls are refused answers, not crashes', async (t) => {
  const serve = serveControl(() => ({}) as ControlApi);
  const { arrow } = await import('../proto/control.pb.js');
  for (const bytes of [Uint8Array.of(0xff, 0xff, 0xff), new Uint8Array(0), arrow.control.Request.encode({ report: { command: Uint8Array.of(1, 2, 3) } }).finish()]) {
    const response = arrow.control.Response.decode(await serve(bytes, 'peer-a', new AbortController().signal));
    t.is(response.answer, 'error');
    t.true((response.error ?? '').length > 0);
  }
});

test('artifact and claim answers round-trip; an unknown artifact is undefined; long refs are refused unread', async (t) => {
  const asked: string[] = [];
  const location = {
    digest: `sha256:${'a'.repeat(64)}`, size: 5_000_000_000, manifestDigest: `sha256:${'b'.repeat(64)}`,
    holders: [{ node: 'n1', peerId: 'p1', addrs: ['/ip4/10.0.0.1/tcp/4001'] }, { node: 'n2', peerId: 'p2', addrs: [] }],
  };
  const api = pair((caller) => ({
    artifact: async (ref) => { asked.push(`${caller} ${ref}`); return ref === 'httpd:1' ? location : undefined; },
    claim: async (node, name, release) => ({ granted: !release, holder: release ? '' : node, leaseMs: release ? 0 : name.length }),
  }));
  t.deepEqual(await api.artifact('httpd:1'), location);
  t.is(await api.artifact(`sha256:${'c'.repeat(64)}`), undefined);
  t.deepEqual(asked, ['peer-a httpd:1', `peer-a sha256:${'c'.repeat(64)}`]);
  await t.throwsAsync(api.artifact('x'.repeat(301)), { instanceOf: ControlRefusedError, message: /limit 300/ });
  t.is(asked.length, 2, 'the handler never saw the oversized ref');
  t.deepEqual(await api.claim('n1', 'kernel-default:k', false), { granted: true, holder: 'n1', leaseMs: 16 });
  t.deepEqual(await api.claim('n1', 'kernel-default:k', true), { granted: false, holder: '', leaseMs: 0 });
});

test('a heartbeat carries how long a stopping node is away, bounded by the limit', async (t) => {
  const seen: (number | undefined)[] = [];
  const api = pair(() => ({ heartbeat: async (_nodes, awayMs) => { seen.push(awayMs); return { ttlMs: 1000, intervalMs: 300, unknown: [], servers: [] }; } }));
  await api.heartbeat(['x']);
  await api.heartbeat(['x'], 30_000);
  await api.heartbeat(['x'], 3_600_000);
  t.deepEqual(seen, [undefined, 30_000, controlLimits.maxAwayMs]);
});

const KEY = Buffer.alloc(32, 5).toString('base64');
const view: NetworkView = {
  index: 42,
  nodes: [
    { id: 'n0', subnet: '10.213.0.0/24', overlay: { publicKey: KEY, endpoint: '203.0.113.7:51820', mode: 'wireguard-go' }, status: 'ready' },
    { id: 'n1', subnet: '10.213.1.0/24', overlay: null, status: 'down' },
  ],
  services: [
    { arrow: 'api', network: 'default', addresses: [], staticPorts: [] },
    { arrow: 'web', network: 'shop', addresses: ['10.213.0.2', '10.213.1.2'], staticPorts: [{ protocol: 'tcp', host: 8080, guest: 80 }, { protocol: 'udp', host: 5353, guest: 53 }] },
  ],
};

test('a network view round-trips, any caller may ask, and the wait is bounded by the limit', async (t) => {
  const asked: [string, number, number][] = [];
  const api = pair((caller) => ({ networkView: async (since, waitMs) => { asked.push([caller, since, waitMs]); return view; } }));
  t.deepEqual(await api.networkView(7, 30_000), view);
  await api.networkView(42, 3_600_000);
  t.deepEqual(asked, [['peer-a', 7, 30_000], ['peer-a', 42, controlLimits.maxWatchMs]]);
});

test('a server sends at most the limits of a view, whatever its handler returned', async (t) => {
  const huge: NetworkView = {
    index: 1,
    nodes: Array.from({ length: networkViewLimits.nodes + 5 }, (_, i) => ({ id: `n${i}`, subnet: `10.213.${i % 256}.0/24`, overlay: null, status: 'ready' as const })),
    services: [{ arrow: 'web', network: 'default', addresses: Array.from({ length: networkViewLimits.addressesPerService + 7 }, (_, i) => `10.213.${i >> 8}.${i & 255}`), staticPorts: [] }],
  };
  const serve = serveControl(() => ({ networkView: async () => huge }) as unknown as ControlApi);
  const bytes = await serve(wire.control.Request.encode({ networkView: { sinceIndex: 0, waitMs: 0 } }).finish(), 'peer-a', new AbortController().signal);
  const answer = wire.control.Response.decode(bytes).networkView!;
  t.is(answer.nodes?.length, networkViewLimits.nodes);
  t.is(answer.services?.[0]?.addresses?.length, networkViewLimits.addressesPerService);
});

/** A remote ControlApi whose server answers `response` to everything, as a hostile or broken server would. */
const answering = (response: Uint8Array) => remoteControl(async () => response);
const viewAnswer = (v: object) => wire.control.Response.encode({ networkView: v }).finish();
const good = {
  index: 3,
  nodes: [{ id: 'n0', subnet: '10.213.0.0/24', status: 'ready', overlay: { publicKey: KEY, endpoint: '203.0.113.7:51820', mode: 'wireguard-go' } }],
  services: [{ arrow: 'web', network: 'default', addresses: ['10.213.0.2'], staticPorts: [{ protocol: 'tcp', host: 8080, guest: 80 }] }],
};

test('a network view answer is decoded strictly: garbage, oversized and malformed answers are refused whole', async (t) => {
  t.deepEqual(await answering(viewAnswer(good)).networkView(0, 0), {
    index: 3,
    nodes: [{ id: 'n0', subnet: '10.213.0.0/24', status: 'ready', overlay: { publicKey: KEY, endpoint: '203.0.113.7:51820', mode: 'wireguard-go' } }],
    services: [{ arrow: 'web', network: 'default', addresses: ['10.213.0.2'], staticPorts: [{ protocol: 'tcp', host: 8080, guest: 80 }] }],
  });
  await t.throwsAsync(answering(Uint8Array.of(0xff, 0xff, 0xff)).networkView(0, 0));
  await t.throwsAsync(answering(wire.control.Response.encode({ watch: { index: 1 } }).finish()).networkView(0, 0), { instanceOf: ControlDecodeError, message: /without a view/ });
  const refused = async (v: object, message: RegExp) => {
    await t.throwsAsync(answering(viewAnswer(v)).networkView(0, 0), { instanceOf: ControlDecodeError, message });
  };
  const node = good.nodes[0]!;
  const service = good.services[0]!;
  await refused({ ...good, nodes: Array.from({ length: 257 }, (_, i) => ({ ...node, id: `n${i}` })) }, /257 nodes, at most 256/);
  await refused({ ...good, services: Array.from({ length: 10_001 }, (_, i) => ({ ...service, arrow: `a${i}` })) }, /10001 services, at most 10000/);
  await refused({ ...good, services: [{ ...service, addresses: Array.from({ length: 1_001 }, () => '10.213.0.2') }] }, /addresses: 1001, at most 1000/);
  await refused({ ...good, nodes: [{ ...node, id: '' }] }, /nodes\.0\.id/);
  await refused({ ...good, nodes: [{ ...node, id: 'x'.repeat(257) }] }, /nodes\.0\.id/);
  await refused({ ...good, nodes: [node, node] }, /nodes\.1\.id: "n0" listed twice/);
  await refused({ ...good, nodes: [{ ...node, subnet: '192.168.0.0/24' }] }, /nodes\.0\.subnet/);
  await refused({ ...good, nodes: [{ ...node, subnet: '' }] }, /nodes\.0\.subnet/);
  await refused({ ...good, nodes: [{ ...node, status: 'up' }] }, /nodes\.0\.status: unknown status "up"/);
  await refused({ ...good, nodes: [{ ...node, overlay: { publicKey: 'short', endpoint: '203.0.113.7:51820', mode: 'wireguard-go' } }] }, /nodes\.0\.overlay\.publicKey/);
  await refused({ ...good, nodes: [{ ...node, overlay: { publicKey: KEY, endpoint: 'example.org:51820' } }] }, /nodes\.0\.overlay\.endpoint/);
  await refused({ ...good, services: [{ ...service, arrow: 'Web' }] }, /services\.0\.arrow: "Web" is not an Arrow name/);
  await refused({ ...good, services: [service, service] }, /services\.1\.arrow: "web" listed twice/);
  await refused({ ...good, services: [{ ...service, network: '' }] }, /services\.0\.network/);
  await refused({ ...good, services: [{ ...service, addresses: ['8.8.8.8'] }] }, /services\.0\.addresses\.0: "8\.8\.8\.8" is not an address of the Arrow range/);
  await refused({ ...good, services: [{ ...service, addresses: ['x'.repeat(10_000)] }] }, /services\.0\.addresses\.0/);
  const port = service.staticPorts[0]!;
  await refused({ ...good, services: [{ ...service, staticPorts: Array.from({ length: 65 }, (_, i) => ({ ...port, host: 1000 + i })) }] }, /staticPorts: 65, at most 64/);
  await refused({ ...good, services: [{ ...service, staticPorts: [{ ...port, protocol: 'sctp' }] }] }, /staticPorts\.0\.protocol: "sctp" is not tcp or udp/);
  await refused({ ...good, services: [{ ...service, staticPorts: [{ ...port, host: 0 }] }] }, /staticPorts\.0\.host: 0 is not a port/);
  await refused({ ...good, services: [{ ...service, staticPorts: [{ ...port, guest: 70_000 }] }] }, /staticPorts\.0\.guest: 70000 is not a port/);
  await refused({ ...good, services: [{ ...service, staticPorts: [port, { ...port, guest: 81 }] }] }, /staticPorts\.1: tcp\/8080 listed twice/);
});

test('a network view request the server does not understand is a refused answer, not a crash', async (t) => {
  // A call from a newer arrowd: a Request field this one does not know.
  const unknownCall = Uint8Array.of(0x4a, 0x00); // field 9, length-delimited, empty
  const serve = serveControl(() => ({ networkView: async () => view }) as unknown as ControlApi);
  const response = wire.control.Response.decode(await serve(unknownCall, 'peer-a', new AbortController().signal));
  t.is(response.answer, 'error');
  t.regex(response.error ?? '', /unknown control call/);
  // A handler that fails becomes an error answer too.
  const failing = pair(() => ({ networkView: async () => { throw new TypeError('a bug'); } }));
  await t.throwsAsync(failing.networkView(0, 0), { instanceOf: ControlRefusedError, message: /a bug/ });
});

const volumeView = {
  name: 'db', replicas: 3,
  primary: { node: 'n1', peerId: 'p1', addrs: ['/ip4/10.0.0.1/tcp/4001'] },
  replicaNodes: [{ node: 'n2', peerId: 'p2', addrs: [] }, { node: 'n3', peerId: 'p3', addrs: ['/ip4/10.0.0.3/tcp/4001'] }],
  holders: [{ node: 'n2', seq: 7, manifest: `sha256:${'e'.repeat(64)}`, createdMs: 1_700_000_000_000, logicalBytes: 5_000_000_000, reportedMs: 1_700_000_000_500 }],
};

test('a watch answer carries the node\'s volumes; one without (an older server) has none', async (t) => {
  const api = pair(() => ({ watch: async () => ({ index: 9, allocations: [], arrows: [], volumes: [volumeView, { ...volumeView, name: 'idle', primary: null, replicaNodes: [], holders: [] }] }) }));
  const reply = await api.watch('n1', 0, 0);
  t.deepEqual(reply.volumes, [volumeView, { ...volumeView, name: 'idle', primary: null, replicaNodes: [], holders: [] }]);
  const old = pair(() => ({ watch: async () => ({ index: 9, allocations: [], arrows: [] }) }));
  t.deepEqual((await old.watch('n1', 0, 0)).volumes, []);
});

test('volume views round-trip for any valid view', async (t) => {
  const id = fc.string({ minLength: 1, maxLength: 40 });
  const peer = fc.record({ node: id, peerId: id, addrs: fc.array(id, { maxLength: 3 }) });
  const count = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
  const view = fc.record({
    name: id, replicas: fc.integer({ min: 1, max: commandLimits.maxVolumeReplicas }), primary: fc.option(peer, { nil: null }),
    replicaNodes: fc.array(peer, { maxLength: 4 }),
    holders: fc.array(fc.record({ node: id, seq: count, manifest: fc.constant(`sha256:${'f'.repeat(64)}`), createdMs: count, logicalBytes: count, reportedMs: count }), { maxLength: 4 }),
  });
  await fc.assert(fc.asyncProperty(fc.uniqueArray(view, { selector: (v) => v.name, maxLength: 5 }), async (volumes) => {
    const reply = await pair(() => ({ watch: async () => ({ index: 1, allocations: [], arrows: [], volumes }) })).watch('n', 0, 0);
    t.deepEqual(reply.volumes, volumes);
  }), { numRuns: 100 });
});

test('a server sends at most the limits of its volumes, whatever its handler returned', async (t) => {
  const peer = volumeView.replicaNodes[0]!;
  const holder = volumeView.holders[0]!;
  const huge = {
    index: 1, allocations: [], arrows: [],
    volumes: Array.from({ length: controlLimits.maxWatchVolumes + 5 }, (_, i) => ({
      ...volumeView, name: `v${i}`, replicaNodes: Array.from({ length: 40 }, () => peer), holders: Array.from({ length: 100 }, () => holder),
    })),
  };
  const serve = serveControl(() => ({ watch: async () => huge }) as unknown as ControlApi);
  const bytes = await serve(wire.control.Request.encode({ watch: { node: 'n1', sinceIndex: 0, waitMs: 0 } }).finish(), 'peer-a', new AbortController().signal);
  const answer = wire.control.Response.decode(bytes).watch!;
  t.is(answer.volumes?.length, controlLimits.maxWatchVolumes);
  t.is(answer.volumes?.[0]?.replicaNodes?.length, commandLimits.maxVolumeReplicas);
  t.is(answer.volumes?.[0]?.holders?.length, controlLimits.maxVolumeHolders);
  // … so what it sends decodes.
  t.is((await remoteControl(async () => bytes).watch('n1', 0, 0)).volumes?.length, controlLimits.maxWatchVolumes);
});

test('a watch answer\'s volumes are decoded strictly: oversized and malformed ones are refused whole', async (t) => {
  const refused = async (v: object, message: RegExp) => {
    const bytes = wire.control.Response.encode({ watch: { index: 1, volumes: [v] } }).finish();
    await t.throwsAsync(answering(bytes).watch('n1', 0, 0), { instanceOf: ControlDecodeError, message });
  };
  const peer = volumeView.replicaNodes[0]!;
  const holder = volumeView.holders[0]!;
  await refused({ ...volumeView, name: '' }, /volumes\.0\.name/);
  await refused({ ...volumeView, name: 'x'.repeat(129) }, /volumes\.0\.name: expected 1 to 128/);
  await refused({ ...volumeView, replicas: 0 }, /volumes\.0\.replicas/);
  await refused({ ...volumeView, replicas: 17 }, /volumes\.0\.replicas: 17/);
  await refused({ ...volumeView, replicaNodes: Array.from({ length: 17 }, () => peer) }, /replicaNodes: 17, at most 16/);
  await refused({ ...volumeView, replicaNodes: [{ ...peer, node: '' }] }, /replicaNodes\.0\.node/);
  await refused({ ...volumeView, primary: { ...peer, peerId: 'x'.repeat(257) } }, /primary\.peerId/);
  await refused({ ...volumeView, primary: { ...peer, addrs: Array.from({ length: 33 }, () => '/ip4/1.2.3.4') } }, /primary\.addrs: 33, at most 32/);
  await refused({ ...volumeView, holders: Array.from({ length: 65 }, () => holder) }, /holders: 65, at most 64/);
  await refused({ ...volumeView, holders: [{ ...holder, manifest: 'sha256:abc' }] }, /holders\.0\.manifest/);
  await refused({ ...volumeView, holders: [{ ...holder, node: '' }] }, /holders\.0\.node/);
  await refused({ ...volumeView, holders: [{ ...holder, createdMs: -1 }] }, /holders\.0\.createdMs/);
  const twice = wire.control.Response.encode({ watch: { index: 1, volumes: [volumeView, volumeView] } }).finish();
  await t.throwsAsync(answering(twice).watch('n1', 0, 0), { instanceOf: ControlDecodeError, message: /volumes\.1\.name: "db" listed twice/ });
  const many = wire.control.Response.encode({ watch: { index: 1, volumes: Array.from({ length: controlLimits.maxWatchVolumes + 1 }, (_, i) => ({ name: `v${i}`, replicas: 1 })) } }).finish();
  await t.throwsAsync(answering(many).watch('n1', 0, 0), { instanceOf: ControlDecodeError, message: /4097 volumes, at most 4096/ });
});

test('a watch answer\'s peers round-trip, are cut to the limit when sent, and are decoded strictly', async (t) => {
  const peer = volumeView.replicaNodes[0]!;
  const reply = { index: 3, allocations: [], arrows: [], peers: [peer, { ...peer, node: 'n9', peerId: 'p9' }] };
  const serve = serveControl(() => ({ watch: async () => reply }) as unknown as ControlApi);
  const bytes = await serve(wire.control.Request.encode({ watch: { node: 'n1', sinceIndex: 0, waitMs: 0 } }).finish(), 'peer-a', new AbortController().signal);
  t.deepEqual((await remoteControl(async () => bytes).watch('n1', 0, 0)).peers, reply.peers);
  const refused = async (peers: object[], message: RegExp) => {
    const encoded = wire.control.Response.encode({ watch: { index: 1, peers } }).finish();
    await t.throwsAsync(answering(encoded).watch('n1', 0, 0), { instanceOf: ControlDecodeError, message });
  };
  await refused([{ ...peer, node: '' }], /malformed watch peers: peers\.0\.node/);
  await refused([{ ...peer, addrs: Array.from({ length: 33 }, () => '/ip4/1.2.3.4') }], /peers\.0\.addrs: 33, at most 32/);
  await refused([peer, peer], /peers\.1\.node: .* listed twice/);
  await refused(Array.from({ length: controlLimits.maxWatchPeers + 1 }, (_, i) => ({ ...peer, node: `n${i}` })), /4097 peers, at most 4096/);
});
