// Manifests (pure): the tree of a snapshot as entries over content-addressed chunks, its one
// canonical protobuf encoding (shadowfs/proto/shadowfs.proto) and a strict decoder.
//
// Why protobuf and canonical: the wire and the store share one format with the rest of Arrow,
// and a manifest's digest (sha256 of its bytes) names the snapshot. For that digest to be a
// function of the tree, there must be exactly one encoding of each tree: entries sorted by the
// UTF-8 bytes of their path, default values omitted, no unknown fields. decodeManifest
// re-encodes what it read and refuses input that differs, so a peer cannot make two digests
// for one tree, or smuggle bytes in fields this version ignores.
//
// What the decoder guarantees to its callers (materialise relies on each point):
// - every path is relative, '/'-separated, without '', '.' or '..' parts or NUL, ≤
//   MAX_PATH_BYTES (each name ≤ MAX_NAME_BYTES), so joining it under a root stays under it;
// - paths are unique, and every entry's parent is listed before it as a directory, so writing
//   entries in order never goes through a file or a symlink;
// - a file's size is the sum of its chunk sizes, each 1..MAX_CHUNK_BYTES with a valid digest;
//   directories and symlinks have no size and no chunks; symlink targets are 1..MAX_PATH_BYTES
//   without NUL (they are written as links, never followed);
// - at most MAX_ENTRIES entries, MAX_MANIFEST_BYTES encoded, MAX_VOLUME_BYTES of file content.
// Anything else is refused with a ManifestError whose `problem` names the kind of fault and
// whose message names the entry.
import { digestOf, isDigest } from '../../p2p/index.ts';
import type { Digest } from '../../p2p/index.ts';
import { arrow } from '../proto/shadowfs.pb.js';
import { MAX_CHUNK_BYTES } from '../chunking/index.ts';

export const MANIFEST_VERSION = 1;
/** Longest path (bytes of UTF-8), as Linux's PATH_MAX. */
export const MAX_PATH_BYTES = 4096;
/** Longest name of one path component, as Linux's NAME_MAX. */
export const MAX_NAME_BYTES = 255;
/** Entries in one snapshot: bounds the decoder's memory and a replica's work. */
export const MAX_ENTRIES = 250_000;
/** Encoded manifest: ~40 bytes a chunk, so room for 16 GiB of 64 KiB chunks several times over. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** File content of one snapshot, whatever limit a volume asks for. */
export const MAX_VOLUME_BYTES = 16 * 1024 ** 3;

export type EntryType = 'file' | 'dir' | 'symlink';
export interface ChunkRef { digest: Digest; size: number }
export interface Mtime { sec: number; nsec: number }
interface EntryBase { path: string; mode: number; mtime: Mtime }
export interface FileEntry extends EntryBase { type: 'file'; size: number; chunks: ChunkRef[] }
export interface DirEntry extends EntryBase { type: 'dir' }
/** mode is always 0: Linux has no lchmod and ignores a link's own permission bits. */
export interface SymlinkEntry extends EntryBase { type: 'symlink'; target: string }
export type Entry = FileEntry | DirEntry | SymlinkEntry;
export interface Manifest { rootMode: number; entries: Entry[] }

export type ManifestProblem =
  | 'malformed' | 'too-large' | 'too-many-entries' | 'bad-version' | 'bad-path' | 'path-traversal'
  | 'duplicate-path' | 'unsorted' | 'missing-parent' | 'not-a-directory' | 'bad-type' | 'bad-mode'
  | 'bad-mtime' | 'size-mismatch' | 'bad-chunk' | 'bad-symlink' | 'over-size-limit' | 'not-canonical';

export class ManifestError extends Error {
  readonly problem: ManifestProblem;
  readonly path: string | undefined;
  constructor(problem: ManifestProblem, message: string, path?: string) {
    super(path === undefined ? `manifest refused (${problem}): ${message}` : `manifest refused (${problem}): ${JSON.stringify(path.slice(0, 200))}: ${message}`);
    this.name = 'ManifestError';
    this.problem = problem;
    this.path = path;
  }
}

const TYPE_CODE = { file: 1, dir: 2, symlink: 3 } as const;
const utf8 = new TextEncoder();

/** Canonical order of paths: by UTF-8 bytes (not JS's UTF-16 order), so every implementation agrees. */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(utf8.encode(a), utf8.encode(b));
}

