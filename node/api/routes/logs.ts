// An allocation's stdout or stderr, from whichever node runs it: served here when this node
// keeps its logs, else forwarded (a client node to a server, a server to the allocation's node,
// both over the cluster's libp2p connections), streamed as it arrives and, with follow, kept
// open across restarts of the Arrow until the client goes away.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ApiProblem } from '../errors.ts';
import { forwardingHandler } from '../forward.ts';
import { parseInput, refSchema } from '../input.ts';
import { findAllocation } from '../views.ts';
import type { RouteConfig, RouteContext } from './context.ts';

const logQuery = z.object({
  stream: z.enum(['stdout', 'stderr']).default('stdout'),
  tail: z.coerce.number().int().min(0).max(1_000_000).optional(),
  follow: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const logRoutes: FastifyPluginAsync<RouteContext> = async (app, { backend, limits }) => {
  app.get('/v1/allocations/:id/logs', { config: { logs: true } satisfies RouteConfig }, async (request, reply) => {
    const { id } = parseInput(z.object({ id: refSchema }), request.params, 'params');
    const query = parseInput(logQuery, request.query, 'query');
    const stop = new AbortController();
    reply.raw.once('close', () => stop.abort());
    const local = await backend.logs?.open(id, { stream: query.stream, ...(query.tail === undefined ? {} : { tail: query.tail }), follow: query.follow, signal: stop.signal });
    if (local) {
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
      try {
        for await (const chunk of local) {
          if (!reply.raw.write(chunk)) await new Promise((resolve) => reply.raw.once('drain', resolve));
        }
      } catch {
        /* the client went away, or the files did */
      }
      reply.raw.end();
      return;
    }
    // Not here: a server knows which node runs it; a client node asks a server.
    if (backend.cluster && backend.forwardTo) {
      const state = backend.cluster.state();
      const allocation = findAllocation(state, id);
      const node = state.node(allocation.node);
      if (!node) throw new ApiProblem(404, 'not-found', `allocation ${allocation.id} is on node ${allocation.node}, which the cluster no longer knows`);
      if (node.peerId === backend.peerId) throw new ApiProblem(404, 'not-found', `this node keeps no logs of allocation ${allocation.id}: not started here yet, or it ended longer ago than the last ones whose logs a node keeps (arrowd --ended-logs)`);
      if (node.status === 'down') throw new ApiProblem(502, 'node-down', `allocation ${allocation.id} is on node ${node.name}, which is down`);
      request.raw.url = `/v1/allocations/${encodeURIComponent(allocation.id)}/logs${request.url.slice(request.url.indexOf('?') >= 0 ? request.url.indexOf('?') : request.url.length)}`;
      return forwardingHandler(backend.forwardTo(node.peerId), limits.forwardConnectTimeoutMs)(request, reply);
    }
    if (backend.forward) return forwardingHandler(backend.forward, limits.forwardConnectTimeoutMs)(request, reply);
    throw new ApiProblem(404, 'not-found', `this node keeps no logs of allocation ${id}`);
  });
};
