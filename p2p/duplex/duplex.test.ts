// StreamDuplex over real libp2p hosts (TCP, pnet with a cluster key, Noise, Yamux): node:http
// requests and answers over it, back-pressure, half-close, resets.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { generateKey } from '@libp2p/pnet';
import type { Stream } from '@libp2p/interface';
import { createHost } from '../host/index.ts';
import type { ArrowLibp2p } from '../host/index.ts';
import { StreamDuplex } from './index.ts';

const PROTOCOL = '/arrow-test/duplex/1.0.0';
const MiB = 1024 * 1024;

interface Pair {
  client: ArrowLibp2p;
  server: ArrowLibp2p;
  /** Opens a new stream from client to server and wraps it. */
  open(): Promise<StreamDuplex>;
}

/** Two hosts with one cluster key; `onStream` gets every stream the server accepts, wrapped. */
async function hosts(t: ExecutionContext, onStream: (duplex: StreamDuplex, stream: Stream) => void): Promise<Pair> {
  const clusterKey = new Uint8Array(95);
  generateKey(clusterKey);
  const make = async () => createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey, listen: ['/ip4/127.0.0.1/tcp/0'] });
  const [client, server] = await Promise.all([make(), make()]);
  t.teardown(async () => { await Promise.all([client.stop(), server.stop()]); });
  await server.handle(PROTOCOL, (stream, connection) => onStream(new StreamDuplex(stream, { remoteAddress: connection.remotePeer.toString() }), stream));
  await client.dial(server.getMultiaddrs()[0]!, { signal: AbortSignal.timeout(10_000) });
  return {
    client,
    server,
    open: async () => new StreamDuplex(await client.dialProtocol(server.peerId, PROTOCOL, { signal: AbortSignal.timeout(10_000) })),
  };
}

/** An http server that only ever sees connections handed to it. */
function httpServer(t: ExecutionContext, handler: (req: IncomingMessage, res: ServerResponse) => void): Server {
  const server = createServer(handler);
  t.teardown(() => { server.closeAllConnections(); server.close(); });
  return server;
}

function httpOver(duplex: StreamDuplex, options: { method: string; path: string; headers?: Record<string, string> }) {
  return request({ ...options, host: 'peer', createConnection: () => duplex });
}

test('an HTTP upload of 24 MiB arrives intact, and a server that does not read stalls the sender', async (t) => {
  const data = randomBytes(24 * MiB);
  let releaseReader!: () => void;
  const readerReleased = new Promise<void>((resolve) => { releaseReader = resolve; });
  const http = httpServer(t, (req, res) => {
    void (async () => {
      await readerReleased; // the server takes its time before reading the body
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of req) { hash.update(chunk as Buffer); size += (chunk as Buffer).length; }
      res.end(JSON.stringify({ size, sha256: hash.digest('hex') }));
    })();
  });
  const pair = await hosts(t, (duplex) => http.emit('connection', duplex));
  const duplex = await pair.open();
  const req = httpOver(duplex, { method: 'POST', path: '/upload', headers: { 'content-length': String(data.length) } });
  let sent = 0;
  const writeAll = (async () => {
    for (let at = 0; at < data.length; at += 64 * 1024) {
      const chunk = data.subarray(at, at + 64 * 1024);
      sent += chunk.length;
      if (!req.write(chunk)) await once(req, 'drain');
    }
    req.end();
  })();
  await new Promise((r) => setTimeout(r, 1_000));
  // Back-pressure: while nobody reads, the sender is held to the windows and buffers between.
  t.true(sent < 6 * MiB, `sent ${sent} bytes to a server that does not read`);
  releaseReader();
  const [response] = (await once(req, 'response')) as [IncomingMessage];
  await writeAll;
  let body = '';
  for await (const chunk of response) body += String(chunk);
  t.is(response.statusCode, 200);
  t.deepEqual(JSON.parse(body), { size: data.length, sha256: createHash('sha256').update(data).digest('hex') });
});

