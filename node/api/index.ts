// arrowd's HTTP API: the server (mounted by arrowd) and a typed client (used by arrowctl).
export { createApiServer } from './server.ts';
export type { ApiBackend, ApiServerOptions } from './server.ts';
export { ArrowdClient, ApiError, resolveApiTarget } from './client.ts';
export type { ApiTarget } from './client.ts';
export type { ArtifactEntry, GcResponse, NodeStatus, PullEvent, PutResult } from './types.ts';
