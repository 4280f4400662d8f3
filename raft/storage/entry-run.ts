// The value of a log record in storage format 2: an arrow.raft.EntryRun, consecutive entries in
// one LevelDB record (see raft.proto). Written by hand because it is on the hot path of every
// write: protobufjs's Writer builds a list of operations per field and copies each nested message
// once more when it closes it, where this sizes the record first and writes it in one pass.
// The bytes are plain protobuf (protobufjs decodes them; a test checks both ways), and the
// decoder is stricter than protobufjs's generated one, which trusts wire types: a damaged record
// must be refused, not misread as entries.
import { arrow } from '../proto/raft.pb.js';

/** An entry as stored: every field present. */
export interface StoredEntry {
  term: number;
  index: number;
  type: arrow.raft.EntryType;
  data: Uint8Array;
}

/** What save() accepts (protobuf-style optional fields). */
export type EntryInput = arrow.raft.Entry.$Properties;

export class EntryRunDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntryRunDecodeError';
  }
}

function varintSize(n: number): number {
  let size = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

function writeVarint(out: Uint8Array, pos: number, n: number): number {
  // Division rather than >>> so values up to 2^53 (uint64 fields held as JS numbers) stay exact.
  while (n >= 128) {
    out[pos++] = (n % 128) | 128;
    n = Math.floor(n / 128);
  }
  out[pos++] = n;
  return pos;
}

/** Encoded size of one Entry message (without the run's tag and length). */
export function entrySize(e: EntryInput): number {
  const type = e.type ?? 0;
  const dataLength = e.data?.length ?? 0;
  return (
    1 + varintSize(e.term ?? 0) +
    1 + varintSize(e.index ?? 0) +
    (type !== 0 ? 1 + varintSize(type) : 0) +
    (dataLength > 0 ? 1 + varintSize(dataLength) + dataLength : 0)
  );
}

/** Encodes `entries` as one EntryRun; `sizes[i]` must be entrySize(entries[i]). */
export function encodeEntryRun(entries: readonly EntryInput[], sizes: readonly number[]): Uint8Array {
  let total = 0;
  for (const size of sizes) total += 1 + varintSize(size) + size;
  const out = new Uint8Array(total);
  let pos = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    out[pos++] = 0x0a; // field 1 (entries), length-delimited
    pos = writeVarint(out, pos, sizes[i]!);
    out[pos++] = 0x08; // Entry.term
    pos = writeVarint(out, pos, e.term ?? 0);
    out[pos++] = 0x10; // Entry.index
    pos = writeVarint(out, pos, e.index ?? 0);
    const type = e.type ?? 0;
    if (type !== 0) {
      out[pos++] = 0x18; // Entry.type
      pos = writeVarint(out, pos, type);
    }
    const data = e.data;
    if (data && data.length > 0) {
      out[pos++] = 0x22; // Entry.data
      pos = writeVarint(out, pos, data.length);
      out.set(data, pos);
      pos += data.length;
    }
  }
  return out;
}

class Cursor {
  pos: number;
  readonly end: number;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array, pos: number, end: number) {
    this.bytes = bytes;
    this.pos = pos;
    this.end = end;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.pos >= this.end) throw new EntryRunDecodeError('varint runs off the end');
      const b = this.bytes[this.pos++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (!Number.isSafeInteger(value)) break;
        return value;
      }
      scale *= 128;
    }
    throw new EntryRunDecodeError('varint too large');
  }

  /** Start and end of a length-delimited field's bytes. */
  delimited(): [number, number] {
    const length = this.varint();
    const start = this.pos;
    if (length > this.end - start) throw new EntryRunDecodeError('length runs off the end');
    this.pos = start + length;
    return [start, start + length];
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 2) this.delimited();
    else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4;
      if (size > this.end - this.pos) throw new EntryRunDecodeError('fixed field runs off the end');
      this.pos += size;
    } else throw new EntryRunDecodeError(`bad wire type ${wireType}`);
  }
}

function decodeEntry(bytes: Uint8Array, start: number, end: number): StoredEntry {
  const c = new Cursor(bytes, start, end);
  const entry: StoredEntry = { term: 0, index: 0, type: arrow.raft.EntryType.NORMAL, data: new Uint8Array(0) };
  while (c.pos < c.end) {
    const tag = c.varint();
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field === 1 && wireType === 0) entry.term = c.varint();
    else if (field === 2 && wireType === 0) entry.index = c.varint();
    else if (field === 3 && wireType === 0) entry.type = c.varint() as arrow.raft.EntryType;
    else if (field === 4 && wireType === 2) {
      const [s, e] = c.delimited();
      entry.data = bytes.subarray(s, e);
    } else if (field >= 1 && field <= 4) throw new EntryRunDecodeError(`entry field ${field} has wire type ${wireType}`);
    else if (field === 0) throw new EntryRunDecodeError('field number 0');
    else c.skip(wireType);
  }
  return entry;
}

/** Decodes an EntryRun; the entries' data are views into `bytes`. Throws EntryRunDecodeError. */
export function decodeEntryRun(bytes: Uint8Array): StoredEntry[] {
  const c = new Cursor(bytes, 0, bytes.length);
  const entries: StoredEntry[] = [];
  while (c.pos < c.end) {
    const tag = c.varint();
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field === 1 && wireType === 2) {
      const [s, e] = c.delimited();
      entries.push(decodeEntry(bytes, s, e));
    } else if (field === 1) throw new EntryRunDecodeError(`entries field has wire type ${wireType}`);
    else if (field === 0) throw new EntryRunDecodeError('field number 0');
    else c.skip(wireType);
  }
  return entries;
}
