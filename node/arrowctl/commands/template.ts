// `arrowctl template build|ls|rm`: the host's templates, booted Arrows saved once so that later
// Arrows of the same binary start as clones (see kernel/template). `arrowctl run` builds one on
// first use; `template build` does it ahead of time.
import type { Command } from 'commander';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { InputError, MIN_MEMORY_MIB, TemplateCache, defaultArtifacts, ensureArrowTemplate, parseCpus, parseMemoryMiB, type TemplateListing } from '../../../kernel/index.ts';
import { DEFAULT_TEMPLATE, templateNames } from '../../../kernel/templates/index.ts';
import { arrowHome } from '../../home/index.ts';
import { createBuildProgress } from './progress.ts';
import { USAGE_EXIT_CODE } from './run.ts';
import { humanBytes, table } from './output.ts';

const FAILURE_EXIT = 1;

function fail(error: unknown): number {
  process.stderr.write(`arrowctl: ${error instanceof Error ? error.message : String(error)}\n`);
  return error instanceof InputError || (error instanceof Error && error.name === 'UnknownTemplateError') ? USAGE_EXIT_CODE : FAILURE_EXIT;
}

interface BuildCommandOptions {
  kernel: string;
  memory: string;
  cpus: string;
  network?: boolean;
  json?: boolean;
}

export function registerTemplateCommand(program: Command): void {
  const template = program.command('template').description('templates: Arrows booted once per host and saved, so that later ones start as clones');

  template
    .command('build')
    .description('build (or find) the template `arrowctl run` would clone for this binary and print its key')
    .argument('<binary>', 'statically linked x86-64 executable')
    .option('--kernel <template>', `kernel template (${templateNames().join(', ')})`, DEFAULT_TEMPLATE)
    .option('--memory <size>', `guest memory, e.g. 64M (minimum ${MIN_MEMORY_MIB}M)`, '64M')
    .option('--cpus <n>', 'virtual CPUs', '1')
    .option('--network', 'with a NIC: what `arrowctl run -p` clones')
    .option('--json', 'print the template record as JSON')
    .action(async (binary: string, opts: BuildCommandOptions) => {
      process.exitCode = await build(binary, opts);
    });

  template
    .command('ls')
    .description('list the templates of this host: key, binary, memory, kernel, disk use, and whether each is sound')
    .option('--json', 'print JSON')
    .option('--verify', 'also hash every RAM file (reads them all)')
    .action(async (opts: { json?: boolean; verify?: boolean }) => {
      try {
        const rows = await new TemplateCache().list({ verify: opts.verify ?? false });
        if (opts.json) process.stdout.write(JSON.stringify(rows.map(listingJson), null, 2) + '\n');
        else process.stdout.write(table([['KEY', 'BINARY', 'MEMORY', 'CPUS', 'NET', 'KERNEL', 'DISK', 'CREATED', 'STATUS'], ...rows.map(listingRow)]));
      } catch (error) {
        process.exitCode = fail(error);
      }
    });

  template
    .command('rm')
    .description('remove templates by key (a prefix of at least 4 hex digits), or all with --all')
    .argument('[keys...]', 'template keys or prefixes')
    .option('--all', 'remove every template of this host')
    .action(async (keys: string[], opts: { all?: boolean }) => {
      try {
        const cache = new TemplateCache();
        if ((opts.all ?? false) === keys.length > 0) throw new InputError('give template keys or --all (not both)');
        const prefixes = opts.all ? (await cache.list()).map((row) => row.key) : keys;
        let removed = 0;
        for (const prefix of prefixes) {
          const gone = await cache.remove(prefix);
          if (gone.length === 0) throw new InputError(`no template key starts with ${prefix}`);
          for (const key of gone) process.stdout.write(`${key}\n`);
          removed += gone.length;
        }
        process.stderr.write(`arrowctl: removed ${removed} template${removed === 1 ? '' : 's'}\n`);
      } catch (error) {
        process.exitCode = error instanceof Error && error.name === 'TemplateError' ? fail(new InputError(error.message)) : fail(error);
      }
    });
}

async function build(binary: string, opts: BuildCommandOptions): Promise<number> {
  const progress = createBuildProgress(process.stderr);
  const started = performance.now();
  try {
    const found = await ensureArrowTemplate({
      binaryPath: binary,
      template: opts.kernel,
      memoryMiB: parseMemoryMiB(opts.memory, MIN_MEMORY_MIB, Math.floor(totalmem() / 1024 / 1024)),
      cpus: parseCpus(opts.cpus, availableParallelism()),
      network: opts.network ?? false,
      artifacts: defaultArtifacts({ onBuildProgress: progress.update }),
      runRoot: join(arrowHome(), 'run'),
      onProgress: (message) => process.stderr.write(`arrowctl: ${message}\n`),
    });
    progress.stop();
    if (opts.json) {
      process.stdout.write(JSON.stringify({ dir: found.dir, ...found.meta }, null, 2) + '\n');
    } else {
      process.stdout.write(`${found.key}\n`);
      process.stderr.write(`arrowctl: template of ${found.meta.spec.binaryName} (${found.meta.spec.memoryMiB} MiB, kernel ${found.meta.spec.kernelTemplate}) ready in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
    return 0;
  } catch (error) {
    progress.stop();
    return fail(error);
  }
}

function listingRow(row: TemplateListing): string[] {
  const spec = row.meta?.spec;
  return [
    row.key.slice(0, 12),
    spec?.binaryName ?? '?',
    spec ? `${spec.memoryMiB}M` : '?',
    spec ? String(spec.cpus) : '?',
    spec ? (spec.network ? 'yes' : 'no') : '?',
    spec?.kernelTemplate ?? '?',
    humanBytes(row.diskBytes),
    row.meta?.createdAt.slice(0, 19).replace('T', ' ') ?? '?',
    row.problem ? `damaged: ${row.problem}` : 'ok',
  ];
}

function listingJson(row: TemplateListing): Record<string, unknown> {
  return { key: row.key, dir: row.dir, status: row.problem ? 'damaged' : 'ok', problem: row.problem ?? null, diskBytes: row.diskBytes, ...(row.meta ? { meta: row.meta } : {}) };
}
