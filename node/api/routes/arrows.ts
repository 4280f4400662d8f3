// Arrows: their specs (validated with node/spec, stored as canonical JSON), what runs of them,
// stopping them, and plan's dry run.
import { randomInt } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { canonicalDefinitionJson, parseArrowDefinition } from '../../spec/index.ts';
import { schedulerSpecOf } from '../../server/index.ts';
import { badRequest } from '../errors.ts';
import { arrowNameSchema, parseInput } from '../input.ts';
import { arrowDetail, arrowView, findArrow, previewPlan } from '../views.ts';
import type { PlanPreview, PutArrowResult } from '../types.ts';
import { mustSucceed } from './context.ts';
import type { RouteContext } from './context.ts';

const nameParams = z.object({ name: arrowNameSchema });
/** The definition itself is node/spec's to check (its errors name fields under `definition.`). */
const definitionBody = z.strictObject({ definition: z.looseObject({}) });

export const arrowRoutes: FastifyPluginAsync<RouteContext> = async (app, { cluster, limits }) => {
  app.get('/v1/arrows', async () => cluster().read((state) =>
    state.arrows().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((arrow) => arrowView(state, arrow))));

  app.get('/v1/arrows/:name', async (request) => {
    const { name } = parseInput(nameParams, request.params, 'params');
    return cluster().read((state) => arrowDetail(state, findArrow(state, name)));
  });

  app.put('/v1/arrows/:name', { bodyLimit: limits.definitionBodyBytes }, async (request): Promise<PutArrowResult> => {
    const { name } = parseInput(nameParams, request.params, 'params');
    const body = parseInput(definitionBody, request.body, 'body');
    const definition = parseArrowDefinition(body.definition);
    if (definition.name !== name) {
      const message = `"${definition.name}" differs from the Arrow named in the path ("${name}")`;
      throw badRequest(`definition.name: ${message}`, [{ path: 'definition.name', message }]);
    }
    const result = mustSucceed(await cluster().propose({ type: 'put-arrow', definitionJson: canonicalDefinitionJson(definition) }));
    return { name, version: result.version ?? 0, unchanged: result.unchanged === true };
  });

  app.post('/v1/arrows/:name/stop', async (request): Promise<PutArrowResult> => {
    const { name } = parseInput(nameParams, request.params, 'params');
    const backend = cluster();
    await backend.read((state) => findArrow(state, name));
    const result = mustSucceed(await backend.propose({ type: 'stop-arrow', name }));
    return { name, version: result.version ?? 0, unchanged: result.unchanged === true };
  });

  app.post('/v1/plan', { bodyLimit: limits.definitionBodyBytes }, async (request): Promise<PlanPreview> => {
    const body = parseInput(definitionBody, request.body, 'body');
    const definition = parseArrowDefinition(body.definition);
    const backend = cluster();
    const specOf = backend.specOf?.bind(backend) ?? schedulerSpecOf;
    return backend.read((state) => previewPlan(state, definition, {
      specOf, seed: randomInt(0, 2 ** 31), ...(backend.schedulerConfig ? { config: backend.schedulerConfig } : {}),
    }));
  });
};
