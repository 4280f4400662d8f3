// A typed client for the arrowd HTTP API, used by arrowctl, tests and benchmarks.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Digest } from '../../../p2p/index.ts';
import type { ArtifactInfo } from '../../../p2p/index.ts';
import type { ClusterStatus, LocalSnapshot } from '../backend.ts';
import type { FieldIssue } from '../errors.ts';
import type {
  AllocationView, ArrowDetail, ArrowView, ArtifactEntry, ClusterArtifactView, DrainRequest, EventData, GcResponse, NodeList,
  NodeStatus, NodeView, PlanPreview, PullEvent, PutArrowResult, PutResult, TagView, VolumeDetail, VolumeSummary,
} from '../types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The fields a 400 named. */
  readonly fields: readonly FieldIssue[];
  constructor(status: number, code: string, message: string, fields: readonly FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export interface EventStreamHandlers {
  onEvent(event: EventData): void;
  /** Events up to `index` are not available: re-read the state. */
  onReset?(index: number): void;
  /** Ends the stream. */
  signal?: AbortSignal;
}

/** An event stream's one event is at most this big (a record of a few KiB; a margin for large ones). */
const MAX_EVENT_BYTES = 4 * 1024 * 1024;

export interface ApiTarget { url: string; token: string }

/**
 * Where the node is and how to authenticate: flags first, then ARROW_ADDR / ARROW_TOKEN, then the
 * local node's data dir ($ARROW_HOME/api.addr and api.token).
 */
export function resolveApiTarget(flags: { api?: string; token?: string }, home: string, env: NodeJS.ProcessEnv = process.env): ApiTarget {
  const readLocal = (name: string): string | undefined => {
    try { return readFileSync(join(home, name), 'utf8').trim(); } catch { return undefined; }
  };
  let url = flags.api ?? env.ARROW_ADDR ?? readLocal('api.addr');
  if (!url) throw new Error(`no node to talk to: pass --api HOST:PORT, set ARROW_ADDR, or start arrowd with --data-dir ${home}`);
  if (!/^https?:\/\//.test(url)) url = `http://${url}`;
  const token = flags.token ?? env.ARROW_TOKEN ?? readLocal('api.token');
  if (!token) throw new Error(`no API token: pass --token, set ARROW_TOKEN, or run on the node's host (reads ${join(home, 'api.token')})`);
  return { url: url.replace(/\/$/, ''), token };
}

const REQUEST_TIMEOUT_MS = 30_000;

export class ArrowdClient {
  readonly #target: ApiTarget;
  constructor(target: ApiTarget) { this.#target = target; }

  async #request(method: string, path: string, init: { body?: string | ReadableStream<Uint8Array>; headers?: Record<string, string>; timeoutMs?: number; signal?: AbortSignal } = {}): Promise<Response> {
    let response: Response;
    const signals = [...(init.signal ? [init.signal] : []), ...(init.timeoutMs === 0 ? [] : [AbortSignal.timeout(init.timeoutMs ?? REQUEST_TIMEOUT_MS)])];
    try {
      response = await fetch(`${this.#target.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.#target.token}`, ...init.headers },
        ...(init.body === undefined ? {} : { body: init.body, duplex: 'half' } as RequestInit),
        ...(signals.length > 0 ? { signal: AbortSignal.any(signals) } : {}),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      if (cause === 'ECONNREFUSED' || cause === 'EHOSTUNREACH' || cause === 'ENOTFOUND') {
        throw new Error(`cannot reach arrowd at ${this.#target.url} (${cause}): is it running?`, { cause: error });
      }
      if ((error as Error).name === 'TimeoutError') throw new Error(`arrowd at ${this.#target.url} did not answer in time`, { cause: error });
      throw new Error(`request to arrowd at ${this.#target.url} failed: ${(error as Error).message}`, { cause: error });
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      let body: { error?: string; message?: string; fields?: FieldIssue[] } = {};
      try { body = JSON.parse(text) as typeof body; } catch { /* not JSON */ }
      if (response.status === 401) throw new ApiError(401, 'unauthorized', `arrowd at ${this.#target.url} rejected the API token (wrong --token / ARROW_TOKEN?)`);
      throw new ApiError(response.status, body.error ?? 'error', body.message ?? `HTTP ${response.status}: ${text.slice(0, 200)}`, Array.isArray(body.fields) ? body.fields : []);
    }
    return response;
  }

  async status(): Promise<NodeStatus> {
    return (await (await this.#request('GET', '/v1/node')).json()) as NodeStatus;
  }

  async list(): Promise<ArtifactEntry[]> {
    return (await (await this.#request('GET', '/v1/artifacts')).json()) as ArtifactEntry[];
  }

  /** Streams a file to the node; `onBytes` reports how much has been sent. */
  async pushFile(path: string, options: { ref?: string; onBytes?: (sent: number, total: number) => void } = {}): Promise<PutResult> {
    let total: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error(`${path} is not a regular file`);
      total = info.size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${path}: no such file`, { cause: error });
      throw error;
    }
    let sent = 0;
    const source = createReadStream(path, { highWaterMark: 1024 * 1024 });
    source.on('data', (chunk) => { sent += chunk.length; options.onBytes?.(sent, total); });
    const query = options.ref ? `?ref=${encodeURIComponent(options.ref)}` : '';
    const response = await this.#request('POST', `/v1/artifacts${query}`, {
      body: Readable.toWeb(source) as ReadableStream<Uint8Array>,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(total) },
      timeoutMs: 0,
    });
    return (await response.json()) as PutResult;
  }

  /** Pulls an artifact from peers; resolves with the final event or throws on an error event. */
  async pull(digest: Digest, options: { ref?: string; onEvent?: (event: PullEvent) => void; timeoutMs?: number } = {}): Promise<Extract<PullEvent, { type: 'done' }>> {
    const query = options.ref ? `?ref=${encodeURIComponent(options.ref)}` : '';
    const response = await this.#request('POST', `/v1/artifacts/${digest}/pull${query}`, { timeoutMs: options.timeoutMs ?? 0 });
    if (!response.body) throw new Error('arrowd sent no pull events');
    let buffered = '';
    const decoder = new TextDecoder();
    for await (const chunk of response.body) {
      buffered += decoder.decode(chunk, { stream: true });
      if (buffered.length > 1024 * 1024) throw new Error('pull event line too long');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const event = JSON.parse(buffered.slice(0, newline)) as PullEvent;
        buffered = buffered.slice(newline + 1);
        options.onEvent?.(event);
        if (event.type === 'done') return event;
        if (event.type === 'error') throw new ApiError(event.code === 'unknown-artifact' ? 404 : 500, event.code, event.message);
      }
    }
    throw new Error('arrowd closed the pull before it finished');
  }

  async remove(digest: Digest, force = false): Promise<void> {
    await this.#request('DELETE', `/v1/artifacts/${digest}${force ? '?force=true' : ''}`);
  }

  async removeRef(digest: Digest, ref: string): Promise<void> {
    await this.#request('DELETE', `/v1/artifacts/${digest}/refs/${encodeURIComponent(ref)}`);
  }

  async gc(partials = false): Promise<GcResponse> {
    return (await (await this.#request('POST', `/v1/gc${partials ? '?partials=true' : ''}`)).json()) as GcResponse;
  }

  async addPeer(addr: string): Promise<void> {
    await this.#request('POST', '/v1/peers', { body: JSON.stringify({ addr }), headers: { 'content-type': 'application/json' } });
  }

  async metrics(): Promise<string> {
    return (await this.#request('GET', '/metrics')).text();
  }

  /** An artifact in this node's store; undefined if the node does not hold it. */
  async stat(digest: Digest): Promise<ArtifactInfo | undefined> {
    return this.#orMissing(() => this.#json<ArtifactInfo>('GET', `/v1/artifacts/${digest}`));
  }

  // ---- the cluster ----

  async #json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init = body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
    return (await (await this.#request(method, path, init)).json()) as T;
  }

  /** Undefined for a 404, the answer otherwise. */
  /** Adds `ref` to an artifact the node holds; undefined when it does not hold it (push it then). */
  addRef(digest: Digest, ref: string): Promise<PutResult | undefined> {
    return this.#orMissing(() => this.#json<PutResult>('PUT', `/v1/artifacts/${digest}/refs/${encodeURIComponent(ref)}`));
  }

  async #orMissing<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  clusterStatus(): Promise<ClusterStatus> { return this.#json('GET', '/v1/cluster'); }
  async joinToken(): Promise<string> { return (await this.#json<{ token: string }>('GET', '/v1/cluster/token')).token; }
  removeServer(ref: string): Promise<{ removed: string; name: string }> { return this.#json('DELETE', `/v1/cluster/servers/${encodeURIComponent(ref)}`); }

  nodes(): Promise<NodeList> { return this.#json('GET', '/v1/nodes'); }
  node(ref: string): Promise<NodeView> { return this.#json('GET', `/v1/nodes/${encodeURIComponent(ref)}`); }
  drain(ref: string, request: DrainRequest): Promise<NodeView> { return this.#json('POST', `/v1/nodes/${encodeURIComponent(ref)}/drain`, request); }
  setEligibility(ref: string, eligible: boolean): Promise<NodeView> { return this.#json('POST', `/v1/nodes/${encodeURIComponent(ref)}/eligibility`, { eligible }); }

  putArrow(name: string, definition: unknown): Promise<PutArrowResult> { return this.#json('PUT', `/v1/arrows/${encodeURIComponent(name)}`, { definition }); }
  arrows(): Promise<ArrowView[]> { return this.#json('GET', '/v1/arrows'); }
  arrow(name: string): Promise<ArrowDetail> { return this.#json('GET', `/v1/arrows/${encodeURIComponent(name)}`); }
  stopArrow(name: string): Promise<PutArrowResult> { return this.#json('POST', `/v1/arrows/${encodeURIComponent(name)}/stop`); }
  plan(definition: unknown): Promise<PlanPreview> { return this.#json('POST', '/v1/plan', { definition }); }

  allocations(filter: { arrow?: string; node?: string } = {}): Promise<AllocationView[]> {
    const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string')).toString();
    return this.#json('GET', `/v1/allocations${query ? `?${query}` : ''}`);
  }
  allocation(id: string): Promise<AllocationView> { return this.#json('GET', `/v1/allocations/${encodeURIComponent(id)}`); }
  /** Live-migrates a running allocation to node `to` (id, name or id prefix). */
  migrateAllocation(id: string, to: string): Promise<AllocationView> { return this.#json('POST', `/v1/allocations/${encodeURIComponent(id)}/migrate`, { to }); }

  volumes(): Promise<VolumeSummary[]> { return this.#json('GET', '/v1/volumes'); }
  volume(name: string): Promise<VolumeDetail> { return this.#json('GET', `/v1/volumes/${encodeURIComponent(name)}`); }
  /** The snapshots of a volume that this node (the one the client talks to) holds, oldest first. */
  nodeVolumeSnapshots(name: string): Promise<{ volume: string; snapshots: LocalSnapshot[] }> { return this.#json('GET', `/v1/node/volumes/${encodeURIComponent(name)}/snapshots`); }
  /** Makes this node's snapshot `seq` of a stopped Arrow's volume its newest, where the Arrow's next start begins. */
  restoreNodeVolume(name: string, seq: number): Promise<{ volume: string; restoredFrom: number; snapshot: LocalSnapshot }> {
    return this.#json('POST', `/v1/node/volumes/${encodeURIComponent(name)}/restore`, { seq });
  }

  tags(): Promise<TagView[]> { return this.#json('GET', '/v1/tags'); }
  /** A tag; undefined if the cluster has none by that name. */
  tag(name: string): Promise<TagView | undefined> { return this.#orMissing(() => this.#json('GET', `/v1/tags/${encodeURIComponent(name)}`)); }
  putTag(name: string, digest: Digest): Promise<{ name: string; digest: string; unchanged: boolean }> { return this.#json('PUT', `/v1/tags/${encodeURIComponent(name)}`, { digest }); }
  deleteTag(name: string): Promise<{ removed: string }> { return this.#json('DELETE', `/v1/tags/${encodeURIComponent(name)}`); }
  /** The cluster's record of an artifact (size, holders); undefined if no node holds it. */
  clusterArtifact(digest: Digest): Promise<ClusterArtifactView | undefined> { return this.#orMissing(() => this.#json('GET', `/v1/cluster-artifacts/${digest}`)); }

  /**
   * Follows the event stream from after `after` (undefined: from now on) until the signal aborts
   * (resolves) or the node ends the stream (throws).
   */
  /** An allocation's output, chunk by chunk as it arrives; with follow, until `signal` aborts. */
  async *logs(allocation: string, options: { stream?: 'stdout' | 'stderr'; tail?: number; follow?: boolean; signal?: AbortSignal } = {}): AsyncGenerator<Uint8Array> {
    const query = new URLSearchParams({ stream: options.stream ?? 'stdout', follow: String(options.follow === true) });
    if (options.tail !== undefined) query.set('tail', String(options.tail));
    const response = await this.#request('GET', `/v1/allocations/${encodeURIComponent(allocation)}/logs?${query}`, { timeoutMs: 0, ...(options.signal ? { signal: options.signal } : {}) });
    if (!response.body) return;
    for await (const chunk of response.body) yield chunk;
  }

  async events(after: number | undefined, handlers: EventStreamHandlers): Promise<void> {
    let response: Response;
    try {
      response = await this.#request('GET', `/v1/events${after === undefined ? '' : `?after=${after}`}`, {
        headers: { accept: 'text/event-stream' }, timeoutMs: 0, ...(handlers.signal ? { signal: handlers.signal } : {}),
      });
    } catch (error) {
      if (handlers.signal?.aborted) return; // stopped before the stream began
      throw error;
    }
    if (!response.body) throw new Error('arrowd sent no event stream');
    let buffered = '';
    let kind = '';
    let data = '';
    const decoder = new TextDecoder();
    const dispatch = () => {
      if (kind === 'reset') handlers.onReset?.((JSON.parse(data) as { index: number }).index);
      else if (data !== '') handlers.onEvent(JSON.parse(data) as EventData);
      kind = '';
      data = '';
    };
    try {
      for await (const chunk of response.body) {
        buffered += decoder.decode(chunk, { stream: true });
        if (buffered.length > MAX_EVENT_BYTES) throw new Error('event stream line too long');
        let newline: number;
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          if (line === '') dispatch();
          else if (line.startsWith('event: ')) kind = line.slice(7);
          else if (line.startsWith('data: ')) data += line.slice(6);
          // `id:` lines and `:` comments (heartbeats) need nothing here: events carry their index.
        }
      }
    } catch (error) {
      if (handlers.signal?.aborted) return;
      throw error;
    }
    if (handlers.signal?.aborted) return;
    throw new Error('arrowd ended the event stream');
  }
}
