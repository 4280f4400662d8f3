// The cluster's named artifacts (NAME:TAG → digest) and its artifact tracker.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { found } from '../errors.ts';
import { digestSchema, nameTagSchema, parseInput } from '../input.ts';
import type { ClusterArtifactView, TagView } from '../types.ts';
import { mustSucceed } from './context.ts';
import type { RouteContext } from './context.ts';

const tagParams = z.object({ name: nameTagSchema });

export const tagRoutes: FastifyPluginAsync<RouteContext> = async (app, { cluster }) => {
  app.get('/v1/tags', async (): Promise<TagView[]> => cluster().read((state) => state.tags().sort((a, b) => (a.name < b.name ? -1 : 1))));

  app.get('/v1/tags/:name', async (request): Promise<TagView> => {
    const { name } = parseInput(tagParams, request.params, 'params');
    return cluster().read((state) => found(state.tag(name), `unknown tag ${name}`));
  });

  app.put('/v1/tags/:name', async (request) => {
    const { name } = parseInput(tagParams, request.params, 'params');
    const { digest } = parseInput(z.strictObject({ digest: digestSchema }), request.body, 'body');
    // The cluster refuses a digest no node holds (409): tags name what the cluster can deliver.
    const result = mustSucceed(await cluster().propose({ type: 'tag-artifact', name, digest }));
    return { name, digest, unchanged: result.unchanged === true };
  });

  app.delete('/v1/tags/:name', async (request) => {
    const { name } = parseInput(tagParams, request.params, 'params');
    const backend = cluster();
    await backend.read((state) => found(state.tag(name), `unknown tag ${name}`));
    mustSucceed(await backend.propose({ type: 'tag-artifact', name, digest: '' }));
    return { removed: name };
  });

  app.get('/v1/cluster-artifacts/:digest', async (request): Promise<ClusterArtifactView> => {
    const { digest } = parseInput(z.object({ digest: digestSchema }), request.params, 'params');
    return cluster().read((state) => found(state.artifact(digest), `no node of the cluster holds ${digest}`));
  });
};
