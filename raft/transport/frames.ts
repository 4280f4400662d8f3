// Length-prefixed frames: a 4-byte big-endian length, then that many bytes of one encoded
// arrow.raft.Message. The reader refuses a frame above its limit before buffering it.

export function frame(body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.set(body, 4);
  return out;
}

export class FrameTooLargeError extends Error {
  constructor(length: number, max: number) {
    super(`frame of ${length} bytes exceeds the limit of ${max}`);
    this.name = 'FrameTooLargeError';
  }
}

/** Splits a byte stream into frame bodies. */
export class FrameReader {
  readonly #maxFrameBytes: number;
  #chunks: Buffer[] = [];
  #buffered = 0;
  /** Body length of the frame being read, once its header is in. */
  #expected: number | null = null;

  constructor(maxFrameBytes: number) {
    this.#maxFrameBytes = maxFrameBytes;
  }

  /**
   * Feeds a chunk; returns the complete frame bodies, and an error once a frame header announces
   * more than the limit (the frames before it are still returned; the stream is then unusable).
   */
  push(chunk: Buffer): { bodies: Buffer[]; error: FrameTooLargeError | null } {
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    const bodies: Buffer[] = [];
    while (true) {
      if (this.#expected === null) {
        if (this.#buffered < 4) break;
        const length = this.#peekLength();
        if (length > this.#maxFrameBytes) return { bodies, error: new FrameTooLargeError(length, this.#maxFrameBytes) };
        this.#expected = length;
      }
      if (this.#buffered < 4 + this.#expected) break;
      const all = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#buffered);
      bodies.push(all.subarray(4, 4 + this.#expected));
      const rest = all.subarray(4 + this.#expected);
      this.#chunks = rest.length > 0 ? [rest] : [];
      this.#buffered = rest.length;
      this.#expected = null;
    }
    return { bodies, error: null };
  }

  #peekLength(): number {
    const first = this.#chunks[0]!;
    if (first.length >= 4) return first.readUInt32BE(0);
    const head = Buffer.concat(this.#chunks, this.#buffered);
    this.#chunks = [head];
    return head.readUInt32BE(0);
  }
}
