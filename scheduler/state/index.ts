// Indexed cluster state. The scheduler reads it; the owner (the Raft leader, a test, the
// benchmark) mutates it only through `apply` and the node setters. Indexes are kept up to date
// incrementally because rescanning a million allocations per decision would dominate the cost.
import type { Allocation, ClusterSnapshot, Node, NodeStatus, Plan, Placement } from '../types.ts';

const liveStatuses = new Set(['pending', 'running']);

export function isLive(allocation: Allocation): boolean {
  return liveStatuses.has(allocation.status);
}

/** Resources in use per node, by node position in PlacementIndex.nodes. */
export interface Usage {
  readonly cpu: Float64Array;
  readonly memory: Float64Array;
}

export class PlacementIndex {
  /** Bumped on every mutation; plans record it so verification knows how old they are. */
  index: number;
  readonly nodes: Node[] = [];
  readonly nodeIndex = new Map<string, number>();
  /** Per node, resources used by live allocations. */
  cpuUsed: Float64Array;
  memUsed: Float64Array;
  /** Per node: digest → size of artifacts held. */
  readonly artifacts: Map<string, number>[] = [];
  readonly volumes: Set<string>[] = [];
  /** Per node: static host port → live allocations holding it (1 unless something went wrong). */
  readonly ports: Map<string, number>[] = [];
  /** Only live allocations are kept: terminal ones no longer matter for placement. */
  readonly allocations = new Map<string, Allocation>();
  readonly byArrow = new Map<string, Set<Allocation>>();
  readonly byNode: Set<Allocation>[] = [];
  /** Scheduler-owned memo (static feasibility per constraint set); dropped whenever nodes change. */
  readonly nodeDerivedCache = new Map<string, unknown>();

  private constructor(index: number) {
    this.index = index;
    this.cpuUsed = new Float64Array(0);
    this.memUsed = new Float64Array(0);
  }

  static fromSnapshot(snapshot: ClusterSnapshot): PlacementIndex {
    const state = new PlacementIndex(snapshot.index);
    state.cpuUsed = new Float64Array(snapshot.nodes.length);
    state.memUsed = new Float64Array(snapshot.nodes.length);
    for (const node of snapshot.nodes) state.pushNode(node);
    for (const allocation of snapshot.allocations) {
      if (isLive(allocation)) state.addAllocation(allocation);
    }
    return state;
  }

  /** An independent copy (tests use it to schedule against an older snapshot). */
  clone(): PlacementIndex {
    return PlacementIndex.fromSnapshot(this.toSnapshot());
  }

  toSnapshot(): ClusterSnapshot {
    return { index: this.index, nodes: [...this.nodes], allocations: [...this.allocations.values()] };
  }

  nodeById(id: string): Node | undefined {
    const i = this.nodeIndex.get(id);
    return i === undefined ? undefined : this.nodes[i];
  }

  allocationsOf(arrow: string): readonly Allocation[] {
    const set = this.byArrow.get(arrow);
    return set === undefined ? [] : [...set];
  }

  /** A copy of the usage arrays, to plan several Arrows on before any of them is committed. */
  usage(): Usage {
    return { cpu: this.cpuUsed.slice(), memory: this.memUsed.slice() };
  }

  /**
   * Adds what `plan` would change to `usage` (from usage()): stops and replaced allocations free
   * their room, placements, replacements and migrations take it on their target nodes.
   */
  addPlanUsage(plan: Plan, usage: Usage): void {
    const add = (nodeId: string, cpu: number, memory: number): void => {
      const i = this.nodeIndex.get(nodeId);
      if (i === undefined) return;
      usage.cpu[i]! += cpu;
      usage.memory[i]! += memory;
    };
    const free = (allocationId: string): void => {
      const a = this.allocations.get(allocationId);
      if (a !== undefined) add(a.node, -a.cpu, -a.memory);
    };
    for (const stop of plan.stops) free(stop.allocationId);
    for (const r of plan.replacements) {
      free(r.previous.allocationId);
      add(r.placement.node, r.placement.cpu, r.placement.memory);
    }
    for (const p of plan.placements) add(p.node, p.cpu, p.memory);
    for (const m of plan.migrations) {
      add(m.from, -m.cpu, -m.memory);
      add(m.to, m.cpu, m.memory);
    }
  }

  /** Adds a node, or replaces the attributes (status, labels, capacity, …) of a known one. */
  upsertNode(node: Node): void {
    const i = this.nodeIndex.get(node.id);
    if (i === undefined) {
      this.addNode(node);
      return;
    }
    this.nodes[i] = node;
    this.artifacts[i] = new Map(node.artifacts.map((a) => [a.digest, a.size]));
    this.volumes[i] = new Set(node.volumes);
    this.touchNodes();
  }

  /** Records that a node holds (or no longer holds) an artifact, for artifact locality. */
  setArtifactHeld(nodeId: string, artifact: Placement['artifacts'][number], held: boolean): void {
    const i = this.nodeIndex.get(nodeId);
    if (i === undefined) return;
    if (held) this.artifacts[i]!.set(artifact.digest, artifact.size);
    else this.artifacts[i]!.delete(artifact.digest);
  }

  /**
   * Adds or replaces an allocation as its owner now sees it; one that is no longer live
   * (stopped, failed, complete, lost) leaves the index.
   */
  upsertAllocation(allocation: Allocation): void {
    const current = this.allocations.get(allocation.id);
    if (current !== undefined) this.removeAllocation(current);
    if (isLive(allocation)) this.addAllocation(allocation);
    this.index++;
  }

