// Key layout of the Raft LevelDB. One-byte prefixes keep record kinds apart; entry indexes are
// 8-byte big-endian so LevelDB's byte order is log order and range scans/deletes are cheap.
export const entryPrefix = 0x01;
export const hardStateKey = Uint8Array.of(0x02);
export const snapshotKey = Uint8Array.of(0x03);
export const confStateKey = Uint8Array.of(0x04);
export const formatKey = Uint8Array.of(0x05);
export const formatVersion = 1;

export function entryKey(index: number): Uint8Array {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`bad log index ${index}`);
  const key = new Uint8Array(9);
  key[0] = entryPrefix;
  new DataView(key.buffer).setBigUint64(1, BigInt(index));
  return key;
}

export function indexOfEntryKey(key: Uint8Array): number {
  if (key.length !== 9 || key[0] !== entryPrefix) throw new RangeError('not an entry key');
  return Number(new DataView(key.buffer, key.byteOffset, key.byteLength).getBigUint64(1));
}

/** Exclusive upper bound of all entry keys. */
export const entryKeysEnd = Uint8Array.of(entryPrefix + 1);
