import test from 'ava';
import fc from 'fast-check';
import { arrow } from '../proto/raft.pb.js';
import { EntryRunDecodeError, decodeEntryRun, encodeEntryRun, entrySize } from './entry-run.ts';

const entryArb = fc.record({
  term: fc.maxSafeNat(),
  index: fc.maxSafeNat(),
  type: fc.constantFrom(arrow.raft.EntryType.NORMAL, arrow.raft.EntryType.CONF_CHANGE),
  data: fc.uint8Array({ maxLength: 300 }),
});

test('hand-encoded runs are what protobufjs decodes, and protobufjs runs decode by hand', (t) => {
  fc.assert(
    fc.property(fc.array(entryArb, { maxLength: 20 }), (entries) => {
      const mine = encodeEntryRun(entries, entries.map(entrySize));
      const theirs = arrow.raft.EntryRun.decode(mine).entries.map((e) => ({ term: e.term, index: e.index, type: e.type, data: [...(e.data ?? [])] }));
      t.deepEqual(theirs, entries.map((e) => ({ ...e, data: [...e.data] })));
      const back = decodeEntryRun(arrow.raft.EntryRun.encode({ entries }).finish()).map((e) => ({ ...e, data: [...e.data] }));
      t.deepEqual(back, entries.map((e) => ({ ...e, data: [...e.data] })));
    }),
  );
});

test('damaged runs are refused rather than misread', (t) => {
  const good = encodeEntryRun([{ term: 3, index: 7, data: Uint8Array.of(1, 2, 3) }], [entrySize({ term: 3, index: 7, data: Uint8Array.of(1, 2, 3) })]);
  for (let cut = 1; cut < good.length; cut++) t.throws(() => decodeEntryRun(good.subarray(0, cut)), { instanceOf: EntryRunDecodeError });
  // A format 1 record (a bare Entry) has a varint where the run has its entries.
  t.throws(() => decodeEntryRun(arrow.raft.Entry.encode({ term: 1, index: 1 }).finish()), { instanceOf: EntryRunDecodeError });
  t.throws(() => decodeEntryRun(Uint8Array.of(0xff, 0xff, 0xff)), { instanceOf: EntryRunDecodeError });
});
