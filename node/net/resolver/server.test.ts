import test from 'ava';
import type { ExecutionContext } from 'ava';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { Resolver } from 'node:dns/promises';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { ArrowResolver, Rcode } from './index.ts';
import type { ArrowResolverOptions, ResolverAsker, ResolverLookup } from './index.ts';
import { decode, query } from './testing/messages.ts';

const VIEW: Record<string, readonly string[]> = { web: ['10.213.1.2', '10.213.1.3', '10.213.2.7'] };
const lookup: ResolverLookup = (name) => VIEW[name];

async function started(t: ExecutionContext, options: ArrowResolverOptions = {}): Promise<{ resolver: ArrowResolver; port: number }> {
  const resolver = new ArrowResolver({ lookup, ...options });
  const { port } = await resolver.start({ address: '127.0.0.1', port: 0 });
  t.teardown(() => resolver.stop());
  return { resolver, port };
}

function client(port: number): Resolver {
  const resolver = new Resolver({ timeout: 1_000, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  return resolver;
}

/** Sends `messages` over UDP from `from` and collects the replies for `waitMs`. */
async function udpExchange(port: number, from: string, messages: readonly Buffer[], waitMs = 300): Promise<Buffer[]> {
  const socket = createSocket('udp4');
  const replies: Buffer[] = [];
  socket.on('message', (reply) => replies.push(reply));
  await new Promise<void>((resolve) => socket.bind(0, from, resolve));
  for (const message of messages) socket.send(message, port, '127.0.0.1');
  await sleep(waitMs);
  socket.close();
  return replies;
}

/** Collects length-framed replies from a TCP socket until it has `count`, or it closes. */
function tcpReplies(socket: Socket, count: number): Promise<Buffer[]> {
  return new Promise((resolve) => {
    const replies: Buffer[] = [];
    let pending = Buffer.alloc(0);
    const done = (): void => {
      socket.off('data', onData);
      socket.off('close', done);
      resolve(replies);
    };
    const onData = (chunk: Buffer): void => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        replies.push(pending.subarray(2, 2 + pending.readUInt16BE(0)));
        pending = pending.subarray(2 + pending.readUInt16BE(0));
      }
      if (replies.length >= count) done();
    };
    if (socket.destroyed) { resolve(replies); return; }
    socket.on('data', onData);
    socket.on('close', done);
  });
}

function framed(message: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(message.length);
  return Buffer.concat([length, message]);
}

async function tcpConnect(port: number): Promise<Socket> {
  const socket = connect({ host: '127.0.0.1', port });
  await once(socket, 'connect');
  return socket;
}

test('a real resolver gets web.arrow\'s addresses, ENOTFOUND for unknown names, REFUSED for example.com', async (t) => {
  const { port } = await started(t);
  const dns = client(port);
  t.deepEqual((await dns.resolve4('web.arrow')).sort(), [...VIEW.web!].sort());
  t.deepEqual((await dns.resolve4('WEB.arrow', { ttl: true })).map((r) => r.ttl), [5, 5, 5]);
  await t.throwsAsync(dns.resolve4('db.arrow'), { code: 'ENOTFOUND' });
  await t.throwsAsync(dns.resolve6('web.arrow'), { code: 'ENODATA' });
  await t.throwsAsync(dns.resolve4('example.com'), { code: 'EREFUSED' });
});

test('port 0 binds UDP and TCP on one reported port, and stop frees it', async (t) => {
  const resolver = new ArrowResolver({ lookup });
  t.is(resolver.address, undefined);
  const bound = await resolver.start({ address: '127.0.0.1', port: 0 });
  t.true(bound.port > 0);
  t.deepEqual(resolver.address, bound);
  await t.throwsAsync(resolver.start({ address: '127.0.0.1', port: 0 }), { message: /already started/ });
  const other = new ArrowResolver();
  await t.throwsAsync(other.start(bound), { code: 'EADDRINUSE' });
  t.is(other.address, undefined);
  await resolver.stop();
  await resolver.stop();
  t.is(resolver.address, undefined);
  await other.start(bound);
  t.deepEqual(other.address, bound, 'the port is free again for both protocols');
  await other.stop();
});

test('a query over TCP is answered with its length prefix; the lookup is told who asked', async (t) => {
  const askers: ResolverAsker[] = [];
  const { resolver, port } = await started(t);
  resolver.setLookup((name, asker) => { askers.push(asker); return asker.address === '127.0.0.1' ? VIEW[name] : undefined; });
  const socket = await tcpConnect(port);
  t.teardown(() => socket.destroy());
  // Two queries in one write, the second split across writes: framing, not packet boundaries.
  const second = framed(query({ id: 2, name: 'web.arrow' }));
  socket.write(Buffer.concat([framed(query({ id: 1, name: 'web.arrow' })), second.subarray(0, 5)]));
  await sleep(50);
  socket.write(second.subarray(5));
  const replies = (await tcpReplies(socket, 2)).map(decode);
  t.deepEqual(replies.map((r) => r.id), [1, 2]);
  for (const r of replies) t.is(r.answers.length, 3);
  t.deepEqual(askers.map((a) => ({ address: a.address, transport: a.transport })), [{ address: '127.0.0.1', transport: 'tcp' }, { address: '127.0.0.1', transport: 'tcp' }]);
  t.is(askers[0]!.port, socket.localPort ?? -1);
  const dns = client(port);
  t.deepEqual((await dns.resolve4('web.arrow')).length, 3);
  t.is(askers[askers.length - 1]!.transport, 'udp');
  const elsewhere = await udpExchange(port, '127.0.0.9', [query({ id: 4, name: 'web.arrow' })]);
  t.is(decode(elsewhere[0]).rcode, Rcode.NXDOMAIN, 'a client on another network does not see web');
  t.is(askers[askers.length - 1]!.address, '127.0.0.9');
});

