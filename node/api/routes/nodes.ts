// The cluster's nodes: listing, one node, drains and eligibility.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { durationSchema, parseInput, refSchema } from '../input.ts';
import { findNode, nodeView } from '../views.ts';
import type { NodeList } from '../types.ts';
import { mustSucceed } from './context.ts';
import type { RouteContext } from './context.ts';

const nodeParams = z.object({ id: refSchema });

const drainBody = z.strictObject({
  /** How long the drain may move allocations one batch at a time before stopping what is left. */
  deadline: durationSchema.optional(),
  maxParallel: z.number().int().min(1).max(10_000).optional(),
  cancel: z.boolean().optional(),
}).refine((b) => !(b.cancel === true && (b.deadline !== undefined || b.maxParallel !== undefined)), {
  path: ['cancel'], message: 'a cancel takes no deadline or maxParallel',
});

const eligibilityBody = z.strictObject({ eligible: z.boolean() });

export const nodeRoutes: FastifyPluginAsync<RouteContext> = async (app, { cluster }) => {
  app.get('/v1/nodes', async (): Promise<NodeList> => {
    const backend = cluster();
    const nodes = await backend.read((state) => state.nodes().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((n) => nodeView(state, n)));
    return { nodes, ttlMs: backend.nodeTtlMs };
  });

  app.get('/v1/nodes/:id', async (request) => {
    const { id } = parseInput(nodeParams, request.params, 'params');
    return cluster().read((state) => nodeView(state, findNode(state, id)));
  });

  app.post('/v1/nodes/:id/drain', async (request) => {
    const { id } = parseInput(nodeParams, request.params, 'params');
    const body = parseInput(drainBody, request.body ?? {}, 'body');
    const backend = cluster();
    const node = await backend.read((state) => findNode(state, id));
    mustSucceed(await backend.propose(body.cancel === true
      ? { type: 'cancel-drain', node: node.id }
      : { type: 'start-drain', node: node.id, deadlineMs: body.deadline === undefined ? 0 : Date.now() + body.deadline, maxParallel: body.maxParallel ?? 1 }));
    const state = backend.state();
    return nodeView(state, state.node(node.id) ?? node);
  });

  app.post('/v1/nodes/:id/eligibility', async (request) => {
    const { id } = parseInput(nodeParams, request.params, 'params');
    const { eligible } = parseInput(eligibilityBody, request.body, 'body');
    const backend = cluster();
    const node = await backend.read((state) => findNode(state, id));
    mustSucceed(await backend.propose({ type: 'set-eligibility', node: node.id, eligible }));
    const state = backend.state();
    return nodeView(state, state.node(node.id) ?? node);
  });
};
