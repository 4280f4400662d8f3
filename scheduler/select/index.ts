// Candidate selection for one spec within one plan: sample a bounded window of feasible nodes,
// rank them, pick the best, and keep usage current so the next replica sees this one.
import { explainFailure, staticFeasibility } from '../feasibility/index.ts';
import type { StaticFeasibility } from '../feasibility/index.ts';
import { createRanker } from '../rank/index.ts';
import type { Ranker } from '../rank/index.ts';
import { shuffleRange } from '../random.ts';
import type { Random } from '../random.ts';
import type { ArrowSpec } from '../spec/index.ts';
import type { PlacementIndex } from '../state/index.ts';
import type { Allocation, FailureExplanation, SchedulerConfig } from '../types.ts';

const balanceSlack = 0.3;
/**
 * The imbalance a node may take shrinks with its headroom: a node at 40% can be straightened out
 * by later replicas, a node at 95% cpu and 65% memory cannot, and its memory is lost for good.
 * The floor lets a nearly full node still take the last replicas of ordinary shapes.
 */
const balanceFloor = 0.02;

export interface Selection {
  readonly nodeIndex: number;
  readonly score: number;
}

/**
 * Order of candidates: nodes already in use first, then empty ones, each group shuffled with the
 * seeded generator. Sampling a random window of the whole cluster would open empty nodes long
 * before used ones are full; putting used nodes first keeps the window among them while any has
 * room, which is what keeps bin-packing within a few percent of the lower bound.
 *
 * A cursor walks the order. Nodes found unusable for this spec (too full, already holding a
 * replica in the distinct pass, or one this replica would skew) are swapped behind the cursor:
 * while one spec is placed a node's usage changes only by this spec's replicas landing on it,
 * which makes it fuller and, if the shape already skewed it, more skewed still. So they stay
 * unusable and each is skipped at most once per pass.
 */
class CandidateOrder {
  readonly order: Int32Array;
  cursor = 0;
  constructor(order: Int32Array) {
    this.order = order;
  }
  /** Up to `limit` usable nodes from the cursor on; drops unusable ones it meets. */
  window(limit: number, usable: (i: number) => boolean, skipOnly: (i: number) => boolean): number[] {
    const out: number[] = [];
    const order = this.order;
    for (let p = this.cursor; p < order.length && out.length < limit; p++) {
      const node = order[p]!;
      if (skipOnly(node)) continue;
      if (usable(node)) {
        out.push(node);
      } else {
        order[p] = order[this.cursor]!;
        order[this.cursor] = node;
        this.cursor++;
      }
    }
    return out;
  }
}

/**
 * Per node: whether it carries a scarce value of a label the spec does not constrain. A value is
 * scarce when fewer than half as many ready, eligible nodes carry it as carry that label's most common
 * value (arm64 among mostly amd64 nodes); evenly spread labels (zones, racks) mark nothing.
 * The label shares are computed once per cluster state, the per-spec mask once per set of
 * constrained labels.
 */
function scarcityFor(state: PlacementIndex, spec: ArrowSpec): Uint8Array {
  const constrained = [...new Set(spec.constraints.map((c) => c.label))].sort();
  const key = `scarce:${constrained.join(',')}`;
  const cached = state.nodeDerivedCache.get(key);
  if (cached instanceof Uint8Array) return cached;
  let shares = state.nodeDerivedCache.get('scarce-values') as Map<string, Set<string>> | undefined;
  if (shares === undefined) {
    const counts = new Map<string, Map<string, number>>();
    for (const node of state.nodes) {
      if (node.status !== 'ready' || !node.eligible) continue;
      for (const [label, value] of Object.entries(node.labels)) {
        let byValue = counts.get(label);
        if (byValue === undefined) counts.set(label, (byValue = new Map()));
        byValue.set(value, (byValue.get(value) ?? 0) + 1);
      }
    }
    shares = new Map();
    for (const [label, byValue] of counts) {
      const most = Math.max(...byValue.values());
      const rare = new Set([...byValue].filter(([, n]) => n * 2 < most).map(([v]) => v));
      if (rare.size > 0) shares.set(label, rare);
    }
    state.nodeDerivedCache.set('scarce-values', shares);
  }
  const mask = new Uint8Array(state.nodes.length);
  const free = [...shares].filter(([label]) => !constrained.includes(label));
  if (free.length > 0) {
    state.nodes.forEach((node, i) => {
      mask[i] = free.some(([label, rare]) => {
        const v = node.labels[label];
        return v !== undefined && rare.has(v);
      })
        ? 1
        : 0;
    });
  }
  state.nodeDerivedCache.set(key, mask);
  return mask;
}

