// The typed client of arrowd's HTTP API (arrowctl, tests, benchmarks) and what a caller needs to
// build requests. A room of its own so that a caller loads none of the server: the API module's
// index re-exports it for everyone else.
export { ArrowdClient, ApiError, resolveApiTarget } from './client.ts';
export type { ApiTarget, EventStreamHandlers } from './client.ts';
export { MAX_DURATION_MS, parseDuration } from './duration.ts';
export type {
  AllocationView, ArrowDetail, ArrowView, ArtifactEntry, ClusterArtifactView, DrainRequest, ErrorBody, EventData, FieldIssue,
  GcResponse, MigrateRequest, NodeList, NodeStatus, NodeView, PlanPreview, PullEvent, PutArrowResult, PutResult, TagView,
  VolumeDetail, VolumeHolderView, VolumeNodeRef, VolumeSummary,
} from '../types.ts';
export type { ClusterStatus, ClusterMemberStatus } from '../backend.ts';
