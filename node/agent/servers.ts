// Which server to call: the cluster's servers as the agent last heard of them, a guess at the
// leader (heartbeats must reach it), and a server for everything else (watches, reports,
// registrations: any server answers them).
import { ControlRefusedError, NotLeaderError } from '../control/index.ts';
import type { ControlApi, HeartbeatReply, ServerInfo } from '../control/index.ts';
import type { AgentLogger } from './logger.ts';
import { StatusReporter } from './reporter.ts';
import type { StatusReporterOptions } from './reporter.ts';
import { bounded, sleep, StoppedError } from './timing.ts';

/** Builds the ControlApi of one server: the local server's own, or a libp2p RPC to a remote one. */
export type ControlConnector = (serverPeerId: string) => ControlApi;

export class NoServerError extends Error {
  constructor() {
    super('no server of the cluster is known');
    this.name = 'NoServerError';
  }
}

export class ServerDirectory {
  readonly #connect: ControlConnector;
  /** This node's own peer id: when it is a server, watches and reports stay local. */
  readonly #self: string;
  #servers: readonly ServerInfo[];
  /** The server that answered the last heartbeat, or the one a NotLeaderError named. */
  #leader = '';
  /** The server used for calls any server answers, kept while it answers. */
  #current = '';

  constructor(connect: ControlConnector, servers: readonly ServerInfo[], self: string) {
    this.#connect = connect;
    this.#self = self;
    this.#servers = [...servers];
  }

  get servers(): readonly ServerInfo[] {
    return this.#servers;
  }

  get leader(): string {
    return this.#leader;
  }

  /** Replaces the list with a server's answer (an empty answer is ignored: it cannot be right). */
  update(servers: readonly ServerInfo[]): void {
    if (servers.length > 0) this.#servers = [...servers];
  }

  connect(peerId: string): ControlApi {
    return this.#connect(peerId);
  }

  /** Where a heartbeat goes: the leader as far as known, else some server. */
  leaderCandidate(): string {
    return this.#leader || this.anyServer();
  }

