// What a valid spec becomes: defaults, the cpu and memory forms, refs, the example files.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArtifactRef, parseSpecYaml, readSpecFile } from './index.ts';
import { closestName, editDistance } from './suggest.ts';

const examples = fileURLToPath(new URL('examples/', import.meta.url));

test('a minimal service gets every default', (t) => {
  const draft = parseSpecYaml('name: web\nbinary: ./httpd\n', 'specs/web.yaml');
  t.deepEqual(draft, {
    name: 'web',
    type: 'service',
    binary: { kind: 'path', path: './httpd' },
    args: [],
    env: {},
    kernel: 'default',
    network: 'default',
    cpu: 1000,
    memory: 64,
    replicas: 1,
    restart: 'always',
    ports: [],
    files: [],
    priority: 50,
    constraints: [],
    affinities: [],
    requiresKvm: false,
    update: { maxParallel: 1 },
    // memory is not in the file: its line is the document's first.
    source: { file: 'specs/web.yaml', lines: { binary: 2, memory: 1 } },
  });
});

test('a batch Arrow restarts never unless told; 0 replicas is allowed', (t) => {
  t.is(parseSpecYaml('name: job\ntype: batch\nbinary: ./job\n', 'j.yaml').restart, 'never');
  t.is(parseSpecYaml('name: job\ntype: batch\nbinary: ./job\nrestart: on-failure\n', 'j.yaml').restart, 'on-failure');
  t.is(parseSpecYaml('name: web\nbinary: ./httpd\nreplicas: 0\n', 'w.yaml').replicas, 0);
});

test('an Arrow joins the network its spec names, else the default one', (t) => {
  t.is(parseSpecYaml('name: web\nbinary: ./httpd\nnetwork: shop-backend\n', 'w.yaml').network, 'shop-backend');
  t.is(parseSpecYaml('name: web\nbinary: ./httpd\n', 'w.yaml').network, 'default');
});

/** The value a field takes for each way of writing it. */
function checkForms(t: ExecutionContext, field: 'cpu' | 'memory', forms: ReadonlyArray<readonly [string, number]>): void {
  for (const [written, meant] of forms) {
    t.is(parseSpecYaml(`name: web\nbinary: ./httpd\n${field}: ${written}\n`, 'w.yaml')[field], meant, `${field}: ${written}`);
  }
}

test('cpu: millicores as a number or "250m", cores as "0.25"', (t) => {
  checkForms(t, 'cpu', [
    ['250', 250],
    ['250m', 250],
    ['"1500m"', 1500],
    ['"0.25"', 250],
    ['"2.0"', 2000],
    ['"1."', 1000],
    ['".5"', 500],
    ['"0.001"', 1],
  ]);
});

test('memory: MiB as a number, or a size with a unit', (t) => {
  checkForms(t, 'memory', [
    ['128', 128],
    ['"128"', 128],
    ['64M', 64],
    ['64MiB', 64],
    ['64MB', 64],
    ['1G', 1024],
    ['2GiB', 2048],
    ['65536K', 64],
    ['32M', 32],
  ]);
});

test('refs: digests, paths and name:tags', (t) => {
  const digest = `sha256:${'0f'.repeat(32)}`;
  t.deepEqual(parseArtifactRef(digest), { kind: 'digest', digest });
  t.deepEqual(parseArtifactRef('httpd'), { kind: 'path', path: 'httpd' });
  t.deepEqual(parseArtifactRef('./bin/httpd'), { kind: 'path', path: './bin/httpd' });
  t.deepEqual(parseArtifactRef('/opt/httpd:v2'), { kind: 'path', path: '/opt/httpd:v2' });
  t.deepEqual(parseArtifactRef('.hidden:x'), { kind: 'path', path: '.hidden:x' });
  t.deepEqual(parseArtifactRef('busybox:1.36'), { kind: 'tag', ref: 'busybox:1.36' });
  t.deepEqual(parseArtifactRef('my-app_2:latest'), { kind: 'tag', ref: 'my-app_2:latest' });
  t.true('problem' in parseArtifactRef('a:b:c'));
  t.true('problem' in parseArtifactRef('busybox:'));
  t.true('problem' in parseArtifactRef(`sha256:${'0F'.repeat(32)}`));
});

test('files are sorted by guest path and their lines kept for resolveDraft', (t) => {
  const draft = parseSpecYaml('name: web\nbinary: ./httpd\nfiles:\n  /etc/z.conf: ./z.conf\n  /etc/a.conf: app:1\n', 'w.yaml');
  t.deepEqual(draft.files, [
    { path: '/etc/a.conf', source: { kind: 'tag', ref: 'app:1' } },
    { path: '/etc/z.conf', source: { kind: 'path', path: './z.conf' } },
  ]);
  t.deepEqual(draft.source.lines, { binary: 2, memory: 1, files: 3, 'files./etc/a.conf': 5, 'files./etc/z.conf': 4 });
});

test('the example service parses as documented', async (t) => {
  const draft = await readSpecFile(`${examples}web.yaml`);
  t.is(draft.name, 'web');
  t.deepEqual(draft.binary, { kind: 'tag', ref: 'busybox:1.36' });
  t.deepEqual(draft.args, ['httpd', '-f', '-p', '8080', '-h', '/www']);
  t.is(draft.network, 'default');
  t.is(draft.cpu, 250);
  t.is(draft.memory, 64);
  t.is(draft.replicas, 3);
  t.deepEqual(draft.ports, [
    { name: 'http', guest: 8080, protocol: 'tcp' },
    { name: 'admin', guest: 9090, host: 19090, protocol: 'tcp' },
  ]);
  t.deepEqual(draft.files, [{ path: '/www/index.html', source: { kind: 'path', path: './index.html' } }]);
  t.deepEqual(draft.constraints, [
    { label: 'arch', op: '=', value: 'amd64' },
    { label: 'zone', op: 'in', values: ['a', 'b', 'c'] },
  ]);
  t.deepEqual(draft.affinities, [{ label: 'disk', op: '=', value: 'ssd', weight: 50 }]);
  t.deepEqual(draft.spread, { label: 'zone' });
  t.is(draft.priority, 60);
});

test('the example batch job parses as documented', async (t) => {
  const text = await readFile(`${examples}batch.yaml`, 'utf8');
  const draft = parseSpecYaml(text, 'batch.yaml');
  t.is(draft.type, 'batch');
  t.is(draft.restart, 'on-failure');
  t.is(draft.cpu, 500);
  t.is(draft.memory, 128);
  t.is(draft.replicas, 4);
  t.deepEqual(draft.binary, { kind: 'path', path: './report' });
  t.deepEqual(draft.args, ['--since', '2026-11-01']);
  t.is(draft.files[0]?.source.kind, 'digest');
});

test('the example stateful service parses as documented', async (t) => {
  const draft = await readSpecFile(`${examples}db.yaml`);
  t.is(draft.replicas, 1);
  t.is(draft.memory, 128);
  t.deepEqual(draft.volume, { path: '/data', size: 32, replicas: 2 });
});

test('suggestions: close names only', (t) => {
  t.is(editDistance('replcias', 'replicas'), 1);
  t.is(editDistance('', 'abc'), 3);
  t.is(closestName('cpus', ['cpu', 'memory']), 'cpu');
  t.is(closestName('mem', ['cpu', 'memory']), undefined);
  t.is(closestName('memoryMiB', ['cpu', 'memory']), 'memory');
  t.is(closestName('image', ['binary', 'kernel', 'name']), undefined);
  t.is(closestName('x'.repeat(100), ['x']), undefined);
});
