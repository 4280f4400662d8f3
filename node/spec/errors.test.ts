// Every kind of mistake in a spec file gives one exact `file:line: path: message` line.
import { Buffer } from 'node:buffer';
import test from 'ava';
import { MAX_SPEC_BYTES, parseSpecYaml, SpecFileError } from './index.ts';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

/** The error lines parseSpecYaml gives for `text`. */
function errorsOf(text: string): string[] {
  try {
    parseSpecYaml(text, 'web.yaml');
  } catch (error) {
    if (error instanceof SpecFileError) return error.message.split('\n');
    throw error;
  }
  throw new Error('the spec was accepted');
}

/** A valid spec with `extra` lines appended (from line 4 on). */
function spec(extra: string): string {
  return `name: web\nbinary: ./httpd\nmemory: 64M\n${extra}`;
}

test('wrong types name the field and say what is expected', (t) => {
  t.deepEqual(errorsOf(spec('replicas: two\n')), ['web.yaml:4: replicas: expected a whole number, 0 or more']);
  t.deepEqual(errorsOf(spec('replicas: -1\n')), ['web.yaml:4: replicas: expected a whole number, 0 or more']);
  t.deepEqual(errorsOf(spec('replicas: 1.5\n')), ['web.yaml:4: replicas: expected a whole number, 0 or more']);
  t.deepEqual(errorsOf(spec('requiresKvm: "yes"\n')), ['web.yaml:4: requiresKvm: expected true or false, found the string "yes"']);
  t.deepEqual(errorsOf(spec('args: --verbose\n')), ['web.yaml:4: args: expected a list, found the string "--verbose"']);
  t.deepEqual(errorsOf(spec('args: [--port, 8080]\n')), ['web.yaml:4: args.1: expected a string; put quotes around it: "8080"']);
  t.deepEqual(errorsOf(spec('env: [A=b]\n')), ['web.yaml:4: env: expected a mapping, found a list']);
  t.deepEqual(errorsOf(spec('type: daemon\n')), ['web.yaml:4: type: expected one of service, batch']);
  t.deepEqual(errorsOf(spec('restart: sometimes\n')), ['web.yaml:4: restart: expected one of always, on-failure, never']);
  t.deepEqual(errorsOf(spec('kernel: Default\n')), ['web.yaml:4: kernel: expected a kernel template name: lowercase letters, digits and dashes']);
  t.deepEqual(errorsOf(spec('priority: 101\n')), ['web.yaml:4: priority: expected a whole number from 0 to 100']);
  t.deepEqual(errorsOf('name: Web Server\nbinary: ./httpd\n'), ['web.yaml:1: name: must be lowercase letters, digits and dashes (1-63 chars)']);
  t.deepEqual(errorsOf(spec('network: Shop_Net\n')), ['web.yaml:4: network: must be lowercase letters, digits and dashes (1-63 chars)']);
  t.deepEqual(errorsOf(spec(`network: ${'n'.repeat(64)}\n`)), ['web.yaml:4: network: must be lowercase letters, digits and dashes (1-63 chars)']);
  t.deepEqual(errorsOf(spec('network: [a, b]\n')), ['web.yaml:4: network: expected a string, found a list']);
  t.deepEqual(errorsOf(spec('update:\n  maxParallel: 0\n')), ['web.yaml:5: update.maxParallel: expected a positive whole number']);
});

test('missing required fields point at the nearest existing parent', (t) => {
  t.deepEqual(errorsOf('# a comment first\nname: web\n'), ['web.yaml:2: binary: required: a local path, a sha256: digest or a name:tag']);
  t.deepEqual(errorsOf('binary: ./httpd\n'), ['web.yaml:1: name: required']);
  t.deepEqual(errorsOf(spec('ports:\n  - name: http\n    protocol: udp\n')), ['web.yaml:5: ports.0.guest: required']);
  t.deepEqual(errorsOf(spec('volume: {}\n')), ['web.yaml:4: volume.path: required', 'web.yaml:4: volume.size: required']);
  t.deepEqual(errorsOf(spec('replicas:\n')), ['web.yaml:4: replicas: expected a whole number, 0 or more']);
});

