// Scheduler benchmark: fill simulated clusters spec by spec (schedule → verify → apply), and
// compare with a naive first-fit over all nodes measured in the same run.
//
// The headline figures per cluster size are bin-pack configured for density: `soft` replica
// anti-affinity with its availability floor (minDistinctNodes). The `distinct` run (the
// scheduler's default) goes under `distinct_anti_affinity`, with the nodes its rule alone forces
// (see bounds.ts). `anti_affinity` names the mode of each set of figures.
//
//   npm run bench:scheduler -- [--json] [--nodes 1000,5000,10000] [--arrows 200000,1000000,200000]
//                              [--baseline-arrows 200000] [--seed 1] [--anti-affinity distinct|soft|both]
//                              [--verbose] [--bounds-only]
import { PlacementIndex, compileConstraint, defaultSchedulerConfig, schedule, seededRandom, verifyPlan } from '../../scheduler/index.ts';
import type { ArrowSpec, ArrowSpecInput, Node, Random } from '../../scheduler/index.ts';
import { parseArrowSpec } from '../../scheduler/index.ts';
import { digestOf } from '../../scheduler/testing/fixtures.ts';
import { distinctCoverBound, resourceLowerBound } from './bounds.ts';
import type { CoverBound } from './bounds.ts';

interface Options {
  json: boolean;
  nodes: number[];
  arrows: number[];
  baselineArrows: number;
  seed: number;
  antiAffinity: 'distinct' | 'soft' | 'both';
  /** Unplaced specs and a histogram of node fill (cpu, memory, arch, kvm) after each run. */
  verbose: boolean;
  /** Print only the lower bounds of each workload, without scheduling it. */
  boundsOnly: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    json: false,
    nodes: [1000, 5000, 10000],
    arrows: [200_000, 1_000_000, 200_000],
    baselineArrows: 200_000,
    seed: 1,
    antiAffinity: 'both',
    verbose: false,
    boundsOnly: false,
  };
  const list = (value: string | undefined, flag: string): number[] => {
    const parsed = (value ?? '').split(',').map(Number);
    if (parsed.length === 0 || parsed.some((n) => !Number.isInteger(n) || n <= 0))
      throw new Error(`${flag} expects comma-separated positive integers, got "${value ?? ''}"`);
    return parsed;
  };
  let arrowsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--bounds-only') options.boundsOnly = true;
    else if (arg === '--nodes') options.nodes = list(argv[++i], '--nodes');
    else if (arg === '--arrows') {
      options.arrows = list(argv[++i], '--arrows');
      arrowsGiven = true;
    } else if (arg === '--baseline-arrows') options.baselineArrows = list(argv[++i], '--baseline-arrows')[0]!;
    else if (arg === '--seed') options.seed = list(argv[++i], '--seed')[0]!;
    else if (arg === '--anti-affinity') {
      const mode = argv[++i];
      if (mode !== 'distinct' && mode !== 'soft' && mode !== 'both')
        throw new Error(`--anti-affinity expects distinct, soft or both, got "${mode ?? ''}"`);
      options.antiAffinity = mode;
    }
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!arrowsGiven && options.nodes.join() !== '1000,5000,10000') {
    // Default: the same density as the runs, 200 Arrows per node, capped at 1,000,000.
    options.arrows = options.nodes.map((n) => Math.min(1_000_000, n * 200));
  }
  if (options.arrows.length === 1) options.arrows = options.nodes.map(() => options.arrows[0]!);
  if (options.arrows.length !== options.nodes.length) throw new Error('--arrows needs one value, or one per --nodes entry');
  return options;
}

// Nodes: 96 cores and 96 GiB, so 200 average Arrows fill about two thirds of a node. The
// cluster is never full, which is what makes bin-packing quality measurable.
const nodeCapacity = { cpu: 96_000, memory: 98_304 };
const zones = ['a', 'b', 'c', 'd'];
const kernels = [0, 1, 2].map((k) => ({ digest: digestOf(`kernel-${k}`), size: 8_000_000 + k * 1_000_000 }));

