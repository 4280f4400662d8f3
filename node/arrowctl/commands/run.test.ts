// `arrowctl run` end to end: real arrowctl processes booting real QEMU VMs (TCG on this class of
// host), each behaviour both as a clone of a template (the default; the sandbox's template cache
// starts empty, so the template is built on first use) and as a cold boot (--cold). The first
// test may build the default kernel template (minutes, once per machine).
import test from 'ava';
import { execa, type ResultPromise } from 'execa';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort, qemuProcessesMentioning } from '../../../kernel/testdata/helpers.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const TESTDATA = fileURLToPath(new URL('../../../kernel/testdata/', import.meta.url));
const node = process.execPath;

interface Sandbox {
  dir: string;
  home: string;
  env: NodeJS.ProcessEnv;
}

async function sandbox(): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-run-test-'));
  const home = join(dir, 'home');
  return { dir, home, env: { ...process.env, ARROW_HOME: home, ARROW_TEMPLATE_CACHE: join(dir, 'templates') } };
}

async function compile(box: Sandbox, name: string): Promise<string> {
  const output = join(box.dir, name);
  await execa('musl-gcc', ['-static', '-Os', '-o', output, join(TESTDATA, `${name}.c`)], { timeout: 60_000 });
  return output;
}

/** No QEMU process mentions this sandbox, and its run dir is empty. */
async function assertNothingLeft(t: { deepEqual: (a: unknown, b: unknown, m?: string) => void }, box: Sandbox): Promise<void> {
  t.deepEqual(await qemuProcessesMentioning(box.home), [], 'QEMU processes left behind');
  t.deepEqual(await readdir(join(box.home, 'run')).catch(() => []), [], 'run dirs left behind');
}

function arrowctl(box: Sandbox, args: string[], timeoutMs = 240_000): ResultPromise<{ reject: false; timeout: number; env: NodeJS.ProcessEnv; extendEnv: false }> {
  return execa(node, [MAIN, ...args], { reject: false, timeout: timeoutMs, env: box.env, extendEnv: false });
}

async function waitForOutput(stream: NodeJS.ReadableStream, text: string, timeoutMs: number): Promise<string> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stream.off('data', onData);
      reject(new Error(`no ${JSON.stringify(text)} within ${timeoutMs} ms; saw ${JSON.stringify(seen.slice(-500))}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        stream.off('data', onData);
        resolve(seen);
      }
    };
    stream.on('data', onData);
  });
}

for (const mode of ['clone', 'cold'] as const) {
  // -v says how the Arrow started, on stderr.
  const flags = mode === 'cold' ? ['--cold', '-v'] : ['-v'];
  const started = mode === 'cold' ? /cold boot, hello after/ : /clone, state loaded after/;

  test.serial(`${mode}: a static C app gets its args, env and config file; arrowctl exits with its code`, async (t) => {
    t.timeout(20 * 60_000); // may build the default kernel template on a fresh machine
    const box = await sandbox();
    try {
      const hello = await compile(box, 'hello');
      const config = join(box.dir, 'hello.conf');
      await writeFile(config, 'answer = 42\n');
      const result = await arrowctl(box, ['run', ...flags, '--memory', '64M', '-e', 'GREETING=bonjour', '--file', `/etc/hello.conf=${config}`, hello, '--', 'one', 'two words', '--flag'], 20 * 60_000);
      t.is(result.exitCode, 7, result.stderr);
      t.is(result.stdout, 'arg[1]=one\narg[2]=two words\narg[3]=--flag\nGREETING=bonjour\nconfig: answer = 42');
      t.regex(result.stderr, /hello to stderr/);
      t.regex(result.stderr, started);
      t.notRegex(result.stdout, /hello to stderr/);
      await assertNothingLeft(t, box);
    } finally {
      await rm(box.dir, { recursive: true, force: true });
    }
  });

  test.serial(`${mode}: busybox httpd serves a --file through a -p port forward`, async (t) => {
    t.timeout(5 * 60_000);
    const box = await sandbox();
    try {
      // A copy under its own name: busybox picks the applet from argv[0]'s file name.
      const busybox = join(box.dir, 'busybox');
      await copyFile('/bin/busybox', busybox);
      const page = join(box.dir, 'index.html');
      await writeFile(page, '<h1>served by an Arrow</h1>\n');
      const port = await freePort();
      const child = arrowctl(box, ['run', ...flags, '-p', `${port}:8080`, '--file', `/www/index.html=${page}`, busybox, '--', 'httpd', '-f', '-p', '8080', '-h', '/www']);
      let body = '';
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline && child.exitCode === null) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/index.html`, { signal: AbortSignal.timeout(3000) });
          body = await response.text();
          if (response.ok) break;
        } catch {
          /* the guest is still booting */
        }
        await sleep(250);
      }
      t.is(body, '<h1>served by an Arrow</h1>\n');
      child.kill('SIGINT');
      const result = await child;
      t.is(result.exitCode, 128 + 15, result.stderr); // httpd dies of the SIGTERM ainit sends
      t.regex(result.stderr, started);
      await assertNothingLeft(t, box);
    } finally {
      await rm(box.dir, { recursive: true, force: true });
    }
  });

  test.serial(`${mode}: SIGINT to arrowctl stops the app gracefully and leaves no QEMU behind`, async (t) => {
    t.timeout(5 * 60_000);
    const box = await sandbox();
    try {
      const sleeper = await compile(box, 'sleeper');
      const child = execa(node, [MAIN, 'run', ...flags, sleeper], { reject: false, timeout: 180_000, env: box.env, extendEnv: false, buffer: false });
      let stdout = await waitForOutput(child.stdout, 'ready\n', 120_000);
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.kill('SIGINT');
      const result = await child;
      t.is(result.exitCode, 0);
      t.is(stdout, 'ready\ngot SIGTERM, shutting down\n');
      await assertNothingLeft(t, box);
    } finally {
      await rm(box.dir, { recursive: true, force: true });
    }
  });
}

