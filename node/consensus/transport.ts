// Raft's Transport over the node's libp2p host. See ./index.ts for the contract.
//
// Outbound: per peer one long-lived stream on RAFT_PROTOCOL carries every message but snapshots,
// fed from a bounded queue that is flushed once per event-loop turn (one write for all messages
// of a Ready). Snapshots go one per stream on RAFT_SNAPSHOT_PROTOCOL. Sending never blocks Raft:
// what cannot be queued or sent is dropped, counted and reported unreachable, and Raft resends.
// Inbound: a stream from a peer that is not admitted is reset before anything is read; each
// frame must decode, come from the connection's authenticated peer and be addressed to us.
import type { Connection, PeerId, PeerStore, Stream } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { MessageType, decodeMessage, encodeMessage } from '../../raft/index.ts';
import type { Message, Transport } from '../../raft/index.ts';
import { encodeFrames, frameErrorKind, frameReader, readFrame, writeFrame } from '../../p2p/index.ts';
import type { StreamHost } from '../../p2p/index.ts';
import { isWireType, splitProposal } from './split.ts';

export const RAFT_PROTOCOL = '/arrow/raft/1.0.0';
export const RAFT_SNAPSHOT_PROTOCOL = '/arrow/raft-snapshot/1.0.0';

/** Why an inbound message (or a whole stream, counted once) was refused. */
export type InboundDropReason =
  | 'not-member' // the remote peer is not admitted
  | 'spoofed-from' // message.from is not the connection's authenticated peer
  | 'wrong-recipient' // message.to is not this node
  | 'malformed' // not a frame, not a Message, or a type that never travels
  | 'oversized' // a frame above the limit (refused from its length prefix)
  | 'unexpected-type' // a snapshot on the message stream or anything else on the snapshot stream
  | 'step-failed'; // the node threw while taking it
/** Why an outbound message was not sent. */
export type OutboundDropReason =
  | 'queue-full' // the peer's queue was at its bound (it is slow or stuck)
  | 'unreachable' // no stream could be opened, or it failed with the message queued
  | 'write-timeout' // the peer took nothing for writeTimeoutMs: queued messages dropped
  | 'too-large'; // the message alone exceeds the frame (or snapshot) limit
export type DropReason = InboundDropReason | OutboundDropReason;

/** Counters for the node's metrics (arrowd: arrow_raft_dropped_messages_total{reason}). */
export interface RaftTransportMetrics {
  /** `count` messages to or from `peer` were dropped for `reason` (a refused stream counts 1). */
  onDropped(reason: DropReason, peer: string, count: number): void;
}

/** What the transport needs of the host (ArrowLibp2p satisfies it). */
export interface RaftHost extends StreamHost {
  readonly peerStore: Pick<PeerStore, 'merge'>;
}

export interface Libp2pTransportOptions {
  host: RaftHost;
  /**
   * Whether a peer may speak Raft to this node: the committed configuration's voters and
   * learners, plus, while this node's Raft state is empty, the servers named in its join token.
   * Asked when a stream opens and for every frame, so it must be cheap (a set lookup).
   */
  isAdmitted(peerId: string): boolean;
  metrics?: RaftTransportMetrics;
  /**
   * Largest frame on the message stream (default 8 MiB). An append holds at most maxSizePerMsg
   * of entries or one larger entry: keep this above RaftNode's maxCommandBytes + 64 KiB.
   */
  maxFrameBytes?: number;
  /** Largest snapshot message (default 256 MiB). */
  maxSnapshotBytes?: number;
  /** Per-peer outbound queue bounds (defaults 4096 messages, 32 MiB). */
  maxQueueMessages?: number;
  maxQueueBytes?: number;
  /** Largest batch handed to the stream in one write (default 4 MiB). */
  maxWriteBytes?: number;
  /** Message streams one connection may open to us at once (default 4; libp2p resets more). */
  maxInboundStreams?: number;
  /** Snapshot streams one connection may open to us at once (default 2). */
  maxInboundSnapshotStreams?: number;
  /** An inbound message stream with no complete frame for this long is reset (default 60 s). */
  idleTimeoutMs?: number;
  /** A peer that takes nothing for this long while we have data for it is dropped (default 5 s). */
  writeTimeoutMs?: number;
  /** Whole snapshot transfer bound, each direction (default 120 s). */
  snapshotTimeoutMs?: number;
  /** A new connection's handshake (TCP, pnet, Noise, Yamux) on a busy host can take seconds (default 5 s, libp2p's own). */
  dialTimeoutMs?: number;
  /** After a failed dial (or a stream that died young) sends fail fast for this long, doubling up to the max. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Problems worth a log line (dial failures, bad addresses, resets). */
  onError?: (error: Error, context: string) => void;
}

