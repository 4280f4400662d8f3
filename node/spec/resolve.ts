// Stage 2: a SpecDraft's references (local paths, tags, bare digests) -> artifacts, through a
// resolver the caller injects (arrowctl: the local node's API). No I/O of its own.
import { basename, dirname, isAbsolute, join } from 'node:path';
import { isGuestAppName } from '../../kernel/limits/index.ts';
import type { Artifact } from '../../scheduler/index.ts';
import { parseArrowDefinition } from './definition.ts';
import type { ArrowDefinition } from './definition.ts';
import type { SpecDraft } from './draft.ts';
import { ArtifactLookupError, SpecFileError } from './errors.ts';
import type { SpecFileIssue } from './errors.ts';
import { artifactSchema, configFileSizeProblem, memoryFloorProblem, totalFileSizeProblem } from './fields.ts';
import type { ArtifactRef } from './refs.ts';

export type ArtifactPurpose = { readonly kind: 'binary' } | { readonly kind: 'file'; readonly guestPath: string };

export interface LocalFileInfo {
  readonly size: number;
  /** False for directories, devices, sockets. */
  readonly isFile: boolean;
}

/**
 * How references become artifacts. Each method throws ArtifactLookupError for what the admin
 * got wrong (its message completes `binary: …`); any other error is passed through as is.
 * Implementations own their timeouts.
 */
export interface ArtifactResolver {
  /** Stores a local file on the local node and returns its digest and size. */
  pushFile(path: string, purpose: ArtifactPurpose): Promise<Artifact>;
  /** A `name:tag` from the cluster's repository of named artifacts. */
  lookupTag(ref: string): Promise<Artifact>;
  /** The size of an artifact the cluster holds; the returned digest must be the one asked for. */
  lookupDigest(digest: string): Promise<Artifact>;
  /**
   * Optional: whether a local path exists and how big it is (undefined: it does not exist).
   * With it every missing, empty or oversized local file is reported before anything is pushed.
   */
  stat?(path: string): Promise<LocalFileInfo | undefined>;
}

/** Where a local path in a spec points: relative paths are relative to the spec file's directory. */
export function localPathOf(specFile: string, path: string): string {
  return isAbsolute(path) ? path : join(dirname(specFile), path);
}

function describeRef(ref: ArtifactRef): string {
  switch (ref.kind) {
    case 'path':
      return ref.path;
    case 'digest':
      return ref.digest;
    case 'tag':
      return ref.ref;
  }
}

interface Wanted {
  /** `binary` or `files.<guest path>`: the issue path and the key of its line. */
  readonly field: string;
  readonly ref: ArtifactRef;
  readonly purpose: ArtifactPurpose;
}

/**
 * Turns the draft into an ArrowDefinition: pushes local files, looks up tags and bare digests.
 * Throws SpecFileError for what the spec got wrong (every such problem, with its line); any
 * other resolver error propagates unchanged. Each distinct reference is resolved once.
 */
export async function resolveDraft(draft: SpecDraft, resolver: ArtifactResolver): Promise<ArrowDefinition> {
  const { file } = draft.source;
  const issues: SpecFileIssue[] = [];
  const fail = (field: string, message: string): void => {
    issues.push({ file, line: draft.source.lines[field] ?? 0, path: field, message });
  };
  const wanted: Wanted[] = [
    { field: 'binary', ref: draft.binary, purpose: { kind: 'binary' } },
    ...draft.files.map((f): Wanted => ({ field: `files.${f.path}`, ref: f.source, purpose: { kind: 'file', guestPath: f.path } })),
  ];
  const sizeProblem = (item: Wanted, size: number): string | undefined =>
    item.purpose.kind === 'binary' ? (size === 0 ? 'is empty' : undefined) : configFileSizeProblem(size);

  if (resolver.stat) {
    for (const item of wanted) {
      if (item.ref.kind !== 'path') continue;
      const info = await resolver.stat(localPathOf(file, item.ref.path));
      if (info === undefined) fail(item.field, `${item.ref.path} does not exist`);
      else if (!info.isFile) fail(item.field, `${item.ref.path} is not a regular file`);
      else {
        const problem = sizeProblem(item, info.size);
        if (problem) fail(item.field, `${item.ref.path} ${problem}`);
      }
    }
    if (issues.length > 0) throw new SpecFileError(issues.sort((a, b) => a.line - b.line));
  }

  const resolved = new Map<string, Promise<Artifact>>();
  const resolveOnce = (item: Wanted): Promise<Artifact> => {
    const ref = item.ref;
    const key = ref.kind === 'path' ? `path:${localPathOf(file, ref.path)}` : `${ref.kind}:${describeRef(ref)}`;
    let promise = resolved.get(key);
    if (promise === undefined) {
      if (ref.kind === 'path') promise = resolver.pushFile(localPathOf(file, ref.path), item.purpose);
      else if (ref.kind === 'tag') promise = resolver.lookupTag(ref.ref);
      else promise = resolver.lookupDigest(ref.digest);
      resolved.set(key, promise);
    }
    return promise;
  };

  const artifacts = new Map<string, Artifact>();
  // One at a time: a push shows its own progress, and a failed lookup stops nothing else.
  for (const item of wanted) {
    let artifact: Artifact;
    try {
      artifact = checkedArtifact(item, await resolveOnce(item));
    } catch (error) {
      if (!(error instanceof ArtifactLookupError)) throw error;
      fail(item.field, error.message);
      continue;
    }
    const problem = sizeProblem(item, artifact.size);
    if (problem) fail(item.field, `${describeRef(item.ref)} ${problem}`);
    artifacts.set(item.field, artifact);
  }
  if (issues.length === 0) {
    const total = draft.files.reduce((sum, f) => sum + (artifacts.get(`files.${f.path}`)?.size ?? 0), 0);
    const problem = totalFileSizeProblem(total);
    if (problem) fail('files', `the files ${problem}`);
    // Only now is the binary's size known, and with it the memory it needs to boot.
    const floor = memoryFloorProblem(draft.memory, artifacts.get('binary')?.size ?? 0);
    if (floor) fail('memory', floor);
  }
  if (issues.length > 0) throw new SpecFileError(issues.sort((a, b) => a.line - b.line));

  const { source: _source, binary, files, ...rest } = draft;
  const name = binaryName(binary);
  // Validated again as stored data: what resolveDraft returns is what the cluster will accept.
  return parseArrowDefinition({
    ...rest,
    binary: { ...artifacts.get('binary'), ...(name ? { name } : {}) },
    files: files.map((f) => ({ path: f.path, ...artifacts.get(`files.${f.path}`) })),
  });
}

/** The binary's name in the guest: a local file's name, or a tag's name (busybox of busybox:1.36). */
function binaryName(ref: ArtifactRef): string | undefined {
  const name = ref.kind === 'path' ? basename(ref.path) : ref.kind === 'tag' ? ref.ref.slice(0, ref.ref.indexOf(':')) : undefined;
  return name !== undefined && isGuestAppName(name) ? name : undefined;
}

/** A resolver that answers with nonsense is a bug in the resolver, not in the admin's spec. */
function checkedArtifact(item: Wanted, artifact: Artifact): Artifact {
  const parsed = artifactSchema.safeParse(artifact);
  if (!parsed.success) throw new Error(`artifact resolver returned an invalid artifact for ${item.field}: ${JSON.stringify(artifact)}`);
  if (item.ref.kind === 'digest' && parsed.data.digest !== item.ref.digest) {
    throw new Error(`artifact resolver returned ${parsed.data.digest} for ${item.ref.digest}`);
  }
  return { digest: parsed.data.digest, size: parsed.data.size };
}
