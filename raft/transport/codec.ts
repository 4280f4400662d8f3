// Wire encoding of Raft messages (arrow.raft.Message). The conversions live with the core's
// types (raft/core/codec.ts); the transport re-exports what it uses so callers need one import.
export { encodeMessage, decodeMessage, messageFromProto, entryFromProto, snapshotFromProto, confStateFromProto } from '../core/codec.ts';
