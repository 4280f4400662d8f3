// ShadowFS volumes: the cluster's record of each (where it runs, where its copies go, what each
// node holds and how old it is).
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { arrowNameSchema, parseInput } from '../input.ts';
import { findVolume, volumeDetail, volumeSummary } from '../views.ts';
import type { VolumeDetail, VolumeSummary } from '../types.ts';
import type { RouteContext } from './context.ts';

export const volumeRoutes: FastifyPluginAsync<RouteContext> = async (app, { cluster }) => {
  app.get('/v1/volumes', async (): Promise<VolumeSummary[]> => cluster().read((state) => {
    const now = Date.now();
    return state.volumes().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((v) => volumeSummary(state, v, now));
  }));

  app.get('/v1/volumes/:name', async (request): Promise<VolumeDetail> => {
    const { name } = parseInput(z.object({ name: arrowNameSchema }), request.params, 'params');
    return cluster().read((state) => volumeDetail(state, findVolume(state, name), Date.now()));
  });
};