test('unknown fields are errors, with a suggestion when one is close', (t) => {
  t.deepEqual(errorsOf(spec('replics: 3\n')), ['web.yaml:4: replics: unknown field (did you mean "replicas"?)']);
  t.deepEqual(errorsOf(spec('requires_kvm: true\n')), ['web.yaml:4: requires_kvm: unknown field (did you mean "requiresKvm"?)']);
  t.deepEqual(errorsOf(spec('Memory: 1G\n')), ['web.yaml:4: Memory: unknown field (did you mean "memory"?)']);
  t.deepEqual(errorsOf(spec('colour: blue\n')), ['web.yaml:4: colour: unknown field']);
  t.deepEqual(errorsOf(spec('ports:\n  - name: http\n    guest: 80\n    hostPort: 8080\n')), [
    'web.yaml:7: ports.0.hostPort: unknown field (did you mean "host"?)',
  ]);
  // Small objects list what they take when nothing is close.
  t.deepEqual(errorsOf(spec('update:\n  parallel: 2\n')), [
    'web.yaml:4: update.maxParallel: expected a positive whole number',
    'web.yaml:5: update.parallel: unknown field (expected maxParallel)',
  ]);
  // `<<` merge keys are not YAML 1.2: an ordinary (unknown) key.
  t.deepEqual(errorsOf(spec('<<: {replicas: 2}\n')), ['web.yaml:4: <<: unknown field']);
  t.deepEqual(errorsOf(spec('__proto__: {replicas: 2}\n')), ['web.yaml:4: __proto__: not allowed as a key']);
});

test('a version is refused: the cluster assigns versions', (t) => {
  t.deepEqual(errorsOf(spec('version: 3\n')), ['web.yaml:4: version: leave it out: the cluster numbers versions itself']);
});

test('cpu and memory explain their forms and limits', (t) => {
  t.deepEqual(errorsOf(spec('cpu: lots\n')), ['web.yaml:4: cpu: expected millicores such as 250 or "250m", or cores such as "0.5"']);
  t.deepEqual(errorsOf(spec('cpu: 0.5\n')), ['web.yaml:4: cpu: expected whole millicores such as 250; write cores as a string such as "0.5"']);
  t.deepEqual(errorsOf(spec('cpu: "2"\n')), ['web.yaml:4: cpu: "2" is ambiguous: write "2000m" or 2000 for 2 cores, or "2m" for millicores']);
  t.deepEqual(errorsOf(spec('cpu: 0m\n')), ['web.yaml:4: cpu: must be at least 1 millicore']);
  t.deepEqual(errorsOf(spec('cpu: "0.0001"\n')), ['web.yaml:4: cpu: 0.0001 cores is not a whole number of millicores']);
  t.deepEqual(errorsOf(spec('cpu: 2000000\n')), ['web.yaml:4: cpu: may be at most 1024000 millicores (1024 cores)']);
  t.deepEqual(errorsOf('name: web\nbinary: ./httpd\nmemory: lots\n'), ['web.yaml:3: memory: expected a size such as 64M or 1G']);
  t.deepEqual(errorsOf('name: web\nbinary: ./httpd\nmemory: 1.5G\n'), ['web.yaml:3: memory: expected a size such as 64M or 1G']);
  t.deepEqual(errorsOf('name: web\nbinary: ./httpd\nmemory: 64B\n'), ['web.yaml:3: memory: expected a size such as 64M or 1G']);
  t.deepEqual(errorsOf('name: web\nbinary: ./httpd\nmemory: 16M\n'), [
    "web.yaml:3: memory: must be at least 32M, the runtime's floor: an Arrow does not boot with less",
  ]);
  t.deepEqual(errorsOf('name: web\nbinary: ./httpd\nmemory: 100K\n'), ['web.yaml:3: memory: must be a whole number of MiB']);
  t.deepEqual(errorsOf('name: web\nbinary: ./httpd\nmemory: 2048G\n'), ['web.yaml:3: memory: may be at most 1T']);
});