test('bad input: clear message and exit code 2, without booting anything', async (t) => {
  const box = await sandbox();
  try {
    const hello = await compile(box, 'hello');
    const script = join(box.dir, 'script.sh');
    await writeFile(script, '#!/bin/sh\necho hi\n');
    const arm = join(box.dir, 'arm-binary');
    const bytes = await readFile(hello);
    bytes.writeUInt16LE(0xb7, 18); // e_machine = AArch64
    await writeFile(arm, bytes, { mode: 0o755 });
    const cases: [string[], RegExp][] = [
      [['run', '/bin/ls'], /\/bin\/ls is dynamically linked \(interpreter \/lib64\/ld-linux-x86-64\.so\.2\): Arrows need static binaries/],
      [['run', script], /script\.sh is not an ELF executable/],
      [['run', arm], /arm-binary is an ELF for AArch64: Arrows need x86-64 binaries/],
      [['run', join(box.dir, 'missing')], /missing: no such file/],
      [['run', '--memory', '8M', hello], /memory 8M is too small to boot an Arrow: the minimum is 32M/],
      [['run', '--memory', '33M', '/bin/busybox'], /memory 33M is too small to boot an Arrow with this app: the minimum is \d+M/],
      [['run', '--memory', 'lots', hello], /memory "lots" is not a size like 64M or 1G/],
      [['run', '--kernel', 'nosuch', hello], /unknown kernel template "nosuch"; known templates: .*default/],
      [['run', '--cpus', '999', hello], /cpus 999 is more than this host has/],
      [['run', '-p', '80', hello], /port forward "80" is not HOST:GUEST/],
      [['run', '--file', `etc/x=${script}`, hello], /guest path "etc\/x" must be absolute/],
      [['run', '--file', `/etc/x=${join(box.dir, 'nope')}`, hello], /file .*nope does not exist/],
      [['run', '-e', 'NOEQUALS', hello], /environment entry "NOEQUALS" is not KEY=VALUE/],
      [['run'], /missing required argument 'binary'/],
    ];
    for (const [args, message] of cases) {
      const result = await arrowctl(box, args, 60_000);
      t.is(result.exitCode, 2, `${args.join(' ')}: ${result.stderr}`);
      t.regex(result.stderr, message, args.join(' '));
    }
    await assertNothingLeft(t, box);
  } finally {
    await rm(box.dir, { recursive: true, force: true });
  }
});
