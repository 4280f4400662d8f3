// Raft over TCP. Each member listens for inbound connections that carry frames to it, and dials
// one outbound connection per peer for what it sends; so each direction of a pair is a separate
// socket and neither side needs a handshake. Sending never blocks Raft: a per-peer queue is
// bounded and, when it is full or the peer cannot be reached, messages are dropped and the node
// is told (reportUnreachable), because Raft retransmits on its own schedule.
import net from 'node:net';
import type { Message } from '../core/index.ts';
import { MessageType } from '../core/index.ts';
import { decodeMessage, encodeMessage } from './codec.ts';
import { FrameReader, frame } from './frames.ts';
import type { Transport } from './types.ts';

export interface TcpTransportOptions {
  id: string;
  /** Where to listen; port 0 lets the OS choose (see address()). */
  listen: { host: string; port: number };
  /** member id → "host:port" */
  peers?: Record<string, string>;
  maxFrameBytes?: number;
  /** Per-peer bound on queued bytes and messages; beyond it messages are dropped. */
  maxQueueBytes?: number;
  maxQueueMessages?: number;
  connectTimeoutMs?: number;
  /** Inbound connections silent this long are closed (the sender reconnects when needed). */
  idleTimeoutMs?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Largest write handed to the socket at once. */
  maxWriteBytes?: number;
  onError?: (error: Error, context: string) => void;
}

interface Queued {
  bytes: Buffer;
  snapshot: boolean;
}

class PeerLink {
  readonly id: string;
  host: string;
  port: number;
  socket: net.Socket | null = null;
  connected = false;
  /** Waiting for 'drain' after the socket's buffer filled. */
  blocked = false;
  queue: Queued[] = [];
  queuedBytes = 0;
  backoffMs: number;
  /** While now < retryAt the peer is considered down and sends are dropped at once. */
  retryAt = 0;
  flushScheduled = false;

  constructor(id: string, address: { host: string; port: number }, backoffMs: number) {
    this.id = id;
    this.host = address.host;
    this.port = address.port;
    this.backoffMs = backoffMs;
  }
}

export function parseAddress(address: string): { host: string; port: number } {
  const colon = address.lastIndexOf(':');
  const port = Number(address.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`bad address "${address}" (want host:port)`);
  return { host: address.slice(0, colon).replace(/^\[|\]$/g, ''), port };
}

export class TcpTransport implements Transport {
  readonly id: string;
  readonly #options: Required<Omit<TcpTransportOptions, 'peers' | 'onError'>> & Pick<TcpTransportOptions, 'onError'>;
  readonly #links = new Map<string, PeerLink>();
  readonly #inbound = new Set<net.Socket>();
  #server: net.Server | null = null;
  #closed = false;
  #onMessage: (m: Message) => void = () => {};
  #onUnreachable: (peer: string) => void = () => {};
  #onSnapshotStatus: (peer: string, ok: boolean) => void = () => {};

