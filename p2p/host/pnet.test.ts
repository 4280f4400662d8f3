import test from 'ava';
import fc from 'fast-check';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createLibp2p } from 'libp2p';
import { tcp } from '@libp2p/tcp';
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { preSharedKey } from '@libp2p/pnet';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { Stream } from '@libp2p/interface';
import { nativeXsalsa20, xorChunks } from './pnet.ts';
import type { StreamXor } from './pnet.ts';
import { createHost } from './index.ts';

// The cipher stock @libp2p/pnet uses, as the reference.
const stockXsalsa20 = createRequire(import.meta.resolve('@libp2p/pnet'))('xsalsa20') as (nonce: Uint8Array, key: Uint8Array) => StreamXor;

test('native XSalsa20 gives pnet\'s keystream across calls of any split, in place or into an output', (t) => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 70_000 }), { minLength: 1, maxLength: 12 }), fc.boolean(), (sizes, inPlace) => {
    const nonce = randomBytes(24);
    const key = randomBytes(32);
    const ours = nativeXsalsa20(nonce, key);
    const theirs = stockXsalsa20(nonce, key);
    for (const size of sizes) {
      const plain = randomBytes(size);
      const expected = Buffer.from(theirs.update(plain));
      const input = Buffer.from(plain);
      const got = inPlace ? ours.update(input) : ours.update(input, new Uint8Array(size));
      if (!expected.equals(Buffer.from(got))) return false;
      if (inPlace !== (got === input)) return false;
    }
    return true;
  }), { numRuns: 60 });
  t.throws(() => nativeXsalsa20(randomBytes(23), randomBytes(32)), { message: /nonce is 23 bytes/ });
  t.throws(() => nativeXsalsa20(randomBytes(24), randomBytes(31)), { message: /key is 31 bytes/ });
  t.throws(() => nativeXsalsa20(randomBytes(24), randomBytes(32)).update(randomBytes(4), new Uint8Array(3)), { message: /output is 3 bytes for 4/ });
});

test('chunks encrypted into one output give the bytes of their concatenation', (t) => {
  const nonce = randomBytes(24);
  const key = randomBytes(32);
  const ours = nativeXsalsa20(nonce, key);
  const theirs = stockXsalsa20(nonce, key);
  for (const sizes of [[0], [1, 63, 64, 65], [12, 65519, 16, 2, 65519, 16], [1024 * 1024 + 7], [3, 0, 100_000, 5]]) {
    const chunks = sizes.map((n) => randomBytes(n));
    const total = sizes.reduce((a, b) => a + b, 0);
    t.deepEqual(Buffer.from(xorChunks(ours, chunks, total)), Buffer.from(theirs.update(Buffer.concat(chunks))));
  }
  t.throws(() => xorChunks(ours, [randomBytes(4)], 3));
  t.throws(() => xorChunks(ours, [randomBytes(4)], 5));
});

const PROTOCOL = '/arrow-test/sha256/1';

async function sendAll(stream: Stream, data: Uint8Array): Promise<void> {
  for (let at = 0; at < data.byteLength; at += 64 * 1024) {
    if (!stream.send(data.subarray(at, at + 64 * 1024))) await once(stream, 'drain', { signal: AbortSignal.timeout(10_000) });
  }
  await stream.close({ signal: AbortSignal.timeout(10_000) });
}

test('a node with the native cipher and a node with stock @libp2p/pnet connect and move data both ways', async (t) => {
  const clusterKey = new Uint8Array(95);
  (await import('@libp2p/pnet')).generateKey(clusterKey);
  const ours = await createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey, listen: ['/ip4/127.0.0.1/tcp/0'] });
  const stock = await createLibp2p({
    privateKey: await generateKeyPair('Ed25519'),
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionProtector: preSharedKey({ psk: clusterKey }),
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
  });
  try {
    // Each side answers a stream with the sha256 of everything it received.
    for (const node of [ours, stock]) {
      await node.handle(PROTOCOL, async (stream) => {
        const hash = createHash('sha256');
        for await (const chunk of stream) hash.update(chunk.subarray());
        await sendAll(stream, hash.digest());
      });
    }
    const data = randomBytes(3 * 1024 * 1024 + 5);
    const expected = createHash('sha256').update(data).digest();
    for (const [from, to] of [[ours, stock], [stock, ours]] as const) {
      const stream = await from.dialProtocol(to.getMultiaddrs()[0]!, PROTOCOL, { signal: AbortSignal.timeout(10_000) });
      const answer = (async () => {
        const parts: Buffer[] = [];
        for await (const chunk of stream) parts.push(Buffer.from(chunk.subarray()));
        return Buffer.concat(parts);
      })();
      await sendAll(stream, data);
      t.deepEqual(await answer, expected);
    }
  } finally {
    await Promise.all([ours.stop(), stock.stop()]);
  }
});
