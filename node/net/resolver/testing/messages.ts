// DNS messages for the resolver's tests, built and read by hand (a few lines each) so the tests
// do not share a parser with the code they test.

export interface QueryFields {
  readonly name: string;
  readonly id?: number;
  readonly qtype?: number;
  readonly qclass?: number;
  readonly opcode?: number;
  readonly qr?: boolean;
  readonly qdcount?: number;
  readonly ancount?: number;
  readonly nscount?: number;
  readonly arcount?: number;
  /** Only the header: for counts that promise a question that is not there. */
  readonly omitQuestion?: boolean;
}

/** A name in wire form, uncompressed; labels are latin1 (one byte per char). '' is the root. */
export function encodeName(name: string): Buffer {
  const labels = name === '' ? [] : name.split('.');
  const parts = labels.map((label) => {
    const bytes = Buffer.from(label, 'latin1');
    return Buffer.concat([Buffer.from([bytes.length & 0xff]), bytes]);
  });
  return Buffer.concat([...parts, Buffer.from([0])]);
}

/** A standard query with recursion desired, as a stub resolver sends it. */
export function query(fields: QueryFields): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt16BE(fields.id ?? 0x1234, 0);
  head.writeUInt16BE((fields.qr ? 0x8000 : 0) | ((fields.opcode ?? 0) << 11) | 0x0100, 2);
  head.writeUInt16BE(fields.qdcount ?? 1, 4);
  head.writeUInt16BE(fields.ancount ?? 0, 6);
  head.writeUInt16BE(fields.nscount ?? 0, 8);
  head.writeUInt16BE(fields.arcount ?? 0, 10);
  if (fields.omitQuestion) return head;
  const tail = Buffer.alloc(4);
  tail.writeUInt16BE(fields.qtype ?? 1, 0);
  tail.writeUInt16BE(fields.qclass ?? 1, 2);
  return Buffer.concat([head, encodeName(fields.name), tail]);
}

export interface DecodedRecord {
  readonly type: number;
  readonly class: number;
  readonly ttl: number;
  readonly address: string;
}

export interface Decoded {
  readonly id: number;
  readonly qr: boolean;
  readonly opcode: number;
  readonly aa: boolean;
  readonly tc: boolean;
  readonly rd: boolean;
  readonly ra: boolean;
  readonly rcode: number;
  readonly arcount: number;
  readonly labels: readonly string[];
  readonly question: { readonly name: string; readonly qtype: number; readonly qclass: number } | undefined;
  readonly answers: readonly DecodedRecord[];
}

/** Reads a reply of the shape the resolver sends (answers name the question by pointer). */
export function decode(reply: Buffer | undefined): Decoded {
  if (reply === undefined) throw new Error('no reply');
  const flags = reply.readUInt16BE(2);
  const qdcount = reply.readUInt16BE(4);
  const ancount = reply.readUInt16BE(6);
  let at = 12;
  const labels: string[] = [];
  let question: Decoded['question'];
  if (qdcount === 1) {
    for (let length = reply[at]!; length !== 0; length = reply[at]!) {
      labels.push(reply.toString('latin1', at + 1, at + 1 + length));
      at += 1 + length;
    }
    at += 1;
    question = { name: labels.join('.'), qtype: reply.readUInt16BE(at), qclass: reply.readUInt16BE(at + 2) };
    at += 4;
  } else if (qdcount !== 0) {
    throw new Error(`QDCOUNT ${qdcount} in a reply`);
  }
  const answers: DecodedRecord[] = [];
  for (let i = 0; i < ancount; i += 1) {
    if (reply.readUInt16BE(at) !== 0xc00c) throw new Error('answer does not point at the question');
    const rdlength = reply.readUInt16BE(at + 10);
    answers.push({
      type: reply.readUInt16BE(at + 2),
      class: reply.readUInt16BE(at + 4),
      ttl: reply.readUInt32BE(at + 6),
      address: [...reply.subarray(at + 12, at + 12 + rdlength)].join('.'),
    });
    at += 12 + rdlength;
  }
  if (at !== reply.length) throw new Error(`${reply.length - at} bytes after the answers`);
  return {
    id: reply.readUInt16BE(0),
    qr: (flags & 0x8000) !== 0,
    opcode: (flags >> 11) & 0xf,
    aa: (flags & 0x0400) !== 0,
    tc: (flags & 0x0200) !== 0,
    rd: (flags & 0x0100) !== 0,
    ra: (flags & 0x0080) !== 0,
    rcode: flags & 0xf,
    arcount: reply.readUInt16BE(10),
    labels,
    question,
    answers,
  };
}
