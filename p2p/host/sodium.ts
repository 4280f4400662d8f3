// The part of libsodium (through sodium-native, which ships prebuilt binaries) that the
// transport uses: pnet's XSalsa20 stream and Noise's ChaCha20-Poly1305, both with caller-given
// output buffers, so data can be transformed in place instead of into fresh arrays.
import { createRequire } from 'node:module';

export interface Sodium {
  crypto_stream_xor_STATEBYTES: number;
  crypto_stream_xor_init(state: Uint8Array, nonce: Uint8Array, key: Uint8Array): void;
  crypto_stream_xor_update(state: Uint8Array, ciphertext: Uint8Array, message: Uint8Array): void;
  crypto_aead_chacha20poly1305_ietf_encrypt_detached(ciphertext: Uint8Array, mac: Uint8Array, message: Uint8Array, ad: Uint8Array | null, nsec: null, nonce: Uint8Array, key: Uint8Array): void;
  /** Throws when the tag does not verify; then `message` holds nothing usable. */
  crypto_aead_chacha20poly1305_ietf_decrypt_detached(message: Uint8Array, nsec: null, ciphertext: Uint8Array, mac: Uint8Array, ad: Uint8Array | null, nonce: Uint8Array, key: Uint8Array): void;
}

export const sodium = createRequire(import.meta.url)('sodium-native') as Sodium;
