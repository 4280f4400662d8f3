// Commands and records to and from their protobuf form (node/proto/cluster.proto). Decoding never
// trusts the bytes: unknown enum values and missing messages become errors, not defaults that
// would silently mean something.
import type { Plan, PlacementReason, StopReason } from '../../scheduler/index.ts';
import { arrow as pb } from '../proto/cluster.pb.js';
import { ARROW_ADDRESS_RANGE, addressInSubnet, nodeSubnetIndex } from './addresses.ts';
import type { Command, PlanCommand, TimedCommand } from './commands.ts';
import type {
  AllocStatus, AllocationRecord, ArrowRecord, ArtifactRecord, DesiredStatus, EvalStatus, EvaluationRecord,
  NodeOverlay, NodeRecord, NodeRole, NodeStatus, PortBinding, TagRecord, VolumeRecord,
} from './types.ts';

/** Proto enum values are the positions in these lists. */
const nodeRoles: readonly NodeRole[] = ['client', 'server'];
const nodeStatuses: readonly NodeStatus[] = ['ready', 'draining', 'down'];
const desiredStatuses: readonly DesiredStatus[] = ['run', 'stop'];
const allocStatuses: readonly AllocStatus[] = ['pending', 'pulling', 'starting', 'running', 'complete', 'failed', 'lost', 'stopped'];
const evalStatuses: readonly EvalStatus[] = ['pending', 'complete', 'blocked'];

export class CommandDecodeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CommandDecodeError';
  }
}

function fromEnum<T>(list: readonly T[], value: number | undefined | null, what: string): T {
  const v = list[value ?? 0];
  if (v === undefined) throw new CommandDecodeError(`unknown ${what} ${value}`);
  return v;
}

function toEnum<T>(list: readonly T[], value: T): number {
  return list.indexOf(value);
}

/** "" or a node subnet of the Arrow range: anything else would hand out addresses outside it. */
function subnetFrom(value: string | null | undefined): string {
  const subnet = value ?? '';
  if (subnet === '') return '';
  try {
    nodeSubnetIndex(subnet);
  } catch (error) {
    throw new CommandDecodeError(`node subnet: ${(error as Error).message}`);
  }
  return subnet;
}

/** "" or an address of the Arrow range. */
function addressFrom(value: string | null | undefined): string {
  const address = value ?? '';
  if (address === '') return '';
  let inRange: boolean;
  try {
    inRange = addressInSubnet(address, ARROW_ADDRESS_RANGE);
  } catch (error) {
    throw new CommandDecodeError(`allocation address: ${(error as Error).message}`);
  }
  if (!inRange) throw new CommandDecodeError(`allocation address ${address} is outside the Arrow range ${ARROW_ADDRESS_RANGE}`);
  return address;
}

const ports = (list: readonly PortBinding[]) => list.map((p) => ({ ...p }));
const portsFrom = (list: readonly pb.cluster.PortBinding.$Properties[] | null | undefined): PortBinding[] =>
  (list ?? []).map((p) => ({ name: p.name ?? '', guest: p.guest ?? 0, host: p.host ?? 0, address: p.address ?? '', protocol: p.protocol ?? 'tcp' }));

// ---- records ----

export function nodeToProto(n: NodeRecord): pb.cluster.NodeRecord.$Properties {
  return {
    id: n.id, name: n.name, peerId: n.peerId, addrs: [...n.addrs], capacity: { ...n.capacity }, labels: { ...n.labels },
    kvm: n.kvm, role: toEnum(nodeRoles, n.role), status: toEnum(nodeStatuses, n.status), eligible: n.eligible,
    drain: n.drain ? { ...n.drain } : null, createIndex: n.createIndex, modifyIndex: n.modifyIndex,
    statusTimeMs: n.statusTimeMs, version: n.version, subnet: n.subnet, overlay: overlayToProto(n.overlay),
  };
}

