// Stage 3: the stored form of an Arrow (ArrowDefinition), its validation, equality, and the
// scheduler's view of it. Pure.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseArrowSpec } from '../../scheduler/index.ts';
import type { ArrowSpec, Artifact } from '../../scheduler/index.ts';
import { DefinitionError } from './errors.ts';
import {
  argsSchema,
  artifactSchema,
  arrowTypeSchema,
  checkRuntimeFields,
  checkVolumeFields,
  configFileSizeProblem,
  DEFAULT_NETWORK,
  envSchema,
  guestPathSchema,
  kernelTemplateSchema,
  networkSchema,
  MAX_CPU_MILLICORES,
  MAX_FILES,
  MAX_MEMORY_MIB,
  memoryFloorProblem,
  placementFields,
  portsSchema,
  replicasSchema,
  restartSchema,
  totalFileSizeProblem,
  volumeSchema,
} from './fields.ts';
import { MIN_MEMORY_MIB, isGuestAppName, minimumMemoryMiB } from '../../kernel/limits/index.ts';
import { dottedPath, parseHumanely } from './issues.ts';

const binarySchema = z.strictObject({
  ...artifactSchema.shape,
  /**
   * The binary's file name in the guest (argv[0]'s base name): multi-call binaries such as
   * busybox pick what to run by it. resolveDraft takes it from the spec's path or tag name;
   * absent (a bare digest), the app is /arrow/app.
   */
  name: z.string().refine(isGuestAppName, 'expected 1-64 of letters, digits and ._+- not starting with a dot').optional(),
});

const configFileSchema = z.strictObject({
  /** Absolute, normalised path inside the guest. */
  path: guestPathSchema,
  ...artifactSchema.shape,
});

const configFilesSchema = z
  .array(configFileSchema)
  .max(MAX_FILES)
  .superRefine((files, ctx) => {
    const seen = new Map<string, number>();
    let total = 0;
    files.forEach((file, i) => {
      const earlier = seen.get(file.path);
      if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'path'], message: `duplicate guest path (also files.${earlier})` });
      seen.set(file.path, i);
      const problem = configFileSizeProblem(file.size);
      if (problem) ctx.addIssue({ code: 'custom', path: [i, 'size'], message: problem });
      total += file.size;
    });
    const problem = totalFileSizeProblem(total);
    if (problem) ctx.addIssue({ code: 'custom', message: `the files ${problem}` });
  })
  // One order, so equal definitions are equal data.
  .transform((files) => [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));

const definitionSchema = z
  .strictObject({
    ...placementFields,
    type: arrowTypeSchema,
    binary: binarySchema,
    args: argsSchema,
    env: envSchema,
    /** Kernel template name; the cluster maps it to a built image. */
    kernel: kernelTemplateSchema,
    /**
     * The network the Arrow joins. Defaulted here too, not only in the draft: definitions stored
     * before networks existed have none and must still read back (as the default network).
     */
    network: networkSchema.default(DEFAULT_NETWORK),
    /** Millicores. */
    cpu: z.number().int().min(1).max(MAX_CPU_MILLICORES),
    /** MiB. */
    memory: z.number().int().min(MIN_MEMORY_MIB).max(MAX_MEMORY_MIB),
    replicas: replicasSchema,
    restart: restartSchema,
    ports: portsSchema,
    files: configFilesSchema,
    volume: volumeSchema.optional(),
  })
  .superRefine(checkRuntimeFields)
  .superRefine((definition, ctx) => checkVolumeFields(definition, ctx, minimumMemoryMiB(definition.binary.size)))
  .superRefine((definition, ctx) => {
    const problem = memoryFloorProblem(definition.memory, definition.binary.size);
    if (problem) ctx.addIssue({ code: 'custom', path: ['memory'], message: problem });
  });

/**
 * An Arrow as the cluster stores it: plain JSON data, artifacts resolved to digests and sizes,
 * every default filled in. No version: the cluster keeps that beside it.
 */
export type ArrowDefinition = z.output<typeof definitionSchema>;
/** What parseArrowDefinition accepts (placement fields may still be left to their defaults). */
export type ArrowDefinitionInput = z.input<typeof definitionSchema>;
export type ConfigFile = ArrowDefinition['files'][number];

/**
 * Validates untrusted data (a log entry, an API body, a snapshot) as an ArrowDefinition.
 * Throws DefinitionError naming every bad field.
 */
export function parseArrowDefinition(input: unknown): ArrowDefinition {
  const result = parseHumanely(definitionSchema, input);
  if (result.success) return result.data;
  throw new DefinitionError(result.issues.map((issue) => ({ path: dottedPath(issue.path), message: issue.message })));
}

/** JSON with object keys sorted, so key order (env, spread targets) does not make data differ. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) Object.defineProperty(sorted, key, { value: (v as Record<string, unknown>)[key], enumerable: true });
    return sorted;
  });
}

/** Same Arrow, field for field: the cluster answers "unchanged" to such a re-submission. */
export function definitionsEqual(a: ArrowDefinition, b: ArrowDefinition): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The stored form of a definition: JSON with object keys sorted, so two submissions of the same
 * Arrow store the same bytes (the cluster state answers a byte-identical put-arrow `unchanged`).
 */
export function canonicalDefinitionJson(definition: ArrowDefinition): string {
  return canonicalJson(definition);
}

/**
 * Stands for a kernel template whose image is not built yet. Size 0 gives it no weight in the
 * scheduler's artifact locality (rank counts missing bytes), so placement is not skewed towards
 * nodes by an image nobody holds; the digest is stable so plans and replays agree.
 */
export function kernelTemplatePlaceholder(template: string): Artifact {
  return { digest: `sha256:${createHash('sha256').update(`kernel-template:${template}`).digest('hex')}`, size: 0 };
}

export interface SchedulerSpecOptions {
  /** The version the cluster assigned to this definition. */
  readonly version: number;
  /** The template's built image, when the cluster knows it; otherwise a placeholder is used. */
  readonly kernel: Artifact | undefined;
  /** Batch only: replicas that already ran to completion, which are not placed again. */
  readonly completed?: number;
}

/** The scheduler's view of an Arrow. Throws SpecValidationError if the result is not a valid ArrowSpec. */
export function toSchedulerSpec(definition: ArrowDefinition, options: SchedulerSpecOptions): ArrowSpec {
  const replicas = definition.type === 'batch' ? Math.max(0, definition.replicas - Math.max(0, options.completed ?? 0)) : definition.replicas;
  return parseArrowSpec({
    name: definition.name,
    version: options.version,
    replicas,
    cpu: definition.cpu,
    memory: definition.memory,
    binary: { digest: definition.binary.digest, size: definition.binary.size },
    kernel: options.kernel ?? kernelTemplatePlaceholder(definition.kernel),
    priority: definition.priority,
    constraints: definition.constraints,
    requiresKvm: definition.requiresKvm,
    affinities: definition.affinities,
    ...(definition.spread === undefined ? {} : { spread: definition.spread }),
    // The scheduler places an Arrow with a volume near a copy of it, and migrates it on a drain.
    ...(definition.volume === undefined ? {} : { volume: { name: definition.name } }),
    update: definition.update,
    hostPorts: definition.ports.flatMap((p) => (p.host === undefined ? [] : [`${p.protocol}/${p.host}`])),
  });
}
