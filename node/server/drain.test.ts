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

test('a live migration away from a draining node is in flight until its new node runs it', (t) => {
  const d = new Driver();
  for (const n of ['n0', 'n1']) d.apply({ type: 'register-node', node: registration(n) });
  for (const name of ['a', 'b']) d.apply({ type: 'put-arrow', definitionJson: definitionJson({ name, replicas: 1, cpu: 100, memory: 64, volume: {} }) });
  d.scheduleAll();
  const node = d.state.allocationsOfNode('n0').filter(isLiveAllocation).length >= d.state.allocationsOfNode('n1').filter(isLiveAllocation).length ? 'n0' : 'n1';
  const other = node === 'n0' ? 'n1' : 'n0';
  for (const a of d.state.allocations()) {
    d.apply({ type: 'update-allocations', updates: [{ node: a.node, id: a.id, generation: a.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] });
  }
  // Both on one node: move one of them there first, by hand.
  const away = d.state.allocationsOfNode(other).find(isLiveAllocation);
  if (away) {
    d.apply({ type: 'migrate-allocation', allocationId: away.id, to: node });
    d.apply({ type: 'update-allocations', updates: [{ node, id: away.id, generation: away.generation + 1, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] });
  }
  t.is(d.state.allocationsOfNode(node).filter(isLiveAllocation).length, 2);
  d.apply({ type: 'start-drain', node, deadlineMs: 0, maxParallel: 1 });
  d.apply(drainStep(d.state, 0)[0]!);
  d.scheduleAll(5);
  const moved = d.state.allocationsMigratingFrom(node);
  t.is(moved.length, 1, 'migrated, not replaced');
  t.is(moved[0]!.node, other);
  t.deepEqual(drainStep(d.state, 0), [], 'the migration is in flight');
  d.apply({ type: 'update-allocations', updates: [{ node: other, id: moved[0]!.id, generation: moved[0]!.generation, status: 'running', detail: '', exitCode: null, restarts: 0, ports: [] }] });
  t.deepEqual(d.state.allocationsMigratingFrom(node), []);
  t.is(drainStep(d.state, 0).length, 1, 'now the next one');
});
