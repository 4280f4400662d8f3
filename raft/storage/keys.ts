// Key layout of the Raft LevelDB. One-byte prefixes keep record kinds apart; log records are keyed
// by an 8-byte big-endian index so LevelDB's byte order is log order and range scans/deletes are
// cheap. In format 2 a log record is a run of consecutive entries (arrow.raft.EntryRun) keyed by
// its first entry's index; in format 1 it was one entry per record.
export const entryPrefix = 0x01;
export const hardStateKey = Uint8Array.of(0x02);
export const snapshotKey = Uint8Array.of(0x03);
export const confStateKey = Uint8Array.of(0x04);
export const formatKey = Uint8Array.of(0x05);
export const formatVersion = 2;

export function entryKey(index: number): Uint8Array {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`bad log index ${index}`);
  const key = new Uint8Array(9);
  key[0] = entryPrefix;
  // Two 32-bit halves instead of a BigInt: indexes are safe integers, and this runs per record.
  const high = Math.floor(index / 0x1_0000_0000);
  const low = index - high * 0x1_0000_0000;
  const view = new DataView(key.buffer);
  view.setUint32(1, high);
  view.setUint32(5, low);
  return key;
}

export function indexOfEntryKey(key: Uint8Array): number {
  if (key.length !== 9 || key[0] !== entryPrefix) throw new RangeError('not an entry key');
  const view = new DataView(key.buffer, key.byteOffset, key.byteLength);
  const index = view.getUint32(1) * 0x1_0000_0000 + view.getUint32(5);
  if (!Number.isSafeInteger(index)) throw new RangeError('entry key beyond 2^53');
  return index;
}

/** Exclusive upper bound of all entry keys. */
export const entryKeysEnd = Uint8Array.of(entryPrefix + 1);
