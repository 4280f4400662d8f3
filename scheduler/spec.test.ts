import test from 'ava';
import { PlacementIndex, parseArrowSpec, schedule, SpecValidationError } from './index.ts';
import { makeNode, makeSpec } from './testing/fixtures.ts';

function issuesOf(input: unknown): string[] {
  try {
    parseArrowSpec(input);
  } catch (error) {
    if (error instanceof SpecValidationError) return error.issues.map((i) => i.path);
    throw error;
  }
  return [];
}

test('a valid spec gets defaults', (t) => {
  const spec = parseArrowSpec(makeSpec('web'));
  t.is(spec.priority, 50);
  t.is(spec.version, 1);
  t.deepEqual(spec.constraints, []);
  t.is(spec.update.maxParallel, 1);
});

test('negative cpu is rejected naming the field', (t) => {
  const error = t.throws(() => parseArrowSpec(makeSpec('web', { cpu: -5 })), { instanceOf: SpecValidationError });
  t.deepEqual(error.issues.map((i) => i.path), ['cpu']);
  t.regex(error.message, /cpu:/);
});

test('a malformed regex constraint is rejected with its path', (t) => {
  const error = t.throws(
    () =>
      parseArrowSpec(
        makeSpec('web', {
          constraints: [
            { label: 'zone', op: '=', value: 'a' },
            { label: 'rack', op: 'regex', pattern: '([unclosed' },
          ],
        }),
      ),
    { instanceOf: SpecValidationError },
  );
  t.deepEqual(error.issues.map((i) => i.path), ['constraints.1.pattern']);
  t.regex(error.message, /invalid regular expression/);
});

test('several bad fields are all reported', (t) => {
  const paths = issuesOf({ ...makeSpec('Bad Name'), memory: 0, binary: { digest: 'md5:x', size: 1 } });
  t.true(paths.includes('name'));
  t.true(paths.includes('memory'));
  t.true(paths.includes('binary.digest'));
});

test('spread targets above 100% and unknown constraint operators are rejected', (t) => {
  t.deepEqual(issuesOf(makeSpec('web', { spread: { label: 'zone', targets: { a: 70, b: 40 } } })), ['spread.targets']);
  t.deepEqual(issuesOf({ ...makeSpec('web'), constraints: [{ label: 'zone', op: '~', value: 'a' }] }), ['constraints.0.op']);
});

test('schedule validates its spec too', (t) => {
  const state = PlacementIndex.fromSnapshot({ index: 1, nodes: [makeNode('n1')], allocations: [] });
  t.throws(() => schedule(state, makeSpec('web', { replicas: -1 }), { seed: 1 }), {
    instanceOf: SpecValidationError,
    message: /replicas/,
  });
});
