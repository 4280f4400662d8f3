// arrowctl version (not listed in --help): this build's version and the Node.js it runs on, to
// check that a launcher on PATH picked the pinned Node.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';

export function registerVersionCommand(program: Command): void {
  program.command('version', { hidden: true }).description('print the version and the Node.js version').action(() => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`arrow ${pkg.version}, node ${process.version}\n`);
  });
}
