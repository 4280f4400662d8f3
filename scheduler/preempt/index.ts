// Priority preemption: when nothing fits, find the node where the fewest strictly lower-priority
// allocations must go. Allocations of equal or higher priority are never candidates.
import type { Allocation, Resources } from '../types.ts';

export interface PreemptionNode {
  readonly nodeIndex: number;
  readonly capacity: Resources;
  /** Usage as planned so far. */
  readonly used: Resources;
  /** Live allocations on the node that the plan does not already stop. */
  readonly allocations: readonly Allocation[];
}

export interface PreemptionChoice {
  readonly nodeIndex: number;
  readonly evict: readonly Allocation[];
}

/**
 * Greedy per node: repeatedly evict the candidate that removes most of the remaining shortfall
 * (normalised by capacity), preferring lower priority on ties. Exact minimum eviction sets are a
 * two-dimensional covering problem; greedy picks the largest helpers first, which is optimal in
 * the common one-bottleneck case and close otherwise.
 */
export function evictionsForNode(node: PreemptionNode, demand: Resources, priority: number): Allocation[] | null {
  let cpuShort = node.used.cpu + demand.cpu - node.capacity.cpu;
  let memShort = node.used.memory + demand.memory - node.capacity.memory;
  if (cpuShort <= 0 && memShort <= 0) return [];
  if (demand.cpu > node.capacity.cpu || demand.memory > node.capacity.memory) return null;
  const candidates = node.allocations.filter((a) => a.priority < priority);
  const evict: Allocation[] = [];
  const remainingShortfall = (cpu: number, mem: number): number =>
    Math.max(0, cpu) / node.capacity.cpu + Math.max(0, mem) / node.capacity.memory;
  while (cpuShort > 0 || memShort > 0) {
    let best = -1;
    let bestShortfall = Infinity;
    for (let c = 0; c < candidates.length; c++) {
      const a = candidates[c]!;
      const after = remainingShortfall(cpuShort - a.cpu, memShort - a.memory);
      const b = best < 0 ? undefined : candidates[best]!;
      if (after < bestShortfall || (after === bestShortfall && b !== undefined && a.priority < b.priority)) {
        best = c;
        bestShortfall = after;
      }
    }
    if (best < 0) return null;
    const chosen = candidates[best]!;
    candidates.splice(best, 1);
    evict.push(chosen);
    cpuShort -= chosen.cpu;
    memShort -= chosen.memory;
  }
  return evict;
}

/** Fewest evictions wins; ties go to the node whose evicted allocations have the lowest priorities. */
export function choosePreemption(
  nodes: Iterable<PreemptionNode>,
  demand: Resources,
  priority: number,
): PreemptionChoice | null {
  let best: PreemptionChoice | null = null;
  let bestPrioritySum = Infinity;
  for (const node of nodes) {
    const evict = evictionsForNode(node, demand, priority);
    if (evict === null || evict.length === 0) continue;
    const prioritySum = evict.reduce((s, a) => s + a.priority, 0);
    if (
      best === null ||
      evict.length < best.evict.length ||
      (evict.length === best.evict.length && prioritySum < bestPrioritySum)
    ) {
      best = { nodeIndex: node.nodeIndex, evict };
      bestPrioritySum = prioritySum;
    }
  }
  return best;
}
