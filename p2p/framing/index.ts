// Length-prefixed frames over a libp2p stream (an unsigned varint length, then that many bytes:
// it-length-prefixed's format), with a size limit on every frame and a timeout on every read.
// Shared by every Arrow protocol that sends protobuf messages over streams: the piece exchange,
// the request/response RPC, Raft.
import * as lp from 'it-length-prefixed';
import { Uint8ArrayList } from 'uint8arraylist';
import type { Stream } from '@libp2p/interface';

/** A frame as it arrived: the chunks of a Uint8ArrayList (it-length-prefixed's). */
export interface Frame { byteLength: number; subarray(start?: number, end?: number): Uint8Array; sublist(start?: number, end?: number): Iterable<Uint8Array> }
export type FrameReader = AsyncIterator<Frame>;

/**
 * Reads the frames of a stream, each at most `maxBytes`: a longer one fails the read as soon as
 * its length prefix is in, before any of it is buffered (see frameErrorKind).
 */
export function frameReader(stream: Stream, maxBytes: number): FrameReader {
  return lp.decode(stream, { maxDataLength: maxBytes })[Symbol.asyncIterator]();
}

export class FrameTimeoutError extends Error {
  constructor(what: string, timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms waiting for ${what}`);
    this.name = 'FrameTimeoutError';
  }
}

export class StreamEndedError extends Error {
  constructor(what: string) {
    super(`stream closed while waiting for ${what}`);
    this.name = 'StreamEndedError';
  }
}

/** Reads one frame or fails after `timeoutMs` (aborting the stream so nothing leaks). */
export async function readFrame(stream: Stream, reader: FrameReader, timeoutMs: number, what: string): Promise<Uint8Array> {
  return (await readFrameChunks(stream, reader, timeoutMs, what)).subarray();
}

/** readFrame without joining the frame's chunks into one new array. */
export async function readFrameChunks(stream: Stream, reader: FrameReader, timeoutMs: number, what: string): Promise<Frame> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new FrameTimeoutError(what, timeoutMs);
      stream.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    const next = await Promise.race([reader.next(), timeout]);
    if (next.done) throw new StreamEndedError(what);
    return next.value;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Writes one frame, waiting for the muxer to drain when its buffer is full (back-pressure). The
 * message is not copied (its prefix goes beside it), so a frame of many MiB costs no second copy.
 */
export async function writeFrame(stream: Stream, message: Uint8Array, timeoutMs: number): Promise<void> {
  const prefix: number[] = [];
  writeVarint(message.byteLength, prefix);
  await writeFramed(stream, new Uint8ArrayList(Uint8Array.from(prefix), message), timeoutMs);
}

/** Writes bytes already framed (encodeFrames, or a hand-built frame) with writeFrame's back-pressure. */
export async function writeFramed(stream: Stream, framed: Uint8Array | Uint8ArrayList, timeoutMs: number): Promise<void> {
  if (!stream.send(framed)) await stream.onDrain({ signal: AbortSignal.timeout(timeoutMs) });
}

/** Appends `value` (a non-negative integer below 2^53) as an unsigned base-128 varint. */
export function writeVarint(value: number, out: number[]): void {
  while (value > 0x7f) { out.push((value & 0x7f) | 0x80); value = Math.floor(value / 128); }
  out.push(value);
}

/**
 * Several frames as one contiguous buffer, so a burst of small messages costs the stream, the
 * muxer and the encryption one write instead of one each.
 */
export function encodeFrames(bodies: readonly Uint8Array[]): Uint8Array {
  const prefixes: number[][] = [];
  let total = 0;
  for (const body of bodies) {
    const prefix: number[] = [];
    writeVarint(body.length, prefix);
    prefixes.push(prefix);
    total += prefix.length + body.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < bodies.length; i++) {
    out.set(prefixes[i]!, at);
    at += prefixes[i]!.length;
    out.set(bodies[i]!, at);
    at += bodies[i]!.length;
  }
  return out;
}

/**
 * What a failed read says about the peer: 'oversized' when a frame announced more than the
 * reader's limit, 'malformed' when the length prefix itself was not a valid varint or the stream
 * ended inside a frame, undefined for anything else (timeouts, resets, closes).
 */
export function frameErrorKind(error: unknown): 'oversized' | 'malformed' | undefined {
  const name = error instanceof Error ? error.name : '';
  if (name === 'InvalidDataLengthError') return 'oversized';
  if (name === 'InvalidDataLengthLengthError' || name === 'InvalidMessageLengthError' || name === 'UnexpectedEOFError') return 'malformed';
  return undefined;
}
