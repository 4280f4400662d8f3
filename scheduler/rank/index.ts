// Ranking: each component scores a candidate node in [-1, 1]; the final score is their weighted
// mean over the components that apply to the spec (as Nomad normalises), so adding an affinity
// does not silently change how much bin-packing matters relative to the rest.
import { compileConstraint } from '../feasibility/index.ts';
import type { ArrowSpec } from '../spec/index.ts';
import type { PlacementIndex } from '../state/index.ts';
import type { SchedulerConfig } from '../types.ts';

/** Usage and per-spec counters as planned so far; the placement engine keeps these current. */
export interface RankContext {
  readonly state: PlacementIndex;
  readonly cpuUsed: Float64Array;
  readonly memUsed: Float64Array;
  /** Replicas of the spec's Arrow on each node (kept + planned). */
  readonly replicasOnNode: Uint16Array;
  /** Replicas per value of the spread label (kept + planned). */
  readonly spreadCounts: Map<string, number>;
}

export interface ScoreBreakdown {
  readonly fit: number;
  readonly antiAffinity: number;
  readonly artifacts: number;
  readonly affinity?: number;
  readonly spread?: number;
  readonly volume?: number;
  readonly final: number;
}

/**
 * One replica moves a node's balance by about its own size (≈1% of a node), while utilisation
 * differs between candidates by tens of percent; the gain is scaled up so it decides between
 * nodes whose fill is similar, and packing still prefers the fuller node otherwise.
 */
const balanceWeight = 20;

export interface Ranker {
  /** Final score for placing one replica on node `i` (higher is better). */
  score(i: number): number;
  breakdown(i: number): ScoreBreakdown;
}

/**
 * Desired share of replicas per spread-label value. Without targets every value present among
 * the feasible nodes gets an equal share; with targets, unlisted values split the remainder.
 */
export function spreadDesired(spec: ArrowSpec, values: readonly string[]): Map<string, number> {
  const desired = new Map<string, number>();
  if (spec.spread === undefined || values.length === 0) return desired;
  const targets = spec.spread.targets;
  if (targets === undefined) {
    for (const v of values) desired.set(v, spec.replicas / values.length);
    return desired;
  }
  const listedTotal = Object.values(targets).reduce((a, b) => a + b, 0);
  const unlisted = values.filter((v) => targets[v] === undefined);
  for (const v of values) {
    const pct = targets[v] ?? (unlisted.length === 0 ? 0 : (100 - listedTotal) / unlisted.length);
    desired.set(v, (pct / 100) * spec.replicas);
  }
  return desired;
}

export function createRanker(
  spec: ArrowSpec,
  config: SchedulerConfig,
  context: RankContext,
  spreadValues: readonly string[],
): Ranker {
  const { state, cpuUsed, memUsed, replicasOnNode, spreadCounts } = context;
  const w = config.weights;
  const artifactBytes = spec.binary.size + spec.kernel.size;
  const affinities = spec.affinities.map((a) => ({ weight: a.weight, matches: compileConstraint(a) }));
  const affinityTotal = affinities.reduce((sum, a) => sum + Math.abs(a.weight), 0);
  const desired = spreadDesired(spec, spreadValues);
  const spreadLabel = spec.spread?.label;
  const volume = spec.volume?.name;

  const fit = (i: number): number => {
    const cap = state.nodes[i]!.capacity;
    // Utilisation after placing: bin-pack favours the fullest node that still fits (best fit).
    const cpuBefore = cpuUsed[i]! / cap.cpu;
    const memBefore = memUsed[i]! / cap.memory;
    const cpuFrac = cpuBefore + spec.cpu / cap.cpu;
    const memFrac = memBefore + spec.memory / cap.memory;
    const utilisation = (cpuFrac + memFrac) / 2;
    if (config.algorithm === 'spread') return 1 - utilisation;
    // Reward what this replica does to the node's balance: a node full on cpu with idle memory
    // is lost capacity, so a cpu-heavy replica should go where memory is what is used up. The
    // change (not the resulting imbalance) is scored, or already-skewed nodes would never be
    // chosen to be straightened out.
    const balanceGain = Math.abs(cpuBefore - memBefore) - Math.abs(cpuFrac - memFrac);
    return utilisation + balanceWeight * balanceGain;
  };
  const antiAffinity = (i: number): number => {
    const collisions = replicasOnNode[i]!;
    // Same shape as Nomad's job anti-affinity: the penalty grows with collisions, relative to
    // the replica count, so co-locating 2 of 3 replicas hurts far more than 2 of 1,000.
    return collisions === 0 ? 0 : -Math.min(1, (collisions + 1) / Math.max(1, spec.replicas));
  };
  // Held artifacts do not change while one plan is computed, and sampled nodes come up again and
  // again for a large spec, so each node's locality is computed once (NaN = not yet).
  const artifactScores = new Float64Array(state.nodes.length).fill(Number.NaN);
  const artifacts = (i: number): number => {
    const cached = artifactScores[i]!;
    if (!Number.isNaN(cached)) return cached;
    return (artifactScores[i] = artifactLocality(i));
  };
  const artifactLocality = (i: number): number => {
    if (artifactBytes === 0) return 1;
    const held = state.artifacts[i]!;
    let missing = 0;
    if (!held.has(spec.binary.digest)) missing += spec.binary.size;
    if (spec.kernel.digest !== spec.binary.digest && !held.has(spec.kernel.digest)) missing += spec.kernel.size;
    return 1 - missing / artifactBytes;
  };
  const affinity = (i: number): number => {
    const labels = state.nodes[i]!.labels;
    let sum = 0;
    for (const a of affinities) if (a.matches(labels)) sum += a.weight;
    return sum / affinityTotal;
  };
  const spread = (i: number): number => {
    const value = state.nodes[i]!.labels[spreadLabel!];
    if (value === undefined) return -1;
    const want = desired.get(value) ?? 0;
    const have = spreadCounts.get(value) ?? 0;
    if (want <= 0) return -1;
    return Math.max(-1, Math.min(1, (want - have) / want));
  };
  const volumeScore = (i: number): number => (state.volumes[i]!.has(volume!) ? 1 : 0);

  const breakdown = (i: number): ScoreBreakdown => {
    let total = 0;
    let weights = 0;
    const add = (weight: number, value: number): number => {
      total += weight * value;
      weights += weight;
      return value;
    };
    const parts = {
      fit: add(w.fit, fit(i)),
      antiAffinity: add(w.antiAffinity, antiAffinity(i)),
      artifacts: add(w.artifacts, artifacts(i)),
      ...(affinities.length > 0 ? { affinity: add(w.affinity, affinity(i)) } : {}),
      ...(spreadLabel !== undefined ? { spread: add(w.spread, spread(i)) } : {}),
      ...(volume !== undefined ? { volume: add(w.volume, volumeScore(i)) } : {}),
    };
    return { ...parts, final: weights === 0 ? 0 : total / weights };
  };

  // The hot path avoids building breakdown objects.
  const score = (i: number): number => {
    let total = w.fit * fit(i) + w.antiAffinity * antiAffinity(i) + w.artifacts * artifacts(i);
    let weights = w.fit + w.antiAffinity + w.artifacts;
    if (affinities.length > 0) {
      total += w.affinity * affinity(i);
      weights += w.affinity;
    }
    if (spreadLabel !== undefined) {
      total += w.spread * spread(i);
      weights += w.spread;
    }
    if (volume !== undefined) {
      total += w.volume * volumeScore(i);
      weights += w.volume;
    }
    return weights === 0 ? 0 : total / weights;
  };

  return { score, breakdown };
}
