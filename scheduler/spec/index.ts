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

const labelValues = z.array(z.string()).min(1, 'must list at least one value');

// Objects are strict: a misspelt field (say `vaule`) is an error, not a constraint that is
// silently missing its value.
export const constraintSchema = z.discriminatedUnion('op', [
  z.strictObject({ label: labelName, op: z.literal('='), value: z.string() }),
  z.strictObject({ label: labelName, op: z.literal('!='), value: z.string() }),
  z.strictObject({ label: labelName, op: z.literal('in'), values: labelValues }),
  z.strictObject({ label: labelName, op: z.literal('not in'), values: labelValues }),
  z.strictObject({ label: labelName, op: z.literal('regex'), pattern: regexPattern }),
]);

// Affinity weight range follows Nomad: negative weights repel, positive attract.
const WEIGHT = 'expected a whole number from -100 to 100';
const weight = z
  .number({ error: WEIGHT })
  .int(WEIGHT)
  .min(-100, WEIGHT)
  .max(100, WEIGHT)
  .refine((w) => w !== 0, 'must not be 0');

export const affinitySchema = z.discriminatedUnion('op', [
  z.strictObject({ label: labelName, op: z.literal('='), value: z.string(), weight }),
  z.strictObject({ label: labelName, op: z.literal('!='), value: z.string(), weight }),
  z.strictObject({ label: labelName, op: z.literal('in'), values: labelValues, weight }),
  z.strictObject({ label: labelName, op: z.literal('not in'), values: labelValues, weight }),
  z.strictObject({ label: labelName, op: z.literal('regex'), pattern: regexPattern, weight }),
]);

const PERCENT = 'expected a percentage from 0 to 100';

export const spreadSchema = z
  .strictObject({
    label: labelName,
    // Percentages per label value; values not listed share what is left of 100.
    targets: z.record(z.string(), z.number({ error: PERCENT }).min(0, PERCENT).max(100, PERCENT)).optional(),
  })
  .refine((s) => s.targets === undefined || Object.values(s.targets).reduce((a, b) => a + b, 0) <= 100, {
    message: 'target percentages must sum to at most 100',
    path: ['targets'],
  });

const PRIORITY = 'expected a whole number from 0 to 100';
const POSITIVE = 'expected a positive whole number';

export const arrowSpecSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lowercase letters, digits and dashes (1-63 chars)'),
  // Bumped by the admin on every change; allocations of an older version are rolled.
  version: z.number().int().nonnegative().default(1),
  replicas: z.number().int().nonnegative(),
  cpu: z.number().int().positive(),
  memory: z.number().int().positive(),
  binary: artifactSchema,
  kernel: artifactSchema,
  priority: z.number({ error: PRIORITY }).int(PRIORITY).min(0, PRIORITY).max(100, PRIORITY).default(50),
  constraints: z.array(constraintSchema).default([]),
  requiresKvm: z.boolean().default(false),
  affinities: z.array(affinitySchema).default([]),
  spread: spreadSchema.optional(),
  volume: z.strictObject({ name: labelName }).optional(),
  update: z.strictObject({ maxParallel: z.number({ error: POSITIVE }).int(POSITIVE).positive(POSITIVE) }).default({ maxParallel: 1 }),
  // Static host ports ("tcp/8080"): a node gives each to one allocation, so two Arrows (or two
  // replicas) asking the same port never share a node.
  hostPorts: z.array(z.string().regex(/^(tcp|udp)\/([1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5])$/, 'expected tcp/PORT or udp/PORT')).default([]),
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
