// What `binary:` and a `files:` entry may name: a local path, a digest, or a name:tag from the
// cluster's repository of named artifacts. Pure classification; resolve.ts turns refs into
// artifacts.

export type ArtifactRef =
  /** A file on the admin's machine, relative to the spec file's directory unless absolute. */
  | { readonly kind: 'path'; readonly path: string }
  /** An artifact already in the cluster; its size is looked up. */
  | { readonly kind: 'digest'; readonly digest: string }
  /** A named artifact (`httpd:2.4`), looked up in the cluster. */
  | { readonly kind: 'tag'; readonly ref: string };

export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** `name:tag`: a lowercase name (dots, dashes, underscores) and a tag, each at most 128 characters. */
export const NAME_TAG_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const MAX_PATH_LENGTH = 4096;

/**
 * Reads a ref the way an admin means it: `sha256:` starts a digest; a text with a slash, a
 * leading dot or no colon is a path; anything else must be `name:tag` (so a local file whose name
 * has a colon is written `./name:1`). Returns the ref, or why the text is none of these.
 */
export function parseArtifactRef(text: string): ArtifactRef | { readonly problem: string } {
  if (text.length === 0) return { problem: 'must not be empty' };
  if (text.includes('\0')) return { problem: 'must not contain a NUL byte' };
  if (text.startsWith('sha256:')) {
    return DIGEST_PATTERN.test(text) ? { kind: 'digest', digest: text } : { problem: 'expected "sha256:" followed by 64 lowercase hex digits' };
  }
  if (text.includes('/') || text.startsWith('.') || !text.includes(':')) {
    if (text.length > MAX_PATH_LENGTH) return { problem: `a path may be at most ${MAX_PATH_LENGTH} characters` };
    if (text === '~' || text.startsWith('~/')) return { problem: '~ is not expanded here; write the path relative to the spec file, or absolute' };
    return { kind: 'path', path: text };
  }
  if (NAME_TAG_PATTERN.test(text)) return { kind: 'tag', ref: text };
  return { problem: `expected a local path (write ./${text} for a file), a sha256: digest or a name:tag` };
}
