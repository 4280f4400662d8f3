// Real RaftNode clusters (LevelDB in temp dirs) over the libp2p transport on loopback.
import test from 'ava';
import type { Stream } from '@libp2p/interface';
import { MessageType, encodeMessage, encodeRequest } from '../../raft/index.ts';
import type { KvOp } from '../../raft/index.ts';
import { encodeFrames, testHosts, writeVarint } from '../../p2p/index.ts';
import type { ArrowLibp2p } from '../../p2p/index.ts';
import { RAFT_PROTOCOL, RAFT_SNAPSHOT_PROTOCOL } from './index.ts';
import { raftMessage, restartMember, startCluster, stopMember, until } from './testing.ts';
import type { Member } from './testing.ts';

let seq = 0;
const cmd = (op: KvOp) => encodeRequest({ clientId: 'test', seq: ++seq, op });
const put = (key: string, value: string) => cmd({ op: 'put', key, value });
const leaderOf = (members: Member[]) => until('a leader', () => members.find((m) => m.node.isLeader), 15_000);
const portOf = (address: string) => Number(/\/tcp\/(\d+)/.exec(address)![1]);

/** Opens a raw stream from `from` to `to`, sends `bytes`, and waits until the stream ends. */
async function sendRaw(from: ArrowLibp2p, to: Member, bytes: Uint8Array, protocol = RAFT_PROTOCOL): Promise<Error | undefined> {
  let stream: Stream;
  try {
    stream = await from.dialProtocol(to.host.getMultiaddrs()[0]!, protocol, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    return error as Error; // refused during negotiation: as good as a reset
  }
  if (stream.status !== 'open' && stream.status !== 'closing') return new Error(`stream ${stream.status} before anything was sent`);
  const ended = new Promise<Error | undefined>((resolve) => stream.addEventListener('close', (event) => resolve(event.error), { once: true }));
  try {
    stream.send(bytes);
  } catch {
    // already reset
  }
  const timeout = new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), 5_000));
  const outcome = await Promise.race([ended, timeout]);
  if (outcome === 'open') throw new Error('hostile stream still open after 5 s');
  return outcome;
}

test('a three-member cluster elects a leader and commits proposals over libp2p', async (t) => {
  const hosts = await testHosts();
  const { members, cleanup } = await startCluster(hosts, 3);
  t.teardown(async () => { await cleanup(); await hosts.stopAll(); });
  const leader = await leaderOf(members);
  const results = await Promise.all(Array.from({ length: 100 }, (_, i) => leader.node.propose(put(`k${i}`, `v${i}`))));
  t.is(new Set(results.map((r) => r.index)).size, 100);
  // A follower's proposals are forwarded to the leader over the transport.
  const follower = members.find((m) => m !== leader)!;
  const viaFollower = await Promise.all(Array.from({ length: 20 }, (_, i) => follower.node.propose(put(`f${i}`, `w${i}`))));
  t.true(Math.min(...viaFollower.map((r) => r.index)) > Math.max(...results.map((r) => r.index)));
  t.is(await follower.node.read(() => follower.store.get('k99')), 'v99');
  await until('replicated everywhere', () => members.every((m) => m.store.get('f19') === 'w19'));
  t.true(members.every((m) => m.store.fingerprint() === leader.store.fingerprint()));
  // Honest members drop nothing on the way in.
  for (const m of members) {
    for (const reason of ['not-member', 'spoofed-from', 'wrong-recipient', 'malformed', 'oversized', 'unexpected-type', 'step-failed'] as const) t.is(m.drops.get(reason), 0, `${reason} at ${m.id}`);
  }
});

test('a command as large as arrowd allows (4 MiB) replicates under the default limits, also when proposed on a follower', async (t) => {
  const hosts = await testHosts();
  const { members, cleanup } = await startCluster(hosts, 3, { node: { maxCommandBytes: 4 * 1024 * 1024 } });
  t.teardown(async () => { await cleanup(); await hosts.stopAll(); });
  const leader = await leaderOf(members);
  const follower = members.find((m) => m !== leader)!;
  // Commands of exactly maxCommandBytes: the append that carries one is a little larger.
  const exactly = (key: string, seq: number) => {
    const make = (n: number) => encodeRequest({ clientId: 'big', seq, op: { op: 'put', key, value: 'p'.repeat(n) } });
    let n = 4 * 1024 * 1024 - make(0).length;
    n -= make(n).length - 4 * 1024 * 1024;
    const command = make(n);
    t.is(command.length, 4 * 1024 * 1024);
    return command;
  };
  await leader.node.propose(exactly('plan1', 1));
  // Two at once on a follower: forwarded as one PROP of ~8 MiB, split into two frames.
  await Promise.all([follower.node.propose(exactly('plan2', 2)), follower.node.propose(exactly('plan3', 3))]);
  const length = leader.store.get('plan1')?.length ?? 0;
  t.true(length > 4 * 1024 * 1024 - 100);
  await until('replicated everywhere', () => members.every((m) => ['plan1', 'plan2', 'plan3'].every((k) => m.store.get(k)?.length === length)), 30_000);
  for (const m of members) t.is(m.drops.get('too-large'), 0);
});

