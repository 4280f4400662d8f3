// `arrowctl kernel build|ls`: build kernel templates into the node's store and list them.
import type { Command } from 'commander';
import { arrowHome } from '../../home/index.ts';
import { openStore } from '../../../p2p/index.ts';
import { buildTemplate, listTemplates } from '../../../kernel/build/index.ts';
import { DEFAULT_TEMPLATE, UnknownTemplateError, templateNames } from '../../../kernel/templates/index.ts';
import { createBuildProgress } from './progress.ts';
import { humanBytes, table } from './output.ts';

const USAGE_EXIT = 2;
const FAILURE_EXIT = 1;


function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`arrowctl: ${message}\n`);
  process.exit(error instanceof UnknownTemplateError ? USAGE_EXIT : FAILURE_EXIT);
}

export function registerKernelCommand(program: Command): void {
  const kernel = program.command('kernel').description('kernel templates: tailored kernels built once and kept in the node store');

  kernel
    .command('build')
    .description('build a kernel template (minutes the first time; a cache hit afterwards) and print its digest')
    .option('--template <name>', `template to build (${templateNames().join(', ')})`, DEFAULT_TEMPLATE)
    .option('--json', 'print the template record as JSON')
    .action(async (opts: { template: string; json?: boolean }) => {
      if (!templateNames().includes(opts.template)) fail(new UnknownTemplateError(opts.template));
      const started = Date.now();
      const store = await openStore(arrowHome());
      const view = createBuildProgress(process.stderr);
      try {
        const result = await buildTemplate({ template: opts.template, store, onProgress: (p) => view.update(p) });
        view.stop();
        if (opts.json) {
          const { imagePath, ...record } = result;
          process.stdout.write(JSON.stringify({ ...record, imagePath }, null, 2) + '\n');
        } else {
          process.stdout.write(`${result.digest}\n`);
          process.stderr.write(
            `arrowctl: template ${result.template}: ${humanBytes(result.size)}, linux ${result.sourceVersion}, ` +
              `${result.cached ? 'cached' : 'built'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
          );
        }
      } catch (error) {
        view.stop();
        fail(error);
      } finally {
        await store.close();
      }
    });

  kernel
    .command('ls')
    .description('list kernel templates with digest, size and source version')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      try {
        const rows = await listTemplates(arrowHome());
        if (opts.json) {
          process.stdout.write(JSON.stringify(rows.map(({ template, record }) => record ?? { template, digest: null }), null, 2) + '\n');
          return;
        }
        process.stdout.write(table([['TEMPLATE', 'DIGEST', 'SIZE', 'SOURCE'], ...rows.map(({ template, record }) =>
          record ? [template, record.digest, humanBytes(record.size), `linux ${record.sourceVersion}`] : [template, '(not built)', '-', '-'])]));
      } catch (error) {
        fail(error);
      }
    });
}
