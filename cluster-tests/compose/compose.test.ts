// The container files, checked without a Docker engine (there is none on the development
// machines or in CI): docker-compose.yml against the Compose Specification's JSON schema, its
// commands against arrowd's own option parser, the Dockerfile against the repository.
import test from 'ava';
import { execa } from 'execa';
import type { ResultPromise } from 'execa';
import { access, constants, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  aptPackages, argvProblems, arrowdOptions, ciSetupPackages, composeValidator, dockerfileInstructions, entrypointArgvs, nodeServices,
  optionValue, parseCompose, repositoryPaths,
} from './index.ts';
import type { ComposeValidator, OptionSpec } from './index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const node = join(root, 'node_modules', '.bin', 'node');
const arrowdMain = join(root, 'node', 'arrowd', 'main.ts');
const APP_DIR = '/opt/arrow';
/** What a joiner's entrypoint passes as --join; arrowd reads the value only when it starts. */
const SOME_TOKEN = 'arrow1.token-from-the-founder';

async function loadValidator(): Promise<ComposeValidator> {
  // dclint ships the specification's schema (compose-spec/compose-spec, schema/compose-spec.json)
  // but does not export the file, so it is read from beside its package.json.
  const packageJson = createRequire(import.meta.url).resolve('dclint/package.json');
  const schema = JSON.parse(await readFile(join(dirname(packageJson), 'schemas', 'compose.schema.json'), 'utf8')) as Record<string, unknown>;
  return composeValidator(schema);
}
const validator = loadValidator();

async function readCompose(name = 'docker-compose.yml'): Promise<unknown> {
  return parseCompose(await readFile(join(root, name), 'utf8'));
}

/** arrowd's own help, so the options checked are the ones its commander program declares. */
const options: Promise<Map<string, OptionSpec>> = execa(node, [arrowdMain, '--help'], { timeout: 30_000 })
  .then((result) => arrowdOptions(result.stdout));

/** Runs arrowd's option parsing on argv without starting it: commander checks every value with
 * arrowd's parsers and then prints the help, because --help comes last. */
