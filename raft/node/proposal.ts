// The driver's envelope around a command, arrow.raft.DriverProposal (proposer, request, command),
// encoded and decoded by hand. Every command is encoded once on the member that proposes it and
// decoded for every applied entry on every member. protobufjs would build a Writer operation list
// per encode and a fresh proposer string per decode, when all a member needs to know is whether
// the proposer is itself: here the proposer's bytes are compared in place. The bytes are plain
// protobuf, and anything protobufjs writes decodes here (fields in any order, unknown fields
// skipped; a test checks both ways).

export interface DecodedProposal {
  /** Proposed by this codec's proposer (this process): its request is one of ours. */
  own: boolean;
  request: number;
  /** A view into the entry's data. */
  command: Uint8Array;
}

export class ProposalDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProposalDecodeError';
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
  while (n >= 128) {
    out[pos++] = (n % 128) | 128;
    n = Math.floor(n / 128);
  }
  out[pos++] = n;
  return pos;
}

export class ProposalCodec {
  /** Field 1 (proposer) whole, then field 2's tag: the same for every proposal of this process. */
  readonly #prefix: Uint8Array;
  readonly #proposer: Uint8Array;

  constructor(proposer: string) {
    const bytes = new TextEncoder().encode(proposer);
    this.#proposer = bytes;
    const prefix = new Uint8Array(1 + varintSize(bytes.length) + bytes.length + 1);
    let pos = 0;
    prefix[pos++] = 0x0a;
    pos = writeVarint(prefix, pos, bytes.length);
    prefix.set(bytes, pos);
    prefix[pos + bytes.length] = 0x10;
    this.#prefix = prefix;
  }

  encode(request: number, command: Uint8Array): Uint8Array {
    const prefix = this.#prefix;
    const out = new Uint8Array(prefix.length + varintSize(request) + 1 + varintSize(command.length) + command.length);
    out.set(prefix, 0);
    let pos = writeVarint(out, prefix.length, request);
    out[pos++] = 0x1a;
    pos = writeVarint(out, pos, command.length);
    out.set(command, pos);
    return out;
  }

  decode(data: Uint8Array): DecodedProposal {
    // An absent field is its default: a proposer of '' (never ours in practice, but exact).
    const result: DecodedProposal = { own: this.#proposer.length === 0, request: 0, command: data.subarray(0, 0) };
    let pos = 0;
    const end = data.length;
    const varint = (): number => {
      let value = 0;
      let scale = 1;
      for (let i = 0; i < 8; i++) {
        if (pos >= end) throw new ProposalDecodeError('varint runs off the end');
        const b = data[pos++]!;
        value += (b & 0x7f) * scale;
        if (b < 0x80) {
          if (Number.isSafeInteger(value)) return value;
          break;
        }
        scale *= 128;
      }
      throw new ProposalDecodeError('varint too large');
    };
    const delimited = (): number => {
      const length = varint();
      if (length > end - pos) throw new ProposalDecodeError('length runs off the end');
      const start = pos;
      pos += length;
      return start;
    };
    while (pos < end) {
      const tag = varint();
      const field = Math.floor(tag / 8);
      const wireType = tag % 8;
      if (field === 1 && wireType === 2) {
        const start = delimited();
        result.own = sameBytes(data, start, pos, this.#proposer);
      } else if (field === 2 && wireType === 0) result.request = varint();
      else if (field === 3 && wireType === 2) {
        const start = delimited();
        result.command = data.subarray(start, pos);
      } else if (field === 0 || (field >= 1 && field <= 3)) throw new ProposalDecodeError(`field ${field} with wire type ${wireType}`);
      else if (wireType === 0) varint();
      else if (wireType === 2) delimited();
      else if (wireType === 1 || wireType === 5) {
        pos += wireType === 1 ? 8 : 4;
        if (pos > end) throw new ProposalDecodeError('fixed field runs off the end');
      } else throw new ProposalDecodeError(`bad wire type ${wireType}`);
    }
    return result;
  }
}

function sameBytes(data: Uint8Array, start: number, end: number, expected: Uint8Array): boolean {
  if (end - start !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (data[start + i] !== expected[i]) return false;
  return true;
}
