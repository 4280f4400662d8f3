// Properties: any valid spec, written as YAML, parses, resolves and converts without throwing,
// and keeps its meaning on the way; any text at all either parses or fails as a SpecFileError.
import test from 'ava';
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { parseArrowSpec } from '../../scheduler/index.ts';
import type { Artifact } from '../../scheduler/index.ts';
import { definitionsEqual, parseArrowDefinition, parseSpecYaml, resolveDraft, SpecFileError, toSchedulerSpec } from './index.ts';
import type { ArtifactResolver } from './index.ts';

const sha = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** Every reference exists and is 100 bytes (small enough for a config file). */
const resolver: ArtifactResolver = {
  async pushFile(path): Promise<Artifact> {
    return { digest: sha(`file:${path}`), size: 100 };
  },
  async lookupTag(ref): Promise<Artifact> {
    return { digest: sha(`tag:${ref}`), size: 100 };
  },
  async lookupDigest(digest): Promise<Artifact> {
    return { digest, size: 100 };
  },
};

const refArb = fc.oneof(
  fc.constantFrom('./bin/app', 'app', '/opt/app', '../shared/app:v1'),
  fc.constantFrom('busybox:1.36', 'httpd:2', 'app_x:latest'),
  fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `sha256:${hex}`),
);

/** A cpu amount as an admin may write it, with the millicores it means. */
const cpuArb = fc.integer({ min: 1, max: 64_000 }).chain((m) =>
  fc.constantFrom<[unknown, number]>([m, m], [`${m}m`, m], [(m / 1000).toFixed(3), m]),
);
const memoryArb = fc.oneof(
  // From 33: the floor for the resolver's 100-byte binaries (32M plus 2M per MiB of app, rounded up).
  fc.integer({ min: 33, max: 65_536 }).chain((mib) => fc.constantFrom<[unknown, number]>([mib, mib], [`${mib}M`, mib], [`${mib}MiB`, mib])),
  fc.integer({ min: 1, max: 64 }).map((g): [unknown, number] => [`${g}G`, g * 1024]),
);
const textArb = fc.string({ maxLength: 24 }).filter((s) => !s.includes('\0'));
const envNameArb = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,11}$/).filter((n) => n !== '__proto__');
const constraintArb = fc.oneof(
  fc.record({ label: fc.constant('zone'), op: fc.constantFrom('=', '!='), value: fc.constantFrom('a', 'b') }),
  fc.record({ label: fc.constant('zone'), op: fc.constantFrom('in', 'not in'), values: fc.subarray(['a', 'b', 'c'], { minLength: 1 }) }),
  fc.record({ label: fc.constant('arch'), op: fc.constant('regex'), pattern: fc.constantFrom('^amd', '64$') }),
);

const specArb = fc
  .record({
    name: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    kind: fc.constantFrom(
      { type: 'service', restart: 'always' },
      { type: 'service', restart: 'on-failure' },
      { type: 'service', restart: 'never' },
      { type: 'batch', restart: 'on-failure' },
      { type: 'batch', restart: 'never' },
      { type: undefined, restart: undefined },
    ),
    binary: refArb,
    args: fc.array(textArb, { maxLength: 5 }),
    env: fc.dictionary(envNameArb, textArb, { maxKeys: 5 }),
    cpu: cpuArb,
    memory: memoryArb,
    replicas: fc.integer({ min: 0, max: 50 }),
    guestPorts: fc.uniqueArray(fc.integer({ min: 1, max: 65_535 }), { maxLength: 4 }),
    staticHost: fc.boolean(),
    files: fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,8}$/), refArb), { maxLength: 4, selector: ([name]) => name }),
    constraints: fc.array(constraintArb, { maxLength: 2 }),
    priority: fc.integer({ min: 0, max: 100 }),
    requiresKvm: fc.boolean(),
    spread: fc.boolean(),
  })
  .map((s) => ({
    expected: { cpu: s.cpu[1], memory: s.memory[1], type: s.kind.type ?? 'service', restart: s.kind.restart ?? 'always' },
    // Through JSON: fast-check's records have no prototype, which deepStrictEqual would notice.
    document: jsonCopy({
      name: s.name,
      ...(s.kind.type === undefined ? {} : { type: s.kind.type, restart: s.kind.restart }),
      binary: s.binary,
      args: s.args,
      env: s.env,
      cpu: s.cpu[0],
      memory: s.memory[0],
      replicas: s.replicas,
      ports: s.guestPorts.map((guest, i) => ({ name: `p${i}`, guest, ...(s.staticHost ? { host: guest } : {}) })),
      files: Object.fromEntries(s.files.map(([name, ref]) => [`/etc/${name}`, ref])),
      constraints: s.constraints,
      priority: s.priority,
      requiresKvm: s.requiresKvm,
      ...(s.spread ? { spread: { label: 'zone' } } : {}),
    }),
  }));

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

test('any valid spec parses, resolves, round-trips and converts for the scheduler', async (t) => {
  await fc.assert(
    fc.asyncProperty(specArb, fc.integer({ min: 1, max: 1000 }), fc.nat(60), async ({ document, expected }, version, completed) => {
      const draft = parseSpecYaml(stringify(document), 'specs/any.yaml');
      strictEqual(draft.cpu, expected.cpu);
      strictEqual(draft.memory, expected.memory);
      strictEqual(draft.restart, expected.restart);
      deepStrictEqual(draft.args, document.args);
      deepStrictEqual({ ...draft.env }, document.env);
      const definition = await resolveDraft(draft, resolver);
      const again = parseArrowDefinition(JSON.parse(JSON.stringify(definition)));
      deepStrictEqual(again, definition);
      ok(definitionsEqual(again, definition));
      const spec = parseArrowSpec(toSchedulerSpec(definition, { version, kernel: undefined, completed }));
      strictEqual(spec.version, version);
      strictEqual(spec.replicas, expected.type === 'batch' ? Math.max(0, document.replicas - completed) : document.replicas);
      deepStrictEqual(spec.constraints, document.constraints);
    }),
    { numRuns: 200, seed: 20261101 },
  );
  t.pass();
});

test('any text either parses or fails as a SpecFileError with lines', (t) => {
  const yamlish = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.jsonValue({ maxDepth: 4 }).map((value) => stringify(value)),
    // Valid-looking documents with one random field changed.
    fc.tuple(fc.constantFrom('name', 'binary', 'cpu', 'memory', 'replicas', 'ports', 'files', 'env', 'args', 'type', 'restart', 'constraints'), fc.jsonValue({ maxDepth: 3 })).map(
      ([key, value]) => stringify({ name: 'web', binary: './app', [key]: value }),
    ),
  );
  fc.assert(
    fc.property(yamlish, (text) => {
      try {
        parseSpecYaml(text, 'any.yaml');
      } catch (error) {
        if (!(error instanceof SpecFileError)) throw error;
        ok(error.issues.length > 0);
        for (const issue of error.issues) {
          if (!(issue.line >= 1 && issue.message.length > 0)) throw new Error(`bad issue ${JSON.stringify(issue)}`);
          // People's wording only: no zod defaults leak through.
          if (/Invalid input|Invalid option|received/.test(issue.message)) throw new Error(`zod wording: ${issue.message}`);
        }
      }
    }),
    { numRuns: 2000, seed: 7 },
  );
  t.pass();
});