export function nodeFromProto(n: pb.cluster.NodeRecord.$Properties): NodeRecord {
  return {
    id: n.id ?? '', name: n.name ?? '', peerId: n.peerId ?? '', addrs: [...(n.addrs ?? [])],
    capacity: { cpu: n.capacity?.cpu ?? 0, memory: n.capacity?.memory ?? 0 }, labels: { ...(n.labels ?? {}) },
    kvm: n.kvm ?? false, role: fromEnum(nodeRoles, n.role, 'node role'), status: fromEnum(nodeStatuses, n.status, 'node status'),
    eligible: n.eligible ?? false,
    drain: n.drain ? { deadlineMs: n.drain.deadlineMs ?? 0, maxParallel: n.drain.maxParallel ?? 1, startedMs: n.drain.startedMs ?? 0 } : null,
    createIndex: n.createIndex ?? 0, modifyIndex: n.modifyIndex ?? 0, statusTimeMs: n.statusTimeMs ?? 0, version: n.version ?? '',
    subnet: subnetFrom(n.subnet), overlay: overlayFromProto(n.overlay),
  };
}

const overlayToProto = (o: NodeOverlay | null): pb.cluster.NodeOverlay.$Properties | null => (o ? { publicKey: o.publicKey, endpoint: o.endpoint, mode: o.mode } : null);

/** An absent message is no overlay: records and registrations from before overlays decode as null. */
const overlayFromProto = (o: pb.cluster.NodeOverlay.$Properties | null | undefined): NodeOverlay | null =>
  // Overlays registered before the mode was recorded ran wireguard-go (arrowd had no other).
  (o ? { publicKey: o.publicKey ?? '', endpoint: o.endpoint ?? '', mode: (o.mode || 'wireguard-go') as NodeOverlay['mode'] } : null);

export function arrowToProto(a: ArrowRecord): pb.cluster.ArrowRecord.$Properties {
  return { ...a };
}

export function arrowFromProto(a: pb.cluster.ArrowRecord.$Properties): ArrowRecord {
  return {
    name: a.name ?? '', version: a.version ?? 0, definitionJson: a.definitionJson ?? '', stopped: a.stopped ?? false,
    completed: a.completed ?? 0, createIndex: a.createIndex ?? 0, modifyIndex: a.modifyIndex ?? 0, submitTimeMs: a.submitTimeMs ?? 0,
  };
}

export function allocationToProto(a: AllocationRecord): pb.cluster.AllocationRecord.$Properties {
  return {
    id: a.id, arrow: a.arrow, node: a.node, generation: a.generation, specVersion: a.specVersion, resources: { ...a.resources },
    priority: a.priority, desired: toEnum(desiredStatuses, a.desired), desiredReason: a.desiredReason,
    status: toEnum(allocStatuses, a.status), statusDetail: a.statusDetail, hasExitCode: a.exitCode !== null, exitCode: a.exitCode ?? 0,
    restarts: a.restarts, ports: ports(a.ports), replaces: a.replaces, draining: a.draining, createIndex: a.createIndex,
    modifyIndex: a.modifyIndex, createTimeMs: a.createTimeMs, statusTimeMs: a.statusTimeMs, hostPorts: [...a.hostPorts],
    address: a.address, migratingFrom: a.migratingFrom ?? '',
  };
}

export function allocationFromProto(a: pb.cluster.AllocationRecord.$Properties): AllocationRecord {
  return {
    id: a.id ?? '', arrow: a.arrow ?? '', node: a.node ?? '', generation: a.generation ?? 0, specVersion: a.specVersion ?? 0,
    resources: { cpu: a.resources?.cpu ?? 0, memory: a.resources?.memory ?? 0 }, priority: a.priority ?? 0,
    desired: fromEnum(desiredStatuses, a.desired, 'desired status'), desiredReason: a.desiredReason ?? '',
    status: fromEnum(allocStatuses, a.status, 'allocation status'), statusDetail: a.statusDetail ?? '',
    exitCode: a.hasExitCode ? (a.exitCode ?? 0) : null, restarts: a.restarts ?? 0, ports: portsFrom(a.ports),
    replaces: a.replaces ?? '', draining: a.draining ?? false, createIndex: a.createIndex ?? 0, modifyIndex: a.modifyIndex ?? 0,
    createTimeMs: a.createTimeMs ?? 0, statusTimeMs: a.statusTimeMs ?? 0, hostPorts: [...(a.hostPorts ?? [])],
    address: addressFrom(a.address), migratingFrom: a.migratingFrom ?? '',
  };
}

