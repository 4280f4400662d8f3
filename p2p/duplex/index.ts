// A libp2p v3 Stream as a Node.js Duplex, so protocols written for sockets (node:http's server
// and client) run over a cluster connection.
//
// CONTRACT
//   new StreamDuplex(stream, options?) takes over the stream: use only the duplex from then on.
//   - Back-pressure both ways: a write completes at once while the stream's send queue is below
//     the high-water mark, else once it drained below it (failing after writeTimeoutMs, the stream
//     aborted), so the queue holds at most that much beyond what yamux's window lets out; when the duplex's
//     readable buffer is full the stream is paused, which stops yamux window updates, so the
//     remote stops sending after one window (the read side holds at most a window plus the
//     readable high-water mark).
//   - end() half-closes (the remote sees the end of its reads; ours continue). The remote's
//     half-close ends our readable side once everything before it was read.
//   - destroy(error?) aborts the stream unless both sides had finished; a stream reset or aborted
//     by the remote destroys the duplex with that error.
//   - setTimeout(ms, cb?), setNoDelay(), setKeepAlive(), ref(), unref() behave as net.Socket's do
//     for what node:http uses: setTimeout emits 'timeout' after `ms` without reads or writes.
import { Duplex } from 'node:stream';
import type { Stream } from '@libp2p/interface';

export interface StreamDuplexOptions {
  /** A write waiting longer than this for the stream to drain destroys the duplex (default 30 s). */
  readonly writeTimeoutMs?: number;
  /** What `remoteAddress` reports (node:http shows it as the client's address). */
  readonly remoteAddress?: string;
  /** Bytes read ahead of the consumer before the stream is paused (default 256 KiB). */
  readonly readableHighWaterMark?: number;
}

const DEFAULT_WRITE_TIMEOUT_MS = 30_000;
const DEFAULT_HIGH_WATER_MARK = 256 * 1024;

export class StreamDuplex extends Duplex {
  readonly stream: Stream;
  readonly remoteAddress: string | undefined;
  readonly #writeTimeoutMs: number;
  #idleMs = 0;
  #idleTimer: NodeJS.Timeout | undefined;
  #ended = false;
  readonly #detach: () => void;

  constructor(stream: Stream, options: StreamDuplexOptions = {}) {
    const highWaterMark = options.readableHighWaterMark ?? DEFAULT_HIGH_WATER_MARK;
    super({ allowHalfOpen: true, readableHighWaterMark: highWaterMark, writableHighWaterMark: highWaterMark });
    this.stream = stream;
    this.remoteAddress = options.remoteAddress;
    this.#writeTimeoutMs = options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;

    const onMessage = (event: { data: Uint8Array | Iterable<Uint8Array> }) => {
      this.#touch();
      const chunks = event.data instanceof Uint8Array ? [event.data] : event.data;
      let room = true;
      for (const chunk of chunks) room = this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)) && room;
      // The rest stays in the stream's read buffer, and yamux stops granting the remote window.
      if (!room) stream.pause();
    };
    const onEnd = () => this.#endReadable();
    const onClose = (event: { error?: Error }) => {
      if (event.error) this.destroy(event.error);
      else this.#endReadable();
    };
    stream.addEventListener('message', onMessage);
    stream.addEventListener('end', onEnd);
    stream.addEventListener('close', onClose);
    this.#detach = () => {
      stream.removeEventListener('message', onMessage);
      stream.removeEventListener('end', onEnd);
      stream.removeEventListener('close', onClose);
    };
    if (stream.readableEnded) this.#endReadable();
  }

  #endReadable(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.push(null);
  }

  /** Some bytes moved: restart the idle timer. */
  #touch(): void {
    this.#idleTimer?.refresh();
  }

  override _read(): void {
    if (this.stream.readStatus === 'paused') this.stream.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#touch();
    try {
      this.stream.send(chunk);
    } catch (error) {
      return callback(error as Error);
    }
    if (this.stream.writeBufferLength < this.writableHighWaterMark) return callback();
    this.#waitForRoom().then(() => callback(), (error: Error) => callback(error));
  }

  /**
   * Resolves once the stream's send queue is below the high-water mark again. Its 'drain' and
   * 'idle' events are the signals; onDrain() is not used: it hands back a promise that a past
   * drain already resolved, so it stops waiting after the first drain.
   */
  #waitForRoom(): Promise<void> {
    const stream = this.stream;
    return new Promise<void>((resolve, reject) => {
      const finish = (error?: Error) => {
        clearTimeout(timer);
        stream.removeEventListener('drain', onDrain);
        stream.removeEventListener('idle', onDrain);
        stream.removeEventListener('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      // The muxer sends what the window allows right after 'drain' (in a microtask): look then.
      const onDrain = () => queueMicrotask(() => { if (stream.writeBufferLength < this.writableHighWaterMark) finish(); });
      const onClose = (event: { error?: Error }) => finish(event.error ?? new Error('stream closed while writing'));
      const timer = setTimeout(() => finish(new Error(`stream did not drain within ${this.#writeTimeoutMs} ms`)), this.#writeTimeoutMs);
      stream.addEventListener('drain', onDrain);
      stream.addEventListener('idle', onDrain);
      stream.addEventListener('close', onClose);
    });
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.stream.close({ signal: AbortSignal.timeout(this.#writeTimeoutMs) }).then(() => callback(), (error: Error) => callback(error));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    clearTimeout(this.#idleTimer);
    this.#detach();
    const finished = this.stream.status === 'closed' || this.stream.status === 'reset' || this.stream.status === 'aborted';
    if (!finished) this.stream.abort(error ?? new Error('stream destroyed before both sides finished'));
    callback(error);
  }

  /** As net.Socket: emit 'timeout' after `ms` without reads or writes (0 turns it off). */
  setTimeout(ms: number, callback?: () => void): this {
    clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
    this.#idleMs = ms;
    if (callback) this.once('timeout', callback);
    if (ms > 0 && !this.destroyed) {
      this.#idleTimer = setTimeout(() => this.emit('timeout'), this.#idleMs);
      this.#idleTimer.unref();
    }
    return this;
  }

  setNoDelay(_noDelay?: boolean): this { return this; }
  setKeepAlive(_enable?: boolean, _delay?: number): this { return this; }
  ref(): this { return this; }
  unref(): this { return this; }
}
