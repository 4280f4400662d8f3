import test from 'ava';
import fc from 'fast-check';
import { afterRun, defaultRestartBackoff, describeOutcome } from './restart-policy.ts';
import type { RunOutcome } from './restart-policy.ts';

const outcome = fc.oneof(
  fc.record({ kind: fc.constant('exited' as const), code: fc.integer({ min: 0, max: 255 }), signal: fc.constant(0) }),
  fc.record({ kind: fc.constant('exited' as const), code: fc.constant(0), signal: fc.integer({ min: 1, max: 31 }) }),
  fc.record({ kind: fc.constant('failed' as const), reason: fc.string({ minLength: 1, maxLength: 20 }) }),
);
const policy = fc.constantFrom('always' as const, 'on-failure' as const, 'never' as const);
const ok = (o: RunOutcome) => o.kind === 'exited' && o.code === 0 && o.signal === 0;

test('always restarts, on-failure restarts unless the app exited 0, never ends; an end is complete only after exit 0', (t) => {
  fc.assert(fc.property(policy, outcome, fc.nat(100_000), fc.nat(100), (p, o, ranMs, streak) => {
    const next = afterRun(p, o, ranMs, streak);
    const restarts = p === 'always' || (p === 'on-failure' && !ok(o));
    if (restarts !== (next.kind === 'restart')) return false;
    if (next.kind === 'end') return next.status === (ok(o) ? 'complete' : 'failed') && next.detail === describeOutcome(o);
    return next.detail.startsWith(describeOutcome(o));
  }));
  t.pass();
});

test('the delay doubles per restart in a row from 1 s, is capped at 60 s, and a run that lasted resets it', (t) => {
  fc.assert(fc.property(outcome, fc.nat(1_000), fc.nat(200_000), (o, streak, ranMs) => {
    const next = afterRun('always', o, ranMs, streak);
    if (next.kind !== 'restart') return false;
    const inARow = ranMs >= defaultRestartBackoff.resetAfterMs ? 0 : streak;
    return next.delayMs === Math.min(60_000, 1_000 * 2 ** inARow) && next.streak === inARow + 1;
  }));
  const delays: number[] = [];
  let streak = 0;
  for (let i = 0; i < 9; i++) {
    const next = afterRun('on-failure', { kind: 'exited', code: 1, signal: 0 }, 50, streak);
    if (next.kind !== 'restart') return t.fail();
    delays.push(next.delayMs);
    streak = next.streak;
  }
  t.deepEqual(delays, [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  const afterLongRun = afterRun('on-failure', { kind: 'exited', code: 1, signal: 0 }, 10_000, streak);
  t.like(afterLongRun, { kind: 'restart', delayMs: 1_000, streak: 1 });
});

test('exit codes and details: the code of an exit, none for a signal or a failure', (t) => {
  t.deepEqual(afterRun('never', { kind: 'exited', code: 3, signal: 0 }, 5, 0), { kind: 'end', status: 'failed', detail: 'exited with code 3', exitCode: 3 });
  t.deepEqual(afterRun('never', { kind: 'exited', code: 0, signal: 0 }, 5, 0), { kind: 'end', status: 'complete', detail: 'exited with code 0', exitCode: 0 });
  t.deepEqual(afterRun('on-failure', { kind: 'exited', code: 0, signal: 9 }, 5, 0, { initialMs: 200, maxMs: 1_000, resetAfterMs: 1_000 }), {
    kind: 'restart', delayMs: 200, streak: 1, detail: 'killed by signal 9 (SIGKILL); restarting in 200 ms', exitCode: null,
  });
  t.like(afterRun('never', { kind: 'failed', reason: 'boot failed: no hello' }, 0, 0), { status: 'failed', detail: 'boot failed: no hello', exitCode: null });
  t.like(afterRun('always', { kind: 'exited', code: 0, signal: 0 }, 0, 3), { kind: 'restart', delayMs: 8_000, exitCode: 0, detail: 'exited with code 0; restarting in 8 s' });
});