export interface SelectorOptions {
  readonly state: PlacementIndex;
  readonly spec: ArrowSpec;
  readonly config: SchedulerConfig;
  readonly random: Random;
  /** Live allocations of this Arrow that remain on their nodes (kept, migrating sources). */
  readonly staying: readonly Allocation[];
  /** Usage per node as planned so far (already reflects the plan's stops); mutated as replicas are placed. */
  readonly cpuUsed: Float64Array;
  readonly memUsed: Float64Array;
}

export class NodeSelector {
  readonly feasibility: StaticFeasibility;
  readonly limit: number;
  private readonly state: PlacementIndex;
  private readonly spec: ArrowSpec;
  private readonly cpuUsed: Float64Array;
  private readonly memUsed: Float64Array;
  private readonly replicasOnNode: Uint16Array;
  private readonly spreadCounts = new Map<string, number>();
  private readonly ranker: Ranker;
  private readonly distinctPass: CandidateOrder;
  private readonly sharedPass: CandidateOrder;
  private readonly lastPass: CandidateOrder;
  private readonly volumeHolders: number[];
  private readonly distinct: boolean;
  private readonly packing: boolean;
  /** Replicas of this Arrow one node may take before the fallback pass (1 = distinct nodes). */
  private readonly perNodeCap: number;
  /**
   * Soft mode's availability floor: distinct nodes this Arrow must hold, min(replicas,
   * minDistinctNodes), and how many it holds so far. While short of it, a replica goes to a node
   * without one whenever such a node has room (see select).
   */
  private readonly floor: number;
  private distinctNodes = 0;

  constructor(options: SelectorOptions) {
    const { state, spec, config, random, cpuUsed, memUsed } = options;
    this.state = state;
    this.spec = spec;
    this.cpuUsed = cpuUsed;
    this.memUsed = memUsed;
    this.distinct = config.antiAffinity === 'distinct';
    this.packing = config.algorithm === 'binpack';
    this.feasibility = staticFeasibility(state, spec);
    const feasible = this.feasibility.nodes;
    this.replicasOnNode = new Uint16Array(state.nodes.length);
    const spreadLabel = spec.spread?.label;
    for (const a of options.staying) {
      const i = state.nodeIndex.get(a.node);
      if (i === undefined) continue;
      if (this.replicasOnNode[i]!++ === 0) this.distinctNodes++;
      const value = spreadLabel === undefined ? undefined : state.nodes[i]!.labels[spreadLabel];
      if (value !== undefined) this.spreadCounts.set(value, (this.spreadCounts.get(value) ?? 0) + 1);
    }
    const spreadValues = new Set<string>();
    if (spreadLabel !== undefined) {
      for (const i of feasible) {
        const v = state.nodes[i]!.labels[spreadLabel];
        if (v !== undefined) spreadValues.add(v);
      }
    }
    this.ranker = createRanker(
      spec,
      config,
      { state, cpuUsed, memUsed, replicasOnNode: this.replicasOnNode, spreadCounts: this.spreadCounts },
      [...spreadValues].sort(),
    );

    // Four groups, each shuffled: in use and common, in use and scarce, empty and common, empty
    // and scarce (see scarcityFor). A spec that does not ask for a scarce label value leaves
    // those nodes to the specs that can run nowhere else, or they fill up with work that fits
    // anywhere and constrained Arrows go unplaced while half the cluster is idle.
    const scarce = scarcityFor(state, spec);
    const counts = [0, 0, 0, 0];
    const group = (i: number): number => (cpuUsed[i]! > 0 || memUsed[i]! > 0 ? 0 : 2) + (scarce[i]! ? 1 : 0);
    for (const i of feasible) counts[group(i)]!++;
    const starts = [0, counts[0]!, counts[0]! + counts[1]!, counts[0]! + counts[1]! + counts[2]!];
    const fill = starts.slice();
    const order = new Int32Array(feasible.length);
    for (const i of feasible) order[fill[group(i)]!++] = i;
    const head = starts[2]!;
    // Soft mode still spreads a large Arrow evenly over the nodes in use: piling hundreds of
    // identical replicas onto the few sampled nodes fills them in one dimension only (all cpu,
    // say) and strands the other, which costs more nodes than any anti-affinity.
    // The floor caps it too: on a nearly empty cluster (head < floor) the replicas split evenly
    // over the floor's nodes instead of piling onto whichever node was opened first.
    this.floor = this.distinct ? 0 : Math.min(spec.replicas, Math.max(1, Math.floor(config.minDistinctNodes)));
    this.perNodeCap = this.distinct ? 1 : Math.max(1, Math.ceil(spec.replicas / Math.max(1, head, this.floor)));
    for (let g = 0; g < 4; g++) shuffleRange(order, starts[g]!, g === 3 ? order.length : starts[g + 1]!, random);
    this.distinctPass = new CandidateOrder(order);
    this.sharedPass = new CandidateOrder(order.slice());
    this.lastPass = new CandidateOrder(order.slice());
    this.limit =
      feasible.length <= config.fullScanBelow
        ? feasible.length
        : Math.ceil(Math.log2(feasible.length)) + config.extraCandidates;
    const volume = spec.volume?.name;
    this.volumeHolders = volume === undefined ? [] : Array.from(feasible).filter((i) => state.volumes[i]!.has(volume));
  }

