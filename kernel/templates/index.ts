// Kernel templates: named sets of Kconfig fragments (base + features) merged onto tinyconfig.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { KconfigFragment } from './kconfig.ts';

export { mergeKconfig, verifyKconfig, parseKconfig, describeMismatches } from './kconfig.ts';
export type { KconfigFragment, KconfigMismatch, KconfigAssignment, KconfigValue } from './kconfig.ts';

/** Every template starts from `base`; features add fragments on top, in this order. */
export const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  default: ['base', 'net'], // what `arrowctl run` uses unless told otherwise
  minimal: ['base'],
  vsock: ['base', 'net', 'vsock'],
};

export const DEFAULT_TEMPLATE = 'default';

/** A bad template name: the CLI maps this to exit code 2. */
export class UnknownTemplateError extends Error {
  readonly templateName: string;
  constructor(name: string) {
    super(`unknown kernel template ${JSON.stringify(name)}; known templates: ${templateNames().join(', ')}`);
    this.name = 'UnknownTemplateError';
    this.templateName = name;
  }
}

export function templateNames(): string[] {
  return Object.keys(TEMPLATES).sort();
}

const FRAGMENT_DIR = fileURLToPath(new URL('.', import.meta.url));
const MAX_FRAGMENT_BYTES = 64 * 1024; // fragments are a few hundred bytes; anything huge is a mistake

/** Reads the fragments of a template, in merge order. */
export async function loadTemplateFragments(name: string, dir: string = FRAGMENT_DIR): Promise<KconfigFragment[]> {
  const features = Object.hasOwn(TEMPLATES, name) ? TEMPLATES[name] : undefined;
  if (!features) throw new UnknownTemplateError(name);
  const fragments: KconfigFragment[] = [];
  for (const feature of features) {
    const file = join(dir, `${feature}.config`);
    const info = await stat(file);
    if (info.size > MAX_FRAGMENT_BYTES) throw new Error(`${file}: fragment is ${info.size} bytes, limit ${MAX_FRAGMENT_BYTES}`);
    fragments.push({ name: `${feature}.config`, text: await readFile(file, { encoding: 'utf8', signal: AbortSignal.timeout(5000) }) });
  }
  return fragments;
}
