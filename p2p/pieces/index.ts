// Pure piece arithmetic, digests and bitfields: no I/O, so the store, the exchange and the
// scheduler agree on one definition of "piece i of an artifact".
import { createHash } from 'node:crypto';
import { arrow } from '../proto/p2p.pb.js';

export type Digest = `sha256:${string}`;

/** 1 MiB: big enough that per-piece overhead (a request, a hash, an index write) is small, small enough to keep every network message ≤ 1 MiB + framing. */
export const PIECE_SIZE = 1024 * 1024;

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

export function isDigest(value: string): value is Digest {
  return DIGEST_PATTERN.test(value);
}

/** Validates a digest given by a user or a peer; the error names the value and the expected form. */
export function parseDigest(value: string): Digest {
  if (!isDigest(value)) {
    throw new Error(`invalid digest ${JSON.stringify(value.slice(0, 100))}: expected "sha256:" followed by 64 lowercase hex characters`);
  }
  return value;
}

export function digestHex(digest: Digest): string {
  return digest.slice('sha256:'.length);
}

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

export function digestOf(data: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export interface Manifest {
  digest: Digest;
  size: number;
  pieceSize: number;
  /** sha256 of each piece (32 bytes each). */
  pieceDigests: Uint8Array[];
}

export function pieceCount(size: number, pieceSize: number): number {
  return size === 0 ? 0 : Math.ceil(size / pieceSize);
}

/** Byte range [offset, offset + length) of piece `index`. */
export function pieceRange(manifest: Pick<Manifest, 'size' | 'pieceSize'>, index: number): { offset: number; length: number } {
  const offset = index * manifest.pieceSize;
  if (!Number.isInteger(index) || index < 0 || offset >= manifest.size) {
    throw new RangeError(`piece ${index} is out of range for an artifact of ${manifest.size} bytes`);
  }
  return { offset, length: Math.min(manifest.pieceSize, manifest.size - offset) };
}

/**
 * Checks a manifest received from a peer or read from disk is self-consistent (it cannot be
 * checked against the digest until all pieces are in, which the store does before publishing).
 */
export interface ManifestLike { digest?: string | null; size?: number | null; pieceSize?: number | null; pieceDigests?: Uint8Array[] | null }

export function validateManifest(input: ManifestLike, maxSize = Number.MAX_SAFE_INTEGER): Manifest {
  const manifest = { digest: input.digest ?? '', size: input.size ?? 0, pieceSize: input.pieceSize ?? 0, pieceDigests: input.pieceDigests ?? [] };
  const digest = parseDigest(manifest.digest);
  if (!Number.isSafeInteger(manifest.size) || manifest.size < 0 || manifest.size > maxSize) {
    throw new Error(`manifest of ${digest}: invalid size ${manifest.size} (limit ${maxSize})`);
  }
  if (manifest.pieceSize !== PIECE_SIZE) {
    throw new Error(`manifest of ${digest}: piece size ${manifest.pieceSize}, this node only uses ${PIECE_SIZE}`);
  }
  const expected = pieceCount(manifest.size, manifest.pieceSize);
  if (manifest.pieceDigests.length !== expected) {
    throw new Error(`manifest of ${digest}: ${manifest.pieceDigests.length} piece digests for ${expected} pieces`);
  }
  for (const pieceDigest of manifest.pieceDigests) {
    if (pieceDigest.length !== 32) throw new Error(`manifest of ${digest}: a piece digest is ${pieceDigest.length} bytes, expected 32`);
  }
  return { digest, size: manifest.size, pieceSize: manifest.pieceSize, pieceDigests: manifest.pieceDigests.map((d) => new Uint8Array(d)) };
}

/**
 * The digest of a manifest, recorded in the cluster state when an artifact is pushed and checked
 * by every puller against each peer's manifest before it asks that peer for anything:
 * `sha256:` + hex sha256 of the manifest's canonical proto3 encoding (arrow.p2p.Manifest, fields
 * in number order, a field at its default value left out, as protobufjs writes them):
 *   0x0a len digest-utf8 | 0x10 varint(size) (if size > 0) | 0x18 varint(piece_size) |
 *   0x22 0x20 <32 bytes> for each piece digest, in piece order.
 * A manifest is a function of the artifact's bytes (PIECE_SIZE is fixed), so every honest node
 * computes the same one for a digest; a forged one (other piece digests) hashes differently.
 */
export function manifestDigestOf(manifest: Manifest): Digest {
  const { digest, size, pieceSize, pieceDigests } = manifest;
  return digestOf(arrow.p2p.Manifest.encode({ digest, size, pieceSize, pieceDigests }).finish());
}

/** A piece's bytes: one array, or the chunks they arrived in (hashed and written without joining them). */
export type PieceBytes = Uint8Array | readonly Uint8Array[];

export function pieceLength(data: PieceBytes): number {
  if (data instanceof Uint8Array) return data.length;
  let length = 0;
  for (const chunk of data) length += chunk.length;
  return length;
}

export function pieceMatches(manifest: Manifest, index: number, data: PieceBytes): boolean {
  const expected = manifest.pieceDigests[index];
  if (expected === undefined) return false;
  if (pieceLength(data) !== pieceRange(manifest, index).length) return false;
  const hash = createHash('sha256');
  for (const chunk of data instanceof Uint8Array ? [data] : data) hash.update(chunk);
  return hash.digest().equals(Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength));
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, byte) => {
  let n = 0;
  for (let b = byte; b > 0; b >>= 1) n += b & 1;
  return n;
});

