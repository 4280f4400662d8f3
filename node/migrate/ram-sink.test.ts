// RamSink: QEMU's bytes become Ram frames in order, and finish() covers every byte written even
// while the stream holds some of them back (the ordering RamEnd depends on).
import test from 'ava';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { decodeSource } from './wire.ts';
import { RamSink } from './ram-sink.ts';
import { FrameReader } from './frames.ts';
import { Readable } from 'node:stream';

/** A stream whose write callbacks wait until release(): a peer that does not read for a while. */
class HeldStream extends EventEmitter {
  readonly written: Uint8Array[] = [];
  #held: (() => void)[] = [];
  write(chunk: Uint8Array, callback?: (error?: Error | null) => void): boolean {
    this.written.push(chunk);
    if (callback) this.#held.push(() => callback());
    return true;
  }
  release(): void {
    const held = this.#held.splice(0);
    for (const done of held) done();
  }
}

async function ramOf(frames: Uint8Array[]): Promise<Buffer> {
  const reader = new FrameReader(Readable.from([Buffer.concat(frames)]));
  const parts: Uint8Array[] = [];
  for (let i = 0; i < frames.length; i++) {
    const message = decodeSource(await reader.read(1 << 20, 1000, 'a frame'));
    if (message.body === 'ram' && message.ram) parts.push(message.ram);
  }
  return Buffer.concat(parts);
}

test('finish() waits for the bytes the stream held back: its count and digest cover all of them', async (t) => {
  const stream = new HeldStream();
  const sink = new RamSink(stream);
  const first = Buffer.alloc(100_000, 1);
  const second = Buffer.alloc(300_000, 2); // over 256 KiB: two frames
  const third = Buffer.alloc(10, 3);
  sink.write(first);
  sink.write(second); // waits in the sink: the stream has not called back for the first
  sink.write(third);
  t.is(stream.written.length, 1, 'only the first write reached the stream');
  let done = false;
  const finishing = sink.finish(5_000).then((result) => {
    done = true;
    return result;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.false(done, 'not finished while bytes wait');
  for (let i = 0; i < 10 && !done; i++) {
    stream.release();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { bytes, sha256 } = await finishing;
  const all = Buffer.concat([first, second, third]);
  t.is(bytes, all.length);
  t.deepEqual(sha256, createHash('sha256').update(all).digest());
  t.deepEqual(await ramOf(stream.written), all, 'the frames carry the bytes in order');
});

test('finish() fails when the stream closes with bytes still held, or when it takes too long', async (t) => {
  const closed = new HeldStream();
  const sink = new RamSink(closed);
  sink.write(Buffer.alloc(10));
  sink.write(Buffer.alloc(10));
  const finishing = sink.finish(5_000);
  closed.emit('close');
  await t.throwsAsync(finishing, { message: /the migration stream closed/ });
  const stalled = new RamSink(new HeldStream());
  stalled.write(Buffer.alloc(10));
  await t.throwsAsync(stalled.finish(100), { name: 'AbortError' });
});
