// The resolver's I/O half: UDP and TCP sockets on one address and port (a node binds its
// bridge's gateway, 10.213.N.1:53, which the guests use as their resolver), feeding answer().
// Everything a guest sends is hostile until answer() says otherwise, so: a token bucket per
// source before any parsing, bounded TCP (connections, message size, idle time, unread
// replies), and no path from a packet to an exception. Socket errors go to onError, never up.
import { createSocket } from 'node:dgram';
import type { RemoteInfo, Socket as UdpSocket } from 'node:dgram';
import { createServer, isIPv6 } from 'node:net';
import type { Server, Socket } from 'node:net';
import { answer } from './answer.ts';
import type { Transport } from './answer.ts';
import { TokenBuckets } from './rate.ts';

/** Who asked: the lookup answers with what this client may reach (its own network's replicas). */
export interface ResolverAsker {
  readonly address: string;
  readonly port: number;
  readonly transport: Transport;
}

/** Addresses of the Arrow `name` for `asker`; undefined when there is no such Arrow (for it). */
export type ResolverLookup = (name: string, asker: ResolverAsker) => readonly string[] | undefined;

export interface ResolverAddress {
  readonly address: string;
  readonly port: number;
}

export interface ArrowResolverOptions {
  /** Default: no Arrow is known (every `<name>.arrow` is NXDOMAIN) until setLookup. */
  readonly lookup?: ResolverLookup;
  /** Shuffles the addresses in each answer (default Math.random). */
  readonly random?: () => number;
  /** Queries per second per source address, UDP and TCP together (default 200). */
  readonly queriesPerSecond?: number;
  /** Queries a quiet source may send at once (default queriesPerSecond). */
  readonly burst?: number;
  /** Clock for the rate limit, in ms (default performance.now); injected for tests. */
  readonly now?: () => number;
  /** Open TCP connections at most, all clients together (default 16). */
  readonly maxConnections?: number;
  /** Open TCP connections at most from one address (default 4): one guest cannot take all. */
  readonly maxConnectionsPerClient?: number;
  /** A TCP connection without a complete query for this long is closed (default 5000 ms). */
  readonly idleTimeoutMs?: number;
  /** Socket-level failures, for the log; bad input from clients is not reported. */
  readonly onError?: (error: Error) => void;
}

/** DNS over TCP frames each message with a 2-byte length, so a message is at most 64 KiB. */
const MAX_TCP_MESSAGE = 0xffff;
/** Replies a TCP client leaves unread beyond this close its connection instead of using memory. */
const MAX_UNREAD_REPLY_BYTES = 64 * 1024;
/** Tries to find a port free for both UDP and TCP when asked for port 0. */
const PORT_ZERO_TRIES = 8;

export class ArrowResolver {
  #lookup: ResolverLookup;
  readonly #random: () => number;
  readonly #limiter: TokenBuckets;
  readonly #maxConnections: number;
  readonly #maxPerClient: number;
  readonly #idleTimeoutMs: number;
  readonly #onError: (error: Error) => void;
  readonly #connections = new Set<Socket>();
  readonly #perClient = new Map<string, number>();
  #udp: UdpSocket | undefined;
  #tcp: Server | undefined;
  #bound: ResolverAddress | undefined;
  #starting = false;

  constructor(options: ArrowResolverOptions = {}) {
    this.#lookup = options.lookup ?? (() => undefined);
    this.#random = options.random ?? Math.random;
    const perSecond = options.queriesPerSecond ?? 200;
    this.#limiter = new TokenBuckets({ perSecond, burst: options.burst ?? perSecond, ...(options.now ? { now: options.now } : {}) });
    this.#maxConnections = options.maxConnections ?? 16;
    this.#maxPerClient = options.maxConnectionsPerClient ?? 4;
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 5_000;
    this.#onError = options.onError ?? (() => {});
  }

  /** Where the resolver listens (the real port when started on port 0), once started. */
  get address(): ResolverAddress | undefined {
    return this.#bound;
  }

  /** Replaces the view; queries from then on use it. */
  setLookup(lookup: ResolverLookup): void {
    this.#lookup = lookup;
  }