export function evaluationToProto(e: EvaluationRecord): pb.cluster.EvaluationRecord.$Properties {
  return { ...e, status: toEnum(evalStatuses, e.status) };
}

export function evaluationFromProto(e: pb.cluster.EvaluationRecord.$Properties): EvaluationRecord {
  return {
    arrow: e.arrow ?? '', trigger: e.trigger ?? '', status: fromEnum(evalStatuses, e.status, 'evaluation status'),
    triggerIndex: e.triggerIndex ?? 0, triggerTimeMs: e.triggerTimeMs ?? 0, createIndex: e.createIndex ?? 0,
    modifyIndex: e.modifyIndex ?? 0, placed: e.placed ?? 0, unplaced: e.unplaced ?? 0, message: e.message ?? '',
  };
}

export function artifactToProto(a: ArtifactRecord): pb.cluster.ArtifactRecord.$Properties {
  return { ...a, holders: [...a.holders] };
}

export function artifactFromProto(a: pb.cluster.ArtifactRecord.$Properties): ArtifactRecord {
  return { digest: a.digest ?? '', size: a.size ?? 0, manifestDigest: a.manifestDigest ?? '', holders: [...(a.holders ?? [])], modifyIndex: a.modifyIndex ?? 0 };
}

export function tagFromProto(t: pb.cluster.TagRecord.$Properties): TagRecord {
  return { name: t.name ?? '', digest: t.digest ?? '', modifyIndex: t.modifyIndex ?? 0 };
}

export function volumeToProto(v: VolumeRecord): pb.cluster.VolumeRecord.$Properties {
  return { name: v.name, replicas: v.replicas, replicaNodes: [...v.replicaNodes], holders: v.holders.map((h) => ({ ...h })), modifyIndex: v.modifyIndex };
}

export function volumeFromProto(v: pb.cluster.VolumeRecord.$Properties): VolumeRecord {
  return {
    name: v.name ?? '', replicas: v.replicas ?? 0, replicaNodes: [...(v.replicaNodes ?? [])],
    holders: (v.holders ?? []).map((h) => ({
      node: h.node ?? '', seq: h.seq ?? 0, manifest: h.manifest ?? '', createdMs: h.createdMs ?? 0, logicalBytes: h.logicalBytes ?? 0, reportedMs: h.reportedMs ?? 0,
    })),
    modifyIndex: v.modifyIndex ?? 0,
  };
}

// ---- plans ----

function planToProto({ plan, evalTriggerIndex }: PlanCommand): pb.cluster.Plan.$Properties {
  const placement = (p: Plan['placements'][number]): pb.cluster.PlanPlacement.$Properties => ({
    allocationId: p.allocationId, node: p.node, cpu: p.cpu, memory: p.memory, priority: p.priority, generation: p.generation,
    specVersion: p.specVersion, reason: p.reason, replaces: p.replaces ?? '', score: p.score, hostPorts: [...(p.hostPorts ?? [])],
  });
  const stop = (s: Plan['stops'][number]): pb.cluster.PlanStop.$Properties => ({
    allocationId: s.allocationId, node: s.node, generation: s.generation, reason: s.reason, detail: s.detail,
  });
  return {
    arrow: plan.arrow, snapshotIndex: plan.snapshotIndex, evalTriggerIndex,
    placements: plan.placements.map(placement),
    stops: plan.stops.map(stop),
    replacements: plan.replacements.map((r) => ({ previous: stop(r.previous), placement: placement(r.placement) })),
    migrations: plan.migrations.map((m) => ({ allocationId: m.allocationId, from: m.from, to: m.to, generation: m.generation, cpu: m.cpu, memory: m.memory })),
    failures: plan.failures.map((f) => ({ reason: f.reason, unplaced: f.unplaced, message: f.message })),
  };
}

