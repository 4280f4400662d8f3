// Scenario 7 of the multi-host cluster tests: a host that holds the cluster key but is no member
// (h5 runs no arrowd) tries to take part in Raft and to pass off forged artifacts. Raft refuses it
// and counts what it dropped; a holder report for a node not its own is refused; a node pulling
// an artifact while the forger is connected and offering a forged manifest gets the real bytes
// and reports the forger as a bad peer.
import test from 'ava';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { execa } from 'execa';
import { NsCluster, P2P_PORT, registerSpec } from '../harness/index.ts';

const HOSTILE_PEER = new URL('../../node/arrowd/hostile-peer.ts', import.meta.url).pathname;
const FORGER = new URL('../harness/forger.ts', import.meta.url).pathname;

const metric = (text: string, pattern: RegExp): number => {
  let total = 0;
  for (const match of text.matchAll(pattern)) total += Number(match[1]);
  return total;
};

test.serial('7: a host with the cluster key but no membership cannot join Raft or serve forged artifacts: refused and reported', async (t) => {
  // h5 is in the topology but runs no arrowd: the stranger.
  const cluster = await NsCluster.start(t, { hosts: 5, servers: 3, ttlMs: 4_000, runner: 'simulated', members: 4 });
  const stranger = cluster.topology.hosts[4]!;
  const leader = await cluster.leader();
  const termBefore = (await leader.process!.client.clusterStatus()).term;
  const keyFile = join(cluster.nodes[0]!.dataDir, 'cluster.key');
  const addrOf = (peerId: string, address: string) => `/ip4/${address}/tcp/${P2P_PORT}/p2p/${peerId}`;
  const follower = cluster.nodes.find((n) => n.role === 'server' && n !== leader)!;

  // Raft: well-formed votes with a huge term (as itself and claiming to be a member), garbage, oversized frames.
  const hostile = await cluster.topology.exec(stranger, process.execPath, [HOSTILE_PEER, '--cluster-key', keyFile, '--target', addrOf(leader.peerId, leader.host.address), '--member', follower.peerId], 120_000);
  const report = JSON.parse(hostile) as { attempts: { protocol: string; payload: string; outcome: string }[] };
  t.true(report.attempts.length >= 15);
  for (const a of report.attempts) t.notRegex(a.outcome, /still open/, `${a.protocol} ${a.payload}: ${a.outcome}`);
  const status = await leader.process!.client.clusterStatus();
  t.is(status.term, termBefore, 'a stranger cannot raise the term');
  t.is(status.members.length, 3, 'nor join the configuration');
  const notMember = metric(await leader.process!.client.metrics(), /arrow_raft_dropped_messages_total\{reason="not-member"\} (\d+)/g);
  t.true(notMember >= 1, `the leader counted the stranger's Raft messages as not-member drops (${notMember})`);
  await cluster.client('h2').putArrow('after', registerSpec('after', 'x'));

  // Forged artifacts: a file held by h1, pulled by h4 while the forger offers a forgery of it.
  const file = join(cluster.nodes[0]!.dataDir, 'payload.bin');
  const content = randomBytes(24 * 1024 * 1024);
  await writeFile(file, content);
  const pushed = await cluster.client('h1').pushFile(file, { ref: 'pin' });
  const puller = cluster.node('h4');
  const forger = cluster.topology.spawn(stranger, process.execPath, [FORGER, '--cluster-key', keyFile, '--server', addrOf(leader.peerId, leader.host.address),
    '--target', addrOf(puller.peerId, puller.host.address), '--digest', pushed.digest, '--size', String(pushed.size), '--impersonate', cluster.node('h2').peerId], { stdin: 'pipe' });
  t.teardown(() => { forger.kill('SIGKILL'); });
  const lines = createInterface({ input: forger.stdout! });
  const events: Record<string, string>[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the forger did not connect in 60 s: ${JSON.stringify(events)}`)), 60_000);
    lines.on('line', (line) => {
      events.push(JSON.parse(line) as Record<string, string>);
      if (events.at(-1)!.event === 'connected') { clearTimeout(timer); resolve(); }
    });
  });
  const holderReport = events.find((e) => e.event === 'holder-report')?.outcome ?? '';
  t.regex(holderReport, /^refused/, `a holder report for another node is refused (${holderReport})`);
  const forgerId = events.find((e) => e.event === 'ready')!.peerId!;
  const record = await cluster.client().clusterArtifact(pushed.digest);
  t.deepEqual([...(record?.holders ?? [])], [cluster.node('h1').peerId], 'h1 alone is recorded as holder');

  const pulled = await puller.process!.client.pull(pushed.digest, { timeoutMs: 120_000 });
  t.is(pulled.size, pushed.size);
  t.true(pulled.badPeers.some((b) => b.peer === forgerId), `the pull names the forger as a bad peer: ${JSON.stringify(pulled.badPeers)}`);
  const stat = await puller.process!.client.stat(pushed.digest);
  t.is(stat?.size, pushed.size, 'the real artifact is complete on the puller');
  const metrics = await puller.process!.client.metrics();
  const reported = metric(metrics, new RegExp(`arrow_p2p_bad_peers_total\\{peer="${forgerId}"\\} (\\d+)`, 'g'));
  t.true(reported >= 1, `the forger is reported as a bad peer (${reported})`);
  t.is(cluster.running().length, 4, 'every arrowd is still up');
});