test('bad ports: numbers, names, duplicates', (t) => {
  const ports = (items: string) => errorsOf(spec(`ports:\n${items}`));
  t.deepEqual(ports('  - { name: http, guest: 0 }\n'), ['web.yaml:5: ports.0.guest: expected a port number from 1 to 65535']);
  t.deepEqual(ports('  - { name: http, guest: 80, host: 70000 }\n'), ['web.yaml:5: ports.0.host: expected a port number from 1 to 65535']);
  t.deepEqual(ports('  - { name: http, guest: "80" }\n'), ['web.yaml:5: ports.0.guest: expected a port number from 1 to 65535']);
  t.deepEqual(ports('  - { name: HTTP, guest: 80 }\n'), [
    'web.yaml:5: ports.0.name: expected lowercase letters, digits and dashes, starting with a letter (at most 15 characters)',
  ]);
  t.deepEqual(ports('  - { name: dns, guest: 53, protocol: sctp }\n'), ['web.yaml:5: ports.0.protocol: expected one of tcp, udp']);
  t.deepEqual(ports('  - { name: http, guest: 80 }\n  - { name: http, guest: 81 }\n'), ['web.yaml:6: ports.1.name: duplicate port name "http" (also ports.0)']);
  t.deepEqual(ports('  - { name: a, guest: 80 }\n  - { name: b, guest: 80 }\n'), ['web.yaml:6: ports.1.guest: guest port 80/tcp is already published by ports.0']);
  // The same number over another protocol is another port.
  t.notThrows(() => parseSpecYaml(spec('ports:\n  - { name: dns, guest: 53 }\n  - { name: dns-udp, guest: 53, protocol: udp }\n'), 'web.yaml'));
  t.deepEqual(ports('  - { name: a, guest: 80, host: 8080 }\n  - { name: b, guest: 81, host: 8080 }\n'), [
    'web.yaml:6: ports.1.host: host port 8080/tcp is already taken by ports.0',
  ]);
  t.deepEqual(ports('  - name: http\n    guest: 80\n  - name: http\n    guest: 80\n'), [
    'web.yaml:7: ports.1.name: duplicate port name "http" (also ports.0)',
    'web.yaml:8: ports.1.guest: guest port 80/tcp is already published by ports.0',
  ]);
});

test('bad env names and values', (t) => {
  t.deepEqual(errorsOf(spec('env:\n  1BAD: x\n')), ['web.yaml:5: env.1BAD: not a valid environment variable name (letters, digits and _, not starting with a digit)']);
  t.deepEqual(errorsOf(spec('env:\n  A-B: x\n')), ['web.yaml:5: env.A-B: not a valid environment variable name (letters, digits and _, not starting with a digit)']);
  t.deepEqual(errorsOf(spec('env:\n  __proto__: x\n')), ['web.yaml:5: env.__proto__: not allowed as a key']);
  t.deepEqual(errorsOf(spec('env:\n  PORT: 8080\n  DEBUG: true\n')), [
    'web.yaml:5: env.PORT: expected a string; put quotes around it: "8080"',
    'web.yaml:6: env.DEBUG: expected a string; put quotes around it: "true"',
  ]);
  t.deepEqual(errorsOf(spec('env:\n  A: "x\\0y"\n')), ['web.yaml:5: env.A: must not contain a NUL byte']);
  const huge = 'x'.repeat(100 * 1024);
  t.deepEqual(errorsOf(spec(`args: [${huge}]\nenv:\n  A: ${huge}\n`)), [
    'web.yaml:5: env: args and env add up to 200.0 KiB; together they may be at most 128 KiB',
  ]);
});

