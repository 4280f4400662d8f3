import test from 'ava';
import fc from 'fast-check';
import { MAX_STEPS, describeStep, faultSchedule } from './index.ts';

const shape = { hosts: 5, servers: 3, steps: 20, ttlMs: 4_000 };

test('a seed replays the same schedule; another seed gives another', (t) => {
  t.deepEqual(faultSchedule(7, shape), faultSchedule(7, shape));
  t.notDeepEqual(faultSchedule(7, shape), faultSchedule(8, shape));
});

test('properties: every step names real hosts, splits partitions into two non-empty sides, and holds within bounds', (t) => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: MAX_STEPS }), (seed, hosts, steps) => {
    const schedule = faultSchedule(seed, { hosts, servers: Math.min(3, hosts), steps, ttlMs: 4_000 });
    if (schedule.length !== steps) return false;
    return schedule.every((step) => {
      const f = step.fault;
      const inRange = (h: number) => Number.isInteger(h) && h >= 0 && h < hosts;
      if (step.holdMs < 500 || step.holdMs > 4_000 * 2 + 2_000 || step.settleMs < 1_000 || step.settleMs > 3_000) return false;
      if (f.kind === 'partition') {
        const all = f.groups.flat();
        return f.groups.length === 2 && f.groups.every((g) => g.length > 0) && all.every(inRange) && new Set(all).size === hosts;
      }
      if (f.kind === 'links') return f.delayMs > 0 && f.lossPercent >= 0 && f.lossPercent <= 10;
      return inRange(f.host);
    });
  }), { numRuns: 300 });
  t.pass();
});

test('bad shapes are refused; steps read as sentences', (t) => {
  t.throws(() => faultSchedule(1, { ...shape, steps: 0 }), { instanceOf: RangeError });
  t.throws(() => faultSchedule(1, { ...shape, steps: MAX_STEPS + 1 }), { instanceOf: RangeError });
  t.throws(() => faultSchedule(1, { ...shape, hosts: 1, servers: 1 }), { instanceOf: RangeError });
  const line = describeStep({ fault: { kind: 'partition', groups: [[0], [1, 2]] }, holdMs: 900, settleMs: 1_000 }, ['h1', 'h2', 'h3']);
  t.is(line, 'partition h1 | h2+h3 for 900 ms, then 1000 ms quiet');
});