  /**
   * Binds UDP and TCP on `address`:`port`; port 0 picks one free for both. Rejects when the
   * address cannot be bound (in use, not local, no permission); nothing stays bound then.
   */
  async start(options: ResolverAddress): Promise<ResolverAddress> {
    if (this.#starting || this.#bound !== undefined) throw new Error('ArrowResolver already started');
    this.#starting = true;
    try {
      const tries = options.port === 0 ? PORT_ZERO_TRIES : 1;
      for (let attempt = 1; ; attempt += 1) {
        const udp = await this.#bindUdp(options.address, options.port);
        const port = udp.address().port;
        try {
          this.#tcp = await this.#listenTcp(options.address, port);
          this.#udp = udp;
          this.#bound = { address: options.address, port };
          return this.#bound;
        } catch (error) {
          udp.close();
          // Port 0 gave a port free for UDP; TCP's may be taken by someone else: pick again.
          if (attempt >= tries || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
        }
      }
    } finally {
      this.#starting = false;
    }
  }

  /** Closes both sockets and every TCP connection. Safe to call twice or before start. */
  async stop(): Promise<void> {
    const udp = this.#udp;
    const tcp = this.#tcp;
    this.#udp = undefined;
    this.#tcp = undefined;
    this.#bound = undefined;
    for (const socket of this.#connections) socket.destroy();
    await Promise.all([
      udp && new Promise<void>((resolve) => udp.close(() => resolve())),
      tcp && new Promise<void>((resolve) => tcp.close(() => resolve())),
    ]);
  }

  #bindUdp(address: string, port: number): Promise<UdpSocket> {
    const socket = createSocket({ type: isIPv6(address) ? 'udp6' : 'udp4' });
    return new Promise((resolve, reject) => {
      socket.once('error', (error) => { socket.close(); reject(error); });
      socket.bind({ address, port, exclusive: true }, () => {
        socket.removeAllListeners('error');
        socket.on('error', (error) => this.#onError(error));
        socket.on('message', (message, remote) => this.#onDatagram(socket, message, remote));
        resolve(socket);
      });
    });
  }

  #listenTcp(address: string, port: number): Promise<Server> {
    const server = createServer({ noDelay: true }, (socket) => this.#onConnection(socket));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: address, port, exclusive: true }, () => {
        server.off('error', reject);
        server.on('error', (error) => this.#onError(error));
        resolve(server);
      });
    });
  }

  #onDatagram(socket: UdpSocket, message: Buffer, remote: RemoteInfo): void {
    if (!this.#limiter.take(remote.address)) return;
    const reply = this.#respond(message, { address: remote.address, port: remote.port, transport: 'udp' });
    if (reply === undefined) return;
    socket.send(reply, remote.port, remote.address, (error) => {
      if (error) this.#onError(error);
    });
  }

  #onConnection(socket: Socket): void {
    const address = socket.remoteAddress;
    const port = socket.remotePort;
    socket.on('error', () => {}); // a client resetting its connection is not the node's problem
    const open = address === undefined ? 0 : this.#perClient.get(address) ?? 0;
    if (address === undefined || port === undefined || this.#connections.size >= this.#maxConnections || open >= this.#maxPerClient) {
      socket.destroy();
      return;
    }
    this.#connections.add(socket);
    this.#perClient.set(address, open + 1);
    const asker: ResolverAsker = { address, port, transport: 'tcp' };

    // Idle means no complete query, not no bytes: a client trickling a byte at a time into a
    // message it never finishes is idle too, so it cannot hold a connection slot for ever.
    let idle: NodeJS.Timeout | undefined;
    const armIdle = (): void => {
      if (idle !== undefined) clearTimeout(idle);
      idle = setTimeout(() => socket.destroy(), this.#idleTimeoutMs);
      idle.unref();
    };
    armIdle();
    socket.once('close', () => {
      if (idle !== undefined) clearTimeout(idle);
      this.#connections.delete(socket);
      const left = (this.#perClient.get(address) ?? 1) - 1;
      if (left > 0) this.#perClient.set(address, left);
      else this.#perClient.delete(address);
    });

    // Bounded by one partial message (2 + 64 KiB) plus one read's worth of bytes.
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      while (pending.length >= 2) {
        const length = pending.readUInt16BE(0);
        if (pending.length < 2 + length) break;
        const message = pending.subarray(2, 2 + length);
        pending = pending.subarray(2 + length);
        armIdle();
        if (!this.#limiter.take(address)) continue;
        const reply = this.#respond(message, asker);
        // Not a DNS message (answer() would drop it on UDP): the client is not speaking DNS.
        if (reply === undefined || reply.length > MAX_TCP_MESSAGE) { socket.destroy(); return; }
        const frame = Buffer.allocUnsafe(2 + reply.length);
        frame.writeUInt16BE(reply.length, 0);
        reply.copy(frame, 2);
        socket.write(frame);
        if (socket.writableLength > MAX_UNREAD_REPLY_BYTES) { socket.destroy(); return; }
      }
    });
  }

  #respond(message: Buffer, asker: ResolverAsker): Buffer | undefined {
    const view = this.#lookup;
    try {
      return answer(message, (name) => view(name, asker), { transport: asker.transport, random: this.#random });
    } catch (error) {
      // answer() does not throw on any input; this only guards the daemon against a bug there.
      this.#onError(error instanceof Error ? error : new Error(String(error)));
      return undefined;
    }
  }
}