const placementReasons: ReadonlySet<string> = new Set(['scale-up', 'replace-lost', 'replace-draining', 'rolling-update']);
const stopReasons: ReadonlySet<string> = new Set(['scale-down', 'node-down', 'preempted', 'replaced']);

function planFromProto(p: pb.cluster.Plan.$Properties): PlanCommand {
  const arrowName = p.arrow ?? '';
  const placement = (x: pb.cluster.PlanPlacement.$Properties | null | undefined): Plan['placements'][number] => {
    if (!x) throw new CommandDecodeError('plan replacement without its placement');
    if (!placementReasons.has(x.reason ?? '')) throw new CommandDecodeError(`unknown placement reason ${JSON.stringify(x.reason)}`);
    return {
      allocationId: x.allocationId ?? '', arrow: arrowName, node: x.node ?? '', cpu: x.cpu ?? 0, memory: x.memory ?? 0,
      priority: x.priority ?? 0, generation: x.generation ?? 0, specVersion: x.specVersion ?? 0, reason: x.reason as PlacementReason,
      ...(x.replaces ? { replaces: x.replaces } : {}), artifacts: [], score: x.score ?? 0,
      ...(x.hostPorts && x.hostPorts.length > 0 ? { hostPorts: [...x.hostPorts] } : {}),
    };
  };
  const stop = (x: pb.cluster.PlanStop.$Properties | null | undefined): Plan['stops'][number] => {
    if (!x) throw new CommandDecodeError('plan replacement without its stop');
    if (!stopReasons.has(x.reason ?? '')) throw new CommandDecodeError(`unknown stop reason ${JSON.stringify(x.reason)}`);
    return { allocationId: x.allocationId ?? '', arrow: arrowName, node: x.node ?? '', generation: x.generation ?? 0, reason: x.reason as StopReason, detail: x.detail ?? '' };
  };
  return {
    evalTriggerIndex: p.evalTriggerIndex ?? 0,
    plan: {
      arrow: arrowName,
      snapshotIndex: p.snapshotIndex ?? 0,
      placements: (p.placements ?? []).map(placement),
      stops: (p.stops ?? []).map(stop),
      replacements: (p.replacements ?? []).map((r) => ({ previous: stop(r.previous), placement: placement(r.placement) })),
      migrations: (p.migrations ?? []).map((m) => ({
        allocationId: m.allocationId ?? '', arrow: arrowName, from: m.from ?? '', to: m.to ?? '', generation: m.generation ?? 0,
        cpu: m.cpu ?? 0, memory: m.memory ?? 0, reason: 'node-draining' as const,
      })),
      failures: (p.failures ?? []).map((f) => ({
        arrow: arrowName, unplaced: f.unplaced ?? 0, reason: (f.reason ?? 'scale-up') as PlacementReason,
        explanation: { nodesEvaluated: 0, filtered: {}, exhausted: { cpu: 0, memory: 0 } }, message: f.message ?? '',
      })),
    },
  };
}

// ---- commands ----

