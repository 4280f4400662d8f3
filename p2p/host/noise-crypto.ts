// Noise's ChaCha20-Poly1305 through libsodium, in place where Noise allows it. Noise's default
// (node:crypto) path costs, per transport message (up to 64 KiB, so 16 per 1 MiB piece):
//  - a cipher context (createCipheriv with the key, AAD, update, final, getAuthTag);
//  - on receipt, fresh arrays for the plaintext (and a join when the message arrived in several
//    socket reads), although Noise passes `dst`, the place the plaintext may go: the ciphertext's
//    own bytes (or a contiguous copy of them when the message came as a list);
//  - on sending, one array per update() and the tag, joined later.
// Here decryption writes into `dst` in place and encryption copies the plaintext once into the
// array that is sent and encrypts it there: one allocation per sent message, none per received
// one that arrived in one piece. Same cipher (IETF ChaCha20-Poly1305), same wire format; a test
// checks the bytes against Noise's default crypto.
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto';
import type { ICryptoInterface } from '@chainsafe/libp2p-noise';
import { isUint8ArrayList } from 'uint8arraylist';
import { sodium } from './sodium.ts';

const TAG_BYTES = 16;

/** The chunks of a Uint8Array or of a Uint8ArrayList from any copy of that package (Noise bundles its own). */
function chunksOf(data: Uint8Array | { byteLength: number }): Iterable<Uint8Array> {
  if (data instanceof Uint8Array) return [data];
  if (isUint8ArrayList(data)) return data as unknown as Iterable<Uint8Array>;
  throw new TypeError('noise crypto: expected a Uint8Array or a Uint8ArrayList');
}

/** Copies the first `target.byteLength` bytes of `chunks` into `target`. */
function copyInto(target: Uint8Array, chunks: Iterable<Uint8Array>): void {
  let at = 0;
  for (const chunk of chunks) {
    if (at >= target.byteLength) break;
    const part = chunk.byteLength <= target.byteLength - at ? chunk : chunk.subarray(0, target.byteLength - at);
    target.set(part, at);
    at += part.byteLength;
  }
  if (at !== target.byteLength) throw new RangeError(`noise crypto: ${at} bytes where ${target.byteLength} were expected`);
}

export const noiseCrypto: ICryptoInterface = {
  ...defaultCrypto,
  chaCha20Poly1305Encrypt(plaintext, nonce, ad, k) {
    const length = plaintext.byteLength;
    const sealed = Buffer.allocUnsafe(length + TAG_BYTES);
    const text = sealed.subarray(0, length);
    copyInto(text, chunksOf(plaintext));
    sodium.crypto_aead_chacha20poly1305_ietf_encrypt_detached(text, sealed.subarray(length), text, ad, null, nonce, k);
    return sealed;
  },
  chaCha20Poly1305Decrypt(ciphertext, nonce, ad, k, dst) {
    const length = ciphertext.byteLength - TAG_BYTES;
    if (length < 0) throw new RangeError(`noise crypto: a ${ciphertext.byteLength}-byte message is shorter than its tag`);
    const output = dst && dst.byteLength >= length ? dst.subarray(0, length) : Buffer.allocUnsafe(length);
    let text: Uint8Array;
    let tag: Uint8Array;
    if (ciphertext instanceof Uint8Array) {
      text = ciphertext.subarray(0, length);
      tag = ciphertext.subarray(length);
    } else {
      // In several pieces: gathered into the output first, then decrypted there in place.
      const list = ciphertext as unknown as { sublist(start: number, end?: number): Iterable<Uint8Array> & { subarray(): Uint8Array } };
      copyInto(output, list.sublist(0, length));
      text = output;
      tag = list.sublist(length).subarray();
    }
    // Throws when the tag does not verify: nothing from a forged message is returned.
    sodium.crypto_aead_chacha20poly1305_ietf_decrypt_detached(output, null, text, tag, ad, nonce, k);
    return output;
  },
};