test('config files: guest paths must be absolute and normalised, sources valid refs', (t) => {
  t.deepEqual(errorsOf(spec('files:\n  etc/app.conf: ./app.conf\n')), ['web.yaml:5: files.etc/app.conf: guest path must be absolute']);
  t.deepEqual(errorsOf(spec('files:\n  /etc/../app.conf: ./app.conf\n')), ['web.yaml:5: files./etc/../app.conf: guest path is not a normalised file path']);
  t.deepEqual(errorsOf(spec('files:\n  /etc//app.conf: ./app.conf\n')), ['web.yaml:5: files./etc//app.conf: guest path is not a normalised file path']);
  t.deepEqual(errorsOf(spec('files:\n  /etc/: ./app.conf\n')), ['web.yaml:5: files./etc/: guest path is not a normalised file path']);
  t.deepEqual(errorsOf(spec('files:\n  /proc/x: ./app.conf\n')), ['web.yaml:5: files./proc/x: guest path is inside a kernel filesystem']);
  t.deepEqual(errorsOf(spec('files:\n  /etc/a.conf: sha256:abc\n')), ['web.yaml:5: files./etc/a.conf: expected "sha256:" followed by 64 lowercase hex digits']);
  t.deepEqual(errorsOf(spec('files:\n  /etc/a.conf: 42\n')), ['web.yaml:5: files./etc/a.conf: expected a local path, a sha256: digest or a name:tag']);
  t.deepEqual(errorsOf(spec('files:\n  /etc/a.conf: ~/a.conf\n')), [
    'web.yaml:5: files./etc/a.conf: ~ is not expanded here; write the path relative to the spec file, or absolute',
  ]);
});

test('binary: a path, a digest or a name:tag', (t) => {
  t.deepEqual(errorsOf('name: web\nbinary: sha256:ABC\n'), ['web.yaml:2: binary: expected "sha256:" followed by 64 lowercase hex digits']);
  t.deepEqual(errorsOf('name: web\nbinary: Busybox:1\n'), ['web.yaml:2: binary: expected a local path (write ./Busybox:1 for a file), a sha256: digest or a name:tag']);
  t.deepEqual(errorsOf('name: web\nbinary: [a]\n'), ['web.yaml:2: binary: expected a local path, a sha256: digest or a name:tag']);
  t.deepEqual(errorsOf('name: web\nbinary: ""\n'), ['web.yaml:2: binary: must not be empty']);
});

test('bad constraints, affinities and spreads are the scheduler\'s rules', (t) => {
  t.deepEqual(errorsOf(spec('constraints:\n  - { label: zone, op: "~", value: a }\n')), ['web.yaml:5: constraints.0.op: expected one of =, !=, in, not in, regex']);
  t.deepEqual(errorsOf(spec('constraints:\n  - { label: zone, op: "=" }\n')), ['web.yaml:5: constraints.0.value: required']);
  t.deepEqual(errorsOf(spec('constraints:\n  - label: zone\n    op: "="\n    vaule: a\n')), [
    'web.yaml:5: constraints.0.value: required',
    'web.yaml:7: constraints.0.vaule: unknown field (did you mean "value"?)',
  ]);
  t.deepEqual(errorsOf(spec('constraints:\n  - { label: zone, op: in, values: [] }\n')), ['web.yaml:5: constraints.0.values: must list at least one value']);
  t.deepEqual(errorsOf(spec('constraints:\n  - { label: rack, op: regex, pattern: "([" }\n')), [
    'web.yaml:5: constraints.0.pattern: invalid regular expression: Invalid regular expression: /([/: Unterminated character class',
  ]);
  t.deepEqual(errorsOf(spec('constraints:\n  - { label: "", op: "=", value: a }\n')), ['web.yaml:5: constraints.0.label: must not be empty']);
  t.deepEqual(errorsOf(spec('affinities:\n  - { label: zone, op: "=", value: a, weight: 0 }\n')), ['web.yaml:5: affinities.0.weight: must not be 0']);
  t.deepEqual(errorsOf(spec('affinities:\n  - { label: zone, op: "=", value: a, weight: 500 }\n')), ['web.yaml:5: affinities.0.weight: expected a whole number from -100 to 100']);
  t.deepEqual(errorsOf(spec('spread:\n  label: zone\n  targets: { a: 70, b: 40 }\n')), ['web.yaml:6: spread.targets: target percentages must sum to at most 100']);
});

