import test from 'ava';
import { ClusterState, isLiveAllocation } from '../cluster/index.ts';
import { HeartbeatTracker, heartbeatInterval, planBatch } from './index.ts';
import type { SpecResolver } from './index.ts';
import { Driver, definitionJson, registration, specOf, testOptions } from '../cluster/testing.ts';
import { parseArrowSpec } from '../../scheduler/index.ts';

const resolver: SpecResolver = (arrow, state) => parseArrowSpec(specOf(state, arrow.name));
const options = { seed: 1, maxPlacements: 1000, maxPlacementsPerPlan: 1000, maxEvaluations: 100 };

function cluster(nodes: number): Driver {
  const d = new Driver(new ClusterState(testOptions));
  for (let i = 0; i < nodes; i++) d.apply({ type: 'register-node', node: registration(`n${i}`, { capacity: { cpu: 1000, memory: 4096 } }) });
  return d;
}

test('a batch never plans more than the nodes hold, and commits whole', (t) => {
  const d = cluster(2);
  for (const name of ['a', 'b', 'c']) d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name, replicas: 2, cpu: 500, memory: 64 }) });
  const batch = planBatch(d.state, d.state.pendingEvaluations(), resolver, options);
  t.is(batch.plans.length, 3);
  t.is(batch.placements, 4, 'room for four replicas of 500 millicores');
  const result = d.apply({ type: 'commit-plans', plans: batch.plans }).result;
  t.true(result.ok && result.plans!.every((p) => p.rejected.length === 0));
  t.is(d.state.evaluation('c')?.status, 'blocked');
});

test('a plan larger than the per-plan limit is cut and its evaluation stays pending for the rest', (t) => {
  const d = cluster(4);
  d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'wide', replicas: 10, cpu: 100, memory: 64 }) });
  const first = planBatch(d.state, d.state.pendingEvaluations(), resolver, { ...options, maxPlacementsPerPlan: 4 });
  t.is(first.placements, 4);
  t.is(first.plans[0]!.evalTriggerIndex, 0);
  d.apply({ type: 'commit-plans', plans: first.plans });
  t.is(d.state.evaluation('wide')?.status, 'pending');
  for (let round = 2; d.state.pendingEvaluations().length > 0 && round < 10; round++) {
    d.apply({ type: 'commit-plans', plans: planBatch(d.state, d.state.pendingEvaluations(), resolver, { ...options, seed: round, maxPlacementsPerPlan: 4 }).plans });
  }
  t.is(d.state.allocationsOfArrow('wide').filter(isLiveAllocation).length, 10);
  t.is(d.state.evaluation('wide')?.status, 'complete');
});

test('a spec the scheduler cannot read blocks its evaluation with the reason', (t) => {
  const d = cluster(1);
  d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name: 'odd', replicas: 1, cpu: 100, memory: 64 }) });
  const batch = planBatch(d.state, d.state.pendingEvaluations(), () => { throw new Error('kernel template "nope" is unknown'); }, options);
  d.apply({ type: 'commit-plans', plans: batch.plans });
  t.is(d.state.evaluation('odd')?.status, 'complete');
  t.regex(d.state.evaluation('odd')?.message ?? '', /cannot schedule: kernel template "nope"/);
});

test('heartbeats: silence past the TTL expires; a reset gives everyone a fresh TTL', (t) => {
  const tracker = new HeartbeatTracker(1000);
  tracker.beat('a', 0);
  tracker.beat('b', 500);
  t.deepEqual(tracker.expired(1200), ['a']);
  tracker.reset(['a', 'b'], 1200);
  t.deepEqual(tracker.expired(2100), []);
  t.deepEqual(tracker.expired(2201).sort(), ['a', 'b']);
  t.is(heartbeatInterval(6000), 2000);
});

test('heartbeats: a node that is away (restarting) counts as up for max(TTL, awayMs), and a beat ends that', (t) => {
  const tracker = new HeartbeatTracker(1000);
  tracker.away('a', 0, 30_000);
  tracker.away('b', 0, 200);
  t.deepEqual(tracker.expired(29_999), ['b'], 'a short away gets the TTL still');
  t.deepEqual(tracker.expired(31_001).sort(), ['a', 'b']);
  tracker.beat('a', 5_000);
  t.deepEqual(tracker.expired(6_001).sort(), ['a', 'b'], 'back and silent again: the TTL from its last beat');
});

test('a batch stops taking evaluations when its time budget is spent, but always plans one', (t) => {
  const d = cluster(2);
  for (const name of ['a', 'b', 'c']) d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name, replicas: 1, cpu: 100, memory: 64 }) });
  let clock = 0;
  const batch = planBatch(d.state, d.state.pendingEvaluations(), resolver, { ...options, budgetMs: 10, now: () => (clock += 6) });
  t.is(batch.plans.length, 2, 'the second plan crosses the budget, so the third waits');
  const one = planBatch(d.state, d.state.pendingEvaluations(), resolver, { ...options, budgetMs: 0, now: () => (clock += 100) });
  t.is(one.plans.length, 1);
});
