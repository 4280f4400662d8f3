// arrowd's HTTP API v1: the server (mounted by arrowd), its event log, the forwarding of cluster
// requests from client nodes to servers, and a typed client (used by arrowctl, tests, benchmarks).
//
// CONTRACT
//
// Serving (arrowd)
//   1. Build an ApiBackend (backend.ts): the node's store, status, pull, dial and metrics; on a
//      server node `cluster` (reads through ClusterBackend.read are linearizable, writes go
//      through propose), on a client node `forward` (forwardOverLibp2p(libp2p, pickServer)).
//   2. On server nodes, keep an EventLog({ startIndex: member.state.index }) as
//      `cluster.events`: call log.append(index, applied.changes) from the member's onApplied for
//      every entry, and log.reset(state.index) from onRestored.
//   3. createApiServer(backend, { token, maxUploadBytes, ...limits }) then app.listen(). On
//      server nodes also serveForwardedApi(libp2p, app, isAdmittedPeer) so client nodes can
//      forward to it (acceptForwarded for a stream obtained otherwise).
//   4. app.close() on shutdown: open connections (event streams) are closed.
//
// What every route guarantees
//   - A bearer token (timing-safe compare), else 401 — except requests forwarded over libp2p,
//     which are authenticated by the peer and may use cluster routes only (403 otherwise).
//   - Body limits (64 KiB; 512 KiB for definitions; uploads: maxUploadBytes, declared or actual)
//     → 413; a request not received within its timeout → 408, not answered → 504; uploads get
//     uploadTimeoutMs in all and are cut off after uploadIdleMs without data.
//   - Input parsed with zod: a 400 `{ error, message, fields: [{ path, message }] }` names every
//     bad field (`body.eligible`, `definition.replicas`, `query.after`).
//   - Volumes: GET /v1/volumes (VolumeSummary[]), GET /v1/volumes/:name (VolumeDetail: every
//     holder's seq, size and snapshot age; the newest replicated snapshot is the newest held
//     by a node other than the primary); POST /v1/allocations/:id/migrate { to } live-migrates a
//     running allocation (`to`: node id, name or id prefix; 404 unknown, 400 ambiguous or bad
//     body, 409 with the state's reason when it cannot move there).
//   - One error mapping (errors.ts mapError): 404 unknown node/Arrow/allocation/tag/volume; 409
//     `refused` when the cluster state refused a command (nothing changed); 503 `no-leader`;
//     504 `timeout` (the outcome of a write is unknown); 502 for a peer or server not reached;
//     anything else 500, logged.
//   - Cluster routes on a node without a cluster backend or forwarder: 503 `no-cluster`.
export { createApiServer, defaultLimits, listRoutes } from './server.ts';
export type { ApiServerOptions } from './server.ts';
export type { ApiLimits, ApiLogger } from './routes/context.ts';
export type { ApiBackend, ClusterBackend, ClusterEvent, ClusterMemberStatus, ClusterStatus, EventSource, ForwardToServer, LocalLogs, LocalSnapshot, LocalVolumes, LogReadOptions } from './backend.ts';
export { RestoreRefusedError } from './backend.ts';
export { EventLog, DEFAULT_EVENT_CAPACITY } from './events.ts';
export type { EventLogOptions } from './events.ts';
export { API_PROTOCOL, acceptForwarded, forwardOverLibp2p, serveForwardedApi } from './forward.ts';
export { clusterStatusFrom } from './views.ts';
export { ApiProblem, mapError } from './errors.ts';
export { ArrowdClient, ApiError, parseDuration, resolveApiTarget } from './client/index.ts';
export type { ApiTarget, EventStreamHandlers } from './client/index.ts';
export type {
  AllocationView, ArrowDetail, ArrowView, ArtifactEntry, ClusterArtifactView, DrainRequest, ErrorBody, EventData, FieldIssue,
  GcResponse, MigrateRequest, NodeList, NodeStatus, NodeView, PlanPreview, PullEvent, PutArrowResult, PutResult, TagView,
  VolumeDetail, VolumeHolderView, VolumeNodeRef, VolumeSummary,
} from './types.ts';
