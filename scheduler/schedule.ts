// schedule(state, spec) → plan: reconcile, then place what must be placed, preempting lower
// priorities when nothing fits. Reads the state, never writes it: usage is planned on copies.
import { formatExplanation } from './feasibility/index.ts';
import { choosePreemption } from './preempt/index.ts';
import type { PreemptionNode } from './preempt/index.ts';
import { seededRandom } from './random.ts';
import type { Random } from './random.ts';
import { reconcile } from './reconcile/index.ts';
import { NodeSelector } from './select/index.ts';
import type { Selection } from './select/index.ts';
import { parseArrowSpec } from './spec/index.ts';
import type { ArrowSpec, ArrowSpecInput } from './spec/index.ts';
import type { PlacementIndex, Usage } from './state/index.ts';
import { defaultSchedulerConfig } from './types.ts';
import type {
  Allocation,
  FailureExplanation,
  Migration,
  Placement,
  PlacementFailure,
  PlacementReason,
  Plan,
  Replacement,
  SchedulerConfig,
  Stop,
  StopReason,
} from './types.ts';

export interface ScheduleOptions {
  /** Seeds candidate shuffling and allocation ids: same seed, same state, same plan. */
  readonly seed: number;
  readonly config?: Partial<SchedulerConfig>;
  /**
   * Usage per node to plan on instead of the index's own: the index's usage plus plans made
   * for other Arrows that are not committed yet (a leader scheduling a batch of evaluations
   * on one index, see PlacementIndex.addPlanUsage). Read only; schedule() works on a copy.
   */
  readonly usage?: Usage;
}

function stopOf(a: Allocation, reason: StopReason, detail: string): Stop {
  return { allocationId: a.id, arrow: a.arrow, node: a.node, generation: a.generation, reason, detail };
}

/**
 * Allocation ids: one random 64-bit nonce per plan plus a sequence number. Two plans for the same
 * Arrow (say, on two snapshots) cannot collide in practice, and the ids stay reproducible.
 */
function allocationIds(name: string, random: Random): () => string {
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  const prefix = `${name}-${hex(random.below(2 ** 32))}${hex(random.below(2 ** 32))}-`;
  let sequence = 0;
  return () => prefix + (sequence++).toString(36);
}