/** Sorts entries into canonical order and validates the result (throws ManifestError). */
export function buildManifest(rootMode: number, entries: Entry[], limits: ManifestLimits = {}): Manifest {
  const keyed = entries.map((entry) => ({ entry, key: Buffer.from(utf8.encode(entry.path)) }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  const manifest: Manifest = { rootMode, entries: keyed.map((k) => k.entry) };
  fromWire(toWire(manifest), limits);
  return manifest;
}

export interface ManifestLimits {
  /** Refuse trees whose file content exceeds this (≤ MAX_VOLUME_BYTES). */
  maxBytes?: number;
  maxEntries?: number;
}

/** The canonical bytes of a valid manifest (validates first; throws ManifestError). */
export function encodeManifest(manifest: Manifest, limits: ManifestLimits = {}): Uint8Array {
  const wire = toWire(manifest);
  fromWire(wire, limits);
  const bytes = arrow.shadowfs.Manifest.encode(wire).finish();
  if (bytes.length > MAX_MANIFEST_BYTES) throw new ManifestError('too-large', `${bytes.length} bytes encoded, the limit is ${MAX_MANIFEST_BYTES}`);
  return bytes;
}

/** Strict decoder for manifests from a peer, a guest or the disk; see the guarantees at the top. */
export function decodeManifest(bytes: Uint8Array, limits: ManifestLimits = {}): Manifest {
  if (bytes.length > MAX_MANIFEST_BYTES) throw new ManifestError('too-large', `${bytes.length} bytes, the limit is ${MAX_MANIFEST_BYTES}`);
  let wire: arrow.shadowfs.Manifest;
  try {
    wire = arrow.shadowfs.Manifest.decode(bytes);
  } catch (error) {
    throw new ManifestError('malformed', `not a protobuf Manifest: ${(error as Error).message}`);
  }
  const manifest = fromWire(wire, limits);
  const canonical = arrow.shadowfs.Manifest.encode(toWire(manifest)).finish();
  if (!Buffer.from(canonical).equals(Buffer.from(bytes))) {
    throw new ManifestError('not-canonical', 'the bytes are not the canonical encoding of the tree they describe (unknown fields, explicit defaults or another field order)');
  }
  return manifest;
}

export function manifestDigest(bytes: Uint8Array): Digest {
  return digestOf(bytes);
}

/** Sum of file sizes. */
export function logicalBytes(manifest: Manifest): number {
  let total = 0;
  for (const entry of manifest.entries) if (entry.type === 'file') total += entry.size;
  return total;
}

/** Each distinct chunk once, with its size. */
export function chunksOf(manifest: Manifest): Map<Digest, number> {
  const chunks = new Map<Digest, number>();
  for (const entry of manifest.entries) {
    if (entry.type === 'file') for (const chunk of entry.chunks) chunks.set(chunk.digest, chunk.size);
  }
  return chunks;
}

function toWire(manifest: Manifest): arrow.shadowfs.Manifest.$Properties {
  const wire: arrow.shadowfs.Manifest.$Properties = { version: MANIFEST_VERSION, entries: [] };
  if (manifest.rootMode !== 0) wire.rootMode = manifest.rootMode;
  for (const entry of manifest.entries) {
    // Only non-default fields: protobufjs writes every field that is set, even to its default.
    const out: arrow.shadowfs.Entry.$Properties = { path: entry.path, type: TYPE_CODE[entry.type] };
    if (entry.mode !== 0) out.mode = entry.mode;
    if (entry.mtime.sec !== 0) out.mtimeSec = entry.mtime.sec;
    if (entry.mtime.nsec !== 0) out.mtimeNsec = entry.mtime.nsec;
    if (entry.type === 'file') {
      if (entry.size !== 0) out.size = entry.size;
      if (entry.chunks.length > 0) {
        out.chunks = entry.chunks.map((chunk) => ({ sha256: Buffer.from(chunk.digest.slice(7), 'hex'), size: chunk.size }));
      }
    } else if (entry.type === 'symlink') {
      out.target = entry.target;
    }
    wire.entries!.push(out);
  }
  return wire;
}

/**
 * What makes `path` no path of a volume tree (relative, plain components, bounded), or undefined:
 * the one rule for manifests and for the paths a guest names in its changes (shadowfs/sync).
 */
export function manifestPathProblem(path: string): { problem: 'bad-path' | 'path-traversal'; detail: string } | undefined {
  if (path.length === 0) return { problem: 'bad-path', detail: 'empty path' };
  if (path.includes('\0')) return { problem: 'bad-path', detail: 'path contains a NUL byte' };
  const bytes = utf8.encode(path).length;
  if (bytes > MAX_PATH_BYTES) return { problem: 'bad-path', detail: `path is ${bytes} bytes, the limit is ${MAX_PATH_BYTES}` };
  if (path.startsWith('/')) return { problem: 'path-traversal', detail: 'absolute path (paths are relative to the volume root)' };
  for (const part of path.split('/')) {
    if (part === '..' || part === '.') return { problem: 'path-traversal', detail: `path has a "${part}" component` };
    if (part === '') return { problem: 'bad-path', detail: 'path has an empty component (leading, trailing or doubled "/")' };
    if (utf8.encode(part).length > MAX_NAME_BYTES) return { problem: 'bad-path', detail: `a name is longer than ${MAX_NAME_BYTES} bytes` };
  }
  return undefined;
}

function checkPath(path: unknown): string {
  if (typeof path !== 'string' || path.length === 0) throw new ManifestError('bad-path', 'empty path', '');
  const found = manifestPathProblem(path);
  if (found) throw new ManifestError(found.problem, found.detail, path);
  return path;
}

function checkNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

function fromWire(wire: arrow.shadowfs.Manifest.$Properties, limits: ManifestLimits): Manifest {
  const maxEntries = Math.min(limits.maxEntries ?? MAX_ENTRIES, MAX_ENTRIES);
  const maxBytes = Math.min(limits.maxBytes ?? MAX_VOLUME_BYTES, MAX_VOLUME_BYTES);
  if ((wire.version ?? 0) !== MANIFEST_VERSION) throw new ManifestError('bad-version', `version ${wire.version ?? 0}, this node reads version ${MANIFEST_VERSION}`);
  const rootMode = wire.rootMode ?? 0;
  if (!checkNumber(rootMode, 0, 0o7777)) throw new ManifestError('bad-mode', `root mode ${rootMode} is not within 0..07777`);
  const input = wire.entries ?? [];
  if (input.length > maxEntries) throw new ManifestError('too-many-entries', `${input.length} entries, the limit is ${maxEntries}`);
  const kinds = new Map<string, EntryType>();
  const entries: Entry[] = [];
  let previous: Uint8Array | undefined;
  let total = 0;
  for (const raw of input) {
    const path = checkPath(raw.path);
    if (kinds.has(path)) throw new ManifestError('duplicate-path', 'listed twice', path);
    const key = utf8.encode(path);
    if (previous !== undefined && Buffer.compare(previous, key) >= 0) throw new ManifestError('unsorted', 'entries are not in the order of their UTF-8 paths', path);
    previous = key;
    const slash = path.lastIndexOf('/');
    if (slash >= 0) {
      const parent = path.slice(0, slash);
      const parentKind = kinds.get(parent);
      if (parentKind === undefined) throw new ManifestError('missing-parent', `its directory ${JSON.stringify(parent)} is not listed before it`, path);
      if (parentKind !== 'dir') throw new ManifestError('not-a-directory', `its parent ${JSON.stringify(parent)} is a ${parentKind}, not a directory`, path);
    }
    const mode = raw.mode ?? 0;
    const sec = raw.mtimeSec ?? 0;
    const nsec = raw.mtimeNsec ?? 0;
    if (!checkNumber(sec, -(2 ** 52), 2 ** 52) || !checkNumber(nsec, 0, 999_999_999)) throw new ManifestError('bad-mtime', `mtime ${sec}.${nsec} out of range`, path);
    const mtime = { sec, nsec };
    const size = raw.size ?? 0;
    const chunks = raw.chunks ?? [];
    const target = raw.target ?? '';
    let entry: Entry;
    switch (raw.type) {
      case TYPE_CODE.file: {
        if (!checkNumber(mode, 0, 0o7777)) throw new ManifestError('bad-mode', `mode ${mode} is not within 0..07777`, path);
        if (target !== '') throw new ManifestError('bad-type', 'a file has a symlink target', path);
        if (!checkNumber(size, 0, maxBytes)) throw new ManifestError('over-size-limit', `file size ${size} is over the limit of ${maxBytes} bytes`, path);
        const refs: ChunkRef[] = [];
        let sum = 0;
        for (const chunk of chunks) {
          const digestBytes = chunk.sha256 ?? new Uint8Array(0);
          if (digestBytes.length !== 32) throw new ManifestError('bad-chunk', `a chunk digest is ${digestBytes.length} bytes, expected 32`, path);
          const chunkSize = chunk.size ?? 0;
          if (!checkNumber(chunkSize, 1, MAX_CHUNK_BYTES)) throw new ManifestError('bad-chunk', `a chunk of ${chunkSize} bytes (each is 1..${MAX_CHUNK_BYTES})`, path);
          const digest = `sha256:${Buffer.from(digestBytes).toString('hex')}`;
          if (!isDigest(digest)) throw new ManifestError('bad-chunk', 'invalid chunk digest', path);
          refs.push({ digest, size: chunkSize });
          sum += chunkSize;
        }
        if (sum !== size) throw new ManifestError('size-mismatch', `size ${size} but its chunks hold ${sum} bytes`, path);
        total += size;
        if (total > maxBytes) throw new ManifestError('over-size-limit', `the files hold more than the limit of ${maxBytes} bytes`, path);
        entry = { path, type: 'file', mode, mtime, size, chunks: refs };
        break;
      }
      case TYPE_CODE.dir:
        if (!checkNumber(mode, 0, 0o7777)) throw new ManifestError('bad-mode', `mode ${mode} is not within 0..07777`, path);
        if (size !== 0 || chunks.length > 0 || target !== '') throw new ManifestError('bad-type', 'a directory has a size, chunks or a target', path);
        entry = { path, type: 'dir', mode, mtime };
        break;
      case TYPE_CODE.symlink: {
        if (mode !== 0) throw new ManifestError('bad-mode', 'a symlink has a mode (always 0)', path);
        if (size !== 0 || chunks.length > 0) throw new ManifestError('bad-type', 'a symlink has a size or chunks', path);
        if (typeof target !== 'string' || target.length === 0 || target.includes('\0') || utf8.encode(target).length > MAX_PATH_BYTES) {
          throw new ManifestError('bad-symlink', `target must be 1..${MAX_PATH_BYTES} bytes without NUL`, path);
        }
        entry = { path, type: 'symlink', mode: 0, mtime, target };
        break;
      }
      default:
        throw new ManifestError('bad-type', `unknown entry type ${String(raw.type)} (1 file, 2 directory, 3 symlink)`, path);
    }
    kinds.set(path, entry.type);
    entries.push(entry);
  }
  return { rootMode, entries };
}

export interface ManifestDiff {
  added: string[];
  removed: string[];
  /** Present in both with another type, mode, content, target or mtime. */
  changed: string[];
  /** Chunks of `to` that `from` lacks: what a replica holding `from` must receive. */
  missingChunks: ChunkRef[];
  missingBytes: number;
}

/** What changed from `from` (say, what a replica holds) to `to` (the new snapshot). Pure. */
export function diffManifests(from: Manifest, to: Manifest): ManifestDiff {
  const before = new Map(from.entries.map((entry) => [entry.path, entry]));
  const added: string[] = [];
  const changed: string[] = [];
  for (const entry of to.entries) {
    const old = before.get(entry.path);
    if (!old) added.push(entry.path);
    else if (!sameEntry(old, entry)) changed.push(entry.path);
    before.delete(entry.path);
  }
  const removed = [...before.keys()];
  const held = chunksOf(from);
  const missingChunks: ChunkRef[] = [];
  let missingBytes = 0;
  for (const [digest, size] of chunksOf(to)) {
    if (held.has(digest)) continue;
    missingChunks.push({ digest, size });
    missingBytes += size;
  }
  return { added, removed, changed, missingChunks, missingBytes };
}

function sameEntry(a: Entry, b: Entry): boolean {
  if (a.type !== b.type || a.mode !== b.mode || a.mtime.sec !== b.mtime.sec || a.mtime.nsec !== b.mtime.nsec) return false;
  if (a.type === 'file' && b.type === 'file') {
    return a.size === b.size && a.chunks.length === b.chunks.length && a.chunks.every((chunk, i) => chunk.digest === b.chunks[i]!.digest);
  }
  if (a.type === 'symlink' && b.type === 'symlink') return a.target === b.target;
  return true;
}
