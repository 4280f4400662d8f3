// SimulatedRunner: the walk to running, failure injection, stop, re-attach, refusals.
import test from 'ava';
import { SimulatedRunner } from './runner.ts';
import type { RunnerReport } from './runner.ts';
import { allocationRecord, arrowRecord as arrow, until } from './testing.ts';

const allocation = (id: string, generation = 1) => allocationRecord(id, { generation });

function recorder() {
  const reports: RunnerReport[] = [];
  return { reports, report: (r: RunnerReport) => { reports.push(r); }, statuses: () => reports.map((r) => r.status) };
}

test('walks pulling → starting → running and lists the allocation throughout', async (t) => {
  const runner = new SimulatedRunner({ pullMs: 20, startMs: 20 });
  t.teardown(() => runner.close());
  const r = recorder();
  runner.start(allocation('a'), arrow(), r.report);
  t.deepEqual(runner.list().map((x) => [x.allocation.id, x.status]), [['a', 'pulling']]);
  await until('running', () => r.statuses().at(-1) === 'running');
  t.deepEqual(r.statuses(), ['pulling', 'starting', 'running']);
  t.is(runner.list()[0]?.status, 'running');
  t.regex(r.reports.at(-1)!.detail, /simulated/);
  t.is(runner.starts, 1);
});

test('an injected exit reports failed with the code (complete for 0) and leaves the list', async (t) => {
  const runner = new SimulatedRunner({ pullMs: 1, startMs: 1, exitOf: (a) => ({ exitCode: a.id === 'bad' ? 3 : 0, afterMs: 10 }) });
  t.teardown(() => runner.close());
  const bad = recorder();
  const good = recorder();
  runner.start(allocation('bad'), arrow(), bad.report);
  runner.start(allocation('good'), arrow(), good.report);
  await until('both ended', () => runner.list().length === 0);
  t.like(bad.reports.at(-1), { status: 'failed', exitCode: 3, detail: 'exited with code 3' });
  t.like(good.reports.at(-1), { status: 'complete', exitCode: 0 });
});

test('stop ends it at once, with no report after the call', async (t) => {
  const runner = new SimulatedRunner({ pullMs: 20, startMs: 20 });
  t.teardown(() => runner.close());
  const r = recorder();
  runner.start(allocation('a'), arrow(), r.report);
  await runner.stop('a');
  await runner.stop('unknown');
  t.deepEqual(runner.list(), []);
  await new Promise((resolve) => setTimeout(resolve, 80));
  t.deepEqual(r.statuses(), ['pulling']);
});

test('starting the running generation again re-attaches; another generation is refused', async (t) => {
  const runner = new SimulatedRunner({ pullMs: 1, startMs: 1 });
  t.teardown(() => runner.close());
  const first = recorder();
  runner.start(allocation('a'), arrow(), first.report);
  await until('running', () => runner.list()[0]?.status === 'running');
  const second = recorder();
  runner.start(allocation('a'), arrow(), second.report);
  t.deepEqual(second.statuses(), ['running'], 'the new callback hears the current status');
  t.is(runner.starts, 1, 'nothing started twice');
  t.throws(() => runner.start(allocation('a', 2), arrow(), recorder().report), { message: /runs at generation 1/ });
  runner.exit('a', 1);
  t.is(first.reports.length, 3, 'the replaced callback hears nothing more');
  t.is(second.statuses().at(-1), 'failed');
});

test('a definition node/spec refuses fails at once and is not listed', (t) => {
  const runner = new SimulatedRunner();
  const r = recorder();
  runner.start(allocation('a'), arrow('{"name": "web"}'), r.report);
  t.is(r.reports.length, 1);
  t.is(r.reports[0]?.status, 'failed');
  t.regex(r.reports[0]!.detail, /invalid Arrow definition/);
  t.deepEqual(runner.list(), []);
});
