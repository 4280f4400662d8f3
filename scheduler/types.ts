// Shared data types of the scheduler. The node module converts its replicated cluster state to
// these, so they are plain serialisable data with no behaviour.
import type { Artifact } from './spec/index.ts';

export type NodeStatus = 'ready' | 'draining' | 'down';

export interface Resources {
  /** Millicores. */
  readonly cpu: number;
  /** MiB. */
  readonly memory: number;
}

export interface Node {
  readonly id: string;
  readonly capacity: Resources;
  /** zone, arch, rack, … */
  readonly labels: Readonly<Record<string, string>>;
  /** Whether the host has hardware virtualisation (KVM). */
  readonly kvm: boolean;
  readonly status: NodeStatus;
  /**
   * Whether new allocations may be placed here. An ineligible node keeps what it runs (an admin
   * turned eligibility off, or a drain finished) but is skipped for every new placement.
   */
  readonly eligible: boolean;
  /** Artifacts already in the node's CAS. */
  readonly artifacts: readonly Artifact[];
  /** Names of the ShadowFS volumes this node holds a replica of. */
  readonly volumes: readonly string[];
}

export type AllocationStatus = 'pending' | 'running' | 'complete' | 'failed' | 'lost' | 'stopped';

export interface Allocation {
  readonly id: string;
  readonly arrow: string;
  readonly node: string;
  /** Bumped whenever the allocation moves, so a stale node can no longer write. */
  readonly generation: number;
  /** The spec version the allocation was placed with. */
  readonly specVersion: number;
  readonly status: AllocationStatus;
  readonly cpu: number;
  readonly memory: number;
  readonly priority: number;
  /** The allocation this one replaced, if any (used to count in-flight rolling updates). */
  readonly replaces?: string;
  /**
   * Picked by a node drain to be moved now (the drain moves a bounded number at a time): the
   * reconciler replaces it, or migrates it when stateful, as if its node were draining.
   */
  readonly draining?: boolean;
  /** Static host ports it holds on its node ("tcp/8080"). */
  readonly hostPorts?: readonly string[];
}

export interface ClusterSnapshot {
  /** Raft index (or any monotonically increasing version) of the state. */
  readonly index: number;
  readonly nodes: readonly Node[];
  readonly allocations: readonly Allocation[];
}

export type PlacementReason = 'scale-up' | 'replace-lost' | 'replace-draining' | 'rolling-update';
export type StopReason = 'scale-down' | 'node-down' | 'preempted' | 'replaced';

export interface Placement {
  readonly allocationId: string;
  readonly arrow: string;
  readonly node: string;
  readonly cpu: number;
  readonly memory: number;
  readonly priority: number;
  readonly generation: number;
  readonly specVersion: number;
  readonly reason: PlacementReason;
  readonly replaces?: string;
  /** Binary and kernel the node must hold before starting the VM. */
  readonly artifacts: readonly Artifact[];
  /** Static host ports the allocation takes on its node. */
  readonly hostPorts?: readonly string[];
  /** Final normalised score of the chosen node (for explaining decisions). */
  readonly score: number;
}

export interface Stop {
  readonly allocationId: string;
  readonly arrow: string;
  readonly node: string;
  /** Generation observed when planning; verification drops the stop if it changed since. */
  readonly generation: number;
  readonly reason: StopReason;
  readonly detail: string;
}

/** Stop one allocation and start its successor; the stop is applied even if the start is rejected. */
export interface Replacement {
  readonly previous: Stop;
  readonly placement: Placement;
}

/** Live migration: the same allocation moves, keeping its memory, under a new generation. */
export interface Migration {
  readonly allocationId: string;
  readonly arrow: string;
  readonly from: string;
  readonly to: string;
  readonly generation: number;
  readonly cpu: number;
  readonly memory: number;
  readonly reason: 'node-draining';
}

export interface FailureExplanation {
  readonly nodesEvaluated: number;
  /** Nodes removed by each static check, e.g. `constraint zone = edge-1` → 40. */
  readonly filtered: Readonly<Record<string, number>>;
  /** Nodes that passed the static checks but lacked the resource. */
  /** Nodes that passed the static checks but lacked room: cpu, memory, or a static host port. */
  readonly exhausted: { readonly cpu: number; readonly memory: number; readonly ports?: number };
}

export interface PlacementFailure {
  readonly arrow: string;
  readonly unplaced: number;
  readonly reason: PlacementReason | 'migration';
  readonly explanation: FailureExplanation;
  /** e.g. "memory exhausted on 12 nodes, constraint zone = edge-1 filtered 40". */
  readonly message: string;
}

export interface Plan {
  readonly arrow: string;
  readonly snapshotIndex: number;
  readonly placements: readonly Placement[];
  readonly stops: readonly Stop[];
  readonly replacements: readonly Replacement[];
  readonly migrations: readonly Migration[];
  readonly failures: readonly PlacementFailure[];
}

export type Algorithm = 'binpack' | 'spread';

export interface ScoreWeights {
  readonly fit: number;
  readonly antiAffinity: number;
  readonly artifacts: number;
  readonly affinity: number;
  readonly spread: number;
  readonly volume: number;
}

/**
 * `distinct`: a replica goes to a node without a replica of the same Arrow whenever one with room
 * exists (high availability first). `soft`: co-location is only penalised in ranking, scaled by
 * the replica count as Nomad does, which packs large services far tighter; an availability floor
 * still keeps the replicas on at least `minDistinctNodes` nodes (see SchedulerConfig).
 */
export type ReplicaAntiAffinity = 'distinct' | 'soft';

export interface SchedulerConfig {
  readonly algorithm: Algorithm;
  readonly antiAffinity: ReplicaAntiAffinity;
  /**
   * Soft anti-affinity only: an Arrow's replicas go to at least min(replicas, minDistinctNodes)
   * distinct nodes whenever that many feasible nodes have room for one each, however full or
   * empty the cluster is, and a node takes more than ceil(replicas ÷ that) of them only when no
   * node in use below that count has room. Without it, a service on a nearly empty cluster lands on one node and a
   * single host failure takes all of it down. 3 keeps a service up through one node failure
   * while another is drained, and costs bin-packing almost nothing: the floor needs 3 nodes per
   * Arrow, not one per replica as `distinct` does. Beyond the floor, co-location is only penalised
   * in ranking. 1 turns the floor off.
   */
  readonly minDistinctNodes: number;
  readonly weights: ScoreWeights;
  /** Clusters with at most this many feasible nodes are scanned fully. */
  readonly fullScanBelow: number;
  /** Extra candidates ranked on top of ceil(log2(feasible nodes)). */
  readonly extraCandidates: number;
}

export const defaultSchedulerConfig: SchedulerConfig = {
  algorithm: 'binpack',
  antiAffinity: 'distinct',
  minDistinctNodes: 3,
  weights: { fit: 1, antiAffinity: 1, artifacts: 0.5, affinity: 1, spread: 1, volume: 1 },
  fullScanBelow: 64,
  extraCandidates: 4,
};
