// The resolver's pure half: one DNS message in (RFC 1035), the reply out, no I/O. It knows one
// zone, `arrow.`: `<name>.arrow` has an A record per address the caller's lookup gives for the
// Arrow named <name>. It is deliberately not a recursive resolver: anything outside `arrow.` is
// REFUSED, so a guest (or anything that can reach the bridge address) cannot use a node as an
// open resolver, to reach other names through it, or to amplify traffic at a spoofed victim.
// Hand-written rather than a general DNS library: only the header and one question are read,
// and every limit the brief sets (no compression in the question, one question, RFC lengths)
// has to be checked before anything else looks at the bytes.

/** The one zone the resolver answers for. */
export const ARROW_ZONE = 'arrow';
/** Short, so a replica that stops or moves leaves caches quickly; the view changes often. */
export const ANSWER_TTL_SECONDS = 5;
/** RFC 1035 4.2.1: a UDP message without EDNS is at most 512 bytes, either way. */
export const MAX_UDP_MESSAGE = 512;
/** At most this many A records per answer, whatever the lookup gives. */
export const MAX_ANSWERS = 32;
/** An Arrow name, as scheduler/spec's `name` field defines it. */
export const ARROW_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Addresses (IPv4, dotted quad) of the named Arrow; undefined when no Arrow has that name. */
export type Lookup = (name: string) => readonly string[] | undefined;

export type Transport = 'udp' | 'tcp';

export interface AnswerOptions {
  /** 'udp' (default) drops queries over 512 bytes and truncates replies to 512 with TC. */
  readonly transport?: Transport;
  /** In [0, 1), to shuffle the addresses (default Math.random); injected for tests. */
  readonly random?: () => number;
}

/** RCODE values (RFC 1035 4.1.1) the resolver sends. */
export const Rcode = {
  NOERROR: 0,
  FORMERR: 1,
  SERVFAIL: 2,
  NXDOMAIN: 3,
  NOTIMP: 4,
  REFUSED: 5,
} as const;

export const QTYPE_A = 1;
export const QCLASS_IN = 1;

const HEADER_LENGTH = 12;
/** RFC 1035 2.3.4: a name is at most 255 octets on the wire, length octets and root included. */
const MAX_NAME_WIRE_LENGTH = 255;
/** A record after a compressed name: pointer 2, type 2, class 2, TTL 4, rdlength 2, address 4. */
const A_RECORD_LENGTH = 16;
/** The question's name starts right after the header, so answers point there (0xC000 | 12). */
const POINTER_TO_QUESTION = 0xc000 | HEADER_LENGTH;

const FLAG_QR = 0x8000;
const FLAG_AA = 0x0400;
const FLAG_TC = 0x0200;
const FLAG_RD = 0x0100;

interface Question {
  /** The labels as sent (latin1: one char per byte), case kept. */
  readonly labels: readonly string[];
  readonly qtype: number;
  readonly qclass: number;
  /** Where the question ends: header and question are echoed byte for byte from the query. */
  readonly end: number;
}

/**
 * The reply to one DNS query, or undefined when it must be dropped without a word: shorter
 * than a header, over 512 bytes on UDP, or itself a response (answering responses lets two
 * servers bounce messages at each other forever). Never throws, whatever the bytes or lookup.
 */
