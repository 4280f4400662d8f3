// Conversions between decoded protobuf objects (optional fields, null for absent messages) and
// the core's plain types (every field present). Encoding needs no helper: core values are valid
// inputs to arrow.raft.X.encode.
import { arrow } from '../proto/raft.pb.js';
import type { ConfChange, ConfState, Entry, HardState, Message, Snapshot } from './types.ts';
import { EntryType, MessageType, ConfChangeType, emptyBytes } from './types.ts';

export function entryFromProto(e: arrow.raft.Entry.$Properties): Entry {
  return { term: e.term ?? 0, index: e.index ?? 0, type: e.type ?? EntryType.NORMAL, data: e.data ?? emptyBytes };
}

export function confStateFromProto(c: arrow.raft.ConfState.$Properties | null | undefined): ConfState {
  return { voters: [...(c?.voters ?? [])], learners: [...(c?.learners ?? [])] };
}

export function snapshotFromProto(s: arrow.raft.Snapshot.$Properties): Snapshot {
  const md = s.metadata;
  return {
    metadata: { index: md?.index ?? 0, term: md?.term ?? 0, confState: confStateFromProto(md?.confState) },
    data: s.data ?? emptyBytes,
  };
}

export function hardStateFromProto(h: arrow.raft.HardState.$Properties): HardState {
  return { term: h.term ?? 0, vote: h.vote ?? '', commit: h.commit ?? 0 };
}

export function confChangeFromProto(c: arrow.raft.ConfChange.$Properties): ConfChange {
  return { type: c.type ?? ConfChangeType.ADD_LEARNER, member: c.member ?? '', context: c.context ?? emptyBytes };
}

export function messageFromProto(m: arrow.raft.Message.$Properties): Message {
  const out: Message = {
    type: m.type ?? MessageType.HUP,
    to: m.to ?? '',
    from: m.from ?? '',
    term: m.term ?? 0,
    logTerm: m.logTerm ?? 0,
    index: m.index ?? 0,
    entries: (m.entries ?? []).map(entryFromProto),
    commit: m.commit ?? 0,
    reject: m.reject ?? false,
    rejectHint: m.rejectHint ?? 0,
    context: m.context ?? emptyBytes,
  };
  if (m.snapshot) out.snapshot = snapshotFromProto(m.snapshot);
  return out;
}

export function encodeMessage(m: Message): Uint8Array {
  return arrow.raft.Message.encode(m).finish();
}

export function decodeMessage(bytes: Uint8Array): Message {
  return messageFromProto(arrow.raft.Message.decode(bytes));
}

export function encodeConfChange(cc: ConfChange): Uint8Array {
  return arrow.raft.ConfChange.encode(cc).finish();
}

export function decodeConfChange(bytes: Uint8Array): ConfChange {
  return confChangeFromProto(arrow.raft.ConfChange.decode(bytes));
}
