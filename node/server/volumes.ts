// The leader's choice of where each volume's copies go, pure: which nodes (besides the one
// running it) receive its snapshots. Decided here, recorded with set-volume-replicas, so every
// agent reads the same answer from its watch and the choice survives a change of leader.
import type { ClusterState, Command, NodeRecord, VolumeRecord } from '../cluster/index.ts';

export interface ReplicaChoiceOptions {
  /** Commands per call: the leader proposes a bounded number per tick, the rest next tick. */
  readonly maxChanges?: number;
}

/** Can hold a new copy: up, taking new work. A draining node is leaving, so it is no place for one. */
const canHold = (n: NodeRecord | undefined): n is NodeRecord => n !== undefined && n.status === 'ready' && n.eligible;

/**
 * set-volume-replicas commands for the volumes whose replica nodes need changing: fewer good
 * ones than replicas-1 (ready, eligible, not the node running it), or one that is not good (down,
 * gone, ineligible, draining, now running it). The new set keeps the good members, then takes
 * nodes already holding a copy (newest snapshot first: the least to send), then the nodes with
 * the fewest volumes (running or replicating), then by id: deterministic for one state.
 * Volumes of stopped Arrows, and of Arrows with no live allocation, are left as they are:
 * nothing runs to send snapshots, and where it will run is not known yet.
 */
export function chooseReplicas(state: ClusterState, options: ReplicaChoiceOptions = {}): Command[] {
  const maxChanges = options.maxChanges ?? 64;
  const volumes = state.volumes().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Load per node: volumes it runs or is a replica node of, updated as this call assigns.
  const load = new Map<string, number>();
  const bump = (node: string, by: number) => load.set(node, (load.get(node) ?? 0) + by);
  const primaries = new Map<string, string | undefined>();
  for (const v of volumes) {
    const primary = state.volumePrimary(v.name)?.node;
    primaries.set(v.name, primary);
    if (primary !== undefined) bump(primary, 1);
    for (const n of v.replicaNodes) bump(n, 1);
  }
  const candidates = state.nodes().filter(canHold).map((n) => n.id).sort();
  const commands: Command[] = [];
  for (const v of volumes) {
    if (commands.length >= maxChanges) break;
    if (state.arrow(v.name)?.stopped !== false) continue;
    const primary = primaries.get(v.name);
    // Not placed yet (or between a failure and its restart): wait for the scheduler, so that a
    // node chosen now is not the one it then runs on. Failover is not such a gap: the allocation
    // on a down node stays live until its replacement is committed.
    if (primary === undefined) continue;
    const want = Math.max(0, v.replicas - 1);
    const good = (id: string) => id !== primary && canHold(state.node(id));
    const kept = v.replicaNodes.filter(good).slice(0, want);
    if (kept.length === want && v.replicaNodes.length === want) continue;
    const next = [...kept, ...pick(v, candidates.filter((id) => id !== primary && !kept.includes(id)), load, want - kept.length)].sort();
    if (next.length === v.replicaNodes.length && next.every((n, i) => n === v.replicaNodes[i])) continue;
    for (const n of v.replicaNodes) bump(n, -1);
    for (const n of next) bump(n, 1);
    commands.push({ type: 'set-volume-replicas', volume: v.name, nodes: next });
  }
  return commands;
}

function pick(v: VolumeRecord, candidates: readonly string[], load: ReadonlyMap<string, number>, count: number): string[] {
  if (count <= 0) return [];
  const held = new Map(v.holders.map((h) => [h.node, h.createdMs]));
  return [...candidates].sort((a, b) => {
    const ha = held.get(a);
    const hb = held.get(b);
    if ((ha !== undefined) !== (hb !== undefined)) return ha !== undefined ? -1 : 1;
    if (ha !== undefined && hb !== undefined && ha !== hb) return hb - ha;
    return (load.get(a) ?? 0) - (load.get(b) ?? 0) || (a < b ? -1 : 1);
  }).slice(0, count);
}
