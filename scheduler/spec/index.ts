// Arrow spec: the zod schema is the single source of truth for the type, so the validated
// value and the TypeScript type can never drift apart.
import { z } from 'zod';

const digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lowercase hex digits');

export const artifactSchema = z.object({
  digest,
  size: z.number().int().nonnegative(),
});

const labelName = z.string().min(1, 'must not be empty');

const regexPattern = z.string().superRefine((pattern, ctx) => {
  try {
    new RegExp(pattern);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${(error as Error).message}` });
  }
});

export const constraintSchema = z.discriminatedUnion('op', [
  z.object({ label: labelName, op: z.literal('='), value: z.string() }),
  z.object({ label: labelName, op: z.literal('!='), value: z.string() }),
  z.object({ label: labelName, op: z.literal('in'), values: z.array(z.string()).min(1) }),
  z.object({ label: labelName, op: z.literal('not in'), values: z.array(z.string()).min(1) }),
  z.object({ label: labelName, op: z.literal('regex'), pattern: regexPattern }),
]);

// Affinity weight range follows Nomad: negative weights repel, positive attract.
const weight = z.number().int().min(-100).max(100).refine((w) => w !== 0, 'must not be 0');

export const affinitySchema = z.discriminatedUnion('op', [
  z.object({ label: labelName, op: z.literal('='), value: z.string(), weight }),
  z.object({ label: labelName, op: z.literal('!='), value: z.string(), weight }),
  z.object({ label: labelName, op: z.literal('in'), values: z.array(z.string()).min(1), weight }),
  z.object({ label: labelName, op: z.literal('not in'), values: z.array(z.string()).min(1), weight }),
  z.object({ label: labelName, op: z.literal('regex'), pattern: regexPattern, weight }),
]);

export const spreadSchema = z
  .object({
    label: labelName,
    // Percentages per label value; values not listed share what is left of 100.
    targets: z.record(z.string(), z.number().min(0).max(100)).optional(),
  })
  .refine((s) => s.targets === undefined || Object.values(s.targets).reduce((a, b) => a + b, 0) <= 100, {
    message: 'target percentages must sum to at most 100',
    path: ['targets'],
  });

export const arrowSpecSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lowercase letters, digits and dashes (1-63 chars)'),
  // Bumped by the admin on every change; allocations of an older version are rolled.
  version: z.number().int().nonnegative().default(1),
  replicas: z.number().int().nonnegative(),
  cpu: z.number().int().positive(),
  memory: z.number().int().positive(),
  binary: artifactSchema,
  kernel: artifactSchema,
  priority: z.number().int().min(0).max(100).default(50),
  constraints: z.array(constraintSchema).default([]),
  requiresKvm: z.boolean().default(false),
  affinities: z.array(affinitySchema).default([]),
  spread: spreadSchema.optional(),
  volume: z.object({ name: labelName }).optional(),
  update: z.object({ maxParallel: z.number().int().positive() }).default({ maxParallel: 1 }),
});

export type ArrowSpec = z.output<typeof arrowSpecSchema>;
/** What an admin may write: fields with defaults can be left out. */
export type ArrowSpecInput = z.input<typeof arrowSpecSchema>;
export type Artifact = z.output<typeof artifactSchema>;
export type Constraint = z.output<typeof constraintSchema>;
export type Affinity = z.output<typeof affinitySchema>;
export type Spread = z.output<typeof spreadSchema>;

export interface SpecIssue {
  /** Dotted path of the offending field, e.g. `constraints.2.pattern`. */
  readonly path: string;
  readonly message: string;
}

export class SpecValidationError extends Error {
  readonly issues: readonly SpecIssue[];
  constructor(issues: readonly SpecIssue[]) {
    super(`invalid Arrow spec: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'SpecValidationError';
    this.issues = issues;
  }
}

/** Validates untrusted input; throws SpecValidationError naming every bad field. */
export function parseArrowSpec(input: unknown): ArrowSpec {
  const result = arrowSpecSchema.safeParse(input);
  if (result.success) return result.data;
  throw new SpecValidationError(
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}
