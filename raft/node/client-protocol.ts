// The member process's client protocol: length-prefixed arrow.raft.ClientRequest/ClientResponse
// frames over TCP, requests pipelined and matched by id. Used by the crash test and benchmark.
import net from 'node:net';
import { arrow } from '../proto/raft.pb.js';
import { FrameReader, frame } from '../transport/index.ts';

export type ClientRequest = arrow.raft.ClientRequest.$Properties;
export type ClientResponse = arrow.raft.ClientResponse;

export const maxClientFrameBytes = 16 * 1024 * 1024;

/**
 * Writes a frame, coalescing all frames written in the same turn of the event loop into one
 * writev (many pipelined clients would otherwise cost one syscall per response).
 */
const corked = new WeakSet<net.Socket>();
function writeCoalesced(socket: net.Socket, data: Buffer): void {
  if (!corked.has(socket)) {
    corked.add(socket);
    socket.cork();
    setImmediate(() => {
      corked.delete(socket);
      socket.uncork();
    });
  }
  socket.write(data);
}

/** How late a client request may time out: its deadlines are checked this often. */
const sweepIntervalMs = 20;

export class ClientTimeoutError extends Error {
  constructor(ms: number) {
    super(`no response within ${ms} ms`);
    this.name = 'ClientTimeoutError';
  }
}

/** A connection to one member's client port. */
export class MemberClient {
  readonly #socket: net.Socket;
  readonly #pending = new Map<number, { resolve(r: ClientResponse): void; reject(e: Error): void; deadline: number; timeoutMs: number }>();
  /** Fails overdue requests; runs only while requests are pending (instead of a timer each). */
  #sweeper: NodeJS.Timeout | null = null;
  #nextId = 1;
  #closedError: Error | null = null;

  private constructor(socket: net.Socket) {
    this.#socket = socket;
    const reader = new FrameReader(maxClientFrameBytes);
    socket.on('data', (chunk: Buffer) => {
      const { bodies, error } = reader.push(chunk);
      for (const body of bodies) {
        const response = arrow.raft.ClientResponse.decode(body);
        const pending = this.#pending.get(response.id);
        if (!pending) continue;
        this.#pending.delete(response.id);
        pending.resolve(response);
      }
      if (error) socket.destroy(error);
    });
    socket.on('error', () => {});
    socket.once('close', () => {
      this.#closedError = new Error('connection to member closed');
      for (const [, p] of this.#pending) p.reject(this.#closedError);
      this.#pending.clear();
      this.#stopSweeper();
    });
  }

  static connect(port: number, host = '127.0.0.1', timeoutMs = 2000): Promise<MemberClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      const timer = setTimeout(() => socket.destroy(new Error(`connect to ${host}:${port} timed out`)), timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.setNoDelay(true);
        resolve(new MemberClient(socket));
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  request(body: Omit<ClientRequest, 'id'>, timeoutMs: number): Promise<ClientResponse> {
    if (this.#closedError) return Promise.reject(this.#closedError);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, deadline: performance.now() + timeoutMs, timeoutMs });
      this.#sweeper ??= setInterval(() => this.#sweep(), sweepIntervalMs);
      writeCoalesced(this.#socket, frame(arrow.raft.ClientRequest.encode({ ...body, id }).finish()));
    });
  }

  #sweep(): void {
    const now = performance.now();
    for (const [id, p] of this.#pending) {
      if (p.deadline > now) continue; // timeouts may differ per request: check them all
      this.#pending.delete(id);
      p.reject(new ClientTimeoutError(p.timeoutMs));
    }
    if (this.#pending.size === 0) this.#stopSweeper();
  }

  #stopSweeper(): void {
    if (this.#sweeper) clearInterval(this.#sweeper);
    this.#sweeper = null;
  }

  get closed(): boolean {
    return this.#closedError !== null;
  }

  close(): void {
    this.#socket.destroy();
  }
}

/** Serves the client protocol; `handle` answers one request (errors become error responses). */
export function serveClients(
  listen: { host: string; port: number },
  handle: (request: arrow.raft.ClientRequest) => Promise<arrow.raft.ClientResponse.$Properties>,
  idleTimeoutMs = 60_000,
): Promise<net.Server> {
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    socket.setTimeout(idleTimeoutMs, () => socket.destroy());
    socket.on('error', () => {});
    const reader = new FrameReader(maxClientFrameBytes);
    socket.on('data', (chunk: Buffer) => {
      const { bodies, error } = reader.push(chunk);
      for (const body of bodies) {
        let request: arrow.raft.ClientRequest;
        try {
          request = arrow.raft.ClientRequest.decode(body);
        } catch {
          socket.destroy();
          return;
        }
        handle(request)
          .catch((err: unknown) => ({ error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }))
          .then((response) => {
            if (!socket.destroyed) writeCoalesced(socket, frame(arrow.raft.ClientResponse.encode({ ...response, id: request.id }).finish()));
          });
      }
      if (error) socket.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
