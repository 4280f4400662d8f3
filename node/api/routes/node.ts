// This node itself: its identity and peers, dialling a peer, Prometheus metrics.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ApiProblem } from '../errors.ts';
import { multiaddrSchema, parseInput } from '../input.ts';
import type { RouteContext } from './context.ts';

const peerBody = z.strictObject({ addr: multiaddrSchema });

export const localNodeRoutes: FastifyPluginAsync<RouteContext> = async (app, { backend }) => {
  app.get('/v1/node', async () => backend.status());

  app.post('/v1/peers', async (request) => {
    const { addr } = parseInput(peerBody, request.body, 'body');
    try {
      await backend.dial(addr);
    } catch (error) {
      // The address is well-formed (checked above): the peer is unreachable or refused us.
      throw new ApiProblem(502, 'dial-failed', `cannot connect to ${addr}: ${(error as Error).message}`);
    }
    return { ok: true };
  });

  app.get('/metrics', async (_request, reply) => reply.type(backend.metrics.contentType).send(await backend.metrics.metrics()));
};
