// Request input: every body, query and path parameter is parsed with a zod schema here, and a
// failure is a 400 naming each bad field (`body.maxParallel: expected a whole number …`).
import { z } from 'zod';
import { multiaddr } from '@multiformats/multiaddr';
import { arrowSpecSchema } from '../../scheduler/index.ts';
import { DIGEST_PATTERN, NAME_TAG_PATTERN } from '../spec/index.ts';
import { ApiProblem } from './errors.ts';
import { MAX_DURATION_MS, parseDuration } from './client/index.ts';
import type { FieldIssue } from './errors.ts';

export type InputPart = 'body' | 'query' | 'params' | 'headers';

/** Wording for the issues zod words for programmers: a missing field is "required". */
const friendly = (issue: { code: string; input?: unknown; expected?: unknown }): string | undefined => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'invalid_type') {
    const got = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input;
    return `expected ${String(issue.expected)}, got ${got}`;
  }
  if (issue.code === 'unrecognized_keys') return undefined;
  return undefined;
};

/** Parses one part of a request; throws a 400 ApiProblem listing every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, part: InputPart): z.output<S> {
  const result = schema.safeParse(value, { error: friendly });
  if (result.success) return result.data;
  const fields: FieldIssue[] = result.error.issues.map((issue) => {
    const path = [part, ...issue.path.map(String)].join('.');
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys ?? [] : [];
    return keys.length > 0 ? { path: `${path}.${keys[0]}`, message: `unknown field${keys.length > 1 ? ` (also ${keys.slice(1).join(', ')})` : ''}` } : { path, message: issue.message };
  });
  const shown = fields.slice(0, 10).map((f) => `${f.path}: ${f.message}`).join('; ');
  throw new ApiProblem(400, 'bad-request', fields.length > 10 ? `${shown}; ${fields.length - 10} more` : shown, fields);
}

// ---- shared schemas ----

export const digestSchema = z.string().regex(DIGEST_PATTERN, 'expected sha256: followed by 64 lowercase hex digits');
export const nameTagSchema = z.string().max(300).regex(NAME_TAG_PATTERN, 'expected NAME:TAG (lowercase name, e.g. httpd:1.36)');
export const arrowNameSchema = arrowSpecSchema.shape.name;
/** Node, allocation and peer references: ids, names or id prefixes (checked against the state). */
export const refSchema = z.string().min(1).max(256);
/** A Raft log index in a query string or header. */
export const indexSchema = z.coerce.number({ error: 'expected a log index (a whole number, 0 or more)' }).int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Store references (the store's own rule): who holds an artifact on this node. */
export const storeRefSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$/, '1-200 characters from [A-Za-z0-9._:/@+-], starting with a letter or digit');
export const booleanQuerySchema = z.enum(['true', 'false']).transform((v) => v === 'true');

export const multiaddrSchema = z.string().min(1).max(1024).superRefine((text, ctx) => {
  try {
    multiaddr(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a multiaddr (${(error as Error).message})` });
  }
});


export const durationSchema = z.string().max(40).transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === undefined || ms === 0 || ms > MAX_DURATION_MS) {
    ctx.addIssue({ code: 'custom', message: ms === undefined ? 'expected a duration such as 90s, 10m or 1h30m' : 'expected a duration above 0 and at most 30 days' });
    return z.NEVER;
  }
  return ms;
});
