// Cluster requests from a client node to a server, as HTTP/1.1 over a libp2p stream.
//
// Client node: every cluster route's handler is forwardingHandler: it opens a byte stream with
// backend.forward(), sends the request (method, path and query, JSON body, Accept and
// Last-Event-ID; never the user's token: this node checked it) and pipes the answer back as it
// comes, streams (events) included. Server node: acceptForwarded() hands such a stream to the
// fastify server as a connection marked with the calling peer; requests on it skip the bearer
// check (the libp2p peer identity is the authentication) and may use cluster routes only. The
// mark lives on the connection object, so nothing a TCP client sends can claim it.
import { request as httpRequest } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Libp2p, PeerId } from '@libp2p/interface';
import type { Multiaddr } from '@multiformats/multiaddr';
import type { ForwardToServer } from './backend.ts';
import { ApiProblem } from './errors.ts';

/** The libp2p protocol a client node forwards API requests on. */
export const API_PROTOCOL = '/arrow/api/1.0.0';

const forwarded = new WeakMap<object, string>();

/** The peer a connection was forwarded from, or undefined for an ordinary (TCP) client. */
export function forwardedPeerOf(socket: object | null | undefined): string | undefined {
  return socket ? forwarded.get(socket) : undefined;
}

/**
 * Serves one forwarded connection from `callerPeerId` (an admitted member of the cluster: the
 * caller checks that) on the API server `app`.
 */
export function acceptForwarded(app: FastifyInstance, duplex: Duplex, callerPeerId: string): void {
  forwarded.set(duplex, callerPeerId);
  // An error on a forwarded stream (the peer went away) must not become an uncaught one.
  duplex.on('error', () => undefined);
  app.server.emit('connection', duplex);
}

/** Headers passed through in each direction; hop-by-hop ones and credentials are not. */
const REQUEST_HEADERS = ['accept', 'last-event-id'] as const;
const RESPONSE_HEADERS = ['content-type', 'cache-control', 'content-length', 'x-accel-buffering'] as const;

/** The handler a client node answers every cluster route with. */
export function forwardingHandler(open: ForwardToServer, connectTimeoutMs: number) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    // Cluster routes take JSON; a raw upload stream has no business here.
    if (request.body !== null && typeof request.body === 'object' && typeof (request.body as { pipe?: unknown }).pipe === 'function') {
      throw new ApiProblem(415, 'unsupported-media-type', 'cluster routes take application/json');
    }
    let duplex: Duplex;
    try {
      duplex = await withTimeout(open(), connectTimeoutMs, 'opening a stream to a server');
    } catch (error) {
      throw new ApiProblem(502, 'no-server', `cannot reach a server of the cluster: ${(error as Error).message}`);
    }
    duplex.on('error', () => undefined); // reported through the request below
    const body = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
    const headers: OutgoingHttpHeaders = { host: 'arrow-server', connection: 'close' };
    for (const name of REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (body) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = body.length;
    }
    const upstream = httpRequest({ method: request.method, path: request.url, headers, createConnection: () => duplex });
    let done = false;
    // The user left, or this node answered with a timeout: the server's side goes too.
    reply.raw.once('close', () => { if (!done) { upstream.destroy(); duplex.destroy(); } });
    let response: IncomingMessage;
    try {
      response = await new Promise<IncomingMessage>((resolve, reject) => {
        upstream.once('response', resolve);
        upstream.once('error', reject);
        upstream.end(body);
      });
    } catch (error) {
      duplex.destroy();
      if (reply.sent || reply.raw.headersSent) return;
      throw new ApiProblem(502, 'forward-failed', `the server did not answer: ${(error as Error).message}`);
    }
    if (reply.sent || reply.raw.headersSent || reply.raw.destroyed) {
      response.destroy();
      duplex.destroy();
      return;
    }
    reply.hijack();
    const out: Record<string, string> = {};
    for (const name of RESPONSE_HEADERS) {
      const value = response.headers[name];
      if (typeof value === 'string') out[name] = value;
    }
    reply.raw.writeHead(response.statusCode ?? 502, out);
    try {
      await pipeline(response, reply.raw);
    } catch {
      // Either side went away mid-answer: nothing left to tell anyone.
      reply.raw.destroy();
    } finally {
      done = true;
      duplex.destroy();
    }
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---- over libp2p ----

/**
 * p2p (libp2p and its ciphers) is loaded when a node forwards, not when node/api is imported:
 * arrowctl imports node/api for its client, and every command would pay for it at start.
 */
const loadP2p = () => import('../../p2p/index.ts');

/** Limits of the API protocol on a libp2p host. */
const MAX_INBOUND_API_STREAMS = 32;

/**
 * Serves forwarded API requests on `libp2p` for peers `admit` accepts (admitted cluster
 * members); other peers' streams are reset at once. Returns a function that stops serving.
 */
export async function serveForwardedApi(libp2p: Pick<Libp2p, 'handle' | 'unhandle'>, app: FastifyInstance, admit: (peerId: string) => boolean): Promise<() => Promise<void>> {
  const { StreamDuplex } = await loadP2p();
  await libp2p.handle(API_PROTOCOL, (stream, connection) => {
    const peer = connection.remotePeer.toString();
    if (!admit(peer)) {
      stream.abort(new Error('not a member of this cluster'));
      return;
    }
    acceptForwarded(app, new StreamDuplex(stream, { remoteAddress: peer }), peer);
  }, { maxInboundStreams: MAX_INBOUND_API_STREAMS });
  return () => libp2p.unhandle(API_PROTOCOL);
}

/** A ForwardToServer that opens an API stream to `server()` (a server's peer id or address). */
export function forwardOverLibp2p(libp2p: Pick<Libp2p, 'dialProtocol'>, server: () => PeerId | Multiaddr, timeoutMs = 10_000): ForwardToServer {
  return async () => new (await loadP2p()).StreamDuplex(await libp2p.dialProtocol(server(), API_PROTOCOL, { signal: AbortSignal.timeout(timeoutMs) }));
}
