// Transports for Raft messages: the interface the driver uses, an in-memory network for tests
// and simulations, and a TCP implementation (length-prefixed protobuf frames) for real clusters.
// A libp2p transport can implement the same interface later.
export type { Transport } from './types.ts';
export { MemoryNetwork, MemoryTransport } from './memory-transport.ts';
export { TcpTransport, parseAddress } from './tcp-transport.ts';
export type { TcpTransportOptions } from './tcp-transport.ts';
export { FrameReader, FrameTooLargeError, frame } from './frames.ts';
export { encodeMessage, decodeMessage, messageFromProto, entryFromProto, snapshotFromProto, confStateFromProto } from './codec.ts';
