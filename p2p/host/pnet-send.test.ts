import test from 'ava';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { xorChunks } from './pnet-send.ts';
import type { StreamXor } from './pnet-send.ts';

const xsalsa20 = createRequire(import.meta.resolve('@libp2p/pnet'))('xsalsa20') as (nonce: Uint8Array, key: Uint8Array) => StreamXor;

test('chunks encrypted in place give the bytes pnet gives for their concatenation, across calls of any split', (t) => {
  const nonce = randomBytes(24);
  const key = randomBytes(32);
  const ours = xsalsa20(nonce, key);
  const theirs = xsalsa20(nonce, key);
  for (const sizes of [[0], [1, 63, 64, 65], [12, 65519, 16, 2, 65519, 16], [1024 * 1024 + 7], [3, 0, 100_000, 5]]) {
    const chunks = sizes.map((n) => randomBytes(n));
    const total = sizes.reduce((a, b) => a + b, 0);
    t.deepEqual(Buffer.from(xorChunks(ours, chunks, total)), Buffer.from(theirs.update(Buffer.concat(chunks))));
  }
  t.throws(() => xorChunks(ours, [randomBytes(4)], 3));
  t.throws(() => xorChunks(ours, [randomBytes(4)], 5));
});