test('a flood from one source is limited while another source is still answered', async (t) => {
  // A frozen clock: the buckets never refill, so the counts are exact.
  const { port } = await started(t, { queriesPerSecond: 10, now: () => 0 });
  const flood = [...Array(60)].map((_, i) => query({ id: i, name: 'web.arrow' }));
  const flooded = await udpExchange(port, '127.0.0.2', flood);
  t.is(flooded.length, 10, 'only the burst is answered');
  const other = await udpExchange(port, '127.0.0.3', [query({ id: 7, name: 'web.arrow' })]);
  t.is(other.length, 1);
  t.is(decode(other[0]).answers.length, 3);
  t.is((await udpExchange(port, '127.0.0.2', [query({ id: 8, name: 'web.arrow' })])).length, 0, 'still limited');
});

test('the rate refills with time: a flood is cut to about the rate, not stopped for good', async (t) => {
  const { port } = await started(t, { queriesPerSecond: 200 });
  const socket = createSocket('udp4');
  let answered = 0;
  socket.on('message', () => { answered += 1; });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.4', resolve));
  t.teardown(() => socket.close());
  const started_ = performance.now();
  let sent = 0;
  // Both a count and a time, so a loaded machine still sends far more than the rate allows.
  while (sent < 1_500 || performance.now() - started_ < 500) {
    for (let i = 0; i < 50; i += 1) { socket.send(query({ id: sent & 0xffff, name: 'web.arrow' }), port, '127.0.0.1'); sent += 1; }
    await sleep(5);
  }
  await sleep(200);
  const elapsed = (performance.now() - started_) / 1000;
  t.log(`sent ${sent}, answered ${answered} in ${elapsed.toFixed(2)} s`);
  t.true(answered >= 200, 'the burst and then some');
  t.true(answered < sent / 2, 'most of the flood is dropped');
  t.true(answered <= 200 + 200 * elapsed + 10, 'no more than the burst plus the rate');
});

test('the server stays up after garbage over UDP and TCP', async (t) => {
  t.timeout(60_000);
  const errors: Error[] = [];
  const { port } = await started(t, { onError: (error) => errors.push(error) });
  const garbage = [Buffer.alloc(0), Buffer.from([1]), randomBytes(11), randomBytes(12), randomBytes(511), randomBytes(1400),
    Buffer.concat([query({ name: 'x', omitQuestion: true }), Buffer.from([0xc0, 12, 0, 1, 0, 1])]),
    ...[...Array(200)].map(() => randomBytes(1 + Math.floor(Math.random() * 600)))];
  await udpExchange(port, '127.0.0.5', garbage, 100);
  // Over TCP: a frame too short to be DNS closes the connection; random frames do not crash.
  const bad = await tcpConnect(port);
  bad.write(Buffer.concat([framed(randomBytes(5)), framed(query({ name: 'web.arrow' }))]));
  t.deepEqual(await tcpReplies(bad, 1), [], 'closed without an answer');
  // Random frames, some of which parse well enough to be answered: the replies are read and
  // dropped (an unread reply holds back the socket's 'end', and 'close' with it).
  for (let i = 0; i < 5; i += 1) {
    const socket = await tcpConnect(port);
    socket.on('error', () => {});
    socket.resume();
    socket.end(i === 0 ? Buffer.concat([framed(query({ name: 'web.arrow' })), randomBytes(3000)]) : randomBytes(3000));
    await once(socket, 'close');
  }
  const dns = client(port);
  t.is((await dns.resolve4('web.arrow')).length, 3);
  const socket = await tcpConnect(port);
  t.teardown(() => socket.destroy());
  socket.write(framed(query({ id: 9, name: 'web.arrow' })));
  t.is(decode((await tcpReplies(socket, 1))[0]).id, 9);
  t.deepEqual(errors, []);
});

test('TCP connections are bounded in all and per client, and idle ones are closed', async (t) => {
  const { port } = await started(t, { maxConnections: 3, maxConnectionsPerClient: 2, idleTimeoutMs: 300 });
  const open: Socket[] = [];
  t.teardown(() => { for (const socket of open) socket.destroy(); });
  const connectFrom = async (localAddress: string): Promise<Socket> => {
    const socket = connect({ host: '127.0.0.1', port, localAddress });
    socket.on('error', () => {});
    await once(socket, 'connect');
    open.push(socket);
    return socket;
  };
  const isOpen = async (socket: Socket): Promise<boolean> => {
    socket.write(framed(query({ id: 3, name: 'web.arrow' })));
    return (await tcpReplies(socket, 1)).length === 1;
  };
  const [a1, a2, a3] = [await connectFrom('127.0.0.6'), await connectFrom('127.0.0.6'), await connectFrom('127.0.0.6')];
  t.true(await isOpen(a1!));
  t.true(await isOpen(a2!));
  t.false(await isOpen(a3!), 'a third from one client is closed');
  const b1 = await connectFrom('127.0.0.7');
  t.true(await isOpen(b1));
  const c1 = await connectFrom('127.0.0.8');
  t.false(await isOpen(c1), 'over the total, closed');
  // A client trickling a message it never finishes is idle too.
  a1!.write(Buffer.from([0, 40, 1]));
  const t0 = performance.now();
  await Promise.all([once(a1!, 'close'), once(a2!, 'close'), once(b1, 'close')]);
  t.true(performance.now() - t0 < 2_000);
  const after = await connectFrom('127.0.0.8');
  t.true(await isOpen(after), 'closed connections free their slots');
});
