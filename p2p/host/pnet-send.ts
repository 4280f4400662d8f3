// @libp2p/pnet encrypts what it sends by first joining the outgoing list (a yamux frame header,
// Noise messages: up to a whole 1 MiB piece) into one new array and then having xsalsa20 return
// the ciphertext in a second new array. Here each chunk is encrypted straight into its place in
// one output array: one copy of every sent byte and one allocation fewer (the join showed up as
// ~2% of all CPU in a profile of the 7-node benchmark pull, plus the garbage it made). Same
// cipher, same stream position, same bytes on the wire: xsalsa20 is a stream cipher whose state
// carries across update() calls of any length.

/** The part of an xsalsa20 instance used here: XOR `input` with the next keystream bytes into `output` (same length). */
export interface StreamXor { update(input: Uint8Array, output?: Uint8Array): Uint8Array }

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

interface BoxStream {
  outboundXor: StreamXor;
  maConn: { send(data: Uint8Array): boolean };
}

let patched = false;
/** Replaces pnet's BoxMessageStream.sendData (the module is not exported, so it is loaded by file URL: the same instance pnet uses). */
export async function patchPnetSend(): Promise<void> {
  if (patched) return;
  patched = true;
  const url = new URL('./crypto.js', import.meta.resolve('@libp2p/pnet')).href;
  const module = await import(url) as { BoxMessageStream?: { prototype: Record<string, unknown> } };
  const proto = module.BoxMessageStream?.prototype;
  // A pnet version without this shape keeps its own sendData.
  if (!proto || typeof proto.sendData !== 'function') return;
  proto.sendData = function sendData(this: BoxStream, data: Uint8Array | (Iterable<Uint8Array> & { byteLength: number })) {
    const chunks = data instanceof Uint8Array ? [data] : data;
    return { sentBytes: data.byteLength, canSendMore: this.maConn.send(xorChunks(this.outboundXor, chunks, data.byteLength)) };
  };
}
