// Length-prefixed protobuf frames over a libp2p stream, with a size limit on every frame and a
// timeout on every read.
import * as lp from 'it-length-prefixed';
import { Uint8ArrayList } from 'uint8arraylist';
import type { Stream } from '@libp2p/interface';
import { arrow } from '../proto/p2p.pb.js';
import { PIECE_SIZE } from '../pieces/index.ts';

export const PIECES_PROTOCOL = '/arrow/pieces/1.0.0';
/** A request is a digest and an index: anything bigger is not one of ours. */
export const MAX_REQUEST_BYTES = 1024;
/** A piece plus its envelope, or a manifest of up to ~30 000 pieces (30 GiB). */
export const MAX_RESPONSE_BYTES = PIECE_SIZE + 64 * 1024;

export type FrameReader = AsyncIterator<{ subarray(): Uint8Array }>;

export function frameReader(stream: Stream, maxBytes: number): FrameReader {
  return lp.decode(stream, { maxDataLength: maxBytes })[Symbol.asyncIterator]();
}

/** Reads one frame or fails after `timeoutMs` (aborting the stream so nothing leaks). */
export async function readFrame(stream: Stream, reader: FrameReader, timeoutMs: number, what: string): Promise<Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      stream.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    const next = await Promise.race([reader.next(), timeout]);
    if (next.done) throw new Error(`stream closed while waiting for ${what}`);
    return next.value.subarray();
  } finally {
    clearTimeout(timer);
  }
}

/** Writes one frame, waiting for the muxer to drain when its buffer is full (back-pressure). */
export async function writeFrame(stream: Stream, message: Uint8Array, timeoutMs: number): Promise<void> {
  const framed = lp.encode.single(message);
  if (!stream.send(framed)) await stream.onDrain({ signal: AbortSignal.timeout(timeoutMs) });
}

export function encodeRequest(request: arrow.p2p.Request.$Properties): Uint8Array {
  return arrow.p2p.Request.encode(request).finish();
}

export function encodeResponse(response: arrow.p2p.Response.$Properties): Uint8Array {
  return arrow.p2p.Response.encode(response).finish();
}

function varint(value: number, out: number[]): void {
  while (value > 0x7f) { out.push((value & 0x7f) | 0x80); value = Math.floor(value / 128); }
  out.push(value);
}

/**
 * A piece answer as one frame: exactly the bytes of encodeResponse({ piece: { index, data } })
 * behind its length prefix, but with the piece sent as it is instead of copied into a new 1 MiB
 * buffer by the protobuf writer (that copy, per piece sent, was a large share of an uploading
 * node's allocation and GC time).
 */
export function pieceFrame(index: number, data: Uint8Array): Uint8ArrayList {
  const inner: number[] = [];
  if (index !== 0) { inner.push(0x08); varint(index, inner); } // PieceResponse.index = 1 (varint; proto3 omits 0)
  if (data.length > 0) { inner.push(0x12); varint(data.length, inner); } // PieceResponse.data = 2 (bytes; proto3 omits empty)
  const innerLength = inner.length + data.length;
  const outer: number[] = [0x12]; // Response.piece = 2 (message)
  varint(innerLength, outer);
  const head: number[] = [];
  varint(outer.length + innerLength, head); // the frame's length prefix
  return new Uint8ArrayList(Uint8Array.from([...head, ...outer, ...inner]), data);
}

/** Writes a frame built by pieceFrame (same back-pressure as writeFrame). */
export async function writeFramed(stream: Stream, framed: Uint8ArrayList, timeoutMs: number): Promise<void> {
  if (!stream.send(framed)) await stream.onDrain({ signal: AbortSignal.timeout(timeoutMs) });
}
