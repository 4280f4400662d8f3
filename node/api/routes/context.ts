// What every route plugin is given, and the small rules they share.
import type { CommandResult } from '../../cluster/index.ts';
import type { ApiBackend, ClusterBackend } from '../backend.ts';
import { refused } from '../errors.ts';

/** Where the API logs what it did not expect (pino's signature). */
export interface ApiLogger {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Sizes and times every request is held to. */
export interface ApiLimits {
  /** JSON bodies, but for definitions. */
  readonly bodyBytes: number;
  /** PUT /v1/arrows/:name and POST /v1/plan (a definition may be 256 KiB). */
  readonly definitionBodyBytes: number;
  /** From the first byte of a request to the first byte of its answer. */
  readonly requestTimeoutMs: number;
  /** Until a request's headers are in. */
  readonly headersTimeoutMs: number;
  /** A whole artifact upload. */
  readonly uploadTimeoutMs: number;
  /** An upload that sends nothing for this long is cut off. */
  readonly uploadIdleMs: number;
  /** Comment lines keeping an idle event stream (and the proxies on its way) open. */
  readonly eventHeartbeatMs: number;
  /** What an event stream may hold unsent for a slow client before it is disconnected. */
  readonly eventBufferBytes: number;
  /** A client node reaching a server to forward to. */
  readonly forwardConnectTimeoutMs: number;
}

/** Per-route settings (fastify route `config`). */
export interface RouteConfig {
  /** Overrides ApiLimits.requestTimeoutMs for this route. */
  timeoutMs?: number;
  /** A cluster route: answered by servers, forwarded by client nodes (set by the server). */
  cluster?: boolean;
  /** Allocation logs: answered by the node that keeps them; servers may forward them to it. */
  logs?: boolean;
}

export type RouteContext = {
  readonly backend: ApiBackend;
  readonly limits: ApiLimits;
  readonly log: ApiLogger;
  readonly maxUploadBytes: number;
  /** The node's cluster backend; throws a 503 on a node that has none. */
  readonly cluster: () => ClusterBackend;
};

/** The result of a command the state applied: a refusal (nothing changed) is a 409. */
export function mustSucceed(result: CommandResult): Extract<CommandResult, { ok: true }> {
  if (!result.ok) throw refused(result.error);
  return result;
}
