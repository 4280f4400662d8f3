// Content-defined chunking (pure): where a byte stream is cut into chunks depends only on the
// bytes near each cut, so an edit in the middle of a large file changes the chunks around the
// edit and leaves the others (and their digests) as they were. That is what lets a snapshot
// store and send unchanged data once.
//
// The cut rule is FastCDC's (Xia et al., USENIX ATC 2016): a gear rolling hash over the last
// 32 bytes, no cut in the first MIN_CHUNK_BYTES, a harder mask before AVG_CHUNK_BYTES and an
// easier one after it ("normalised chunking", which narrows the size spread), a forced cut at
// MAX_CHUNK_BYTES. The gear table is derived from sha256 of a fixed label, so every node cuts
// the same bytes the same way: changing the table, the masks or the sizes changes every
// boundary (dedupe against older snapshots would be lost, nothing would break).
import { createHash } from 'node:crypto';

/** No chunk but a file's last is smaller: below this, per-chunk costs (a digest, an index entry, a store file) dominate. */
export const MIN_CHUNK_BYTES = 16 * 1024;
/** Target mean size: an edit re-sends ~1-2 chunks of about this size. */
export const AVG_CHUNK_BYTES = 64 * 1024;
/** Forced cut: bounds every chunk in memory, on the wire (well under the 1 MiB message limit) and in the store. */
export const MAX_CHUNK_BYTES = 256 * 1024;

// Top bits of the 32-bit hash: bit k of the gear hash depends on the last k+1 bytes, so the top
// bits see the whole 32-byte window. 18 bits before the average (p = 2^-18), 14 after (2^-14):
// FastCDC's normalisation level 2 around 2^16.
const MASK_BEFORE_AVG = 0xffffc000 | 0;
const MASK_AFTER_AVG = 0xfffc0000 | 0;

const GEAR: Int32Array = (() => {
  const table = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    const h = createHash('sha256').update(`arrow-shadowfs-gear-v1:${i}`).digest();
    table[i] = h.readInt32BE(0);
  }
  return table;
})();

/**
 * Length of the chunk that starts at data[start], given the bytes data[start, end).
 * The caller must pass at least MAX_CHUNK_BYTES bytes unless [start, end) runs to the end of
 * the stream: the cut depends on the bytes after `start` up to MAX_CHUNK_BYTES.
 */
export function nextCut(data: Uint8Array, start: number, end: number): number {
  const available = end - start;
  if (available <= MIN_CHUNK_BYTES) return available;
  const limit = Math.min(available, MAX_CHUNK_BYTES);
  const normal = Math.min(limit, AVG_CHUNK_BYTES);
  let hash = 0;
  let i = MIN_CHUNK_BYTES;
  // Skipping the first MIN bytes is safe: the hash only remembers the last 32 bytes anyway.
  for (; i < normal; i++) {
    hash = ((hash << 1) + GEAR[data[start + i]!]!) | 0;
    if ((hash & MASK_BEFORE_AVG) === 0) return i + 1;
  }
  for (; i < limit; i++) {
    hash = ((hash << 1) + GEAR[data[start + i]!]!) | 0;
    if ((hash & MASK_AFTER_AVG) === 0) return i + 1;
  }
  return limit;
}

/** Chunk lengths of a whole buffer (sum = data.length; none for an empty buffer). */
export function chunkLengths(data: Uint8Array): number[] {
  const lengths: number[] = [];
  for (let offset = 0; offset < data.length;) {
    const length = nextCut(data, offset, data.length);
    lengths.push(length);
    offset += length;
  }
  return lengths;
}

/**
 * Cuts a stream that arrives in pieces of any size (a file read block by block, changes
 * streamed from a guest). Holds at most MAX_CHUNK_BYTES + one pushed piece; the chunks returned
 * are copies the caller owns. Same cuts as chunkLengths over the concatenation.
 */
export class ChunkSplitter {
  #buffer = new Uint8Array(2 * MAX_CHUNK_BYTES);
  #filled = 0;

  push(bytes: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [];
    let offset = 0;
    while (offset < bytes.length) {
      if (this.#filled === this.#buffer.length) this.#drain(out, false);
      const take = Math.min(bytes.length - offset, this.#buffer.length - this.#filled);
      this.#buffer.set(bytes.subarray(offset, offset + take), this.#filled);
      this.#filled += take;
      offset += take;
    }
    // Cut now what can be cut; keep less than MAX_CHUNK_BYTES for later.
    if (this.#filled >= MAX_CHUNK_BYTES) this.#drain(out, false);
    return out;
  }

  /** The remaining chunks; the splitter is empty (and reusable) afterwards. */
  end(): Uint8Array[] {
    const out: Uint8Array[] = [];
    this.#drain(out, true);
    return out;
  }

  #drain(out: Uint8Array[], final: boolean): void {
    let start = 0;
    while (this.#filled - start >= MAX_CHUNK_BYTES || (final && start < this.#filled)) {
      const length = nextCut(this.#buffer, start, this.#filled);
      out.push(this.#buffer.slice(start, start + length));
      start += length;
    }
    this.#buffer.copyWithin(0, start, this.#filled);
    this.#filled -= start;
  }
}
