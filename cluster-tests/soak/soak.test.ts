// One short soak schedule in every test run (a fixed seed, so a failure here replays with
// `npm run test:cluster -- --soak --seed 20261202 --steps 3`); longer ones: --soak --seeds N.
import test from 'ava';
import { runSoak } from './index.ts';

const SEED = 20261202;

test.serial(`a seeded random fault schedule (seed ${SEED}) leaves a linearizable history, every write and one state`, async (t) => {
  const result = await runSoak(t, { seed: SEED, hosts: 5, servers: 3, steps: 3, ttlMs: 4_000, log: (line) => t.log(line) });
  t.log(`${(result.durationMs / 1000).toFixed(1)} s; ${JSON.stringify(result.history)}`);
  t.deepEqual(result.failures, []);
  t.is(result.linearizable, 'ok');
});
