import test from 'ava';
import { TestCluster } from './testing.ts';
import { MessageType, ProposalDropped } from './types.ts';

test('a campaigning member becomes the only leader and replicates a proposal to all', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  t.deepEqual(c.leaders(), ['a']);
  c.propose('a', 'x');
  c.stabilize();
  c.tickAll(2);
  for (const id of ['a', 'b', 'c']) t.deepEqual(c.appliedData(id), ['x'], id);
});

test('followers elect a leader by themselves after the election timeout', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.tickAll(40);
  t.is(c.leaders().length, 1);
});

test('a proposal to a follower is forwarded to the leader', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  c.propose('b', 'via-b');
  c.stabilize();
  c.tickAll(2);
  t.deepEqual(c.appliedData('c'), ['via-b']);
});

test('a proposal without a known leader is dropped with ProposalDropped', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  t.throws(() => c.propose('a', 'x'), { instanceOf: ProposalDropped });
});

test('election restriction: a member missing a committed entry cannot win', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  // c misses the entry; a and b commit it.
  c.isolate('c');
  c.propose('a', 'committed');
  c.stabilize();
  t.deepEqual(c.appliedData('a'), ['committed']);
  c.heal();
  c.isolate('a'); // the old leader is gone
  // c's log is behind b's; with PreVote b refuses, so c cannot even start a real election.
  c.get('c').node.campaign();
  c.stabilize();
  t.not(c.get('c').node.status().role, 'leader');
  t.is(c.get('c').node.status().term, c.get('b').node.status().term, 'pre-vote left terms alone');
  // b can win (with c's vote: b's log is more up to date).
  c.tickAll(40);
  t.deepEqual(c.leaders().filter((id) => id !== 'a'), ['b']);
});

test('CheckQuorum: an isolated leader steps down and the majority elects a new one', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  c.isolate('a');
  c.tickAll(40);
  t.not(c.get('a').node.status().role, 'leader');
  const leaders = c.leaders();
  t.is(leaders.length, 1);
  t.true(leaders[0] === 'b' || leaders[0] === 'c');
});

test('PreVote: a rejoining partitioned member does not disrupt the leader', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  const term = c.get('a').node.status().term;
  c.isolate('c');
  c.tickAll(50); // c keeps pre-campaigning without raising its term
  t.is(c.get('c').node.status().term, term);
  c.heal();
  c.tickAll(5);
  t.deepEqual(c.leaders(), ['a']);
  t.is(c.get('a').node.status().term, term);
});

test('votes are not granted twice in one term', (t) => {
  const c = new TestCluster(['a', 'b', 'c'], { preVote: false });
  c.get('a').node.campaign();
  c.get('b').node.campaign();
  c.processReadies();
  // Both vote requests for the same term reach c; c grants at most one.
  const votes = c.queue.filter((m) => m.type === MessageType.VOTE && m.to === 'c');
  t.is(votes.length, 2);
  c.stabilize();
  t.true(c.leaders().length <= 1);
});
