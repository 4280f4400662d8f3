// The batched status reporter against a scripted server.
import test from 'ava';
import type { AllocationUpdate, IgnoredItem } from '../cluster/index.ts';
import { ControlRefusedError } from '../control/index.ts';
import { StatusReporter } from './reporter.ts';
import { until } from './testing.ts';

const update = (id: string, status: AllocationUpdate['status'] = 'running', generation = 1): AllocationUpdate => ({
  node: 'n1', id, generation, status, detail: '', exitCode: null, restarts: 0, ports: [],
});

type Answer = readonly IgnoredItem[] | Error;

/** A server that answers calls from a script (then with nothing ignored), recording each call. */
function scripted(answers: Answer[]) {
  const calls: AllocationUpdate[][] = [];
  const send = async (updates: readonly AllocationUpdate[]) => {
    calls.push([...updates]);
    const answer = answers.shift() ?? [];
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { calls, send };
}

const fixedRandom = () => 0.5;

test('changes within the flush window go out as one call with the latest status per allocation', async (t) => {
  const server = scripted([]);
  const reporter = new StatusReporter({ send: server.send, flushMs: 50, random: fixedRandom });
  t.teardown(() => reporter.close());
  reporter.add(update('a', 'pulling'));
  reporter.add(update('b', 'pulling'));
  reporter.add(update('a', 'starting'));
  reporter.add(update('a', 'running'));
  await until('one call', () => server.calls.length === 1);
  await reporter.idle();
  t.is(server.calls.length, 1);
  t.deepEqual(server.calls[0]!.map((u) => [u.id, u.status]).sort(), [['a', 'running'], ['b', 'pulling']]);
  t.like(reporter.stats, { calls: 1, sent: 2, pending: 0 });
});

test('a full batch goes at once, without waiting for the window; each call is capped', async (t) => {
  const server = scripted([]);
  const reporter = new StatusReporter({ send: server.send, flushMs: 60_000, flushAt: 10, maxPerCall: 4, random: fixedRandom });
  t.teardown(() => reporter.close());
  for (let i = 0; i < 10; i++) reporter.add(update(`x${i}`));
  // 10 pending reach flushAt: all of them go now (the window is a minute), 4 per call at most.
  await until('three calls', () => server.calls.length >= 3, 2_000);
  t.deepEqual(server.calls.map((c) => c.length), [4, 4, 2]);
  t.is(reporter.stats.pending, 0);
  reporter.add(update('late'));
  await new Promise((r) => setTimeout(r, 50));
  t.is(server.calls.length, 3, 'a single change waits for the window again');
});

test('transport errors are retried, a newer status replacing the failed one', async (t) => {
  const server = scripted([new Error('connection reset'), new Error('timeout')]);
  const reporter = new StatusReporter({ send: server.send, flushMs: 10, retry: { initialMs: 30, maxMs: 60 }, random: fixedRandom });
  t.teardown(() => reporter.close());
  reporter.add(update('a', 'starting'));
  reporter.add(update('b', 'running'));
  await until('first failure', () => server.calls.length === 1);
  reporter.add(update('a', 'running')); // arrives while the failed call waits for its retry
  await until('delivered', () => reporter.stats.calls === 1);
  t.is(server.calls.length, 3);
  const delivered = server.calls[2]!;
  t.deepEqual(delivered.map((u) => [u.id, u.status]).sort(), [['a', 'running'], ['b', 'running']]);
  t.is(reporter.stats.failedCalls, 2);
});

test('what the server ignores is dropped at once; refused reports are dropped after a few tries', async (t) => {
  const server = scripted([
    [{ id: 'stale', reason: 'stale generation 1 (current 2)' }],
    new ControlRefusedError('bad input'), new ControlRefusedError('bad input'), new ControlRefusedError('bad input'),
  ]);
  const warnings: string[] = [];
  const reporter = new StatusReporter({
    send: server.send, flushMs: 10, refusalsBeforeDrop: 3, retry: { initialMs: 10, maxMs: 20 }, random: fixedRandom,
    logger: { warn: (_o, msg) => warnings.push(msg), info: () => undefined },
  });
  t.teardown(() => reporter.close());
  reporter.add(update('stale'));
  reporter.add(update('fine'));
  await until('first answered', () => reporter.stats.calls === 1);
  t.like(reporter.stats, { ignored: 1, pending: 0 });
  t.true(warnings.some((w) => /ignored/.test(w)));
  reporter.add(update('refused'));
  await until('dropped', () => reporter.stats.dropped === 1);
  await reporter.idle();
  await new Promise((r) => setTimeout(r, 100));
  t.is(server.calls.length, 4, 'one call answered, three refused, no more');
  t.is(server.calls.filter((c) => c.some((u) => u.id === 'stale')).length, 1, 'the ignored update is never sent again');
});

test('close() with flushWithinMs sends what is pending; after close nothing is sent', async (t) => {
  const server = scripted([]);
  const reporter = new StatusReporter({ send: server.send, flushMs: 60_000, random: fixedRandom });
  reporter.add(update('a', 'stopped'));
  await reporter.close({ flushWithinMs: 1_000 });
  t.is(server.calls.length, 1);
  reporter.add(update('b'));
  await new Promise((r) => setTimeout(r, 50));
  t.is(server.calls.length, 1);
});

test('close() ends a call that hangs: the send sees the abort', async (t) => {
  let aborted = false;
  const reporter = new StatusReporter({
    flushMs: 1,
    send: (_updates, signal) => new Promise((_, reject) => {
      signal.addEventListener('abort', () => { aborted = true; reject(new Error('aborted')); }, { once: true });
    }),
  });
  reporter.add(update('a'));
  await new Promise((r) => setTimeout(r, 30));
  const began = Date.now();
  await reporter.close({ flushWithinMs: 50 });
  t.true(aborted);
  t.true(Date.now() - began < 500);
});
