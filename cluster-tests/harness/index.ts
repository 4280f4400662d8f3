// Multi-host cluster tests' harness: arrowd processes on the hosts of a cluster-tests/topology,
// clients that record a checkable history, the cluster's invariants, and the web Arrow of the
// scenarios that run VMs.
export { NsCluster } from './cluster.ts';
export type { NsClusterOptions, NsNode } from './cluster.ts';
export { startArrowd, arrowdArgs, API_PORT, P2P_PORT } from './arrowd.ts';
export type { ArrowdProcess, ArrowdReady } from './arrowd.ts';
export { HistoryRecorder, missingWrites, registerSpec } from './history.ts';
export type { HistoryOptions, HistorySummary, RecordedOperation } from './history.ts';
export { allocationProblems, convergedState } from './invariants.ts';
export { fetchOnce, isLive, isRunning, pageUrl, qemusOf, webDefinition } from './workload.ts';
export { until } from '../../bench/until.ts';
