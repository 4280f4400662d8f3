import test from 'ava';
import fc from 'fast-check';
import { Bitfield } from '../pieces/index.ts';
import { choosePiece, unobtainable } from './index.ts';

const field = (size: number, set: number[]) => { const f = new Bitfield(size); for (const i of set) f.set(i); return f; };

test('picks the rarest piece the peer holds, skipping held and in-flight pieces', (t) => {
  const held = field(5, [0]);
  const origin = Bitfield.full(5);
  const peerA = field(5, [1, 2]);
  const peerB = field(5, [1]);
  const input = { held, inFlight: new Set([4]), peerHaves: [origin, peerA, peerB] };
  // piece 3: only the origin -> rarest; piece 2: origin+A; piece 1: three holders.
  t.is(choosePiece(input, origin), 3);
  t.is(choosePiece(input, peerA), 2);
  t.is(choosePiece(input, peerB), 1);
  t.is(choosePiece({ ...input, inFlight: new Set([1, 4]) }, peerB), undefined);
});

test('never returns a held, in-flight or absent piece; returns one whenever possible', (t) => {
  fc.assert(fc.property(
    fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(
      fc.constant(n),
      fc.uniqueArray(fc.nat(n - 1)), fc.uniqueArray(fc.nat(n - 1)), fc.uniqueArray(fc.nat(n - 1)),
      fc.double({ min: 0, max: 0.999999, noNaN: true }),
    )),
    ([n, heldSet, flightSet, peerSet, r]) => {
      const input = { held: field(n, heldSet), inFlight: new Set(flightSet), peerHaves: [field(n, peerSet)] };
      const peer = field(n, peerSet);
      const choice = choosePiece(input, peer, () => r);
      const possible = peerSet.filter((i) => !heldSet.includes(i) && !flightSet.includes(i));
      if (possible.length === 0) return choice === undefined;
      return choice !== undefined && possible.includes(choice);
    },
  ), { numRuns: 300 });
  t.pass();
});

test('random tie-breaks spread simultaneous pullers over different pieces', (t) => {
  const origin = Bitfield.full(100);
  const input = { held: new Bitfield(100), inFlight: new Set<number>(), peerHaves: [origin] };
  let seed = 7;
  const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  const picks = new Set(Array.from({ length: 20 }, () => choosePiece(input, origin, random)));
  t.true(picks.size >= 15);
});

test('unobtainable lists pieces nobody holds', (t) => {
  t.deepEqual(unobtainable({ held: field(4, [0]), inFlight: new Set(), peerHaves: [field(4, [1])] }), [2, 3]);
});

test('bitfield addAll and removeAll are set union and difference of equal-sized sets', (t) => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 70 }).chain((size) => fc.tuple(fc.constant(size), fc.uniqueArray(fc.nat(size - 1)), fc.uniqueArray(fc.nat(size - 1)))), ([size, a, b]) => {
    const union = field(size, a);
    union.addAll(field(size, b));
    const difference = field(size, a);
    difference.removeAll(field(size, b));
    t.deepEqual(union.indexes(), [...new Set([...a, ...b])].sort((x, y) => x - y));
    t.deepEqual(difference.indexes(), a.filter((i) => !b.includes(i)).sort((x, y) => x - y));
  }));
  t.throws(() => new Bitfield(8).addAll(new Bitfield(9)), { instanceOf: RangeError });
});
