import test from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KvStore, encodeRequest } from '../kv/index.ts';
import type { KvOp, KvResult } from '../kv/index.ts';
import { MemoryNetwork } from '../transport/index.ts';
import { checkLinearizability, kvModel } from '../linearizability/index.ts';
import type { KvInput, KvOutput, Operation } from '../linearizability/index.ts';
import { LeaderChangedError, NotLeaderError, RaftNode, RequestTimeoutError } from './index.ts';
import type { StateMachine } from './index.ts';

const tempDirs: string[] = [];
test.after.always(async () => {
  await Promise.all(tempDirs.map((d) => rm(d, { recursive: true, force: true })));
});

function kvMachine(store: KvStore): StateMachine<KvResult | undefined> {
  return {
    apply: (command) => store.apply(command)?.result,
    snapshot: () => store.snapshot(),
    restore: (data) => store.restore(data),
  };
}

interface Member {
  id: string;
  dir: string;
  store: KvStore;
  node: RaftNode<KvResult | undefined>;
}

async function startMember(network: MemoryNetwork, id: string, dir: string, initial: Record<string, string> | undefined, snapshotEvery = 10_000, requestTimeoutMs = 3000): Promise<Member> {
  const store = new KvStore();
  const node = await RaftNode.start({
    id,
    dataDir: dir,
    transport: network.transport(id),
    stateMachine: kvMachine(store),
    initialMembers: initial,
    tickMs: 5,
    electionTicks: 40,
    heartbeatTicks: 2,
    requestTimeoutMs,
    snapshotEvery,
    keepEntriesAfterSnapshot: 5,
  });
  return { id, dir, store, node };
}

async function cluster(network: MemoryNetwork, ids: string[], snapshotEvery?: number, requestTimeoutMs?: number): Promise<Member[]> {
  const initial = Object.fromEntries(ids.map((id) => [id, `mem:${id}`]));
  const members: Member[] = [];
  for (const id of ids) {
    const dir = await mkdtemp(join(tmpdir(), `arrow-raft-node-${id}-`));
    tempDirs.push(dir);
    members.push(await startMember(network, id, dir, initial, snapshotEvery, requestTimeoutMs));
  }
  return members;
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = probe();
    if (v !== undefined && v !== false) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const leaderOf = (members: Member[]) => until('a leader', () => members.find((m) => m.node.isLeader));

/**
 * A setup write that must happen, on a machine that may be loaded: a spurious election or a slow
 * round fails it with NotLeaderError or RequestTimeoutError, and it is tried again (at most 10
 * times), through whichever member leads by then.
 */
async function proposeSurely(members: Member[], command: Uint8Array): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await leaderOf(members)).node.propose(command);
      return;
    } catch (error) {
      if (attempt >= 10 || !(error instanceof NotLeaderError || error instanceof RequestTimeoutError)) throw error;
    }
  }
}
let seq = 0;
const cmd = (op: KvOp) => encodeRequest({ clientId: 'test', seq: ++seq, op });

test('a three-member cluster elects a leader, replicates writes and serves linearizable reads', async (t) => {
  const network = new MemoryNetwork();
  const members = await cluster(network, ['a', 'b', 'c']);
  t.teardown(() => Promise.all(members.map((m) => m.node.close())));
  const leader = await leaderOf(members);
  const leaderEvents: string[] = [];
  for (const m of members) m.node.on('leader', (id) => leaderEvents.push(id));

  const results = await Promise.all(Array.from({ length: 50 }, (_, i) => leader.node.propose(cmd({ op: 'put', key: `k${i}`, value: `v${i}` }))));
  t.is(new Set(results.map((r) => r.index)).size, 50);
  // A follower's proposal is forwarded to the leader and resolves on the follower.
  const follower = members.find((m) => m !== leader)!;
  const viaFollower = await follower.node.propose(cmd({ op: 'append', key: 'k0', value: '+' }));
  t.true(viaFollower.index > Math.max(...results.map((r) => r.index)));
  // A read on a follower sees the write.
  const value = await follower.node.read(() => follower.store.get('k0'));
  t.is(value, 'v0+');
  await until('replication to all', () => members.every((m) => m.store.get('k49') === 'v49'));
  // Followers that learn of the leader late report it; nobody reports anyone else (stable leader).
  t.true(leaderEvents.every((id) => id === leader.id), `leader events: ${leaderEvents.join(',')}`);
});