test('a server-sent event stream arrives event by event, and the client leaving closes it on the server', async (t) => {
  let serverSawClose!: () => void;
  const closed = new Promise<void>((resolve) => { serverSawClose = resolve; });
  const http = httpServer(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    let n = 0;
    const timer = setInterval(() => res.write(`id: ${++n}\ndata: {"n":${n}}\n\n`), 20);
    res.on('close', () => { clearInterval(timer); serverSawClose(); });
  });
  const pair = await hosts(t, (duplex) => http.emit('connection', duplex));
  const req = httpOver(await pair.open(), { method: 'GET', path: '/events' });
  req.end();
  const [response] = (await once(req, 'response')) as [IncomingMessage];
  t.is(response.headers['content-type'], 'text/event-stream');
  let text = '';
  for await (const chunk of response) {
    text += String(chunk);
    if ((text.match(/\n\n/g) ?? []).length >= 3) break; // leaving the loop destroys the response
  }
  t.regex(text, /^id: 1\ndata: \{"n":1\}\n\nid: 2\ndata: \{"n":2\}\n\nid: 3\n/);
  await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error('server never saw the client leave')), 10_000))]);
  t.pass();
});

test('half-close: the server reads to the end of the client\'s writes, then answers on the same stream', async (t) => {
  const pair = await hosts(t, (duplex) => {
    void (async () => {
      const hash = createHash('sha256');
      for await (const chunk of duplex) hash.update(chunk as Buffer);
      duplex.end(hash.digest('hex'));
    })();
  });
  const duplex = await pair.open();
  const payload = randomBytes(3 * MiB + 17);
  duplex.end(payload);
  let answer = '';
  for await (const chunk of duplex) answer += String(chunk);
  t.is(answer, createHash('sha256').update(payload).digest('hex'));
  // Both sides ended cleanly: the duplex closed (perhaps already) without an error.
  if (!duplex.closed) await once(duplex, 'close');
  t.is(duplex.errored, null);
  t.is(duplex.stream.status, 'closed');
});

test('a stream aborted by the remote destroys the duplex with an error; destroying ours resets the remote', async (t) => {
  const remoteStreams: Stream[] = [];
  const remoteDuplexes: StreamDuplex[] = [];
  const pair = await hosts(t, (duplex, stream) => {
    duplex.on('error', () => undefined); // the local abort below errors this side too
    remoteStreams.push(stream);
    remoteDuplexes.push(duplex);
    duplex.resume();
  });
  const first = await pair.open();
  const firstError = new Promise<Error>((resolve) => first.once('error', resolve));
  first.write('hello');
  const deadline = Date.now() + 5_000;
  while (remoteStreams.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  remoteStreams[0]!.abort(new Error('go away'));
  t.is((await firstError).name, 'StreamResetError');
  t.true(first.destroyed);

  const second = await pair.open();
  second.write('hello');
  while (remoteDuplexes.length < 2 && Date.now() < deadline + 5_000) await new Promise((r) => setTimeout(r, 10));
  const remote = remoteDuplexes[1]!;
  const remoteError = new Promise<Error | undefined>((resolve) => remote.once('close', () => resolve(remote.errored ?? undefined)));
  second.destroy();
  t.is((await remoteError)?.name, 'StreamResetError');
  t.true(remote.destroyed);
});

test('setTimeout emits timeout after the given idle time, and activity postpones it', async (t) => {
  const pair = await hosts(t, (duplex) => duplex.resume());
  const duplex = await pair.open();
  t.teardown(() => duplex.destroy());
  const started = Date.now();
  duplex.setTimeout(300);
  const ticker = setInterval(() => duplex.write('x'), 100);
  await new Promise((r) => setTimeout(r, 600));
  clearInterval(ticker);
  await once(duplex, 'timeout');
  t.true(Date.now() - started >= 750, `timed out after ${Date.now() - started} ms although writes kept it busy for 600`);
});
