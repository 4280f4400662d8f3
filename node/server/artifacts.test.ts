// The tracker's side of the control protocol on a real one-member cluster: artifact lookups,
// kernel tags published by the nodes holding them, and build claims, through the wire format.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import type { NodeRegistration } from '../cluster/index.ts';
import { ControlRefusedError, controlLimits, remoteControl, serveControl } from '../control/index.ts';
import type { ControlApi } from '../control/index.ts';
import { arrow } from '../proto/control.pb.js';
import { CLAIM_LEASE_MS, ClaimTable, startTestServer } from './index.ts';

const digest = (c: string) => `sha256:${c.repeat(64)}`;
const registration = (id: string, peerId: string, addrs: string[] = [`/ip4/127.0.0.1/tcp/4001/p2p/${peerId}`]): NodeRegistration => ({
  id, name: id, peerId, addrs, capacity: { cpu: 1000, memory: 4096 }, labels: {}, kvm: false, role: 'client', version: 'test', overlay: null,
});

async function startServer(t: ExecutionContext, clock = { now: Date.now() }) {
  const { member, server } = await startTestServer(t, { ttlMs: 60_000, now: () => clock.now });
  const serve = serveControl(server.control);
  /** The ControlApi of `peerId` as libp2p would carry it: encoded, served, decoded. */
  const as = (peerId: string): ControlApi => remoteControl((request, { signal }) => serve(request, peerId, signal ?? new AbortController().signal));
  return { member, server, serve, as, clock };
}

test('artifact(): unknown digests and tags, holders with their addresses, down holders left out', async (t) => {
  const { member, as } = await startServer(t);
  const a = as('peer-a');
  const b = as('peer-b');
  await a.register(registration('a1', 'peer-a'));
  await b.register(registration('b1', 'peer-b', ['/ip4/10.0.0.2/tcp/4001', '/ip6/::1/tcp/4002']));
  const stranger = as('peer-x'); // any caller with the cluster key may ask
  t.is(await stranger.artifact(digest('a')), undefined);
  t.is(await stranger.artifact('httpd:1'), undefined);

  t.deepEqual(await a.report({ type: 'set-holders', changes: [{ node: 'a1', digest: digest('a'), size: 1234, manifestDigest: digest('d'), held: true }] }), []);
  t.deepEqual(await b.report({ type: 'set-holders', changes: [{ node: 'b1', digest: digest('a'), size: 1234, manifestDigest: digest('d'), held: true }] }), []);
  const found = await stranger.artifact(digest('a'));
  t.is(found?.digest, digest('a'));
  t.is(found?.size, 1234);
  t.is(found?.manifestDigest, digest('d'));
  t.deepEqual([...found!.holders].sort((x, y) => x.node.localeCompare(y.node)), [
    { node: 'a1', peerId: 'peer-a', addrs: ['/ip4/127.0.0.1/tcp/4001/p2p/peer-a'] },
    { node: 'b1', peerId: 'peer-b', addrs: ['/ip4/10.0.0.2/tcp/4001', '/ip6/::1/tcp/4002'] },
  ]);
  // The second holder's differing manifest digest was refused: the first one recorded stands.
  const forged = await b.report({ type: 'set-holders', changes: [{ node: 'b1', digest: digest('c'), size: 1, manifestDigest: digest('d'), held: true }] });
  t.deepEqual(forged, []);
  const refused = await a.report({ type: 'set-holders', changes: [{ node: 'a1', digest: digest('c'), size: 1, manifestDigest: digest('f'), held: true }] });
  t.regex(refused[0]?.reason ?? '', /differs from the one recorded at push/);
  t.deepEqual((await stranger.artifact(digest('c')))?.holders.map((h) => h.node), ['b1']);

  // A tag resolves to its artifact.
  t.true((await member.propose({ type: 'tag-artifact', name: 'httpd:1', digest: digest('a') })).ok);
  t.is((await stranger.artifact('httpd:1'))?.digest, digest('a'));
  // A node marked down is no use to a puller.
  t.true((await member.propose({ type: 'set-node-status', updates: [{ node: 'b1', status: 'down' }] })).ok);
  t.deepEqual((await stranger.artifact(digest('a')))?.holders.map((h) => h.node), ['a1']);
  t.deepEqual((await stranger.artifact(digest('c')))?.holders, [], 'known, but nobody up holds it');
});

test('artifact(): malformed and oversized references are refused; the server stays up', async (t) => {
  const { as, serve } = await startServer(t);
  const api = as('peer-a');
  for (const bad of ['', 'sha256:abc', 'SHA256:' + 'a'.repeat(64), 'no tag', 'Httpd:1', '../../etc/passwd', 'x'.repeat(5_000)]) {
    await t.throwsAsync(api.artifact(bad), { instanceOf: ControlRefusedError }, bad.slice(0, 20));
  }
  await t.throwsAsync(api.artifact('x'.repeat(controlLimits.maxRefBytes + 1)), { message: /limit 300/ });
  // A request that is not even a message, or an artifact call with a field of the wrong type.
  for (const bytes of [Uint8Array.of(0x32, 0x05, 0x0a, 0x10), Uint8Array.of(0x32, 0x02, 0x08, 0x01)]) {
    const response = arrow.control.Response.decode(await serve(bytes, 'peer-a', new AbortController().signal));
    t.is(response.answer, 'error');
  }
  t.is(await api.artifact(digest('e')), undefined, 'still answering');
});

