// Agents against a real one-member cluster in this process: placement to running, node loss and
// return, stop-arrow, failures, leader redirects and stale reports.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import type { AllocationUpdate } from '../cluster/index.ts';
import { NotLeaderError, remoteControl, serveControl } from '../control/index.ts';
import type { ControlApi } from '../control/index.ts';
import { Agent, SimulatedRunner } from './index.ts';
import type { AgentOptions, SimulatedRunnerOptions } from './index.ts';
import { SERVER_ID, definition, live, registration, startCluster, until, wrapControl } from './testing.ts';
import type { TestCluster } from './testing.ts';

const TTL_MS = 800;

interface TestAgent {
  readonly agent: Agent;
  readonly runner: SimulatedRunner;
  readonly peerId: string;
}

function startAgent(t: ExecutionContext, cluster: TestCluster, peerId: string, options: Partial<AgentOptions> & { runnerOptions?: SimulatedRunnerOptions } = {}): TestAgent {
  const runner = options.runner as SimulatedRunner | undefined ?? new SimulatedRunner({ pullMs: 5, startMs: 5, ...options.runnerOptions });
  const agent = new Agent({
    registration: registration(peerId), servers: cluster.servers, connect: cluster.connector(peerId), runner,
    watchWaitMs: 5_000, retry: { initialMs: 20, maxMs: 200 }, ...options,
  });
  t.teardown(async () => {
    await agent.stop();
    await runner.close();
  });
  agent.start();
  return { agent, runner, peerId };
}

const runningIn = (runner: SimulatedRunner): Map<string, number> =>
  new Map(runner.list().filter((r) => r.status === 'running').map((r) => [r.allocation.id, r.allocation.generation]));

/** Every live allocation of `arrow` is running in the cluster and in the runner of its node. */
function allRunning(cluster: TestCluster, agents: readonly TestAgent[], arrow: string, replicas: number): boolean {
  const allocations = live(cluster.member.state, arrow);
  if (allocations.length !== replicas) return false;
  return allocations.every((a) => {
    const owner = agents.find((x) => x.peerId === a.node);
    return a.status === 'running' && owner !== undefined && runningIn(owner.runner).get(a.id) === a.generation;
  });
}

test('agents run a 4-replica Arrow; a killed agent\'s node goes down, its work moves, and on restart the old work stops for good', async (t) => {
  const cluster = await startCluster(t, TTL_MS);
  const agents = ['peer-a', 'peer-b', 'peer-c'].map((p) => startAgent(t, cluster, p));
  await until('3 nodes registered', () => cluster.member.state.nodes().length === 3);
  t.true((await cluster.member.propose({ type: 'put-arrow', definitionJson: definition('web', 4) })).ok);
  await until('4 replicas running', () => allRunning(cluster, agents, 'web', 4));

  const victim = agents.find((x) => live(cluster.member.state, 'web').some((a) => a.node === x.peerId))!;
  const theirs = live(cluster.member.state, 'web').filter((a) => a.node === victim.peerId).map((a) => a.id);
  const stopping = Date.now();
  await victim.agent.stop(); // as if arrowd were killed: its simulated workloads keep "running"
  t.true(Date.now() - stopping < 1_000, 'stop ends the loops promptly (a 5 s watch was in flight)');
  t.deepEqual([...runningIn(victim.runner).keys()].sort(), [...theirs].sort(), 'workloads outlive the agent');

  await until('victim marked down', () => cluster.member.state.node(victim.peerId)?.status === 'down', TTL_MS + 5_000);
  const others = agents.filter((x) => x !== victim);
  await until('4 replicas running on the other nodes', () => allRunning(cluster, others, 'web', 4), 10_000);
  for (const id of theirs) {
    const old = cluster.member.state.allocation(id);
    t.is(old?.desired, 'stop');
    t.is(old?.status, 'lost');
  }

  // arrowd comes back over the same runner (its workloads survived).
  const restarted = startAgent(t, cluster, victim.peerId, { runner: victim.runner });
  await until('node ready again', () => cluster.member.state.node(victim.peerId)?.status === 'ready');
  await until('old allocations stopped on the restarted node', () => theirs.every((id) => !runningIn(victim.runner).has(id)));
  const startsBefore = victim.runner.starts;
  let cameBack = false;
  const sampler = setInterval(() => { cameBack ||= victim.runner.list().some((r) => theirs.includes(r.allocation.id)); }, 10);
  t.teardown(() => clearInterval(sampler));
  await new Promise((r) => setTimeout(r, 3 * TTL_MS));
  clearInterval(sampler);
  t.false(cameBack, 'old allocations never start again');
  t.is(victim.runner.starts, startsBefore);
  t.is(cluster.member.state.node(victim.peerId)?.status, 'ready');
  t.true(allRunning(cluster, [...others, restarted], 'web', 4));
});

