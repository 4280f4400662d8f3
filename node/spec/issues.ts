// Zod issues in words for people. Field schemas that know better set their own message; this
// map words the rest (the scheduler's pieces included) so no "Invalid input: expected number,
// received string" reaches an admin, and turns each unknown key into its own issue with a
// "did you mean".
import { z } from 'zod';
import { closestName } from './suggest.ts';

export interface FieldIssue {
  readonly path: readonly (string | number)[];
  /** An unknown or invalid key is shown at the key; everything else at the value. */
  readonly at: 'key' | 'value';
  readonly message: string;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
  null: 'nothing',
};

function describeInput(input: unknown): string {
  if (input === null) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  return `${typeof input === 'string' ? 'the string' : 'the value'} ${JSON.stringify(input)}`;
}

function knownKeysOf(inst: unknown): string[] {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Per unknown key, in the order of `keys`; fieldIssues splits the lines back apart. */
function unknownKeyMessages(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const suggestion = closestName(key, known);
      if (suggestion !== undefined) return `unknown field (did you mean "${suggestion}"?)`;
      return known.length > 0 && known.length <= 6 ? `unknown field (expected ${known.join(', ')})` : 'unknown field';
    })
    .join('\n');
}

const humaneErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'required';
      if (issue.expected === 'never') return 'not allowed here';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      // YAML reads 8080 and true as a number and a boolean; args and env want strings.
      if (issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')) {
        return `expected a string; put quotes around it: "${String(issue.input)}"`;
      }
      return `expected ${expected}, found ${describeInput(issue.input)}`;
    }
    case 'too_small': {
      if (issue.origin === 'array') return Number(issue.minimum) === 1 ? 'must not be empty' : `needs at least ${issue.minimum} items`;
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be at least ${issue.minimum}`;
    }
    case 'too_big': {
      if (issue.origin === 'array') return `may have at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `may be at most ${issue.maximum} characters`;
      if (Number(issue.maximum) >= Number.MAX_SAFE_INTEGER) return 'is too large';
      return issue.inclusive === false ? `must be less than ${issue.maximum}` : `must be at most ${issue.maximum}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return 'required';
      return `expected ${issue.values.length === 1 ? String(issue.values[0]) : `one of ${issue.values.map(String).join(', ')}`}`;
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
        return options.length > 0 ? `expected one of ${options.join(', ')}` : 'not one of the allowed values';
      }
      return 'not valid here';
    }
    case 'invalid_key':
      return issue.issues[0]?.message ?? 'invalid key';
    case 'unrecognized_keys':
      return unknownKeyMessages(issue.keys, knownKeysOf(issue.inst));
    case 'invalid_format':
      return issue.pattern ? `does not match ${issue.pattern}` : `not a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
};

/** Flattens a ZodError into one issue per field, unknown keys each on their own. */
function fieldIssues(error: z.ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n');
      issue.keys.forEach((key, i) => out.push({ path: [...path, key], at: 'key', message: messages[i] ?? 'unknown field' }));
    } else {
      out.push({ path, at: issue.code === 'invalid_key' ? 'key' : 'value', message: issue.message });
    }
  }
  return out;
}

export type HumaneResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: FieldIssue[] };

/** safeParse with people's wording. */
export function parseHumanely<S extends z.ZodType>(schema: S, input: unknown): HumaneResult<z.output<S>> {
  const result = schema.safeParse(input, { error: humaneErrorMap });
  return result.success ? { success: true, data: result.data } : { success: false, issues: fieldIssues(result.error) };
}

export function dottedPath(path: readonly (string | number)[]): string {
  return path.join('.');
}
