// One soak run: a cluster on namespaced hosts under spec writes and a placed Arrow, a seeded
// fault schedule played against it, then the checks: every fault repaired, the history
// linearizable, no acknowledged write lost, every server on one state, the Arrow's replicas all
// running again and none live twice.
import type { CheckResult } from '../../raft/linearizability/index.ts';
import { HistoryRecorder, NsCluster, allocationProblems, convergedState, isLive, missingWrites, registerSpec, until } from '../harness/index.ts';
import type { HistorySummary, NsNode } from '../harness/index.ts';
import { describeStep, faultSchedule } from './schedule.ts';
import type { ScheduleShape, Step } from './schedule.ts';

export interface SoakOptions extends ScheduleShape {
  readonly seed: number;
  readonly log?: (line: string) => void;
}

export interface SoakResult {
  readonly seed: number;
  readonly steps: readonly string[];
  readonly durationMs: number;
  readonly history: HistorySummary;
  readonly linearizable: CheckResult['result'];
  /** Everything that went wrong; empty when the run passed. */
  readonly failures: readonly string[];
}

const REPLICAS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one seeded schedule; `teardown` collects what must be cleaned up whatever happens. */
export async function runSoak(teardown: { teardown(fn: () => Promise<void>): void }, options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? (() => undefined);
  const began = Date.now();
  const schedule = faultSchedule(options.seed, options);
  const cluster = await NsCluster.start(teardown, { hosts: options.hosts, servers: options.servers, ttlMs: options.ttlMs, runner: 'simulated', seed: options.seed });
  const names = cluster.nodes.map((n) => n.host.name);
  const history = new HistoryRecorder({ clients: 3, keys: 5, targets: () => cluster.running().map((n) => ({ name: n.host.name, client: n.process!.client })) });
  teardown.teardown(async () => { await history.stop(); });
  await until('the Arrow written', async () => (await cluster.client().putArrow('placed', { ...registerSpec('placed', 'soak'), replicas: REPLICAS })).version >= 1, 30_000);
  const failures: string[] = [];
  const steps: string[] = [];
  for (const [i, step] of schedule.entries()) {
    const line = `step ${i + 1}/${schedule.length}: ${describeStep(step, names)}`;
    steps.push(line);
    log(line);
    try {
      await play(cluster, step);
    } catch (error) {
      failures.push(`${line}: ${(error as Error).message}`);
      break;
    }
  }
  const summary = await history.stop();
  if (failures.length === 0) {
    try {
      await convergedState(cluster, 60_000);
    } catch (error) {
      failures.push(`servers did not converge: ${(error as Error).message}`);
    }
    await until(`${REPLICAS} replicas running again`, async () => (await cluster.client().arrow('placed')).allocations.filter((a) => isLive(a) && a.status === 'running').length === REPLICAS, 60_000)
      .catch((error: Error) => failures.push(error.message));
    failures.push(...await allocationProblems(cluster).catch((error: Error) => [`invariants unreadable: ${error.message}`]));
    failures.push(...await missingWrites(history.history, async (key) => (await cluster.client().arrow(key)).version));
  }
  const checked = history.check(120_000);
  if (checked.result !== 'ok') failures.push(`the history is ${checked.result === 'illegal' ? 'not linearizable' : 'not decided in time'} (${history.history.length} operations)`);
  return { seed: options.seed, steps, durationMs: Date.now() - began, history: summary, linearizable: checked.result, failures };
}

/** Injects one fault, holds it, repairs it and lets the cluster settle; throws if a repair fails. */
async function play(cluster: NsCluster, step: Step): Promise<void> {
  const f = step.fault;
  const node = (i: number): NsNode => cluster.nodes[i]!;
  switch (f.kind) {
    case 'kill':
      await cluster.killHost(node(f.host));
      await sleep(step.holdMs);
      await cluster.start(node(f.host));
      break;
    case 'restart': {
      const n = node(f.host);
      n.process!.child.kill('SIGTERM');
      await n.process!.child;
      n.process = undefined;
      await sleep(step.holdMs);
      await cluster.start(n);
      break;
    }
    case 'freeze':
      await cluster.topology.freezeHost(node(f.host).host);
      await sleep(step.holdMs);
      await cluster.topology.thawHost(node(f.host).host);
      break;
    case 'partition':
      await cluster.topology.partition(f.groups.map((g) => g.map((i) => node(i).host)));
      await sleep(step.holdMs);
      await cluster.topology.heal();
      break;
    case 'links':
      await cluster.topology.setLinks({ delayMs: f.delayMs, lossPercent: f.lossPercent });
      await sleep(step.holdMs);
      await cluster.topology.setLinks({ delayMs: 0, lossPercent: 0 });
      break;
  }
  await sleep(step.settleMs);
  // Whole again before the next fault: every node ready.
  await cluster.untilReady(cluster.nodes, 60_000);
}
