// The messages of /arrow/shadowfs/replicate/1 (shadowfs/proto/replicate.proto) and the pure
// checks both ends make on what the other sent: a peer's frames are input like any other, so
// every field is checked here before the replica or the pusher acts on it.
import { Bitfield, digestOf, isDigest } from '../../p2p/index.ts';
import type { Digest } from '../../p2p/index.ts';
import { arrow as wire } from '../proto/replicate.pb.js';
import { MAX_CHUNK_BYTES } from '../chunking/index.ts';
import { MAX_MANIFEST_BYTES } from '../manifest/index.ts';
import type { Manifest } from '../manifest/index.ts';
import { volumeHolder } from '../volume/index.ts';

export const REPLICATE_PROTOCOL = '/arrow/shadowfs/replicate/1';
/** Every frame, either way: a chunk (≤ MAX_CHUNK_BYTES) and its digest fit with room to spare. */
export const MAX_FRAME_BYTES = 1024 * 1024;
/** The manifest travels in parts of at most this much, so no frame nears MAX_FRAME_BYTES. */
export const MAX_MANIFEST_PART_BYTES = 256 * 1024;
/**
 * Distinct chunks one snapshot may have (so chunks one push may want): bounds the replica's work
 * and memory per push and the Want bitfield (≤ 256 KiB). The chunker cannot make more within
 * MAX_VOLUME_BYTES (16 GiB / 16 KiB minimum chunks = 1 Mi) plus one short tail per file of
 * MAX_ENTRIES; a manifest listing more is no snapshot of ours.
 */
export const MAX_SNAPSHOT_CHUNKS = 2 * 1024 * 1024;
/**
 * How far in the future (by the replica's clock) an offer's createdMs may be. Offers are ordered
 * by createdMs so an old push cannot roll a replica back; one stamped far ahead would make every
 * later honest push look stale, so clock skew beyond this is refused.
 */
export const MAX_CLOCK_SKEW_MS = 10 * 60_000;

/**
 * Why a push was refused, as the replica says it: 'refused' (accept() said no), 'busy' (too many
 * pushes in progress), 'stale' (older than the replica's latest snapshot of the volume),
 * 'bad-offer', 'bad-manifest', 'bad-chunk', 'protocol' (a frame out of place, oversized or no
 * message), 'timeout' (the whole transfer took too long), 'failed' (the replica's own trouble:
 * its store, its volume index, its accept()).
 */
export type RefusalCode = 'refused' | 'busy' | 'stale' | 'bad-offer' | 'bad-manifest' | 'bad-chunk' | 'protocol' | 'timeout' | 'failed';
const CODES: readonly RefusalCode[] = ['refused', 'busy', 'stale', 'bad-offer', 'bad-manifest', 'bad-chunk', 'protocol', 'timeout', 'failed'];
/** Reasons are for people; a peer's are cut to this length before anyone logs them. */
const MAX_REASON_CHARS = 1000;

/** The replica said no; `reason` is its explanation, `code` the kind (see RefusalCode). */
export class ReplicationRefusedError extends Error {
  override name = 'ReplicationRefusedError';
  readonly reason: string;
  readonly code: RefusalCode;
  constructor(code: RefusalCode, reason: string, options?: ErrorOptions) {
    super(`replica refused (${code}): ${reason}`, options);
    this.code = code;
    this.reason = reason;
  }
}

export type PusherMessage = wire.shadowfs.replicate.PusherMessage;
export type ReplicaMessage = wire.shadowfs.replicate.ReplicaMessage;

export function encodePusher(message: wire.shadowfs.replicate.PusherMessage.$Properties): Uint8Array {
  return wire.shadowfs.replicate.PusherMessage.encode(message).finish();
}

export function encodeReplica(message: wire.shadowfs.replicate.ReplicaMessage.$Properties): Uint8Array {
  return wire.shadowfs.replicate.ReplicaMessage.encode(message).finish();
}

export function decodePusher(bytes: Uint8Array, what: string): PusherMessage {
  try {
    return wire.shadowfs.replicate.PusherMessage.decode(bytes);
  } catch (error) {
    throw new ReplicationRefusedError('protocol', `${what} is not a replication message: ${(error as Error).message}`);
  }
}

/** A replica's answer; anything that is not one fails with a plain Error (the replica is broken, not refusing). */
export function decodeReplica(bytes: Uint8Array, what: string): ReplicaMessage {
  try {
    return wire.shadowfs.replicate.ReplicaMessage.decode(bytes);
  } catch (error) {
    throw new Error(`${what} is not a replication answer: ${(error as Error).message}`);
  }
}

