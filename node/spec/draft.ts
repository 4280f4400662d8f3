// Stage 1: the admin's YAML -> a SpecDraft (validated, defaults filled in, artifacts not yet
// resolved). Pure.
import { z } from 'zod';
import { MIN_MEMORY_MIB } from '../../kernel/limits/index.ts';
import { SpecFileError } from './errors.ts';
import type { SpecFileIssue } from './errors.ts';
import {
  argsSchema,
  arrowTypeSchema,
  checkRuntimeFields,
  checkVolumeFields,
  DEFAULT_KERNEL_TEMPLATE,
  DEFAULT_NETWORK,
  envSchema,
  guestPathSchema,
  kernelTemplateSchema,
  networkSchema,
  MAX_FILES,
  memoryMiBOf,
  millicoresOf,
  placementFields,
  portsSchema,
  quantity,
  replicasSchema,
  restartSchema,
  volumeSchema,
} from './fields.ts';
import { dottedPath, parseHumanely } from './issues.ts';
import { parseArtifactRef } from './refs.ts';
import type { ArtifactRef } from './refs.ts';
import { loadYaml } from './yaml.ts';

/** What `arrowctl run` gives an Arrow by default: one core and 64 MiB. */
export const DEFAULT_CPU_MILLICORES = 1000;
export const DEFAULT_MEMORY_MIB = 64;
export const DEFAULT_REPLICAS = 1;

const REF = 'a local path, a sha256: digest or a name:tag';

const artifactRefSchema = z
  .string({ error: (issue) => (issue.input === undefined ? `required: ${REF}` : `expected ${REF}`) })
  .transform((text, ctx): ArtifactRef => {
    const ref = parseArtifactRef(text);
    if ('problem' in ref) {
      ctx.addIssue({ code: 'custom', message: ref.problem });
      return z.NEVER;
    }
    return ref;
  });

const draftSchema = z
  .strictObject({
    ...placementFields,
    version: z.never({ error: 'leave it out: the cluster numbers versions itself' }).optional(),
    type: arrowTypeSchema.default('service'),
    binary: artifactRefSchema,
    args: argsSchema.default([]),
    env: envSchema.default({}),
    kernel: kernelTemplateSchema.default(DEFAULT_KERNEL_TEMPLATE),
    network: networkSchema.default(DEFAULT_NETWORK),
    cpu: quantity(millicoresOf).default(DEFAULT_CPU_MILLICORES),
    memory: quantity(memoryMiBOf).default(DEFAULT_MEMORY_MIB),
    replicas: replicasSchema.default(DEFAULT_REPLICAS),
    restart: restartSchema.optional(),
    ports: portsSchema.default([]),
    files: z
      .record(guestPathSchema, artifactRefSchema)
      .refine((files) => Object.keys(files).length <= MAX_FILES, `may have at most ${MAX_FILES} files`)
      .default({}),
    volume: volumeSchema.optional(),
  })
  .transform(({ version: _version, restart, files, ...rest }) => ({
    ...rest,
    restart: restart ?? (rest.type === 'batch' ? ('never' as const) : ('always' as const)),
    files: Object.entries(files)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, source]) => ({ path, source })),
  }))
  .superRefine(checkRuntimeFields)
  // The binary's size is known only once resolved: here the runtime's bare floor, the definition checks it again.
  .superRefine((draft, ctx) => checkVolumeFields(draft, ctx, MIN_MEMORY_MIB));

export interface SpecSource {
  /** The spec file's name as given to parseSpecYaml; relative local paths are relative to its directory. */
  readonly file: string;
  /** Line of each field resolveDraft may fail on: `binary`, `memory`, `files`, `files.<guest path>`. */
  readonly lines: Readonly<Record<string, number>>;
}

/** A validated spec whose binary and files are still references (paths, digests, tags). */
export type SpecDraft = z.output<typeof draftSchema> & { readonly source: SpecSource };
export type DraftFile = SpecDraft['files'][number];

/**
 * Parses and validates a spec file's text. Throws SpecFileError, one issue per problem, each
 * with the file, the line and the field path.
 */
export function parseSpecYaml(text: string, fileName: string): SpecDraft {
  const loaded = loadYaml(text, fileName);
  const result = parseHumanely(draftSchema, loaded.data);
  if (!result.success) {
    const issues: SpecFileIssue[] = result.issues.map((issue) => ({
      file: fileName,
      ...loaded.locate(issue.path, issue.at),
      path: dottedPath(issue.path),
      message: issue.message,
    }));
    throw new SpecFileError(issues.sort((a, b) => a.line - b.line));
  }
  const lines: Record<string, number> = { binary: loaded.locate(['binary'], 'value').line, memory: loaded.locate(['memory'], 'value').line };
  if (result.data.files.length > 0) lines['files'] = loaded.locate(['files'], 'key').line;
  for (const file of result.data.files) lines[`files.${file.path}`] = loaded.locate(['files', file.path], 'value').line;
  return { ...result.data, source: { file: fileName, lines } };
}
