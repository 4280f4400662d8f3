// Reconciler: compares what runs with what the spec asks for and sorts every live allocation of
// one Arrow into exactly one bucket, so no allocation is acted on twice in one plan.
import type { ArrowSpec } from '../spec/index.ts';
import type { Allocation, NodeStatus } from '../types.ts';

export interface Reconciliation {
  /** Untouched. */
  readonly keep: readonly Allocation[];
  /** On a down or vanished node: stop as lost and place a replacement. */
  readonly lost: readonly Allocation[];
  /** Stateful on a draining node: move live. */
  readonly migrate: readonly Allocation[];
  /** Stateless on a draining node: stop and start elsewhere. */
  readonly replaceDraining: readonly Allocation[];
  /** Outdated spec version: destructive update, at most `update.maxParallel` in flight. */
  readonly rollingUpdate: readonly Allocation[];
  /** Surplus after scale-down. */
  readonly scaleDown: readonly Allocation[];
  /** New replicas to place. */
  readonly placeNew: number;
}

function byIdDescending(a: Allocation, b: Allocation): number {
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function reconcile(
  spec: ArrowSpec,
  allocations: readonly Allocation[],
  nodeStatus: (nodeId: string) => NodeStatus | undefined,
): Reconciliation {
  const live = allocations.filter((a) => a.arrow === spec.name && (a.status === 'pending' || a.status === 'running'));
  let lost: Allocation[] = [];
  let draining: Allocation[] = [];
  let healthy: Allocation[] = [];
  for (const a of live) {
    const status = nodeStatus(a.node);
    if (status === undefined || status === 'down') lost.push(a);
    else if (status === 'draining' || a.draining === true) draining.push(a);
    else healthy.push(a);
  }

  // Scale down first, so nothing is replaced or migrated only to be stopped. Cheapest surplus
  // goes first: lost ones (already gone), then draining ones, then outdated, then newest ids.
  const scaleDown: Allocation[] = [];
  let excess = live.length - spec.replicas;
  const take = (from: Allocation[]): Allocation[] => {
    if (excess <= 0) return from;
    const sorted = [...from].sort(byIdDescending);
    const taken = sorted.slice(0, excess);
    excess -= taken.length;
    scaleDown.push(...taken);
    const takenSet = new Set(taken);
    return from.filter((a) => !takenSet.has(a));
  };
  lost = take(lost);
  draining = take(draining);
  const outdatedFirst = [...healthy].sort((a, b) => {
    const ao = a.specVersion !== spec.version ? 0 : 1;
    const bo = b.specVersion !== spec.version ? 0 : 1;
    return ao - bo || byIdDescending(a, b);
  });
  if (excess > 0) {
    const taken = outdatedFirst.slice(0, excess);
    scaleDown.push(...taken);
    const takenSet = new Set(taken);
    healthy = healthy.filter((a) => !takenSet.has(a));
    excess = 0;
  }

  const migrate = spec.volume !== undefined ? draining : [];
  const replaceDraining = spec.volume !== undefined ? [] : draining;

  // A rolling update waits for its previous step: replacements at the current version that
  // are still pending count against the budget.
  const inFlight = live.filter(
    (a) => a.specVersion === spec.version && a.status === 'pending' && a.replaces !== undefined,
  ).length;
  const budget = Math.max(0, spec.update.maxParallel - inFlight);
  const outdated = healthy.filter((a) => a.specVersion !== spec.version).sort((a, b) => byIdDescending(b, a));
  const rollingUpdate = outdated.slice(0, budget);
  const rolling = new Set(rollingUpdate);
  const keep = healthy.filter((a) => !rolling.has(a));

  return {
    keep,
    lost,
    migrate,
    replaceDraining,
    rollingUpdate,
    scaleDown,
    placeNew: Math.max(0, spec.replicas - live.length),
  };
}
