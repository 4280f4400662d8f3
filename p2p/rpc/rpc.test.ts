import test from 'ava';
import type { Stream } from '@libp2p/interface';
import { encodeFrames } from '../framing/index.ts';
import type { ArrowLibp2p } from '../host/index.ts';
import { arrow } from '../proto/p2p.pb.js';
import { testHosts } from '../testing/hosts.ts';
import { callRpc, serveRpc, RpcError, RpcRemoteError, RpcTimeoutError, RpcTooLargeError, RpcTransportError } from './index.ts';
import type { RpcHandler, RpcServerOptions } from './index.ts';

const PROTOCOL = '/arrow-test/rpc/1.0.0';
const limits: RpcServerOptions = { maxRequestBytes: 1024, maxResponseBytes: 64 * 1024, timeoutMs: 5_000 };
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A server and a client host, connected; the server answers with `handler`. */
async function pair(t: { teardown(fn: () => Promise<void>): void }, handler: RpcHandler, options: Partial<RpcServerOptions> = {}) {
  const hosts = await testHosts();
  t.teardown(() => hosts.stopAll());
  const server = await hosts.start();
  const client = await hosts.start();
  const errors: Error[] = [];
  const rpc = await serveRpc(server, PROTOCOL, { ...limits, onError: (e) => errors.push(e), ...options }, handler);
  const address = server.getMultiaddrs()[0]!.toString();
  // Connected up front, so timings below measure calls, not the first handshake.
  await client.dial(server.getMultiaddrs()[0]!, { signal: AbortSignal.timeout(5_000) });
  const call = (body: Uint8Array, timeoutMs = 5_000, maxResponseBytes = 64 * 1024) => callRpc(client, address, PROTOCOL, body, { timeoutMs, maxResponseBytes });
  return { hosts, server, client, rpc, errors, address, call };
}