function makeCluster(count: number, random: Random): Node[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `node-${i}`,
    capacity: nodeCapacity,
    labels: {
      zone: zones[i % zones.length]!,
      arch: random.next() < 0.2 ? 'arm64' : 'amd64',
      rack: `r${random.below(10)}`,
    },
    kvm: random.next() < 0.9,
    status: 'ready',
    eligible: true,
    artifacts: [],
    volumes: [],
  }));
}

function pick<T>(items: readonly T[], weights: readonly number[], random: Random): T {
  let r = random.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

function makeWorkload(totalArrows: number, random: Random): ArrowSpec[] {
  const specs: ArrowSpec[] = [];
  let placed = 0;
  while (placed < totalArrows) {
    // Log-uniform between 1 and 1,000 replicas: many small services, a few large ones.
    const replicas = Math.min(totalArrows - placed, Math.floor(Math.exp(random.next() * Math.log(1000))) + 0);
    const n = specs.length;
    const input: ArrowSpecInput = {
      name: `app-${n}`,
      replicas: Math.max(1, replicas),
      cpu: pick([100, 250, 500, 1000], [4, 3, 2, 1], random),
      memory: pick([128, 256, 512, 1024], [4, 3, 2, 1], random),
      binary: { digest: digestOf(`app-${n}`), size: 10_000_000 + random.below(40_000_000) },
      kernel: kernels[random.below(kernels.length)]!,
      priority: 50,
      constraints: [],
      affinities: [],
    };
    const constraints: NonNullable<ArrowSpecInput['constraints']> = [];
    if (random.next() < 0.25) constraints.push({ label: 'zone', op: '=', value: zones[random.below(zones.length)]! });
    const arch = random.next();
    if (arch < 0.15) constraints.push({ label: 'arch', op: '=', value: 'arm64' });
    else if (arch < 0.5) constraints.push({ label: 'arch', op: 'in', values: ['amd64'] });
    if (random.next() < 0.1) constraints.push({ label: 'rack', op: 'regex', pattern: '^r[0-4]$' });
    if (random.next() < 0.05) constraints.push({ label: 'rack', op: 'not in', values: ['r9'] });
    input.constraints = constraints;
    input.requiresKvm = random.next() < 0.1;
    if (random.next() < 0.3) input.spread = { label: 'zone' };
    if (random.next() < 0.2) input.affinities = [{ label: 'zone', op: '=', value: zones[random.below(zones.length)]!, weight: 50 }];
    const spec = parseArrowSpec(input);
    specs.push(spec);
    placed += spec.replicas;
  }
  return specs;
}

interface ModeResult {
  anti_affinity: 'distinct' | 'soft';
  /** Soft only: the availability floor, min(replicas, this) distinct nodes per Arrow. */
  min_distinct_nodes?: number;
  arrows_placed: number;
  placements_per_s: number;
  /** Same, per second of this process's CPU time: steadier than wall time on a shared machine. */
  placements_per_cpu_s: number;
  p99_decision_ms: number;
  p50_decision_ms: number;
  nodes_used: number;
  nodes_lower_bound: number;
  nodes_used_over_lower_bound: number;
  /**
   * Distinct only: nodes that any placement keeping replicas on distinct nodes must use for this
   * workload (see bounds.ts), and nodes used over it: what is left of the ratio above once that
   * rule is paid.
   */
  nodes_distinct_lower_bound?: number;
  nodes_used_over_distinct_lower_bound?: number;
  unplaced: number;
  rejected_by_verification: number;
  heap_used_mib: number;
  seconds: number;
}

/**
 * The headline figures are one mode's run: soft (bin-pack configured for density) unless only
 * distinct was asked for; `anti_affinity` says which. With both, distinct's run is nested.
 */
type SizeResult = { nodes: number; arrows_requested: number; specs: number } & ModeResult & {
  first_fit_arrows: number;
  first_fit_placements_per_s: number;
  first_fit_placements_per_cpu_s: number;
  speedup_over_first_fit: number;
  distinct_anti_affinity?: ModeResult;
};

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Naive baseline: every replica scans nodes from the first until one passes all checks. */
function firstFit(
  nodes: readonly Node[],
  specs: readonly ArrowSpec[],
  limit: number,
): { placed: number; seconds: number; cpuSeconds: number } {
  const cpuStart = process.cpuUsage();
  const cpu = new Float64Array(nodes.length);
  const mem = new Float64Array(nodes.length);
  let placed = 0;
  const start = performance.now();
  for (const spec of specs) {
    const predicates = spec.constraints.map(compileConstraint);
    for (let r = 0; r < spec.replicas && placed < limit; r++) {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.status !== 'ready' || (spec.requiresKvm && !node.kvm)) continue;
        if (cpu[i]! + spec.cpu > node.capacity.cpu || mem[i]! + spec.memory > node.capacity.memory) continue;
        if (!predicates.every((p) => p(node.labels))) continue;
        cpu[i]! += spec.cpu;
        mem[i]! += spec.memory;
        placed++;
        break;
      }
    }
    if (placed >= limit) break;
  }
  const used = process.cpuUsage(cpuStart);
  return { placed, seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

function fillCluster(
  nodes: readonly Node[],
  specs: readonly ArrowSpec[],
  antiAffinity: 'distinct' | 'soft',
  options: Options,
  log: (line: string) => void,
): ModeResult {
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes, allocations: [] });
  const decisions: number[] = [];
  let placed = 0;
  let unplaced = 0;
  let rejected = 0;
  let busy = 0;
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let nextReport = 0.25;
  for (let s = 0; s < specs.length; s++) {
    const spec = specs[s]!;
    const t0 = performance.now();
    const plan = schedule(state, spec, { seed: options.seed + s, config: { antiAffinity } });
    const t1 = performance.now();
    const verified = verifyPlan(plan, state);
    state.apply(verified.accepted, { assumeArtifactsFetched: true });
    const t2 = performance.now();
    decisions.push(t1 - t0);
    busy += t2 - t0;
    placed += verified.accepted.placements.length;
    rejected += verified.rejected.length;
    unplaced += plan.failures.reduce((sum, f) => sum + f.unplaced, 0);
    if (options.verbose) {
      for (const f of plan.failures) {
        log(`  unplaced ${f.unplaced}/${spec.replicas} of spec ${s} (cpu ${spec.cpu}, memory ${spec.memory}, kvm ${spec.requiresKvm}, ` +
          `constraints ${JSON.stringify(spec.constraints)}): ${f.message}`);
      }
    }
    if ((s + 1) / specs.length >= nextReport) {
      log(`  ${nodes.length} nodes, ${antiAffinity}: ${Math.round(((s + 1) / specs.length) * 100)}% of specs, ${placed} placed`);
      nextReport += 0.25;
    }
  }
  const seconds = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  let nodesUsed = 0;
  let totalCpu = 0;
  let totalMem = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (state.byNode[i]!.size > 0) nodesUsed++;
    totalCpu += state.cpuUsed[i]!;
    totalMem += state.memUsed[i]!;
  }
  if (options.verbose) {
    // Nodes in use by cpu and memory fill (tenths), arch and kvm: shows stranded resources.
    const histogram = new Map<string, number>();
    for (let i = 0; i < nodes.length; i++) {
      if (state.byNode[i]!.size === 0) continue;
      const cpuTenth = Math.floor((state.cpuUsed[i]! / nodeCapacity.cpu) * 10);
      const memTenth = Math.floor((state.memUsed[i]! / nodeCapacity.memory) * 10);
      const key = `cpu ${cpuTenth}/10 memory ${memTenth}/10 ${nodes[i]!.labels.arch} ${nodes[i]!.kvm ? 'kvm' : 'no-kvm'}`;
      histogram.set(key, (histogram.get(key) ?? 0) + 1);
    }
    log([...histogram].sort().map(([key, count]) => `  ${key}: ${count}`).join('\n'));
  }
  const lowerBound = resourceLowerBound(totalCpu, totalMem, nodeCapacity);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  const sorted = [...decisions].sort((a, b) => a - b);
  return {
    anti_affinity: antiAffinity,
    ...(antiAffinity === 'soft' ? { min_distinct_nodes: defaultSchedulerConfig.minDistinctNodes } : {}),
    arrows_placed: placed,
    placements_per_s: Math.round(placed / (busy / 1000)),
    placements_per_cpu_s: Math.round(placed / cpuSeconds),
    p99_decision_ms: Number(percentile(sorted, 99).toFixed(3)),
    p50_decision_ms: Number(percentile(sorted, 50).toFixed(3)),
    nodes_used: nodesUsed,
    nodes_lower_bound: lowerBound,
    nodes_used_over_lower_bound: Number((nodesUsed / lowerBound).toFixed(4)),
    unplaced,
    rejected_by_verification: rejected,
    heap_used_mib: Math.round(heap),
    seconds: Number(seconds.toFixed(1)),
  };
}

