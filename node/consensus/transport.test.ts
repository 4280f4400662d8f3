import test from 'ava';
import fc from 'fast-check';
import type { Stream } from '@libp2p/interface';
import { EntryType, MessageType, encodeMessage } from '../../raft/index.ts';
import type { Entry, Message } from '../../raft/index.ts';
import { encodeFrames, testHosts, writeVarint } from '../../p2p/index.ts';
import type { ArrowLibp2p, TestHosts } from '../../p2p/index.ts';
import { Libp2pTransport, RAFT_PROTOCOL, RAFT_SNAPSHOT_PROTOCOL } from './index.ts';
import type { Libp2pTransportOptions } from './index.ts';
import { encodedEntryBound, splitProposal } from './split.ts';
import { DropCounts, inbox, raftMessage, until } from './testing.ts';

interface Node {
  host: ArrowLibp2p;
  transport: Libp2pTransport;
  id: string;
  drops: DropCounts;
  admitted: Set<string>;
  unreachable: string[];
  snapshotStatus: boolean[];
  address: string;
}

/** Transports on real hosts, each admitting the others (tests change `admitted` to refuse). */
async function nodes(t: { teardown(fn: () => Promise<void>): void; log(...values: unknown[]): void }, count: number, options: Partial<Libp2pTransportOptions> = {}): Promise<{ hosts: TestHosts; all: Node[] }> {
  const hosts = await testHosts();
  const all: Node[] = [];
  t.teardown(async () => {
    await Promise.allSettled(all.map((n) => n.transport.close()));
    await hosts.stopAll();
  });
  for (let i = 0; i < count; i++) {
    const host = await hosts.start();
    const admitted = new Set<string>();
    const drops = new DropCounts();
    const transport = new Libp2pTransport({ host, isAdmitted: (peer) => admitted.has(peer), metrics: drops, onError: (e, context) => t.log(`node ${i}: ${context}: ${e.message}`), ...options });
    const node: Node = { host, transport, id: transport.id, drops, admitted, unreachable: [], snapshotStatus: [], address: host.getMultiaddrs()[0]!.toString() };
    transport.onUnreachable((peer) => node.unreachable.push(peer));
    transport.onSnapshotStatus((_peer, ok) => node.snapshotStatus.push(ok));
    await transport.start();
    all.push(node);
  }
  for (const a of all) {
    for (const b of all) {
      if (a === b) continue;
      a.admitted.add(b.id);
      a.transport.setPeer(b.id, b.address);
    }
  }
  // Connected up front: on a busy machine a first handshake can take seconds, and a message sent
  // meanwhile may be dropped (Raft would resend it; these tests send each message once).
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) await a.host.dial(b.host.getMultiaddrs()[0]!, { signal: AbortSignal.timeout(20_000) });
  }
  return { hosts, all };
}

const entry = (index: number, bytes: number): Entry => ({ term: 3, index, type: EntryType.NORMAL, data: new Uint8Array(bytes).fill(index % 251) });

/** A raw stream from `from` to `to` on `protocol`, for sending what a transport never would. */
function raw(from: ArrowLibp2p, to: Node, protocol = RAFT_PROTOCOL): Promise<Stream> {
  return from.dialProtocol(to.host.getMultiaddrs()[0]!, protocol, { signal: AbortSignal.timeout(5_000) });
}

