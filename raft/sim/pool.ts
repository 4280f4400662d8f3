// Runs many seeds across child processes (the simulation is CPU-bound and single-threaded).
// Seeds are handed out in small batches so a slow seed does not hold up a whole chunk.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SimOptions, SimResult } from './simulation.ts';
import { runSeed } from './simulation.ts';

export interface PoolOptions extends Omit<SimOptions, 'seed'> {
  workers?: number;
  onResult?: (r: SimResult) => void;
}

export interface WorkerRequest {
  seeds: number[];
  options: Omit<SimOptions, 'seed'>;
}

const workerPath = fileURLToPath(new URL('./worker.ts', import.meta.url));

export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export async function runSeeds(seeds: readonly number[], options: PoolOptions = {}): Promise<SimResult[]> {
  const { workers = defaultWorkers(), onResult, ...simOptions } = options;
  if (workers <= 1) {
    const out: SimResult[] = [];
    for (const seed of seeds) {
      const r = runSeed(seed, simOptions);
      onResult?.(r);
      out.push(r);
    }
    return out;
  }
  const queue = seeds.slice();
  const results: SimResult[] = [];
  const batch = 5;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const child = fork(workerPath, [], { execPath: process.execPath, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let outstanding = 0;
      const sendNext = () => {
        const next = queue.splice(0, batch);
        if (next.length === 0) {
          child.disconnect();
          return;
        }
        outstanding = next.length;
        const req: WorkerRequest = { seeds: next, options: simOptions };
        child.send(req);
      };
      child.on('message', (r: SimResult) => {
        results.push(r);
        onResult?.(r);
        if (--outstanding === 0) sendNext();
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (outstanding > 0 || code !== 0) reject(new Error(`simulation worker exited with ${code}`));
        else resolve();
      });
      sendNext();
    });
  await Promise.all(Array.from({ length: Math.min(workers, seeds.length) }, runWorker));
  return results.sort((a, b) => a.seed - b.seed);
}
