// Errors of the spec module. A SpecFileError points people at lines of their file; a
// DefinitionError names fields of stored data (no file); an ArtifactLookupError is what an
// ArtifactResolver throws when the admin named something that does not exist.
import type { SpecIssue } from '../../scheduler/index.ts';

export interface SpecFileIssue {
  /** The file's name as the caller gave it (what the admin typed). */
  readonly file: string;
  /** 1-based; 0 when the problem is the file as a whole (it cannot be read). */
  readonly line: number;
  /** 1-based, where known. */
  readonly column?: number;
  /** Dotted field path, `ports.1.guest`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

/** One line per issue: `web.yaml:7: replicas: expected a whole number, 0 or more`. */
export function formatSpecIssue(issue: SpecFileIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** A hostile file can produce thousands of issues; people read the first ones. */
const MAX_PRINTED_ISSUES = 20;

/** The admin's file is wrong: bad YAML, a bad field, a missing local file, an unknown tag. */
export class SpecFileError extends Error {
  readonly issues: readonly SpecFileIssue[];
  constructor(issues: readonly SpecFileIssue[]) {
    const lines = issues.slice(0, MAX_PRINTED_ISSUES).map(formatSpecIssue);
    if (issues.length > MAX_PRINTED_ISSUES) lines.push(`(${issues.length - MAX_PRINTED_ISSUES} more problems not shown)`);
    super(lines.join('\n'));
    this.name = 'SpecFileError';
    this.issues = issues;
  }
}

/** A stored definition (from the log, the API, a snapshot) does not validate. */
export class DefinitionError extends Error {
  readonly issues: readonly SpecIssue[];
  constructor(issues: readonly SpecIssue[]) {
    const shown = issues.slice(0, MAX_PRINTED_ISSUES).map((i) => `${i.path || '(root)'}: ${i.message}`);
    if (issues.length > MAX_PRINTED_ISSUES) shown.push(`${issues.length - MAX_PRINTED_ISSUES} more`);
    super(`invalid Arrow definition: ${shown.join('; ')}`);
    this.name = 'DefinitionError';
    this.issues = issues;
  }
}

/**
 * Thrown by an ArtifactResolver when what the spec names does not exist or cannot be used (no
 * such file, unknown tag, digest held by no node). Its message completes `binary: …`, e.g.
 * `./httpd does not exist`. Any other error from a resolver (the node is unreachable) passes
 * through resolveDraft untouched, since it is not the spec's fault.
 */
export class ArtifactLookupError extends Error {
  override name = 'ArtifactLookupError';
}
