// A writer for the cpio "newc" format (the one the Linux kernel unpacks as an initramfs).
// Pure: entries in, byte chunks out. Layout of each record: a 110-byte ASCII header
// ("070701" + 13 eight-digit hex fields), the NUL-terminated name padded to 4 bytes, then the
// data padded to 4 bytes; the archive ends with the record "TRAILER!!!".

export type NewcEntry =
  | { type: 'dir'; path: string; mode: number; uid?: number; gid?: number; mtime?: number }
  | { type: 'file'; path: string; mode: number; data: Uint8Array; uid?: number; gid?: number; mtime?: number }
  | { type: 'symlink'; path: string; target: string; uid?: number; gid?: number; mtime?: number }
  | { type: 'char' | 'block'; path: string; mode: number; major: number; minor: number; uid?: number; gid?: number; mtime?: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFCHR = 0o020000;
const S_IFBLK = 0o060000;
const MAX_U32 = 0xffff_ffff;
const MAX_NAME_BYTES = 4096; // PATH_MAX: the kernel rejects longer names
const TRAILER = 'TRAILER!!!';

const encoder = new TextEncoder();

function hex8(value: number, field: string, path: string): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_U32) {
    throw new Error(`cpio entry ${JSON.stringify(path)}: ${field} ${value} does not fit the newc format (0..${MAX_U32})`);
  }
  return value.toString(16).padStart(8, '0');
}

const padding = (length: number): Uint8Array => new Uint8Array((4 - (length % 4)) % 4);

interface Record {
  name: string;
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  mtime: number;
  data: Uint8Array;
  rdevMajor: number;
  rdevMinor: number;
}

function encodeRecord(r: Record): Uint8Array[] {
  const name = encoder.encode(r.name + '\0');
  if (name.length > MAX_NAME_BYTES) throw new Error(`cpio entry name ${JSON.stringify(r.name.slice(0, 64))}… is longer than ${MAX_NAME_BYTES} bytes`);
  const fields = [
    r.ino, r.mode, r.uid, r.gid, r.nlink, r.mtime, r.data.length,
    0, 0, // devmajor, devminor of the file system holding the entry: meaningless here
    r.rdevMajor, r.rdevMinor, name.length,
    0, // check: only used by the "070702" crc variant
  ];
  const names = ['ino', 'mode', 'uid', 'gid', 'nlink', 'mtime', 'size', 'devmajor', 'devminor', 'rdevmajor', 'rdevminor', 'namesize', 'check'];
  const header = '070701' + fields.map((v, i) => hex8(v, names[i] ?? 'field', r.name)).join('');
  const headerBytes = encoder.encode(header);
  const chunks = [headerBytes, name, padding(headerBytes.length + name.length)];
  if (r.data.length > 0) chunks.push(r.data, padding(r.data.length));
  return chunks;
}

/** Checks an archive path: relative, normalised, no "." or ".." parts, no empty parts. */
function checkPath(path: string): void {
  if (path.length === 0) throw new Error('cpio entry with an empty path');
  if (path.startsWith('/')) throw new Error(`cpio entry path ${JSON.stringify(path)} must be relative (no leading /)`);
  for (const part of path.split('/')) {
    if (part === '' || part === '.' || part === '..') throw new Error(`cpio entry path ${JSON.stringify(path)} has an empty, "." or ".." component`);
  }
  if (path === TRAILER) throw new Error(`cpio entry path ${TRAILER} is reserved for the end marker`);
}

function parentOf(path: string): string | undefined {
  const i = path.lastIndexOf('/');
  return i < 0 ? undefined : path.slice(0, i);
}

/**
 * Encodes entries as a newc archive, yielding chunks (file data is passed through, not copied).
 * Rules checked up front, each with a clear error: valid relative paths, no duplicates, every
 * parent directory listed before its children (the kernel's unpacker does not create missing
 * parents), values that fit the format. Inode numbers are assigned 1, 2, …; with the default
 * mtime 0 the output depends only on the entries, so equal inputs give equal digests.
 */
export function* newcArchive(entries: Iterable<NewcEntry>): Generator<Uint8Array> {
  const seen = new Map<string, NewcEntry['type']>();
  const records: Record[] = [];
  let ino = 1;
  for (const e of entries) {
    checkPath(e.path);
    if (seen.has(e.path)) throw new Error(`cpio entry ${JSON.stringify(e.path)} appears twice`);
    const parent = parentOf(e.path);
    if (parent !== undefined && seen.get(parent) !== 'dir') {
      throw new Error(`cpio entry ${JSON.stringify(e.path)} comes before its parent directory ${JSON.stringify(parent)}`);
    }
    seen.set(e.path, e.type);
    const base = { name: e.path, ino: ino++, uid: e.uid ?? 0, gid: e.gid ?? 0, mtime: e.mtime ?? 0, rdevMajor: 0, rdevMinor: 0 };
    const perm = (mode: number): number => {
      if (!Number.isInteger(mode) || mode < 0 || mode > 0o7777) throw new Error(`cpio entry ${JSON.stringify(e.path)}: mode ${mode} is not a permission mode (0..0o7777)`);
      return mode;
    };
    switch (e.type) {
      case 'dir':
        records.push({ ...base, mode: S_IFDIR | perm(e.mode), nlink: 2, data: new Uint8Array() });
        break;
      case 'file':
        records.push({ ...base, mode: S_IFREG | perm(e.mode), nlink: 1, data: e.data });
        break;
      case 'symlink':
        if (e.target.length === 0) throw new Error(`cpio symlink ${JSON.stringify(e.path)} has an empty target`);
        records.push({ ...base, mode: S_IFLNK | 0o777, nlink: 1, data: encoder.encode(e.target) });
        break;
      case 'char':
      case 'block':
        records.push({ ...base, mode: (e.type === 'char' ? S_IFCHR : S_IFBLK) | perm(e.mode), nlink: 1, data: new Uint8Array(), rdevMajor: e.major, rdevMinor: e.minor });
        break;
    }
  }
  for (const r of records) yield* encodeRecord(r);
  yield* encodeRecord({ name: TRAILER, ino: 0, mode: 0, uid: 0, gid: 0, nlink: 1, mtime: 0, data: new Uint8Array(), rdevMajor: 0, rdevMinor: 0 });
}

/** The whole archive as one buffer. */
export function newcBytes(entries: Iterable<NewcEntry>): Uint8Array {
  const chunks = [...newcArchive(entries)];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
