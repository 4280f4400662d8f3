import test from 'ava';
import fc from 'fast-check';
import { ANSWER_TTL_SECONDS, MAX_ANSWERS, Rcode, TokenBuckets, answer } from './index.ts';
import type { Lookup } from './index.ts';
import { decode, encodeName, query } from './testing/messages.ts';

const VIEW: Record<string, readonly string[]> = {
  web: ['10.213.1.2', '10.213.1.3', '10.213.2.7'],
  idle: [],
};
const lookup: Lookup = (name) => VIEW[name];
const AAAA = 28;
const MX = 15;

test('an A query for <name>.arrow gets its addresses: TTL 5 s, authoritative, question echoed', (t) => {
  const q = query({ id: 0xbeef, name: 'web.arrow' });
  const r = decode(answer(q, lookup, { random: () => 0 }));
  t.is(r.id, 0xbeef);
  t.true(r.qr);
  t.true(r.aa);
  t.false(r.tc);
  t.true(r.rd, 'RD is copied from the query');
  t.false(r.ra, 'not a recursive resolver');
  t.is(r.rcode, Rcode.NOERROR);
  t.deepEqual(r.question, { name: 'web.arrow', qtype: 1, qclass: 1 });
  t.deepEqual([...r.answers.map((a) => a.address)].sort(), [...VIEW.web!].sort());
  for (const a of r.answers) t.deepEqual({ type: a.type, class: a.class, ttl: a.ttl }, { type: 1, class: 1, ttl: ANSWER_TTL_SECONDS });
});

test('names are case-insensitive, and the question is echoed as it was asked', (t) => {
  const asked: string[] = [];
  const r = decode(answer(query({ name: 'WeB.ARROW' }), (name) => { asked.push(name); return VIEW[name]; }));
  t.deepEqual(asked, ['web']);
  t.is(r.rcode, Rcode.NOERROR);
  t.is(r.question?.name, 'WeB.ARROW', 'resolvers using 0x20 case randomisation check the echo');
  t.is(r.answers.length, 3);
});

test('the addresses are shuffled by the injected random, every order reachable', (t) => {
  const orders = new Set<string>();
  let seed = 1;
  const random = (): number => { seed = (seed * 16807) % 2147483647; return (seed - 1) / 2147483646; };
  for (let i = 0; i < 200; i += 1) orders.add(decode(answer(query({ name: 'web.arrow' }), lookup, { random })).answers.map((a) => a.address).join(','));
  t.is(orders.size, 6, 'all 3! orders of three replicas');
  const fixed = () => decode(answer(query({ name: 'web.arrow' }), lookup, { random: () => 0.5 })).answers.map((a) => a.address);
  t.deepEqual(fixed(), fixed(), 'deterministic for a given random');
  const wild = decode(answer(query({ name: 'web.arrow' }), lookup, { random: () => Number.NaN }));
  t.is(wild.answers.length, 3, 'a random outside [0, 1) still gives every address');
});

test('unknown and impossible names under .arrow are NXDOMAIN', (t) => {
  for (const name of ['db.arrow', 'a.web.arrow', 'under_score.arrow', 'caf\u00e9.arrow', `${'a'.repeat(63)}.arrow`]) {
    const r = decode(answer(query({ name }), lookup));
    t.is(r.rcode, Rcode.NXDOMAIN, name);
    t.true(r.aa, name);
    t.is(r.answers.length, 0, name);
  }
  t.is(decode(answer(query({ name: 'db.arrow', qtype: AAAA }), lookup)).rcode, Rcode.NXDOMAIN, 'for every type');
});