test('stop-arrow: every runner stops everything and the allocations are reported stopped', async (t) => {
  const cluster = await startCluster(t, TTL_MS);
  const agents = ['peer-a', 'peer-b', 'peer-c'].map((p) => startAgent(t, cluster, p));
  t.true((await cluster.member.propose({ type: 'put-arrow', definitionJson: definition('web', 3) })).ok);
  await until('3 replicas running', () => allRunning(cluster, agents, 'web', 3));
  const ids = live(cluster.member.state, 'web').map((a) => a.id);
  t.true((await cluster.member.propose({ type: 'stop-arrow', name: 'web' })).ok);
  await until('runners empty', () => agents.every((x) => x.runner.list().length === 0));
  await until('allocations reported stopped', () => ids.every((id) => cluster.member.state.allocation(id)?.status === 'stopped'));
  for (const id of ids) t.is(cluster.member.state.allocation(id)?.desired, 'stop');
});

test('a workload that exits 1 is reported failed and the cluster places a replacement that runs', async (t) => {
  const cluster = await startCluster(t, TTL_MS);
  let failNext = true;
  const runnerOptions: SimulatedRunnerOptions = {
    exitOf: () => {
      if (!failNext) return undefined;
      failNext = false;
      return { exitCode: 1, afterMs: 50 };
    },
  };
  const agents = ['peer-a', 'peer-b'].map((p) => startAgent(t, cluster, p, { runnerOptions }));
  t.true((await cluster.member.propose({ type: 'put-arrow', definitionJson: definition('job', 1) })).ok);
  const failed = await until('a failed allocation', () => cluster.member.state.allocationsOfArrow('job').find((a) => a.status === 'failed'));
  t.is(failed.exitCode, 1);
  t.regex(failed.statusDetail, /exited with code 1/);
  await until('a replacement running', () => allRunning(cluster, agents, 'job', 1));
  const replacement = live(cluster.member.state, 'job')[0]!;
  t.not(replacement.id, failed.id);
  t.false(agents.some((x) => x.runner.list().some((r) => r.allocation.id === failed.id)), 'the failed one runs nowhere');
});

test('heartbeats follow NotLeaderError to the named leader, and move past a hung server within the interval', async (t) => {
  const cluster = await startCluster(t, TTL_MS);
  const calls = { redirecting: 0, decoy: 0, hung: 0, leader: 0 };
  const connect = (peerId: string) => (server: string): ControlApi => {
    const real = cluster.connector(peerId)(SERVER_ID);
    if (server === 'redirecting') return wrapControl(real, { heartbeat: async () => { calls.redirecting++; throw new NotLeaderError(SERVER_ID); } });
    if (server === 'decoy') return wrapControl(real, { heartbeat: async () => { calls.decoy++; throw new NotLeaderError(SERVER_ID); } });
    if (server === 'hung') return wrapControl(real, { heartbeat: () => { calls.hung++; return new Promise(() => undefined); } });
    return wrapControl(real, { heartbeat: (nodes) => { calls.leader++; return real.heartbeat(nodes); } });
  };
  const info = (peerId: string) => ({ peerId, addrs: [], voter: true });
  // The leader is not the next in the list: only following the hint reaches it without the decoy.
  startAgent(t, cluster, 'peer-a', { servers: [info('redirecting'), info('decoy'), info(SERVER_ID)], connect: connect('peer-a') });
  // No leader named: the agent tries the next server; a hung one costs one beat's timeout only.
  startAgent(t, cluster, 'peer-b', { servers: [info('hung'), info(SERVER_ID)], connect: connect('peer-b'), heartbeatIntervalMs: 200 });
  await until('both registered', () => cluster.member.state.nodes().length === 2);
  await new Promise((r) => setTimeout(r, 3 * TTL_MS));
  t.is(cluster.member.state.node('peer-a')?.status, 'ready');
  t.is(cluster.member.state.node('peer-b')?.status, 'ready');
  t.is(calls.redirecting, 1, 'redirected once, then beats go to the leader');
  t.is(calls.decoy, 0, 'the hint was followed');
  // Once left, the hung server is called again only if the leader itself times out (a stalled
  // event loop on a loaded machine), so at most one more.
  t.true(calls.hung >= 1 && calls.hung <= 2, `a hung server is left after a timed-out beat (${calls.hung} calls)`);
  t.true(calls.leader >= 6, `beats reach the leader (${calls.leader})`);
});

