// Arrow names for Arrows: each node runs a small DNS server on its bridge's gateway
// (10.213.N.1:53, UDP and TCP) that the guests use as their resolver, answering `<name>.arrow`
// with the addresses of the running replicas of the Arrow <name>.
//
// CONTRACT
//
// answer(query, lookup, options) is the whole protocol, pure: a DNS query in, the reply out
// (undefined: drop it). lookup(name) gets a valid lowercase Arrow name and returns its IPv4
// addresses, [] for an Arrow with none running (NOERROR, no records), or undefined for no such
// Arrow (NXDOMAIN). A records have a TTL of 5 s, come shuffled by options.random, at most 32,
// truncated with TC to fit 512 bytes on UDP. Other types of a known name: NOERROR, no records.
// Names outside `arrow.`: REFUSED (not an open resolver). Malformed with a readable header:
// FORMERR (compression pointers in the question included); shorter than a header, a response,
// or over 512 bytes on UDP: dropped. It never throws.
//
// ArrowResolver is the I/O: start({ address, port }) binds UDP and TCP (port 0: a free one,
// returned and in .address), setLookup(fn) swaps the view, stop() closes everything. Its lookup
// also gets the asker (address, port, transport), so the caller answers only with addresses on
// the asker's network. Per source address: a token bucket (200 queries/s by default); TCP: at
// most 16 connections (4 per address), 5 s without a complete query closes one, 64 KiB messages.
export { ANSWER_TTL_SECONDS, ARROW_NAME, ARROW_ZONE, MAX_ANSWERS, MAX_UDP_MESSAGE, QCLASS_IN, QTYPE_A, Rcode, answer } from './answer.ts';
export type { AnswerOptions, Lookup, Transport } from './answer.ts';
export { ArrowResolver } from './server.ts';
export type { ArrowResolverOptions, ResolverAddress, ResolverAsker, ResolverLookup } from './server.ts';
export { TokenBuckets } from './rate.ts';
export type { TokenBucketsOptions } from './rate.ts';