test('AAAA and other types of a known name, an Arrow with no replica, and the apex get an empty NOERROR', (t) => {
  for (const [name, qtype] of [['web.arrow', AAAA], ['web.arrow', MX], ['web.arrow', 255], ['idle.arrow', 1], ['arrow', 1], ['arrow', 6]] as const) {
    const r = decode(answer(query({ name, qtype }), lookup));
    t.is(r.rcode, Rcode.NOERROR, `${name} ${qtype}`);
    t.true(r.aa);
    t.is(r.answers.length, 0, `${name} ${qtype}`);
    t.deepEqual(r.question, { name, qtype, qclass: 1 });
  }
});

test('names outside .arrow are REFUSED, as is any class but IN: the node is not an open resolver', (t) => {
  let looked = 0;
  const counting: Lookup = (name) => { looked += 1; return VIEW[name]; };
  for (const name of ['example.com', 'web.arrow.example.com', 'arrows', 'arrow.web', '', 'web\u0000.arrow.x']) {
    const r = decode(answer(query({ name }), counting));
    t.is(r.rcode, Rcode.REFUSED, JSON.stringify(name));
    t.false(r.aa);
    t.is(r.answers.length, 0);
  }
  t.is(decode(answer(query({ name: 'web.arrow', qclass: 3 }), counting)).rcode, Rcode.REFUSED, 'CHAOS');
  t.is(decode(answer(query({ name: 'web.arrow', qclass: 255 }), counting)).rcode, Rcode.REFUSED, 'ANY class');
  t.is(looked, 0, 'the view is never asked about them');
});

test('malformed queries with a readable header get FORMERR with the query id', (t) => {
  const cases: Record<string, Buffer> = {
    'no question': query({ name: 'web.arrow', qdcount: 0, omitQuestion: true }),
    'two questions': query({ name: 'web.arrow', qdcount: 2 }),
    'QDCOUNT 2 with one question': Buffer.concat([query({ name: 'web.arrow', qdcount: 2 }), encodeName('web.arrow'), Buffer.from([0, 1, 0, 1])]),
    'an answer in a query': query({ name: 'web.arrow', ancount: 1 }),
    'an authority record in a query': query({ name: 'web.arrow', nscount: 1 }),
    'header only': query({ name: 'web.arrow', omitQuestion: true }),
    'name cut short': query({ name: 'web.arrow' }).subarray(0, 12 + 6),
    'no root label': query({ name: 'web.arrow' }).subarray(0, 12 + 10),
    'no type and class': query({ name: 'web.arrow' }).subarray(0, 12 + 11),
    'class cut short': query({ name: 'web.arrow' }).subarray(0, 12 + 14),
    'label longer than the message': Buffer.concat([query({ name: 'x', omitQuestion: true }), Buffer.from([40, 0x61, 0x62])]),
    'compression pointer to itself': Buffer.concat([query({ name: 'x', omitQuestion: true }), Buffer.from([0xc0, 12, 0, 1, 0, 1])]),
    'compression loop after a label': Buffer.concat([query({ name: 'x', omitQuestion: true }), Buffer.from([3, 0x77, 0x65, 0x62, 0xc0, 12, 0, 1, 0, 1])]),
    'compression pointer forward': Buffer.concat([query({ name: 'x', omitQuestion: true }), Buffer.from([0xc0, 18, 0, 1, 0, 1]), encodeName('web.arrow')]),
    'extended label type 0x40': Buffer.concat([query({ name: 'x', omitQuestion: true }), Buffer.from([0x41, 0x61, 0, 0, 1, 0, 1])]),
    'label type 0x80': Buffer.concat([query({ name: 'x', omitQuestion: true }), Buffer.from([0x81, 0x61, 0, 0, 1, 0, 1])]),
    'name over 255 octets': query({ name: [...Array(5)].map(() => 'a'.repeat(50)).concat('arrow').join('.') }),
  };
  for (const [what, q] of Object.entries(cases)) {
    const r = decode(answer(q, lookup));
    t.is(r.rcode, Rcode.FORMERR, what);
    t.is(r.id, 0x1234, what);
    t.true(r.qr, what);
    t.is(r.answers.length, 0, what);
  }
  // 255 octets is still a name: (1+63)*3 + (1+55) + (1+5) + 1 for the root.
  const longest = [...Array(3)].map(() => 'a'.repeat(63)).concat('a'.repeat(55), 'arrow').join('.');
  t.is(encodeName(longest).length, 255);
  t.is(decode(answer(query({ name: longest }), lookup)).rcode, Rcode.NXDOMAIN, 'a 255-octet name is readable');
});

