// A server node's services: the leader's loops and the control protocol agents call.
//
// CONTRACT
//   new Server({ member, specOf, ttlMs?, … }).start() on every server node, after its Raft member
//   (node/consensus ClusterMember) started; stop() before the member closes.
//   - Only the leader acts: it plans pending evaluations in batches (planBatch: every Arrow of a
//     batch planned on one state, each seeing the room the earlier ones took) and commits each
//     batch as one commit-plans entry, one batch at a time; it keeps node heartbeats in memory
//     and marks nodes silent past the TTL down (a new leader first gives every node a fresh
//     TTL); it moves draining nodes' allocations a bounded number at a time (drainStep); it
//     promotes learners that hold every committed entry, one membership change at a time; it
//     keeps every volume's replica nodes filled with ready, eligible nodes other than the one
//     running it (chooseReplicas, pure: keep good members, prefer holders of a copy, then the
//     least loaded; a bounded number of set-volume-replicas per tick).
//   - server.control(caller) is the ControlApi for an authenticated caller (serveControl wraps
//     it for libp2p). Heartbeats must reach the leader (NotLeaderError names it); watches and
//     reports are answered by any server (reports are proposed, so they reach the leader).
//     networkView long polls too, for any caller, from this server's applied state (one view
//     computed per change, shared by every poll).
//     Status reports from all callers are batched into one update-allocations entry per round;
//     set-volume-holders reports (only for the caller's own nodes) are proposed as sent. A watch
//     answers with the node's volumes too (volumeViewsFor) and wakes when one of them changes.
//   - The tracker: control artifact(ref) answers from this server's state (any caller); agents
//     may tag kernel template images they hold (kernel-<template>:<key>, first build wins);
//     claim() leases are the leader's, in memory, cleared on every leadership change.
//   - specOf turns a stored Arrow into the scheduler's spec (node/spec does it for arrowd); if it
//     throws, the evaluation is blocked with that message instead of retried forever.
export { Server, DEFAULT_NODE_TTL_MS, volumeViewsFor } from './server.ts';
export type { ServerMember, ServerMetrics, ServerOptions } from './server.ts';
export { planBatch } from './planner.ts';
export type { PlanBatch, PlanBatchOptions, SpecResolver } from './planner.ts';
export { HeartbeatTracker, heartbeatInterval } from './heartbeats.ts';
export { ClaimTable, CLAIM_LEASE_MS } from './claims.ts';
export type { ClaimDecision } from './claims.ts';
export { drainStep } from './drain.ts';
export { chooseReplicas } from './volumes.ts';
export type { ReplicaChoiceOptions } from './volumes.ts';
export { readDefinition, schedulerSpecOf } from './specs.ts';
// For tests of what talks to a server: a one-member cluster in this process, leading.
export { startTestServer } from './testing.ts';
export type { TestServer } from './testing.ts';
