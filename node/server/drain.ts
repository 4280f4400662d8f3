// The drainer's decision, pure: which allocations of each draining node to move next. A drain
// moves at most `maxParallel` allocations of a node at a time: one is in flight from when it is
// picked until its replacement (or, migrated live, itself on its new node) runs (or fails, or is
// gone); past the deadline everything left is stopped at once.
import { isLiveAllocation } from '../cluster/index.ts';
import type { ClusterState, Command } from '../cluster/index.ts';

export function drainStep(state: ClusterState, nowMs: number): Command[] {
  const commands: Command[] = [];
  for (const node of state.nodes()) {
    if (node.status !== 'draining' || !node.drain) continue;
    const allocations = state.allocationsOfNode(node.id);
    const remaining = allocations.filter((a) => isLiveAllocation(a) && !a.draining);
    if (node.drain.deadlineMs > 0 && nowMs >= node.drain.deadlineMs) {
      const left = allocations.filter(isLiveAllocation).map((a) => a.id);
      if (left.length > 0) commands.push({ type: 'pick-for-drain', node: node.id, allocations: left, forceStop: true });
      continue;
    }
    // Picked and not replaced yet, or replaced and the replacement not running yet.
    const picked = new Set(allocations.filter((a) => a.draining).map((a) => a.id));
    let inFlight = allocations.filter((a) => a.draining && isLiveAllocation(a)).length;
    for (const a of allocations) {
      if (!picked.has(a.id) || isLiveAllocation(a)) continue;
      const successors = state.allocationsOfArrow(a.arrow).filter((s) => s.replaces === a.id && isLiveAllocation(s));
      if (successors.some((s) => s.status !== 'running')) inFlight++;
    }
    // Migrated live: gone from the node at once, but in flight until its new node runs it
    // (migratingFrom clears), so migrations too go maxParallel at a time.
    inFlight += state.allocationsMigratingFrom(node.id).filter(isLiveAllocation).length;
    const room = node.drain.maxParallel - inFlight;
    if (room <= 0 || remaining.length === 0) continue;
    // Oldest first: what has run longest is the least surprising to move.
    const next = remaining.sort((a, b) => a.createIndex - b.createIndex || (a.id < b.id ? -1 : 1)).slice(0, room).map((a) => a.id);
    commands.push({ type: 'pick-for-drain', node: node.id, allocations: next, forceStop: false });
  }
  return commands;
}
