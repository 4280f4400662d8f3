// The stored form: validation of untrusted data, round trips, equality, the scheduler's view.
import test from 'ava';
import { PlacementIndex, schedule, SpecValidationError } from '../../scheduler/index.ts';
import { makeNode } from '../../scheduler/testing/fixtures.ts';
import { createHash } from 'node:crypto';
import { DefinitionError, definitionsEqual, kernelTemplatePlaceholder, parseArrowDefinition, toSchedulerSpec } from './index.ts';
import type { ArrowDefinition } from './index.ts';

const hex = (c: string) => c.repeat(64);

function sample(): ArrowDefinition {
  return parseArrowDefinition({
    name: 'web',
    type: 'service',
    binary: { digest: `sha256:${hex('a')}`, size: 900_000 },
    args: ['httpd', '-f'],
    env: { GREETING: 'hello', MODE: 'prod' },
    kernel: 'default',
    cpu: 250,
    memory: 64,
    replicas: 3,
    restart: 'always',
    ports: [{ name: 'http', guest: 8080, protocol: 'tcp' }],
    files: [
      { path: '/etc/z.conf', digest: `sha256:${hex('c')}`, size: 10 },
      { path: '/etc/a.conf', digest: `sha256:${hex('b')}`, size: 20 },
    ],
    priority: 50,
    constraints: [{ label: 'zone', op: 'in', values: ['a', 'b'] }],
    affinities: [],
    spread: { label: 'zone', targets: { a: 50, b: 50 } },
    requiresKvm: false,
    update: { maxParallel: 1 },
  });
}

test('a definition survives a JSON round trip unchanged', (t) => {
  const definition = sample();
  const again = parseArrowDefinition(JSON.parse(JSON.stringify(definition)));
  t.deepEqual(again, definition);
  t.true(definitionsEqual(again, definition));
  // Files are kept in one order, so the order they were given in does not matter.
  t.deepEqual(definition.files.map((f) => f.path), ['/etc/a.conf', '/etc/z.conf']);
});

test('a definition stored before networks existed reads back on the default network', (t) => {
  const { network: _network, ...older } = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
  t.is(parseArrowDefinition(older).network, 'default');
  t.is(parseArrowDefinition({ ...older, network: 'shop' }).network, 'shop');
  t.false(definitionsEqual(sample(), parseArrowDefinition({ ...older, network: 'shop' })));
});

test('equality ignores key order but nothing else', (t) => {
  const a = sample();
  const reordered = parseArrowDefinition({ ...JSON.parse(JSON.stringify(a)), env: { MODE: 'prod', GREETING: 'hello' } });
  t.true(definitionsEqual(a, reordered));
  t.false(definitionsEqual(a, { ...a, replicas: 4 }));
  t.false(definitionsEqual(a, { ...a, env: { ...a.env, MODE: 'dev' } }));
  t.false(definitionsEqual(a, { ...a, args: ['-f', 'httpd'] }));
  t.false(definitionsEqual(a, { ...a, spread: { label: 'zone', targets: { a: 60, b: 40 } } }));
});

