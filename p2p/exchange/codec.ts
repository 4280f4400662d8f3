// The piece exchange's messages, framed by p2p/framing (length-prefixed protobuf, a size limit on
// every frame, a timeout on every read), and the zero-copy path for piece answers.
import { Uint8ArrayList } from 'uint8arraylist';
import { writeVarint } from '../framing/index.ts';
import type { Frame } from '../framing/index.ts';
import { arrow } from '../proto/p2p.pb.js';
import { PIECE_SIZE } from '../pieces/index.ts';

export const PIECES_PROTOCOL = '/arrow/pieces/1.0.0';
/** A request is a digest and an index: anything bigger is not one of ours. */
export const MAX_REQUEST_BYTES = 1024;
/** A piece plus its envelope, or a manifest of up to ~30 000 pieces (30 GiB). */
export const MAX_RESPONSE_BYTES = PIECE_SIZE + 64 * 1024;

export function encodeRequest(request: arrow.p2p.Request.$Properties): Uint8Array {
  return arrow.p2p.Request.encode(request).finish();
}

export function encodeResponse(response: arrow.p2p.Response.$Properties): Uint8Array {
  return arrow.p2p.Response.encode(response).finish();
}

/**
 * A piece answer as one frame: exactly the bytes of encodeResponse({ piece: { index, data } })
 * behind its length prefix, but with the piece sent as it is instead of copied into a new 1 MiB
 * buffer by the protobuf writer (that copy, per piece sent, was a large share of an uploading
 * node's allocation and GC time).
 */
export function pieceFrame(index: number, data: Uint8Array): Uint8ArrayList {
  const inner: number[] = [];
  if (index !== 0) { inner.push(0x08); writeVarint(index, inner); } // PieceResponse.index = 1 (varint; proto3 omits 0)
  if (data.length > 0) { inner.push(0x12); writeVarint(data.length, inner); } // PieceResponse.data = 2 (bytes; proto3 omits empty)
  const innerLength = inner.length + data.length;
  const outer: number[] = [0x12]; // Response.piece = 2 (message)
  writeVarint(innerLength, outer);
  const head: number[] = [];
  writeVarint(outer.length + innerLength, head); // the frame's length prefix
  return new Uint8ArrayList(Uint8Array.from([...head, ...outer, ...inner]), data);
}

/** Reads a base-128 varint of at most 5 bytes (a uint32 field or a length); undefined if malformed. */
function readVarint(bytes: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0; i < 5 && at + i < bytes.length; i++) {
    const byte = bytes[at + i]!;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return value > 0xffffffff ? undefined : { value, next: at + i + 1 };
  }
  return undefined;
}

/**
 * A piece answer read without joining its (up to 1 MiB) data into one new array: the data comes
 * back as the chunks it arrived in. Only the exact layout pieceFrame writes is recognised:
 * Response.piece (field 2) spanning the whole frame, holding an optional index (field 1, varint)
 * and then the data (field 2) spanning the rest. For such a frame protobuf decoding gives the same
 * index and data; anything else (errors, have answers, other field orders) gives undefined and
 * is decoded as usual.
 */
export function parsePieceFrame(frame: Frame): { index: number; data: Uint8Array[] } | undefined {
  const total = frame.byteLength;
  const head = frame.subarray(0, Math.min(total, 24));
  if (head[0] !== 0x12) return undefined;
  const outer = readVarint(head, 1);
  if (!outer || outer.next + outer.value !== total) return undefined;
  let at = outer.next;
  let index = 0;
  if (head[at] === 0x08) {
    const field = readVarint(head, at + 1);
    if (!field) return undefined;
    index = field.value;
    at = field.next;
  }
  if (at === total) return { index, data: [] };
  if (head[at] !== 0x12) return undefined;
  const length = readVarint(head, at + 1);
  if (!length || length.next + length.value !== total) return undefined;
  return { index, data: [...frame.sublist(length.next, total)] };
}