function workloadOf(nodeCount: number, arrows: number, options: Options): { nodes: Node[]; specs: ArrowSpec[] } {
  const random = seededRandom(options.seed * 7919 + nodeCount);
  const nodes = makeCluster(nodeCount, random);
  return { nodes, specs: makeWorkload(arrows, random) };
}

/**
 * Groupings of nodes for the distinct bound (at most 16 regions each). Every grouping gives a sound
 * bound and the largest is kept; each follows some of the borders the workload's constraints draw
 * (zone, arch, kvm, racks r0-4 / r5-8 / r9), since no single one of 16 regions follows them all.
 */
const rackClass = (node: Node): string => {
  const rack = Number((node.labels.rack ?? 'r0').slice(1));
  return rack <= 4 ? 'r0-4' : rack <= 8 ? 'r5-8' : 'r9';
};
const boundGroupings: readonly ((node: Node) => string)[] = [
  (n) => `${n.labels.zone} ${n.labels.arch} ${n.kvm ? 'kvm' : 'no-kvm'}`,
  (n) => `${n.labels.arch} ${rackClass(n)} ${n.kvm ? 'kvm' : 'no-kvm'}`,
  (n) => `${n.labels.zone} ${rackClass(n)}`,
  (n) => `${n.labels.zone} ${n.labels.arch} ${rackClass(n) === 'r0-4' ? 'r0-4' : 'r5-9'}`,
];