/** The refusal a Refused answer carries, with the replica's words kept short. */
export function refusalOf(message: ReplicaMessage): ReplicationRefusedError | undefined {
  if (message.body !== 'refused' || !message.refused) return undefined;
  const code = CODES.includes(message.refused.code as RefusalCode) ? (message.refused.code as RefusalCode) : 'failed';
  return new ReplicationRefusedError(code, (message.refused.reason ?? '').slice(0, MAX_REASON_CHARS));
}

export function refusedMessage(error: ReplicationRefusedError): Uint8Array {
  return encodeReplica({ refused: { code: error.code, reason: error.reason.slice(0, MAX_REASON_CHARS) } });
}

export function digestBytes(digest: Digest): Uint8Array {
  return Buffer.from(digest.slice('sha256:'.length), 'hex');
}

function digestFromBytes(bytes: Uint8Array | null | undefined): Digest | undefined {
  if (!bytes || bytes.length !== 32) return undefined;
  const digest = `sha256:${Buffer.from(bytes).toString('hex')}`;
  return isDigest(digest) ? digest : undefined;
}

export interface Offer {
  volume: string;
  createdMs: number;
  manifest: Digest;
  manifestSize: number;
}

/** The offer a pusher's first frame carries, or a refusal naming what is wrong with it. */
export function parseOffer(message: PusherMessage, nowMs: number): Offer {
  if (message.body !== 'offer' || !message.offer) throw new ReplicationRefusedError('protocol', `the first message is ${message.body ?? 'empty'}, not an offer`);
  const volume = message.offer.volume ?? '';
  const createdMs = message.offer.createdMs ?? 0;
  const manifestSize = message.offer.manifestSize ?? 0;
  const manifestDigest = message.offer.manifestDigest;
  try {
    volumeHolder(volume); // the one rule for volume names; throws naming the problem
  } catch (error) {
    throw new ReplicationRefusedError('bad-offer', (error as Error).message);
  }
  if (!Number.isSafeInteger(createdMs) || createdMs <= 0) throw new ReplicationRefusedError('bad-offer', `created_ms ${createdMs} is no time`);
  if (createdMs > nowMs + MAX_CLOCK_SKEW_MS) {
    throw new ReplicationRefusedError('bad-offer', `the snapshot claims to be taken ${Math.round((createdMs - nowMs) / 1000)} s in the future (clocks more than ${MAX_CLOCK_SKEW_MS / 1000} s apart?)`);
  }
  const manifest = digestFromBytes(manifestDigest);
  if (!manifest) throw new ReplicationRefusedError('bad-offer', `manifest_digest must be 32 bytes, got ${manifestDigest?.length ?? 0}`);
  if (!Number.isSafeInteger(manifestSize) || manifestSize < 1 || manifestSize > MAX_MANIFEST_BYTES) {
    throw new ReplicationRefusedError('bad-offer', `a manifest of ${manifestSize} bytes (the limit is ${MAX_MANIFEST_BYTES})`);
  }
  return { volume, createdMs, manifest, manifestSize };
}

/**
 * Collects the manifest's parts: exactly the offered size, hashing to the offered digest. Parts
 * are kept as they come (not in a buffer of the offered size made up front), so memory follows
 * what the pusher actually sent, not what it claimed.
 */