  constructor(options: TcpTransportOptions) {
    this.id = options.id;
    this.#options = {
      id: options.id,
      listen: options.listen,
      maxFrameBytes: options.maxFrameBytes ?? 64 * 1024 * 1024,
      maxQueueBytes: options.maxQueueBytes ?? 64 * 1024 * 1024,
      maxQueueMessages: options.maxQueueMessages ?? 8192,
      connectTimeoutMs: options.connectTimeoutMs ?? 1000,
      idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
      initialBackoffMs: options.initialBackoffMs ?? 50,
      maxBackoffMs: options.maxBackoffMs ?? 1000,
      maxWriteBytes: options.maxWriteBytes ?? 4 * 1024 * 1024,
      onError: options.onError,
    };
    for (const [id, address] of Object.entries(options.peers ?? {})) this.setPeer(id, address);
  }

  onMessage(handler: (message: Message) => void): void {
    this.#onMessage = handler;
  }

  onUnreachable(handler: (peer: string) => void): void {
    this.#onUnreachable = handler;
  }

  onSnapshotStatus(handler: (peer: string, ok: boolean) => void): void {
    this.#onSnapshotStatus = handler;
  }

  setPeer(id: string, address: string | undefined): void {
    if (id === this.id) return;
    const existing = this.#links.get(id);
    if (!address) {
      if (existing) this.#dropLink(existing);
      return;
    }
    const parsed = parseAddress(address);
    if (existing && existing.host === parsed.host && existing.port === parsed.port) return;
    if (existing) this.#dropLink(existing);
    this.#links.set(id, new PeerLink(id, parsed, this.#options.initialBackoffMs));
  }

  /** Binds the listener; idempotent, so a caller may start it early to learn its port. */
  async start(): Promise<void> {
    if (this.#server) return;
    const server = net.createServer((socket) => this.#acceptInbound(socket));
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#options.listen.port, this.#options.listen.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', (err) => this.#report(err, 'server'));
  }

  /** The bound address (after start()). */
  address(): { host: string; port: number } {
    const a = this.#server?.address();
    if (!a || typeof a === 'string') throw new Error('transport not listening');
    return { host: a.address, port: a.port };
  }

  send(messages: readonly Message[]): void {
    if (this.#closed) return;
    for (const message of messages) this.#enqueue(message);
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const link of this.#links.values()) this.#dropLink(link);
    this.#links.clear();
    for (const socket of this.#inbound) socket.destroy();
    this.#inbound.clear();
    const server = this.#server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #report(error: Error, context: string): void {
    this.#options.onError?.(error, context);
  }

  #drop(peer: string, snapshot: boolean): void {
    if (snapshot) this.#onSnapshotStatus(peer, false);
    this.#onUnreachable(peer);
  }

  #enqueue(message: Message): void {
    const link = this.#links.get(message.to);
    const snapshot = message.type === MessageType.SNAP;
    if (!link || Date.now() < link.retryAt) return this.#drop(message.to, snapshot);
    const body = encodeMessage(message);
    if (body.length > this.#options.maxFrameBytes) {
      this.#report(new Error(`message to ${message.to} of ${body.length} bytes exceeds the frame limit`), 'send');
      return this.#drop(message.to, snapshot);
    }
    if (link.queue.length >= this.#options.maxQueueMessages || link.queuedBytes + body.length + 4 > this.#options.maxQueueBytes) {
      return this.#drop(message.to, snapshot);
    }
    link.queue.push({ bytes: frame(body), snapshot });
    link.queuedBytes += body.length + 4;
    if (!link.socket) this.#connect(link);
    else this.#scheduleFlush(link);
  }

  #connect(link: PeerLink): void {
    const socket = net.connect({ host: link.host, port: link.port });
    link.socket = socket;
    link.connected = false;
    link.blocked = false;
    const timer = setTimeout(() => socket.destroy(new Error(`connect to ${link.id} timed out`)), this.#options.connectTimeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 5000);
      link.connected = true;
      link.backoffMs = this.#options.initialBackoffMs;
      this.#scheduleFlush(link);
    });
    socket.on('drain', () => {
      link.blocked = false;
      this.#scheduleFlush(link);
    });
    // Nothing is expected back on an outbound connection; a peer that talks is broken.
    socket.on('data', () => socket.destroy(new Error(`unexpected data from ${link.id}`)));
    socket.on('error', (err) => this.#report(err, `peer ${link.id}`));
    socket.once('close', () => {
      clearTimeout(timer);
      if (link.socket !== socket) return;
      const wasConnected = link.connected;
      link.socket = null;
      link.connected = false;
      link.blocked = false;
      this.#failQueue(link);
      if (!wasConnected && !this.#closed) {
        // Could not connect: treat the peer as down for a while rather than dialing per message.
        link.retryAt = Date.now() + link.backoffMs;
        link.backoffMs = Math.min(link.backoffMs * 2, this.#options.maxBackoffMs);
      }
    });
  }

  #failQueue(link: PeerLink): void {
    const queue = link.queue;
    link.queue = [];
    link.queuedBytes = 0;
    let anyDropped = false;
    for (const q of queue) {
      if (q.snapshot) this.#onSnapshotStatus(link.id, false);
      anyDropped = true;
    }
    if (anyDropped && !this.#closed) this.#onUnreachable(link.id);
  }

  #scheduleFlush(link: PeerLink): void {
    if (link.flushScheduled) return;
    link.flushScheduled = true;
    // Deferred so that all messages of one Ready leave in one write (one syscall, one segment).
    setImmediate(() => {
      link.flushScheduled = false;
      this.#flush(link);
    });
  }

  #flush(link: PeerLink): void {
    const socket = link.socket;
    while (socket && link.connected && !link.blocked && link.queue.length > 0) {
      const batch: Buffer[] = [];
      let bytes = 0;
      let snapshots = 0;
      while (link.queue.length > 0 && (batch.length === 0 || bytes + link.queue[0]!.bytes.length <= this.#options.maxWriteBytes)) {
        const q = link.queue.shift()!;
        batch.push(q.bytes);
        bytes += q.bytes.length;
        if (q.snapshot) snapshots++;
      }
      link.queuedBytes -= bytes;
      const more = socket.write(batch.length === 1 ? batch[0]! : Buffer.concat(batch, bytes), (err) => {
        for (let i = 0; i < snapshots; i++) this.#onSnapshotStatus(link.id, !err);
      });
      if (!more) link.blocked = true;
    }
  }

  #dropLink(link: PeerLink): void {
    this.#links.delete(link.id);
    const socket = link.socket;
    link.socket = null;
    link.queue = [];
    link.queuedBytes = 0;
    socket?.destroy();
  }

  #acceptInbound(socket: net.Socket): void {
    if (this.#closed) {
      socket.destroy();
      return;
    }
    this.#inbound.add(socket);
    socket.setNoDelay(true);
    socket.setTimeout(this.#options.idleTimeoutMs, () => socket.destroy());
    const reader = new FrameReader(this.#options.maxFrameBytes);
    socket.on('data', (chunk: Buffer) => {
      const { bodies, error } = reader.push(chunk);
      for (const body of bodies) {
        let message: Message;
        try {
          message = decodeMessage(body);
        } catch (err) {
          this.#report(err as Error, 'inbound decode');
          socket.destroy();
          return;
        }
        if (message.to !== this.id) continue; // misrouted (e.g. a stale address): not ours
        this.#onMessage(message);
      }
      if (error) {
        this.#report(error, 'inbound frame');
        socket.destroy();
      }
    });
    socket.on('error', (err) => this.#report(err, 'inbound'));
    socket.once('close', () => this.#inbound.delete(socket));
  }
}