export function schedule(state: PlacementIndex, specInput: ArrowSpec | ArrowSpecInput, options: ScheduleOptions): Plan {
  // Validate even typed input: specs arrive from the log, and a bad one must fail loudly here.
  const spec = parseArrowSpec(specInput);
  const config: SchedulerConfig = { ...defaultSchedulerConfig, ...options.config };
  const random = seededRandom(options.seed);
  const nextAllocationId = allocationIds(spec.name, random);
  const nodeStatus = (id: string) => state.nodeById(id)?.status;
  const work = reconcile(spec, state.allocationsOf(spec.name), nodeStatus);

  const cpuUsed = (options.usage?.cpu ?? state.cpuUsed).slice();
  const memUsed = (options.usage?.memory ?? state.memUsed).slice();
  const stopped = new Set<string>();
  const stops: Stop[] = [];
  const free = (a: Allocation): void => {
    const i = state.nodeIndex.get(a.node);
    if (i === undefined) return;
    cpuUsed[i]! -= a.cpu;
    memUsed[i]! -= a.memory;
  };
  const addStop = (a: Allocation, reason: StopReason, detail: string): void => {
    stops.push(stopOf(a, reason, detail));
    stopped.add(a.id);
    free(a);
  };
  for (const a of work.scaleDown) addStop(a, 'scale-down', `scaled down to ${spec.replicas} replicas`);
  for (const a of work.lost) addStop(a, 'node-down', `node ${a.node} is down`);

  const selector = new NodeSelector({
    state,
    spec,
    config,
    random,
    staying: [...work.keep, ...work.migrate],
    cpuUsed,
    memUsed,
  });

  const placements: Placement[] = [];
  const replacements: Replacement[] = [];
  const migrations: Migration[] = [];
  const failures = new Map<PlacementReason | 'migration', number>();
  let explanation: FailureExplanation | undefined;
  // Usage only grows while placing (except after a preemption), so once both selection and
  // preemption fail, every further replica of the same size fails too: stop searching.
  let exhausted = false;

  const preempt = (): Selection | null => {
    const nodes: PreemptionNode[] = [];
    for (const i of selector.feasibility.nodes) {
      const candidates = [...state.byNode[i]!].filter(
        (a) => !stopped.has(a.id) && a.arrow !== spec.name && a.priority < spec.priority,
      );
      if (candidates.length === 0) continue;
      const node = state.nodes[i]!;
      nodes.push({
        nodeIndex: i,
        capacity: node.capacity,
        used: { cpu: cpuUsed[i]!, memory: memUsed[i]! },
        allocations: candidates,
      });
    }
    const choice = choosePreemption(nodes, spec, spec.priority);
    if (choice === null) return null;
    for (const a of choice.evict) {
      stops.push(stopOf(a, 'preempted', `preempted by ${spec.name} (priority ${spec.priority} > ${a.priority})`));
      stopped.add(a.id);
      selector.release(choice.nodeIndex, a.cpu, a.memory);
    }
    return selector.reserve({ nodeIndex: choice.nodeIndex, score: selector.scoreOf(choice.nodeIndex) });
  };

  const choose = (reason: PlacementReason | 'migration', exclude = -1): Selection | null => {
    if (exhausted) {
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
      return null;
    }
    const selected = selector.select(exclude) ?? (spec.priority > 0 ? preempt() : null);
    if (selected !== null) return selected;
    explanation = selector.explain();
    exhausted = true;
    failures.set(reason, (failures.get(reason) ?? 0) + 1);
    return null;
  };

  const placementOn = (selection: Selection, reason: PlacementReason, previous?: Allocation): Placement => ({
    allocationId: nextAllocationId(),
    arrow: spec.name,
    node: state.nodes[selection.nodeIndex]!.id,
    cpu: spec.cpu,
    memory: spec.memory,
    priority: spec.priority,
    generation: previous === undefined ? 1 : previous.generation + 1,
    specVersion: spec.version,
    reason,
    ...(previous === undefined ? {} : { replaces: previous.id }),
    artifacts: [spec.binary, spec.kernel],
    ...(spec.hostPorts.length > 0 ? { hostPorts: spec.hostPorts } : {}),
    score: selection.score,
  });

  for (const a of work.lost) {
    const selection = choose('replace-lost');
    if (selection !== null) placements.push(placementOn(selection, 'replace-lost', a));
  }
  const replace = (a: Allocation, reason: 'replace-draining' | 'rolling-update', detail: string): void => {
    // The successor may reuse the predecessor's room; if it cannot be placed, the old one keeps running.
    free(a);
    const selection = choose(reason);
    if (selection === null) {
      const i = state.nodeIndex.get(a.node);
      if (i !== undefined) {
        cpuUsed[i]! += a.cpu;
        memUsed[i]! += a.memory;
      }
      return;
    }
    stopped.add(a.id);
    replacements.push({ previous: stopOf(a, 'replaced', detail), placement: placementOn(selection, reason, a) });
  };
  for (const a of work.replaceDraining) replace(a, 'replace-draining', `node ${a.node} is draining`);
  for (const a of work.migrate) {
    const source = state.nodeIndex.get(a.node) ?? -1;
    const selection = choose('migration', source);
    if (selection === null) continue;
    migrations.push({
      allocationId: a.id,
      arrow: a.arrow,
      from: a.node,
      to: state.nodes[selection.nodeIndex]!.id,
      generation: a.generation + 1,
      cpu: a.cpu,
      memory: a.memory,
      reason: 'node-draining',
    });
  }
  for (const a of work.rollingUpdate) replace(a, 'rolling-update', `spec version ${a.specVersion} → ${spec.version}`);
  for (let n = 0; n < work.placeNew; n++) {
    const selection = choose('scale-up');
    if (selection !== null) placements.push(placementOn(selection, 'scale-up'));
  }

  const failureList: PlacementFailure[] = [];
  for (const [reason, unplaced] of failures) {
    const e = explanation!;
    failureList.push({ arrow: spec.name, unplaced, reason, explanation: e, message: formatExplanation(e) });
  }
  return {
    arrow: spec.name,
    snapshotIndex: state.index,
    placements,
    stops,
    replacements,
    migrations,
    failures: failureList,
  };
}
