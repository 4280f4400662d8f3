// Plan verification (optimistic concurrency, as Nomad's plan applier): a plan computed on an
// older snapshot is checked against the latest state just before it is committed. Checks are
// per node: if everything the plan adds to a node no longer fits there, all of that node's
// additions are rejected and the rest of the plan still goes through. The scheduler re-runs for
// what was rejected.
import type { PlacementIndex } from '../state/index.ts';
import type { Migration, Placement, Plan, Replacement, Stop } from '../types.ts';

export interface RejectedPart {
  readonly kind: 'placement' | 'replacement' | 'migration' | 'stop';
  readonly allocationId: string;
  readonly node: string;
  readonly reason: string;
}

export interface VerifiedPlan {
  readonly accepted: Plan;
  readonly rejected: readonly RejectedPart[];
}

type Addition =
  | { readonly kind: 'placement'; readonly part: Placement }
  | { readonly kind: 'replacement'; readonly part: Replacement }
  | { readonly kind: 'migration'; readonly part: Migration };

function additionTarget(a: Addition, latest?: PlacementIndex): { node: string; id: string; cpu: number; memory: number; hostPorts: readonly string[] } {
  switch (a.kind) {
    case 'placement':
      return { node: a.part.node, id: a.part.allocationId, cpu: a.part.cpu, memory: a.part.memory, hostPorts: a.part.hostPorts ?? [] };
    case 'replacement':
      return {
        node: a.part.placement.node,
        id: a.part.placement.allocationId,
        cpu: a.part.placement.cpu,
        memory: a.part.placement.memory,
        hostPorts: a.part.placement.hostPorts ?? [],
      };
    case 'migration':
      return { node: a.part.to, id: a.part.allocationId, cpu: a.part.cpu, memory: a.part.memory, hostPorts: latest?.allocations.get(a.part.allocationId)?.hostPorts ?? [] };
  }
}

export function verifyPlan(plan: Plan, latest: PlacementIndex): VerifiedPlan {
  const rejected: RejectedPart[] = [];
  const isCurrent = (stop: Stop): boolean => latest.allocations.get(stop.allocationId)?.generation === stop.generation;

  // Stops never overcommit; they only go stale when the allocation is gone or has moved since.
  const stops: Stop[] = [];
  for (const stop of plan.stops) {
    if (isCurrent(stop)) stops.push(stop);
    else
      rejected.push({ kind: 'stop', allocationId: stop.allocationId, node: stop.node, reason: 'allocation changed since planning' });
  }
  const freedCpu = new Map<string, number>();
  const freedMem = new Map<string, number>();
  const freedPorts = new Map<string, string[]>();
  const freeOn = (stop: Stop): void => {
    const a = latest.allocations.get(stop.allocationId)!;
    freedCpu.set(a.node, (freedCpu.get(a.node) ?? 0) + a.cpu);
    freedMem.set(a.node, (freedMem.get(a.node) ?? 0) + a.memory);
    if (a.hostPorts && a.hostPorts.length > 0) freedPorts.set(a.node, [...(freedPorts.get(a.node) ?? []), ...a.hostPorts]);
  };
  stops.forEach(freeOn);
  // A replacement's stop is applied whether or not its successor fits, so it frees room either way.
  for (const r of plan.replacements) if (isCurrent(r.previous)) freeOn(r.previous);

  const additions: Addition[] = [
    ...plan.placements.map((part): Addition => ({ kind: 'placement', part })),
    ...plan.replacements.map((part): Addition => ({ kind: 'replacement', part })),
    ...plan.migrations.map((part): Addition => ({ kind: 'migration', part })),
  ];
  const byNode = new Map<string, Addition[]>();
  for (const addition of additions) {
    const target = additionTarget(addition);
    let list = byNode.get(target.node);
    if (list === undefined) byNode.set(target.node, (list = []));
    list.push(addition);
  }

  const acceptedAdditions = new Set<Addition>();
  const reject = (addition: Addition, reason: string): void => {
    const t = additionTarget(addition);
    rejected.push({ kind: addition.kind, allocationId: t.id, node: t.node, reason });
  };
  for (const [nodeId, list] of byNode) {
    const i = latest.nodeIndex.get(nodeId);
    const node = i === undefined ? undefined : latest.nodes[i];
    if (i === undefined || node === undefined || node.status !== 'ready' || !node.eligible) {
      const why = node === undefined ? 'gone' : node.status !== 'ready' ? node.status : 'ineligible';
      for (const addition of list) reject(addition, `node ${nodeId} is ${why}`);
      continue;
    }
    // Parts that are themselves stale do not count toward the node's load.
    const valid = list.filter((addition) => {
      if (addition.kind === 'migration') {
        const current = latest.allocations.get(addition.part.allocationId);
        if (current === undefined || current.generation !== addition.part.generation - 1 || current.node !== addition.part.from) {
          reject(addition, 'allocation changed since planning');
          return false;
        }
        return true;
      }
      const t = additionTarget(addition);
      if (latest.allocations.has(t.id)) {
        reject(addition, 'allocation already exists');
        return false;
      }
      if (addition.kind === 'replacement' && !isCurrent(addition.part.previous)) {
        reject(addition, 'replaced allocation changed since planning');
        return false;
      }
      return true;
    });
    // Static host ports: each held once on a node, counting what the plan's stops free there.
    const held = new Map(latest.ports[i]!);
    for (const port of freedPorts.get(nodeId) ?? []) held.set(port, (held.get(port) ?? 1) - 1);
    const placeable = valid.filter((addition) => {
      const { hostPorts } = additionTarget(addition, latest);
      const taken = hostPorts.find((p) => (held.get(p) ?? 0) > 0);
      if (taken !== undefined) {
        reject(addition, `host port ${taken} is in use on node ${nodeId}`);
        return false;
      }
      for (const p of hostPorts) held.set(p, 1);
      return true;
    });
    let cpu = latest.cpuUsed[i]! - (freedCpu.get(nodeId) ?? 0);
    let memory = latest.memUsed[i]! - (freedMem.get(nodeId) ?? 0);
    for (const addition of placeable) {
      const t = additionTarget(addition);
      cpu += t.cpu;
      memory += t.memory;
    }
    if (cpu > node.capacity.cpu || memory > node.capacity.memory) {
      const reason = `node ${nodeId} would be overcommitted (cpu ${cpu}/${node.capacity.cpu}, memory ${memory}/${node.capacity.memory})`;
      for (const addition of placeable) reject(addition, reason);
      continue;
    }
    for (const addition of placeable) acceptedAdditions.add(addition);
  }

  const acceptedParts = new Set<Placement | Replacement | Migration>([...acceptedAdditions].map((a) => a.part));
  const acceptedReplacements: Replacement[] = [];
  for (const r of plan.replacements) {
    if (acceptedParts.has(r)) acceptedReplacements.push(r);
    else if (isCurrent(r.previous)) stops.push(r.previous);
  }
  return {
    accepted: {
      ...plan,
      snapshotIndex: latest.index,
      stops,
      placements: plan.placements.filter((p) => acceptedParts.has(p)),
      replacements: acceptedReplacements,
      migrations: plan.migrations.filter((m) => acceptedParts.has(m)),
    },
    rejected,
  };
}
