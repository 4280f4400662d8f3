// The cluster state: what every Raft member holds, changed only by applying committed commands in
// log order. Pure and deterministic: no clock (commands carry the proposer's time), no
// randomness, no I/O. A command that cannot be applied leaves the state as it was and returns an
// error result; nothing a command holds can make apply throw.
import { PlacementIndex, verifyPlan } from '../../scheduler/index.ts';
import type { Allocation, Node as PlacementNode, Plan, RejectedPart } from '../../scheduler/index.ts';
import { ADDRESSES_PER_NODE, lowestFreeAddress, lowestFreeSubnet } from './addresses.ts';
import { CommandValidationError, validateCommand } from './commands.ts';
import { DEFAULT_NETWORK } from '../spec/index.ts';
import { nodeViewChanged, serviceAddress } from './network.ts';
import type { AllocationUpdate, Command, HolderChange, NodeRegistration, PlanCommand, TimedCommand, VolumeHolderChange } from './commands.ts';
import { volumeOf } from './volumes.ts';
import type { SnapshotRecords } from './codec.ts';
import { terminalAllocStatuses } from './types.ts';
import type {
  AllocationRecord, ArrowRecord, ArtifactRecord, Change, EvaluationRecord, NodeRecord, RecordKinds, TagRecord, VolumeHolder, VolumeRecord,
} from './types.ts';

/** What the state needs to know of an Arrow definition (node/spec parses the whole thing). */
export interface DefinitionSummary {
  readonly name: string;
  readonly batch: boolean;
  /** The network the Arrow joins (node/spec fills in its default). */
  readonly network: string;
  /** Its ports with a static host port: every node forwards those to its running replicas. */
  readonly staticPorts?: readonly StaticPort[];
}

/** A port an Arrow publishes on a host port its spec names. */
export interface StaticPort {
  readonly protocol: 'tcp' | 'udp';
  readonly host: number;
  readonly guest: number;
}

/** Parses a stored definition; throws an Error whose message says what is wrong. */
export type DefinitionReader = (json: string) => DefinitionSummary;

export interface ClusterStateOptions {
  readonly readDefinition: DefinitionReader;
  /** Terminal allocations kept per Arrow for `ps` and `inspect`; older ones are dropped. */
  readonly keepTerminalPerArrow?: number;
}

export interface PlanOutcome {
  readonly arrow: string;
  readonly placed: number;
  readonly stopped: number;
  readonly migrated: number;
  readonly unplaced: number;
  readonly rejected: readonly RejectedPart[];
  /** The scheduler's explanation of what could not be placed ('' when everything was). */
  readonly message: string;
}

export interface IgnoredItem {
  readonly id: string;
  readonly reason: string;
}

export type CommandResult =
  | {
      readonly ok: true;
      /** put-arrow: the version now stored, and whether the definition was the same as before. */
      readonly version?: number;
      readonly unchanged?: boolean;
      readonly plans?: readonly PlanOutcome[];
      /** Batched commands: the items that did not apply, and why. */
      readonly ignored?: readonly IgnoredItem[];
    }
  | { readonly ok: false; readonly error: string };

export interface Applied {
  readonly result: CommandResult;
  readonly changes: readonly Change[];
}

class Refused extends Error {}

const refuse = (message: string): never => {
  throw new Refused(message);
};

/** Allocation status as the scheduler sees it: only live ones hold resources. */
function placementStatus(a: AllocationRecord): Allocation['status'] {
  if (a.desired === 'stop' && !terminalAllocStatuses.has(a.status)) return 'stopped';
  switch (a.status) {
    case 'pending':
    case 'pulling':
    case 'starting':
      return 'pending';
    default:
      return a.status;
  }
}

export function isLiveAllocation(a: AllocationRecord): boolean {
  return a.desired === 'run' && !terminalAllocStatuses.has(a.status);
}

/**
 * Whether an allocation keeps its address from the next placement on its node. Until it is
 * terminal, not merely until it is asked to stop: its VM holds the address until its agent has
 * confirmed the stop, and a second guest with it on the same bridge would take its traffic.
 */
function holdsAddress(a: AllocationRecord): boolean {
  return a.address !== '' && !terminalAllocStatuses.has(a.status);
}

const noFreeAddress = (node: string): string => `node ${node} has no free Arrow address`;

export class ClusterState {
  readonly #readDefinition: DefinitionReader;
  readonly #keepTerminal: number;
  #index = 0;
  #timeMs = 0;
  #changes: Change[] = [];

  readonly #nodes = new Map<string, NodeRecord>();
  readonly #arrows = new Map<string, ArrowRecord>();
  readonly #batch = new Map<string, boolean>();
  readonly #network = new Map<string, string>();
  readonly #staticPorts = new Map<string, readonly StaticPort[]>();
  /** See the networkIndex getter. */
  #networkIndex = 0;
  readonly #allocations = new Map<string, AllocationRecord>();
  readonly #allocationsByArrow = new Map<string, Set<string>>();
  readonly #allocationsByNode = new Map<string, Set<string>>();
  /** Per node, the last index at which one of its allocations changed (agents long-poll on it). */
  readonly #nodeAllocationIndex = new Map<string, number>();
  /** Per Arrow, its terminal allocations oldest first, so the oldest beyond the limit go. */
  readonly #terminalByArrow = new Map<string, string[]>();
  readonly #evaluations = new Map<string, EvaluationRecord>();
  /** Arrows with a pending evaluation, in the order they are to be taken. */
  readonly #pending = new Set<string>();
  readonly #blocked = new Set<string>();
  readonly #artifacts = new Map<string, ArtifactRecord>();
  readonly #heldByNode = new Map<string, Set<string>>();
  readonly #tags = new Map<string, TagRecord>();
  /** Per node, the addresses its allocations hold (see holdsAddress), to the allocation id. */
  readonly #addressesInUse = new Map<string, Map<string, string>>();
  /** By name (the Arrow's). */
  readonly #volumes = new Map<string, VolumeRecord>();
  /** Per node, the volumes it is recorded holding a copy of (the scheduler prefers them). */
  readonly #volumesByNode = new Map<string, Set<string>>();
  /** Per node, the allocations being live-migrated away from it (migratingFrom). */
  readonly #migratingFrom = new Map<string, Set<string>>();
  /** Per node, the volumes whose record names it in replicaNodes. */
  readonly #replicaOf = new Map<string, Set<string>>();
  /** Per node, the last index at which a volume its agent watches changed (see nodeWatchIndex). */
  readonly #nodeVolumeIndex = new Map<string, number>();
  #placement = PlacementIndex.fromSnapshot({ index: 0, nodes: [], allocations: [] });

  constructor(options: ClusterStateOptions) {
    this.#readDefinition = options.readDefinition;
    this.#keepTerminal = options.keepTerminalPerArrow ?? 10;
  }

