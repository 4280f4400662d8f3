// The leader's scheduling step, pure: pending evaluations in, one batch of plans out. Every Arrow
// of a batch is planned on the same state, each seeing the room the ones before it took, so the
// whole batch can be committed as one log entry; the state verifies it again when applying it.
import { schedule } from '../../scheduler/index.ts';
import type { ArrowSpec, Plan, SchedulerConfig } from '../../scheduler/index.ts';
import type { ArrowRecord, ClusterState, EvaluationRecord, PlanCommand } from '../cluster/index.ts';

/** The scheduler's spec for an Arrow as stored; throws with a message if it cannot be made. */
export type SpecResolver = (arrow: ArrowRecord, state: ClusterState) => ArrowSpec;

export interface PlanBatchOptions {
  /** Seeds candidate sampling and allocation ids: draw a fresh one per batch. */
  readonly seed: number;
  /** Stop taking evaluations once the batch holds this many placements. */
  readonly maxPlacements: number;
  /** One Arrow's plan places at most this many; the rest waits for the next batch. */
  readonly maxPlacementsPerPlan: number;
  readonly maxEvaluations: number;
  /**
   * Stop taking evaluations once planning has taken this long (at least one is always planned):
   * planning runs on the event loop that also carries Raft's heartbeats, and a leader that
   * stalls for longer than its followers' election timeout loses its leadership.
   */
  readonly budgetMs?: number;
  readonly now?: () => number;
  readonly config?: Partial<SchedulerConfig>;
}

export interface PlanBatch {
  readonly plans: PlanCommand[];
  /** Placements and replacements across the batch. */
  readonly placements: number;
}

/** Truncates a plan's new placements to `max`; the caller then leaves its evaluation pending. */
function truncate(plan: Plan, max: number): { plan: Plan; truncated: boolean } {
  const room = Math.max(0, max - plan.replacements.length);
  if (plan.placements.length <= room) return { plan, truncated: false };
  return { plan: { ...plan, placements: plan.placements.slice(0, room) }, truncated: true };
}

export function planBatch(state: ClusterState, evaluations: readonly EvaluationRecord[], specOf: SpecResolver, options: PlanBatchOptions): PlanBatch {
  const usage = state.placement.usage();
  const plans: PlanCommand[] = [];
  let placements = 0;
  const now = options.now ?? (() => performance.now());
  const started = now();
  for (const [i, evaluation] of evaluations.entries()) {
    if (plans.length >= options.maxEvaluations || placements >= options.maxPlacements) break;
    if (plans.length > 0 && options.budgetMs !== undefined && now() - started >= options.budgetMs) break;
    const arrow = state.arrow(evaluation.arrow);
    if (!arrow) continue;
    let planned: Plan;
    try {
      planned = schedule(state.placement, specOf(arrow, state), { seed: options.seed + i, usage, ...(options.config ? { config: options.config } : {}) });
    } catch (error) {
      // The stored spec cannot be scheduled (it validated when written, so a newer arrowd's rule):
      // say so on the evaluation rather than retrying it forever.
      planned = {
        arrow: arrow.name, snapshotIndex: state.index, placements: [], stops: [], replacements: [], migrations: [],
        failures: [{ arrow: arrow.name, unplaced: 0, reason: 'scale-up', explanation: { nodesEvaluated: 0, filtered: {}, exhausted: { cpu: 0, memory: 0 } }, message: `cannot schedule: ${(error as Error).message}` }],
      };
    }
    const { plan, truncated } = truncate(planned, options.maxPlacementsPerPlan);
    state.placement.addPlanUsage(plan, usage);
    placements += plan.placements.length + plan.replacements.length;
    // A truncated plan answers no trigger (index 0), so its evaluation stays pending for the rest.
    plans.push({ plan, evalTriggerIndex: truncated ? 0 : evaluation.triggerIndex });
  }
  return { plans, placements };
}
