// Wire encoding of Raft messages (arrow.raft.Message) and conversion of decoded protobuf objects,
// which carry nulls and proto3 defaults, into the core's plain types.
import { arrow } from '../proto/raft.pb.js';
import type { ConfState, Entry, Message, Snapshot } from '../core/index.ts';

const emptyBytes = new Uint8Array(0);

export function encodeMessage(message: Message): Uint8Array {
  return arrow.raft.Message.encode(message).finish();
}

export function decodeMessage(bytes: Uint8Array): Message {
  return messageFromProto(arrow.raft.Message.decode(bytes));
}

export function entryFromProto(e: arrow.raft.Entry.$Properties): Entry {
  return { term: e.term ?? 0, index: e.index ?? 0, type: e.type ?? arrow.raft.EntryType.NORMAL, data: e.data ?? emptyBytes };
}

export function confStateFromProto(cs: arrow.raft.ConfState.$Properties | null | undefined): ConfState {
  return { voters: [...(cs?.voters ?? [])], learners: [...(cs?.learners ?? [])] };
}

export function snapshotFromProto(s: arrow.raft.Snapshot.$Properties): Snapshot {
  return {
    metadata: { index: s.metadata?.index ?? 0, term: s.metadata?.term ?? 0, confState: confStateFromProto(s.metadata?.confState) },
    data: s.data ?? emptyBytes,
  };
}

export function messageFromProto(m: arrow.raft.Message): Message {
  const message: Message = {
    type: m.type,
    to: m.to,
    from: m.from,
    term: m.term,
    logTerm: m.logTerm,
    index: m.index,
    entries: m.entries.map(entryFromProto),
    commit: m.commit,
    reject: m.reject,
    rejectHint: m.rejectHint,
    context: m.context,
  };
  if (m.snapshot) message.snapshot = snapshotFromProto(m.snapshot);
  return message;
}