export function answer(query: Uint8Array, lookup: Lookup, options: AnswerOptions = {}): Buffer | undefined {
  const transport = options.transport ?? 'udp';
  const message = Buffer.from(query.buffer, query.byteOffset, query.byteLength);
  if (message.length < HEADER_LENGTH) return undefined;
  if (transport === 'udp' && message.length > MAX_UDP_MESSAGE) return undefined;
  const flags = message.readUInt16BE(2);
  if ((flags & FLAG_QR) !== 0) return undefined;
  const id = message.readUInt16BE(0);
  const opcode = (flags >> 11) & 0x0f;
  // Kept from the query, as RFC 1035 4.1.1 asks; RA stays clear: nothing is resolved for anyone.
  const baseFlags = FLAG_QR | (opcode << 11) | (flags & FLAG_RD);
  const bare = (rcode: number): Buffer => header(id, baseFlags | rcode, 0, 0);

  // Only standard queries: NOTIFY, UPDATE and the rest have other section meanings.
  if (opcode !== 0) return bare(Rcode.NOTIMP);
  const qdcount = message.readUInt16BE(4);
  const ancount = message.readUInt16BE(6);
  const nscount = message.readUInt16BE(8);
  // The additional section (ARCOUNT) may carry an EDNS OPT record; it is ignored, which RFC 6891
  // allows a server without EDNS, and the reply then has no OPT, so it stays within 512 bytes.
  if (qdcount !== 1 || ancount !== 0 || nscount !== 0) return bare(Rcode.FORMERR);
  const question = readQuestion(message);
  if (question === undefined) return bare(Rcode.FORMERR);

  const echoed = message.subarray(HEADER_LENGTH, question.end);
  const reply = (rcode: number, authoritative: boolean, addresses: readonly Uint8Array[] = []): Buffer => {
    let count = addresses.length;
    let truncated = false;
    if (transport === 'udp') {
      const room = Math.floor((MAX_UDP_MESSAGE - HEADER_LENGTH - echoed.length) / A_RECORD_LENGTH);
      if (count > room) { count = room; truncated = true; }
    }
    const out = Buffer.alloc(HEADER_LENGTH + echoed.length + count * A_RECORD_LENGTH);
    const replyFlags = baseFlags | rcode | (authoritative ? FLAG_AA : 0) | (truncated ? FLAG_TC : 0);
    header(id, replyFlags, 1, count).copy(out, 0);
    echoed.copy(out, HEADER_LENGTH);
    let at = HEADER_LENGTH + echoed.length;
    for (let i = 0; i < count; i += 1) {
      at = out.writeUInt16BE(POINTER_TO_QUESTION, at);
      at = out.writeUInt16BE(QTYPE_A, at);
      at = out.writeUInt16BE(QCLASS_IN, at);
      at = out.writeUInt32BE(ANSWER_TTL_SECONDS, at);
      at = out.writeUInt16BE(4, at);
      out.set(addresses[i]!, at);
      at += 4;
    }
    return out;
  };

  // The zone has data in class IN only; CHAOS (version.bind and friends) gets nothing either.
  if (question.qclass !== QCLASS_IN) return reply(Rcode.REFUSED, false);
  const labels = question.labels.map(asciiLowerCase);
  if (labels.length === 0 || labels[labels.length - 1] !== ARROW_ZONE) return reply(Rcode.REFUSED, false);
  // The zone's apex exists (it holds the Arrows) but has no records of its own.
  if (labels.length === 1) return reply(Rcode.NOERROR, true);
  const name = labels[0]!;
  if (labels.length !== 2 || !ARROW_NAME.test(name)) return reply(Rcode.NXDOMAIN, true);

  let found: readonly string[] | undefined;
  try {
    found = lookup(name);
  } catch {
    // The caller's view failed, not the query: tell the client to try again rather than lie.
    return reply(Rcode.SERVFAIL, false);
  }
  if (found === undefined) return reply(Rcode.NXDOMAIN, true);
  if (question.qtype !== QTYPE_A) return reply(Rcode.NOERROR, true);
  const addresses = Array.isArray(found) ? ipv4Addresses(found) : [];
  shuffle(addresses, options.random ?? Math.random);
  return reply(Rcode.NOERROR, true, addresses.slice(0, MAX_ANSWERS));
}

function header(id: number, flags: number, qdcount: number, ancount: number): Buffer {
  const out = Buffer.alloc(HEADER_LENGTH);
  out.writeUInt16BE(id, 0);
  out.writeUInt16BE(flags & 0xffff, 2);
  out.writeUInt16BE(qdcount, 4);
  out.writeUInt16BE(ancount, 6);
  return out;
}

/** The one question after the header, or undefined when it is not a well-formed one. */
function readQuestion(message: Buffer): Question | undefined {
  const labels: string[] = [];
  let at = HEADER_LENGTH;
  let wireLength = 0;
  for (;;) {
    if (at >= message.length) return undefined;
    const length = message[at]!;
    // 0xC0 is a compression pointer: a question has nothing before it worth pointing at, so a
    // pointer there is either a mistake or a loop; refusing it means no pointer is ever followed.
    // 0x40 and 0x80 are the extended/reserved label types (RFC 6891 dropped them). Without those
    // two bits a label length is at most 63, as RFC 1035 2.3.4 requires.
    if ((length & 0xc0) !== 0) return undefined;
    at += 1;
    wireLength += 1 + length;
    if (wireLength > MAX_NAME_WIRE_LENGTH) return undefined;
    if (length === 0) break;
    if (at + length > message.length) return undefined;
    labels.push(message.toString('latin1', at, at + length));
    at += length;
  }
  if (at + 4 > message.length) return undefined;
  return { labels, qtype: message.readUInt16BE(at), qclass: message.readUInt16BE(at + 2), end: at + 4 };
}

/** RFC 4343: DNS compares names ignoring ASCII case only, so no locale-aware lowering. */
function asciiLowerCase(label: string): string {
  return label.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

const DOTTED_QUAD = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The lookup's IPv4 addresses as 4 bytes each, once each; anything else it gave is skipped. */
function ipv4Addresses(found: readonly unknown[]): Uint8Array[] {
  const seen = new Set<string>();
  const out: Uint8Array[] = [];
  for (const address of found) {
    if (typeof address !== 'string' || seen.has(address)) continue;
    const match = DOTTED_QUAD.exec(address);
    if (match === null) continue;
    seen.add(address);
    out.push(Uint8Array.from(match.slice(1, 5), Number));
  }
  return out;
}

/** Fisher-Yates, so each client gets the replicas in its own order and load spreads. */
function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const r = random();
    // A random that strays outside [0, 1) (or NaN) still gives an index in range.
    const j = Number.isFinite(r) ? Math.min(i, Math.max(0, Math.floor(r * (i + 1)))) : i;
    const item = items[i]!;
    items[i] = items[j]!;
    items[j] = item;
  }
}
