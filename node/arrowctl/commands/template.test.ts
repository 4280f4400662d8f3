// `arrowctl template build|ls|rm` end to end: real arrowctl processes and real VMs, with the
// sandbox's own template cache (ARROW_TEMPLATE_CACHE).
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, open, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const TESTDATA = fileURLToPath(new URL('../../../kernel/testdata/', import.meta.url));

test('build, list, run as a clone, detect damage, rebuild on use, remove; bad input exits 2', async (t) => {
  t.timeout(45 * 60_000); // may wait for the default kernel template's first build
  const dir = await mkdtemp(join(tmpdir(), 'arrow-template-cli-'));
  const cache = join(dir, 'templates');
  const env = { ...process.env, ARROW_HOME: join(dir, 'home'), ARROW_TEMPLATE_CACHE: cache };
  const arrowctl = (args: string[]) => execa(process.execPath, [MAIN, ...args], { reject: false, timeout: 20 * 60_000, env, extendEnv: false });
  try {
    const hello = join(dir, 'hello');
    await execa('musl-gcc', ['-static', '-Os', '-o', hello, join(TESTDATA, 'hello.c')], { timeout: 60_000 });
    const built = await arrowctl(['template', 'build', '--memory', '48M', hello]);
    t.is(built.exitCode, 0, built.stderr);
    const key = built.stdout.trim();
    t.regex(key, /^[0-9a-f]{64}$/);
    t.is((await arrowctl(['template', 'build', '--memory', '48M', hello])).stdout.trim(), key, 'a second build finds the first');

    const listed = JSON.parse((await arrowctl(['template', 'ls', '--json', '--verify'])).stdout) as { key: string; status: string; meta: { spec: { memoryMiB: number; binaryName: string } } }[];
    t.deepEqual(listed.map((row) => [row.key, row.status, row.meta.spec.binaryName, row.meta.spec.memoryMiB]), [[key, 'ok', 'hello', 48]]);

    const run = await arrowctl(['run', '-v', '--memory', '48M', hello]);
    t.is(run.exitCode, 7, run.stderr);
    t.regex(run.stderr, new RegExp(`cloned template ${key.slice(0, 12)}`));

    // Damage the state file: ls says so, and the next run rebuilds instead of booting it.
    const state = await open(join(cache, key, 'state'), 'r+');
    await state.write(Buffer.from('not the state'), 0, 13, 100);
    await state.close();
    const table = (await arrowctl(['template', 'ls'])).stdout;
    t.regex(table, /damaged: state file does not match its digest/);
    const rerun = await arrowctl(['run', '-v', '--memory', '48M', hello]);
    t.is(rerun.exitCode, 7, rerun.stderr);
    t.regex(rerun.stderr, /is damaged \(state file does not match its digest\); building it again/);
    t.regex((await arrowctl(['template', 'ls'])).stdout, new RegExp(`${key.slice(0, 12)} .* ok`));

    const bad: [string[], RegExp][] = [
      [['template', 'build', '/bin/ls'], /dynamically linked/],
      [['template', 'build', '--memory', '8M', hello], /memory 8M is too small/],
      [['template', 'build', '--kernel', 'nosuch', hello], /unknown kernel template "nosuch"/],
      [['template', 'rm', 'xyz'], /not 4-64 hex digits/],
      [['template', 'rm', 'abcdef'], /no template key starts with abcdef/],
      [['template', 'rm'], /give template keys or --all/],
    ];
    for (const [args, message] of bad) {
      const result = await arrowctl(args);
      t.is(result.exitCode, 2, `${args.join(' ')}: ${result.stderr}`);
      t.regex(result.stderr, message, args.join(' '));
    }

    const removed = await arrowctl(['template', 'rm', key.slice(0, 8)]);
    t.is(removed.stdout.trim(), key);
    t.deepEqual(JSON.parse((await arrowctl(['template', 'ls', '--json'])).stdout), []);
    t.deepEqual((await readdir(cache)).filter((name) => !name.startsWith('.')), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