function commandToProto(command: Command): Omit<pb.cluster.Command.$Properties, 'timeMs'> {
  switch (command.type) {
    case 'register-node': {
      const n = command.node;
      return { registerNode: { node: { id: n.id, name: n.name, peerId: n.peerId, addrs: [...n.addrs], capacity: { ...n.capacity }, labels: { ...n.labels }, kvm: n.kvm, role: toEnum(nodeRoles, n.role), version: n.version, overlay: overlayToProto(n.overlay) } } };
    }
    case 'set-node-status':
      return { setNodeStatus: { updates: command.updates.map((u) => ({ node: u.node, status: toEnum(nodeStatuses, u.status) })) } };
    case 'set-eligibility':
      return { setEligibility: { node: command.node, eligible: command.eligible } };
    case 'start-drain':
      return { startDrain: { node: command.node, drain: { deadlineMs: command.deadlineMs, maxParallel: command.maxParallel } } };
    case 'cancel-drain':
      return { startDrain: { node: command.node, cancel: true } };
    case 'pick-for-drain':
      return { pickForDrain: { node: command.node, allocations: [...command.allocations], forceStop: command.forceStop } };
    case 'put-arrow':
      return { putArrow: { definitionJson: command.definitionJson } };
    case 'stop-arrow':
      return { stopArrow: { name: command.name } };
    case 'commit-plans':
      return { commitPlans: { plans: command.plans.map(planToProto) } };
    case 'update-allocations':
      return {
        updateAllocations: {
          updates: command.updates.map((u) => ({
            node: u.node, id: u.id, generation: u.generation, status: toEnum(allocStatuses, u.status), detail: u.detail,
            hasExitCode: u.exitCode !== null, exitCode: u.exitCode ?? 0, restarts: u.restarts, ports: ports(u.ports),
          })),
        },
      };
    case 'set-holders':
      return { setHolders: { changes: command.changes.map((h) => ({ ...h })) } };
    case 'tag-artifact':
      return { tagArtifact: { name: command.name, digest: command.digest } };
    case 'set-volume-holders':
      return { setVolumeHolders: { changes: command.changes.map((h) => ({ ...h })) } };
    case 'set-volume-replicas':
      return { setVolumeReplicas: { volume: command.volume, nodes: [...command.nodes] } };
    case 'migrate-allocation':
      return { migrateAllocation: { allocationId: command.allocationId, to: command.to } };
  }
}

export function encodeCommand(timed: TimedCommand): Uint8Array {
  return pb.cluster.Command.encode({ timeMs: timed.timeMs, ...commandToProto(timed.command) }).finish();
}

/** Throws CommandDecodeError when the bytes are not a command this version understands. */
export function decodeCommand(bytes: Uint8Array): TimedCommand {
  let c: pb.cluster.Command;
  try {
    c = pb.cluster.Command.decode(bytes);
  } catch (error) {
    throw new CommandDecodeError(`not a cluster command: ${(error as Error).message}`, { cause: error });
  }
  return { timeMs: c.timeMs ?? 0, command: commandFromProto(c) };
}

