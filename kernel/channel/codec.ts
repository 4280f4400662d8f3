// The Arrow channel's wire format (see kernel/proto/channel.proto): a 4-byte little-endian length,
// then an encoded arrow.channel.Frame. Pure functions; the splitter keeps only the bytes of the
// frame it is waiting for, so memory is bounded by MAX_FRAME_BYTES.
import { arrow } from '../proto/channel.pb.js';

export const MAX_FRAME_BYTES = 1024 * 1024;
const HEADER_BYTES = 4;

export type Frame = arrow.channel.Frame;
export type FrameProperties = arrow.channel.Frame.$Properties;

export class ChannelProtocolError extends Error {
  override name = 'ChannelProtocolError';
}

export function encodeFrame(frame: FrameProperties): Uint8Array {
  const body = arrow.channel.Frame.encode(frame).finish();
  if (body.length > MAX_FRAME_BYTES) {
    throw new ChannelProtocolError(`frame of ${body.length} bytes exceeds the ${MAX_FRAME_BYTES}-byte limit`);
  }
  const out = new Uint8Array(HEADER_BYTES + body.length);
  new DataView(out.buffer).setUint32(0, body.length, true);
  out.set(body, HEADER_BYTES);
  return out;
}

export function decodeFrameBody(body: Uint8Array): Frame {
  try {
    return arrow.channel.Frame.decode(body);
  } catch (error) {
    throw new ChannelProtocolError(`undecodable frame: ${(error as Error).message}`);
  }
}

/**
 * Streaming splitter: push arbitrary chunks, get back whole frames. A length above the limit is a
 * protocol error raised before any of that frame's bytes are buffered.
 */
export class FrameSplitter {
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  readonly #maxFrameBytes: number;

  constructor(maxFrameBytes = MAX_FRAME_BYTES) {
    this.#maxFrameBytes = maxFrameBytes;
  }

  /** Bytes held waiting for the rest of a frame. */
  get bufferedBytes(): number {
    return this.#pendingBytes;
  }

  push(chunk: Uint8Array): Frame[] {
    if (chunk.length > 0) {
      this.#pending.push(chunk);
      this.#pendingBytes += chunk.length;
    }
    const frames: Frame[] = [];
    for (;;) {
      if (this.#pendingBytes < HEADER_BYTES) break;
      const header = this.#peek(HEADER_BYTES);
      const length = new DataView(header.buffer, header.byteOffset, HEADER_BYTES).getUint32(0, true);
      if (length > this.#maxFrameBytes) {
        throw new ChannelProtocolError(`peer announced a ${length}-byte frame, above the ${this.#maxFrameBytes}-byte limit`);
      }
      if (this.#pendingBytes < HEADER_BYTES + length) break;
      const whole = this.#take(HEADER_BYTES + length);
      frames.push(decodeFrameBody(whole.subarray(HEADER_BYTES)));
    }
    return frames;
  }

  #peek(count: number): Uint8Array {
    const first = this.#pending[0]!;
    if (first.length >= count) return first.subarray(0, count);
    this.#pending = [concat(this.#pending, this.#pendingBytes)];
    return this.#pending[0]!.subarray(0, count);
  }

  #take(count: number): Uint8Array {
    const joined = this.#pending.length === 1 ? this.#pending[0]! : concat(this.#pending, this.#pendingBytes);
    const taken = joined.subarray(0, count);
    const rest = joined.subarray(count);
    this.#pending = rest.length > 0 ? [rest] : [];
    this.#pendingBytes = rest.length;
    return taken;
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