  /**
   * Whether placing here keeps the node's cpu and memory fill within `balanceSlack`, and within
   * its remaining headroom, of each other (or improves a worse balance). Filling a node on one
   * resource strands the other for good, which costs more nodes in the end than opening one now.
   */
  private staysBalanced(i: number): boolean {
    const cap = this.state.nodes[i]!.capacity;
    const before = Math.abs(this.cpuUsed[i]! / cap.cpu - this.memUsed[i]! / cap.memory);
    const c = (this.cpuUsed[i]! + this.spec.cpu) / cap.cpu;
    const m = (this.memUsed[i]! + this.spec.memory) / cap.memory;
    const after = Math.abs(c - m);
    return after <= Math.min(balanceSlack, 1 - Math.max(c, m) + balanceFloor) || after <= before;
  }

  private inUse(i: number): boolean {
    return this.cpuUsed[i]! > 0 || this.memUsed[i]! > 0;
  }

  private fits(i: number): boolean {
    const cap = this.state.nodes[i]!.capacity;
    if (this.cpuUsed[i]! + this.spec.cpu > cap.cpu || this.memUsed[i]! + this.spec.memory > cap.memory) return false;
    // A static host port goes to one allocation per node: not beside another holder, nor beside
    // a replica of this Arrow (which asks for the same port).
    return this.spec.hostPorts.length === 0 || (this.replicasOnNode[i] === 0 && !this.state.portsTaken(i, this.spec.hostPorts));
  }

  /**
   * Bin-packing ranks candidates in tiers before scores: a node in use that this replica keeps
   * balanced, then an empty node, then a node in use that it would skew. Opening a node is
   * costly, but filling a node on one resource strands the other for good, which costs more
   * nodes in the end. Within a tier the highest score wins. Spread ranks by score alone.
   */
  private tier(i: number): number {
    if (!this.packing) return 0;
    if (!this.inUse(i)) return 1;
    return this.staysBalanced(i) ? 2 : 0;
  }

  private best(candidates: readonly number[]): Selection | null {
    let bestNode = -1;
    let bestScore = -Infinity;
    let bestTier = -1;
    for (const i of candidates) {
      const tier = this.tier(i);
      if (tier < bestTier) continue;
      const s = this.ranker.score(i);
      if (tier > bestTier || s > bestScore) {
        bestScore = s;
        bestNode = i;
        bestTier = tier;
      }
    }
    return bestNode < 0 ? null : { nodeIndex: bestNode, score: bestScore };
  }

