import test from 'ava';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { AVG_CHUNK_BYTES, ChunkSplitter, MAX_CHUNK_BYTES, MIN_CHUNK_BYTES, chunkLengths } from './index.ts';
import { randomData } from './test-support.ts';

function digests(data: Uint8Array): string[] {
  const out: string[] = [];
  let offset = 0;
  for (const length of chunkLengths(data)) {
    out.push(createHash('sha256').update(data.subarray(offset, offset + length)).digest('hex'));
    offset += length;
  }
  return out;
}

test('chunks cover the input, each within MIN..MAX but the last, with a mean near the target', (t) => {
  const data = randomData(16 * 1024 * 1024, 7);
  const lengths = chunkLengths(data);
  t.is(lengths.reduce((a, b) => a + b, 0), data.length);
  for (const length of lengths.slice(0, -1)) {
    t.true(length >= MIN_CHUNK_BYTES && length <= MAX_CHUNK_BYTES, `chunk of ${length} bytes`);
  }
  const mean = data.length / lengths.length;
  t.log(`${lengths.length} chunks, mean ${(mean / 1024).toFixed(1)} KiB`);
  t.true(mean > AVG_CHUNK_BYTES * 0.6 && mean < AVG_CHUNK_BYTES * 1.6, `mean chunk ${mean}`);
  t.deepEqual(chunkLengths(new Uint8Array(0)), []);
  t.deepEqual(chunkLengths(new Uint8Array(100)), [100]);
  // Constant data never matches the mask: forced cuts at MAX.
  t.deepEqual(chunkLengths(new Uint8Array(3 * MAX_CHUNK_BYTES)), [MAX_CHUNK_BYTES, MAX_CHUNK_BYTES, MAX_CHUNK_BYTES]);
});

test('an edit changes only the chunks around it, an insertion does not shift the rest', (t) => {
  const data = randomData(4 * 1024 * 1024, 3);
  const before = digests(data);
  const edited = data.slice();
  edited[2 * 1024 * 1024]! ^= 0xff;
  const afterEdit = digests(edited);
  const held = new Set(before);
  t.true(afterEdit.filter((d) => !held.has(d)).length <= 2);

  const inserted = new Uint8Array(data.length + 100);
  inserted.set(data.subarray(0, 1024 * 1024));
  inserted.set(randomData(100, 99), 1024 * 1024);
  inserted.set(data.subarray(1024 * 1024), 1024 * 1024 + 100);
  const afterInsert = digests(inserted);
  const fresh = afterInsert.filter((d) => !held.has(d)).length;
  t.log(`insertion: ${fresh} new chunks of ${afterInsert.length}`);
  t.true(fresh <= 3, 'an insertion re-cuts only its neighbourhood');
});

test('property: the streaming splitter cuts exactly like the whole-buffer cut, whatever the piece sizes', (t) => {
  fc.assert(fc.property(
    fc.integer({ min: 0, max: 1_200_000 }), fc.integer({ min: 1, max: 1000 }), fc.array(fc.integer({ min: 1, max: 400_000 }), { minLength: 1, maxLength: 8 }),
    (size, seed, pieces) => {
      const data = randomData(size, seed);
      const splitter = new ChunkSplitter();
      const out: Uint8Array[] = [];
      let offset = 0;
      for (let i = 0; offset < data.length; i++) {
        const take = pieces[i % pieces.length]!;
        out.push(...splitter.push(data.subarray(offset, offset + take)));
        offset += take;
      }
      out.push(...splitter.end());
      t.deepEqual(out.map((c) => c.length), chunkLengths(data));
      t.true(Buffer.concat(out).equals(Buffer.from(data)));
    },
  ), { numRuns: 40 });
});
