import test from 'ava';
import { runSeeds, runSeed } from './index.ts';

test('200 simulator seeds keep every safety invariant, stay live and linearizable', async (t) => {
  const seeds = Array.from({ length: 200 }, (_, i) => 1 + i);
  const results = await runSeeds(seeds, { workers: 2 });
  t.is(results.length, 200);
  const failures = results.filter((r) => !r.ok).map((r) => `seed ${r.seed}: ${r.failure} (replay: npm run sim:raft -- --seed ${r.seed})`);
  t.deepEqual(failures, []);
  // The runs must actually exercise the faults they claim to.
  const sum = (k: 'crashes' | 'partitions' | 'membershipChanges' | 'snapshotsSent' | 'completed' | 'leaderChanges') =>
    results.reduce((n, r) => n + r.stats[k], 0);
  t.true(sum('crashes') > 50, 'crashes');
  t.true(sum('partitions') > 50, 'partitions');
  t.true(sum('membershipChanges') > 50, 'membership changes');
  t.true(sum('snapshotsSent') > 50, 'snapshots');
  t.true(sum('completed') > 10_000, 'acknowledged operations');
  t.true(sum('leaderChanges') > 200, 'leader changes');
});

test('a seed replays identically', (t) => {
  t.deepEqual(runSeed(7), runSeed(7));
});
