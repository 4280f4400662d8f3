// The arrowd HTTP API server: the bearer token, the limits (body sizes, timeouts) and the error
// mapping every route shares, and the route plugins (routes/) mounted on it. Cluster routes are
// answered from the node's cluster backend, forwarded to a server from a client node, or refused
// where the node has neither.
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createServer } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import pino from 'pino';
import type { ApiBackend, ClusterBackend } from './backend.ts';
import { ApiProblem, mapError } from './errors.ts';
import { forwardedPeerOf, forwardingHandler } from './forward.ts';
import { allocationRoutes } from './routes/allocations.ts';
import { arrowRoutes } from './routes/arrows.ts';
import { artifactRoutes } from './routes/artifacts.ts';
import { clusterRoutes } from './routes/cluster.ts';
import { eventRoutes } from './routes/events.ts';
import { localNodeRoutes } from './routes/node.ts';
import { logRoutes } from './routes/logs.ts';
import { nodeRoutes } from './routes/nodes.ts';
import { tagRoutes } from './routes/tags.ts';
import { volumeRoutes } from './routes/volumes.ts';
import type { ApiLogger, ApiLimits, RouteConfig, RouteContext } from './routes/context.ts';

export interface ApiServerOptions extends Partial<ApiLimits> {
  readonly token: string;
  /** Largest artifact upload (POST /v1/artifacts), in bytes. */
  readonly maxUploadBytes: number;
  /** Where unexpected errors are logged (pino-compatible); default: pino on stderr. */
  readonly logger?: ApiLogger;
}

export const defaultLimits: ApiLimits = {
  bodyBytes: 64 * 1024,
  definitionBodyBytes: 512 * 1024,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  uploadTimeoutMs: 60 * 60_000,
  uploadIdleMs: 30_000,
  eventHeartbeatMs: 15_000,
  eventBufferBytes: 1024 * 1024,
  forwardConnectTimeoutMs: 10_000,
};

const routeConfig = (request: FastifyRequest): RouteConfig => (request.routeOptions.config ?? {}) as RouteConfig;

/** Routes registered per app, for tests that must cover every one. */
const registered = new WeakMap<FastifyInstance, { method: string | string[]; url: string; config?: unknown }[]>();

/** Every route of an API server (after ready()), and whether it is a cluster route. */
export function listRoutes(app: FastifyInstance): { method: string; url: string; cluster: boolean }[] {
  return (registered.get(app) ?? []).flatMap((route) => [route.method].flat().filter((m) => m !== 'HEAD')
    .map((method) => ({ method, url: route.url, cluster: (route.config as RouteConfig | undefined)?.cluster === true })));
}

/** Requests whose handler started (the body was received): a timeout then is a 504, not a 408. */
const handling = new WeakSet<FastifyRequest>();

