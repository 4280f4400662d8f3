// The node's Prometheus metrics for the control plane: Raft (term, indexes, leader changes,
// dropped messages), the scheduler (evaluations, placement latency, unplaced) and the cluster's
// nodes and allocations. Gauges that mirror state are read at scrape time, not kept in step.
import { Counter, Gauge, Summary } from 'prom-client';
import type { Registry } from 'prom-client';
import type { Status } from '../../raft/index.ts';
import type { ClusterState } from '../cluster/index.ts';
import type { ServerMetrics } from '../server/index.ts';

export interface ControlPlaneMetrics {
  readonly server: ServerMetrics;
  /** Raft transport drops (node/consensus RaftTransportMetrics). */
  dropped(reason: string): void;
  leaderChanged(): void;
}

export function controlPlaneMetrics(registry: Registry, source: { status(): Status; state(): ClusterState; appliedIndex(): number }): ControlPlaneMetrics {
  const registers = [registry];
  new Gauge({ name: 'arrow_raft_term', help: 'Current Raft term', registers, collect() { this.set(source.status().term); } });
  new Gauge({ name: 'arrow_raft_commit_index', help: 'Highest log index known committed', registers, collect() { this.set(source.status().commit); } });
  new Gauge({ name: 'arrow_raft_applied_index', help: 'Highest log index applied to the cluster state here', registers, collect() { this.set(source.appliedIndex()); } });
  new Gauge({ name: 'arrow_raft_is_leader', help: '1 on the leader', registers, collect() { this.set(source.status().role === 'leader' ? 1 : 0); } });
  const leaderChanges = new Counter({ name: 'arrow_raft_leader_changes_total', help: 'Leaders seen by this member (including none)', registers });
  const dropped = new Counter({ name: 'arrow_raft_dropped_messages_total', help: 'Raft messages dropped, by reason (not-member, spoofed-from, malformed, queue-full, …)', labelNames: ['reason'], registers });
  const evaluations = new Counter({ name: 'arrow_scheduler_evaluations_total', help: 'Evaluations answered by committed plans', registers });
  const placed = new Counter({ name: 'arrow_scheduler_placements_total', help: 'Allocations placed by committed plans', registers });
  const rejected = new Counter({ name: 'arrow_scheduler_plan_parts_rejected_total', help: 'Plan parts refused at commit (the state moved on)', registers });
  const unplaced = new Gauge({ name: 'arrow_scheduler_unplaced', help: 'Replicas the last batch of plans could not place', registers });
  // A summary, not a histogram: admins and the benchmark want the p99 itself, over the last ten
  // minutes, and buckets would blur it by a factor of two.
  const latency = new Summary({
    name: 'arrow_scheduler_evaluation_latency_seconds', help: 'From an evaluation\'s newest trigger to its plan\'s commit', registers,
    percentiles: [0.5, 0.9, 0.99], maxAgeSeconds: 600, ageBuckets: 5,
  });
  const lastPlan = new Gauge({ name: 'arrow_scheduler_last_plan_commit_seconds', help: 'Unix time the last batch of plans was committed (leader)', registers });
  const markedDown = new Counter({ name: 'arrow_nodes_marked_down_total', help: 'Nodes marked down for missing heartbeats', registers });
  new Gauge({
    name: 'arrow_nodes', help: 'Nodes by status and eligibility', labelNames: ['status', 'eligible'], registers,
    collect() {
      this.reset();
      for (const n of source.state().nodes()) this.inc({ status: n.status, eligible: String(n.eligible) });
    },
  });
  new Gauge({
    name: 'arrow_allocations', help: 'Allocations by reported status', labelNames: ['status'], registers,
    collect() {
      this.reset();
      for (const a of source.state().allocations()) this.inc({ status: a.status });
    },
  });
  new Gauge({
    name: 'arrow_evaluations', help: 'Evaluations by status', labelNames: ['status'], registers,
    collect() {
      this.reset();
      for (const e of source.state().evaluations()) this.inc({ status: e.status });
    },
  });
  return {
    server: {
      planCommitted(count, placedCount, unplacedCount, rejectedCount) {
        evaluations.inc(count);
        placed.inc(placedCount);
        rejected.inc(rejectedCount);
        unplaced.set(unplacedCount);
        lastPlan.set(Date.now() / 1000);
      },
      evaluationLatency(ms) { latency.observe(ms / 1000); },
      nodesMarkedDown(count) { markedDown.inc(count); },
    },
    dropped(reason) { dropped.inc({ reason }); },
    leaderChanged() { leaderChanges.inc(); },
  };
}