test('a member restarted from its data dir recovers its state and catches up', async (t) => {
  const network = new MemoryNetwork();
  const members = await cluster(network, ['a', 'b', 'c'], 20);
  t.teardown(() => Promise.all(members.map((m) => m.node.close())));
  const leader = await leaderOf(members);
  for (let i = 0; i < 30; i++) await leader.node.propose(cmd({ op: 'put', key: `x${i}`, value: String(i) }));
  const victim = members.find((m) => m !== leader)!;
  await until('victim applied', () => victim.store.get('x29') === '29');
  await victim.node.close();
  // Writes while it is down; with snapshotEvery=20 the leader compacts past what it has.
  for (let i = 30; i < 80; i++) await leader.node.propose(cmd({ op: 'put', key: `x${i}`, value: String(i) }));
  const restarted = await startMember(network, victim.id, victim.dir, undefined, 20);
  members[members.indexOf(victim)] = restarted;
  // Restored from its own snapshot (taken every 20 entries) before any catch-up from the leader.
  t.is(restarted.store.get('x15'), '15');
  await until('restarted member caught up', () => restarted.store.get('x79') === '79');
  t.is(restarted.store.fingerprint(), leader.store.fingerprint());
});

test('membership: add a learner, promote it, remove a member', async (t) => {
  const network = new MemoryNetwork();
  const members = await cluster(network, ['a', 'b', 'c']);
  t.teardown(() => Promise.all(members.map((m) => m.node.close())));
  const leader = await leaderOf(members);
  await leader.node.propose(cmd({ op: 'put', key: 'before', value: '1' }));
  const dir = await mkdtemp(join(tmpdir(), 'arrow-raft-node-d-'));
  tempDirs.push(dir);
  const d = await startMember(network, 'd', dir, undefined);
  members.push(d);
  const events: string[][] = [];
  leader.node.on('membership', (cs) => events.push([...cs.voters, '|', ...cs.learners]));
  const afterAdd = await leader.node.addLearner('d', 'mem:d');
  t.deepEqual(afterAdd.learners, ['d']);
  await until('learner caught up', () => d.store.get('before') === '1');
  // PROMOTE is refused until the learner holds every committed entry; retry a bounded number of times.
  let afterPromote: Awaited<ReturnType<typeof leader.node.promote>> | undefined;
  for (let attempt = 0; attempt < 50 && !afterPromote; attempt++) {
    afterPromote = await leader.node.promote('d').catch(async () => {
      await new Promise((r) => setTimeout(r, 50));
      return undefined;
    });
  }
  if (!afterPromote) return t.fail('promote never accepted');
  t.true(afterPromote.voters.includes('d'));
  const removed = members.find((m) => m !== leader && m.id !== 'd')!;
  const afterRemove = await leader.node.remove(removed.id);
  t.false(afterRemove.voters.includes(removed.id));
  t.true(events.length >= 3);
  await leader.node.propose(cmd({ op: 'put', key: 'after', value: '2' }));
  await until('new voter applies', () => d.store.get('after') === '2');
});

test('proposals fail with NotLeaderError while no leader is known', async (t) => {
  const network = new MemoryNetwork();
  network.isolate('a');
  const [a] = await cluster(network, ['a', 'b', 'c']).then((ms) => {
    t.teardown(() => Promise.all(ms.map((m) => m.node.close())));
    return ms;
  });
  const error = await t.throwsAsync(a!.node.propose(cmd({ op: 'put', key: 'k', value: 'v' })));
  t.true(error instanceof NotLeaderError);
});

