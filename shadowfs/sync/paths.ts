// Paths a guest names in its volume changes: checked before anything touches the disk. Pure.
import { manifestPathProblem } from '../manifest/index.ts';

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
 * The components of a guest path relative to the volume root, or a VolumeRefusedError: a path a
 * manifest could hold (manifestPathProblem: no leading "/", no empty, "." or ".." component, no
 * NUL, bounded) and valid UTF-8 (the channel decoded invalid bytes to U+FFFD). Joined under the
 * working directory, the result can only name something inside it (symlinks are checked on the
 * disk, see VolumeSync).
 */
export function splitGuestPath(path: string): string[] {
  const found = manifestPathProblem(path);
  if (found) throw new VolumeRefusedError('bad-path', path, found.detail);
  if (path.includes('\uFFFD')) throw new VolumeRefusedError('bad-path', path, 'the path is not valid UTF-8');
  return path.split('/');
}