type Resolved = Required<Omit<Libp2pTransportOptions, 'metrics' | 'onError'>> & Pick<Libp2pTransportOptions, 'metrics' | 'onError'>;

const P2P_CODE = 421;

interface Link {
  readonly id: string;
  readonly peerId: PeerId;
  /** The configured address (without /p2p), '' if none; in the peer store once `addressSaved` settles. */
  address: string;
  addressSaved: Promise<void>;
  state: 'idle' | 'dialing' | 'open';
  stream: Stream | null;
  /** Aborts the dial in progress (link dropped, transport closed). */
  dial: AbortController | null;
  openedAt: number;
  /** The stream took a write it could not pass on yet: wait for 'drain' before the next. */
  blocked: boolean;
  /** Set when we end the stream for a reason that should slow the next attempt. */
  penalty: OutboundDropReason | null;
  queue: Uint8Array[];
  queuedBytes: number;
  flushScheduled: boolean;
  backoffMs: number;
  /** While performance.now() < retryAt (and no stream is open) sends fail at once. */
  retryAt: number;
  snapshot: AbortController | null;
}

const errorOf = (value: unknown): Error => (value instanceof Error ? value : new Error(String(value)));

export class Libp2pTransport implements Transport {
  /** This node's Raft member ID: its peer ID. */
  readonly id: string;
  readonly #host: RaftHost;
  readonly #options: Resolved;
  readonly #links = new Map<string, Link>();
  readonly #inbound = new Set<Stream>();
  readonly #closing = new AbortController();
  #started = false;
  #closed = false;
  #onMessage: (m: Message) => void = () => {};
  #onUnreachable: (peer: string) => void = () => {};
  #onSnapshotStatus: (peer: string, ok: boolean) => void = () => {};

  constructor(options: Libp2pTransportOptions) {
    this.#host = options.host;
    this.id = options.host.peerId.toString();
    this.#options = {
      host: options.host,
      isAdmitted: options.isAdmitted,
      metrics: options.metrics,
      maxFrameBytes: options.maxFrameBytes ?? 8 * 1024 * 1024,
      maxSnapshotBytes: options.maxSnapshotBytes ?? 256 * 1024 * 1024,
      maxQueueMessages: options.maxQueueMessages ?? 4096,
      maxQueueBytes: options.maxQueueBytes ?? 32 * 1024 * 1024,
      maxWriteBytes: options.maxWriteBytes ?? 4 * 1024 * 1024,
      maxInboundStreams: options.maxInboundStreams ?? 4,
      maxInboundSnapshotStreams: options.maxInboundSnapshotStreams ?? 2,
      idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
      writeTimeoutMs: options.writeTimeoutMs ?? 5_000,
      snapshotTimeoutMs: options.snapshotTimeoutMs ?? 120_000,
      dialTimeoutMs: options.dialTimeoutMs ?? 5_000,
      initialBackoffMs: options.initialBackoffMs ?? 50,
      maxBackoffMs: options.maxBackoffMs ?? 1_000,
      onError: options.onError,
    };
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