export class ManifestAssembler {
  readonly #offer: Offer;
  readonly #parts: Uint8Array[] = [];
  #filled = 0;
  constructor(offer: Offer) {
    this.#offer = offer;
  }
  get complete(): boolean {
    return this.#filled === this.#offer.manifestSize;
  }
  add(message: PusherMessage): void {
    if (message.body !== 'manifestPart' || !message.manifestPart) throw new ReplicationRefusedError('protocol', `expected a manifest part, got ${message.body ?? 'an empty message'}`);
    const data = message.manifestPart.data ?? new Uint8Array(0);
    if (data.length === 0 || data.length > MAX_MANIFEST_PART_BYTES) throw new ReplicationRefusedError('protocol', `a manifest part of ${data.length} bytes (each is 1..${MAX_MANIFEST_PART_BYTES})`);
    if (this.#filled + data.length > this.#offer.manifestSize) throw new ReplicationRefusedError('bad-manifest', `the manifest parts hold more than the ${this.#offer.manifestSize} bytes offered`);
    this.#parts.push(data);
    this.#filled += data.length;
  }
  /** The whole manifest, once its digest checks out. */
  bytes(): Uint8Array {
    const bytes = this.#parts.length === 1 ? this.#parts[0]! : Buffer.concat(this.#parts);
    const actual = digestOf(bytes);
    if (actual !== this.#offer.manifest) throw new ReplicationRefusedError('bad-manifest', `the manifest's bytes hash to ${actual}, the offer named ${this.#offer.manifest}`);
    return bytes;
  }
}

/** The manifest in parts for the wire. */
export function manifestParts(bytes: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += MAX_MANIFEST_PART_BYTES) parts.push(encodePusher({ manifestPart: { data: bytes.subarray(at, at + MAX_MANIFEST_PART_BYTES) } }));
  return parts;
}

export interface ChunkSlot { digest: Digest; size: number }

/**
 * The manifest's distinct chunks in the order Want's bits count them: first appearance over the
 * entries in canonical order. Both ends compute it from the same canonical bytes, so a bitfield
 * names chunks without sending 32 bytes a digest. A digest listed with two sizes (impossible for
 * real content) is refused: the replica checks each chunk's length against the manifest.
 */
export function chunkOrder(manifest: Manifest): ChunkSlot[] {
  const seen = new Map<Digest, number>();
  const order: ChunkSlot[] = [];
  for (const entry of manifest.entries) {
    if (entry.type !== 'file') continue;
    for (const chunk of entry.chunks) {
      const size = seen.get(chunk.digest);
      if (size === undefined) {
        if (order.length >= MAX_SNAPSHOT_CHUNKS) throw new ReplicationRefusedError('bad-manifest', `more than ${MAX_SNAPSHOT_CHUNKS} distinct chunks`);
        seen.set(chunk.digest, chunk.size);
        order.push({ digest: chunk.digest, size: chunk.size });
      } else if (size !== chunk.size) {
        throw new ReplicationRefusedError('bad-manifest', `chunk ${chunk.digest} is listed as ${size} and as ${chunk.size} bytes (at ${JSON.stringify(entry.path.slice(0, 200))})`);
      }
    }
  }
  return order;
}

/** The indexes a Want bitfield names, checked against the manifest's chunk count. */
export function parseWant(message: ReplicaMessage, chunkCount: number): number[] {
  const bytes = message.want?.chunks ?? new Uint8Array(0);
  const length = Math.ceil(chunkCount / 8);
  if (bytes.length !== length) throw new Error(`the replica's Want is ${bytes.length} bytes, ${length} expected for ${chunkCount} chunks`);
  const field = new Bitfield(chunkCount, bytes);
  if (!Buffer.from(field.bytes).equals(Buffer.from(bytes))) throw new Error('the replica\'s Want sets bits past the last chunk');
  const wanted: number[] = [];
  for (let i = 0; i < chunkCount; i++) if (field.has(i)) wanted.push(i);
  return wanted;
}

/**
 * The replica's side of the chunk transfer: what it wants, and the check of each chunk that
 * arrives (wanted, not yet received, its size and its sha256 as the manifest says).
 */
export class WantedChunks {
  readonly #pending = new Map<Digest, number>();
  readonly field: Bitfield;
  #bytes = 0;
  #received = 0;
  #receivedBytes = 0;

  constructor(chunkCount: number) {
    this.field = new Bitfield(chunkCount);
  }

  want(index: number, slot: ChunkSlot): void {
    this.field.set(index);
    this.#pending.set(slot.digest, slot.size);
    this.#bytes += slot.size;
  }

  get count(): number { return this.#pending.size + this.#received; }
  get bytes(): number { return this.#bytes; }
  get remaining(): number { return this.#pending.size; }
  get receivedBytes(): number { return this.#receivedBytes; }

  /** The chunk a frame carries, once it is one this replica wants and its bytes are what the manifest names. */
  accept(message: PusherMessage): { digest: Digest; data: Uint8Array } {
    if (message.body !== 'chunk' || !message.chunk) throw new ReplicationRefusedError('protocol', `expected a chunk, got ${message.body ?? 'an empty message'}`);
    const digest = digestFromBytes(message.chunk.digest);
    if (!digest) throw new ReplicationRefusedError('bad-chunk', `a chunk's digest must be 32 bytes, got ${message.chunk.digest?.length ?? 0}`);
    const data = message.chunk.data ?? new Uint8Array(0);
    const size = this.#pending.get(digest);
    if (size === undefined) throw new ReplicationRefusedError('bad-chunk', `chunk ${digest} was not asked for (or already arrived)`);
    if (data.length !== size) throw new ReplicationRefusedError('bad-chunk', `chunk ${digest} is ${data.length} bytes, the manifest says ${size}`);
    if (data.length > MAX_CHUNK_BYTES) throw new ReplicationRefusedError('bad-chunk', `chunk ${digest} is over ${MAX_CHUNK_BYTES} bytes`);
    const actual = digestOf(data);
    if (actual !== digest) throw new ReplicationRefusedError('bad-chunk', `chunk ${digest} does not match its digest: its bytes hash to ${actual}`);
    return { digest, data };
  }

  /** Marks a chunk accept() returned as stored. */
  received(digest: Digest): void {
    const size = this.#pending.get(digest);
    if (size === undefined) return;
    this.#pending.delete(digest);
    this.#received++;
    this.#receivedBytes += size;
  }
}
