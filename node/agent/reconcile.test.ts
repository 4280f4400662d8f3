// The reconcile rules, as examples and as fast-check properties over random views.
import test from 'ava';
import fc from 'fast-check';
import { terminalAllocStatuses } from '../cluster/index.ts';
import type { AllocationRecord, AllocStatus, DesiredStatus } from '../cluster/index.ts';
import { reconcile } from './reconcile.ts';
import type { LocalView } from './reconcile.ts';
import type { RunningAllocation } from './runner.ts';
import { allocationRecord as record } from './testing.ts';

const running = (a: AllocationRecord): RunningAllocation => ({ allocation: a, status: 'running' });

const local = (fields: Partial<LocalView> = {}): LocalView => ({ node: 'n1', running: [], attached: new Map(), ended: new Map(), busy: new Set(), ...fields });

const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

test('starts what should run, reports what was stopped before it ran, leaves ended work alone', (t) => {
  const view = {
    index: 10,
    allocations: [
      record('new'),
      record('stopped-early', { desired: 'stop' }),
      record('done', { status: 'complete' }),
      record('ended-here', { generation: 2 }),
    ],
  };
  const actions = reconcile(view, local({ ended: new Map([['ended-here', 2]]) }));
  t.deepEqual(ids(actions.start), ['new']);
  t.deepEqual(ids(actions.reportStopped), ['stopped-early']);
  t.deepEqual(actions.stop, []);
});

test('stops what the cluster stopped (reporting unless it is terminal there) and what moved to a newer generation', (t) => {
  const ran = [record('to-stop'), record('lost'), record('moved', { generation: 1 }), record('newer-here', { generation: 3 })];
  const view = {
    index: 10,
    allocations: [
      record('to-stop', { desired: 'stop', status: 'running' }),
      record('lost', { desired: 'stop', status: 'lost' }),
      record('moved', { generation: 2, status: 'running' }),
      record('newer-here', { generation: 2, status: 'running' }),
    ],
  };
  const actions = reconcile(view, local({ running: ran.map(running), attached: new Map(ran.map((a) => [a.id, a.generation])) }));
  t.deepEqual(actions.stop.map((s) => [s.allocationId, s.generation, s.report?.id]), [
    ['to-stop', 1, 'to-stop'],
    ['lost', 1, undefined],
    ['moved', 1, undefined],
  ]);
  t.deepEqual(actions.start, [], 'the new generation waits for the old one to stop; the newer one here is kept');
  // Once the stop completed, the next pass starts the new generation.
  const after = reconcile(view, local({ running: [running(ran[3]!)], attached: new Map([['newer-here', 3]]), ended: new Map([['moved', 1]]) }));
  t.deepEqual(ids(after.start), ['moved']);
  t.is(after.start[0]?.generation, 2);
});

test('an allocation missing from the answer is stopped only when the answer is at or after the record it started from', (t) => {
  const ran = record('x', { modifyIndex: 20 });
  const state = local({ running: [running(ran)], attached: new Map([['x', 1]]) });
  t.deepEqual(reconcile({ index: 19, allocations: [] }, state).stop, []);
  t.deepEqual(reconcile({ index: 20, allocations: [] }, state).stop, [{ allocationId: 'x', generation: 1, report: undefined }]);
});

test('a workload running at the right generation but not attached to this agent is re-attached by a start', (t) => {
  const a = record('adopted', { status: 'running' });
  t.deepEqual(ids(reconcile({ index: 9, allocations: [a] }, local({ running: [running(a)] })).start), ['adopted']);
  t.deepEqual(reconcile({ index: 9, allocations: [a] }, local({ running: [running(a)], attached: new Map([['adopted', 1]]) })).start, []);
});

const statusArb = fc.constantFrom<AllocStatus>('pending', 'pulling', 'starting', 'running', 'complete', 'failed', 'lost', 'stopped');
const desiredArb = fc.constantFrom<DesiredStatus>('run', 'stop');
const generationArb = fc.integer({ min: 1, max: 3 });
const indexArb = fc.integer({ min: 1, max: 30 });

/** Per allocation id: its record in the answer (or none) and what the node knows of it. */
const caseArb = fc.record({
  inView: fc.option(fc.record({ generation: generationArb, desired: desiredArb, status: statusArb, modifyIndex: indexArb }), { nil: undefined }),
  running: fc.option(fc.record({ generation: generationArb, modifyIndex: indexArb }), { nil: undefined }),
  attached: fc.boolean(),
  ended: fc.option(generationArb, { nil: undefined }),
  busy: fc.boolean(),
});