  /**
   * Where member `id` (a peer ID) can be reached: a multiaddr, normally ending in /p2p/<id>.
   * The address joins the peer store, so a dial by peer ID tries it along with what identify
   * learned; '' or undefined forgets the member (its stream is closed).
   */
  setPeer(id: string, address: string | undefined): void {
    if (id === this.id || this.#closed) return;
    if (!address) {
      const link = this.#links.get(id);
      if (link) this.#dropLink(link);
      return;
    }
    const link = this.#linkFor(id);
    if (!link) return;
    let bare: string;
    try {
      const parsed = multiaddr(address);
      const named = parsed.getComponents().find((c) => c.code === P2P_CODE)?.value;
      if (named !== undefined && named !== id) throw new Error(`names peer ${named}, not ${id}`);
      bare = parsed.decapsulateCode(P2P_CODE).toString();
    } catch (error) {
      this.#report(new Error(`member ${id}: bad address "${address}": ${errorOf(error).message}`), 'setPeer');
      return;
    }
    if (bare === link.address) return;
    link.address = bare;
    link.addressSaved = this.#host.peerStore.merge(link.peerId, { multiaddrs: [multiaddr(bare)] }).then(
      () => undefined,
      (error: unknown) => this.#report(errorOf(error), `peer store ${id}`),
    );
    // A new address is a reason to try at once rather than wait out a backoff from the old one.
    link.retryAt = 0;
  }