  /** The index of the last command applied. */
  get index(): number {
    return this.#index;
  }

  /** The scheduler's view: ready nodes, live allocations, who holds what. */
  get placement(): PlacementIndex {
    return this.#placement;
  }

  /**
   * The last index at which something networkView (network.ts) shows changed: a node's subnet,
   * status or overlay, an Arrow or its network, an allocation's reachable address. Servers
   * long-poll on it for agents. After a restore it is the snapshot's index: possibly later than
   * the last real change (a view answered once more, the same), never earlier.
   */
  get networkIndex(): number {
    return this.#networkIndex;
  }

  // ---- queries ----

  node(id: string): NodeRecord | undefined { return this.#nodes.get(id); }
  nodes(): NodeRecord[] { return [...this.#nodes.values()]; }
  arrow(name: string): ArrowRecord | undefined { return this.#arrows.get(name); }
  arrows(): ArrowRecord[] { return [...this.#arrows.values()]; }
  isBatch(name: string): boolean { return this.#batch.get(name) ?? false; }
  /** The network of an Arrow, from its definition ('default' for an unknown Arrow). */
  networkOf(name: string): string { return this.#network.get(name) ?? DEFAULT_NETWORK; }
  /** The Arrow's ports with a static host port, from its definition. */
  staticPortsOf(name: string): readonly StaticPort[] { return this.#staticPorts.get(name) ?? []; }
  allocation(id: string): AllocationRecord | undefined { return this.#allocations.get(id); }
  allocations(): AllocationRecord[] { return [...this.#allocations.values()]; }
  allocationsOfArrow(name: string): AllocationRecord[] { return this.#recordsOf(this.#allocationsByArrow.get(name)); }
  allocationsOfNode(node: string): AllocationRecord[] { return this.#recordsOf(this.#allocationsByNode.get(node)); }
  /** The allocations being live-migrated away from `node` (their migratingFrom), sorted by id. */
  allocationsMigratingFrom(node: string): AllocationRecord[] { return this.#recordsOf(this.#migratingFrom.get(node)); }
  /** The last index at which an allocation on `node` was created, changed or removed (0: never). */
  nodeAllocationIndex(node: string): number { return this.#nodeAllocationIndex.get(node) ?? 0; }
  evaluation(arrow: string): EvaluationRecord | undefined { return this.#evaluations.get(arrow); }
  evaluations(): EvaluationRecord[] { return [...this.#evaluations.values()]; }
  /** Pending evaluations, oldest trigger first. */
  pendingEvaluations(): EvaluationRecord[] { return [...this.#pending].map((a) => this.#evaluations.get(a)!); }
  artifact(digest: string): ArtifactRecord | undefined { return this.#artifacts.get(digest); }
  artifacts(): ArtifactRecord[] { return [...this.#artifacts.values()]; }
  tag(name: string): TagRecord | undefined { return this.#tags.get(name); }
  tags(): TagRecord[] { return [...this.#tags.values()]; }
  volume(name: string): VolumeRecord | undefined { return this.#volumes.get(name); }
  volumes(): VolumeRecord[] { return [...this.#volumes.values()]; }
  /** The volumes `node` is recorded holding a copy of, sorted. */
  volumesHeldBy(node: string): string[] { return [...(this.#volumesByNode.get(node) ?? [])].sort(); }
  /** The volumes whose record names `node` among its replica nodes, sorted. */
  volumesReplicatedOn(node: string): string[] { return [...(this.#replicaOf.get(node) ?? [])].sort(); }
  /**
   * The last index at which anything a node's watch shows changed: its allocations, or a volume
   * it runs or holds a replica for (its record, its primary). Agents long-poll on it.
   */
  nodeWatchIndex(node: string): number {
    return Math.max(this.#nodeAllocationIndex.get(node) ?? 0, this.#nodeVolumeIndex.get(node) ?? 0);
  }
  /**
   * The allocation a volume runs with: its Arrow's live allocation (a volume's Arrow runs one;
   * should there be several, a running one, then the lowest id).
   */
  volumePrimary(name: string): AllocationRecord | undefined {
    const live = this.allocationsOfArrow(name).filter(isLiveAllocation);
    return live.find((a) => a.status === 'running') ?? live[0];
  }

  /**
   * Sorted by id: sets keep insertion order, which a restored member does not share, and apply
   * must not depend on anything a snapshot does not carry.
   */
  #recordsOf(ids: Set<string> | undefined): AllocationRecord[] {
    return ids === undefined ? [] : [...ids].sort().map((id) => this.#allocations.get(id)!);
  }

  // ---- apply ----

  /**
   * Applies one committed command at `index`. Never throws for anything the command holds: a
   * command that is malformed or does not fit the state is an error result and changes nothing.
   */
  apply(timed: TimedCommand, index: number): Applied {
    this.#index = index;
    this.#timeMs = timed.timeMs;
    this.#changes = [];
    let result: CommandResult;
    try {
      validateCommand(timed.command);
      result = this.#apply(timed.command);
    } catch (error) {
      if (!(error instanceof Refused) && !(error instanceof CommandValidationError)) throw error;
      // Refusals are raised before anything is changed, so there is nothing to undo.
      this.#changes = [];
      result = { ok: false, error: error.message };
    }
    this.placement.index = index;
    return { result, changes: this.#changes };
  }

  #apply(command: Command): CommandResult {
    switch (command.type) {
      case 'register-node': return this.#registerNode(command.node);
      case 'set-node-status': return this.#setNodeStatus(command.updates);
      case 'set-eligibility': return this.#setEligibility(command.node, command.eligible);
      case 'start-drain': return this.#startDrain(command.node, command.deadlineMs, command.maxParallel);
      case 'cancel-drain': return this.#cancelDrain(command.node);
      case 'pick-for-drain': return this.#pickForDrain(command.node, command.allocations, command.forceStop);
      case 'put-arrow': return this.#putArrow(command.definitionJson);
      case 'stop-arrow': return this.#stopArrow(command.name);
      case 'commit-plans': return { ok: true, plans: command.plans.map((p) => this.#commitPlan(p)) };
      case 'update-allocations': return this.#updateAllocations(command.updates);
      case 'set-holders': return this.#setHolders(command.changes);
      case 'tag-artifact': return this.#tagArtifact(command.name, command.digest);
      case 'set-volume-holders': return this.#setVolumeHolders(command.changes);
      case 'set-volume-replicas': return this.#setVolumeReplicas(command.volume, command.nodes);
      case 'migrate-allocation': return this.#migrateAllocation(command.allocationId, command.to);
    }
  }

  #emit<K extends keyof RecordKinds>(kind: K, record: RecordKinds[K], removed = false): void {
    this.#changes.push({ kind, record, removed } as Change);
  }

  // ---- nodes ----

  #requireNode(id: string): NodeRecord {
    return this.#nodes.get(id) ?? refuse(`unknown node ${id}`);
  }

  #placementNode(n: NodeRecord): PlacementNode {
    const held = this.#heldByNode.get(n.id);
    return {
      id: n.id,
      capacity: n.capacity,
      labels: n.labels,
      kvm: n.kvm,
      // A draining node moves a bounded number of allocations at a time (flagged `draining`), so
      // the scheduler sees it as a node that takes nothing new rather than one to empty at once.
      status: n.status === 'draining' ? 'ready' : n.status,
      // A node whose subnet is used up is shown as taking nothing new, so the scheduler plans
      // elsewhere instead of planning there again and again for plans that commit would refuse.
      eligible: n.eligible && n.status === 'ready' && !this.#outOfAddresses(n.id),
      artifacts: held === undefined ? [] : [...held].map((digest) => ({ digest, size: this.#artifacts.get(digest)?.size ?? 0 })),
      volumes: this.volumesHeldBy(n.id),
    };
  }

  #putNode(n: NodeRecord): void {
    if (nodeViewChanged(this.#nodes.get(n.id), n)) this.#networkIndex = this.#index;
    this.#nodes.set(n.id, n);
    this.placement.upsertNode(this.#placementNode(n));
    this.#emit('node', n);
  }

  /**
   * A node keeps the subnet it was first given (its Arrows' addresses and its bridge depend on it);
   * one without (registered while all were taken, or before subnets existed) gets the lowest free
   * one. When all 256 are taken the node still joins, with none: refusing would keep it out of the
   * cluster altogether (a server could not even join Raft), while without a subnet it runs Arrows
   * that have no address. Nodes are never removed from the state, so subnets are never given back;
   * they are derived from the node records, so removing a record would free its subnet.
   */
  #subnetFor(existing: NodeRecord | undefined): string {
    if (existing && existing.subnet !== '') return existing.subnet;
    const taken = new Set<string>();
    for (const n of this.#nodes.values()) if (n.subnet !== '') taken.add(n.subnet);
    return lowestFreeSubnet(taken);
  }

  #registerNode(reg: NodeRegistration): CommandResult {
    const existing = this.#nodes.get(reg.id);
    if (existing && existing.peerId !== reg.peerId) refuse(`node ${reg.id} belongs to peer ${existing.peerId}, not ${reg.peerId}`);
    const base = {
      id: reg.id, name: reg.name, peerId: reg.peerId, addrs: [...reg.addrs], capacity: { ...reg.capacity }, labels: { ...reg.labels },
      kvm: reg.kvm, role: reg.role, version: reg.version, modifyIndex: this.#index, subnet: this.#subnetFor(existing),
      overlay: reg.overlay ? { publicKey: reg.overlay.publicKey, endpoint: reg.overlay.endpoint, mode: reg.overlay.mode } : null,
    };
    if (!existing) {
      this.#putNode({ ...base, status: 'ready', eligible: true, drain: null, createIndex: this.#index, statusTimeMs: this.#timeMs });
      this.#unblock('node-join');
      return { ok: true };
    }
    const back = existing.status === 'down';
    const grew = reg.capacity.cpu !== existing.capacity.cpu || reg.capacity.memory !== existing.capacity.memory ||
      reg.kvm !== existing.kvm || JSON.stringify(reg.labels) !== JSON.stringify(existing.labels);
    this.#putNode({ ...existing, ...base, ...(back ? { status: 'ready' as const, statusTimeMs: this.#timeMs } : {}) });
    if (back || grew) this.#unblock(back ? 'node-ready' : 'node-update');
    return { ok: true };
  }

  #setNodeStatus(updates: readonly { node: string; status: 'ready' | 'down' }[]): CommandResult {
    const ignored: { id: string; reason: string }[] = [];
    let anyReady = false;
    for (const u of updates) {
      const node = this.#nodes.get(u.node);
      if (!node) { ignored.push({ id: u.node, reason: 'unknown node' }); continue; }
      if (u.status === 'ready') {
        if (node.status !== 'down') continue; // up already (ready or draining)
        this.#putNode({ ...node, status: 'ready', statusTimeMs: this.#timeMs, modifyIndex: this.#index });
        anyReady = true;
        continue;
      }
      if (node.status === 'down') continue;
      this.#putNode({ ...node, status: 'down', drain: null, statusTimeMs: this.#timeMs, modifyIndex: this.#index });
      for (const a of this.allocationsOfNode(node.id)) {
        if (terminalAllocStatuses.has(a.status)) continue;
        // Stopped already but never confirmed: the node can no longer confirm it.
        if (a.desired === 'stop') this.#putAllocation({ ...a, status: 'lost', statusDetail: `node ${node.name} went down`, statusTimeMs: this.#timeMs });
        else this.#trigger(a.arrow, 'node-down');
      }
    }
    if (anyReady) this.#unblock('node-ready');
    return ignored.length > 0 ? { ok: true, ignored } : { ok: true };
  }

  #setEligibility(id: string, eligible: boolean): CommandResult {
    const node = this.#requireNode(id);
    if (node.status === 'draining' && eligible) refuse(`node ${node.name} is draining; cancel the drain first`);
    if (node.eligible === eligible) return { ok: true, unchanged: true };
    this.#putNode({ ...node, eligible, modifyIndex: this.#index });
    if (eligible) this.#unblock('node-eligible');
    return { ok: true };
  }

  #startDrain(id: string, deadlineMs: number, maxParallel: number): CommandResult {
    const node = this.#requireNode(id);
    if (node.status === 'down') refuse(`node ${node.name} is down: its allocations are being replaced already`);
    this.#putNode({ ...node, status: 'draining', eligible: false, drain: { deadlineMs, maxParallel, startedMs: this.#timeMs }, statusTimeMs: this.#timeMs, modifyIndex: this.#index });
    this.#finishDrainIfEmpty(id);
    return { ok: true };
  }

  #cancelDrain(id: string): CommandResult {
    const node = this.#requireNode(id);
    if (node.status !== 'draining') refuse(`node ${node.name} is not draining`);
    this.#putNode({ ...node, status: 'ready', drain: null, statusTimeMs: this.#timeMs, modifyIndex: this.#index });
    for (const a of this.allocationsOfNode(id)) if (a.draining && isLiveAllocation(a)) this.#putAllocation({ ...a, draining: false });
    return { ok: true };
  }

  #pickForDrain(id: string, picked: readonly string[], forceStop: boolean): CommandResult {
    const node = this.#requireNode(id);
    if (node.status !== 'draining') refuse(`node ${node.name} is not draining`);
    const ignored: IgnoredItem[] = [];
    for (const allocationId of picked) {
      const a = this.#allocations.get(allocationId);
      if (!a || a.node !== id) { ignored.push({ id: allocationId, reason: `not an allocation of node ${node.name}` }); continue; }
      if (!isLiveAllocation(a)) { ignored.push({ id: allocationId, reason: 'not running' }); continue; }
      if (forceStop) this.#putAllocation({ ...a, desired: 'stop', desiredReason: 'drain deadline passed' });
      else this.#putAllocation({ ...a, draining: true });
      this.#trigger(a.arrow, 'drain');
    }
    this.#finishDrainIfEmpty(id);
    return ignored.length > 0 ? { ok: true, ignored } : { ok: true };
  }

  /** A drain ends when nothing the cluster wants running is left on the node: it stays ineligible. */
  #finishDrainIfEmpty(id: string): void {
    const node = this.#nodes.get(id);
    if (!node || node.status !== 'draining') return;
    if (this.allocationsOfNode(id).some(isLiveAllocation)) return;
    this.#putNode({ ...node, status: 'ready', eligible: false, drain: null, statusTimeMs: this.#timeMs, modifyIndex: this.#index });
  }

  // ---- arrows and evaluations ----

  #putArrow(definitionJson: string): CommandResult {
    let summary: DefinitionSummary;
    try {
      summary = this.#readDefinition(definitionJson);
    } catch (error) {
      return refuse(`invalid Arrow definition: ${(error as Error).message}`);
    }
    const existing = this.#arrows.get(summary.name);
    if (existing && !existing.stopped && existing.definitionJson === definitionJson) return { ok: true, version: existing.version, unchanged: true };
    const record: ArrowRecord = existing
      ? { ...existing, version: existing.version + 1, definitionJson, stopped: false, completed: 0, modifyIndex: this.#index, submitTimeMs: this.#timeMs }
      : { name: summary.name, version: 1, definitionJson, stopped: false, completed: 0, createIndex: this.#index, modifyIndex: this.#index, submitTimeMs: this.#timeMs };
    this.#arrows.set(record.name, record);
    this.#batch.set(record.name, summary.batch);
    const staticPorts = summary.staticPorts ?? [];
    if (!existing || this.#network.get(record.name) !== summary.network || JSON.stringify(this.staticPortsOf(record.name)) !== JSON.stringify(staticPorts)) {
      this.#networkIndex = this.#index;
    }
    this.#network.set(record.name, summary.network);
    this.#staticPorts.set(record.name, staticPorts);
    this.#emit('arrow', record);
    this.#syncVolume(record.name, definitionJson);
    this.#trigger(record.name, 'spec-write');
    return { ok: true, version: record.version };
  }

  #stopArrow(name: string): CommandResult {
    const arrow = this.#arrows.get(name) ?? refuse(`unknown Arrow ${name}`);
    if (arrow.stopped) return { ok: true, version: arrow.version, unchanged: true };
    const record = { ...arrow, stopped: true, modifyIndex: this.#index };
    this.#arrows.set(name, record);
    this.#emit('arrow', record);
    this.#trigger(name, 'stop');
    return { ok: true, version: record.version };
  }

  #putEvaluation(e: EvaluationRecord): void {
    this.#evaluations.set(e.arrow, e);
    if (e.status === 'pending') this.#pending.add(e.arrow);
    else this.#pending.delete(e.arrow);
    if (e.status === 'blocked') this.#blocked.add(e.arrow);
    else this.#blocked.delete(e.arrow);
    this.#emit('evaluation', e);
  }

  /** Asks for an evaluation of `arrow`; triggers arriving while one is pending join it. */
  #trigger(arrow: string, trigger: string): void {
    const existing = this.#evaluations.get(arrow);
    if (existing?.status === 'pending') {
      if (existing.triggerIndex === this.#index) return;
      this.#putEvaluation({ ...existing, trigger, triggerIndex: this.#index, modifyIndex: this.#index });
      return;
    }
    this.#putEvaluation({
      arrow, trigger, status: 'pending', triggerIndex: this.#index, triggerTimeMs: this.#timeMs,
      createIndex: existing?.createIndex ?? this.#index, modifyIndex: this.#index,
      placed: existing?.placed ?? 0, unplaced: existing?.unplaced ?? 0, message: existing?.message ?? '',
    });
  }

  /** Room appeared (a node joined, came back, turned eligible; an allocation ended): retry what was stuck. */
  #unblock(trigger: string): void {
    for (const arrow of [...this.#blocked]) this.#trigger(arrow, trigger);
  }

  // ---- plans ----

  #commitPlan({ plan, evalTriggerIndex }: PlanCommand): PlanOutcome {
    const arrow = this.#arrows.get(plan.arrow);
    const rejected: RejectedPart[] = [];
    if (!arrow) {
      return { arrow: plan.arrow, placed: 0, stopped: 0, migrated: 0, unplaced: 0, rejected: [{ kind: 'placement', allocationId: '', node: '', reason: `unknown Arrow ${plan.arrow}` }], message: '' };
    }
    // Parts planned for another version of the spec, or for an Arrow stopped since, wait for the
    // evaluation that the change triggered; so do ids that already exist (a replayed plan).
    const stale = (p: Plan['placements'][number]): string | undefined =>
      arrow.stopped ? 'the Arrow was stopped since planning'
        : p.specVersion !== arrow.version ? `spec version ${p.specVersion} is no longer current (${arrow.version})`
          : this.#allocations.has(p.allocationId) ? 'allocation already exists' : undefined;
    const keepPlacement = (kind: 'placement' | 'replacement', p: Plan['placements'][number]): boolean => {
      const reason = stale(p);
      if (reason) rejected.push({ kind, allocationId: p.allocationId, node: p.node, reason });
      return reason === undefined;
    };
    const fresh: Plan = {
      ...plan,
      placements: plan.placements.filter((p) => keepPlacement('placement', p)),
      replacements: plan.replacements.filter((r) => keepPlacement('replacement', r.placement)),
      stops: plan.stops.filter((s) => {
        const a = this.#allocations.get(s.allocationId);
        if (a?.arrow === plan.arrow) return true;
        rejected.push({ kind: 'stop', allocationId: s.allocationId, node: s.node, reason: 'not an allocation of this Arrow' });
        return false;
      }),
      migrations: plan.migrations.filter((m) => {
        const a = this.#allocations.get(m.allocationId);
        if (a?.arrow === plan.arrow) return true;
        rejected.push({ kind: 'migration', allocationId: m.allocationId, node: m.to, reason: 'not an allocation of this Arrow' });
        return false;
      }),
    };
    const verified = verifyPlan(fresh, this.placement);
    rejected.push(...verified.rejected.map((r) => this.#explainIneligible(r)));
    const accepted = verified.accepted;
    const touchedNodes = new Set<string>();
    const stop = (s: Plan['stops'][number]): void => {
      const a = this.#allocations.get(s.allocationId)!;
      const nodeDown = this.#nodes.get(a.node)?.status === 'down';
      this.#putAllocation({
        ...a, desired: 'stop', desiredReason: s.detail || s.reason,
        ...(nodeDown ? { status: 'lost' as const, statusDetail: s.detail, statusTimeMs: this.#timeMs } : {}),
      });
      touchedNodes.add(a.node);
    };
    // verifyPlan cannot see addresses; a part whose node's subnet is used up by the parts before
    // it is refused here, like a part that no longer fits, and the node then shows as taking
    // nothing new (see #placementNode), so the next plan goes elsewhere.
    let placed = 0;
    const place = (kind: 'placement' | 'replacement', p: Plan['placements'][number]): void => {
      const address = this.#freeAddress(p.node);
      if (address === undefined) return void rejected.push({ kind, allocationId: p.allocationId, node: p.node, reason: noFreeAddress(p.node) });
      this.#putAllocation({
        id: p.allocationId, arrow: p.arrow, node: p.node, generation: p.generation, specVersion: p.specVersion,
        resources: { cpu: p.cpu, memory: p.memory }, priority: p.priority, desired: 'run', desiredReason: '',
        status: 'pending', statusDetail: '', exitCode: null, restarts: 0, ports: [], replaces: p.replaces ?? '',
        draining: false, createIndex: this.#index, modifyIndex: this.#index, createTimeMs: this.#timeMs, statusTimeMs: this.#timeMs,
        hostPorts: [...(p.hostPorts ?? [])], address, migratingFrom: '',
      });
      placed++;
    };
    accepted.stops.forEach(stop);
    for (const r of accepted.replacements) {
      // Stopped whether or not its successor gets an address, as verifyPlan does for room.
      stop(r.previous);
      place('replacement', r.placement);
    }
    accepted.placements.forEach((p) => place('placement', p));
    let migrated = 0;
    for (const m of accepted.migrations) {
      const address = this.#freeAddress(m.to);
      if (address === undefined) {
        rejected.push({ kind: 'migration', allocationId: m.allocationId, node: m.to, reason: noFreeAddress(m.to) });
        continue;
      }
      const a = this.#allocations.get(m.allocationId)!;
      this.#putAllocation(movedLive(a, m.to, m.generation, address, this.#timeMs));
      touchedNodes.add(m.from);
      migrated++;
    }
    for (const node of touchedNodes) this.#finishDrainIfEmpty(node);

    const unplaced = plan.failures.reduce((n, f) => n + f.unplaced, 0);
    const message = plan.failures.map((f) => f.message).join('; ');
    const evaluation = this.#evaluations.get(plan.arrow);
    if (evaluation && evaluation.triggerIndex <= evalTriggerIndex) {
      if (rejected.length > 0) {
        this.#putEvaluation({ ...evaluation, status: 'pending', trigger: 'plan-rejected', triggerIndex: this.#index, modifyIndex: this.#index, placed, unplaced, message });
      } else {
        this.#putEvaluation({ ...evaluation, status: unplaced > 0 && !arrow.stopped ? 'blocked' : 'complete', modifyIndex: this.#index, placed, unplaced, message });
      }
    }
    return { arrow: plan.arrow, placed, stopped: accepted.stops.length + accepted.replacements.length, migrated, unplaced, rejected, message };
  }

  // ---- addresses ----

  /** The lowest free address on `node`, "" for a node without a subnet, undefined when none is free. */
  #freeAddress(node: string): string | undefined {
    const subnet = this.#nodes.get(node)?.subnet ?? '';
    if (subnet === '') return '';
    const address = lowestFreeAddress(subnet, this.#addressesInUse.get(node) ?? new Map());
    return address === '' ? undefined : address;
  }

  /**
   * verifyPlan calls a node whose subnet is used up ineligible (that is how the scheduler is told);
   * say what it really is, so the admin is not sent looking for an eligibility flag that is set.
   */
  #explainIneligible(r: RejectedPart): RejectedPart {
    if (r.kind === 'stop' || r.reason !== `node ${r.node} is ineligible` || !this.#outOfAddresses(r.node)) return r;
    const node = this.#nodes.get(r.node);
    return node?.eligible && node.status === 'ready' ? { ...r, reason: noFreeAddress(r.node) } : r;
  }

  #outOfAddresses(node: string): boolean {
    return (this.#addressesInUse.get(node)?.size ?? 0) >= ADDRESSES_PER_NODE;
  }

  /** Keeps #addressesInUse in step with a changed allocation, and the scheduler's view of its node. */
  #trackAddress(previous: AllocationRecord | undefined, next: AllocationRecord): void {
    const before = previous !== undefined && holdsAddress(previous) ? previous : undefined;
    const after = holdsAddress(next) ? next : undefined;
    if (before?.node === after?.node && before?.address === after?.address) return;
    if (before) this.#setAddressHolder(before.node, before.address, undefined);
    if (after) this.#setAddressHolder(after.node, after.address, after.id);
  }

  #setAddressHolder(node: string, address: string, id: string | undefined): void {
    const wasOut = this.#outOfAddresses(node);
    let held = this.#addressesInUse.get(node);
    if (!held) this.#addressesInUse.set(node, (held = new Map()));
    if (id === undefined) held.delete(address);
    else held.set(address, id);
    const record = this.#nodes.get(node);
    if (record && wasOut !== this.#outOfAddresses(node)) this.placement.upsertNode(this.#placementNode(record));
  }

  // ---- allocations ----

  #putAllocation(a: AllocationRecord): void {
    const previous = this.#allocations.get(a.id);
    // A migration is over once the allocation ends, wherever it was.
    const ended = terminalAllocStatuses.has(a.status) && (a.migratingFrom ?? '') !== '';
    const record = { ...a, modifyIndex: this.#index, ...(ended ? { migratingFrom: '' } : {}) };
    // Records removed later (#noteTerminal) are terminal, so out of the view already.
    if (serviceAddress(record) !== (previous ? serviceAddress(previous) : '')) this.#networkIndex = this.#index;
    this.#allocations.set(a.id, record);
    const from = previous?.migratingFrom ?? '';
    if (from !== (record.migratingFrom ?? '')) {
      if (from !== '') this.#migratingFrom.get(from)?.delete(a.id);
      if (record.migratingFrom) addTo(this.#migratingFrom, record.migratingFrom, a.id);
    }
    if (previous && previous.node !== a.node) {
      this.#allocationsByNode.get(previous.node)?.delete(a.id);
      this.#nodeAllocationIndex.set(previous.node, this.#index);
    }
    addTo(this.#allocationsByArrow, a.arrow, a.id);
    addTo(this.#allocationsByNode, a.node, a.id);
    this.#nodeAllocationIndex.set(a.node, this.#index);
    this.placement.upsertAllocation(this.#placementAllocation(record));
    this.#trackAddress(previous, record);
    this.#emit('allocation', record);
    // The replica nodes of its volume see where it runs (the primary they receive snapshots from).
    const volume = this.#volumes.get(a.arrow);
    if (volume && (!previous || previous.node !== record.node || isLiveAllocation(previous) !== isLiveAllocation(record) || previous.status !== record.status)) {
      for (const node of volume.replicaNodes) this.#nodeVolumeIndex.set(node, this.#index);
    }
    const wasTerminal = previous !== undefined && terminalAllocStatuses.has(previous.status);
    if (terminalAllocStatuses.has(record.status) && !wasTerminal) this.#noteTerminal(record);
  }

  #placementAllocation(a: AllocationRecord): Allocation {
    return {
      id: a.id, arrow: a.arrow, node: a.node, generation: a.generation, specVersion: a.specVersion, status: placementStatus(a),
      cpu: a.resources.cpu, memory: a.resources.memory, priority: a.priority,
      ...(a.replaces ? { replaces: a.replaces } : {}), ...(a.draining ? { draining: true } : {}),
      ...(a.hostPorts.length > 0 ? { hostPorts: a.hostPorts } : {}),
    };
  }

  /**
   * Keeps the newest terminal allocations of each Arrow for people to look at; drops older ones.
   * Oldest means lowest (modifyIndex, id): terminal records never change again, so a restored
   * member orders them the same way.
   */
  #noteTerminal(a: AllocationRecord): void {
    let queue = this.#terminalByArrow.get(a.arrow);
    if (!queue) this.#terminalByArrow.set(a.arrow, (queue = []));
    let at = queue.length;
    while (at > 0) {
      const before = this.#allocations.get(queue[at - 1]!);
      if (!before || before.modifyIndex < a.modifyIndex || (before.modifyIndex === a.modifyIndex && before.id < a.id)) break;
      at--;
    }
    queue.splice(at, 0, a.id);
    while (queue.length > this.#keepTerminal) {
      const id = queue.shift()!;
      const old = this.#allocations.get(id);
      if (!old) continue;
      this.#allocations.delete(id);
      this.#allocationsByArrow.get(old.arrow)?.delete(id);
      this.#allocationsByNode.get(old.node)?.delete(id);
      this.#nodeAllocationIndex.set(old.node, this.#index);
      this.#emit('allocation', old, true);
    }
  }

  #updateAllocations(updates: readonly AllocationUpdate[]): CommandResult {
    const ignored: IgnoredItem[] = [];
    const nodes = new Set<string>();
    let freed = false;
    for (const u of updates) {
      const a = this.#allocations.get(u.id);
      const why = !a ? 'unknown allocation'
        : a.node !== u.node ? `allocation is on node ${a.node}`
          : a.generation !== u.generation ? `stale generation ${u.generation} (current ${a.generation})`
            : terminalAllocStatuses.has(a.status) ? `allocation already ${a.status}` : undefined;
      if (why || !a) { ignored.push({ id: u.id, reason: why ?? 'unknown allocation' }); continue; }
      const statusChanged = u.status !== a.status;
      const next: AllocationRecord = {
        ...a, status: u.status, statusDetail: u.detail, exitCode: u.exitCode, restarts: u.restarts, ports: [...u.ports],
        statusTimeMs: statusChanged ? this.#timeMs : a.statusTimeMs,
        // Its new node runs it: the live migration that brought it there is over.
        ...(u.status === 'running' ? { migratingFrom: '' } : {}),
      };
      this.#putAllocation(next);
      nodes.add(a.node);
      if (!terminalAllocStatuses.has(u.status)) continue;
      freed ||= a.desired === 'run';
      const arrow = this.#arrows.get(a.arrow);
      if (u.status === 'complete' && arrow && this.isBatch(a.arrow) && a.specVersion === arrow.version) {
        const record = { ...arrow, completed: arrow.completed + 1, modifyIndex: this.#index };
        this.#arrows.set(arrow.name, record);
        this.#emit('arrow', record);
      }
      // It ended on its own: the scheduler decides whether and where it runs again.
      if (a.desired === 'run') this.#trigger(a.arrow, u.status === 'complete' ? 'alloc-complete' : 'alloc-failed');
    }
    if (freed) this.#unblock('alloc-ended');
    for (const node of nodes) this.#finishDrainIfEmpty(node);
    return ignored.length > 0 ? { ok: true, ignored } : { ok: true };
  }

  // ---- artifacts ----

  #setHolders(changes: readonly HolderChange[]): CommandResult {
    const ignored: IgnoredItem[] = [];
    for (const h of changes) {
      if (!this.#nodes.has(h.node)) { ignored.push({ id: `${h.node} ${h.digest}`, reason: 'unknown node' }); continue; }
      const existing = this.#artifacts.get(h.digest);
      if (h.held) {
        if (existing && existing.manifestDigest !== h.manifestDigest) {
          ignored.push({ id: `${h.node} ${h.digest}`, reason: `manifest ${h.manifestDigest} differs from the one recorded at push (${existing.manifestDigest})` });
          continue;
        }
        if (existing && existing.size !== h.size) {
          ignored.push({ id: `${h.node} ${h.digest}`, reason: `size ${h.size} differs from the one recorded (${existing.size})` });
          continue;
        }
        if (existing?.holders.includes(h.node)) continue;
        const holders = [...(existing?.holders ?? []), h.node].sort();
        this.#putArtifact({ digest: h.digest, size: h.size, manifestDigest: h.manifestDigest, holders, modifyIndex: this.#index });
        addTo(this.#heldByNode, h.node, h.digest);
        this.placement.setArtifactHeld(h.node, { digest: h.digest, size: h.size }, true);
      } else {
        if (!existing?.holders.includes(h.node)) continue;
        this.#putArtifact({ ...existing, holders: existing.holders.filter((n) => n !== h.node), modifyIndex: this.#index });
        this.#heldByNode.get(h.node)?.delete(h.digest);
        // The recorded size: a node reporting a deleted copy need not know it any more.
        this.placement.setArtifactHeld(h.node, { digest: h.digest, size: existing.size }, false);
      }
    }
    return ignored.length > 0 ? { ok: true, ignored } : { ok: true };
  }

  #putArtifact(a: ArtifactRecord): void {
    this.#artifacts.set(a.digest, a);
    this.#emit('artifact', a);
  }

  #tagArtifact(name: string, digest: string): CommandResult {
    const existing = this.#tags.get(name);
    if (digest === '') {
      if (!existing) refuse(`unknown tag ${name}`);
      this.#tags.delete(name);
      this.#emit('tag', existing!, true);
      return { ok: true };
    }
    if (!this.#artifacts.has(digest)) refuse(`unknown artifact ${digest}: push it to a node of the cluster first`);
    if (existing?.digest === digest) return { ok: true, unchanged: true };
    const record = { name, digest, modifyIndex: this.#index };
    this.#tags.set(name, record);
    this.#emit('tag', record);
    return { ok: true };
  }

  // ---- volumes ----

  /**
   * Keeps the Arrow's volume record in step with its definition: created when it gains a volume,
   * its replicas updated, removed when it loses it. Arrows are never removed from the state (a
   * stopped one keeps its record), so neither is the volume of a stopped Arrow: its data outlives
   * its VMs, and starting it again must find its copies.
   */
  #syncVolume(name: string, definitionJson: string): void {
    const wanted = volumeOf(definitionJson);
    const existing = this.#volumes.get(name);
    if (!wanted) {
      if (!existing) return;
      this.#volumes.delete(name);
      for (const h of existing.holders) this.#setVolumeHeld(h.node, name, false);
      this.#touchVolume(existing, undefined);
      this.#emit('volume', existing, true);
      return;
    }
    if (existing?.replicas === wanted.replicas) return;
    // Fewer copies wanted: keep the replica nodes that hold one already (in name order), so no
    // record ever names more than replicas-1; the leader fills up when more are wanted.
    const keep = (nodes: readonly string[]): string[] => {
      const held = new Set(existing?.holders.map((h) => h.node));
      return [...nodes.filter((n) => held.has(n)), ...nodes.filter((n) => !held.has(n))].slice(0, wanted.replicas - 1).sort();
    };
    const record: VolumeRecord = existing
      ? { ...existing, replicas: wanted.replicas, replicaNodes: keep(existing.replicaNodes), modifyIndex: this.#index }
      : { name, replicas: wanted.replicas, replicaNodes: [], holders: [], modifyIndex: this.#index };
    this.#putVolume(existing, record);
  }

  #putVolume(previous: VolumeRecord | undefined, record: VolumeRecord): void {
    this.#volumes.set(record.name, record);
    this.#touchVolume(previous, record);
    this.#emit('volume', record);
  }

  /** The nodes whose watch shows the volume (its primary's, its replica nodes, old and new) see it changed. */
  #touchVolume(previous: VolumeRecord | undefined, next: VolumeRecord | undefined): void {
    const name = (next ?? previous)!.name;
    for (const node of previous?.replicaNodes ?? []) this.#replicaOf.get(node)?.delete(name);
    for (const node of next?.replicaNodes ?? []) addTo(this.#replicaOf, node, name);
    for (const node of [...(previous?.replicaNodes ?? []), ...(next?.replicaNodes ?? [])]) this.#nodeVolumeIndex.set(node, this.#index);
    for (const a of this.allocationsOfArrow(name)) if (isLiveAllocation(a)) this.#nodeVolumeIndex.set(a.node, this.#index);
  }

  #setVolumeHeld(node: string, volume: string, held: boolean): void {
    const set = this.#volumesByNode.get(node);
    if (held === (set?.has(volume) ?? false)) return;
    if (held) addTo(this.#volumesByNode, node, volume);
    else set!.delete(volume);
    const record = this.#nodes.get(node);
    if (record) this.placement.upsertNode(this.#placementNode(record));
  }

  #setVolumeHolders(changes: readonly VolumeHolderChange[]): CommandResult {
    const ignored: IgnoredItem[] = [];
    // Records changed by this command, each put once (an agent reports several snapshots at once).
    const changed = new Map<string, { previous: VolumeRecord; next: VolumeRecord }>();
    for (const h of changes) {
      const id = `${h.node} ${h.volume}`;
      if (!this.#nodes.has(h.node)) { ignored.push({ id, reason: 'unknown node' }); continue; }
      const current = changed.get(h.volume)?.next ?? this.#volumes.get(h.volume);
      // The Arrow was removed or dropped its volume while the agent still held a copy.
      if (!current) { ignored.push({ id, reason: `no Arrow ${h.volume} with a volume` }); continue; }
      const recorded = current.holders.find((x) => x.node === h.node);
      let holders: VolumeHolder[];
      if (h.held) {
        // Reports cross on the way (two servers, a retry): an older snapshot never replaces a newer one.
        if (recorded && recorded.createdMs > h.createdMs) {
          ignored.push({ id, reason: `snapshot of ${h.createdMs} is older than the one recorded (${recorded.createdMs})` });
          continue;
        }
        const holder: VolumeHolder = { node: h.node, seq: h.seq, manifest: h.manifest, createdMs: h.createdMs, logicalBytes: h.logicalBytes, reportedMs: this.#timeMs };
        holders = [...current.holders.filter((x) => x.node !== h.node), holder].sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
      } else {
        if (!recorded) continue;
        holders = current.holders.filter((x) => x.node !== h.node);
      }
      changed.set(h.volume, { previous: changed.get(h.volume)?.previous ?? this.#volumes.get(h.volume)!, next: { ...current, holders, modifyIndex: this.#index } });
      this.#setVolumeHeld(h.node, h.volume, h.held);
    }
    for (const { previous, next } of changed.values()) this.#putVolume(previous, next);
    return ignored.length > 0 ? { ok: true, ignored } : { ok: true };
  }

  #setVolumeReplicas(name: string, nodes: readonly string[]): CommandResult {
    const volume = this.#volumes.get(name) ?? refuse(`unknown volume ${name}`);
    if (nodes.length > volume.replicas - 1) refuse(`volume ${name} wants ${volume.replicas - 1} replica node(s) besides its running one, got ${nodes.length}`);
    for (const id of nodes) this.#requireNode(id);
    const primary = this.volumePrimary(name);
    if (primary && nodes.includes(primary.node)) refuse(`node ${primary.node} runs volume ${name}: it cannot also be its replica node`);
    const sorted = [...nodes].sort();
    if (sorted.length === volume.replicaNodes.length && sorted.every((n, i) => n === volume.replicaNodes[i])) return { ok: true, unchanged: true };
    this.#putVolume(volume, { ...volume, replicaNodes: sorted, modifyIndex: this.#index });
    return { ok: true };
  }

  // ---- admin migration ----

  /**
   * An admin moves a running allocation to another node, live: the same allocation under a new
   * generation (the old node may no longer report for it), with a new address on `to` and
   * migratingFrom set, checked for room as a plan's migration is.
   */
  #migrateAllocation(id: string, to: string): CommandResult {
    const a = this.#allocations.get(id) ?? refuse(`unknown allocation ${id}`);
    if (!isLiveAllocation(a)) refuse(`allocation ${id} is not live (desired ${a.desired}, status ${a.status})`);
    if ((a.migratingFrom ?? '') !== '') refuse(`allocation ${id} is still migrating from node ${a.migratingFrom}`);
    if (a.status !== 'running') refuse(`allocation ${id} is ${a.status}, not running: only a running allocation migrates live`);
    const target = this.#nodes.get(to) ?? refuse(`unknown node ${to}`);
    if (a.node === to) refuse(`allocation ${id} already runs on node ${target.name}`);
    if (target.status !== 'ready') refuse(`node ${target.name} is ${target.status}`);
    if (!target.eligible) refuse(`node ${target.name} is ineligible`);
    const migration = {
      allocationId: id, arrow: a.arrow, from: a.node, to, generation: a.generation + 1,
      cpu: a.resources.cpu, memory: a.resources.memory, reason: 'node-draining' as const,
    };
    const plan: Plan = { arrow: a.arrow, snapshotIndex: this.#index, placements: [], stops: [], replacements: [], migrations: [migration], failures: [] };
    const verified = verifyPlan(plan, this.placement);
    const rejection = verified.rejected[0];
    if (rejection) refuse(`cannot migrate allocation ${id} to node ${target.name}: ${this.#explainIneligible(rejection).reason}`);
    const address = this.#freeAddress(to) ?? refuse(noFreeAddress(to));
    this.#putAllocation(movedLive(a, to, migration.generation, address, this.#timeMs));
    this.#finishDrainIfEmpty(a.node);
    return { ok: true };
  }

  // ---- snapshots ----

  /**
   * Every record, in a canonical order. Evaluations: pending ones in the order they are taken,
   * then blocked ones in the order they will be retried, then the rest: both orders are state.
   */
  toRecords(): SnapshotRecords {
    const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    const pending = this.pendingEvaluations();
    const blocked = [...this.#blocked].map((a) => this.#evaluations.get(a)!);
    const complete = [...this.#evaluations.values()].filter((e) => e.status === 'complete').sort(byKey((e) => e.arrow));
    return {
      index: this.#index,
      nodes: this.nodes().sort(byKey((n) => n.id)),
      arrows: this.arrows().sort(byKey((a) => a.name)),
      allocations: this.allocations().sort(byKey((a) => a.id)),
      evaluations: [...pending, ...blocked, ...complete],
      artifacts: this.artifacts().sort(byKey((a) => a.digest)),
      tags: this.tags().sort(byKey((t) => t.name)),
      volumes: this.volumes().sort(byKey((v) => v.name)),
    };
  }

  /** A state holding exactly `records` (a snapshot); definitions are read again. */
  static fromRecords(records: SnapshotRecords, options: ClusterStateOptions): ClusterState {
    const state = new ClusterState(options);
    state.#index = records.index;
    // What changed last is not in a snapshot; its index bounds it from above.
    state.#networkIndex = records.index;
    for (const a of records.artifacts) {
      state.#artifacts.set(a.digest, a);
      for (const node of a.holders) addTo(state.#heldByNode, node, a.digest);
    }
    for (const n of records.nodes) state.#nodes.set(n.id, n);
    for (const v of records.volumes) {
      state.#volumes.set(v.name, v);
      for (const h of v.holders) addTo(state.#volumesByNode, h.node, v.name);
      for (const node of v.replicaNodes) addTo(state.#replicaOf, node, v.name);
    }
    for (const a of records.arrows) {
      state.#arrows.set(a.name, a);
      let batch = false;
      let network = DEFAULT_NETWORK;
      let staticPorts: readonly StaticPort[] = [];
      try {
        ({ batch, network, staticPorts = [] } = options.readDefinition(a.definitionJson));
      } catch { /* stored before a stricter reader: treat as a service on the default network */ }
      state.#batch.set(a.name, batch);
      state.#network.set(a.name, network);
      state.#staticPorts.set(a.name, staticPorts);
    }
    const terminal: AllocationRecord[] = [];
    for (const a of records.allocations) {
      state.#allocations.set(a.id, a);
      addTo(state.#allocationsByArrow, a.arrow, a.id);
      addTo(state.#allocationsByNode, a.node, a.id);
      if (a.migratingFrom) addTo(state.#migratingFrom, a.migratingFrom, a.id);
      state.#nodeAllocationIndex.set(a.node, Math.max(state.#nodeAllocationIndex.get(a.node) ?? 0, a.modifyIndex));
      if (terminalAllocStatuses.has(a.status)) terminal.push(a);
      if (holdsAddress(a)) {
        let held = state.#addressesInUse.get(a.node);
        if (!held) state.#addressesInUse.set(a.node, (held = new Map()));
        held.set(a.address, a.id);
      }
    }
    // What a node's watch shows of volumes changed at the latest when the record or its Arrow's
    // allocations last did: an index that is too high only answers a watch once more.
    for (const v of records.volumes) {
      const allocations = state.allocationsOfArrow(v.name);
      const last = Math.max(v.modifyIndex, ...allocations.map((a) => a.modifyIndex));
      const nodes = [...v.replicaNodes, ...allocations.filter(isLiveAllocation).map((a) => a.node)];
      for (const node of nodes) state.#nodeVolumeIndex.set(node, Math.max(state.#nodeVolumeIndex.get(node) ?? 0, last));
    }
    // Built in one go: node by node it would grow its per-node arrays once per node.
    state.#placement = PlacementIndex.fromSnapshot({
      index: records.index,
      nodes: records.nodes.map((n) => state.#placementNode(n)),
      allocations: records.allocations.map((a) => state.#placementAllocation(a)),
    });
    terminal.sort((a, b) => a.modifyIndex - b.modifyIndex || (a.id < b.id ? -1 : 1));
    for (const a of terminal) {
      let queue = state.#terminalByArrow.get(a.arrow);
      if (!queue) state.#terminalByArrow.set(a.arrow, (queue = []));
      queue.push(a.id);
    }
    for (const e of records.evaluations) {
      state.#evaluations.set(e.arrow, e);
      if (e.status === 'pending') state.#pending.add(e.arrow);
      if (e.status === 'blocked') state.#blocked.add(e.arrow);
    }
    for (const t of records.tags) state.#tags.set(t.name, t);
    return state;
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * An allocation committed to another node while its VM still runs on the old one: pending there
 * (it is not served at its new address until its new node reports it running, which also ends
 * the migration) under the next generation, so the old node can no longer report for it.
 */
function movedLive(a: AllocationRecord, to: string, generation: number, address: string, timeMs: number): AllocationRecord {
  return {
    ...a, node: to, generation, draining: false, address, migratingFrom: a.node,
    status: 'pending', statusDetail: `moving live from node ${a.node}`, statusTimeMs: timeMs, ports: [],
  };
}

