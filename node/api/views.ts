// What the API answers, computed from the cluster state: lookups by the names people type, the
// records with what people want next to them, and `plan`'s dry run. Pure: the routes read the
// state (linearizably) and pass it in.
import { schedule } from '../../scheduler/index.ts';
import type { ArrowSpec, SchedulerConfig } from '../../scheduler/index.ts';
import type { Status } from '../../raft/index.ts';
import { isLiveAllocation } from '../cluster/index.ts';
import type { AllocationRecord, ArrowRecord, ClusterState, NodeRecord, VolumeRecord } from '../cluster/index.ts';
import { canonicalDefinitionJson } from '../spec/index.ts';
import type { ArrowDefinition } from '../spec/index.ts';
import type { ClusterStatus } from './backend.ts';
import { ApiProblem, found, notFound } from './errors.ts';
import type { AllocationView, ArrowDetail, ArrowView, NodeView, PlanPreview, VolumeDetail, VolumeNodeRef, VolumeSummary } from './types.ts';

/** The one record `ref` names: exactly by id, else by unique name, else by unique id prefix. */
function resolve<T>(what: string, ref: string, all: readonly T[], id: (t: T) => string, name?: (t: T) => string): T {
  const exact = all.find((t) => id(t) === ref);
  if (exact) return exact;
  const describe = (matches: readonly T[]) => matches.slice(0, 5).map((t) => (name ? `${name(t)} (${id(t)})` : id(t))).join(', ');
  if (name) {
    const named = all.filter((t) => name(t) === ref);
    if (named.length === 1) return named[0]!;
    if (named.length > 1) throw new ApiProblem(400, 'ambiguous', `${named.length} ${what}s are named ${ref}: ${describe(named)}; give the id`);
  }
  const prefixed = all.filter((t) => id(t).startsWith(ref));
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) throw new ApiProblem(400, 'ambiguous', `${ref} is the start of ${prefixed.length} ${what} ids: ${describe(prefixed)}; give more of it`);
  throw notFound(`unknown ${what} ${ref}`);
}

/** A node by id, unique name or unique id prefix; 404 or 400 (ambiguous) otherwise. */
export function findNode(state: ClusterState, ref: string): NodeRecord {
  const exact = state.node(ref);
  return exact ?? resolve('node', ref, state.nodes(), (n) => n.id, (n) => n.name);
}

/** An allocation by id or unique id prefix. */
export function findAllocation(state: ClusterState, ref: string): AllocationRecord {
  return state.allocation(ref) ?? resolve('allocation', ref, state.allocations(), (a) => a.id);
}

/** A Raft member by peer id, its node's unique name, or a unique id prefix. */
export function findMember(status: ClusterStatus, ref: string): ClusterStatus['members'][number] {
  return resolve('server', ref, status.members, (m) => m.id, (m) => m.name);
}

export function findArrow(state: ClusterState, name: string): ArrowRecord {
  return found(state.arrow(name), `unknown Arrow ${name}`);
}

const nodeName = (state: ClusterState, id: string): string => state.node(id)?.name ?? id;

export function nodeView(state: ClusterState, node: NodeRecord): NodeView {
  let cpu = 0;
  let memory = 0;
  let allocations = 0;
  for (const a of state.allocationsOfNode(node.id)) {
    if (!isLiveAllocation(a)) continue;
    allocations++;
    cpu += a.resources.cpu;
    memory += a.resources.memory;
  }
  return { ...node, allocations, used: { cpu, memory } };
}

export function allocationView(state: ClusterState, a: AllocationRecord): AllocationView {
  return { ...a, nodeName: nodeName(state, a.node) };
}

const byAge = (a: AllocationRecord, b: AllocationRecord) => a.createIndex - b.createIndex || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function arrowView(state: ClusterState, arrow: ArrowRecord): ArrowView {
  let type = 'unknown';
  let replicas = 0;
  try {
    const definition = JSON.parse(arrow.definitionJson) as { type?: unknown; replicas?: unknown };
    if (typeof definition.type === 'string') type = definition.type;
    if (typeof definition.replicas === 'number') replicas = definition.replicas;
  } catch { /* stored by the log: shown as unknown rather than failing the listing */ }
  return {
    name: arrow.name, version: arrow.version, type, replicas: arrow.stopped ? 0 : replicas, stopped: arrow.stopped,
    completed: arrow.completed, submitTimeMs: arrow.submitTimeMs, createIndex: arrow.createIndex, modifyIndex: arrow.modifyIndex,
    allocations: state.allocationsOfArrow(arrow.name).sort(byAge).map((a) => allocationView(state, a)),
    evaluation: state.evaluation(arrow.name) ?? null,
  };
}

export function arrowDetail(state: ClusterState, arrow: ArrowRecord): ArrowDetail {
  let definition: unknown;
  try { definition = JSON.parse(arrow.definitionJson); } catch { definition = arrow.definitionJson; }
  return { ...arrowView(state, arrow), definition };
}

export function findVolume(state: ClusterState, name: string): VolumeRecord {
  return found(state.volume(name), state.arrow(name) ? `Arrow ${name} has no volume` : `unknown volume ${name}`);
}

