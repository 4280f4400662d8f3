import test from 'ava';
import { isLiveAllocation } from '../cluster/index.ts';
import { Driver, definitionJson, registration } from '../cluster/testing.ts';
import { drainStep } from './index.ts';

function drainingCluster() {
  const d = new Driver();
  for (const n of ['n0', 'n1']) d.apply({ type: 'register-node', node: registration(n) });
  for (const name of ['a', 'b', 'c']) d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name, replicas: 1, cpu: 100, memory: 64 }) });
  d.scheduleAll();
  const busiest = ['n0', 'n1'].sort((x, y) => d.state.allocationsOfNode(y).length - d.state.allocationsOfNode(x).length)[0]!;
  return { d, node: busiest };
}

test('a drain picks up to maxParallel, and waits for the replacement to run before the next', (t) => {
  const { d, node } = drainingCluster();
  const count = d.state.allocationsOfNode(node).filter(isLiveAllocation).length;
  t.true(count >= 2);
  d.apply({ type: 'start-drain', node, deadlineMs: 0, maxParallel: 1 });
  const first = drainStep(d.state, 0);
  t.is(first.length, 1);
  t.is(first[0]!.type === 'pick-for-drain' ? first[0]!.allocations.length : 0, 1);
  d.apply(first[0]!);
  t.deepEqual(drainStep(d.state, 0), [], 'picked, not replaced yet');
  d.scheduleAll(5);
  t.deepEqual(drainStep(d.state, 0), [], 'replaced, replacement not running yet');
  const replacement = d.state.allocations().find((a) => isLiveAllocation(a) && a.replaces !== '')!;
  d.apply({ type: 'update-allocations', updates: [{ node: replacement.node, id: replacement.id, generation: replacement.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] });
  t.is(drainStep(d.state, 0).length, 1, 'now the next one');
});

test('past the deadline everything left is stopped at once', (t) => {
  const { d, node } = drainingCluster();
  d.apply({ type: 'start-drain', node, deadlineMs: 5_000, maxParallel: 1 });
  const late = drainStep(d.state, 5_000);
  t.is(late.length, 1);
  const command = late[0]!;
  t.true(command.type === 'pick-for-drain' && command.forceStop);
  d.apply(command);
  t.is(d.state.allocationsOfNode(node).filter(isLiveAllocation).length, 0);
  t.false(d.state.node(node)!.eligible);
  t.is(d.state.node(node)?.status, 'ready');
});