/** Resolves with the error a stream closed with (undefined: closed cleanly). */
function closed(stream: Stream, timeoutMs = 5_000): Promise<Error | undefined> {
  if (stream.status !== 'open' && stream.status !== 'closing') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stream still open after ${timeoutMs} ms`)), timeoutMs);
    stream.addEventListener('close', (event) => { clearTimeout(timer); resolve(event.error); }, { once: true });
  });
}

test('messages flow both ways between two hosts, in order, from the authenticated sender', async (t) => {
  const { all: [a, b] } = await nodes(t, 2);
  const toB = inbox(b!.transport);
  const toA = inbox(a!.transport);
  for (let i = 0; i < 500; i++) a!.transport.send([raftMessage(a!.id, b!.id, { index: i, entries: [entry(i + 1, 100)] })]);
  await toB.waitFor(500);
  // b answers over the connection a opened rather than dialling one of its own.
  b!.transport.send(Array.from({ length: 50 }, (_, i) => raftMessage(b!.id, a!.id, { type: MessageType.APP_RESP, index: i })));
  await toA.waitFor(50);
  t.deepEqual(toB.got.map((m) => m.index), Array.from({ length: 500 }, (_, i) => i));
  t.true(toB.got.every((m) => m.from === a!.id && m.to === b!.id && m.entries[0]!.data.length === 100));
  t.deepEqual(toA.got.map((m) => m.index), Array.from({ length: 50 }, (_, i) => i));
  // One connection between them, one long-lived stream each way.
  t.is(a!.host.getConnections(b!.host.peerId).length, 1);
  t.is(a!.drops.total() + b!.drops.total(), 0);
  t.deepEqual(a!.unreachable, []);
});

test('three hosts exchange messages with each other; a member with no address set is reached by its peer ID', async (t) => {
  const { all } = await nodes(t, 3);
  const inboxes = all.map((n) => inbox(n.transport));
  for (const from of all) {
    for (const to of all) if (from !== to) from.transport.send(Array.from({ length: 20 }, (_, i) => raftMessage(from.id, to.id, { type: MessageType.HEARTBEAT, commit: i })));
  }
  for (const box of inboxes) await box.waitFor(40);
  for (const [i, box] of inboxes.entries()) {
    const senders = new Set(box.got.map((m) => m.from));
    t.deepEqual([...senders].sort(), all.filter((_, j) => j !== i).map((n) => n.id).sort());
  }
  // c forgets a's address; the connection a and c share (and the peer store) still reach it.
  const [a, , c] = all;
  c!.transport.setPeer(a!.id, undefined);
  const before = inboxes[0]!.got.length;
  c!.transport.send([raftMessage(c!.id, a!.id, { type: MessageType.HEARTBEAT })]);
  await inboxes[0]!.waitFor(before + 1);
  t.is(inboxes[0]!.got.at(-1)!.from, c!.id);
});

test('a peer that is not admitted is reset before anything is read, counted, and heard once admitted', async (t) => {
  const { all: [a, b] } = await nodes(t, 2, { initialBackoffMs: 20, maxBackoffMs: 100 });
  b!.admitted.delete(a!.id);
  const toB = inbox(b!.transport);
  a!.transport.send([raftMessage(a!.id, b!.id, { type: MessageType.VOTE, term: 99 })]);
  await until('b refuses a', () => b!.drops.get('not-member') >= 1);
  await until('a learns b is unreachable', () => a!.unreachable.includes(b!.id));
  t.deepEqual(toB.got, []);
  b!.admitted.add(a!.id);
  // Raft would resend on its own schedule; emulate it until one gets through.
  await until('b hears a once admitted', () => {
    a!.transport.send([raftMessage(a!.id, b!.id, { type: MessageType.HEARTBEAT })]);
    return toB.got.length > 0;
  });
  t.is(toB.got[0]!.from, a!.id);
});

test('hostile frames from an admitted peer are each counted by reason and reset only their stream', async (t) => {
  const { all: [a, b] } = await nodes(t, 2);
  const toB = inbox(b!.transport);
  const oversized: number[] = [];
  writeVarint(100 * 1024 * 1024, oversized);
  const cases: { reason: string; bytes: Uint8Array; protocol?: string }[] = [
    { reason: 'spoofed-from', bytes: encodeFrames([encodeMessage(raftMessage('12D3KooWSomeoneElse', b!.id, { type: MessageType.VOTE, term: 50 }))]) },
    { reason: 'wrong-recipient', bytes: encodeFrames([encodeMessage(raftMessage(a!.id, '12D3KooWSomeoneElse', { type: MessageType.VOTE, term: 50 }))]) },
    { reason: 'malformed', bytes: encodeFrames([Uint8Array.of(0xff, 0xff, 0xff, 0x07)]) },
    { reason: 'malformed', bytes: encodeFrames([encodeMessage(raftMessage(a!.id, b!.id, { type: MessageType.HUP }))]) }, // a local type
    { reason: 'malformed', bytes: encodeFrames([encodeMessage(raftMessage(a!.id, b!.id, { type: 99 as MessageType }))]) }, // no type at all
    { reason: 'malformed', bytes: Uint8Array.from(Array(12).fill(0xff)) },
    { reason: 'oversized', bytes: Uint8Array.from(oversized) },
    { reason: 'unexpected-type', bytes: encodeFrames([encodeMessage(raftMessage(a!.id, b!.id, { type: MessageType.SNAP }))]) },
    { reason: 'unexpected-type', bytes: encodeFrames([encodeMessage(raftMessage(a!.id, b!.id, { type: MessageType.APP }))]), protocol: RAFT_SNAPSHOT_PROTOCOL },
  ];
  // a's own transport keeps a stream to b open throughout: hostile streams must not touch it.
  a!.transport.send([raftMessage(a!.id, b!.id, { index: 1 })]);
  await toB.waitFor(1);
  for (const c of cases) {
    const before = b!.drops.get(c.reason as never);
    const stream = await raw(a!.host, b!, c.protocol);
    // A good frame first on the message stream: it is delivered, then the bad one resets the stream.
    const good = c.protocol ? new Uint8Array(0) : encodeFrames([encodeMessage(raftMessage(a!.id, b!.id, { index: 1000 }))]);
    const delivered = toB.got.length;
    stream.send(Uint8Array.from([...good, ...c.bytes]));
    t.truthy(await closed(stream), `${c.reason}: stream reset`);
    await until(`${c.reason} counted`, () => b!.drops.get(c.reason as never) === before + 1);
    if (!c.protocol) await until('the good frame before it delivered', () => toB.got.length === delivered + 1);
  }
  t.true(toB.got.every((m) => m.from === a!.id && m.to === b!.id && m.type === MessageType.APP));
  // The transport's own stream was untouched and b is still fine.
  const count = toB.got.length;
  a!.transport.send([raftMessage(a!.id, b!.id, { index: 2 })]);
  await toB.waitFor(count + 1);
  t.deepEqual(a!.unreachable, []);
});

test('an inbound stream that sends nothing is reset at the idle timeout, and the sender reopens on its next message', async (t) => {
  const { all: [a, b] } = await nodes(t, 2, { idleTimeoutMs: 1_000 });
  const toB = inbox(b!.transport);
  const started = performance.now();
  const stream = await raw(a!.host, b!);
  t.truthy(await closed(stream));
  const elapsed = performance.now() - started;
  t.true(elapsed >= 950 && elapsed < 5_000, `reset after ${elapsed} ms`);
  a!.transport.send([raftMessage(a!.id, b!.id, { index: 1 })]);
  await toB.waitFor(1);
  await new Promise((r) => setTimeout(r, 1_500)); // b drops the idle stream from a's transport too
  a!.transport.send([raftMessage(a!.id, b!.id, { index: 2 })]);
  await toB.waitFor(2);
  t.deepEqual(toB.got.map((m) => m.index), [1, 2]);
});

test('a peer that stops reading fills its queue: drops are counted, the write times out, other peers are unaffected', async (t) => {
  const { hosts, all: [a, c] } = await nodes(t, 2, { maxQueueMessages: 16, writeTimeoutMs: 500, maxBackoffMs: 200 });
  // "b" is a member whose host takes the raft stream and never reads it (yamux stops granting window).
  const stuck = await hosts.start();
  const paused: Stream[] = [];
  await stuck.handle(RAFT_PROTOCOL, (stream) => { stream.pause(); paused.push(stream); });
  const b = stuck.peerId.toString();
  a!.transport.setPeer(b, stuck.getMultiaddrs()[0]!.toString());
  const toC = inbox(c!.transport);
  const big = (i: number) => raftMessage(a!.id, b, { index: i, entries: [entry(i, 256 * 1024)] });
  let sent = 0;
  await until('queue-full drops', () => {
    // As a leader would: keep sending, one batch per event-loop turn.
    a!.transport.send([big(sent), raftMessage(a!.id, c!.id, { index: sent })]);
    sent++;
    return a!.drops.get('queue-full') > 0;
  });
  t.true(a!.unreachable.includes(b));
  await until('the stuck stream given up', () => a!.drops.get('write-timeout') > 0, 5_000);
  t.true(paused.length >= 1);
  await toC.waitFor(sent);
  t.deepEqual(toC.got.map((m) => m.index), Array.from({ length: sent }, (_, i) => i));
  t.false(a!.unreachable.includes(c!.id));
});

test('a snapshot larger than the frame limit travels on its own stream and is reported; an unreachable one fails', async (t) => {
  const { hosts, all: [a, b] } = await nodes(t, 2, { maxFrameBytes: 1024 * 1024 });
  const toB = inbox(b!.transport);
  const data = new Uint8Array(6 * 1024 * 1024).map((_, i) => i % 253);
  a!.transport.send([raftMessage(a!.id, b!.id, { type: MessageType.SNAP, snapshot: { metadata: { index: 40, term: 3, confState: { voters: [a!.id, b!.id], learners: [] } }, data } })]);
  await toB.waitFor(1);
  await until('snapshot status', () => a!.snapshotStatus.length === 1);
  t.deepEqual(a!.snapshotStatus, [true]);
  const got = toB.got[0]!;
  t.is(got.type, MessageType.SNAP);
  t.is(got.snapshot?.metadata.index, 40);
  t.true(Buffer.from(got.snapshot!.data).equals(Buffer.from(data)));
  // A peer that is gone: the snapshot fails, and Raft hears it.
  const gone = await hosts.start();
  const goneId = gone.peerId.toString();
  a!.transport.setPeer(goneId, gone.getMultiaddrs()[0]!.toString());
  await gone.stop();
  a!.transport.send([raftMessage(a!.id, goneId, { type: MessageType.SNAP, snapshot: { metadata: { index: 40, term: 3, confState: { voters: [], learners: [] } }, data: new Uint8Array(10) } })]);
  await until('failed snapshot status', () => a!.snapshotStatus.length === 2);
  t.deepEqual(a!.snapshotStatus, [true, false]);
  t.true(a!.unreachable.includes(goneId));
});

test('a batch of forwarded proposals above the frame limit arrives as several PROP messages, in order', async (t) => {
  const { all: [a, b] } = await nodes(t, 2, { maxFrameBytes: 1024 * 1024 });
  const toB = inbox(b!.transport);
  const entries = Array.from({ length: 10 }, (_, i) => ({ ...entry(0, 300 * 1024), data: new Uint8Array(300 * 1024).fill(i) }));
  a!.transport.send([raftMessage(a!.id, b!.id, { type: MessageType.PROP, term: 0, entries })]);
  // A single entry above the limit cannot be split: dropped and counted.
  a!.transport.send([raftMessage(a!.id, b!.id, { type: MessageType.PROP, entries: [entry(0, 2 * 1024 * 1024)] })]);
  t.is(a!.drops.get('too-large'), 1);
  await until('all parts', () => toB.got.reduce((n, m) => n + m.entries.length, 0) === 10);
  t.true(toB.got.length >= 3);
  t.true(toB.got.every((m) => m.type === MessageType.PROP));
  t.deepEqual(toB.got.flatMap((m) => m.entries.map((e) => e.data[0])), Array.from({ length: 10 }, (_, i) => i));
});

test('splitProposal keeps every entry in order and each part within its bound, and touches nothing else', (t) => {
  t.notThrows(() => fc.assert(fc.property(fc.array(fc.nat({ max: 5_000 }), { maxLength: 40 }), fc.integer({ min: 64, max: 20_000 }), (sizes, maxBytes) => {
    const message = raftMessage('a', 'b', { type: MessageType.PROP, entries: sizes.map((n, i) => entry(i, n)) });
    const parts = splitProposal(message, maxBytes);
    if (parts.flatMap((p) => p.entries).length !== sizes.length) return false;
    if (!parts.flatMap((p) => p.entries).every((e, i) => e === message.entries[i])) return false;
    for (const part of parts) {
      const bound = part.entries.reduce((n, e) => n + encodedEntryBound(e), 0);
      if (part.entries.length > 1 && bound > maxBytes) return false;
      // The bound is an upper bound of the entries' share of the encoding.
      const header = encodeMessage({ ...part, entries: [] }).length;
      if (encodeMessage(part).length > header + bound) return false;
    }
    return sizes.length < 2 || parts.every((p) => p.entries.length > 0);
  })));
  const append: Message = raftMessage('a', 'b', { entries: [entry(1, 10), entry(2, 10)] });
  t.deepEqual(splitProposal(append, 1), [append]);
});

test('a host without the cluster key cannot connect at all', async (t) => {
  const { hosts, all: [b] } = await nodes(t, 1);
  const outsider = await hosts.start({ clusterKey: await hosts.otherClusterKey() });
  await t.throwsAsync(outsider.dialProtocol(b!.host.getMultiaddrs()[0]!, RAFT_PROTOCOL, { signal: AbortSignal.timeout(5_000) }));
  t.is(b!.host.getConnections(outsider.peerId).length, 0);
  t.is(b!.drops.total(), 0);
});