  /** Registers the two protocols on the host; idempotent. */
  async start(): Promise<void> {
    if (this.#started || this.#closed) return;
    this.#started = true;
    await this.#host.handle(RAFT_PROTOCOL, (stream, connection) => this.#serveMessages(stream, connection), {
      maxInboundStreams: this.#options.maxInboundStreams,
      maxOutboundStreams: 4,
    });
    await this.#host.handle(RAFT_SNAPSHOT_PROTOCOL, (stream, connection) => this.#serveSnapshot(stream, connection), {
      maxInboundStreams: this.#options.maxInboundSnapshotStreams,
      maxOutboundStreams: 2,
    });
  }

  send(messages: readonly Message[]): void {
    if (!this.#started || this.#closed) return;
    for (const message of messages) {
      if (message.type === MessageType.SNAP) void this.#sendSnapshot(message);
      else this.#enqueue(message);
    }
  }

  /** Unregisters the protocols and ends every stream; the host itself is left running. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#closing.abort(new Error('raft transport closed'));
    for (const link of this.#links.values()) this.#dropLink(link);
    for (const stream of this.#inbound) stream.abort(new Error('raft transport closed'));
    this.#inbound.clear();
    if (this.#started) {
      await Promise.allSettled([this.#host.unhandle(RAFT_PROTOCOL), this.#host.unhandle(RAFT_SNAPSHOT_PROTOCOL)]);
    }
  }

  #report(error: Error, context: string): void {
    this.#options.onError?.(error, context);
  }

  #count(reason: DropReason, peer: string, messages = 1): void {
    this.#options.metrics?.onDropped(reason, peer, messages);
  }

  /** Outbound messages not sent: counted, and Raft told so it probes instead of streaming. */
  #dropOutbound(reason: OutboundDropReason, peer: string, messages = 1): void {
    this.#count(reason, peer, messages);
    this.#onUnreachable(peer);
  }

  /** The link of a member, created on first use: a member ID is a peer ID, so it is an address too. */
  #linkFor(id: string): Link | undefined {
    const existing = this.#links.get(id);
    if (existing) return existing;
    let peerId: PeerId;
    try {
      peerId = peerIdFromString(id);
    } catch (error) {
      this.#report(new Error(`member "${id}" is not a peer ID: ${errorOf(error).message}`), 'send');
      return undefined;
    }
    const link: Link = {
      id, peerId, address: '', addressSaved: Promise.resolve(), state: 'idle', stream: null, dial: null,
      openedAt: 0, blocked: false, penalty: null, queue: [], queuedBytes: 0, flushScheduled: false,
      backoffMs: this.#options.initialBackoffMs, retryAt: 0, snapshot: null,
    };
    this.#links.set(id, link);
    return link;
  }

  #dropLink(link: Link): void {
    this.#links.delete(link.id);
    link.dial?.abort(new Error('member removed'));
    link.dial = null;
    link.snapshot?.abort(new Error('member removed'));
    link.queue = [];
    link.queuedBytes = 0;
    const stream = link.stream;
    link.stream = null;
    link.state = 'idle';
    stream?.abort(new Error('member removed'));
  }

  #enqueue(message: Message): void {
    const link = this.#linkFor(message.to);
    if (!link) return this.#dropOutbound('unreachable', message.to);
    if (link.state !== 'open' && performance.now() < link.retryAt) return this.#dropOutbound('unreachable', message.to);
    const body = encodeMessage(message);
    if (body.length > this.#options.maxFrameBytes) {
      const parts = splitProposal(message, this.#options.maxFrameBytes - 64 * 1024);
      if (parts.length > 1) {
        for (const part of parts) this.#enqueue(part);
        return;
      }
      this.#report(new Error(`message to ${message.to} of ${body.length} bytes exceeds the frame limit of ${this.#options.maxFrameBytes}`), 'send');
      return this.#dropOutbound('too-large', message.to);
    }
    if (link.queue.length >= this.#options.maxQueueMessages || link.queuedBytes + body.length > this.#options.maxQueueBytes) {
      return this.#dropOutbound('queue-full', message.to);
    }
    link.queue.push(body);
    link.queuedBytes += body.length;
    if (link.state === 'idle') void this.#open(link);
    else if (link.state === 'open') this.#scheduleFlush(link);
  }

  async #open(link: Link): Promise<void> {
    link.state = 'dialing';
    const dial = new AbortController();
    link.dial = dial;
    let stream: Stream;
    try {
      await link.addressSaved;
      // By peer ID: libp2p reuses a connection we have (one the peer opened to us included),
      // else dials the peer store's addresses (the configured one, and any identify reported).
      stream = await this.#host.dialProtocol(link.peerId, RAFT_PROTOCOL, {
        signal: AbortSignal.any([dial.signal, this.#closing.signal, AbortSignal.timeout(this.#options.dialTimeoutMs)]),
      });
    } catch (error) {
      if (link.dial !== dial) return; // dropped or closed meanwhile
      link.dial = null;
      link.state = 'idle';
      this.#backOff(link);
      this.#report(errorOf(error), `dial ${link.id}`);
      this.#failQueue(link, 'unreachable');
      return;
    }
    if (link.dial !== dial) {
      stream.abort(new Error('link closed'));
      return;
    }
    link.dial = null;
    link.state = 'open';
    link.stream = stream;
    link.openedAt = performance.now();
    link.penalty = null;
    // Nothing is ever sent back on this stream; a peer that does is broken.
    stream.addEventListener('message', () => stream.abort(new Error(`unexpected data from ${link.id} on an outbound raft stream`)));
    stream.addEventListener('close', (event) => this.#onStreamClosed(link, stream, event.error));
    if (stream.status !== 'open') return this.#onStreamClosed(link, stream, undefined);
    this.#flush(link);
  }

  #onStreamClosed(link: Link, stream: Stream, error: Error | undefined): void {
    if (link.stream !== stream) return;
    link.stream = null;
    link.state = 'idle';
    link.blocked = false;
    if (this.#closed) return;
    if (error && !link.penalty) this.#report(error, `stream to ${link.id}`);
    // A stream that dies young (the peer resets us, or we gave up on it) slows the next
    // attempt; one that served a while (closed as idle, a restart) is reopened at once.
    const penalty = link.penalty ?? (performance.now() - link.openedAt < this.#options.maxBackoffMs ? 'unreachable' : null);
    link.penalty = null;
    if (penalty) {
      this.#backOff(link);
      this.#failQueue(link, penalty);
      return;
    }
    link.backoffMs = this.#options.initialBackoffMs;
    if (link.queue.length > 0) void this.#open(link);
  }

  #backOff(link: Link): void {
    link.retryAt = performance.now() + link.backoffMs;
    link.backoffMs = Math.min(link.backoffMs * 2, this.#options.maxBackoffMs);
  }

  #failQueue(link: Link, reason: OutboundDropReason): void {
    const dropped = link.queue.length;
    link.queue = [];
    link.queuedBytes = 0;
    if (dropped > 0) this.#dropOutbound(reason, link.id, dropped);
  }

  #scheduleFlush(link: Link): void {
    if (link.flushScheduled) return;
    link.flushScheduled = true;
    // Deferred to the end of the event-loop turn: the messages of one Ready (and of every Ready
    // handled in this turn) leave in one write.
    setImmediate(() => {
      link.flushScheduled = false;
      this.#flush(link);
    });
  }

  #flush(link: Link): void {
    const stream = link.stream;
    while (stream && link.stream === stream && !link.blocked && link.queue.length > 0) {
      let count = 0;
      let bytes = 0;
      while (count < link.queue.length && (count === 0 || bytes + link.queue[count]!.length <= this.#options.maxWriteBytes)) {
        bytes += link.queue[count]!.length;
        count++;
      }
      const batch = link.queue.splice(0, count);
      link.queuedBytes -= bytes;
      let more: boolean;
      try {
        more = stream.send(encodeFrames(batch));
      } catch (error) {
        // The stream is closing under us: those messages are lost; Raft resends.
        this.#count('unreachable', link.id, batch.length);
        stream.abort(errorOf(error));
        return;
      }
      if (!more) this.#awaitDrain(link, stream);
    }
  }

  /** Back-pressure: the muxer holds a write; wait for it to drain, at most writeTimeoutMs. */
  #awaitDrain(link: Link, stream: Stream): void {
    link.blocked = true;
    stream.onDrain({ signal: AbortSignal.timeout(this.#options.writeTimeoutMs) }).then(
      () => {
        if (link.stream !== stream) return;
        link.blocked = false;
        this.#flush(link);
      },
      () => {
        if (link.stream !== stream) return;
        link.penalty = 'write-timeout';
        stream.abort(new Error(`${link.id} took nothing for ${this.#options.writeTimeoutMs} ms`));
      },
    );
  }

  /** One snapshot, one stream: written, closed, then reported to Raft (ok or not). */
  async #sendSnapshot(message: Message): Promise<void> {
    const peer = message.to;
    const link = this.#linkFor(peer);
    let reason: OutboundDropReason | null = null;
    if (!link) reason = 'unreachable';
    // Raft sends one snapshot at a time per follower; a second while one is in flight is stale.
    else if (link.snapshot) reason = 'queue-full';
    const body = reason ? null : encodeMessage(message);
    if (body && body.length > this.#options.maxSnapshotBytes) {
      this.#report(new Error(`snapshot for ${peer} of ${body.length} bytes exceeds the limit of ${this.#options.maxSnapshotBytes}`), 'send');
      reason = 'too-large';
    }
    if (!link || !body || reason) {
      this.#dropOutbound(reason ?? 'unreachable', peer);
      this.#onSnapshotStatus(peer, false);
      return;
    }
    const abort = new AbortController();
    link.snapshot = abort;
    const deadline = AbortSignal.timeout(this.#options.snapshotTimeoutMs);
    const signal = AbortSignal.any([abort.signal, this.#closing.signal, deadline]);
    let stream: Stream | undefined;
    let ok = false;
    try {
      await link.addressSaved;
      stream = await this.#host.dialProtocol(link.peerId, RAFT_SNAPSHOT_PROTOCOL, { signal });
      await writeFrame(stream, body, this.#options.snapshotTimeoutMs);
      await stream.close({ signal });
      ok = true;
    } catch (error) {
      stream?.abort(errorOf(error));
      this.#report(errorOf(error), `snapshot to ${peer}`);
    } finally {
      if (link.snapshot === abort) link.snapshot = null;
    }
    if (this.#closed) return;
    if (!ok) this.#dropOutbound(deadline.aborted ? 'write-timeout' : 'unreachable', peer);
    this.#onSnapshotStatus(peer, ok);
  }

  /** Refuses a stream from a peer that may not speak Raft to us, before reading anything. */
  #admit(stream: Stream, connection: Connection): string | undefined {
    const peer = connection.remotePeer.toString();
    if (!this.#closed && this.#options.isAdmitted(peer)) return peer;
    this.#count('not-member', peer);
    stream.abort(new Error('not a member of this cluster'));
    return undefined;
  }

  /** Checks a frame and hands its message to Raft; the reason it was refused otherwise. */
  #deliver(bytes: Uint8Array, peer: string, onSnapshotStream: boolean): InboundDropReason | undefined {
    if (!this.#options.isAdmitted(peer)) return 'not-member'; // removed while its stream was open
    let message: Message;
    try {
      message = decodeMessage(bytes);
    } catch {
      return 'malformed';
    }
    if (!isWireType(message.type)) return 'malformed';
    if (message.from !== peer) return 'spoofed-from';
    if (message.to !== this.id) return 'wrong-recipient';
    if ((message.type === MessageType.SNAP) !== onSnapshotStream) return 'unexpected-type';
    try {
      this.#onMessage(message);
    } catch (error) {
      this.#report(errorOf(error), `step message from ${peer}`);
      return 'step-failed';
    }
    return undefined;
  }

  /** Refusal: count it and reset the stream (the peer's other streams and peers are untouched). */
  #refuse(stream: Stream, reason: InboundDropReason, peer: string, cause?: unknown): void {
    this.#count(reason, peer);
    stream.abort(new Error(`refused: ${reason}`, { cause }));
  }

  async #serveMessages(stream: Stream, connection: Connection): Promise<void> {
    const peer = this.#admit(stream, connection);
    if (peer === undefined) return;
    this.#inbound.add(stream);
    const reader = frameReader(stream, this.#options.maxFrameBytes);
    // Refreshed per frame, not per chunk: a frame trickled in slower than this is cut off too.
    const idle = setTimeout(() => stream.abort(new Error(`no message for ${this.#options.idleTimeoutMs} ms`)), this.#options.idleTimeoutMs);
    try {
      for (;;) {
        const next = await reader.next();
        if (next.done) break;
        idle.refresh();
        const refused = this.#deliver(next.value.subarray(), peer, false);
        if (refused) return this.#refuse(stream, refused, peer);
      }
      await stream.close({ signal: AbortSignal.timeout(this.#options.writeTimeoutMs) });
    } catch (error) {
      const kind = frameErrorKind(error);
      if (kind) this.#refuse(stream, kind, peer, error);
      else stream.abort(errorOf(error)); // reset by the peer, idle, or closed: nothing to count
    } finally {
      clearTimeout(idle);
      this.#inbound.delete(stream);
    }
  }

  async #serveSnapshot(stream: Stream, connection: Connection): Promise<void> {
    const peer = this.#admit(stream, connection);
    if (peer === undefined) return;
    this.#inbound.add(stream);
    const reader = frameReader(stream, this.#options.maxSnapshotBytes);
    try {
      const bytes = await readFrame(stream, reader, this.#options.snapshotTimeoutMs, 'a snapshot');
      await reader.return?.();
      const refused = this.#deliver(bytes, peer, true);
      if (refused) return this.#refuse(stream, refused, peer);
      await stream.close({ signal: AbortSignal.timeout(this.#options.writeTimeoutMs) });
    } catch (error) {
      const kind = frameErrorKind(error);
      if (kind) this.#refuse(stream, kind, peer, error);
      else stream.abort(errorOf(error));
    } finally {
      this.#inbound.delete(stream);
    }
  }
}
