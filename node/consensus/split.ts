// Pure helpers of the Raft transport: what it does with a message too large for one frame.
import type { Entry, Message } from '../../raft/index.ts';
import { MessageType, isLocalMessage } from '../../raft/index.ts';

/**
 * An upper bound on an entry's bytes inside an encoded Message: its field tag and length (6),
 * term, index and type (11 each at most as varints), the data's tag and length (6), the data.
 */
export function encodedEntryBound(entry: Entry): number {
  return entry.data.length + 48;
}

/**
 * A follower forwards its queued proposals to the leader as one PROP message, however many
 * there are (the driver batches every command made while it waited); a batch of large commands
 * can then exceed the frame limit although each command fits. The commands are independent
 * entries, so the batch can travel as several PROP messages, in order, each holding at most
 * `maxBytes` of encoded entries (encodedEntryBound). Anything else is not split: a message that
 * does not fit is the caller's to drop. A single entry above `maxBytes` still becomes a part of its own.
 */
export function splitProposal(message: Message, maxBytes: number): Message[] {
  if (message.type !== MessageType.PROP || message.entries.length < 2) return [message];
  const parts: Message[] = [];
  let entries: Entry[] = [];
  let bytes = 0;
  for (const entry of message.entries) {
    const size = encodedEntryBound(entry);
    if (entries.length > 0 && bytes + size > maxBytes) {
      parts.push({ ...message, entries });
      entries = [];
      bytes = 0;
    }
    entries.push(entry);
    bytes += size;
  }
  parts.push({ ...message, entries });
  return parts;
}

/** Whether a message of this type travels between members (the rest are the core's local inputs). */
export function isWireType(type: MessageType): boolean {
  return MessageType[type] !== undefined && !isLocalMessage(type);
}