const scenarioArb = fc.tuple(fc.array(caseArb, { minLength: 1, maxLength: 8 }), indexArb).map(([cases, index]) => {
  const allocations: AllocationRecord[] = [];
  const run: RunningAllocation[] = [];
  const attached = new Map<string, number>();
  const ended = new Map<string, number>();
  const busy = new Set<string>();
  cases.forEach((c, i) => {
    const id = `a${i}`;
    if (c.inView) allocations.push(record(id, c.inView));
    if (c.running) {
      run.push(running(record(id, c.running)));
      if (c.attached) attached.set(id, c.running.generation);
    }
    if (c.ended !== undefined) ended.set(id, c.ended);
    if (c.busy) busy.add(id);
  });
  return { view: { index, allocations }, local: { node: 'n1', running: run, attached, ended, busy } satisfies LocalView };
});

test('properties: never starts what the cluster stopped or ended, nor a second generation, nor anything busy', (t) => {
  fc.assert(fc.property(scenarioArb, ({ view, local: node }) => {
    const actions = reconcile(view, node);
    const runningGen = new Map(node.running.map((r) => [r.allocation.id, r.allocation.generation]));
    for (const a of actions.start) {
      if (a.desired !== 'run' || terminalAllocStatuses.has(a.status)) return false;
      if (runningGen.has(a.id) && runningGen.get(a.id) !== a.generation) return false;
      if (node.ended.get(a.id) === a.generation && !runningGen.has(a.id)) return false;
      if (node.busy.has(a.id)) return false;
    }
    const touched = [...actions.start.map((a) => a.id), ...actions.stop.map((s) => s.allocationId), ...actions.reportStopped.map((a) => a.id)];
    if (new Set(touched).size !== touched.length) return false; // one action per allocation per pass
    for (const s of actions.stop) {
      if (node.busy.has(s.allocationId) || runningGen.get(s.allocationId) !== s.generation) return false;
      if (s.report && (s.report.generation !== s.generation || terminalAllocStatuses.has(s.report.status))) return false;
    }
    for (const a of actions.reportStopped) {
      if (a.desired !== 'stop' || terminalAllocStatuses.has(a.status) || runningGen.has(a.id)) return false;
    }
    return true;
  }), { numRuns: 2_000 });
  t.pass();
});

test('properties: whatever runs against the cluster\'s wishes at a current answer is stopped', (t) => {
  fc.assert(fc.property(scenarioArb, ({ view, local: node }) => {
    const actions = reconcile(view, node);
    const stopped = new Set(actions.stop.map((s) => s.allocationId));
    const byId = new Map(view.allocations.map((a) => [a.id, a]));
    for (const { allocation: ran } of node.running) {
      if (node.busy.has(ran.id)) continue;
      const a = byId.get(ran.id);
      const unwanted = a === undefined
        ? view.index >= ran.modifyIndex
        : a.generation > ran.generation || (a.generation === ran.generation && (a.desired === 'stop' || terminalAllocStatuses.has(a.status)));
      if (unwanted !== stopped.has(ran.id)) return false;
    }
    return true;
  }), { numRuns: 2_000 });
  t.pass();
});

test('an allocation moved from here to another node, running: migrate it there; anything else of another node is not ours', (t) => {
  const ran = [record('moving', { status: 'running' }), record('gone', { status: 'running' })];
  const view = {
    index: 10,
    allocations: [
      record('moving', { node: 'n2', generation: 2, status: 'running', migratingFrom: 'n1' }),
      record('gone', { node: 'n2', generation: 2, status: 'running', migratingFrom: 'n3' }),
      record('elsewhere', { node: 'n2', status: 'pending' }),
    ],
  };
  const actions = reconcile(view, local({ running: ran.map(running), attached: new Map(ran.map((a) => [a.id, a.generation])) }));
  t.deepEqual(actions.stop.map((s) => [s.allocationId, s.generation, s.migrateTo?.node]), [['moving', 1, 'n2'], ['gone', 1, undefined]]);
  t.deepEqual(actions.start, [], 'another node\'s allocation never starts here');
  t.deepEqual(actions.reportStopped, []);
  const stopped = reconcile({ index: 11, allocations: [record('moving', { node: 'n2', generation: 2, desired: 'stop', status: 'running', migratingFrom: 'n1' })] }, local({ running: [running(ran[0]!)] }));
  t.is(stopped.stop[0]?.migrateTo, undefined, 'one the cluster stopped meanwhile is only stopped');
});

