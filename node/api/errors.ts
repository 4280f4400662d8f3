// The one place where errors become HTTP answers: typed errors from the API's own checks, the
// cluster state, the spec module, Raft and fastify map to a status code and an
// `{ error: code, message, fields? }` body. Pure: no I/O.
import { NodeClosedError, NotLeaderError, ProposalDropped, RequestTimeoutError } from '../../raft/index.ts';
import { SpecValidationError } from '../../scheduler/index.ts';
import { CommandValidationError } from '../cluster/index.ts';
import { DefinitionError } from '../spec/index.ts';

/** One bad field of a request: `body.definition.replicas`, `query.after`, `params.id`. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** What every error answer carries. */
export interface ErrorBody {
  readonly error: string;
  readonly message: string;
  readonly fields?: readonly FieldIssue[];
}

/** An error the API means to answer with: a status, a stable code and a message for people. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: readonly FieldIssue[] | undefined;
  constructor(status: number, code: string, message: string, fields?: readonly FieldIssue[]) {
    super(message);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const notFound = (message: string): ApiProblem => new ApiProblem(404, 'not-found', message);

/** `value`, or a 404 saying what was not found. */
export function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw notFound(message);
  return value;
}
export const badRequest = (message: string, fields?: readonly FieldIssue[]): ApiProblem => new ApiProblem(400, 'bad-request', message, fields);
/** The cluster state refused a command (CommandResult ok: false): nothing changed. */
export const refused = (message: string): ApiProblem => new ApiProblem(409, 'refused', message);
export const tooLarge = (message: string): ApiProblem => new ApiProblem(413, 'too-large', message);

/** A request sent too slowly (or not at all); the connection is closed after the answer. */
export const requestTimeout = (message: string): ApiProblem => new ApiProblem(408, 'request-timeout', message);

export interface MappedError {
  readonly status: number;
  readonly body: ErrorBody;
  /** Not an error the API knows: log it (the answer is a 500). */
  readonly unexpected: boolean;
}

/** `path: message` strings (node/cluster's and the scheduler's issue lists) as fields. */
function splitIssue(issue: string, prefix: string): FieldIssue {
  const at = issue.indexOf(': ');
  if (at < 0) return { path: prefix, message: issue };
  return { path: prefix ? `${prefix}.${issue.slice(0, at)}` : issue.slice(0, at), message: issue.slice(at + 2) };
}

function answer(status: number, error: string, message: string, fields?: readonly FieldIssue[]): MappedError {
  return { status, body: fields && fields.length > 0 ? { error, message, fields } : { error, message }, unexpected: false };
}

/** Fastify's own errors carry a statusCode and an FST_ code. */
function fastifyProblem(error: Error & { code?: string; statusCode?: number }): MappedError | undefined {
  if (typeof error.code !== 'string' || !error.code.startsWith('FST_') || typeof error.statusCode !== 'number') return undefined;
  switch (error.statusCode) {
    case 413:
      return answer(413, 'too-large', `request body too large: ${error.message}`);
    case 415:
      return answer(415, 'unsupported-media-type', `${error.message}; send application/json (application/octet-stream for uploads)`);
    case 400:
      return answer(400, 'bad-request', /JSON|json/.test(error.message) ? `body: malformed JSON: ${error.message}` : error.message, [{ path: 'body', message: error.message }]);
    default:
      return error.statusCode < 500 ? answer(error.statusCode, 'bad-request', error.message) : undefined;
  }
}

/**
 * The answer to `error`. Anything the mapping does not know is a 500 flagged `unexpected`, so
 * the caller logs it; its message is passed on (the API is for the cluster's admins).
 */
export function mapError(error: unknown): MappedError {
  if (error instanceof ApiProblem) return answer(error.status, error.code, error.message, error.fields);
  if (error instanceof CommandValidationError) {
    return answer(400, 'invalid-command', error.message, error.issues.map((issue) => splitIssue(issue, '')));
  }
  if (error instanceof DefinitionError || error instanceof SpecValidationError) {
    const fields = error.issues.map((i) => ({ path: i.path ? `definition.${i.path}` : 'definition', message: i.message }));
    const shown = fields.slice(0, 20).map((f) => `${f.path}: ${f.message}`).join('; ');
    return answer(400, error instanceof DefinitionError ? 'invalid-definition' : 'invalid-spec', `invalid Arrow definition: ${shown}${fields.length > 20 ? `; ${fields.length - 20} more` : ''}`, fields);
  }
  if (error instanceof NotLeaderError || error instanceof ProposalDropped) {
    return answer(503, 'no-leader', `the cluster has no leader right now (${error.message}); retry in a few seconds`);
  }
  if (error instanceof NodeClosedError) return answer(503, 'unavailable', 'this node is shutting down');
  if (error instanceof RequestTimeoutError) {
    return answer(504, 'timeout', `${error.message}. The outcome is unknown: look at the state before retrying`);
  }
  if (error instanceof Error) {
    const fastify = fastifyProblem(error);
    if (fastify) return fastify;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') return answer(507, 'disk-full', error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { error: 'internal', message: `internal error: ${message}` }, unexpected: true };
}
