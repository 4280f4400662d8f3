// npm run test:cluster [FILE...] [--match P]  the multi-host scenarios (and the harness's own tests) under AVA, one file at a time
// npm run test:cluster -- --soak --seeds N    N random fault schedules, one after another
//                         [--seed S]          the first seed (default: random); a failing one prints how to replay it
//                         [--steps K] [--json]
import { Command, InvalidArgumentError } from 'commander';
import { execa } from 'execa';
import { randomInt } from 'node:crypto';
import { MAX_STEPS, runSoak } from './soak/index.ts';
import type { SoakResult } from './soak/index.ts';

const AVA = new URL('../node_modules/ava/entrypoints/cli.js', import.meta.url).pathname;
const TTL_MS = 4_000;

const count = (name: string, max: number) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}`);
  return n;
};

const program = new Command('test:cluster')
  .description('multi-host cluster tests: hosts as network namespaces, real arrowd processes, injected faults')
  .argument('[files...]', 'test files to run (default: all of cluster-tests/)')
  .option('--match <pattern>', 'only the tests whose title matches (AVA --match)')
  .option('--soak', 'run random fault schedules instead of the scenarios')
  .option('--seeds <n>', 'schedules to run', count('--seeds', 10_000), 1)
  .option('--seed <s>', 'first seed (then s+1, s+2, …)', (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new InvalidArgumentError('--seed must be a whole number from 0 to 4294967295');
    return n;
  })
  .option('--steps <k>', 'faults per schedule', count('--steps', MAX_STEPS), 6)
  .option('--json', 'one JSON line per schedule')
  .action(async (files: string[], opts: { match?: string; soak?: boolean; seeds: number; seed?: number; steps: number; json?: boolean }) => {
    if (!opts.soak) {
      const match = opts.match ? ['--match', opts.match] : [];
      const ava = await execa(process.execPath, [AVA, '--config', 'ava.cluster.config.mjs', ...match, ...files], { stdio: 'inherit', reject: false });
      process.exitCode = ava.exitCode ?? 1;
      return;
    }
    const first = opts.seed ?? randomInt(0, 2 ** 31);
    const failed: SoakResult[] = [];
    for (let seed = first; seed < first + opts.seeds; seed++) {
      const teardowns: Array<() => Promise<void>> = [];
      let result: SoakResult;
      try {
        result = await runSoak({ teardown: (fn) => teardowns.push(fn) }, {
          seed, hosts: 5, servers: 3, steps: opts.steps, ttlMs: TTL_MS, log: opts.json ? undefined : (line) => console.log(`  seed ${seed} ${line}`),
        });
      } catch (error) {
        result = { seed, steps: [], durationMs: 0, history: { operations: 0, acknowledgedWrites: 0, unknownWrites: 0, refused: 0, reads: 0 }, linearizable: 'unknown', failures: [`the run failed: ${(error as Error).message}`] };
      } finally {
        for (const fn of teardowns.reverse()) await fn().catch(() => undefined);
      }
      if (opts.json) console.log(JSON.stringify(result));
      else console.log(`seed ${seed}: ${result.failures.length === 0 ? 'passed' : 'FAILED'} in ${(result.durationMs / 1000).toFixed(1)} s; ${result.history.acknowledgedWrites} writes acknowledged, ${result.history.unknownWrites} of unknown outcome, history ${result.linearizable}`);
      if (result.failures.length > 0) {
        failed.push(result);
        for (const f of result.failures) console.error(`  ${f}`);
        console.error(`  replay: npm run test:cluster -- --soak --seed ${seed} --steps ${opts.steps}`);
      }
    }
    if (!opts.json) console.log(`${opts.seeds - failed.length} of ${opts.seeds} schedules passed (seeds ${first}..${first + opts.seeds - 1})`);
    process.exitCode = failed.length > 0 ? 1 : 0;
  });

await program.parseAsync();
