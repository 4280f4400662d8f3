import test from 'ava';
import fc from 'fast-check';
import * as lp from 'it-length-prefixed';
import { encodeResponse, pieceFrame } from './codec.ts';

test('pieceFrame is byte for byte the length-prefixed protobuf encoding of a piece answer', (t) => {
  t.notThrows(() => fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.uint8Array({ maxLength: 600 }), (index, data) => {
    const ours = pieceFrame(index, data).subarray();
    const theirs = lp.encode.single(encodeResponse({ piece: { index, data } })).subarray();
    return Buffer.from(ours).equals(Buffer.from(theirs));
  })));
  // A whole piece: multi-byte length varints at every level.
  const piece = new Uint8Array(1024 * 1024).fill(7);
  const framed = pieceFrame(300, piece).subarray();
  t.true(Buffer.from(framed).equals(Buffer.from(lp.encode.single(encodeResponse({ piece: { index: 300, data: piece } })).subarray())));
});