function issuesOf(input: unknown): string[] {
  try {
    parseArrowDefinition(input);
  } catch (error) {
    if (error instanceof DefinitionError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

test('tampered definitions are refused, naming the field', (t) => {
  const good = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
  t.deepEqual(issuesOf({ ...good, cpu: '250m' }), ['cpu: expected a number, found the string "250m"']);
  t.deepEqual(issuesOf({ ...good, memory: 16 }), ['memory: must be at least 32']);
  // The floor grows with the binary: 2 MiB more per MiB of app.
  t.deepEqual(issuesOf({ ...good, memory: 33 }), ['memory: 33M is too little for a 878.9 KiB binary: an Arrow with it needs at least 34M']);
  t.deepEqual(issuesOf({ ...good, version: 2 }), ['version: unknown field']);
  t.deepEqual(issuesOf({ ...good, binary: { digest: `sha256:${hex('a')}`, size: 1, origin: 'x' } }), ['binary.origin: unknown field (expected digest, size, name)']);
  t.deepEqual(issuesOf({ ...good, binary: { digest: `sha256:${hex('a')}`, size: 900_000, name: '../init' } }), ['binary.name: expected 1-64 of letters, digits and ._+- not starting with a dot']);
  t.deepEqual(issuesOf({ ...good, binary: './httpd' }), ['binary: expected a mapping, found the string "./httpd"']);
  t.deepEqual(issuesOf({ ...good, type: 'batch' }), ['restart: a batch Arrow cannot restart always (it would never finish); use on-failure or never']);
  t.deepEqual(issuesOf({ ...good, files: [{ path: 'etc/x', digest: `sha256:${hex('b')}`, size: 1 }] }), ['files.0.path: guest path must be absolute']);
  t.deepEqual(issuesOf({ ...good, files: [{ path: '/x', digest: `sha256:${hex('b')}`, size: 300 * 1024 }] }), [
    'files.0.size: is 300 KiB; a config file may be at most 256 KiB',
  ]);
  t.deepEqual(
    issuesOf({
      ...good,
      files: [
        { path: '/x', digest: `sha256:${hex('b')}`, size: 1 },
        { path: '/x', digest: `sha256:${hex('c')}`, size: 1 },
      ],
    }),
    ['files.1.path: duplicate guest path (also files.0)'],
  );
  t.deepEqual(issuesOf({ ...good, ports: [{ name: 'a', guest: 80 }, { name: 'a', guest: 81 }] }), ['ports.1.name: duplicate port name "a" (also ports.0)']);
  t.deepEqual(issuesOf({ ...good, constraints: [{ label: 'zone', op: '=', value: 'a', extra: 1 }] }), ['constraints.0.extra: unknown field (expected label, op, value)']);
  const { restart: _restart, ...withoutRestart } = good;
  t.deepEqual(issuesOf(withoutRestart), ['restart: required']);
  t.deepEqual(issuesOf({ ...good, network: '-lan' }), ['network: must be lowercase letters, digits and dashes (1-63 chars)']);
  t.deepEqual(issuesOf({ ...good, network: 7 }), ['network: expected a string; put quotes around it: "7"']);
  t.deepEqual(issuesOf(null), [': expected a mapping, found nothing']);
  t.deepEqual(issuesOf([good]), [': expected a mapping, found a list']);
  t.throws(() => parseArrowDefinition('web'), { instanceOf: DefinitionError, message: 'invalid Arrow definition: (root): expected a mapping, found the string "web"' });
});

test('the kernel placeholder is stable, per template, and weightless', (t) => {
  const placeholder = kernelTemplatePlaceholder('default');
  t.deepEqual(placeholder, { digest: `sha256:${createHash('sha256').update('kernel-template:default').digest('hex')}`, size: 0 });
  t.deepEqual(kernelTemplatePlaceholder('default'), placeholder);
  t.not(kernelTemplatePlaceholder('minimal').digest, placeholder.digest);
});

test('toSchedulerSpec gives a spec the scheduler places', (t) => {
  const definition = sample();
  const spec = toSchedulerSpec(definition, { version: 7, kernel: undefined });
  t.is(spec.version, 7);
  t.is(spec.replicas, 3);
  t.deepEqual(spec.kernel, kernelTemplatePlaceholder('default'));
  t.deepEqual(spec.binary, definition.binary);
  t.deepEqual(spec.spread, definition.spread);
  t.false('volume' in spec);
  const stateful = parseArrowDefinition({ ...definition, replicas: 1, volume: { path: '/data', size: 8 } });
  t.deepEqual(stateful.volume, { path: '/data', size: 8, replicas: 2 });
  t.deepEqual(toSchedulerSpec(stateful, { version: 1, kernel: undefined }).volume, { name: 'web' }, 'the scheduler knows the volume by the Arrow\'s name');

  const state = PlacementIndex.fromSnapshot({
    index: 1,
    nodes: [
      makeNode('n1', { labels: { zone: 'a', arch: 'amd64' } }),
      makeNode('n2', { labels: { zone: 'b', arch: 'amd64' } }),
      makeNode('n3', { labels: { zone: 'b', arch: 'amd64' } }),
      makeNode('n4', { labels: { zone: 'c', arch: 'amd64' } }),
    ],
    allocations: [],
  });
  const plan = schedule(state, spec, { seed: 1 });
  t.is(plan.placements.length, 3);
  t.deepEqual(plan.failures, []);
  // The constraint came through: nothing lands in zone c.
  t.false(plan.placements.some((p) => p.node === 'n4'));
  t.true(plan.placements.every((p) => p.specVersion === 7));
  t.true(plan.placements.every((p) => p.artifacts.some((a) => a.digest === definition.binary.digest)));

  const built = toSchedulerSpec(definition, { version: 8, kernel: { digest: `sha256:${hex('d')}`, size: 8_000_000 } });
  t.is(built.kernel.size, 8_000_000);
});

test('a batch Arrow\'s completed runs are not placed again', (t) => {
  const job = parseArrowDefinition({ ...JSON.parse(JSON.stringify(sample())), type: 'batch', restart: 'never', replicas: 4 });
  t.is(toSchedulerSpec(job, { version: 1, kernel: undefined, completed: 3 }).replicas, 1);
  t.is(toSchedulerSpec(job, { version: 1, kernel: undefined, completed: 9 }).replicas, 0);
  // A service has no completed runs to subtract.
  t.is(toSchedulerSpec(sample(), { version: 1, kernel: undefined, completed: 2 }).replicas, 3);
});

test('toSchedulerSpec refuses what the scheduler would refuse', (t) => {
  t.throws(() => toSchedulerSpec(sample(), { version: -1, kernel: undefined }), { instanceOf: SpecValidationError });
});