/** A fixed-size set of piece indexes, serialised MSB-first like BitTorrent's bitfield. */
export class Bitfield {
  readonly size: number;
  readonly bytes: Uint8Array;

  constructor(size: number, bytes?: Uint8Array) {
    this.size = size;
    const length = Math.ceil(size / 8);
    this.bytes = new Uint8Array(length);
    if (bytes) this.bytes.set(bytes.subarray(0, length));
    // Bits past `size` carry no meaning; clearing them keeps count() honest for peer input.
    const spare = length * 8 - size;
    if (spare > 0 && length > 0) this.bytes[length - 1]! &= 0xff << spare;
  }

  static full(size: number): Bitfield {
    const field = new Bitfield(size);
    for (let i = 0; i < size; i++) field.set(i);
    return field;
  }

  has(index: number): boolean {
    if (index < 0 || index >= this.size) return false;
    return ((this.bytes[index >> 3]! >> (7 - (index & 7))) & 1) === 1;
  }

  set(index: number): void {
    if (index < 0 || index >= this.size) throw new RangeError(`piece ${index} out of range 0..${this.size - 1}`);
    this.bytes[index >> 3]! |= 1 << (7 - (index & 7));
  }

  clear(index: number): void {
    if (index < 0 || index >= this.size) return;
    this.bytes[index >> 3]! &= ~(1 << (7 - (index & 7)));
  }

  count(): number {
    // A byte at a time: runs on every availability answer and every scheduling round, so it must
    // stay cheap for artifacts of thousands of pieces. (Bits past `size` are always clear.)
    let n = 0;
    for (const byte of this.bytes) n += POPCOUNT[byte]!;
    return n;
  }

  /** Adds every piece of `other` (same size) to this set. */
  addAll(other: Bitfield): void {
    this.#checkSameSize(other);
    for (let i = 0; i < this.bytes.length; i++) this.bytes[i]! |= other.bytes[i]!;
  }

  /** Removes every piece of `other` (same size) from this set. */
  removeAll(other: Bitfield): void {
    this.#checkSameSize(other);
    for (let i = 0; i < this.bytes.length; i++) this.bytes[i]! &= ~other.bytes[i]!;
  }

  #checkSameSize(other: Bitfield): void {
    if (other.size !== this.size) throw new RangeError(`bitfields of ${this.size} and ${other.size} pieces`);
  }

  isComplete(): boolean {
    return this.count() === this.size;
  }

  indexes(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.has(i)) out.push(i);
    return out;
  }
}