  addNode(node: Node): void {
    if (this.nodeIndex.has(node.id)) throw new Error(`node ${node.id} already exists`);
    const grow = (a: Float64Array): Float64Array => {
      const b = new Float64Array(a.length + 1);
      b.set(a);
      return b;
    };
    this.cpuUsed = grow(this.cpuUsed);
    this.memUsed = grow(this.memUsed);
    this.pushNode(node);
    this.touchNodes();
  }

  setNodeStatus(id: string, status: NodeStatus): void {
    const i = this.requireNode(id);
    this.nodes[i] = { ...this.nodes[i]!, status };
    this.touchNodes();
  }

  /** Status updates reported by agents (pending → running, …); terminal statuses drop the allocation. */
  setAllocationStatus(id: string, status: Allocation['status']): void {
    const current = this.allocations.get(id);
    if (current === undefined) throw new Error(`unknown allocation ${id}`);
    this.removeAllocation(current);
    if (liveStatuses.has(status)) this.addAllocation({ ...current, status });
    this.index++;
  }

  /**
   * Applies a plan as is. Callers apply only plans that `verifyPlan` accepted against this state.
   * `assumeArtifactsFetched` records that placement targets will pull the binary and kernel, which
   * is what the node agent does before starting the VM.
   */
  apply(plan: Plan, options: { assumeArtifactsFetched?: boolean } = {}): void {
    for (const stop of plan.stops) this.stopIfCurrent(stop.allocationId, stop.generation);
    for (const replacement of plan.replacements) {
      this.stopIfCurrent(replacement.previous.allocationId, replacement.previous.generation);
      this.place(replacement.placement, options.assumeArtifactsFetched === true);
    }
    for (const placement of plan.placements) this.place(placement, options.assumeArtifactsFetched === true);
    for (const migration of plan.migrations) {
      const current = this.allocations.get(migration.allocationId);
      if (current === undefined) continue;
      this.removeAllocation(current);
      this.addAllocation({ ...current, node: migration.to, generation: migration.generation });
    }
    this.index++;
  }

  private place(placement: Placement, fetchArtifacts: boolean): void {
    const allocation: Allocation = {
      id: placement.allocationId,
      arrow: placement.arrow,
      node: placement.node,
      generation: placement.generation,
      specVersion: placement.specVersion,
      status: 'pending',
      cpu: placement.cpu,
      memory: placement.memory,
      priority: placement.priority,
      ...(placement.replaces === undefined ? {} : { replaces: placement.replaces }),
      ...(placement.hostPorts === undefined || placement.hostPorts.length === 0 ? {} : { hostPorts: placement.hostPorts }),
    };
    this.addAllocation(allocation);
    if (fetchArtifacts) this.noteArtifacts(placement.node, placement.artifacts);
  }

  private noteArtifacts(nodeId: string, held: Placement['artifacts']): void {
    const i = this.nodeIndex.get(nodeId);
    if (i === undefined || held === undefined) return;
    const map = this.artifacts[i]!;
    for (const artifact of held) map.set(artifact.digest, artifact.size);
  }

  private stopIfCurrent(id: string, generation: number): void {
    const current = this.allocations.get(id);
    if (current !== undefined && current.generation === generation) this.removeAllocation(current);
  }

  private pushNode(node: Node): void {
    const i = this.nodes.length;
    this.nodes.push(node);
    this.nodeIndex.set(node.id, i);
    this.artifacts.push(new Map(node.artifacts.map((a) => [a.digest, a.size])));
    this.volumes.push(new Set(node.volumes));
    this.ports.push(new Map());
    this.byNode.push(new Set());
  }

  private addAllocation(allocation: Allocation): void {
    if (this.allocations.has(allocation.id)) throw new Error(`allocation ${allocation.id} already exists`);
    this.allocations.set(allocation.id, allocation);
    let set = this.byArrow.get(allocation.arrow);
    if (set === undefined) this.byArrow.set(allocation.arrow, (set = new Set()));
    set.add(allocation);
    const i = this.nodeIndex.get(allocation.node);
    // Allocations on nodes that left the cluster are still tracked, so the reconciler sees them as lost.
    if (i === undefined) return;
    this.byNode[i]!.add(allocation);
    this.cpuUsed[i]! += allocation.cpu;
    this.memUsed[i]! += allocation.memory;
    const ports = this.ports[i]!;
    for (const port of allocation.hostPorts ?? []) ports.set(port, (ports.get(port) ?? 0) + 1);
  }

  /** Whether any of `hostPorts` is held on node `i`. */
  portsTaken(i: number, hostPorts: readonly string[]): boolean {
    const ports = this.ports[i]!;
    return hostPorts.some((p) => (ports.get(p) ?? 0) > 0);
  }

  private removeAllocation(allocation: Allocation): void {
    this.allocations.delete(allocation.id);
    this.byArrow.get(allocation.arrow)?.delete(allocation);
    const i = this.nodeIndex.get(allocation.node);
    if (i === undefined) return;
    this.byNode[i]!.delete(allocation);
    this.cpuUsed[i]! -= allocation.cpu;
    this.memUsed[i]! -= allocation.memory;
    const ports = this.ports[i]!;
    for (const port of allocation.hostPorts ?? []) {
      const left = (ports.get(port) ?? 0) - 1;
      if (left > 0) ports.set(port, left);
      else ports.delete(port);
    }
  }

  private requireNode(id: string): number {
    const i = this.nodeIndex.get(id);
    if (i === undefined) throw new Error(`unknown node ${id}`);
    return i;
  }

  private touchNodes(): void {
    this.nodeDerivedCache.clear();
    this.index++;
  }
}
