// This node itself: its identity and peers, dialling a peer, Prometheus metrics, the snapshots it
// holds of Arrows' volumes.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { RestoreRefusedError } from '../backend.ts';
import { isVolumeName } from '../../../shadowfs/index.ts';
import { ApiProblem } from '../errors.ts';
import { multiaddrSchema, parseInput } from '../input.ts';
import type { RouteContext } from './context.ts';

const peerBody = z.strictObject({ addr: multiaddrSchema });
// ShadowFS's own rule for volume names (an Arrow's name fits it): checked here, so a bad name is a 400.
const volumeParams = z.strictObject({ name: z.string().refine(isVolumeName, 'expected a volume name: 1-63 of a-z, 0-9, ., _ and -') });
const restoreBody = z.strictObject({ seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

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

  app.get('/v1/node/volumes/:name/snapshots', async (request) => {
    const { name } = parseInput(volumeParams, request.params, 'params');
    if (!backend.volumes) throw new ApiProblem(404, 'not-found', 'this node keeps no volumes');
    return { volume: name, snapshots: await backend.volumes.list(name) };
  });

  app.post('/v1/node/volumes/:name/restore', async (request) => {
    const { name } = parseInput(volumeParams, request.params, 'params');
    const { seq } = parseInput(restoreBody, request.body, 'body');
    if (!backend.volumes) throw new ApiProblem(404, 'not-found', 'this node keeps no volumes');
    try {
      return { volume: name, restoredFrom: seq, snapshot: await backend.volumes.restore(name, seq) };
    } catch (error) {
      if (error instanceof RestoreRefusedError) throw new ApiProblem(409, 'refused', error.message);
      if (error instanceof RangeError) throw new ApiProblem(404, 'not-found', error.message);
      throw error;
    }
  });

  app.get('/metrics', async (_request, reply) => reply.type(backend.metrics.contentType).send(await backend.metrics.metrics()));
};
