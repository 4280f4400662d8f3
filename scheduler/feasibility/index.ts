// Feasibility: which nodes can run a spec at all. Checks that do not depend on usage (status,
// KVM, label constraints) are evaluated once per distinct constraint set and memoised on the
// cluster state, so a thousand specs sharing `zone = a` cost one scan of the nodes, not a thousand.
import type { ArrowSpec, Constraint } from '../spec/index.ts';
import type { PlacementIndex } from '../state/index.ts';
import type { FailureExplanation, Node } from '../types.ts';

export type LabelPredicate = (labels: Readonly<Record<string, string>>) => boolean;

export function describeConstraint(c: Constraint): string {
  switch (c.op) {
    case '=':
    case '!=':
      return `${c.label} ${c.op} ${c.value}`;
    case 'in':
    case 'not in':
      return `${c.label} ${c.op} [${c.values.join(', ')}]`;
    case 'regex':
      return `${c.label} =~ /${c.pattern}/`;
  }
}

/** A missing label never satisfies a positive match and always satisfies a negative one. */
export function compileConstraint(c: Constraint): LabelPredicate {
  switch (c.op) {
    case '=':
      return (labels) => labels[c.label] === c.value;
    case '!=':
      return (labels) => labels[c.label] !== c.value;
    case 'in': {
      const values = new Set(c.values);
      return (labels) => {
        const v = labels[c.label];
        return v !== undefined && values.has(v);
      };
    }
    case 'not in': {
      const values = new Set(c.values);
      return (labels) => {
        const v = labels[c.label];
        return v === undefined || !values.has(v);
      };
    }
    case 'regex': {
      const re = new RegExp(c.pattern);
      return (labels) => {
        const v = labels[c.label];
        return v !== undefined && re.test(v);
      };
    }
  }
}

export interface StaticFeasibility {
  /** Indices (into PlacementIndex.nodes) of nodes passing every static check, ascending. */
  readonly nodes: Int32Array;
  /** How many nodes each check removed; a node is counted under the first check it fails. */
  readonly filtered: Readonly<Record<string, number>>;
}

interface NamedCheck {
  readonly name: string;
  readonly passes: (node: Node) => boolean;
}

function staticChecks(spec: ArrowSpec): NamedCheck[] {
  const checks: NamedCheck[] = [
    { name: 'node status draining', passes: (n) => n.status !== 'draining' },
    { name: 'node status down', passes: (n) => n.status !== 'down' },
    { name: 'node ineligible', passes: (n) => n.eligible },
  ];
  if (spec.requiresKvm) checks.push({ name: 'kvm required', passes: (n) => n.kvm });
  for (const c of spec.constraints) {
    const predicate = compileConstraint(c);
    checks.push({ name: `constraint ${describeConstraint(c)}`, passes: (n) => predicate(n.labels) });
  }
  return checks;
}

function cacheKey(spec: ArrowSpec): string {
  return JSON.stringify([spec.requiresKvm, spec.constraints]);
}

export function staticFeasibility(state: PlacementIndex, spec: ArrowSpec): StaticFeasibility {
  const key = `feasible:${cacheKey(spec)}`;
  const cached = state.nodeDerivedCache.get(key) as StaticFeasibility | undefined;
  if (cached !== undefined) return cached;
  const checks = staticChecks(spec);
  const counts = new Array<number>(checks.length).fill(0);
  const feasible: number[] = [];
  state.nodes.forEach((node, i) => {
    for (let c = 0; c < checks.length; c++) {
      if (!checks[c]!.passes(node)) {
        counts[c]!++;
        return;
      }
    }
    feasible.push(i);
  });
  const filtered: Record<string, number> = {};
  checks.forEach((check, c) => {
    if (counts[c]! > 0) filtered[check.name] = counts[c]!;
  });
  const result: StaticFeasibility = { nodes: Int32Array.from(feasible), filtered };
  state.nodeDerivedCache.set(key, result);
  return result;
}

/**
 * Explains why no node could take `demand`, given usage as planned so far. Only called on
 * failure, so a full scan is fine.
 */
export function explainFailure(
  state: PlacementIndex,
  feasibility: StaticFeasibility,
  cpuUsed: Float64Array,
  memUsed: Float64Array,
  demand: { cpu: number; memory: number; hostPorts?: readonly string[] },
  replicasOnNode?: Uint16Array,
): FailureExplanation {
  let cpu = 0;
  let memory = 0;
  let ports = 0;
  const hostPorts = demand.hostPorts ?? [];
  for (const i of feasibility.nodes) {
    const node = state.nodes[i]!;
    if (cpuUsed[i]! + demand.cpu > node.capacity.cpu) cpu++;
    else if (memUsed[i]! + demand.memory > node.capacity.memory) memory++;
    else if (hostPorts.length > 0 && ((replicasOnNode?.[i] ?? 0) > 0 || state.portsTaken(i, hostPorts))) ports++;
  }
  return { nodesEvaluated: state.nodes.length, filtered: feasibility.filtered, exhausted: ports > 0 ? { cpu, memory, ports } : { cpu, memory } };
}

export function formatExplanation(e: FailureExplanation): string {
  const parts: string[] = [];
  if (e.exhausted.memory > 0) parts.push(`memory exhausted on ${e.exhausted.memory} nodes`);
  if (e.exhausted.cpu > 0) parts.push(`cpu exhausted on ${e.exhausted.cpu} nodes`);
  if ((e.exhausted.ports ?? 0) > 0) parts.push(`static host port in use on ${e.exhausted.ports} nodes`);
  for (const [check, count] of Object.entries(e.filtered)) parts.push(`${check} filtered ${count}`);
  if (e.nodesEvaluated === 0) parts.push('no nodes in the cluster');
  return parts.length === 0 ? 'no feasible node' : parts.join(', ');
}
