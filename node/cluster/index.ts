// The replicated cluster state: nodes, Arrow specs, allocations, evaluations, artifact holders
// and tags, changed only by commands committed through Raft. Pure: no clock, no I/O.
//
// CONTRACT
//
// Proposing (arrowd's servers; agents and the API go through them)
//   1. Build a Command (commands.ts) and check it with validateCommand(command): it throws
//      CommandValidationError naming every bad field, so bad input is refused before it reaches
//      the log. Only shape and bounds are checked here; what depends on the state (an unknown node,
//      a stale generation, a forged manifest digest) is decided when the command is applied.
//   2. encodeCommand({ timeMs: Date.now(), command }) and propose the bytes to Raft. The time is
//      the proposer's: it is shown (ages) and used for deadlines, never for safety.
//   3. The proposal resolves with the CommandResult of applying it: { ok: false, error } when the
//      state refused it (nothing changed), else ok with per-command detail (put-arrow's version
//      and `unchanged`, commit-plans' PlanOutcome per plan, batched commands' `ignored` items).
//
// Applying (every member, in log order: ClusterStateMachine is Raft's StateMachine)
//   apply(bytes, index) decodes, validates and applies; malformed, invalid or refused commands
//   are error results and change nothing. It never throws: one bad entry must not stop every
//   member again on every replay. onApplied listeners see each entry's Change list (the records
//   created, changed or removed), which feeds the event stream and the agents' watches.
//   snapshot()/restore() carry the whole state; restore replaces `machine.state` (read it
//   through the getter, never keep it).
//
// Rules the state keeps (property-tested in state.properties.test.ts)
//   - Generations of an allocation only grow; a replacement's is above its predecessor's.
//   - A committed plan never overcommits a node: every plan is verified against the state at its
//     own log position (scheduler verifyPlan) and only the parts that still fit are applied.
//   - An allocation on a down node is stopped (lost) in the same entry that commits its
//     replacement; a node's agent reporting for a stale generation or someone else's allocation
//     is ignored.
//   - One evaluation per Arrow: triggers coalesce while it is pending; a plan answers it only if
//     planned at or after its newest trigger. Unplaceable work leaves it blocked until room
//     appears (a node joins, comes back, turns eligible; an allocation ends).
//   - A drain moves what the server's drainer picks (flagged `draining`), and ends when nothing
//     live is left on the node, which then stays ineligible.
//   - Arrow addresses (addresses.ts): every node gets its own /24 of ARROW_ADDRESS_RANGE when it
//     first registers ("" once all 256 are taken), and every allocation placed, replaced or
//     migrated onto a node the lowest free address of that subnet in the same entry; no two
//     allocations on a node that are not terminal share one. A part whose node has no free
//     address is refused ("no free Arrow address"), and the node shows as ineligible to the
//     scheduler until one frees.
//   - Overlays: a node registers its WireGuard public key (canonical base64 of 32 bytes, not all
//     zero) and UDP endpoint ("ip:port", "[v6]:port"; no names, no unspecified address), or null;
//     validateCommand checks both. Records and registrations from before overlays read as null.
//
//   - Volumes: an Arrow whose definition has a `volume` (volumeOf: volume.replicas, default 2)
//     has a VolumeRecord of the same name, created and updated by put-arrow, removed when a
//     put-arrow drops the volume; Arrows are never removed, so a stopped Arrow keeps its record
//     (its copies outlive its VMs). set-volume-holders (agents, for their own nodes) records each
//     node's newest snapshot (an older createdMs than recorded is ignored; a volume without its
//     Arrow is ignored); set-volume-replicas (the leader, node/server volumes.ts) names up to
//     replicas-1 existing nodes other than the one running it. The scheduler sees a node's
//     volumes as those it is recorded holding, so a failover lands on a node with a copy.
//   - Migrations: every migration (a plan's, and an admin's migrate-allocation: a live, running
//     allocation not already migrating, onto a ready, eligible other node with room for its
//     cpu, memory and static host ports and a free address) bumps the generation, gives a new
//     address and sets migratingFrom to the node left; the new node reporting it running, or
//     its end, clears it.
//   - nodeWatchIndex(node) moves whenever the node's allocations, or a volume it runs or holds
//     a replica for (its record, its primary), change: agents long-poll on it.
//
// The network view (network.ts)
//   networkView(state) → NetworkView: every node with a subnet (id, subnet, overlay, status), by
//   id, and every Arrow (by name) with its network (its definition's, 'default' when it names
//   none) and the addresses of its live, running allocations in numeric order. Pure; bounded by
//   networkViewLimits (256 nodes, 10,000 services, 1,000 addresses per service; what is beyond is
//   left out, the lowest kept). Its index is state.networkIndex, which moves whenever something
//   the view shows changes (and to the snapshot's index on restore): long-poll on it, and compare
//   views with sameNetworkView when indexes from different members meet.
//
// Reading
//   machine.state's queries (node, arrows, allocationsOfNode, pendingEvaluations, placement, …)
//   give the records as of the last applied entry. For a linearizable read, wait for Raft's
//   ReadIndex first (RaftNode.read).
export { ClusterState, isLiveAllocation } from './state.ts';
export {
  ADDRESSES_PER_NODE, AddressError, ARROW_ADDRESS_RANGE, addressInSubnet, allocationAddress, FIRST_ALLOCATION_HOST, formatCidr, formatIPv4,
  gatewayOf, isAllocationAddress, LAST_ALLOCATION_HOST, lowestFreeAddress, lowestFreeSubnet, MAX_NODE_SUBNETS, NODE_SUBNET_PREFIX, nodeSubnet,
  nodeSubnetIndex, parseCidr, parseIPv4, prefixLength,
} from './addresses.ts';
export type { Cidr } from './addresses.ts';
export { networkView, networkViewLimits, overlayIssues, sameNetworkView } from './network.ts';
export type { NetworkNode, NetworkService, NetworkView } from './network.ts';
export type { Applied, ClusterStateOptions, CommandResult, DefinitionReader, DefinitionSummary, IgnoredItem, PlanOutcome, StaticPort } from './state.ts';
export { ClusterStateMachine } from './machine.ts';
export type { AppliedListener } from './machine.ts';
export { CommandValidationError, limits as commandLimits, validateCommand } from './commands.ts';
export type { AllocationUpdate, Command, CommandType, HolderChange, NodeRegistration, PlanCommand, TimedCommand, VolumeHolderChange } from './commands.ts';
export { DEFAULT_VOLUME_REPLICAS, volumeOf } from './volumes.ts';
export { CommandDecodeError, decodeCommand, decodeSnapshot, encodeCommand, encodeSnapshot } from './codec.ts';
export type { SnapshotRecords } from './codec.ts';
export { terminalAllocStatuses } from './types.ts';
export type {
  AllocStatus, AllocationRecord, ArrowRecord, ArtifactRecord, Change, DesiredStatus, Drain, EvalStatus, EvaluationRecord,
  NodeOverlay, NodeRecord, NodeRole, NodeStatus, PortBinding, RecordKinds, Resources, TagRecord, VolumeHolder, VolumeRecord,
} from './types.ts';
