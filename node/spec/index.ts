// The Arrow spec: what an admin writes (YAML), checked with errors that point at lines, turned
// into the form the cluster stores (ArrowDefinition) and the scheduler's view of it (ArrowSpec).
// Pure but for readSpecFile; artifacts are resolved through a resolver the caller injects.
//
// CONTRACT
//
// Stage 1, parse: `parseSpecYaml(text, fileName) → SpecDraft` (or `readSpecFile(path)`, which
//   reads at most MAX_SPEC_BYTES with a timeout, then parses).
//   The draft is validated, with defaults filled in (type service, kernel default, network
//   default (DEFAULT_NETWORK; a network name follows the rules of Arrow names), cpu 1000
//   millicores, memory 64 MiB, replicas 1, restart always for services / never for batch, the
//   scheduler's placement defaults), cpu and memory in millicores and MiB, files sorted by guest
//   path; `binary` and each file's `source` are still ArtifactRefs (path, digest or tag), and
//   `source` keeps the file name and the lines resolveDraft needs for its errors.
//   Throws SpecFileError whose `issues` are { file, line, column?, path, message } and whose
//   message is one line per issue: `web.yaml:7: replicas: expected a whole number, 0 or more`.
//   Covered: YAML syntax, duplicate keys, tags, multiple documents, an empty or oversized file,
//   a document that is not a mapping, unknown fields (with "did you mean"), `version`, and every
//   field's rules. readSpecFile also throws SpecFileError (line 0) for a file it cannot read.
//
// Stage 2, resolve: `await resolveDraft(draft, resolver) → ArrowDefinition`.
//   Local paths (relative to the spec file's directory) are pushed with resolver.pushFile, tags
//   looked up with lookupTag, bare digests with lookupDigest; each distinct ref once, one at a
//   time. With resolver.stat, every missing, empty or oversized local file is reported before
//   anything is pushed. The binary keeps a name (binary.name: a local file's name, or the
//   name of a tag, busybox of busybox:1.36; none for a bare digest): the app's argv[0] in the
//   guest, by which multi-call binaries pick what to run. A resolver signals the admin's mistakes with ArtifactLookupError; those
//   become SpecFileError issues on the field's line (`web.yaml:3: binary: ./httpd does not
//   exist`). Any other error (the node is down) propagates unchanged: not a bad-input exit.
//
// Stage 3, store and schedule:
//   `parseArrowDefinition(unknown) → ArrowDefinition`: validates anything claiming to be a
//   definition (a log entry, an API body, a snapshot); throws DefinitionError listing field paths.
//   `JSON.parse(JSON.stringify(def))` parses back equal. The cluster must validate with it when
//   applying a command, since the log may carry anything.
//   `definitionsEqual(a, b)`: field-for-field equality (key order aside), for "unchanged".
//   `canonicalDefinitionJson(def)`: the JSON to store (keys sorted), equal for equal definitions.
//   `toSchedulerSpec(def, { version, kernel, completed? }) → ArrowSpec`: the scheduler's input.
//   `kernel` is the template's built image, or undefined for a placeholder (kernelTemplatePlaceholder:
//   sha256 of `kernel-template:<name>`, size 0, which carries no locality weight). For batch
//   Arrows `completed` replicas are not placed again. Throws the scheduler's SpecValidationError
//   only if the definition was not validated first.
export { parseSpecYaml, DEFAULT_CPU_MILLICORES, DEFAULT_MEMORY_MIB, DEFAULT_REPLICAS } from './draft.ts';
export type { DraftFile, SpecDraft, SpecSource } from './draft.ts';
export { readSpecFile } from './read.ts';
export { MAX_SPEC_BYTES } from './yaml.ts';
export { resolveDraft, localPathOf } from './resolve.ts';
export type { ArtifactPurpose, ArtifactResolver, LocalFileInfo } from './resolve.ts';
export { canonicalDefinitionJson, definitionsEqual, kernelTemplatePlaceholder, parseArrowDefinition, toSchedulerSpec } from './definition.ts';
export type { ArrowDefinition, ArrowDefinitionInput, ConfigFile, SchedulerSpecOptions } from './definition.ts';
export { parseArtifactRef, DIGEST_PATTERN, NAME_TAG_PATTERN } from './refs.ts';
export type { ArtifactRef } from './refs.ts';
export { ArtifactLookupError, DefinitionError, formatSpecIssue, SpecFileError } from './errors.ts';
export type { SpecFileIssue } from './errors.ts';
export {
  DEFAULT_KERNEL_TEMPLATE,
  DEFAULT_NETWORK,
  isArrowName,
  MAX_ARGS,
  MAX_ARGS_ENV_BYTES,
  MAX_CPU_MILLICORES,
  MAX_ENV,
  MAX_FILES,
  MAX_MEMORY_MIB,
  MAX_PORTS,
  MAX_REPLICAS,
  DEFAULT_VOLUME_COPIES,
  MAX_VOLUME_COPIES,
  MAX_VOLUME_MIB,
} from './fields.ts';
export type { ArrowType, Port, RestartPolicy, Volume } from './fields.ts';