/** volume.size as the definition gives it (node/spec's format, whatever it is), or null. */
function volumeSize(arrow: ArrowRecord | undefined): string | number | null {
  try {
    const size = (JSON.parse(arrow?.definitionJson ?? '{}') as { volume?: { size?: unknown } }).volume?.size;
    return typeof size === 'string' || typeof size === 'number' ? size : null;
  } catch {
    return null;
  }
}

export function volumeSummary(state: ClusterState, v: VolumeRecord, nowMs: number): VolumeSummary {
  const ref = (id: string): VolumeNodeRef => ({ node: id, nodeName: nodeName(state, id) });
  const primary = state.volumePrimary(v.name);
  const replicated = v.holders.filter((h) => h.node !== primary?.node);
  const newestReplicatedMs = replicated.length > 0 ? Math.max(...replicated.map((h) => h.createdMs)) : null;
  const newest = [...v.holders].sort((a, b) => b.createdMs - a.createdMs)[0];
  return {
    name: v.name, size: volumeSize(state.arrow(v.name)), replicas: v.replicas, holding: v.holders.length,
    primary: primary ? ref(primary.node) : null, replicaNodes: v.replicaNodes.map(ref),
    newestReplicatedMs, newestReplicatedAgeMs: newestReplicatedMs === null ? null : Math.max(0, nowMs - newestReplicatedMs),
    logicalBytes: newest?.logicalBytes ?? null, modifyIndex: v.modifyIndex,
  };
}

export function volumeDetail(state: ClusterState, v: VolumeRecord, nowMs: number): VolumeDetail {
  const primary = state.volumePrimary(v.name);
  return {
    ...volumeSummary(state, v, nowMs),
    holders: v.holders.map((h) => ({ ...h, nodeName: nodeName(state, h.node), ageMs: Math.max(0, nowMs - h.createdMs) })),
    allocation: primary?.id ?? null, migratingFrom: primary?.migratingFrom ?? '', stopped: state.arrow(v.name)?.stopped ?? false,
  };
}

export interface PreviewOptions {
  readonly specOf: (arrow: ArrowRecord, state: ClusterState) => ArrowSpec;
  readonly config?: Partial<SchedulerConfig>;
  readonly seed: number;
}

/**
 * What scheduling `definition` now would do, on `state` as it is: the version it would get,
 * what would be placed, replaced, stopped or moved where, and why the rest cannot be placed.
 */
export function previewPlan(state: ClusterState, definition: ArrowDefinition, options: PreviewOptions): PlanPreview {
  const definitionJson = canonicalDefinitionJson(definition);
  const existing = state.arrow(definition.name);
  const unchanged = existing !== undefined && !existing.stopped && existing.definitionJson === definitionJson;
  const version = unchanged ? existing.version : (existing?.version ?? 0) + 1;
  // The record the cluster would store (put-arrow), so the spec is made exactly as the leader would.
  const record: ArrowRecord = {
    name: definition.name, version, definitionJson, stopped: false, completed: unchanged ? existing.completed : 0,
    createIndex: existing?.createIndex ?? state.index + 1, modifyIndex: unchanged ? existing.modifyIndex : state.index + 1,
    submitTimeMs: existing?.submitTimeMs ?? 0,
  };
  const plan = schedule(state.placement, options.specOf(record, state), { seed: options.seed, ...(options.config ? { config: options.config } : {}) });
  const name = (id: string) => nodeName(state, id);
  return {
    arrow: definition.name, version, unchanged, index: state.index,
    placements: plan.placements.map((p) => ({ allocationId: p.allocationId, node: p.node, nodeName: name(p.node), reason: p.reason })),
    replacements: plan.replacements.map((r) => ({
      allocationId: r.placement.allocationId, node: r.placement.node, nodeName: name(r.placement.node), reason: r.placement.reason,
      replaces: r.previous.allocationId, replacesNode: r.previous.node, replacesNodeName: name(r.previous.node),
    })),
    stops: plan.stops.map((s) => ({ allocationId: s.allocationId, node: s.node, nodeName: name(s.node), reason: s.reason, detail: s.detail })),
    migrations: plan.migrations.map((m) => ({ allocationId: m.allocationId, from: m.from, fromName: name(m.from), to: m.to, toName: name(m.to) })),
    failures: plan.failures.map((f) => ({ unplaced: f.unplaced, reason: f.reason, message: f.message })),
    unplaced: plan.failures.reduce((n, f) => n + f.unplaced, 0),
  };
}

/**
 * `cluster status` from a Raft member's status and the state's node records (names, addresses).
 * `lastContactMs` is the transport's knowledge, when it has it.
 */
export function clusterStatusFrom(status: Status, state: ClusterState, lastContactMs: (peerId: string) => number | null = () => null): ClusterStatus {
  const member = (id: string, role: 'voter' | 'learner') => ({
    id, name: state.node(id)?.name ?? '', role, leader: id === status.leader,
    matchIndex: id === status.id && status.leader === status.id ? status.lastIndex : status.progress?.get(id)?.match ?? null,
    lastContactMs: id === status.id ? null : lastContactMs(id),
    addrs: state.node(id)?.addrs ?? [],
  });
  return {
    self: status.id, leader: status.leader, term: status.term, commitIndex: status.commit, appliedIndex: status.applied,
    members: [...status.confState.voters.map((id) => member(id, 'voter')), ...status.confState.learners.map((id) => member(id, 'learner'))],
  };
}
