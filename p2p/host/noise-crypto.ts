// Noise's default crypto with one cost removed: for every transport message (up to 64 KiB, so
// 16 per 1 MiB piece) it hands the raw key to createCipheriv, which builds a new KeyObject each
// time; in a CPU profile of a benchmark node that was ~0.8 s of ~6 s spent in Noise ciphers.
// Here each session key becomes a KeyObject once. Same cipher, same wire format.
import { createCipheriv, createDecipheriv, createSecretKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto';
import type { ICryptoInterface } from '@chainsafe/libp2p-noise';

/** Below this, noise's own choice (a WASM cipher) is faster than node's; above, node's native one. */
const NATIVE_MIN_BYTES = 1200;
const keyObjects = new WeakMap<Uint8Array, { bytes: Buffer; key: KeyObject }>();

function keyObject(k: Uint8Array): KeyObject {
  const cached = keyObjects.get(k);
  // The bytes are compared too, so a key array reused with new contents cannot hit a stale entry.
  if (cached && cached.bytes.equals(k)) return cached.key;
  const bytes = Buffer.from(k);
  const key = createSecretKey(bytes);
  keyObjects.set(k, { bytes, key });
  return key;
}

export const noiseCrypto: ICryptoInterface = {
  ...defaultCrypto,
  chaCha20Poly1305Encrypt(plaintext, nonce, ad, k) {
    if (!(plaintext instanceof Uint8Array) || plaintext.byteLength < NATIVE_MIN_BYTES) return defaultCrypto.chaCha20Poly1305Encrypt(plaintext, nonce, ad, k);
    const cipher = createCipheriv('chacha20-poly1305', keyObject(k), nonce, { authTagLength: 16 });
    cipher.setAAD(ad, { plaintextLength: plaintext.byteLength });
    const updated = cipher.update(plaintext);
    const final = cipher.final();
    const tag = cipher.getAuthTag();
    return Buffer.concat([updated, final, tag], updated.byteLength + final.byteLength + tag.byteLength);
  },
  chaCha20Poly1305Decrypt(ciphertext, nonce, ad, k, dst) {
    if (!(ciphertext instanceof Uint8Array) || ciphertext.byteLength < NATIVE_MIN_BYTES) return defaultCrypto.chaCha20Poly1305Decrypt(ciphertext, nonce, ad, k, dst);
    const text = ciphertext.subarray(0, ciphertext.length - 16);
    const decipher = createDecipheriv('chacha20-poly1305', keyObject(k), nonce, { authTagLength: 16 });
    decipher.setAAD(ad, { plaintextLength: text.byteLength });
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
    const output = decipher.update(text);
    const final = decipher.final();
    return final.byteLength > 0 ? Buffer.concat([output, final], output.byteLength + final.byteLength) : output;
  },
};
