// Lower bounds on the nodes a placement must use, for judging the benchmark's bin-packing figure.
//
// The benchmark's metric divides by the resource bound alone (total demand over node capacity).
// Under `distinct` anti-affinity a spec of R replicas whose constraints admit F nodes occupies at
// least min(R, F) of them, whatever its size: a 900-replica service confined to one zone's 1,000
// amd64 nodes uses 900 of them even if its replicas would fill only 3. This module computes how
// many nodes that rule forces on a given workload, so a ratio above 1 can be told apart from
// wasted nodes. Pure functions; the bench passes its simulated cluster and specs.
import { compileConstraint } from '../../scheduler/index.ts';
import type { ArrowSpec, Node } from '../../scheduler/index.ts';

/** ceil(total demand ÷ node capacity) on the larger resource: the benchmark's lower bound. */
export function resourceLowerBound(totalCpu: number, totalMemory: number, capacity: { cpu: number; memory: number }): number {
  return Math.max(Math.ceil(totalCpu / capacity.cpu), Math.ceil(totalMemory / capacity.memory));
}

export interface CoverBound {
  /** Nodes any placement honouring `distinct` must use (at least the resource bound). */
  readonly nodes: number;
  /** The part forced by distinct nodes alone, ignoring resources. */
  readonly distinctOnly: number;
  /**
   * Resources alone, region by region: demand confined to some regions (arm64 only, say) must
   * fit in their nodes. The bound for `soft` anti-affinity; at least the global resource bound.
   */
  readonly resourcesByRegion: number;
  /** Regions the nodes were grouped into, with their node counts. */
  readonly regions: Readonly<Record<string, number>>;
}

/**
 * `regionOf` groups nodes into regions (zone and arch, say). For a set S of regions, f(S) is a
 * lower bound on the nodes used inside S:
 *
 *   f(S) = max( resource bound of the specs whose feasible nodes all lie in S,
 *               max over specs s whose feasible nodes all lie in S of min(R_s, F_s) + f(S − regions of s) )
 *
 * The second term is sound because the used nodes in s's regions number at least min(R_s, F_s)
 * (each replica on its own node, or every other feasible node full and so in use) and the
 * remaining regions are disjoint from them. Any grouping gives a sound bound; the bound is tight
 * when specs' constraints follow region borders. Computed over all subsets: at most 16 regions.
 *
 * Each node must be ready to count; specs are expected to be the ones placed on an empty cluster.
 */
export function distinctCoverBound(
  nodes: readonly Node[],
  specs: readonly ArrowSpec[],
  regionOf: (node: Node) => string,
  capacity: { cpu: number; memory: number },
): CoverBound {
  const regionIndex = new Int32Array(nodes.length);
  const regionIds = new Map<string, number>();
  const regionCounts: number[] = [];
  nodes.forEach((node, i) => {
    const key = regionOf(node);
    let id = regionIds.get(key);
    if (id === undefined) {
      id = regionIds.size;
      regionIds.set(key, id);
      regionCounts.push(0);
    }
    regionIndex[i] = id;
    regionCounts[id]!++;
  });
  const regionCount = regionIds.size;
  if (regionCount > 16) throw new Error(`${regionCount} regions: the subset bound needs at most 16`);
  const full = (1 << regionCount) - 1;

  // Per region mask: the largest min(R, F) of specs confined to exactly those regions, and the
  // demand they bring. Specs sharing constraints share a mask, so this is a few dozen entries.
  const forced = new Map<number, number>();
  const cpuIn = new Float64Array(full + 1);
  const memIn = new Float64Array(full + 1);
  const feasibleCache = new Map<string, { mask: number; count: number }>();
  for (const spec of specs) {
    const key = JSON.stringify([spec.requiresKvm, spec.constraints]);
    let feasible = feasibleCache.get(key);
    if (feasible === undefined) {
      const predicates = spec.constraints.map(compileConstraint);
      let mask = 0;
      let count = 0;
      nodes.forEach((node, i) => {
        if (node.status !== 'ready' || (spec.requiresKvm && !node.kvm)) return;
        if (!predicates.every((p) => p(node.labels))) return;
        mask |= 1 << regionIndex[i]!;
        count++;
      });
      feasibleCache.set(key, (feasible = { mask, count }));
    }
    if (feasible.count === 0) continue;
    const need = Math.min(spec.replicas, feasible.count);
    forced.set(feasible.mask, Math.max(forced.get(feasible.mask) ?? 0, need));
    cpuIn[feasible.mask]! += spec.cpu * spec.replicas;
    memIn[feasible.mask]! += spec.memory * spec.replicas;
  }
  // Demand confined to S: sum over masks that are subsets of S (subset-sum transform).
  for (let bit = 0; bit < regionCount; bit++) {
    for (let s = 0; s <= full; s++) {
      if (s & (1 << bit)) {
        cpuIn[s]! += cpuIn[s ^ (1 << bit)]!;
        memIn[s]! += memIn[s ^ (1 << bit)]!;
      }
    }
  }
  const masks = [...forced];
  const solve = (withResources: boolean, withDistinct = true): number => {
    const f = new Float64Array(full + 1);
    // Subsets in increasing numeric order: S − T < S, so f(S − T) is ready when f(S) is computed.
    for (let s = 1; s <= full; s++) {
      let best = withResources ? resourceLowerBound(cpuIn[s]!, memIn[s]!, capacity) : 0;
      for (const [mask, need] of withDistinct ? masks : []) {
        if ((mask & s) !== mask) continue;
        const bound = need + f[s ^ mask]!;
        if (bound > best) best = bound;
      }
      // A bound for a subset of S holds for S too.
      for (let bit = 0; bit < regionCount; bit++) {
        if (s & (1 << bit)) best = Math.max(best, f[s ^ (1 << bit)]!);
      }
      f[s] = best;
    }
    return f[full]!;
  };
  const regions: Record<string, number> = {};
  for (const [key, id] of regionIds) regions[key] = regionCounts[id]!;
  return { nodes: solve(true), distinctOnly: solve(false), resourcesByRegion: solve(true, false), regions };
}
