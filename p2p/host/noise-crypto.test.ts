import test from 'ava';
import { randomBytes } from 'node:crypto';
import { Uint8ArrayList } from 'uint8arraylist';
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto';
import { noiseCrypto } from './noise-crypto.ts';

const bytes = (data: Uint8Array | { subarray(): Uint8Array }) => Buffer.from(data instanceof Uint8Array ? data : data.subarray());

test('same ciphertext as noise\'s default (node:crypto) for arrays and lists of any split; decrypts back; rejects tampering', (t) => {
  const k = randomBytes(32);
  const nonce = randomBytes(12);
  const ad = randomBytes(32);
  for (const size of [0, 100, 1199, 1200, 4096, 65519]) {
    const plain = randomBytes(size);
    const expected = bytes(defaultCrypto.chaCha20Poly1305Encrypt(plain, nonce, ad, k));
    const cut = Math.floor(size / 3);
    const list = new Uint8ArrayList(plain.subarray(0, cut), plain.subarray(cut, cut), plain.subarray(cut));
    for (const input of [plain, list]) {
      const sealed = bytes(noiseCrypto.chaCha20Poly1305Encrypt(input as Uint8Array, nonce, ad, k));
      t.deepEqual(sealed, expected, `size ${size}`);
      const half = Math.floor(sealed.length / 2);
      for (const ciphertext of [sealed, new Uint8ArrayList(sealed.subarray(0, half), sealed.subarray(half))]) {
        t.deepEqual(bytes(noiseCrypto.chaCha20Poly1305Decrypt(ciphertext as Uint8Array, nonce, ad, k, undefined)), plain);
      }
      // As Noise calls it: `dst` is the ciphertext's own bytes (one piece) or a copy of them (a list).
      const inPlace = Buffer.from(sealed);
      t.deepEqual(bytes(noiseCrypto.chaCha20Poly1305Decrypt(inPlace, nonce, ad, k, inPlace.subarray(0, size))), plain);
      t.deepEqual(inPlace.subarray(0, size), plain, 'decrypted where dst points');
      const split = new Uint8ArrayList(sealed.subarray(0, half), sealed.subarray(half));
      const copy = split.subarray(0, size);
      t.deepEqual(bytes(noiseCrypto.chaCha20Poly1305Decrypt(split as unknown as Uint8Array, nonce, ad, k, copy)), plain);
      t.deepEqual(bytes(input), plain, 'encryption leaves its input as it was');
      const tampered = Buffer.from(sealed);
      tampered[0]! ^= 1;
      t.throws(() => noiseCrypto.chaCha20Poly1305Decrypt(tampered, nonce, ad, k, undefined));
    }
  }
});
