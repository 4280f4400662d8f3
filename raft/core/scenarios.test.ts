// The cases the Raft paper and its errata are known for, built message by message.
import test from 'ava';
import { TestCluster } from './testing.ts';
import { ConfChangeType, EntryType, MessageType, ProposalDropped } from './types.ts';
import type { Message } from './types.ts';

const manual = { preVote: false, checkQuorum: false };
const enc = new TextEncoder();

test('figure 8: an entry from an earlier term is not committed by counting replicas', (t) => {
  const c = new TestCluster(['a', 'b', 'c', 'd', 'e'], manual);
  c.elect('a'); // term 2, everyone holds a's no-op at index 2
  // a appends X at index 3 (term 2) and only b gets it.
  c.propose('a', 'X');
  c.stabilize((m) => m.from !== 'a' || m.to === 'b');
  c.isolate('a');
  // e wins term 3 with c and d (their logs end at (2, 2) like e's), appends its no-op at index 3
  // (term 3) but replicates it to nobody.
  c.get('e').node.campaign();
  c.stabilize((m) => m.type === MessageType.VOTE || m.type === MessageType.VOTE_RESP);
  t.is(c.get('e').node.status().role, 'leader');
  c.isolate('e');
  c.queue = [];
  // a restarts (losing its leadership of term 2), comes back and wins term 4: its last entry
  // (3, 2) beats c's and d's (2, 2). Its first try, in term 3, fails: c and d voted for e.
  c.cut.clear();
  c.isolate('e');
  c.restart('a');
  const voting = (m: Message) => m.type === MessageType.VOTE || m.type === MessageType.VOTE_RESP;
  for (let i = 0; i < 3 && c.get('a').node.status().role !== 'leader'; i++) {
    c.get('a').node.campaign();
    c.stabilize(voting);
  }
  const a = c.get('a').node;
  t.is(a.status().role, 'leader');
  t.is(a.status().term, 4);
  t.is(a.termAt(4), 4, 'the new leader appended its no-op at index 4');
  // Replicate only index 3 (the old-term X) to b and c: a knows a, b and c hold it, a majority of five.
  // (c first rejects a's probe; the retry carries [3, 4], of which c only gets 3.)
  a.tick(); // a heartbeat un-pauses the probe lost with the election traffic
  for (let round = 0; round < 8; round++) {
    c.processReadies();
    for (const m of c.queue.splice(0)) {
      const bc = (id: string) => id === 'b' || id === 'c';
      if (m.type === MessageType.APP && bc(m.to)) c.deliver({ ...m, entries: m.entries.filter((e) => e.index <= 3) });
      else if (bc(m.to) || bc(m.from)) c.deliver(m);
    }
  }
  t.is(c.get('c').node.termAt(3), 2);
  t.is(a.status().progress?.get('b')?.match, 3);
  t.is(a.status().progress?.get('c')?.match, 3);
  t.true(a.status().commit < 3, 'X is on a majority but from an old term: not committed');
  // a fails; e (last entry (3, 3)) can win with d and c and overwrite X everywhere: this is
  // exactly why X must not have been committed.
  c.cut.clear();
  c.isolate('a');
  c.restart('e'); // e, too, still believed it led term 3
  for (let i = 0; i < 3 && c.get('e').node.status().role !== 'leader'; i++) {
    c.get('e').node.campaign();
    c.stabilize(voting);
  }
  t.is(c.get('e').node.status().role, 'leader');
  c.tickAll(3);
  for (const id of ['b', 'c', 'd', 'e']) {
    t.false(c.appliedData(id).includes('X'), `${id} never applies X`);
    t.is(c.get(id).node.termAt(3), 3, `${id} holds e's entry at index 3`);
  }
});

test('figure 8 (continued): an old-term entry commits once an entry of the current term does', (t) => {
  const c = new TestCluster(['a', 'b', 'c'], manual);
  c.elect('a');
  c.propose('a', 'X');
  c.stabilize((m) => m.from !== 'a' || m.to === 'b'); // a and b hold X, uncommitted on c... and on a
  c.isolate('c');
  c.queue = [];
  c.cut.clear();
  // a crashes before learning X is committed? Here b takes over: its no-op of the new term
  // carries X to commitment.
  c.isolate('a');
  c.elect('b');
  c.tickAll(2);
  t.deepEqual(c.appliedData('b'), ['X']);
  t.deepEqual(c.appliedData('c'), ['X']);
});

