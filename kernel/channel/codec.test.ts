import test from 'ava';
import fc from 'fast-check';
import { encodeFrame, FrameSplitter, ChannelProtocolError, MAX_FRAME_BYTES, type FrameProperties } from './codec.ts';

const frameArb: fc.Arbitrary<FrameProperties> = fc.oneof(
  fc.record({ seq: fc.nat(1e9), ack: fc.nat(1e9), output: fc.record({ stream: fc.constantFrom(1, 2), data: fc.uint8Array({ maxLength: 3000 }) }) }),
  fc.record({ seq: fc.nat(1e9), ack: fc.nat(1e9), start: fc.record({ argv: fc.array(fc.string()), env: fc.array(fc.string()), cwd: fc.string() }) }),
  fc.record({ seq: fc.nat(1e9), ack: fc.nat(1e9), exited: fc.record({ code: fc.integer({ min: 0, max: 255 }), signal: fc.integer({ min: 0, max: 64 }) }) }),
  fc.record({ seq: fc.constant(0), ack: fc.nat(1e9) }),
);

test('frames survive any chunking of the byte stream', (t) => {
  fc.assert(
    fc.property(fc.array(frameArb, { maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 20 }), (frames, cuts) => {
      const bytes = Buffer.concat(frames.map((frame) => encodeFrame(frame)));
      const splitter = new FrameSplitter();
      const decoded = [];
      let at = 0;
      let cutIndex = 0;
      while (at < bytes.length) {
        const size = cuts[cutIndex++ % cuts.length]!;
        decoded.push(...splitter.push(bytes.subarray(at, at + size)));
        at += size;
      }
      t.is(decoded.length, frames.length);
      t.is(splitter.bufferedBytes, 0);
      decoded.forEach((frame, i) => {
        const expected = frames[i]!;
        t.is(frame.seq, expected.seq ?? 0);
        t.is(frame.ack, expected.ack ?? 0);
        if (expected.output) t.deepEqual(Buffer.from(frame.output!.data!), Buffer.from(expected.output.data!));
        if (expected.start) t.deepEqual(frame.start!.argv, expected.start.argv);
        if (expected.exited) t.is(frame.exited!.code ?? 0, expected.exited.code ?? 0);
      });
    }),
    { numRuns: 300 },
  );
});

test('an announced length above the limit is refused before buffering', (t) => {
  const splitter = new FrameSplitter();
  const header = new Uint8Array(4);
  new DataView(header.buffer).setUint32(0, MAX_FRAME_BYTES + 1, true);
  t.throws(() => splitter.push(header), { instanceOf: ChannelProtocolError, message: /above the 1048576-byte limit/ });
});

test('encoding a frame above the limit fails', (t) => {
  t.throws(() => encodeFrame({ seq: 1, output: { stream: 1, data: new Uint8Array(MAX_FRAME_BYTES + 1) } }), { instanceOf: ChannelProtocolError });
});

test('garbage inside a well-sized frame is a protocol error', (t) => {
  const splitter = new FrameSplitter();
  t.throws(() => splitter.push(Uint8Array.from([3, 0, 0, 0, 0xff, 0xff, 0xff])), { instanceOf: ChannelProtocolError, message: /undecodable/ });
});

test('a partial frame waits for the rest', (t) => {
  const bytes = encodeFrame({ seq: 5, log: { message: 'hello' } });
  const splitter = new FrameSplitter();
  t.deepEqual(splitter.push(bytes.subarray(0, 3)), []);
  t.deepEqual(splitter.push(bytes.subarray(3, bytes.length - 1)), []);
  const [frame] = splitter.push(bytes.subarray(bytes.length - 1));
  t.is(frame!.log!.message, 'hello');
  t.is(frame!.seq, 5);
});

test('frames still encode and decode after other generated protos are loaded', async (t) => {
  await import('../../raft/proto/raft.pb.js');
  await import('../../p2p/proto/p2p.pb.js');
  const [frame] = new FrameSplitter().push(encodeFrame({ seq: 1, exited: { code: 3 } }));
  t.is(frame!.exited!.code, 3);
});