  /**
   * Chooses a node for one replica and reserves it. Order of preference: a node holding the
   * volume replica (stateful Arrows); a node without a replica of this Arrow; any node with room
   * that stays balanced (or is empty); any node with room.
   *
   * Bin-packing keeps nodes the replica would skew out of the first two windows rather than only
   * ranking them last: the window takes the first `limit` usable nodes in order, in-use ones
   * first, so with skewing nodes admitted it often held nothing but those, empty nodes never
   * competed, and the skewing one won (nodes ended full on cpu with 10% of memory used: 8% more
   * nodes than the lower bound at 5,000 nodes in soft mode, 1.3% without). A skewing node is
   * still taken when nothing else has room: placing beats failing.
   * `exclude` keeps a migrating allocation off its own source node.
   */
  select(exclude = -1): Selection | null {
    const isExcluded = (i: number): boolean => i === exclude;
    const underFloor = this.distinctNodes < this.floor;
    if (this.volumeHolders.length > 0) {
      const cap = underFloor ? 1 : this.perNodeCap;
      const holders = this.volumeHolders.filter((i) => i !== exclude && this.fits(i) && this.replicasOnNode[i]! < cap);
      const chosen = this.best(holders);
      if (chosen !== null) return this.reserve(chosen);
    }
    // Spread mode ranks by score alone, so nothing is held back for balance.
    const balancedOrEmpty = (i: number): boolean => !this.packing || !this.inUse(i) || this.staysBalanced(i);
    if (underFloor) {
      // Soft mode short of its floor: a node without a replica, in use or empty, as the distinct
      // pass does (skewing nodes kept out of the window while a balanced or empty one has room).
      // The floor outranks balance: a node the replica would skew is taken before co-locating.
      // Only min(replicas, floor) replicas come through here; the rest pack as soft mode does.
      //
      // These windows walk the first and last passes' orders: a node they drop (too full, or
      // skewed) is one those passes would drop too, so nothing is scanned twice. Nodes holding a
      // replica are only passed over, not dropped, since the first pass may want them later.
      const heldOrExcluded = (i: number): boolean => i === exclude || this.replicasOnNode[i]! > 0;
      let chosen = this.best(this.distinctPass.window(this.limit, (i) => this.fits(i) && balancedOrEmpty(i), heldOrExcluded));
      if (chosen === null) chosen = this.best(this.lastPass.window(this.limit, (i) => this.fits(i), heldOrExcluded));
      if (chosen !== null) return this.reserve(chosen);
    }
    let chosen = this.best(
      this.distinctPass.window(
        this.limit,
        // In soft mode this pass only looks at nodes in use: opening a node is left to the
        // fallback, which prefers co-locating on a used node over opening one.
        (i) =>
          this.replicasOnNode[i]! < this.perNodeCap && this.fits(i) && (this.distinct || this.inUse(i)) && balancedOrEmpty(i),
        isExcluded,
      ),
    );
    if (chosen === null) {
      chosen = this.best(this.sharedPass.window(this.limit, (i) => this.fits(i) && balancedOrEmpty(i), isExcluded));
    }
    if (chosen === null) chosen = this.best(this.lastPass.window(this.limit, (i) => this.fits(i), isExcluded));
    return chosen === null ? null : this.reserve(chosen);
  }

  /** Reserves resources on a node chosen elsewhere (preemption). */
  reserve(selection: Selection): Selection {
    const i = selection.nodeIndex;
    this.cpuUsed[i]! += this.spec.cpu;
    this.memUsed[i]! += this.spec.memory;
    if (this.replicasOnNode[i]!++ === 0) this.distinctNodes++;
    const label = this.spec.spread?.label;
    const value = label === undefined ? undefined : this.state.nodes[i]!.labels[label];
    if (value !== undefined) this.spreadCounts.set(value, (this.spreadCounts.get(value) ?? 0) + 1);
    return selection;
  }

  /** Frees resources (preemption evicted something); skipped nodes may be usable again. */
  release(i: number, cpu: number, memory: number): void {
    this.cpuUsed[i]! -= cpu;
    this.memUsed[i]! -= memory;
    this.distinctPass.cursor = 0;
    this.sharedPass.cursor = 0;
    this.lastPass.cursor = 0;
  }

  /** Releases a replica planned by this selector (a migration source leaving its node). */
  forgetReplica(i: number): void {
    if (this.replicasOnNode[i]! > 0 && --this.replicasOnNode[i]! === 0) this.distinctNodes--;
  }

  scoreOf(i: number): number {
    return this.ranker.score(i);
  }

  explain(): FailureExplanation {
    return explainFailure(this.state, this.feasibility, this.cpuUsed, this.memUsed, this.spec, this.replicasOnNode);
  }
}
