// Host side of an Arrow channel session over QEMU's unix socket (the virtio-serial port).
// Reliability model: the guest numbers its frames from 1; we deliver each seq once, in order,
// and acknowledge the highest in-order seq (a pure ack has seq 0). Our own frames are numbered
// too and kept until the guest acknowledges them.
import { createConnection, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChannelProtocolError, encodeFrame, FrameSplitter, type Frame, type FrameProperties } from './codec.ts';

export type OutgoingBody =
  | { start: NonNullable<FrameProperties['start']> }
  | { warm: NonNullable<FrameProperties['warm']> }
  | { stop: NonNullable<FrameProperties['stop']> }
  | { error: NonNullable<FrameProperties['error']> }
  | { volumeFile: NonNullable<FrameProperties['volumeFile']> }
  | { volumeReady: NonNullable<FrameProperties['volumeReady']> }
  | { volumeRescan: NonNullable<FrameProperties['volumeRescan']> }
  | { networkChange: NonNullable<FrameProperties['networkChange']> };

export interface ConnectOptions {
  /** give up when the socket has not accepted a connection after this long */
  timeoutMs: number;
  signal?: AbortSignal;
  maxFrameBytes?: number;
  /**
   * Continue a conversation an earlier session had with this guest (a clone resumes its
   * template's guest, which already said Hello): the highest seq that session received from the
   * guest and the highest it sent. Default: a fresh conversation (both 0).
   */
  resume?: ChannelPosition;
  /**
   * Attach to a running guest that another host was talking to (an Arrow adopted after the
   * process that started it went away): `received` is the highest guest seq that host
   * delivered, as it persisted it. connect() sends Resume until the guest answers Resumed
   * (within timeoutMs), numbers this session's frames after the guest's ack, and drops the
   * guest's resends at or below `received`. Resumed says where the guest's frames continue:
   * what the earlier host received but had not persisted is not sent again.
   */
  reattach?: { received: number };
  /**
   * Runs once the socket is connected, before anything is sent. A migrated VM is resumed here:
   * its virtio-serial port believes the host connected (that state came with the migration), so
   * a guest write while no host is connected yet would stall the port for good (QEMU 7.2 throttles
   * it, waiting on a socket that is not there).
   */
  onConnected?: () => Promise<void>;
}

/** How often connect() repeats Resume while the guest has not answered. */
const RESUME_REPEAT_MS = 250;

/** Where a conversation stands: the highest seq received from the guest and sent to it. */
export interface ChannelPosition {
  received: number;
  sent: number;
}

export class ChannelSession {
  readonly #socket: Socket;
  readonly #splitter: FrameSplitter;
  readonly #unacked: { seq: number; bytes: Uint8Array }[] = [];
  readonly #queue: Frame[] = [];
  #wake: (() => void) | undefined;
  #nextSeq = 1;
  #lastReceived = 0;
  #ended: Error | null | undefined; // undefined: open; null: clean end; Error: failure
  /** Reattaching: true until Resumed arrives. */
  #resuming = false;
  #onResumed: (() => void) | undefined;

  private constructor(socket: Socket, maxFrameBytes: number | undefined, resume: ChannelPosition | undefined, reattach: { received: number } | undefined) {
    this.#socket = socket;
    this.#splitter = new FrameSplitter(maxFrameBytes);
    if (resume) {
      this.#lastReceived = resume.received;
      this.#nextSeq = resume.sent + 1;
    }
    if (reattach) {
      this.#lastReceived = reattach.received;
      this.#resuming = true;
    }
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (error) => this.#end(error));
    socket.on('close', () => this.#end(null));
  }

  /**
   * Connect to the channel socket, retrying while QEMU has not created it yet. Bounded by
   * timeoutMs and the abort signal.
   */
  static async connect(path: string, options: ConnectOptions): Promise<ChannelSession> {
    const deadline = Date.now() + options.timeoutMs;
    let lastError: Error | undefined;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      options.signal?.throwIfAborted();
      try {
        const socket = await connectOnce(path, Math.max(100, deadline - Date.now()));
        const session = new ChannelSession(socket, options.maxFrameBytes, options.resume, options.reattach);
        if (options.onConnected) {
          try {
            await options.onConnected();
          } catch (error) {
            session.close();
            throw error;
          }
        }
        if (options.reattach) await session.#resume(deadline, options.signal);
        return session;
      } catch (error) {
        lastError = error as Error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ECONNREFUSED') throw error;
      }
      await sleep(Math.min(100, 10 + attempt * 10), undefined, { signal: options.signal });
    }
    throw new Error(`channel socket ${path} not ready within ${options.timeoutMs} ms${lastError ? `: ${lastError.message}` : ''}`);
  }