test('a batch Arrow cannot restart always', (t) => {
  t.deepEqual(errorsOf(spec('type: batch\nrestart: always\n')), ['web.yaml:5: restart: a batch Arrow cannot restart always (it would never finish); use on-failure or never']);
});

test('YAML syntax errors carry their line', (t) => {
  t.deepEqual(errorsOf('name: web\nbinary: "./httpd\nreplicas: 2\n'), ['web.yaml:4: YAML syntax: Missing closing "quote']);
  t.deepEqual(errorsOf('name: web\nports: [1, 2\nreplicas: 2\n'), [
    'web.yaml:3: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ]);
  t.deepEqual(errorsOf('name: web\n\tbinary: x\n'), ['web.yaml:2: YAML syntax: Tabs are not allowed as indentation']);
  t.deepEqual(errorsOf('name: web\nbinary: [a, b]]\n'), ['web.yaml:2: YAML syntax: Unexpected flow-seq-end token in YAML stream: "]"']);
  t.deepEqual(errorsOf('name: web\nbinary: x\n  replicas: 2\n'), [
    'web.yaml:2: YAML syntax: Nested mappings are not allowed in compact mappings',
    'web.yaml:2: YAML syntax: Implicit keys need to be on a single line',
  ]);
  t.deepEqual(errorsOf(spec('constraints: *missing\n')), ['web.yaml:4: constraints: unknown alias *missing']);
});

test('duplicate keys name both lines', (t) => {
  t.deepEqual(errorsOf('name: web\nbinary: ./a\nreplicas: 1\nreplicas: 2\n'), ['web.yaml:4: replicas: duplicate key (first given on line 3)']);
  t.deepEqual(errorsOf(spec('env:\n  A: x\n  A: y\n')), ['web.yaml:6: env.A: duplicate key (first given on line 5)']);
  t.deepEqual(errorsOf(spec('env: {A: 1, A: 2}\n')), ['web.yaml:4: env.A: duplicate key (first given on line 4)']);
});

test('tags, aliases and odd keys', (t) => {
  t.deepEqual(errorsOf(spec('env:\n  A: !!binary aGVsbG8=\n')), ['web.yaml:5: unsupported tag: tag:yaml.org,2002:binary (a spec uses plain YAML values only)']);
  t.deepEqual(errorsOf(spec('args: !shell [a]\n')), ['web.yaml:4: unsupported tag: !shell (a spec uses plain YAML values only)']);
  t.deepEqual(errorsOf(spec('env:\n  ? [a, b]\n  : x\n')), ['web.yaml:5: env: keys must be plain names, not lists, mappings or empty']);
  // Aliases work, and their values are checked like any other.
  t.notThrows(() => parseSpecYaml(spec('constraints:\n  - &amd { label: arch, op: "=", value: amd64 }\naffinities: []\n'), 'web.yaml'));
  t.deepEqual(errorsOf(spec('x-port: &p 70000\nports:\n  - { name: a, guest: *p }\n')), [
    'web.yaml:4: x-port: unknown field',
    'web.yaml:6: ports.0.guest: expected a port number from 1 to 65535',
  ]);
});

test('an alias bomb is stopped', (t) => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 8; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  const errors = errorsOf(`${spec('')}${lines.join('\n')}\n`);
  t.deepEqual(errors, ['web.yaml:1: more than 100000 values (after expanding aliases); no spec needs that many']);
});

test('documents that are not one mapping', (t) => {
  t.deepEqual(errorsOf(''), ['web.yaml:1: the file is empty; a spec is a mapping of fields such as name:, binary: and replicas:']);
  t.deepEqual(errorsOf('# nothing but a comment\n\n'), ['web.yaml:1: the file is empty; a spec is a mapping of fields such as name:, binary: and replicas:']);
  t.deepEqual(errorsOf('- name: web\n  binary: ./httpd\n'), ['web.yaml:1: expected a mapping of fields such as name:, binary: and replicas:, found a list']);
  t.deepEqual(errorsOf('\n"just a string"\n'), ['web.yaml:2: expected a mapping of fields such as name:, binary: and replicas:, found a string']);
  t.deepEqual(errorsOf('name: web\nbinary: ./a\n---\nname: db\nbinary: ./b\n'), ['web.yaml:3: a spec file holds one document; this one starts a second (after ---)']);
});

test('an oversized file is refused before it is parsed', (t) => {
  const text = `name: web\nbinary: ./httpd\n# ${'x'.repeat(MAX_SPEC_BYTES)}\n`;
  t.deepEqual(errorsOf(text), [`web.yaml:1: the file is ${Buffer.byteLength(text)} bytes; a spec may be at most 1 MiB`]);
});

test('every problem is reported, in line order, with columns', (t) => {
  const error = t.throws(() => parseSpecYaml('name: web\nreplicas: x\nbinary: 5\nports: 3\n', 'dir/web.yaml'), { instanceOf: SpecFileError });
  t.deepEqual(
    error.issues.map((i) => [i.line, i.column, i.path]),
    [
      [2, 11, 'replicas'],
      [3, 9, 'binary'],
      [4, 8, 'ports'],
    ],
  );
  t.true(error.issues.every((i) => i.file === 'dir/web.yaml'));
});

test('a hostile file with thousands of problems prints a bounded message', (t) => {
  const env = Array.from({ length: 5000 }, (_, i) => `  ${i}X: y`).join('\n');
  const error = t.throws(() => parseSpecYaml(spec(`env:\n${env}\n`), 'web.yaml'), { instanceOf: SpecFileError });
  t.is(error.issues.length, 5000);
  const lines = error.message.split('\n');
  t.is(lines.length, 21);
  t.is(lines[20], '(4980 more problems not shown)');
});

test('a volume: a path below / of at most 255 characters, a size that fits the memory, one running copy, no config file under it', (t) => {
  t.deepEqual(errorsOf(spec('volume: { path: /, size: 8M }\n')), ['web.yaml:4: volume.path: guest path is not a normalised file path']);
  t.deepEqual(errorsOf(spec(`volume: { path: /${'d'.repeat(255)}, size: 8M }\n`)), ['web.yaml:4: volume.path: may be at most 255 characters']);
  t.deepEqual(errorsOf(spec('volume: { path: data, size: 8M }\n')), ['web.yaml:4: volume.path: guest path must be absolute']);
  t.deepEqual(errorsOf(spec('volume: { path: /data, size: 8X }\n')), ['web.yaml:4: volume.size: expected a size such as 64M or 1G']);
  t.deepEqual(errorsOf(spec('volume: { path: /data, size: 32G }\n')), ['web.yaml:4: volume.size: may be at most 16G']);
  t.deepEqual(errorsOf(spec('volume: { path: /data, size: 8M, replicas: 0 }\n')), ['web.yaml:4: volume.replicas: expected a whole number from 1 to 7']);
  t.deepEqual(errorsOf(spec('volume: { path: /data, size: 64M }\n')), [
    "web.yaml:4: volume.size: the volume lives in the guest's memory: a 64M volume needs memory of at least 96M (64M given)",
  ]);
  t.deepEqual(errorsOf(spec('replicas: 2\nvolume: { path: /data, size: 8M }\n')), [
    'web.yaml:4: replicas: an Arrow with a volume runs one copy (replicas 0 or 1); volume.replicas says on how many nodes its data is kept',
  ]);
  t.deepEqual(errorsOf(spec('files: { /data/x.conf: ./x.conf }\nvolume: { path: /data, size: 8M }\n')), [
    "web.yaml:4: files.0: /data/x.conf is inside the volume's path /data: the volume's mount would hide it",
  ]);
  t.deepEqual(parseSpecYaml(spec('volume: { path: /data, size: 8M, replicas: 3 }\n'), 'web.yaml').volume, { path: '/data', size: 8, replicas: 3 });
});

