// `arrowctl demo`: the first thing to try after setup. Builds the default kernel template (once
// per machine, with a progress bar), compiles a tiny static C program with musl-gcc, runs it as an
// Arrow with arguments, an environment variable and a config file, and says what happened.
import { Command } from 'commander';
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultArtifacts, runArrow } from '../../../kernel/index.ts';
import { arrowHome, machineCacheDir } from '../../home/index.ts';
import { createBuildProgress } from './progress.ts';

const HELLO_SOURCE = fileURLToPath(new URL('../../../kernel/testdata/hello.c', import.meta.url));

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('build the default kernel template and run an example Arrow')
    .action(async () => {
      process.exitCode = await demo();
    });
}

/** Compiles hello.c once per source version into the machine cache. */
async function compileHello(cacheDir: string): Promise<string> {
  const source = await readFile(HELLO_SOURCE);
  const digest = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const dir = join(cacheDir, 'examples');
  const binary = join(dir, `hello-${digest}`);
  try {
    await stat(binary);
    return binary;
  } catch {
    /* not built yet */
  }
  await mkdir(dir, { recursive: true });
  const temporary = `${binary}.${process.pid}.tmp`;
  await execa('musl-gcc', ['-static', '-Os', '-o', temporary, HELLO_SOURCE], { timeout: 60_000 });
  await rename(temporary, binary);
  return binary;
}

async function demo(): Promise<number> {
  const out = process.stderr;
  const cacheDir = machineCacheDir();
  out.write('arrowctl demo: 1/3 kernel template "default" (built once per machine, then cached)\n');
  const progress = createBuildProgress(process.stderr);
  const artifacts = defaultArtifacts({ cacheDir, onBuildProgress: progress.update });
  const started = performance.now();
  const kernel = await artifacts.kernelImage('default');
  progress.stop();
  out.write(`arrowctl demo:     ${kernel} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  out.write('arrowctl demo: 2/3 compiling kernel/testdata/hello.c with musl-gcc -static\n');
  const hello = await compileHello(cacheDir);
  const configDir = await mkdtemp(join(tmpdir(), 'arrow-demo-'));
  try {
    const config = join(configDir, 'hello.conf');
    await writeFile(config, 'colour = green\n');
    out.write(`arrowctl demo: 3/3 arrowctl run -e GREETING=hello --file /etc/hello.conf=${config} ${hello} -- first "second arg"\n`);
    out.write('---- app output ----\n');
    const result = await runArrow({
      binaryPath: hello,
      args: ['first', 'second arg'],
      env: ['GREETING=hello'],
      files: [{ guestPath: '/etc/hello.conf', hostPath: config }],
      template: 'default',
      memoryMiB: 64,
      cpus: 1,
      ports: [],
      runRoot: join(arrowHome(), 'run'),
      artifacts,
      stdout: process.stdout,
      stderr: process.stderr,
    });
    out.write('--------------------\n');
    const t = result.timings;
    const how =
      result.startedFrom === 'cold'
        ? `booted with ${result.accelerator}: ainit said hello after ${t.helloMs?.toFixed(0)} ms`
        : `cloned from this binary's template (${result.accelerator}): state loaded after ${t.restoredMs?.toFixed(0)} ms`;
    out.write(
      `arrowctl demo: the app exited with code ${result.code} (it always exits 7), ${how}, first output after ${t.firstOutputMs?.toFixed(0)} ms; ` +
        'QEMU is gone and its run dir removed.\n',
    );
    return result.code === 7 ? 0 : 1;
  } finally {
    await rm(configDir, { recursive: true, force: true });
  }
}