test('a partitioned old leader cannot commit; after healing its entry is discarded', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  c.propose('a', 'before');
  c.stabilize();
  c.isolate('a');
  c.propose('a', 'lost'); // accepted by the old leader, which can never commit it
  c.stabilize();
  c.tickAll(40); // b or c takes over; a steps down through CheckQuorum
  const [leader] = c.leaders().filter((id) => id !== 'a');
  t.truthy(leader);
  c.propose(leader!, 'after');
  c.stabilize();
  t.false(c.appliedData('a').includes('lost'));
  c.heal();
  c.tickAll(5);
  for (const id of ['a', 'b', 'c']) t.deepEqual(c.appliedData(id), ['before', 'after'], id);
  t.deepEqual(c.logTerms('a'), c.logTerms(leader!));
});

test('a rejoining member with a long divergent log is repaired with few round trips', (t) => {
  const c = new TestCluster(['a', 'b', 'c'], { maxSizePerMsg: 1 << 20 });
  c.elect('a');
  c.isolate('a');
  for (let i = 0; i < 50; i++) c.propose('a', `stale${i}`); // 50 uncommitted entries of a's term
  c.stabilize();
  c.tickAll(40);
  const [leader] = c.leaders().filter((id) => id !== 'a');
  for (let i = 0; i < 20; i++) c.propose(leader!, `new${i}`);
  c.stabilize();
  c.heal();
  let rejections = 0;
  c.tickAll(5, (m) => {
    if (m.type === MessageType.APP_RESP && m.reject) rejections++;
    return true;
  });
  t.true(rejections <= 3, `fast backtracking: ${rejections} rejections for 50 divergent entries`);
  t.deepEqual(c.logTerms('a'), c.logTerms(leader!));
  t.deepEqual(c.appliedData('a'), c.appliedData(leader!));
  t.false(c.appliedData('a').some((d) => d.startsWith('stale')));
});

test('a removed leader steps down and the rest elect a leader and keep committing', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  c.proposeConfChange('a', { type: ConfChangeType.REMOVE, member: 'a', context: new Uint8Array() });
  c.stabilize();
  c.tickAll(2);
  t.not(c.get('a').node.status().role, 'leader');
  t.deepEqual(c.get('b').node.status().confState.voters.sort(), ['b', 'c']);
  c.tickAll(40);
  const leaders = c.leaders();
  t.is(leaders.length, 1);
  t.not(leaders[0], 'a');
  c.propose(leaders[0]!, 'after-removal');
  c.stabilize();
  c.tickAll(2);
  t.deepEqual(c.appliedData('b'), ['after-removal']);
  t.deepEqual(c.appliedData('c'), ['after-removal']);
  t.false(c.get('a').node.status().confState.voters.includes('a'));
});

test('a follower behind the compacted log gets a snapshot, then normal appends', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  c.isolate('c');
  for (let i = 0; i < 20; i++) c.propose('a', `v${i}`);
  c.stabilize();
  c.tickAll(1);
  const a = c.get('a');
  const applied = a.node.status().applied;
  a.storage.createSnapshot(applied, a.node.status().confState, enc.encode(JSON.stringify(c.appliedData('a'))));
  a.storage.compact(applied);
  c.heal();
  c.propose('a', 'during-install'); // replication continues while c installs the snapshot
  c.tickAll(5);
  const follower = c.get('c');
  t.is(follower.snapshots.length, 1);
  t.is(follower.snapshots[0]!.metadata.index, applied);
  t.deepEqual(JSON.parse(new TextDecoder().decode(follower.snapshots[0]!.data)), c.appliedData('a').slice(0, 20));
  t.is(follower.storage.firstIndex(), applied + 1);
  t.deepEqual(c.appliedData('c'), ['during-install'], 'entries after the snapshot are applied normally');
  t.is(follower.node.status().commit, a.node.status().commit);
  t.is(a.node.status().progress?.get('c')?.state, 'replicate');
});

