// Allocations: all of them (of one Arrow, on one node), or one.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { arrowNameSchema, parseInput, refSchema } from '../input.ts';
import { allocationView, findAllocation, findArrow, findNode } from '../views.ts';
import { mustSucceed } from './context.ts';
import type { AllocationView } from '../types.ts';
import type { RouteContext } from './context.ts';

const listQuery = z.object({ arrow: arrowNameSchema.optional(), node: refSchema.optional() });

/** `to`: a node id, unique name or unique id prefix. */
const migrateBody = z.strictObject({ to: refSchema });

export const allocationRoutes: FastifyPluginAsync<RouteContext> = async (app, { cluster }) => {
  app.get('/v1/allocations', async (request): Promise<AllocationView[]> => {
    const query = parseInput(listQuery, request.query, 'query');
    return cluster().read((state) => {
      const node = query.node === undefined ? undefined : findNode(state, query.node);
      const arrow = query.arrow === undefined ? undefined : findArrow(state, query.arrow);
      const candidates = arrow ? state.allocationsOfArrow(arrow.name) : node ? state.allocationsOfNode(node.id) : state.allocations();
      return candidates
        .filter((a) => node === undefined || a.node === node.id)
        .sort((a, b) => a.createIndex - b.createIndex || (a.id < b.id ? -1 : 1))
        .map((a) => allocationView(state, a));
    });
  });

  app.get('/v1/allocations/:id', async (request) => {
    const { id } = parseInput(z.object({ id: refSchema }), request.params, 'params');
    return cluster().read((state) => allocationView(state, findAllocation(state, id)));
  });

  // Live migration by hand: the same allocation, a new generation on `to` (the state checks that
  // it runs and that `to` has room; a refusal is a 409 saying why).
  app.post('/v1/allocations/:id/migrate', async (request): Promise<AllocationView> => {
    const { id } = parseInput(z.object({ id: refSchema }), request.params, 'params');
    const { to } = parseInput(migrateBody, request.body, 'body');
    const backend = cluster();
    const { allocation, node } = await backend.read((state) => ({ allocation: findAllocation(state, id), node: findNode(state, to) }));
    mustSucceed(await backend.propose({ type: 'migrate-allocation', allocationId: allocation.id, to: node.id }));
    const state = backend.state();
    return allocationView(state, state.allocation(allocation.id) ?? allocation);
  });
};