test('a partitioned old leader cannot serve a stale read, and a concurrent history is linearizable', async (t) => {
  const network = new MemoryNetwork();
  const members = await cluster(network, ['a', 'b', 'c']);
  t.teardown(() => Promise.all(members.map((m) => m.node.close())));
  const history: Operation<KvInput, KvOutput>[] = [];
  const clock = () => performance.now();
  const failedReads: string[] = [];
  async function put(m: Member, client: string, key: string, value: string): Promise<void> {
    const op: Operation<KvInput, KvOutput> = { clientId: client, input: { op: 'put', key, value }, call: clock() };
    history.push(op);
    try {
      await m.node.propose(cmd({ op: 'put', key, value }));
      op.output = {};
      op.return = clock();
    } catch {
      // timed out or refused: outcome unknown, the checker may place it anywhere after its call
    }
  }
  async function get(m: Member, client: string, key: string, attempts = 10): Promise<string | null | undefined> {
    // A read that fails has no effect, so retrying it (as a client would) is always allowed.
    for (let attempt = 0; attempt < attempts; attempt++) {
      const call = clock();
      try {
        const value = await m.node.read(() => m.store.get(key));
        history.push({ clientId: client, input: { op: 'get', key }, call, output: { value }, return: clock() });
        return value;
      } catch (err) {
        failedReads.push(`${m.id}: ${(err as Error).message}`);
        if (!(err instanceof NotLeaderError)) return undefined;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    return undefined;
  }

  const oldLeader = await leaderOf(members);
  await put(oldLeader, 'c1', 'k', 'v1');
  network.isolate(oldLeader.id);
  const others = members.filter((m) => m !== oldLeader);
  const newLeader = await until('a new leader among the majority', () => others.find((m) => m.node.isLeader), 10_000);
  await Promise.all([put(newLeader, 'c2', 'k', 'v2'), get(others[0]!, 'c3', 'k'), get(others[1]!, 'c4', 'k')]);
  // The old leader still believes it leads (or just stepped down); either way it must not answer
  // from its stale state.
  const stale = await get(oldLeader, 'c5', 'k', 1);
  t.true(stale === undefined || stale === 'v2', `old leader read returned ${stale}`);
  network.heal();
  await Promise.all([put(newLeader, 'c2', 'k', 'v3'), get(oldLeader, 'c5', 'k'), get(others[0]!, 'c3', 'k')]);
  const check = checkLinearizability(kvModel, history, { timeoutMs: 5000 });
  t.is(check.result, 'ok');
  t.true(history.filter((op) => op.input.op === 'get').length >= 3, `failed reads: ${failedReads.join('; ')}`);
});

test('requests on a leader cut off from its followers fail with RequestTimeoutError after the request timeout', async (t) => {
  const network = new MemoryNetwork();
  // Election timeout 40 ticks of 5 ms: the leader keeps leading (CheckQuorum) for ~200 ms after
  // the cut, longer than the 120 ms request timeout, so the timeout is what ends these requests.
  const members = await cluster(network, ['a', 'b', 'c'], undefined, 120);
  t.teardown(() => Promise.all(members.map((m) => m.node.close())));
  await proposeSurely(members, cmd({ op: 'put', key: 'before', value: '1' }));
  const leader = await leaderOf(members);
  network.isolate(leader.id);
  const started = performance.now();
  const outcomes = await Promise.allSettled([
    leader.node.propose(cmd({ op: 'put', key: 'k', value: '1' })),
    leader.node.propose(cmd({ op: 'put', key: 'k', value: '2' })),
    leader.node.read(() => leader.store.get('before')),
  ]);
  const elapsed = performance.now() - started;
  for (const outcome of outcomes) {
    t.is(outcome.status, 'rejected');
    if (outcome.status === 'rejected') t.true(outcome.reason instanceof RequestTimeoutError, String(outcome.reason));
  }
  // Not before the timeout, and not much after it (the sweep runs every tick).
  t.true(elapsed >= 115, `failed after ${elapsed.toFixed(0)} ms`);
  t.true(elapsed < 1000, `failed after ${elapsed.toFixed(0)} ms`);
  network.heal();
});

test('a proposal forwarded to a leader that is then lost fails when the leader changes, not at its timeout', async (t) => {
  const network = new MemoryNetwork();
  // A long request timeout: the proposal must fail because the leader changed, long before it.
  const members = await cluster(network, ['a', 'b', 'c'], undefined, 20_000);
  t.teardown(() => Promise.all(members.map((m) => m.node.close())));
  // On a loaded machine an election can start on its own (200 ms timeout) just before the
  // proposal, which then never leaves the follower (NotLeaderError) or reaches another leader;
  // neither is the case under test, and such an attempt is healed and repeated, a bounded number of times.
  for (let attempt = 1; ; attempt++) {
    await proposeSurely(members, cmd({ op: 'put', key: `before${attempt}`, value: '1' }));
    const leader = await leaderOf(members);
    const follower = members.find((m) => m !== leader)!;
    network.isolate(leader.id);
    const started = performance.now();
    const outcome = await follower.node.propose(cmd({ op: 'put', key: `lost${attempt}`, value: '1' })).then(() => 'applied', (error: unknown) => error);
    const elapsed = performance.now() - started;
    if ((outcome instanceof NotLeaderError || outcome === 'applied') && attempt < 5) {
      t.log(`attempt ${attempt}: leadership moved before the proposal left the follower; again`);
      network.heal();
      await until('a stable leader', () => members.every((m) => m.node.leaderId !== '' && m.node.leaderId === members[0]!.node.leaderId) || undefined);
      continue;
    }
    t.true(outcome instanceof LeaderChangedError, String(outcome));
    t.true(outcome instanceof RequestTimeoutError, 'callers treating timeouts as unknown outcomes treat this one so too');
    t.true(elapsed < 5_000, `failed after ${elapsed.toFixed(0)} ms`);
    // The new leader takes writes again.
    await until('a new leader', () => members.find((m) => m !== leader && m.node.isLeader));
    await proposeSurely(members.filter((m) => m !== leader), cmd({ op: 'put', key: 'after', value: '1' }));
    network.heal();
    return;
  }
});

test('snapshots wait until the log applied since the last one is as large as it (snapshotLogRatio)', async (t) => {
  const network = new MemoryNetwork();
  const dir = await mkdtemp(join(tmpdir(), 'arrow-raft-node-ratio-'));
  tempDirs.push(dir);
  const store = new KvStore();
  const snapshotSizes: number[] = [];
  const machine = kvMachine(store);
  const node = await RaftNode.start({
    id: 'a',
    dataDir: dir,
    transport: network.transport('a'),
    stateMachine: {
      ...machine,
      snapshot: () => {
        const data = store.snapshot();
        snapshotSizes.push(data.length);
        return data;
      },
    },
    initialMembers: { a: 'mem:a' },
    tickMs: 5,
    electionTicks: 10,
    heartbeatTicks: 2,
    snapshotEvery: 10,
  });
  t.teardown(() => node.close());
  await until('leader', () => node.isLeader);
  // A large value first: the first snapshot (the last one was the empty bootstrap) holds it.
  await node.propose(cmd({ op: 'put', key: 'big', value: 'x'.repeat(20_000) }));
  for (let i = 0; i < 12; i++) await node.propose(cmd({ op: 'put', key: `k${i}`, value: 'v' }));
  t.is(snapshotSizes.length, 1);
  t.true(snapshotSizes[0]! > 20_000);
  // 30 more small commands: far more than snapshotEvery entries, far fewer bytes than the state.
  for (let i = 12; i < 42; i++) await node.propose(cmd({ op: 'put', key: `k${i}`, value: 'v' }));
  t.is(snapshotSizes.length, 1);
  // Once the commands since it add up to the snapshot's size, the next one is taken.
  await node.propose(cmd({ op: 'put', key: 'big2', value: 'y'.repeat(25_000) }));
  await until('second snapshot', () => snapshotSizes.length === 2 || undefined);
  t.pass();
});