test('a learner catches up (by snapshot) before it can be promoted; then it counts for quorum', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  c.propose('a', 'one');
  c.stabilize();
  c.addMember('d'); // empty storage
  c.cut.add('a->d'); // d cannot catch up yet
  c.proposeConfChange('a', { type: ConfChangeType.ADD_LEARNER, member: 'd', context: new Uint8Array() });
  c.stabilize();
  c.tickAll(1);
  t.deepEqual(c.get('a').node.status().confState.learners, ['d']);
  t.throws(() => c.proposeConfChange('a', { type: ConfChangeType.PROMOTE, member: 'd', context: new Uint8Array() }), {
    instanceOf: ProposalDropped,
    message: /not caught up/,
  });
  c.heal();
  c.tickAll(3);
  t.is(c.get('d').snapshots.length, 1, 'the learner started from the leader snapshot');
  c.proposeConfChange('a', { type: ConfChangeType.PROMOTE, member: 'd', context: new Uint8Array() });
  c.stabilize();
  c.tickAll(2);
  t.deepEqual(c.get('a').node.status().confState.voters.sort(), ['a', 'b', 'c', 'd']);
  // With four voters, a and b alone (2 of 4) cannot commit.
  c.isolate('c');
  c.cut.add('a->d');
  c.cut.add('d->a');
  c.propose('a', 'needs-three');
  c.stabilize();
  t.false(c.appliedData('a').includes('needs-three'));
  c.heal();
  c.tickAll(2);
  t.true(c.appliedData('d').includes('needs-three'));
});

test('only one membership change may be pending at a time', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  c.isolate('b');
  c.isolate('c');
  c.proposeConfChange('a', { type: ConfChangeType.ADD_LEARNER, member: 'd', context: new Uint8Array() });
  t.throws(() => c.proposeConfChange('a', { type: ConfChangeType.ADD_LEARNER, member: 'e', context: new Uint8Array() }), {
    instanceOf: ProposalDropped,
  });
});

test('ReadIndex answers after a heartbeat quorum; an isolated stale leader cannot answer', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  c.propose('a', 'x');
  c.stabilize();
  const commit = c.get('a').node.status().commit;
  c.get('a').node.readIndex(enc.encode('r1'));
  c.stabilize();
  t.deepEqual(c.get('a').readStates.map((r) => [r.index, new TextDecoder().decode(r.context)]), [[commit, 'r1']]);
  // From a follower: forwarded to the leader and answered with the leader's commit index.
  c.get('b').node.readIndex(enc.encode('r2'));
  c.stabilize();
  t.deepEqual(c.get('b').readStates.map((r) => r.index), [commit]);
  // Isolated, a still thinks it leads until CheckQuorum fires; its read must not be answered.
  c.isolate('a');
  c.get('a').node.readIndex(enc.encode('r3'));
  c.stabilize();
  c.tickAll(30);
  t.is(c.get('a').readStates.length, 1, 'no answer without a quorum');
});

test('leadership transfer hands over to an up-to-date follower; proposals wait meanwhile', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  const term = c.get('a').node.status().term;
  c.cut.add('a->b');
  c.propose('a', 'x'); // b lags by one entry
  c.stabilize();
  c.get('a').node.transferLeader('b');
  t.throws(() => c.propose('a', 'during'), { instanceOf: ProposalDropped });
  c.heal();
  c.tickAll(2);
  t.deepEqual(c.leaders(), ['b']);
  t.is(c.get('b').node.status().term, term + 1);
  t.true(c.appliedData('b').includes('x'));
});

test('a removed follower stops counting toward the quorum', (t) => {
  const c = new TestCluster(['a', 'b', 'c', 'd']);
  c.elect('a');
  c.proposeConfChange('a', { type: ConfChangeType.REMOVE, member: 'd', context: new Uint8Array() });
  c.stabilize();
  c.tickAll(1);
  t.deepEqual(c.get('a').node.status().confState.voters.sort(), ['a', 'b', 'c']);
  c.isolate('c');
  c.isolate('d');
  c.propose('a', 'two-of-three');
  c.stabilize();
  c.tickAll(1);
  t.deepEqual(c.appliedData('b'), ['two-of-three']);
  const confEntries = c.get('b').applied.filter((e) => e.type === EntryType.CONF_CHANGE);
  t.is(confEntries.length, 1);
});