async function arrowdParses(argv: readonly string[]): Promise<{ ok: boolean; stderr: string }> {
  const result = await execa(node, [arrowdMain, ...argv, '--help'], { reject: false, timeout: 30_000 });
  return { ok: result.exitCode === 0, stderr: result.stderr };
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

test('docker-compose.yml and the KVM override follow the Compose Specification', async (t) => {
  const validate = await validator;
  t.deepEqual(validate(await readCompose()), []);
  t.deepEqual(validate(await readCompose('docker-compose.kvm.yml')), []);
});

test('the validator rejects a document that breaks the specification', async (t) => {
  const validate = await validator;
  const good = await readCompose() as Record<string, unknown>;

  const unknownKey = { ...clone(good), clusters: { n1: {} } };
  t.true(validate(unknownKey).some((p) => p.includes('clusters')), 'an unknown top-level key');

  const badType = clone(good) as { services: Record<string, Record<string, unknown>> };
  badType.services.n1!.hostname = 1;
  t.true(validate(badType).some((p) => p.startsWith('/services/n1/hostname')), 'hostname must be a string');

  const badCommand = clone(good) as { services: Record<string, Record<string, unknown>> };
  badCommand.services.n1!.command = ['--name', 1];
  t.true(validate(badCommand).some((p) => p.startsWith('/services/n1/command')), 'command must be strings');

  const badPorts = clone(good) as { services: Record<string, Record<string, unknown>> };
  badPorts.services.n2!.ports = { api: 7072 };
  t.true(validate(badPorts).some((p) => p.startsWith('/services/n2/ports')), 'ports must be a list');

  const unknownServiceKey = clone(good) as { services: Record<string, Record<string, unknown>> };
  unknownServiceKey.services.n3!.kvm = true;
  t.true(validate(unknownServiceKey).some((p) => p.startsWith('/services/n3') && p.includes('kvm')), 'an unknown service key');
});

test('every node command is one arrowd accepts, on a first start and a restart', async (t) => {
  const services = nodeServices(await readCompose());
  t.deepEqual(services.map((s) => s.name).sort(), ['n1', 'n2', 'n3']);
  const known = await options;
  for (const service of services) {
    const { firstStart, restart } = entrypointArgvs(service, SOME_TOKEN);
    for (const [when, argv] of [['first start', firstStart], ['restart', restart]] as const) {
      t.deepEqual(argvProblems(argv, known), [], `${service.name}, ${when}: ${argv.join(' ')}`);
      const parsed = await arrowdParses(argv);
      t.true(parsed.ok, `${service.name}, ${when}: arrowd refused ${argv.join(' ')}: ${parsed.stderr}`);
    }
  }
});

test('n1 founds the cluster and hands its token to n2 and n3, which join as servers', async (t) => {
  const services = new Map(nodeServices(await readCompose()).map((s) => [s.name, s]));
  const n1 = services.get('n1')!;
  t.is(optionValue(n1.command, '--join'), undefined);
  t.truthy(n1.environment.ARROW_JOIN_TOKEN_OUT);
  for (const name of ['n2', 'n3']) {
    const joiner = services.get(name)!;
    t.is(joiner.environment.ARROW_JOIN_TOKEN_FILE, n1.environment.ARROW_JOIN_TOKEN_OUT, `${name} reads the file n1 writes`);
    t.is(joiner.environment.ARROW_JOIN_AS_SERVER, '1', `${name} joins as a server`);
    const { firstStart } = entrypointArgvs(joiner, SOME_TOKEN);
    t.is(optionValue(firstStart, '--join'), SOME_TOKEN);
    t.true(firstStart.includes('--server'));
  }
});

test('each node: its data dir is ARROW_HOME on its own volume, it listens where its fixed address is, the API is published on loopback only', async (t) => {
  const document = await readCompose() as {
    services: Record<string, { volumes?: string[]; ports?: string[]; networks?: Record<string, { ipv4_address?: string }> }>;
    volumes?: Record<string, unknown>;
  };
  const volumesUsed = new Map<string, string[]>();
  for (const service of nodeServices(document)) {
    const raw = document.services[service.name]!;
    const dataDir = optionValue(service.command, '--data-dir');
    t.is(service.environment.ARROW_HOME, dataDir, `${service.name}: the entrypoint and arrowctl read ARROW_HOME`);
    const mounts = (raw.volumes ?? []).map((v) => v.split(':'));
    const dataVolume = mounts.find(([, target]) => target === dataDir)?.[0];
    t.truthy(dataVolume, `${service.name}: a volume holds ${dataDir}`);
    t.truthy(document.volumes?.[dataVolume!] !== undefined, `${service.name}: ${dataVolume} is a named volume`);
    volumesUsed.set(dataVolume!, [...(volumesUsed.get(dataVolume!) ?? []), service.name]);
    const tokenFile = service.environment.ARROW_JOIN_TOKEN_FILE ?? service.environment.ARROW_JOIN_TOKEN_OUT;
    t.true(mounts.some(([source, target]) => source === 'join' && tokenFile!.startsWith(`${target}/`)), `${service.name}: the token file is on the shared join volume`);

    const address = Object.values(raw.networks ?? {})[0]?.ipv4_address;
    t.truthy(address, `${service.name}: a fixed address`);
    t.is(optionValue(service.command, '--listen'), `/ip4/${address}/tcp/7946`);
    t.is(optionValue(service.command, '--advertise'), address);

    const api = optionValue(service.command, '--api')!;
    const apiPort = api.slice(api.lastIndexOf(':') + 1);
    t.true((raw.ports ?? []).length > 0, `${service.name}: publishes its API`);
    for (const port of raw.ports ?? []) {
      t.regex(port, /^127\.0\.0\.1:\d+:\d+$/, `${service.name}: ${port} is published on loopback only`);
      t.is(port.split(':')[2], apiPort, `${service.name}: ${port} reaches the API`);
    }
  }
  for (const [volume, users] of volumesUsed) t.is(users.length, 1, `${volume} is one node's data dir only`);
});

test('the flag check and arrowd reject what arrowd does not take', async (t) => {
  const known = await options;
  t.true(known.has('--data-dir') && known.get('--api')?.takesValue === true && known.get('--server')?.takesValue === false);
  t.deepEqual(argvProblems(['--data-dir', '/d', '--bogus'], known), ['--bogus: not an option of arrowd']);
  t.deepEqual(argvProblems(['--api'], known), ['--api: needs a value']);
  t.deepEqual(argvProblems(['--api', '--server'], known), ['--api: needs a value', '--server: goes with --join']);
  t.deepEqual(argvProblems(['--name', 'n1', 'n2'], known), ['"n2": arrowd takes no operand here (an option value without its option?)']);
  t.deepEqual(argvProblems(['--server=yes', '--join', SOME_TOKEN], known), ['--server: takes no value']);
  t.deepEqual(argvProblems(['--api=0.0.0.0:7070', '--join', SOME_TOKEN, '--server'], known), []);
  // Values go through arrowd's own parsers.
  t.false((await arrowdParses(['--api', '0.0.0.0'])).ok, 'HOST:PORT needs a port');
  t.false((await arrowdParses(['--memory', 'lots'])).ok);
  t.true((await arrowdParses(['--api', '0.0.0.0:7070', '--memory', '2G'])).ok);
});

test('the Dockerfile names files the repository has, and its default command is one arrowd takes', async (t) => {
  const instructions = dockerfileInstructions(await readFile(join(root, 'Dockerfile'), 'utf8'));
  t.true(instructions.some((i) => i.keyword === 'WORKDIR' && i.text === APP_DIR));
  const paths = repositoryPaths(instructions, APP_DIR);
  // The entry point, the launchers and the kernel build's command at least.
  for (const expected of ['container/entrypoint.sh', 'bin/arrowctl', 'bin/arrowd', 'node/arrowctl/main.ts', 'package-lock.json']) {
    t.true(paths.some((p) => p.path === expected), `the Dockerfile names ${expected}`);
  }
  for (const { path, where, executable } of paths) {
    await t.notThrowsAsync(access(join(root, path), executable ? constants.X_OK : constants.R_OK), `${where} names ${path}`);
  }

  // The entrypoint runs what it names from its own checkout.
  const entrypoint = await readFile(join(root, 'container', 'entrypoint.sh'), 'utf8');
  const named = [...entrypoint.matchAll(/"\$root\/([A-Za-z0-9_./-]+)"/g)].map((m) => m[1]!);
  t.true(named.includes('node/arrowd/main.ts') && named.includes('node/arrowctl/main.ts'));
  for (const path of named.filter((p) => !p.startsWith('node_modules/'))) t.true((await stat(join(root, path))).isFile(), `entrypoint.sh names ${path}`);

  const cmd = instructions.find((i) => i.keyword === 'CMD');
  const argv = JSON.parse(cmd!.text) as string[];
  t.deepEqual(argvProblems(argv, await options), []);
  t.true((await arrowdParses(argv)).ok);
});

test('the image installs only Debian packages .ci/setup installs, besides the Node.js that runs npm ci', async (t) => {
  const instructions = dockerfileInstructions(await readFile(join(root, 'Dockerfile'), 'utf8'));
  const image = aptPackages(instructions);
  const setup = new Set(ciSetupPackages(await readFile(join(root, '.ci', 'setup'), 'utf8')));
  const imageOwn = new Set(['nodejs', 'npm', 'ca-certificates']);
  t.deepEqual(image.filter((p) => !setup.has(p) && !imageOwn.has(p)), []);
  // What arrowd needs at run time is there: QEMU, musl for ainit, the kernel source and tools.
  for (const needed of ['qemu-system-x86', 'musl-tools', 'linux-source-6.1', 'build-essential', 'lz4']) t.true(image.includes(needed), needed);
  t.deepEqual(aptPackages(dockerfileInstructions('RUN apt-get update && apt-get install -y --no-install-recommends a b\n')), ['a', 'b']);
});

test('the Dockerfile parser joins continued lines and the path check sees a missing file', (t) => {
  const instructions = dockerfileInstructions([
    'FROM debian:12-slim',
    'WORKDIR /opt/arrow',
    '# a comment',
    'RUN node_modules/.bin/node node/arrowctl/main.ts kernel build \\',
    '  # inside',
    ' && ln -s /opt/arrow/bin/arrowctl /usr/local/bin/',
    'ENTRYPOINT ["/opt/arrow/container/missing.sh"]',
  ].join('\n'));
  t.deepEqual(instructions.map((i) => i.keyword), ['FROM', 'WORKDIR', 'RUN', 'ENTRYPOINT']);
  t.deepEqual(repositoryPaths(instructions, APP_DIR).map((p) => [p.path, p.executable]), [
    ['node/arrowctl/main.ts', false], ['bin/arrowctl', false], ['container/missing.sh', true],
  ]);
  t.throws(() => dockerfileInstructions('RUN a \\\n'), { message: /never ends/ });
});

// The entrypoint's token hand-over, run for real on loopback (simulated runner, ports 0): what
// the compose file relies on for n2 and n3 to join n1 with no hand steps.
test('the entrypoint hands the founder\'s token to a joiner, which joins as a voter and restarts without it', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-entrypoint-'));
  const entrypoint = join(root, 'container', 'entrypoint.sh');
  const tokenFile = join(dir, 'join', 'token');
  await mkdir(join(dir, 'join'));
  const started: ResultPromise[] = [];
  const start = (name: string, env: Record<string, string>) => {
    const child = execa(entrypoint, ['--data-dir', join(dir, name), '--name', name, '--listen', '/ip4/127.0.0.1/tcp/0', '--api', '127.0.0.1:0', '--runner', 'simulated'], {
      env: { ARROW_HOME: join(dir, name), ARROW_LOG_LEVEL: 'warn', ARROW_JOIN_WAIT_SECONDS: '60', ...env },
      // Its own process group: the founder's entrypoint keeps arrowd as a child, and the
      // clean-up below kills the group, so no arrowd outlives a failed test.
      reject: false, timeout: 120_000, forceKillAfterDelay: 5_000, detached: true,
    });
    started.push(child);
    return child;
  };
  const voters = async (): Promise<string[]> => {
    const result = await execa(node, [join(root, 'node', 'arrowctl', 'main.ts'), 'cluster', 'status', '--json'], { env: { ARROW_HOME: join(dir, 'n1') }, reject: false, timeout: 20_000 });
    if (result.exitCode !== 0) return [];
    const status = JSON.parse(result.stdout) as { members: { name: string; role: string }[] };
    return status.members.filter((m) => m.role === 'voter').map((m) => m.name).sort();
  };
  try {
    // The joiner first: it must wait for a token that does not exist yet.
    const joiner = start('n2', { ARROW_JOIN_TOKEN_FILE: tokenFile, ARROW_JOIN_AS_SERVER: '1' });
    const founder = start('n1', { ARROW_JOIN_TOKEN_OUT: tokenFile });
    let members: string[] = [];
    for (let i = 0; i < 60 && members.length < 2; i++) {
      await setTimeout(1_000);
      members = await voters();
    }
    t.deepEqual(members, ['n1', 'n2']);
    t.regex(await readFile(tokenFile, 'utf8'), /^arrow1\./);
    t.is((await stat(tokenFile)).mode & 0o777, 0o600);

    // Restarted with its data dir, the joiner gets neither --join nor --server (arrowd would
    // refuse --server alone) and comes back as the server it was.
    joiner.kill('SIGTERM');
    t.is((await joiner).exitCode, 0);
    const again = start('n2', { ARROW_JOIN_TOKEN_FILE: tokenFile, ARROW_JOIN_AS_SERVER: '1' });
    const ready = await new Promise<string>((resolve) => {
      let seen = '';
      again.stdout!.on('data', (chunk: Buffer) => { seen += chunk.toString(); if (seen.includes('\n')) resolve(seen); });
      void again.then(() => resolve(seen));
    });
    t.like(JSON.parse(ready.split('\n')[0]!) as object, { event: 'ready', role: 'server' });

    // SIGTERM reaches arrowd through the founder's entrypoint, which waits for it to end.
    founder.kill('SIGTERM');
    t.is((await founder).exitCode, 0);
    again.kill('SIGTERM');
    t.is((await again).exitCode, 0);
  } finally {
    for (const child of started) {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch { /* the group has ended */ }
    }
    await Promise.allSettled(started);
    await rm(dir, { recursive: true, force: true });
  }
});
