// The node agent: runs on every node, server or client, and makes the node run what the cluster
// committed for it. It talks to the cluster only through node/control's ControlApi.
//
// CONTRACT
//
// Running one node (arrowd)
//   1. Build a Runner (VmRunner: real QEMU VMs, contract in vm-runner.ts; `await
//      runner.restore()` first, which adopts the VMs an earlier arrowd left running;
//      SimulatedRunner where no VM may start) and
//      `new Agent({ registration, servers, connect, runner })`: registration is this node
//      (id = its peer id), servers the cluster's as last known (a join reply), connect(peerId)
//      the ControlApi of one server (the local server.control(selfPeerId) on a server node, a
//      remoteControl over libp2p elsewhere).
//   2. agent.start(). It registers the node, retrying with capped backoff while no server answers
//      (refusals too: a server between leaders refuses what it takes later); then
//      - heartbeats the leader every intervalMs of the last reply (a third of the TTL), on time:
//        each beat, redirects included, must end within 80% of the interval. NotLeaderError moves
//        it to the named leader (or the next server); a transport error to the next server. A
//        reply listing this node as unknown (the cluster lost it) registers it again.
//      - long-polls watch(node, since, ~30 s) on its own server if it is one, else on one that
//        answers, and reconciles each answer newer than the last (rules in reconcile.ts): it
//        starts what should run and does not, stops what was stopped, moved, replaced by a newer
//        generation or forgotten, and never runs two generations of one allocation at once.
//      - with options.onNetworkView only: long-polls networkView(since, ~30 s) the same way (same
//        servers, backoff and stop) and calls onNetworkView with the first view, then with each
//        one that shows a change (a higher index with the same content, from a member restored
//        from a snapshot, is not one); a callback that throws is logged and the loop goes on.
//        Counted in stats.networkViews and stats.networkViewFailures.
//      - reports every runner status change, batched (~100 ms or 1,000 changes per call), naming
//        this node and the allocation's generation; transport errors are retried with the latest
//        status per allocation only; what the cluster ignores (a stale generation, an allocation
//        already ended) is logged and dropped, never retried.
//   3. agent.reportHolders([await holdingOf(store, digest)]) after this node stores an artifact
//      through the API (a push): holdingOf computes the manifest digest pullers check against.
//   3b. new ArtifactSupply({ libp2p, store, tracker: agent }) for the runner: ensure(binary)
//      before starting an allocation, kernelImage(template) for its kernel (contract on the
//      class: holders only, manifests checked, one pull per digest, one build per cluster).
//      The VmRunner takes it (and the agent takes the runner): build the supply with a tracker
//      that forwards to the agent built last (node/agent/testing/vm-cluster.ts does).
//   3c. new NodeVolumes({ dataDir, volumes: await openVolumes(...) }) for the VmRunner (volumes.ts):
//      an Arrow whose spec has a volume runs with its host copy, restored from the newest snapshot
//      this node holds at each fresh start, resumed (and rescanned) when its VM is adopted.
//      closeAll() after runner.close(), then the volumes' close().
//   3d. new NodePeers({ host, volumes, store }) (peers.ts) before both: its `migration` goes to the
//      VmRunner, its `onCommit` to NodeVolumes, its viewChanged to the Agent's onView; start() it
//      with the three once the agent is built: it serves live migrations and replica pushes, and
//      copies each committed snapshot to the volume's replica nodes. stop() before runner.close().
//   4. agent.stop(): ends every loop and call promptly (nothing stays scheduled). Workloads keep
//      running (arrowd restarting must not kill its VMs) unless stop({ stopWorkloads: true }).
//      An agent starts once; a restarted node builds a new Agent over the same runner, which
//      re-attaches what still should run and stops the rest. Then runner.close(): the VmRunner
//      leaves its VMs running, their state on disk, for the next arrowd's runner to adopt.
//
// Simulating many nodes
//   SimulatedFleet registers and heartbeats thousands of nodes from one peer id (chunked
//   heartbeats, bounded registration parallelism), silence()/resume() stops and restarts some
//   nodes' beats, and with runAllocations it reports what is placed on them as running.
//
// Errors
//   Nothing the servers answer stops an agent's loops: failures are counted (stats), logged and
//   retried. Runner.start throwing is reported as the allocation `failed`.
export { Agent } from './agent.ts';
export { ArtifactSupply, ArtifactUnavailableError, holdingOf } from './artifacts.ts';
export type { ArtifactSupplyOptions, ArtifactTracker, EnsureOptions, KernelBuilder, KernelImage, KernelSupplyProgress } from './artifacts.ts';
export { afterClaim, afterLookup, describeFailures, kernelTag, planPull, MAX_HOLDERS_ASKED } from './supply-policy.ts';
export type { AfterClaim, PullPlan } from './supply-policy.ts';
export type { AgentOptions, AgentStats } from './agent.ts';
export { SimulatedFleet } from './fleet.ts';
export type { FleetStats, RunAllocationsOptions, SimulatedFleetOptions, SimulatedNodeShape } from './fleet.ts';
export { SimulatedRunner, terminalRunnerStatuses } from './runner.ts';
export { DEFAULT_CLONE_POOL, VmRunner, migrationName, parseMigrationName } from './vm-runner.ts';
export type { ArtifactSource, ClonePoolSize, RunnerMigration, VmRunnerOptions } from './vm-runner.ts';
export { afterRun, defaultRestartBackoff, describeOutcome } from './restart-policy.ts';
export type { AfterRun, RestartBackoff, RunOutcome } from './restart-policy.ts';
export { HostPorts, PortUnavailableError, canBind, dynamicCandidates } from './ports.ts';
export type { HostPort, HostPortsOptions, PortProtocol } from './ports.ts';
export { LogWriter, readLogs, defaultLogLimits } from './logs.ts';
export { ArrowRefKeeper, arrowRef, arrowsNeeded, digestsOfArrow, staleArrowRefs } from './arrow-refs.ts';
export type { ArrowRefKeeperOptions, StaleRef } from './arrow-refs.ts';
export { NodeVolumes } from './volumes.ts';
export { NodePeers, incomingAllocation, pushAllowed } from './peers.ts';
export type { NodePeersOptions } from './peers.ts';
export { VolumeReplicator } from './replicator.ts';
export type { ReplicaStatus, ReplicaTarget } from './replicator.ts';
export type { NodeVolumesOptions, VolumeStart } from './volumes.ts';
export type { LogLimits, LogStream, ReadLogsOptions } from './logs.ts';
export type { ReportCallback, Runner, RunnerReport, RunnerStatus, RunningAllocation, SimulatedExit, SimulatedRunnerOptions } from './runner.ts';
export { reconcile } from './reconcile.ts';
export type { ClusterView, LocalView, ReconcileActions, StopAction } from './reconcile.ts';
export { StatusReporter } from './reporter.ts';
export type { ReporterStats, StatusReporterOptions } from './reporter.ts';
export { NoServerError } from './servers.ts';
export type { ControlConnector } from './servers.ts';
export { CallTimeoutError } from './timing.ts';
export type { AgentLogger } from './logger.ts';
