// The private-network layer (libp2p pnet v1: each side sends a random 24-byte nonce, then every
// byte each way is XORed with XSalsa20(nonce, cluster key)) with a native cipher.
//
// @libp2p/pnet runs XSalsa20 through the `xsalsa20` package, a WebAssembly build at 4-9 ms per
// MiB, and allocates a fresh output array for every chunk in both directions: it was the
// largest item (~25%) in CPU profiles of the 7-node benchmark pull, where every byte is
// encrypted once and decrypted once. libsodium (through sodium-native, which ships prebuilt
// binaries) does the same cipher at 1.2-2.8 ms per MiB. Wire format, handshake and
// connection class stay pnet's own: its BoxMessageStream is subclassed and only the two
// cipher instances and the send path are replaced, so a node of this build and a node with
// stock @libp2p/pnet interoperate (a test connects the two).
//
// Sending encrypts each outgoing chunk (a Noise frame's length and ciphertext parts) straight
// into its place in one output array, where pnet first joins them into a new array and then
// encrypts that into a second one. Receiving decrypts in place: the received chunk is a buffer
// the TCP socket just filled and nothing but this layer ever reads its ciphertext.
import { preSharedKey } from '@libp2p/pnet';
import { byteStream } from '@libp2p/utils';
import type { AbortOptions, ConnectionProtector, MessageStream } from '@libp2p/interface';
import { sodium } from './sodium.ts';

/** XOR with the next keystream bytes, into `output` (same length) or, without it, in place. */
export interface StreamXor { update(input: Uint8Array, output?: Uint8Array): Uint8Array }


const NONCE_BYTES = 24;
const KEY_BYTES = 32;

/** XSalsa20 keystream XOR whose position carries across update() calls of any length. */
export function nativeXsalsa20(nonce: Uint8Array, key: Uint8Array): StreamXor {
  if (nonce.byteLength !== NONCE_BYTES) throw new RangeError(`pnet: nonce is ${nonce.byteLength} bytes, expected ${NONCE_BYTES}`);
  if (key.byteLength !== KEY_BYTES) throw new RangeError(`pnet: key is ${key.byteLength} bytes, expected ${KEY_BYTES}`);
  const state = new Uint8Array(sodium.crypto_stream_xor_STATEBYTES);
  sodium.crypto_stream_xor_init(state, nonce, key);
  return {
    update(input, output = input) {
      if (output.byteLength !== input.byteLength) throw new RangeError(`pnet: output is ${output.byteLength} bytes for ${input.byteLength} of input`);
      if (input.byteLength > 0) sodium.crypto_stream_xor_update(state, output, input);
      return output;
    },
  };
}

/** Encrypts `chunks` (in order, `total` bytes in all) into one new array. */
export function xorChunks(xor: StreamXor, chunks: Iterable<Uint8Array>, total: number): Uint8Array {
  const output = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    if (chunk.byteLength === 0) continue;
    if (at + chunk.byteLength > total) throw new RangeError(`pnet send: chunks exceed their stated length ${total}`);
    xor.update(chunk, output.subarray(at, at + chunk.byteLength));
    at += chunk.byteLength;
  }
  if (at !== total) throw new RangeError(`pnet send: chunks hold ${at} bytes, stated ${total}`);
  return output;
}

interface BoxStreamInit {
  localNonce: Uint8Array;
  remoteNonce: Uint8Array;
  psk: Uint8Array;
  maConn: MessageStream;
  log: MessageStream['log'];
}
interface BoxStream extends MessageStream {
  inboundXor: StreamXor;
  outboundXor: StreamXor;
  maConn: MessageStream;
}
type BoxStreamClass = new (init: BoxStreamInit) => BoxStream;

let nativeBoxStream: BoxStreamClass | undefined;

/** pnet's connection class with the native cipher; loaded once (pnet does not export the class, so by file URL: the very module pnet uses). */
async function loadNativeBoxStream(): Promise<BoxStreamClass> {
  if (nativeBoxStream) return nativeBoxStream;
  const url = new URL('./crypto.js', import.meta.resolve('@libp2p/pnet')).href;
  const module = await import(url) as { BoxMessageStream?: BoxStreamClass };
  const Base = module.BoxMessageStream;
  if (typeof Base !== 'function' || typeof Base.prototype.sendData !== 'function') {
    throw new Error('@libp2p/pnet no longer has BoxMessageStream.sendData; p2p/host/pnet.ts must follow its new shape');
  }
  class NativeBoxMessageStream extends Base {
    constructor(init: BoxStreamInit) {
      super(init);
      // Replaced before any byte went through: the base class only registered its listeners,
      // and a stream dispatches received data from a later task, never inside addEventListener.
      this.inboundXor = nativeXsalsa20(init.remoteNonce, init.psk);
      this.outboundXor = nativeXsalsa20(init.localNonce, init.psk);
    }

    sendData(data: Uint8Array | (Iterable<Uint8Array> & { byteLength: number })): { sentBytes: number; canSendMore: boolean } {
      const chunks = data instanceof Uint8Array ? [data] : data;
      return { sentBytes: data.byteLength, canSendMore: this.maConn.send(xorChunks(this.outboundXor, chunks, data.byteLength)) };
    }
  }
  nativeBoxStream = NativeBoxMessageStream;
  return nativeBoxStream;
}

export interface PnetOptions {
  /** The cluster key file's bytes (swarm key v1). */
  psk: Uint8Array;
  /** Bound on the nonce exchange, ms. */
  timeout?: number;
}

/** A libp2p connection protector speaking pnet v1 with the native cipher. */
export async function nativePreSharedKey(options: PnetOptions): Promise<() => ConnectionProtector> {
  const Box = await loadNativeBoxStream();
  const timeout = options.timeout ?? 1_000;
  return () => {
    // pnet's own protector decodes and checks the key file; its key bytes are what it keeps.
    const stock = preSharedKey(options)() as ConnectionProtector & { psk?: Uint8Array };
    const psk = stock.psk;
    if (!(psk instanceof Uint8Array) || psk.byteLength !== KEY_BYTES) throw new Error('@libp2p/pnet no longer exposes the decoded key; p2p/host/pnet.ts must follow its new shape');
    return {
      async protect(connection: MessageStream, abort?: AbortOptions): Promise<MessageStream> {
        const signal = abort?.signal ?? AbortSignal.timeout(timeout);
        const localNonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
        const bytes = byteStream(connection);
        const [received] = await Promise.all([
          bytes.read({ bytes: NONCE_BYTES, signal }),
          bytes.write(localNonce, { signal }),
        ]);
        const remoteNonce = received.subarray(0, NONCE_BYTES);
        return new Box({ localNonce, remoteNonce, psk, maConn: bytes.unwrap(), log: connection.log.newScope('pnet') });
      },
    };
  };
}
