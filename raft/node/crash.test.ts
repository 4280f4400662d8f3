// Crash safety with real processes: three members in separate OS processes, each with its own
// LevelDB, are SIGKILLed and restarted in a loop (the leader every other round) while clients
// write unique keys. Afterwards every acknowledged write must be present, with its value, on
// every member, and all members must hold identical state (no fork).
import test from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeRequest } from '../kv/index.ts';
import { MemberClient, ProcessCluster } from './index.ts';

const ids = ['a', 'b', 'c'];
const killRounds = 6;
const writers = 4;
const maxWritesPerWriter = 2_000;
const testBudgetMs = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Connections to the members, renewed when a member restarts on a new client port. */
class Clients {
  readonly #cluster: ProcessCluster;
  readonly #connections = new Map<string, { port: number; client: MemberClient }>();
  constructor(cluster: ProcessCluster) {
    this.#cluster = cluster;
  }
  async get(id: string): Promise<MemberClient | null> {
    const member = this.#cluster.members.get(id);
    if (!member || member.child.exitCode !== null || member.child.signalCode !== null) return null;
    const existing = this.#connections.get(id);
    if (existing && existing.port === member.clientPort && !existing.client.closed) return existing.client;
    existing?.client.close();
    try {
      const client = await MemberClient.connect(member.clientPort, '127.0.0.1', 500);
      this.#connections.set(id, { port: member.clientPort, client });
      return client;
    } catch {
      return null;
    }
  }
  async leader(): Promise<MemberClient | null> {
    let best: { client: MemberClient; term: number } | null = null;
    for (const id of ids) {
      const client = await this.get(id);
      if (!client) continue;
      const status = await client.request({ status: true }, 500).catch(() => null);
      if (status && !status.error && status.role === 'leader' && (!best || status.term > best.term)) best = { client, term: status.term };
    }
    return best?.client ?? null;
  }
  closeAll(): void {
    for (const { client } of this.#connections.values()) client.close();
    this.#connections.clear();
  }
}

test('acknowledged writes survive repeated SIGKILL of members, and replicas agree', async (t) => {
  const base = await mkdtemp(join(tmpdir(), 'arrow-raft-crash-'));
  const stderrTail: string[] = [];
  const cluster = new ProcessCluster({
    ids,
    dataDir: (id) => join(base, id),
    extraArgs: ['--snapshot-every', '500', '--request-timeout-ms', '3000'],
    onStderr: (id, line) => {
      stderrTail.push(`${id}: ${line}`);
      if (stderrTail.length > 50) stderrTail.shift();
    },
  });
  const clients = new Clients(cluster);
  t.teardown(async () => {
    clients.closeAll();
    await cluster.stopAll();
    await rm(base, { recursive: true, force: true });
  });
  await cluster.start();
  const started = Date.now();

  const acknowledged = new Map<string, string>();
  let unknownOutcome = 0;
  let stop = false;

  async function writer(w: number): Promise<void> {
    for (let seq = 1; seq <= maxWritesPerWriter && !stop && Date.now() - started < testBudgetMs; seq++) {
      const key = `w${w}-${seq}`;
      const value = `v${seq}`;
      const command = encodeRequest({ clientId: `writer-${w}`, seq, op: { op: 'put', key, value } });
      // Retry the same (clientId, seq): the state machine applies it at most once.
      let acked = false;
      for (let attempt = 0; attempt < 20 && !acked && Date.now() - started < testBudgetMs; attempt++) {
        const leader = await clients.leader();
        if (!leader) {
          await sleep(100);
          continue;
        }
        const response = await leader.request({ command }, 3000).catch(() => null);
        if (response && !response.error) acked = true;
        else await sleep(50);
      }
      if (acked) acknowledged.set(key, value);
      else unknownOutcome++;
    }
  }

  async function killer(): Promise<void> {
    for (let round = 0; round < killRounds && Date.now() - started < testBudgetMs; round++) {
      await sleep(800 + Math.floor(Math.random() * 700));
      let victim = ids[Math.floor(Math.random() * ids.length)]!;
      if (round % 2 === 0) {
        // Every other round, kill whoever leads.
        for (const id of ids) {
          const client = await clients.get(id);
          const status = await client?.request({ status: true }, 500).catch(() => null);
          if (status?.role === 'leader') victim = id;
        }
      }
      await cluster.kill(victim);
      await sleep(200 + Math.floor(Math.random() * 600));
      await cluster.restart(victim);
    }
  }

  const writing = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  await killer();
  await sleep(1000); // some writes with the cluster healed
  stop = true;
  await writing;
  t.log(`acknowledged ${acknowledged.size} writes, ${unknownOutcome} with unknown outcome, ${killRounds} kill rounds`);
  t.true(acknowledged.size > 50, 'the cluster made progress between crashes');

  // Heal: wait until every member has applied the same index and holds the same data.
  let final: { id: string; fingerprint: string; applied: number }[] = [];
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    final = [];
    for (const id of ids) {
      const response = await (await clients.get(id))?.request({ dump: true }, 1000).catch(() => null);
      if (response && !response.error) final.push({ id, fingerprint: response.fingerprint, applied: response.applied });
    }
    if (final.length === ids.length && final.every((f) => f.applied === final[0]!.applied && f.fingerprint === final[0]!.fingerprint)) break;
    await sleep(200);
  }
  t.is(final.length, ids.length, `every member answers; stderr tail:\n${stderrTail.join('\n')}`);
  for (const member of final) {
    t.is(member.fingerprint, final[0]!.fingerprint, `member ${member.id} agrees with ${final[0]!.id}`);
    const data = new Map(JSON.parse(member.fingerprint) as [string, string][]);
    const missing = [...acknowledged].filter(([key, value]) => data.get(key) !== value);
    t.deepEqual(missing.slice(0, 10), [], `member ${member.id} lost ${missing.length} acknowledged writes`);
  }
  // And a linearizable read through the leader sees the last acknowledged write of each writer.
  const leader = await clients.leader();
  t.truthy(leader);
  for (let w = 0; w < writers; w++) {
    const lastKey = [...acknowledged.keys()].filter((k) => k.startsWith(`w${w}-`)).at(-1);
    if (!lastKey) continue;
    const response = await leader!.request({ get: lastKey }, 3000);
    t.true(response.found, `read of ${lastKey}`);
    t.is(new TextDecoder().decode(response.result), acknowledged.get(lastKey) ?? "<missing>");
  }
});
