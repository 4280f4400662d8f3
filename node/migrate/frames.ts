// Length-prefixed frames (unsigned varint length, then the bytes: p2p/framing's format) read from
// a Node Readable, with a size limit per read, checked on the length prefix before any of the
// frame is buffered, and a timeout per read. The migration protocol reads from a StreamDuplex (a
// libp2p stream with Node's back-pressure, which its RAM stream needs); p2p/framing reads from
// the libp2p stream itself, and one stream cannot be read both ways.
import type { Readable } from 'node:stream';
import { encodeFrames } from '../../p2p/index.ts';

export type FrameFailure = 'timeout' | 'ended' | 'oversized' | 'malformed' | 'failed';

export class FrameReadError extends Error {
  override name = 'FrameReadError';
  readonly failure: FrameFailure;
  constructor(failure: FrameFailure, message: string) {
    super(message);
    this.failure = failure;
  }
}

/** Varints longer than this (2^56) are no length of ours. */
const MAX_VARINT_BYTES = 8;

export class FrameReader {
  readonly #chunks: AsyncIterator<Buffer>;
  #buffer: Buffer = Buffer.alloc(0);
  #pending: Promise<IteratorResult<Buffer>> | undefined;
  #ended = false;

  constructor(readable: Readable) {
    this.#chunks = readable[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** The next frame, at most maxBytes long, within timeoutMs; throws FrameReadError. */
  async read(maxBytes: number, timeoutMs: number, what: string): Promise<Uint8Array> {
    const deadline = Date.now() + timeoutMs;
    let length: number | undefined;
    let prefixBytes = 0;
    for (;;) {
      if (length === undefined) {
        const parsed = parseVarint(this.#buffer);
        if (parsed === 'malformed') throw new FrameReadError('malformed', `${what}: the length prefix is no varint`);
        if (parsed) {
          [length, prefixBytes] = parsed;
          if (length > maxBytes) throw new FrameReadError('oversized', `${what}: a frame of ${length} bytes exceeds the ${maxBytes}-byte limit`);
        }
      }
      if (length !== undefined && this.#buffer.length >= prefixBytes + length) {
        const frame = this.#buffer.subarray(prefixBytes, prefixBytes + length);
        this.#buffer = this.#buffer.subarray(prefixBytes + length);
        return frame;
      }
      if (this.#ended) {
        throw new FrameReadError(this.#buffer.length > 0 ? 'malformed' : 'ended', `${what}: the stream ended${this.#buffer.length > 0 ? ' inside a frame' : ''}`);
      }
      await this.#more(deadline, timeoutMs, what);
    }
  }

  async #more(deadline: number, timeoutMs: number, what: string): Promise<void> {
    this.#pending ??= this.#chunks.next();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
    });
    let next: IteratorResult<Buffer> | 'timeout';
    try {
      next = await Promise.race([this.#pending, expired]);
    } catch (error) {
      this.#pending = undefined;
      this.#ended = true;
      throw new FrameReadError('failed', `${what}: the stream failed: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
    if (next === 'timeout') throw new FrameReadError('timeout', `${what}: nothing within ${timeoutMs} ms`);
    this.#pending = undefined;
    if (next.done) this.#ended = true;
    else this.#buffer = this.#buffer.length === 0 ? next.value : Buffer.concat([this.#buffer, next.value]);
  }
}

/** [value, bytes] of the varint at the start, undefined when incomplete, 'malformed' when too long. */
function parseVarint(buffer: Buffer): [number, number] | undefined | 'malformed' {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < buffer.length; i++) {
    if (i >= MAX_VARINT_BYTES) return 'malformed';
    const byte = buffer[i]!;
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return [value, i + 1];
    scale *= 128;
  }
  return buffer.length >= MAX_VARINT_BYTES ? 'malformed' : undefined;
}

/** One frame: the varint length and the bytes. */
export function frame(message: Uint8Array): Uint8Array {
  return encodeFrames([message]);
}