test('other opcodes get NOTIMP; short garbage, responses and UDP queries over 512 bytes are dropped', (t) => {
  t.is(decode(answer(query({ name: 'web.arrow', opcode: 2 }), lookup)).rcode, Rcode.NOTIMP, 'STATUS');
  t.is(decode(answer(query({ name: 'web.arrow', opcode: 5 }), lookup)).rcode, Rcode.NOTIMP, 'UPDATE');
  for (let length = 0; length < 12; length += 1) t.is(answer(query({ name: 'web.arrow' }).subarray(0, length), lookup), undefined, `${length} bytes`);
  t.is(answer(query({ name: 'web.arrow', qr: true }), lookup), undefined, 'a response is never answered');
  const padded = Buffer.concat([query({ name: 'web.arrow', arcount: 1 }), Buffer.alloc(600)]);
  t.is(answer(padded, lookup, { transport: 'udp' }), undefined);
  t.is(decode(answer(padded, lookup, { transport: 'tcp' })).rcode, Rcode.NOERROR, 'TCP messages may be longer');
});

test('an EDNS OPT record in the additional section is ignored, not an error', (t) => {
  const opt = Buffer.from([0, 0, 41, 0x04, 0xd0, 0, 0, 0, 0, 0, 0]);
  const r = decode(answer(Buffer.concat([query({ name: 'web.arrow', arcount: 1 }), opt]), lookup));
  t.is(r.rcode, Rcode.NOERROR);
  t.is(r.answers.length, 3);
  t.is(r.arcount, 0, 'no OPT back: the reply keeps to 512 bytes');
});

test('at most 32 answers; over UDP the reply is cut to 512 bytes with TC, over TCP it is whole', (t) => {
  const many = [...Array(100)].map((_, i) => `10.213.${i >> 8}.${i & 0xff}`);
  const wide: Lookup = () => many;
  const udp = answer(query({ name: 'web.arrow' }), wide, { transport: 'udp' });
  t.true(udp !== undefined && udp.length <= 512);
  const r = decode(udp);
  t.true(r.tc);
  t.is(r.answers.length, Math.floor((512 - 12 - 15) / 16));
  const tcp = decode(answer(query({ name: 'web.arrow' }), wide, { transport: 'tcp' }));
  t.false(tcp.tc);
  t.is(tcp.answers.length, MAX_ANSWERS);
  t.is(new Set(tcp.answers.map((a) => a.address)).size, MAX_ANSWERS);
  const picks = new Set<string>();
  for (let i = 0; i < 20; i += 1) for (const a of decode(answer(query({ name: 'web.arrow' }), wide, { transport: 'tcp' })).answers) picks.add(a.address);
  t.true(picks.size > MAX_ANSWERS, 'the 32 are a random pick, so every replica gets clients');
  const few = decode(answer(query({ name: 'web.arrow' }), () => many.slice(0, 20), { transport: 'udp' }));
  t.false(few.tc, 'what fits is not truncated');
  t.is(few.answers.length, 20);
});

test('a failing view gives SERVFAIL; what is not an IPv4 address is left out', (t) => {
  const r = decode(answer(query({ name: 'web.arrow' }), () => { throw new Error('view broke'); }));
  t.is(r.rcode, Rcode.SERVFAIL);
  const mixed = decode(answer(query({ name: 'web.arrow' }), () => ['10.213.1.2', '10.213.1.2', 'fd00::1', '256.1.1.1', '01.2.3.4', 'web', '', '10.213.1.3'], { random: () => 0 }));
  t.deepEqual(mixed.answers.map((a) => a.address).sort(), ['10.213.1.2', '10.213.1.3']);
  t.is(decode(answer(query({ name: 'web.arrow' }), () => 'nope' as unknown as string[])).answers.length, 0, 'a view that is not a list gives no records');
});