test('a member restarted on a new port with its key and data dir is found again and caught up by a snapshot', async (t) => {
  const hosts = await testHosts();
  // Snapshots every 20 entries, keeping 5: a member down for 60 entries can only catch up by one.
  const options = { node: { snapshotEvery: 20, keepEntriesAfterSnapshot: 5 }, transport: { maxFrameBytes: 2 * 1024 * 1024 } };
  const { members, cleanup } = await startCluster(hosts, 3, options);
  t.teardown(async () => { await cleanup(); await hosts.stopAll(); });
  const leader = await leaderOf(members);
  for (let i = 0; i < 30; i++) await leader.node.propose(put(`x${i}`, String(i)));
  const index = members.findIndex((m) => m !== leader);
  const victim = members[index]!;
  await until('victim applied', () => victim.store.get('x29') === '29');
  const oldPort = portOf(victim.address());
  await stopMember(victim);
  // While it is down: 60 writes of 100 KiB, so the snapshot it needs (~6 MiB) is far above the
  // message stream's frame limit (2 MiB here): the snapshot protocol's own limit carries it.
  const big = 'y'.repeat(100 * 1024);
  for (let i = 30; i < 90; i++) await leader.node.propose(put(`x${i}`, `${i}:${big}`));
  const restarted = await restartMember(hosts, victim, options);
  members[index] = restarted;
  t.is(restarted.id, victim.id);
  t.not(portOf(restarted.address()), oldPort);
  // Restored from its own data dir before hearing anyone.
  t.is(restarted.store.get('x15'), '15');
  await until('restarted member caught up', () => restarted.store.get('x89') === `89:${big}`, 30_000);
  t.true(restarted.snapshotsInstalled >= 1, 'caught up through a snapshot from the leader');
  t.is(restarted.store.fingerprint(), leader.store.fingerprint());
  // The others reach it at its new port (identify told them when it reconnected): it keeps up.
  await leader.node.propose(put('after', 'restart'));
  await until('new writes reach it', () => restarted.store.get('after') === 'restart');
  t.true(members.every((m) => m.node.status().term === leader.node.status().term));
});

test('hostile peers: outsiders and spoofed, malformed or oversized frames are dropped and counted, and no term changes', async (t) => {
  const hosts = await testHosts();
  const { members, cleanup } = await startCluster(hosts, 3);
  t.teardown(async () => { await cleanup(); await hosts.stopAll(); });
  const leader = await leaderOf(members);
  await leader.node.propose(put('before', '1'));
  await until('replicated', () => members.every((m) => m.store.get('before') === '1'));
  const term = leader.node.status().term;
  const [a, b, c] = members as [Member, Member, Member];
  const voteFrom = (from: string, to: string) => encodeFrames([encodeMessage(raftMessage(from, to, { type: MessageType.VOTE, term: term + 100, logTerm: term + 100, index: 1_000_000 }))]);

  // 1. An outsider holding the cluster key: every stream it opens is reset unread, whatever the
  //    messages claim, on both protocols, even in a flood.
  const outsider = await hosts.start();
  const outsiderId = outsider.peerId.toString();
  for (const m of members) {
    await sendRaw(outsider, m, voteFrom(outsiderId, m.id));
    await sendRaw(outsider, m, voteFrom(b.id === m.id ? a.id : b.id, m.id)); // claims to be a member
    await sendRaw(outsider, m, voteFrom(outsiderId, m.id), RAFT_SNAPSHOT_PROTOCOL);
  }
  for (const m of members) t.is(m.drops.get('not-member'), 3, `not-member at ${m.id}`);
  // 100 streams at once: each is reset by the transport (counted) or refused by libp2p's
  // per-connection stream limit before it gets there; none stays open, none is heard.
  const flood = await Promise.all(Array.from({ length: 100 }, () => sendRaw(outsider, a, voteFrom(b.id, a.id))));
  t.true(flood.every((ended) => ended !== undefined));
  t.true(a.drops.get('not-member') > 3);

  // 2. A member's own host (authenticated as b) sending what its transport never would.
  const oversized: number[] = [];
  writeVarint(64 * 1024 * 1024, oversized);
  await sendRaw(b.host, a, voteFrom(c.id, a.id)); // claims to be c
  await sendRaw(b.host, a, voteFrom(b.id, c.id)); // to someone else
  await sendRaw(b.host, a, encodeFrames([Uint8Array.of(0x08, 0x05, 0x12, 0xff, 0xff, 0xff, 0xff, 0x0f)])); // truncated protobuf
  await sendRaw(b.host, a, Uint8Array.from(oversized));
  // A flood of spoofed votes in one stream: the first resets it, the rest are never read.
  await sendRaw(b.host, a, Buffer.concat(Array.from({ length: 2000 }, () => voteFrom(c.id, a.id))));
  t.is(a.drops.get('spoofed-from'), 2);
  t.is(a.drops.get('wrong-recipient'), 1);
  t.is(a.drops.get('malformed'), 1);
  t.is(a.drops.get('oversized'), 1);

  // 3. Nothing moved: same term everywhere, same leader, and the cluster still commits.
  await new Promise((r) => setTimeout(r, 1_000)); // several election timeouts' worth
  for (const m of members) t.is(m.node.status().term, term, `term at ${m.id}`);
  t.is((await leaderOf(members)).id, leader.id);
  const after = await Promise.all(Array.from({ length: 20 }, (_, i) => leader.node.propose(put(`after${i}`, 'ok'))));
  t.is(after.length, 20);
  await until('still replicating', () => members.every((m) => m.store.get('after19') === 'ok'));

  // 4. Without the cluster key a host cannot connect at all.
  const stranger = await hosts.start({ clusterKey: await hosts.otherClusterKey() });
  const drops = a.drops.total();
  t.truthy(await sendRaw(stranger, a, voteFrom(stranger.peerId.toString(), a.id)));
  t.is(a.host.getConnections(stranger.peerId).length, 0);
  t.is(a.drops.total(), drops);
  t.is(a.node.status().term, term);
});
