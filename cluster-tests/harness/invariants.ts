// The cluster's own invariants, read from every running server at the end of a scenario: every
// server's copy of the state agrees (once writes stopped), and no replica of an Arrow is live twice.
import type { AllocationView, ArrowView } from '../../node/api/index.ts';
import { until } from '../../bench/until.ts';
import type { NsCluster } from './cluster.ts';
import { isLive } from './workload.ts';

/** What a server holds of the cluster state, in a form two servers can be compared by. */
async function stateOf(cluster: NsCluster, name: string): Promise<string> {
  const client = cluster.client(name);
  const [arrows, allocations] = await Promise.all([client.arrows(), client.allocations()]);
  const strip = (a: ArrowView) => ({ name: a.name, version: a.version, stopped: a.stopped, modifyIndex: a.modifyIndex });
  const alloc = (a: AllocationView) => ({ id: a.id, node: a.node, generation: a.generation, desired: a.desired, status: a.status, modifyIndex: a.modifyIndex });
  return JSON.stringify({
    arrows: arrows.map(strip).sort((a, b) => a.name.localeCompare(b.name)),
    allocations: allocations.map(alloc).sort((a, b) => a.id.localeCompare(b.id)),
  });
}

/**
 * Waits until every running server answers with the same state and the same applied index as
 * the leader's commit index (bounded), and returns the Raft status of each.
 */
export async function convergedState(cluster: NsCluster, withinMs = 30_000): Promise<{ appliedIndex: number; servers: number }> {
  const servers = cluster.running().filter((n) => n.role === 'server');
  return until('every server on the same state', async () => {
    const statuses = await Promise.all(servers.map((n) => n.process!.client.clusterStatus()));
    const applied = new Set(statuses.map((s) => s.appliedIndex));
    if (applied.size !== 1) return undefined;
    const states = new Set(await Promise.all(servers.map((n) => stateOf(cluster, n.host.name))));
    return states.size === 1 ? { appliedIndex: statuses[0]!.appliedIndex, servers: servers.length } : undefined;
  }, withinMs, 250);
}

/** Problems with live allocations: more live than replicas, or live ones on a node that is down. */
export async function allocationProblems(cluster: NsCluster): Promise<string[]> {
  const client = cluster.client();
  const [arrows, nodes] = await Promise.all([client.arrows(), client.nodes()]);
  const down = new Set(nodes.nodes.filter((n) => n.status === 'down').map((n) => n.id));
  const problems: string[] = [];
  for (const arrow of arrows) {
    const live = arrow.allocations.filter(isLive);
    if (live.length > arrow.replicas) problems.push(`${arrow.name}: ${live.length} live allocations for ${arrow.replicas} replicas`);
    for (const a of live) if (down.has(a.node)) problems.push(`${arrow.name}: ${a.id} live on down node ${a.nodeName}`);
  }
  return problems;
}
