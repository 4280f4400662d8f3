// Child process of the seed pool: runs the seeds it is sent and reports each result.
import type { WorkerRequest } from './pool.ts';
import { runSeed } from './simulation.ts';

process.on('message', (req: WorkerRequest) => {
  for (const seed of req.seeds) process.send?.(runSeed(seed, req.options));
});
