// CLI: npm run sim:raft -- --seeds 1000 [--start 1] [--workers 4]
//      npm run sim:raft -- --seed 42            (replay one seed, with details)
//      npm run sim:raft -- --seeds 500 --leader-sends-before-write   (a pipelined leader driver)
// Exits non-zero if any seed fails, printing each failing seed and the command replaying it.
import { parseArgs } from 'node:util';
import { defaultWorkers, runSeeds } from './pool.ts';
import type { SimResult } from './simulation.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '100' },
    start: { type: 'string', default: '1' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    'chaos-ticks': { type: 'string' },
    'leader-sends-before-write': { type: 'boolean', default: false },
  },
});

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer, got ${raw}`);
    process.exit(2);
  }
  return n;
}

const single = values.seed !== undefined;
const start = positiveInt('start', single ? values.seed : values.start, 1);
const count = single ? 1 : positiveInt('seeds', values.seeds, 100);
const workers = single ? 1 : positiveInt('workers', values.workers, defaultWorkers());
const chaosTicks = positiveInt('chaos-ticks', values['chaos-ticks'], 600);
const seeds = Array.from({ length: count }, (_, i) => start + i);

const began = performance.now();
let done = 0;
const failures: SimResult[] = [];
const results = await runSeeds(seeds, {
  workers,
  chaosTicks,
  leaderSendsBeforeWrite: values['leader-sends-before-write'],
  onResult: (r) => {
    done++;
    if (!r.ok) {
      failures.push(r);
      console.error(`FAIL seed ${r.seed}: ${r.failure}`);
      console.error(`  replay: npm run sim:raft -- --seed ${r.seed}${chaosTicks !== 600 ? ` --chaos-ticks ${chaosTicks}` : ''}${values['leader-sends-before-write'] ? ' --leader-sends-before-write' : ''}`);
    }
    if (!single && done % 100 === 0) console.log(`${done}/${count} seeds`);
  },
});
const seconds = (performance.now() - began) / 1000;

const total = { operations: 0, completed: 0, crashes: 0, partitions: 0, membershipChanges: 0, snapshotsSent: 0, leaderChanges: 0 };
for (const r of results) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r.stats[k];
if (single && results[0]) console.log(JSON.stringify(results[0].stats, null, 2));
console.log(
  `${results.length} seeds (${start}..${start + count - 1}) in ${seconds.toFixed(1)} s with ${workers} worker(s): ` +
    `${results.length - failures.length} passed, ${failures.length} failed`,
);
console.log(
  `totals: ${total.operations} client ops (${total.completed} acknowledged), ${total.leaderChanges} leader changes, ` +
    `${total.crashes} crashes, ${total.partitions} partitions, ${total.membershipChanges} membership changes, ` +
    `${total.snapshotsSent} snapshots sent`,
);
if (failures.length > 0) {
  console.error(`failing seeds: ${failures.map((f) => f.seed).join(' ')}`);
  process.exit(1);
}
