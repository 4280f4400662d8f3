import test from 'ava';
import fc from 'fast-check';
import { arrow } from '../proto/raft.pb.js';
import { ProposalCodec, ProposalDecodeError } from './proposal.ts';

test('hand-encoded proposals are what protobufjs decodes, and protobufjs proposals decode by hand', (t) => {
  fc.assert(
    fc.property(fc.string(), fc.string(), fc.maxSafeNat(), fc.uint8Array({ maxLength: 300 }), (me, other, request, command) => {
      const codec = new ProposalCodec(me);
      const decoded = arrow.raft.DriverProposal.decode(codec.encode(request, command));
      t.is(decoded.proposer, me);
      t.is(decoded.request, request);
      t.deepEqual([...decoded.command], [...command]);
      for (const proposer of [me, other]) {
        const theirs = codec.decode(arrow.raft.DriverProposal.encode({ proposer, request, command }).finish());
        t.is(theirs.own, proposer === me);
        t.is(theirs.request, request);
        t.deepEqual([...theirs.command], [...command]);
      }
    }),
  );
});

test('damaged proposals are refused', (t) => {
  const codec = new ProposalCodec('a/0123');
  const good = codec.encode(7, Uint8Array.of(1, 2, 3));
  // Cut inside the proposer, inside the command's bytes; a wrong wire type for a known field.
  t.throws(() => codec.decode(good.subarray(0, 4)), { instanceOf: ProposalDecodeError });
  t.throws(() => codec.decode(good.subarray(0, good.length - 1)), { instanceOf: ProposalDecodeError });
  t.throws(() => codec.decode(Uint8Array.of(0x0b, 0x01)), { instanceOf: ProposalDecodeError });
  t.throws(() => codec.decode(Uint8Array.of(0x10, 0xff)), { instanceOf: ProposalDecodeError });
});
