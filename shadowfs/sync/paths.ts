// Paths a guest names in its volume changes: checked before anything touches the disk. Pure.
import { MAX_PATH_BYTES } from '../manifest/index.ts';

/** Why a change from the guest was refused. */
export type RefusalReason =
  | 'bad-path' // empty, absolute, "." / ".." components, NUL, not UTF-8, too long
  | 'symlink' // a parent in the working directory is a symlink (or not a directory)
  | 'too-large' // one piece above MAX_PIECE_BYTES
  | 'over-limit' // the volume would hold more than its size limit
  | 'out-of-order' // a piece that does not continue the file being received
  | 'bad-kind'; // an unknown change kind, or fields that do not fit it

/** A change from the guest the host did not apply; nothing it had stored was touched. */
export class VolumeRefusedError extends Error {
  override name = 'VolumeRefusedError';
  readonly reason: RefusalReason;
  readonly path: string;
  constructor(reason: RefusalReason, path: string, detail: string) {
    super(`volume change to ${JSON.stringify(path.slice(0, 200))} refused (${reason}): ${detail}`);
    this.reason = reason;
    this.path = path;
  }
}

/**
 * The components of a guest path relative to the volume root, or a VolumeRefusedError: no
 * leading "/", no empty, "." or ".." component, no NUL, at most MAX_PATH_BYTES bytes. Joined
 * under the working directory, the result can only name something inside it (symlinks are
 * checked on the disk, see VolumeSync).
 */
export function splitGuestPath(path: string): string[] {
  const refuse = (detail: string): never => {
    throw new VolumeRefusedError('bad-path', path, detail);
  };
  if (path.length === 0) refuse('the path is empty');
  if (Buffer.byteLength(path) > MAX_PATH_BYTES) refuse(`the path is longer than ${MAX_PATH_BYTES} bytes`);
  if (path.includes('\0')) refuse('the path contains a NUL byte');
  if (path.includes('\uFFFD')) refuse('the path is not valid UTF-8');
  if (path.startsWith('/')) refuse('the path is absolute');
  const parts = path.split('/');
  for (const part of parts) {
    if (part === '' || part === '.' || part === '..') refuse(`the path has a ${JSON.stringify(part)} component`);
  }
  return parts;
}
