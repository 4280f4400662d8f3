import test from 'ava';
import net from 'node:net';
import type { Message } from '../core/index.ts';
import { MessageType } from '../core/index.ts';
import { FrameReader, FrameTooLargeError, MemoryNetwork, TcpTransport, decodeMessage, encodeMessage, frame } from './index.ts';

const msg = (from: string, to: string, index: number, fields: Partial<Message> = {}): Message => ({
  type: MessageType.APP,
  from,
  to,
  term: 3,
  logTerm: 2,
  index,
  entries: [{ term: 3, index: index + 1, type: 0, data: Uint8Array.of(1, 2, 3) }],
  commit: index,
  reject: false,
  rejectHint: 0,
  context: new Uint8Array(0),
  ...fields,
});

function collect(t: { onMessage(h: (m: Message) => void): void }) {
  const got: Message[] = [];
  let waiter: { n: number; resolve: () => void } | null = null;
  t.onMessage((m) => {
    got.push(m);
    if (waiter && got.length >= waiter.n) waiter.resolve();
  });
  return {
    got,
    waitFor(n: number, timeoutMs = 5000): Promise<void> {
      if (got.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${got.length}/${n} messages after ${timeoutMs} ms`)), timeoutMs);
        waiter = { n, resolve: () => { clearTimeout(timer); resolve(); } };
      });
    },
  };
}

test('codec round-trips a message with a snapshot', (t) => {
  const m = msg('a', 'b', 7, {
    type: MessageType.SNAP,
    snapshot: { metadata: { index: 9, term: 2, confState: { voters: ['a', 'b'], learners: ['c'] } }, data: Uint8Array.of(5) },
  });
  const back = decodeMessage(encodeMessage(m));
  t.is(back.snapshot?.metadata.index, 9);
  t.deepEqual(back.snapshot?.metadata.confState.learners, ['c']);
  t.is(back.entries[0]?.index, 8);
  t.deepEqual([...back.entries[0]!.data], [1, 2, 3]);
});

test('frame reader reassembles frames split at any byte and refuses oversized ones', (t) => {
  const bodies = [Buffer.from('hello'), Buffer.alloc(0), Buffer.from('x'.repeat(300))];
  const stream = Buffer.concat(bodies.map((b) => frame(b)));
  for (let cut = 0; cut <= stream.length; cut += 7) {
    const reader = new FrameReader(1000);
    const out = [...reader.push(stream.subarray(0, cut)).bodies, ...reader.push(stream.subarray(cut)).bodies];
    t.deepEqual(out.map((b) => b.toString()), bodies.map((b) => b.toString()));
  }
  const reader = new FrameReader(100);
  const result = reader.push(Buffer.concat([frame(Buffer.from('ok')), frame(Buffer.alloc(101))]));
  t.deepEqual(result.bodies.map((b) => b.toString()), ['ok']);
  t.true(result.error instanceof FrameTooLargeError);
});

test('memory network delivers, and isolation drops with unreachable reports', async (t) => {
  const network = new MemoryNetwork();
  const a = network.transport('a');
  const b = network.transport('b');
  const inbox = collect(b);
  const unreachable: string[] = [];
  a.onUnreachable((p) => unreachable.push(p));
  await a.start();
  await b.start();
  a.send([msg('a', 'b', 1), msg('a', 'b', 2)]);
  await inbox.waitFor(2);
  t.deepEqual(inbox.got.map((m) => m.index), [1, 2]);
  network.isolate('b');
  a.send([msg('a', 'b', 3)]);
  a.send([msg('a', 'nobody', 4)]);
  t.deepEqual(unreachable, ['b', 'nobody']);
  network.heal();
  a.send([msg('a', 'b', 5)]);
  await inbox.waitFor(3);
  t.deepEqual(inbox.got.map((m) => m.index), [1, 2, 5]);
  await a.close();
  await b.close();
});

async function tcpPair(options: Partial<ConstructorParameters<typeof TcpTransport>[0]> = {}) {
  const b = new TcpTransport({ id: 'b', listen: { host: '127.0.0.1', port: 0 } });
  await b.start();
  const a = new TcpTransport({ id: 'a', listen: { host: '127.0.0.1', port: 0 }, ...options });
  await a.start();
  a.setPeer('b', `127.0.0.1:${b.address().port}`);
  return { a, b };
}

test('tcp transport delivers messages in order over a real socket', async (t) => {
  const { a, b } = await tcpPair();
  t.teardown(async () => { await a.close(); await b.close(); });
  const inbox = collect(b);
  for (let i = 0; i < 500; i++) a.send([msg('a', 'b', i)]);
  await inbox.waitFor(500);
  t.deepEqual(inbox.got.map((m) => m.index), Array.from({ length: 500 }, (_, i) => i));
  t.is(inbox.got[0]!.from, 'a');
});

test('tcp transport reports a down peer unreachable, backs off, and recovers when it returns', async (t) => {
  // Reserve a port, then free it so nothing listens there.
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));

  const a = new TcpTransport({ id: 'a', listen: { host: '127.0.0.1', port: 0 }, initialBackoffMs: 50, maxBackoffMs: 200 });
  await a.start();
  a.setPeer('b', `127.0.0.1:${port}`);
  const unreachable: string[] = [];
  const snapshotStatus: boolean[] = [];
  a.onUnreachable((p) => unreachable.push(p));
  a.onSnapshotStatus((_p, ok) => snapshotStatus.push(ok));
  let b: TcpTransport | null = null;
  t.teardown(async () => { await a.close(); await b?.close(); });

  a.send([msg('a', 'b', 1), msg('a', 'b', 2, { type: MessageType.SNAP })]);
  const deadline = Date.now() + 3000;
  while (unreachable.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  t.true(unreachable.includes('b'));
  t.deepEqual(snapshotStatus, [false]);
  // During backoff, sends fail fast instead of dialing per message.
  const before = unreachable.length;
  a.send([msg('a', 'b', 3)]);
  t.is(unreachable.length, before + 1);

  b = new TcpTransport({ id: 'b', listen: { host: '127.0.0.1', port } });
  await b.start();
  const inbox = collect(b);
  // Raft would keep retrying; emulate its heartbeats until one gets through.
  const retryUntil = Date.now() + 5000;
  while (inbox.got.length === 0 && Date.now() < retryUntil) {
    a.send([msg('a', 'b', 10)]);
    await new Promise((r) => setTimeout(r, 20));
  }
  t.true(inbox.got.length > 0);
  t.is(inbox.got[0]!.index, 10);
});

test('tcp transport drops beyond the per-peer queue bound instead of buffering without limit', async (t) => {
  const { a, b } = await tcpPair({ maxQueueMessages: 10 });
  t.teardown(async () => { await a.close(); await b.close(); });
  const unreachable: string[] = [];
  a.onUnreachable((p) => unreachable.push(p));
  const inbox = collect(b);
  // All in one tick: the queue fills before the first flush.
  a.send(Array.from({ length: 25 }, (_, i) => msg('a', 'b', i)));
  t.is(unreachable.length, 15);
  await inbox.waitFor(10);
  await new Promise((r) => setTimeout(r, 100));
  t.deepEqual(inbox.got.map((m) => m.index), Array.from({ length: 10 }, (_, i) => i));
});

test('tcp transport closes an inbound connection that announces an oversized frame', async (t) => {
  const b = new TcpTransport({ id: 'b', listen: { host: '127.0.0.1', port: 0 }, maxFrameBytes: 1024 });
  await b.start();
  t.teardown(() => b.close());
  const inbox = collect(b);
  const socket = net.connect({ host: '127.0.0.1', port: b.address().port });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => {});
  socket.write(frame(encodeMessage(msg('x', 'b', 1))));
  const header = Buffer.alloc(4);
  header.writeUInt32BE(10_000_000);
  socket.write(header);
  await closed;
  t.deepEqual(inbox.got.map((m) => m.index), [1]);
});

test('tcp transport closes idle inbound connections', async (t) => {
  const b = new TcpTransport({ id: 'b', listen: { host: '127.0.0.1', port: 0 }, idleTimeoutMs: 100 });
  await b.start();
  t.teardown(() => b.close());
  const socket = net.connect({ host: '127.0.0.1', port: b.address().port });
  socket.on('error', () => {});
  const started = Date.now();
  await new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const elapsed = Date.now() - started;
  t.true(elapsed >= 80 && elapsed < 3000, `closed after ${elapsed} ms`);
});