  /** Repeats Resume until the guest answers (or the deadline passes: then the session is closed). */
  async #resume(deadline: number, signal: AbortSignal | undefined): Promise<void> {
    const resumed = new Promise<void>((resolve) => {
      this.#onResumed = resolve;
    });
    try {
      while (this.#resuming) {
        if (this.#ended !== undefined) throw this.#ended ?? new Error('the guest closed the channel before it resumed');
        signal?.throwIfAborted();
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('the guest did not answer Resume in time');
        this.#socket.write(encodeFrame({ seq: 0, ack: this.#lastReceived, resume: {} }));
        await Promise.race([resumed, sleep(Math.min(RESUME_REPEAT_MS, left))]);
      }
    } catch (error) {
      this.close();
      throw error;
    } finally {
      this.#onResumed = undefined;
    }
  }

  /** Send a frame with the next sequence number; it stays queued for resend until acked. */
  send(body: OutgoingBody): number {
    if (this.#ended !== undefined) throw new Error('channel is closed');
    const seq = this.#nextSeq++;
    const bytes = encodeFrame({ ...body, seq, ack: this.#lastReceived });
    this.#unacked.push({ seq, bytes });
    this.#socket.write(bytes);
    return seq;
  }

  /** Where this conversation stands, for a later session to resume from. */
  get position(): ChannelPosition {
    return { received: this.#lastReceived, sent: this.#nextSeq - 1 };
  }

  /** Frames sent but not yet acknowledged by the guest. */
  get unackedCount(): number {
    return this.#unacked.length;
  }

  /**
   * The next in-order frame from the guest, or undefined when the channel ended cleanly.
   * Rejects on a protocol error, or after timeoutMs without any frame.
   */
  async receive(timeoutMs: number): Promise<Frame | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = this.#queue.shift();
      if (frame) return frame;
      if (this.#ended === null) return undefined;
      if (this.#ended) throw this.#ended;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no frame from the guest within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
  }

  close(): void {
    this.#socket.destroy();
    this.#end(null);
  }

  #onData(chunk: Buffer): void {
    let frames: Frame[];
    try {
      frames = this.#splitter.push(chunk);
    } catch (error) {
      this.#socket.destroy();
      this.#end(error as Error);
      return;
    }
    let delivered = false;
    let duplicate = false;
    for (const frame of frames) {
      if (this.#resuming) {
        // Until the guest answers Resume, what it sends is old news: it sends it again after.
        if (!frame.resumed) continue;
        this.#resuming = false;
        this.#nextSeq = (frame.ack ?? 0) + 1;
        // What an earlier host acknowledged but did not persist is not coming again.
        this.#lastReceived = Math.max(this.#lastReceived, (frame.resumed.first ?? 1) - 1);
        this.#onResumed?.();
        continue;
      }
      this.#onAck(frame.ack ?? 0);
      const seq = frame.seq ?? 0;
      if (seq === 0) continue; // pure ack (or a late Resumed)
      if (seq <= this.#lastReceived) {
        duplicate = true; // a resend: our ack was lost (or went to an earlier session), ack again
        continue;
      }
      if (seq !== this.#lastReceived + 1) {
        this.#socket.destroy();
        this.#end(new ChannelProtocolError(`guest frame seq ${seq} skips ahead of ${this.#lastReceived + 1}`));
        return;
      }
      this.#lastReceived = seq;
      this.#queue.push(frame);
      delivered = true;
    }
    if (delivered || duplicate) {
      // One ack per chunk keeps the guest's resend buffer small without an ack per frame.
      if (!this.#socket.destroyed) this.#socket.write(encodeFrame({ seq: 0, ack: this.#lastReceived }));
    }
    if (delivered) this.#wake?.();
  }

  #onAck(ack: number): void {
    while (this.#unacked.length > 0 && this.#unacked[0]!.seq <= ack) this.#unacked.shift();
  }

  #end(error: Error | null): void {
    if (this.#ended !== undefined) return;
    this.#ended = error;
    this.#wake?.();
  }
}

function connectOnce(path: string, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    const timer = setTimeout(() => socket.destroy(new Error(`connect to ${path} timed out`)), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeListener('error', reject);
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