test('answer() never throws on arbitrary bytes and answers nothing outside .arrow but REFUSED', (t) => {
  const view: Lookup = (name) => (name.length % 2 === 0 ? ['10.213.0.2'] : undefined);
  const check = (bytes: Uint8Array, transport: 'udp' | 'tcp'): void => {
    const out = answer(bytes, view, { transport });
    if (out === undefined) return;
    const r = decode(out);
    if (r.question === undefined) { t.is(r.answers.length, 0); return; }
    const labels = r.labels.map((l) => l.replace(/[A-Z]/g, (c) => c.toLowerCase()));
    if (labels[labels.length - 1] !== 'arrow') t.is(r.rcode, Rcode.REFUSED, r.question.name);
    if (r.answers.length > 0) t.true(labels.length === 2 && /^[a-z0-9-]+$/.test(labels[0]!), r.question.name);
  };
  fc.assert(fc.property(fc.uint8Array({ maxLength: 700 }), fc.constantFrom('udp' as const, 'tcp' as const), (bytes, transport) => { check(bytes, transport); }), { numRuns: 3000 });
  // Random bytes rarely make a question; these do, with hostile labels and counts.
  const label = fc.oneof(fc.constantFrom('arrow', 'ARROW', 'web', 'com', ''), fc.string({ maxLength: 70 }));
  const message = fc.record({
    labels: fc.array(label, { maxLength: 6 }),
    qtype: fc.integer({ min: 0, max: 0xffff }),
    qclass: fc.constantFrom(1, 1, 3, 255),
    flags: fc.integer({ min: 0, max: 0xffff }),
    qdcount: fc.constantFrom(1, 1, 1, 0, 2, 0xffff),
    tail: fc.uint8Array({ maxLength: 40 }),
    cut: fc.nat({ max: 300 }),
  });
  fc.assert(fc.property(message, ({ labels, qtype, qclass, flags, qdcount, tail, cut }) => {
    const body = Buffer.concat(labels.map((l) => { const b = Buffer.from(l, 'latin1'); return Buffer.concat([Buffer.from([b.length & 0xff]), b]); }).concat(Buffer.from([0])));
    const head = Buffer.alloc(12);
    head.writeUInt16BE(flags & ~0x8000 & ~0x7800, 2);
    head.writeUInt16BE(qdcount, 4);
    const q = Buffer.alloc(4);
    q.writeUInt16BE(qtype, 0);
    q.writeUInt16BE(qclass, 2);
    const whole = Buffer.concat([head, body, q, tail]);
    check(whole, 'tcp');
    check(whole.subarray(0, Math.min(whole.length, 12 + cut)), 'udp');
  }), { numRuns: 3000 });
  t.pass();
});

test('a token bucket per source: a burst, then the rate; sources apart; the map stays bounded', (t) => {
  let now = 0;
  const buckets = new TokenBuckets({ perSecond: 10, burst: 5, maxSources: 8, now: () => now });
  const takes = (source: string, n: number): number => [...Array(n)].filter(() => buckets.take(source)).length;
  t.is(takes('a', 20), 5, 'a burst');
  t.is(takes('b', 3), 3, 'another source has its own bucket');
  now += 100;
  t.is(takes('a', 5), 1, '10/s: one more after 100 ms');
  now += 10_000;
  t.is(takes('a', 20), 5, 'never more than a burst after being quiet');
  now -= 5_000;
  t.is(takes('a', 2), 0, 'a clock going back adds nothing');
  for (let i = 0; i < 100; i += 1) buckets.take(`spoofed-${i}`);
  t.true(buckets.size <= 8);
});