export function createApiServer(backend: ApiBackend, options: ApiServerOptions): FastifyInstance {
  const limits: ApiLimits = { ...defaultLimits, ...Object.fromEntries(Object.entries(options).filter(([k, v]) => k in defaultLimits && v !== undefined)) };
  const log: ApiLogger = options.logger ?? pino({ name: 'arrowd-api' }, pino.destination(2));
  const app = Fastify({
    logger: false,
    bodyLimit: limits.bodyBytes,
    // Per-route timeouts below; the socket itself may idle (event streams, pulls).
    connectionTimeout: 0,
    keepAliveTimeout: 30_000,
    forceCloseConnections: true,
    return503OnClosing: true,
    serverFactory: (handler) => createServer({ headersTimeout: limits.headersTimeoutMs, requestTimeout: 0, connectionsCheckingInterval: 1_000 }, handler),
  });
  const routes: { method: string | string[]; url: string; config?: unknown }[] = [];
  registered.set(app, routes);
  // The route objects themselves: the cluster scope below marks its routes after this hook ran.
  app.addHook('onRoute', (route) => { routes.push(route); });

  const expected = Buffer.from(`Bearer ${options.token}`);
  app.addHook('onRequest', async (request, reply) => {
    const peer = forwardedPeerOf(request.raw.socket);
    if (peer !== undefined) {
      // Forwarded by a client node over libp2p: the peer's identity is the authentication, and it
      // may use the cluster routes only (not this node's store or peers).
      const config = routeConfig(request);
      if (config.logs) return; // answered by the node that keeps them, or refused by the route
      if (!config.cluster) throw new ApiProblem(403, 'forbidden', `a forwarded request (from ${peer}) may only use cluster routes`);
      if (!backend.cluster) throw new ApiProblem(503, 'no-cluster', 'this node is not a server: it does not answer forwarded requests');
      return;
    }
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return reply.code(401).send({ error: 'unauthorized', message: 'missing or wrong API token (see api.token in the node data dir)' });
    }
  });

  // Every route answers (or starts answering) within its timeout; a request not received by
  // then is a 408 and a handler not done is a 504 (whatever it wrote may still be applied).
  app.addHook('onRequest', (request, reply, done) => {
    const ms = routeConfig(request).timeoutMs ?? limits.requestTimeoutMs;
    const timer = setTimeout(() => onTimeout(request, reply, ms), ms);
    const clear = () => clearTimeout(timer);
    reply.raw.once('finish', clear);
    reply.raw.once('close', clear);
    done();
  });
  app.addHook('preHandler', (request, _reply, done) => {
    handling.add(request);
    done();
  });

  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error);
    if (mapped.unexpected) log.error({ err: error, method: request.method, url: request.url.slice(0, 200) }, 'unexpected API error');
    if (reply.raw.headersSent) {
      request.raw.socket?.destroy();
      return;
    }
    // The client may still be sending what we refuse (an upload too large, too slow): close.
    if (mapped.status === 408 || mapped.status === 413) closeAfter(request, reply);
    return reply.code(mapped.status).send(mapped.body);
  });
  app.setNotFoundHandler((request) => {
    throw new ApiProblem(404, 'not-found', `no route ${request.method} ${request.url.split('?')[0]!.slice(0, 200)}`);
  });
  // Uploads are streamed to the store, never buffered: the route enforces the size limit.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  const cluster = (): ClusterBackend => {
    if (backend.cluster) return backend.cluster;
    throw new ApiProblem(503, 'no-cluster', 'this node is not part of a cluster: it has no Raft member and no server to forward to');
  };
  const context: RouteContext = { backend, limits, log, cluster, maxUploadBytes: options.maxUploadBytes };

  void app.register(localNodeRoutes, context);
  void app.register(logRoutes, context);
  void app.register(artifactRoutes, context);
  void app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...(route.config as RouteConfig | undefined), cluster: true } satisfies RouteConfig;
      // A client node answers no cluster route itself: each goes to a server over libp2p.
      if (!backend.cluster && backend.forward) route.handler = forwardingHandler(backend.forward, limits.forwardConnectTimeoutMs);
    });
    for (const plugin of [clusterRoutes, nodeRoutes, arrowRoutes, allocationRoutes, tagRoutes, volumeRoutes, eventRoutes]) await scope.register(plugin, context);
  });
  return app;
}

function onTimeout(request: FastifyRequest, reply: FastifyReply, ms: number): void {
  if (reply.sent || reply.raw.headersSent || reply.raw.destroyed) return;
  const received = handling.has(request);
  const problem = received
    ? new ApiProblem(504, 'timeout', `no answer within ${ms} ms; if this was a change, its outcome is unknown: look at the state before retrying`)
    : new ApiProblem(408, 'request-timeout', `the request was not received within ${ms} ms`);
  closeAfter(request, reply);
  void reply.code(problem.status).send({ error: problem.code, message: problem.message });
}

/** Answer, then close the connection: give the client a few seconds to read the answer. */
function closeAfter(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('connection', 'close');
  reply.raw.once('finish', () => {
    const socket = request.raw.socket;
    socket?.end();
    socket?.setTimeout?.(5_000, () => socket.destroy());
  });
}
