// Noise's default crypto with per-message costs removed. For every transport message (up to
// 64 KiB, so 16 per 1 MiB piece) the default:
//  - hands the raw key to createCipheriv, which builds a new KeyObject each time (~0.8 s of ~6 s
//    spent in Noise ciphers in a profile of a benchmark node); here each session key becomes a
//    KeyObject once;
//  - copies the ciphertext and tag into one fresh buffer (Buffer.concat); here they are returned
//    as a list, which Noise appends to its output list as it is.
// Plaintext arrives as a Uint8Array or, on the sending side (yamux hands Noise a header plus a
// slice of the stream's buffer), as a Uint8ArrayList; both take the native path. The list class
// is recognised by its registered symbol, not `instanceof`: Noise bundles its own copy of
// uint8arraylist, and the earlier `instanceof Uint8Array` test sent every list to the default
// (uncached key) path. Same cipher, same wire format.
import { createCipheriv, createDecipheriv, createSecretKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto';
import type { ICryptoInterface } from '@chainsafe/libp2p-noise';

/** Noise's list type (its own copy of uint8arraylist; same class at run time, a different type). */
type NoiseList = Exclude<ReturnType<ICryptoInterface['chaCha20Poly1305Encrypt']>, Uint8Array>;
import { Uint8ArrayList, isUint8ArrayList } from 'uint8arraylist';

/** Below this, noise's own choice (a WASM cipher) is faster than node's; above, node's native one. */
const NATIVE_MIN_BYTES = 1200;
const TAG_BYTES = 16;
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

/** The chunks of a Uint8Array or of a Uint8ArrayList from any copy of that package. */
function chunksOf(data: Uint8Array | { byteLength: number }): Iterable<Uint8Array> | undefined {
  if (data instanceof Uint8Array) return [data];
  if (isUint8ArrayList(data)) return data as unknown as Iterable<Uint8Array>;
  return undefined;
}

export const noiseCrypto: ICryptoInterface = {
  ...defaultCrypto,
  chaCha20Poly1305Encrypt(plaintext, nonce, ad, k) {
    const chunks = chunksOf(plaintext);
    if (!chunks || plaintext.byteLength < NATIVE_MIN_BYTES) return defaultCrypto.chaCha20Poly1305Encrypt(plaintext, nonce, ad, k);
    const cipher = createCipheriv('chacha20-poly1305', keyObject(k), nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(ad, { plaintextLength: plaintext.byteLength });
    const output = new Uint8ArrayList();
    for (const chunk of chunks) if (chunk.byteLength > 0) output.append(cipher.update(chunk));
    const final = cipher.final();
    if (final.byteLength > 0) output.append(final);
    output.append(cipher.getAuthTag());
    return output as unknown as NoiseList;
  },
  chaCha20Poly1305Decrypt(ciphertext, nonce, ad, k, dst) {
    if (!chunksOf(ciphertext) || ciphertext.byteLength < NATIVE_MIN_BYTES) return defaultCrypto.chaCha20Poly1305Decrypt(ciphertext, nonce, ad, k, dst);
    const textLength = ciphertext.byteLength - TAG_BYTES;
    const decipher = createDecipheriv('chacha20-poly1305', keyObject(k), nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(ad, { plaintextLength: textLength });
    decipher.setAuthTag(ciphertext.subarray(textLength));
    const text = ciphertext instanceof Uint8Array ? [ciphertext.subarray(0, textLength)] : ciphertext.sublist(0, textLength) as Iterable<Uint8Array>;
    const parts: Buffer[] = [];
    for (const chunk of text) if (chunk.byteLength > 0) parts.push(decipher.update(chunk));
    // final() checks the tag: nothing is returned from a message that fails authentication.
    const final = decipher.final();
    if (final.byteLength > 0) parts.push(final);
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  },
};
