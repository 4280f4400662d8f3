// What the agent must do to make its node run what the cluster committed for it. Pure: the
// cluster's view (one watch answer) and the node's (what the runner runs) in, actions out.
import { terminalAllocStatuses } from '../cluster/index.ts';
import type { AllocationRecord } from '../cluster/index.ts';
import type { RunningAllocation } from './runner.ts';

/** One watch answer: this node's allocations as of the answering server's `index`. */
export interface ClusterView {
  readonly index: number;
  readonly allocations: readonly AllocationRecord[];
}

export interface LocalView {
  /** This node's id: the view also shows allocations that moved from here to another node. */
  readonly node: string;
  /** What the runner runs now. */
  readonly running: readonly RunningAllocation[];
  /** Per allocation id, the generation whose reports reach this agent (started or re-attached by it). */
  readonly attached: ReadonlyMap<string, number>;
  /** Per allocation id, the generation that ended or was stopped here: never started again. */
  readonly ended: ReadonlyMap<string, number>;
  /** Allocations with a stop in flight: left alone until it completes. */
  readonly busy: ReadonlySet<string>;
}

export interface StopAction {
  readonly allocationId: string;
  readonly generation: number;
  /** Report `stopped` for this record once the runner has stopped it (undefined: nothing to report). */
  readonly report: AllocationRecord | undefined;
  /**
   * The cluster moved it, running, to another node (this record, at its new generation): move
   * the VM there live rather than only stopping it here.
   */
  readonly migrateTo?: AllocationRecord;
}

export interface ReconcileActions {
  /** Start these; for one that already runs at this generation, re-attach its reports. */
  readonly start: readonly AllocationRecord[];
  readonly stop: readonly StopAction[];
  /** Stopped by the cluster before anything ran here: report them `stopped` to close them. */
  readonly reportStopped: readonly AllocationRecord[];
}

const isTerminal = (a: AllocationRecord): boolean => terminalAllocStatuses.has(a.status);

/**
 * The rules, per allocation:
 *   - desired run, not terminal, not running here, not ended here at its generation → start.
 *   - running here but desired stop or terminal in the cluster → stop; report `stopped` unless
 *     the cluster has it terminal already (a lost allocation needs no word from us).
 *   - running here at an older generation than the cluster's → stop, then (on the next pass,
 *     once the stop completed) start the new one: never two generations at once. At a newer
 *     generation than the answer's → leave it (the answer is older than what we started from).
 *   - running here but absent from an answer at or after the index we started it from → stop
 *     (moved away, or long ended and forgotten). An answer older than that proves nothing.
 *   - desired stop, not terminal, nothing runs here → report `stopped` once.
 *   - on another node now, moved from here (migratingFrom) at a newer generation, and running here
 *     → stop with migrateTo: the runner sends the VM there. Another node's allocation never starts here.
 * The caller feeds answers in index order (older answers are not reconciled at all), so a
 * decision is never taken on a view older than one already acted on.
 */
export function reconcile(view: ClusterView, local: LocalView): ReconcileActions {
  const byId = new Map(view.allocations.map((a) => [a.id, a]));
  const start: AllocationRecord[] = [];
  const stop: StopAction[] = [];
  const reportStopped: AllocationRecord[] = [];
  const runningIds = new Set<string>();
  for (const { allocation: ran } of local.running) {
    runningIds.add(ran.id);
    if (local.busy.has(ran.id)) continue;
    const a = byId.get(ran.id);
    if (!a) {
      if (view.index >= ran.modifyIndex) stop.push({ allocationId: ran.id, generation: ran.generation, report: undefined });
    } else if (a.generation > ran.generation) {
      const live = a.node !== local.node && a.migratingFrom === local.node && a.desired === 'run' && !isTerminal(a);
      stop.push({ allocationId: ran.id, generation: ran.generation, report: undefined, ...(live ? { migrateTo: a } : {}) });
    } else if (a.node !== local.node) {
      stop.push({ allocationId: ran.id, generation: ran.generation, report: undefined });
    } else if (a.generation < ran.generation) {
      continue;
    } else if (a.desired === 'stop' || isTerminal(a)) {
      stop.push({ allocationId: ran.id, generation: ran.generation, report: isTerminal(a) ? undefined : a });
    } else if (local.attached.get(a.id) !== a.generation) {
      start.push(a);
    }
  }
  for (const a of view.allocations) {
    if (a.node !== local.node || runningIds.has(a.id) || local.busy.has(a.id) || isTerminal(a) || local.ended.get(a.id) === a.generation) continue;
    if (a.desired === 'run') start.push(a);
    else reportStopped.push(a);
  }
  return { start, stop, reportStopped };
}
