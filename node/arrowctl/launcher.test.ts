// bin/arrowctl and bin/arrowd on PATH: reached through a symlink, with another Node.js first on
// PATH (the system's, v20 on Debian 12, which cannot run the TypeScript), they run on the
// repository's pinned Node.
import test from 'ava';
import { execa } from 'execa';
import { access, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const PINNED = (await execa(join(ROOT, 'node_modules/.bin/node'), ['--version'])).stdout.trim();

/** The first `node` on PATH that is not the repository's (the system's), if there is one. */
async function systemNode(): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch { /* not here */ }
  }
  return undefined;
}

test('a symlinked arrowctl and arrowd run on the pinned Node whatever node PATH finds first', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-launcher-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  await symlink(join(ROOT, 'bin/arrowctl'), join(dir, 'arrowctl'));
  // A symlink to a symlink, as package managers make them.
  await symlink(join(ROOT, 'bin/arrowd'), join(dir, 'arrowd-real'));
  await symlink(join(dir, 'arrowd-real'), join(dir, 'arrowd'));
  const system = await systemNode();
  if (system) await symlink(system, join(dir, 'node'));
  // Without a system Node, a `node` that fails if anyone runs it stands in for it.
  else await writeFile(join(dir, 'node'), '#!/bin/sh\necho "the PATH node was used" >&2\nexit 99\n', { mode: 0o755 });
  const env = { PATH: `${dir}${delimiter}/usr/bin${delimiter}/bin`, HOME: dir };
  const pathNode = await execa('node', ['--version'], { env, extendEnv: false, reject: false });
  t.not(pathNode.stdout.trim(), PINNED, 'PATH\'s node is not the pinned one');

  const version = await execa('arrowctl', ['version'], { env, extendEnv: false, reject: false, cwd: dir });
  t.is(version.exitCode, 0, version.stderr);
  t.is(version.stdout, `arrow 0.1.0, node ${PINNED}`);
  t.regex(PINNED, /^v24\./);
  const help = await execa('arrowctl', ['--help'], { env, extendEnv: false, reject: false, cwd: dir });
  t.is(help.exitCode, 0, help.stderr);
  t.regex(help.stdout, /^Usage: arrowctl \[options\] \[command\]/);
  t.regex(help.stdout, /schedule \[options\] <file>/);
  const daemon = await execa('arrowd', ['--help'], { env, extendEnv: false, reject: false, cwd: dir });
  t.is(daemon.exitCode, 0, daemon.stderr);
  t.regex(daemon.stdout, /^Usage: arrowd \[options\] \[command\]/);
  // Bad usage still exits 2 through the launcher.
  t.is((await execa('arrowctl', ['node', 'eligibility'], { env, extendEnv: false, reject: false, cwd: dir })).exitCode, 2);
});