test('a report for a stale generation is ignored by the server, dropped by the agent, and not retried', async (t) => {
  const cluster = await startCluster(t, TTL_MS);
  let release: (() => void) | undefined;
  let gate: Promise<void> = Promise.resolve();
  const staleSends: AllocationUpdate[] = [];
  let stale: { id: string; generation: number } | undefined;
  const connect = (server: string): ControlApi => {
    const real = cluster.connector('peer-a')(server);
    return wrapControl(real, {
      // Holds watch answers while the gate is closed: the agent learns of the new generation late.
      watch: async (node, since, waitMs, signal) => {
        const answer = await real.watch(node, since, waitMs, signal);
        await gate;
        return answer;
      },
      report: (command) => {
        if (command.type === 'update-allocations' && stale) staleSends.push(...command.updates.filter((u) => u.id === stale!.id && u.generation === stale!.generation));
        return real.report(command);
      },
    });
  };
  const a = startAgent(t, cluster, 'peer-a', { connect });
  t.true((await cluster.member.propose({ type: 'put-arrow', definitionJson: definition('web', 1) })).ok);
  await until('running', () => allRunning(cluster, [a], 'web', 1));
  const before = live(cluster.member.state, 'web')[0]!;
  stale = { id: before.id, generation: before.generation };

  gate = new Promise((resolve) => { release = resolve; });
  t.teardown(() => release?.());
  // The allocation moves (in place) to a new generation, as a live migration would commit it.
  const moved = await cluster.member.propose({
    type: 'commit-plans',
    plans: [{
      evalTriggerIndex: 0,
      plan: {
        arrow: 'web', snapshotIndex: cluster.member.state.index, placements: [], stops: [], replacements: [], failures: [],
        migrations: [{ allocationId: before.id, arrow: 'web', from: 'peer-a', to: 'peer-a', generation: before.generation + 1, cpu: 250, memory: 64, reason: 'node-draining' }],
      },
    }],
  });
  t.true(moved.ok && moved.plans?.[0]?.migrated === 1, JSON.stringify(moved));
  // The old generation's workload exits before the agent hears of the move: its report is stale.
  a.runner.exit(before.id, 1);
  await until('the stale report ignored', () => a.agent.stats.reports.ignored >= 1);
  await new Promise((r) => setTimeout(r, 500)); // several flush intervals: no retry of the stale one
  t.is(staleSends.length, 1, 'sent once, never retried');
  const record = cluster.member.state.allocation(before.id)!;
  t.is(record.generation, before.generation + 1);
  // Moved live: pending on its (here the same) node until it reports the new generation running.
  t.is(record.status, 'pending', 'the stale failure changed nothing');

  release!();
  await until('the new generation runs', () => runningIn(a.runner).get(before.id) === before.generation + 1);
  t.is(staleSends.length, 1);
  t.is(a.runner.starts, 2);
  await until('reported running at the new generation', () => cluster.member.state.allocation(before.id)?.status === 'running');
  t.is(cluster.member.state.allocation(before.id)?.migratingFrom, '', 'the move is over');
});

test('stop({ stopWorkloads: true }) stops and reports everything; reportHolders records holdings', async (t) => {
  const cluster = await startCluster(t, TTL_MS);
  const a = startAgent(t, cluster, 'peer-a');
  t.true((await cluster.member.propose({ type: 'put-arrow', definitionJson: definition('web', 2, 100) })).ok);
  await until('2 running', () => allRunning(cluster, [a], 'web', 2));
  const digest = `sha256:${'c'.repeat(64)}`;
  t.deepEqual(await a.agent.reportHolders([{ digest, size: 10, manifestDigest: `sha256:${'d'.repeat(64)}`, held: true }]), []);
  t.deepEqual(cluster.member.state.artifact(digest)?.holders, ['peer-a']);
  const ids = live(cluster.member.state, 'web').map((x) => x.id);
  await a.agent.stop({ stopWorkloads: true });
  t.is(a.runner.list().length, 0);
  await until('reported stopped', () => ids.every((id) => cluster.member.state.allocation(id)?.status === 'stopped'));
});

test('an agent speaking the control protocol\'s wire format (protobuf both ways) runs an Arrow', async (t) => {
  const cluster = await startCluster(t, TTL_MS);
  const serve = serveControl(cluster.server.control);
  const overTheWire = (peerId: string) => () => remoteControl((request, { signal }) => serve(request, peerId, signal ?? new AbortController().signal));
  const agents = ['peer-a', 'peer-b'].map((p) => startAgent(t, cluster, p, { connect: overTheWire(p) }));
  t.true((await cluster.member.propose({ type: 'put-arrow', definitionJson: definition('web', 2) })).ok);
  await until('2 replicas running', () => allRunning(cluster, agents, 'web', 2));
  t.true(agents.every((x) => x.agent.stats.heartbeats > 0 && x.agent.stats.reports.calls > 0));
});