/** Polls every 10 ms until `probe` holds, at most `timeoutMs`. */
async function until(what: string, probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const upper: RpcHandler = async (request) => encoder.encode(decoder.decode(request).toUpperCase());

/** Resolves with the error a stream closed with (undefined: closed cleanly), or rejects after timeoutMs. */
function closed(stream: Stream, timeoutMs = 5_000): Promise<Error | undefined> {
  if (stream.status !== 'open' && stream.status !== 'closing') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stream still open after ${timeoutMs} ms`)), timeoutMs);
    stream.addEventListener('close', (event) => { clearTimeout(timer); resolve(event.error); }, { once: true });
  });
}

async function rawStream(client: ArrowLibp2p, server: ArrowLibp2p): Promise<Stream> {
  return client.dialProtocol(server.getMultiaddrs()[0]!, PROTOCOL, { signal: AbortSignal.timeout(5_000) });
}

test('a call round-trips by multiaddr and then by peer ID over the same connection, and the handler sees the caller', async (t) => {
  const seen: string[] = [];
  const { client, server, call } = await pair(t, async (request, peer) => {
    seen.push(peer);
    return upper(request, peer, new AbortController().signal);
  });
  t.is(decoder.decode(await call(encoder.encode('hello'))), 'HELLO');
  const byId = await callRpc(client, server.peerId.toString(), PROTOCOL, encoder.encode('again'), { timeoutMs: 5_000, maxResponseBytes: 1024 });
  t.is(decoder.decode(byId), 'AGAIN');
  t.is(client.getConnections(server.peerId).length, 1);
  t.deepEqual(seen, [client.peerId.toString(), client.peerId.toString()]);
  // Empty bodies are bodies, not missing answers.
  t.is((await call(new Uint8Array(0))).length, 0);
  // Many calls at once, each on its own stream.
  const many = await Promise.all(Array.from({ length: 20 }, (_, i) => call(encoder.encode(`m${i}`))));
  t.deepEqual(many.map((b) => decoder.decode(b)), Array.from({ length: 20 }, (_, i) => `M${i}`));
});

test('an oversized request is refused from its length prefix and the server keeps serving', async (t) => {
  let handled = 0;
  const { call } = await pair(t, async (request) => { handled++; return request; });
  for (const size of [1025, 64 * 1024, 8 * 1024 * 1024]) {
    const error = await t.throwsAsync(call(new Uint8Array(size)), { instanceOf: RpcTooLargeError });
    t.is(error?.side, 'request', `${size} bytes`);
  }
  t.is(handled, 0);
  t.is((await call(new Uint8Array(1024))).length, 1024);
});

test('an oversized response is refused by the caller unread, and by the server before sending', async (t) => {
  const { call } = await pair(t, async (request) => new Uint8Array(Number(decoder.decode(request))));
  const callerLimit = await t.throwsAsync(call(encoder.encode('10000'), 5_000, 1_000), { instanceOf: RpcTooLargeError });
  t.is(callerLimit?.side, 'response');
  t.regex(callerLimit!.message, /exceeds 1000 bytes/);
  const serverLimit = await t.throwsAsync(call(encoder.encode(String(100 * 1024)), 5_000, 1024 * 1024), { instanceOf: RpcTooLargeError });
  t.is(serverLimit?.side, 'response');
  t.regex(serverLimit!.message, /exceeds 65536/);
  t.is((await call(encoder.encode('10'))).length, 10);
});

test('a handler that throws reaches the caller as RpcRemoteError with its message and code', async (t) => {
  const { call } = await pair(t, async (request) => {
    const what = decoder.decode(request);
    if (what === 'plain') throw new Error('no such node: n7');
    if (what === 'coded') throw new RpcRemoteError('not-leader', 'leader is 12D3KooW');
    if (what === 'weird-code') throw Object.assign(new Error('odd'), { code: 'has spaces and is long enough to be refused as a code'.repeat(3) });
    return request;
  });
  const plain = await t.throwsAsync(call(encoder.encode('plain')), { instanceOf: RpcRemoteError });
  t.is(plain?.code, 'error');
  t.is(plain?.message, 'no such node: n7');
  t.true(plain instanceof RpcError);
  const coded = await t.throwsAsync(call(encoder.encode('coded')), { instanceOf: RpcRemoteError });
  t.is(coded?.code, 'not-leader');
  t.is(coded?.message, 'leader is 12D3KooW');
  const weird = await t.throwsAsync(call(encoder.encode('weird-code')), { instanceOf: RpcRemoteError });
  t.is(weird?.code, 'error');
  t.is(decoder.decode(await call(encoder.encode('fine'))), 'fine');
});

test('timeouts: the caller gives up and its handler is told; the server bounds a handler that never answers', async (t) => {
  const signals: AbortSignal[] = [];
  const { call } = await pair(t, (request, _peer, signal) => {
    signals.push(signal);
    if (decoder.decode(request) === 'forever') return new Promise(() => {}); // ignores its signal
    return new Promise((resolve) => setTimeout(() => resolve(request), 20_000));
  }, { timeoutMs: 1_500 });
  // The caller's timeout is shorter than the server's: the caller's wins, and the handler's
  // signal aborts (the caller's deadline travels with the request).
  let started = performance.now();
  const mine = await t.throwsAsync(call(encoder.encode('slow'), 1_000), { instanceOf: RpcTimeoutError });
  t.false(mine?.remote);
  const waited = performance.now() - started;
  t.true(waited >= 950 && waited < 1_450, `gave up after ${waited} ms`);
  await until('the handler told', () => signals[0]?.aborted === true);
  // The server's bound is shorter: the caller hears "timeout" from the server.
  started = performance.now();
  const theirs = await t.throwsAsync(call(encoder.encode('forever'), 20_000), { instanceOf: RpcTimeoutError });
  t.true(theirs?.remote);
  const elapsed = performance.now() - started;
  t.true(elapsed >= 1_450 && elapsed < 15_000, `answered after ${elapsed} ms`);
});

test('a long poll answers when its event comes, and server.stop() ends the polls in progress', async (t) => {
  let release: (() => void) | undefined;
  const { call, rpc } = await pair(t, (request, _peer, signal) => new Promise((resolve, reject) => {
    release = () => resolve(request);
    signal.addEventListener('abort', () => reject(signal.reason));
  }), { timeoutMs: 60_000 });
  const poll = call(encoder.encode('watch'), 30_000);
  await until('the poll waiting', () => rpc.activeCalls === 1);
  await new Promise((r) => setTimeout(r, 300));
  t.is(rpc.activeCalls, 1);
  release!();
  t.is(decoder.decode(await poll), 'watch');
  const second = call(encoder.encode('watch'), 30_000);
  await until('the second poll waiting', () => rpc.activeCalls === 1);
  await rpc.stop();
  const stopped = await t.throwsAsync(second, { instanceOf: RpcRemoteError });
  t.is(stopped?.code, 'stopping');
  // Unregistered: a new call finds no such protocol.
  await t.throwsAsync(call(encoder.encode('x'), 2_000), { instanceOf: RpcTransportError });
});

test('calls beyond maxConcurrentCalls are answered busy', async (t) => {
  let release: (() => void) | undefined;
  const { call, rpc } = await pair(t, (request) => new Promise((resolve) => { release = () => resolve(request); }), { maxConcurrentCalls: 1 });
  const first = call(encoder.encode('a'));
  await until('the first call running', () => rpc.activeCalls === 1);
  const busy = await t.throwsAsync(call(encoder.encode('b')), { instanceOf: RpcRemoteError });
  t.is(busy?.code, 'busy');
  release!();
  t.is(decoder.decode(await first), 'a');
});

test('a caller that opens a stream and sends nothing is cut off at the read timeout', async (t) => {
  const { client, server, call, errors } = await pair(t, upper, { readTimeoutMs: 1_000 });
  const started = performance.now();
  const stream = await rawStream(client, server);
  const error = await closed(stream);
  const elapsed = performance.now() - started;
  t.truthy(error, 'reset, not closed cleanly');
  t.true(elapsed >= 950 && elapsed < 5_000, `cut off after ${elapsed} ms`);
  t.true(errors.some((e) => /timed out/.test(e.message)));
  t.is(decoder.decode(await call(encoder.encode('alive'))), 'ALIVE');
});

test('garbage resets the stream without an answer, and the server stays up', async (t) => {
  let handled = 0;
  const { client, server, call } = await pair(t, async (request) => { handled++; return request; });
  const garbage = [
    Uint8Array.from(Array(16).fill(0xff)), // a length prefix that never ends
    encodeFrames([Uint8Array.of(0xff, 0xff, 0xff, 0x07)]), // a frame that is no RpcRequest
  ];
  for (const bytes of garbage) {
    const stream = await rawStream(client, server);
    const answers: Uint8Array[] = [];
    stream.addEventListener('message', (event) => answers.push(event.data.subarray()));
    stream.send(bytes);
    t.truthy(await closed(stream), 'reset');
    t.deepEqual(answers, []);
  }
  // A well-formed request from a raw stream still works (the envelope is all there is to it).
  const stream = await rawStream(client, server);
  stream.send(encodeFrames([arrow.p2p.RpcRequest.encode({ body: encoder.encode('raw') }).finish()]));
  const answer = await new Promise<Uint8Array>((resolve) => stream.addEventListener('message', (event) => resolve(event.data.subarray()), { once: true }));
  t.is(answer[0], answer.length - 1, 'one frame, its length in one byte');
  t.is(decoder.decode(arrow.p2p.RpcResponse.decode(answer.subarray(1)).body ?? new Uint8Array(0)), 'raw');
  await stream.close();
  t.is(handled, 1);
  t.is(decoder.decode(await call(encoder.encode('still here'))), 'still here');
});

test('a peer that cannot be reached is a transport error, not a hang', async (t) => {
  const hosts = await testHosts();
  t.teardown(() => hosts.stopAll());
  const client = await hosts.start();
  const gone = await hosts.start();
  const address = gone.getMultiaddrs()[0]!.toString();
  await gone.stop();
  await t.throwsAsync(callRpc(client, address, PROTOCOL, new Uint8Array(1), { timeoutMs: 3_000, maxResponseBytes: 10 }), { instanceOf: RpcTransportError });
  await t.throwsAsync(callRpc(client, 'not-a-peer', PROTOCOL, new Uint8Array(1), { timeoutMs: 3_000, maxResponseBytes: 10 }), { instanceOf: RpcTransportError, message: /neither a peer ID nor a multiaddr/ });
  // The caller's own abort is its reason, not a timeout.
  const controller = new AbortController();
  const reason = new Error('caller changed its mind');
  const pending = callRpc(client, gone.peerId.toString(), PROTOCOL, new Uint8Array(1), { timeoutMs: 3_000, maxResponseBytes: 10, signal: controller.signal });
  controller.abort(reason);
  t.is(await t.throwsAsync(pending), reason);
});