test('messages from unknown members are ignored', (t) => {
  const c = new TestCluster(['a', 'b', 'c']);
  c.elect('a');
  const bogus: Message = {
    type: MessageType.APP_RESP, to: 'a', from: 'zz', term: c.get('a').node.status().term, logTerm: 0, index: 99,
    entries: [], commit: 0, reject: false, rejectHint: 0, context: new Uint8Array(),
  };
  c.get('a').node.step(bogus);
  t.is(c.get('a').node.status().progress?.has('zz'), false);
});

// A pipelined leader (leaderAcksOwnWrites) sends appends before its own write is durable; its own
// copy may count towards a commit only once the driver reports that write.
const pipelined = { leaderAcksOwnWrites: true };

test('a pipelined leader does not commit on followers\' acks alone; its own durable write completes the quorum', (t) => {
  const c = new TestCluster(['a', 'b', 'c'], pipelined);
  c.elect('a');
  c.reportLocalWrite('a'); // the new leader's empty entry
  c.stabilize();
  const before = c.get('a').node.status().commit;
  c.propose('a', 'x');
  c.stabilize(); // b and c persist and acknowledge x
  t.is(c.get('b').storage.lastIndex(), before + 1, 'followers hold x');
  t.is(c.get('a').node.status().commit, before, 'no commit while the leader has not written x');
  for (const id of ['a', 'b', 'c']) t.deepEqual(c.appliedData(id), [], `${id} applies nothing`);
  c.tickAll(3); // heartbeats carry the commit index: it must not cover x either
  for (const id of ['b', 'c']) t.is(c.get(id).node.status().commit, before);
  c.reportLocalWrite('a');
  c.stabilize();
  t.is(c.get('a').node.status().commit, before + 1);
  for (const id of ['a', 'b', 'c']) t.deepEqual(c.appliedData(id), ['x']);
});

test('a pipelined leader answers a ReadIndex held for its first commit once its own write completes that commit', (t) => {
  const c = new TestCluster(['a', 'b', 'c'], pipelined);
  c.elect('a'); // b and c acknowledge the empty entry; a has not reported writing it
  c.get('a').node.readIndex(enc.encode('r1'));
  c.stabilize();
  t.is(c.get('a').readStates.length, 0, 'no answer before an entry of this term commits');
  c.reportLocalWrite('a');
  c.stabilize();
  t.deepEqual(c.get('a').readStates.map((r) => new TextDecoder().decode(r.context)), ['r1']);
});

test('a pipelined leader ignores a write report for an entry its log no longer holds at that term', (t) => {
  const c = new TestCluster(['a', 'b', 'c'], pipelined);
  c.elect('a');
  const status = c.get('a').node.status();
  c.get('a').node.localWriteDone(status.lastIndex, status.term + 1); // wrong term: not this log's entry
  c.stabilize();
  t.is(c.get('a').node.status().commit, status.commit);
  c.reportLocalWrite('a');
  c.stabilize();
  t.is(c.get('a').node.status().commit, status.lastIndex);
});

test('lazyCommitBroadcast: a commit advance sends no empty appends; the next append or the leader\'s next tick carries it', (t) => {
  const c = new TestCluster(['a', 'b', 'c'], { lazyCommitBroadcast: true });
  c.elect('a');
  c.stabilize();
  const sent: Message[] = [];
  const record = (m: Message) => (sent.push(m), true);
  c.propose('a', 'x');
  c.stabilize(record);
  const commit = c.get('a').node.status().commit;
  t.deepEqual(c.appliedData('a'), ['x']);
  t.is(sent.filter((m) => m.type === MessageType.APP && m.entries.length === 0).length, 0, 'no commit-only appends');
  for (const id of ['b', 'c']) t.is(c.get(id).node.status().commit, commit - 1, `${id} has not learnt the commit yet`);
  c.propose('a', 'y'); // the next append carries it
  c.processReadies();
  const append = c.queue.find((m) => m.type === MessageType.APP && m.to === 'b')!;
  t.is(append.commit, commit);
  c.queue = c.queue.filter((m) => m !== append);
  c.deliver(append, record);
  t.is(c.get('b').node.status().commit, commit);
  c.stabilize(record);
  c.get('a').node.tick(); // the leader's tick sends what no append carried
  c.stabilize(record);
  for (const id of ['a', 'b', 'c']) t.deepEqual(c.appliedData(id), ['x', 'y']);
});
