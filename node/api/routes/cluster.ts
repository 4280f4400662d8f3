// The cluster as a whole: Raft status, the join token, removing a server.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { parseInput, refSchema } from '../input.ts';
import { findMember } from '../views.ts';
import type { RouteContext } from './context.ts';

export const clusterRoutes: FastifyPluginAsync<RouteContext> = async (app, { cluster }) => {
  app.get('/v1/cluster', async () => cluster().status());

  app.get('/v1/cluster/token', async () => ({ token: cluster().joinToken() }));

  app.delete('/v1/cluster/servers/:id', async (request) => {
    const { id } = parseInput(z.object({ id: refSchema }), request.params, 'params');
    const backend = cluster();
    const member = findMember(backend.status(), id);
    await backend.removeServer(member.id);
    return { removed: member.id, name: member.name };
  });
};