test('kernel tags: only a holder publishes, only kernel-… names, never a removal, first build wins', async (t) => {
  const { member, as } = await startServer(t);
  const a = as('peer-a');
  const b = as('peer-b');
  await a.register(registration('a1', 'peer-a'));
  await b.register(registration('b1', 'peer-b'));
  const tag = `kernel-default:${'1'.repeat(64)}`;
  await t.throwsAsync(a.report({ type: 'tag-artifact', name: tag, digest: digest('a') }), { instanceOf: ControlRefusedError, message: /unknown artifact/ });
  await a.report({ type: 'set-holders', changes: [{ node: 'a1', digest: digest('a'), size: 10, manifestDigest: digest('d'), held: true }] });
  await t.throwsAsync(b.report({ type: 'tag-artifact', name: tag, digest: digest('a') }), { instanceOf: ControlRefusedError, message: /only a node holding/ });
  await t.throwsAsync(a.report({ type: 'tag-artifact', name: 'httpd:1', digest: digest('a') }), { instanceOf: ControlRefusedError, message: /only kernel template images/ });
  await t.throwsAsync(a.report({ type: 'tag-artifact', name: tag, digest: '' }), { instanceOf: ControlRefusedError, message: /do not remove/ });
  t.deepEqual(await a.report({ type: 'tag-artifact', name: tag, digest: digest('a') }), []);
  t.is(member.state.tag(tag)?.digest, digest('a'));
  t.deepEqual(await a.report({ type: 'tag-artifact', name: tag, digest: digest('a') }), [], 'again: unchanged');
  // Another node built the same template too: its image stays its own, the published one stands.
  await b.report({ type: 'set-holders', changes: [{ node: 'b1', digest: digest('b'), size: 11, manifestDigest: digest('9'), held: true }] });
  await t.throwsAsync(b.report({ type: 'tag-artifact', name: tag, digest: digest('b') }), { instanceOf: ControlRefusedError, message: /already names/ });
  // Once nobody holds the published image any more, a new one may take the tag.
  await a.report({ type: 'set-holders', changes: [{ node: 'a1', digest: digest('a'), size: 10, manifestDigest: digest('d'), held: false }] });
  t.deepEqual(await b.report({ type: 'tag-artifact', name: tag, digest: digest('b') }), []);
  t.is((await as('peer-x').artifact(tag))?.digest, digest('b'));
});

test('claims: one holder at a time, renewed by claiming again, released, taken over when expired or down', async (t) => {
  const { member, as, clock } = await startServer(t);
  const a = as('peer-a');
  const b = as('peer-b');
  await a.register(registration('a1', 'peer-a'));
  await b.register(registration('b1', 'peer-b'));
  const name = `kernel-default:${'2'.repeat(64)}`;
  t.deepEqual(await a.claim('a1', name, false), { granted: true, holder: 'a1', leaseMs: CLAIM_LEASE_MS });
  const refused = await b.claim('b1', name, false);
  t.false(refused.granted);
  t.is(refused.holder, 'a1');
  clock.now += CLAIM_LEASE_MS - 1_000;
  t.true((await a.claim('a1', name, false)).granted, 'a renewal');
  clock.now += CLAIM_LEASE_MS - 1_000;
  t.false((await b.claim('b1', name, false)).granted, 'renewed: still a1');
  t.deepEqual(await a.claim('a1', name, true), { granted: false, holder: '', leaseMs: 0 });
  t.true((await b.claim('b1', name, false)).granted, 'released: b1 takes it');
  clock.now += CLAIM_LEASE_MS + 1;
  t.true((await a.claim('a1', name, false)).granted, 'b1 stopped renewing: expired');
  t.true((await member.propose({ type: 'set-node-status', updates: [{ node: 'a1', status: 'down' }] })).ok);
  t.true((await b.claim('b1', name, false)).granted, 'a1 is down');
  t.deepEqual(await a.claim('a1', name, true), { granted: false, holder: 'b1', leaseMs: CLAIM_LEASE_MS }, 'releasing what another holds changes nothing');
  // Only for one's own node, and only names of the NAME:TAG form.
  await t.throwsAsync(as('peer-x').claim('a1', name, false), { instanceOf: ControlRefusedError, message: /another peer/ });
  await t.throwsAsync(b.claim('b1', 'not a name', false), { instanceOf: ControlRefusedError, message: /NAME:TAG/ });
  await t.throwsAsync(b.claim('b1', 'x'.repeat(10_000), false), { instanceOf: ControlRefusedError });
});

test('the claim table refuses new claims rather than grow without bound', (t) => {
  const table = new ClaimTable(1_000);
  const up = () => false;
  for (let i = 0; i < 4_096; i++) table.claim(`k:${i}`, 'n', 0, up);
  t.throws(() => table.claim('k:new', 'n', 500, up), { message: /too many claims/ });
  t.true(table.claim('k:1', 'n', 500, up).granted, 'a renewal still works');
  t.true(table.claim('k:new', 'n', 1_001, up).granted, 'once leases expired they are swept');
});
