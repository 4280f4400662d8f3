import test from 'ava';
import fc from 'fast-check';
import * as lp from 'it-length-prefixed';
import { Uint8ArrayList } from 'uint8arraylist';
import { arrow } from '../proto/p2p.pb.js';
import { encodeResponse, parsePieceFrame, pieceFrame } from './codec.ts';

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

test('parsePieceFrame reads what protobuf decoding reads from a piece answer, from any chunking, and nothing else', (t) => {
  const asFrame = (bytes: Uint8Array, cuts: number[]) => {
    const list = new Uint8ArrayList();
    let at = 0;
    for (const cut of [...cuts].map((c) => c % (bytes.length + 1)).sort((a, b) => a - b)) { list.append(bytes.subarray(at, cut)); at = cut; }
    list.append(bytes.subarray(at));
    return list;
  };
  t.notThrows(() => fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat(), { maxLength: 5 }), (index, data, cuts) => {
    const body = encodeResponse({ piece: { index, data } });
    const parsed = parsePieceFrame(asFrame(body, cuts));
    const decoded = arrow.p2p.Response.decode(body);
    return parsed !== undefined && parsed.index === decoded.piece!.index && Buffer.concat(parsed.data).equals(Buffer.from(decoded.piece!.data ?? []));
  })));
  // Other answers and arbitrary bytes: either not recognised, or recognised as what protobuf reads.
  t.notThrows(() => fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
    const parsed = parsePieceFrame(asFrame(bytes, [3]));
    if (!parsed) return true;
    const decoded = arrow.p2p.Response.decode(bytes);
    return decoded.piece !== null && decoded.piece !== undefined && !decoded.error && parsed.index === decoded.piece.index && Buffer.concat(parsed.data).equals(Buffer.from(decoded.piece.data ?? []));
  })));
  t.is(parsePieceFrame(asFrame(encodeResponse({ error: { code: 'busy', message: 'x' } }), [])), undefined);
});