  /** Where a watch, report or registration goes: this node if it is a server, else the current one. */
  anyServer(): string {
    if (this.#servers.some((s) => s.peerId === this.#self)) return this.#self;
    if (this.#current && this.#servers.some((s) => s.peerId === this.#current)) return this.#current;
    const first = this.#servers[0];
    if (!first) throw new NoServerError();
    this.#current = first.peerId;
    return this.#current;
  }

  confirmLeader(peerId: string): void {
    this.#leader = peerId;
  }

  /** `peerId` said it is not the leader: follow its hint, or try the server after it. */
  notLeader(peerId: string, hint: string): void {
    this.#leader = hint && hint !== peerId ? hint : this.#after(peerId);
  }

  /** `peerId` did not answer (transport error or timeout): use the next server from now on. */
  unreachable(peerId: string): void {
    const next = this.#after(peerId);
    if (this.#leader === peerId) this.#leader = next;
    if (this.#current === peerId || this.#current === '') this.#current = next;
  }

  #after(peerId: string): string {
    const list = this.#servers;
    if (list.length === 0) return '';
    const at = list.findIndex((s) => s.peerId === peerId);
    return list[(at + 1) % list.length]!.peerId;
  }
}

/**
 * One call that must reach the leader (a heartbeat, a claim): follows NotLeaderError hints and
 * moves past servers that do not answer, all within `timeoutMs`. Throws the last error when no
 * server took it, and ControlRefusedError at once (another attempt would be refused the same way).
 */
export async function callLeader<T>(
  directory: ServerDirectory, what: string, timeoutMs: number, stop: AbortSignal,
  call: (api: ControlApi, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: Error = new NoServerError();
  // Every known server once, plus one more for a leader that a redirect named.
  const attempts = directory.servers.length + 1;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const peer = directory.leaderCandidate();
    try {
      const reply = await bounded(what, left, stop, (signal) => call(directory.connect(peer), signal));
      directory.confirmLeader(peer);
      return reply;
    } catch (error) {
      if (error instanceof StoppedError || error instanceof ControlRefusedError) throw error;
      if (error instanceof NotLeaderError) directory.notLeader(peer, error.leader);
      else directory.unreachable(peer);
      lastError = error as Error;
    }
  }
  throw lastError;
}

/**
 * One heartbeat for `nodes`, delivered to the leader within `timeoutMs` (below the beat interval,
 * so a hung server cannot delay the next beat past the TTL); the reply's server list is kept.
 */
export async function heartbeatLeader(directory: ServerDirectory, nodes: readonly string[], timeoutMs: number, stop: AbortSignal): Promise<HeartbeatReply> {
  const reply = await callLeader(directory, 'heartbeat', timeoutMs, stop, (api) => api.heartbeat(nodes));
  directory.update(reply.servers);
  return reply;
}

const MIN_BEAT_INTERVAL_MS = 50;
const MAX_BEAT_INTERVAL_MS = 60_000;

export interface BeatLoopOptions {
  readonly directory: ServerDirectory;
  /** The beat interval until a server says otherwise. */
  readonly intervalMs: number;
  /** The node ids to beat this round, one heartbeat call per chunk (all in parallel). */
  readonly chunks: () => readonly (readonly string[])[];
  /** `sentAtMs`: when the answered beat was sent (performance.now()): the server heard from the node after that. */
  readonly onReply: (chunk: readonly string[], reply: HeartbeatReply, sentAtMs: number) => void;
  readonly onFailure: (chunk: readonly string[], error: Error) => void;
}

/**
 * Heartbeats until `stop`, on time: a round is due `intervalMs` (the last reply's) after the
 * previous one began, whatever that round cost, and every call in it, redirects included, must
 * end within 80% of the interval, so a hung server cannot push a beat past the TTL.
 */
export async function beatUntilStopped(options: BeatLoopOptions, stop: AbortSignal): Promise<void> {
  let intervalMs = options.intervalMs;
  while (!stop.aborted) {
    const began = Date.now();
    const timeoutMs = Math.max(50, Math.floor(intervalMs * 0.8));
    await Promise.all(options.chunks().map(async (chunk) => {
      const sentAtMs = performance.now();
      try {
        const reply = await heartbeatLeader(options.directory, chunk, timeoutMs, stop);
        // Clamped: a server's mistake must neither spin the loop nor silence the node for long.
        if (reply.intervalMs > 0) intervalMs = Math.min(Math.max(reply.intervalMs, MIN_BEAT_INTERVAL_MS), MAX_BEAT_INTERVAL_MS);
        options.onReply(chunk, reply, sentAtMs);
      } catch (error) {
        if (!(error instanceof StoppedError)) options.onFailure(chunk, error as Error);
      }
    }));
    await sleep(Math.max(0, began + intervalMs - Date.now()), stop);
  }
}

/**
 * Runs `call` against any server, moving to the next one on a transport error or timeout, up to
 * once per known server. Refusals and NotLeaderError are the server's answer and are thrown as
 * they are.
 */
export async function callAnyServer<T>(
  directory: ServerDirectory, what: string, timeoutMs: number, stop: AbortSignal,
  call: (api: ControlApi, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  let lastError: Error = new NoServerError();
  const attempts = Math.max(1, directory.servers.length);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const peer = directory.anyServer();
    try {
      return await bounded(what, timeoutMs, stop, (signal) => call(directory.connect(peer), signal));
    } catch (error) {
      if (error instanceof StoppedError || error instanceof ControlRefusedError || error instanceof NotLeaderError) throw error;
      directory.unreachable(peer);
      lastError = error as Error;
    }
  }
  throw lastError;
}

/** A StatusReporter whose reports go to any server of `directory` (the agent's and the fleet's). */
export function reporterFor(
  directory: ServerDirectory, callTimeoutMs: number,
  options: Omit<StatusReporterOptions, 'send' | 'logger'> & { readonly logger?: AgentLogger | undefined },
): StatusReporter {
  const { logger, ...rest } = options;
  return new StatusReporter({
    ...rest,
    ...(logger ? { logger } : {}),
    send: (updates, signal) => callAnyServer(directory, 'status report', callTimeoutMs, signal,
      (api) => api.report({ type: 'update-allocations', updates })),
  });
}