function coverBound(nodes: readonly Node[], specs: readonly ArrowSpec[]): CoverBound {
  let best: CoverBound | undefined;
  for (const grouping of boundGroupings) {
    const bound = distinctCoverBound(nodes, specs, grouping, nodeCapacity);
    if (best === undefined || bound.nodes > best.nodes) best = bound;
  }
  return best!;
}

function runSize(nodeCount: number, arrows: number, options: Options, log: (line: string) => void): SizeResult {
  const { nodes, specs } = workloadOf(nodeCount, arrows, options);
  const soft = options.antiAffinity === 'distinct' ? undefined : fillCluster(nodes, specs, 'soft', options, log);
  let distinct: ModeResult | undefined;
  if (options.antiAffinity !== 'soft') {
    const run = fillCluster(nodes, specs, 'distinct', options, log);
    const cover = coverBound(nodes, specs);
    // Inserted after nodes_used_over_lower_bound, next to the ratio it qualifies.
    const { unplaced, rejected_by_verification, heap_used_mib, seconds, ...figures } = run;
    distinct = {
      ...figures,
      nodes_distinct_lower_bound: cover.nodes,
      nodes_used_over_distinct_lower_bound: Number((run.nodes_used / cover.nodes).toFixed(4)),
      unplaced,
      rejected_by_verification,
      heap_used_mib,
      seconds,
    };
  }
  const headline = (soft ?? distinct)!;
  const baseline = firstFit(nodes, specs, Math.min(options.baselineArrows, arrows));
  const firstFitPerS = baseline.placed / baseline.seconds;
  const { anti_affinity, min_distinct_nodes, ...figures } = headline;
  return {
    nodes: nodeCount,
    anti_affinity,
    ...(min_distinct_nodes === undefined ? {} : { min_distinct_nodes }),
    arrows_requested: arrows,
    specs: specs.length,
    ...figures,
    first_fit_arrows: baseline.placed,
    first_fit_placements_per_s: Math.round(firstFitPerS),
    first_fit_placements_per_cpu_s: Math.round(baseline.placed / baseline.cpuSeconds),
    speedup_over_first_fit: Number((headline.placements_per_s / firstFitPerS).toFixed(2)),
    ...(soft !== undefined && distinct !== undefined ? { distinct_anti_affinity: distinct } : {}),
  };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  if (options.boundsOnly) {
    const bounds = options.nodes.map((n, k) => {
      const { nodes, specs } = workloadOf(n, options.arrows[k]!, options);
      let cpu = 0;
      let memory = 0;
      for (const spec of specs) {
        cpu += spec.cpu * spec.replicas;
        memory += spec.memory * spec.replicas;
      }
      const cover = coverBound(nodes, specs);
      return {
        nodes: n,
        specs: specs.length,
        resource_lower_bound: resourceLowerBound(cpu, memory, nodeCapacity),
        distinct_lower_bound: cover.nodes,
        distinct_only: cover.distinctOnly,
        resources_by_region: cover.resourcesByRegion,
        regions: cover.regions,
      };
    });
    process.stdout.write(`${JSON.stringify(bounds, null, 2)}\n`);
    return;
  }
  const results: Record<string, SizeResult> = {};
  options.nodes.forEach((n, k) => {
    log(`cluster of ${n} nodes, ${options.arrows[k]} Arrows`);
    results[String(n)] = runSize(n, options.arrows[k]!, options, log);
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const columns: (keyof SizeResult)[] = [
    'nodes',
    'anti_affinity',
    'min_distinct_nodes',
    'arrows_placed',
    'specs',
    'placements_per_s',
    'p50_decision_ms',
    'p99_decision_ms',
    'nodes_used',
    'nodes_lower_bound',
    'nodes_used_over_lower_bound',
    'first_fit_placements_per_s',
    'speedup_over_first_fit',
    'unplaced',
    'seconds',
  ];
  // The distinct run's columns: nested under distinct_anti_affinity, or the headline itself.
  const distinctColumns: (keyof ModeResult)[] = [
    'placements_per_s',
    'nodes_used_over_lower_bound',
    'nodes_distinct_lower_bound',
    'nodes_used_over_distinct_lower_bound',
    'unplaced',
  ];
  const cell = (value: unknown): string => (value === undefined ? '-' : String(value));
  const rows = Object.values(results).map((r) => {
    const distinct = r.distinct_anti_affinity ?? (r.anti_affinity === 'distinct' ? r : undefined);
    return columns.map((c) => cell(r[c])).concat(distinctColumns.map((c) => cell(distinct?.[c])));
  });
  const header = [...columns, ...distinctColumns.map((c) => `distinct:${c}`)];
  const widths = header.map((c, i) => Math.max(c.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    '\nplacements_per_s counts schedule + verify + apply time. first-fit (no anti-affinity, spread, ranking ' +
      `or plan objects) places the first ${options.baselineArrows} Arrows of the same workload. ` +
      'Headline columns: bin-pack with soft anti-affinity (co-location only penalised beyond an ' +
      `availability floor of min(replicas, ${defaultSchedulerConfig.minDistinctNodes}) distinct nodes per Arrow). ` +
      'distinct: replicas of an Arrow on distinct nodes while any has room (the scheduler\'s default); ' +
      'nodes_distinct_lower_bound is what that rule alone forces. Timings are noisy on a shared machine.',
  );
}

main();