function commandFromProto(c: pb.cluster.Command): Command {
  switch (c.op) {
    case 'registerNode': {
      const n = c.registerNode?.node;
      if (!n) throw new CommandDecodeError('register-node without a node');
      if (n.subnet) throw new CommandDecodeError('register-node cannot choose its subnet: the cluster state assigns it');
      const r = nodeFromProto(n);
      return { type: 'register-node', node: { id: r.id, name: r.name, peerId: r.peerId, addrs: r.addrs, capacity: r.capacity, labels: r.labels, kvm: r.kvm, role: r.role, version: r.version, overlay: r.overlay } };
    }
    case 'setNodeStatus':
      return {
        type: 'set-node-status',
        updates: (c.setNodeStatus?.updates ?? []).map((u) => {
          const status = fromEnum(nodeStatuses, u.status, 'node status');
          if (status === 'draining') throw new CommandDecodeError('set-node-status cannot start a drain');
          return { node: u.node ?? '', status };
        }),
      };
    case 'setEligibility':
      return { type: 'set-eligibility', node: c.setEligibility?.node ?? '', eligible: c.setEligibility?.eligible ?? false };
    case 'startDrain': {
      const d = c.startDrain;
      if (d?.cancel) return { type: 'cancel-drain', node: d.node ?? '' };
      return { type: 'start-drain', node: d?.node ?? '', deadlineMs: d?.drain?.deadlineMs ?? 0, maxParallel: d?.drain?.maxParallel ?? 0 };
    }
    case 'pickForDrain':
      return { type: 'pick-for-drain', node: c.pickForDrain?.node ?? '', allocations: [...(c.pickForDrain?.allocations ?? [])], forceStop: c.pickForDrain?.forceStop ?? false };
    case 'putArrow':
      return { type: 'put-arrow', definitionJson: c.putArrow?.definitionJson ?? '' };
    case 'stopArrow':
      return { type: 'stop-arrow', name: c.stopArrow?.name ?? '' };
    case 'commitPlans':
      return { type: 'commit-plans', plans: (c.commitPlans?.plans ?? []).map(planFromProto) };
    case 'updateAllocations':
      return {
        type: 'update-allocations',
        updates: (c.updateAllocations?.updates ?? []).map((u) => ({
          node: u.node ?? '', id: u.id ?? '', generation: u.generation ?? 0, status: fromEnum(allocStatuses, u.status, 'allocation status'),
          detail: u.detail ?? '', exitCode: u.hasExitCode ? (u.exitCode ?? 0) : null, restarts: u.restarts ?? 0, ports: portsFrom(u.ports),
        })),
      };
    case 'setHolders':
      return {
        type: 'set-holders',
        changes: (c.setHolders?.changes ?? []).map((h) => ({ node: h.node ?? '', digest: h.digest ?? '', size: h.size ?? 0, manifestDigest: h.manifestDigest ?? '', held: h.held ?? false })),
      };
    case 'tagArtifact':
      return { type: 'tag-artifact', name: c.tagArtifact?.name ?? '', digest: c.tagArtifact?.digest ?? '' };
    case 'setVolumeHolders':
      return {
        type: 'set-volume-holders',
        changes: (c.setVolumeHolders?.changes ?? []).map((h) => ({
          node: h.node ?? '', volume: h.volume ?? '', seq: h.seq ?? 0, manifest: h.manifest ?? '', createdMs: h.createdMs ?? 0,
          logicalBytes: h.logicalBytes ?? 0, held: h.held ?? false,
        })),
      };
    case 'setVolumeReplicas':
      return { type: 'set-volume-replicas', volume: c.setVolumeReplicas?.volume ?? '', nodes: [...(c.setVolumeReplicas?.nodes ?? [])] };
    case 'migrateAllocation':
      return { type: 'migrate-allocation', allocationId: c.migrateAllocation?.allocationId ?? '', to: c.migrateAllocation?.to ?? '' };
    default:
      throw new CommandDecodeError('command without an operation (written by a newer arrowd?)');
  }
}

// ---- snapshot ----

export const SNAPSHOT_FORMAT = 1;

export interface SnapshotRecords {
  readonly index: number;
  readonly nodes: readonly NodeRecord[];
  readonly arrows: readonly ArrowRecord[];
  readonly allocations: readonly AllocationRecord[];
  /** Pending ones first, in the order they are to be taken. */
  readonly evaluations: readonly EvaluationRecord[];
  readonly artifacts: readonly ArtifactRecord[];
  readonly tags: readonly TagRecord[];
  /** Snapshots from before volumes have none. */
  readonly volumes: readonly VolumeRecord[];
}

export function encodeSnapshot(s: SnapshotRecords): Uint8Array {
  return pb.cluster.Snapshot.encode({
    format: SNAPSHOT_FORMAT,
    index: s.index,
    nodes: s.nodes.map(nodeToProto),
    arrows: s.arrows.map(arrowToProto),
    allocations: s.allocations.map(allocationToProto),
    evaluations: s.evaluations.map(evaluationToProto),
    artifacts: s.artifacts.map(artifactToProto),
    tags: s.tags.map((t) => ({ ...t })),
    volumes: s.volumes.map(volumeToProto),
  }).finish();
}

export function decodeSnapshot(bytes: Uint8Array): SnapshotRecords {
  const s = pb.cluster.Snapshot.decode(bytes);
  if (s.format !== SNAPSHOT_FORMAT) throw new CommandDecodeError(`cluster snapshot format ${s.format}; this arrowd reads format ${SNAPSHOT_FORMAT}`);
  return {
    index: s.index,
    nodes: s.nodes.map(nodeFromProto),
    arrows: s.arrows.map(arrowFromProto),
    allocations: s.allocations.map(allocationFromProto),
    evaluations: s.evaluations.map(evaluationFromProto),
    artifacts: s.artifacts.map(artifactFromProto),
    tags: s.tags.map(tagFromProto),
    volumes: s.volumes.map(volumeFromProto),
  };
}
