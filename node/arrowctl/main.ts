#!/usr/bin/env node
// arrowctl: the admin CLI. Each command group lives in commands/<name>.ts and registers itself
// on the program here. Only the group a command line names is loaded (all of them for help):
// the groups pull in large parts of the code base, and every arrowctl call would pay for all.
import { Command } from 'commander';
import { enableCompileCache } from 'node:module';

// Every arrowctl call loads a few hundred modules; V8's cache of their compiled code (kept in the
// OS temp dir, keyed by content) halves that on the calls after the first.
enableCompileCache();

type Register = (program: Command) => void;

/** Bad input (an unknown option, a missing argument) exits 2, like every other bad input. */
const USAGE_EXIT_CODE = 2;

const loaders: Record<string, () => Promise<Register>> = {
  run: async () => (await import('./commands/run.ts')).registerRunCommand,
  demo: async () => (await import('./commands/demo.ts')).registerDemoCommand,
  artifact: async () => (await import('./commands/artifact.ts')).registerArtifactCommand,
  kernel: async () => (await import('./commands/kernel.ts')).registerKernelCommand,
  template: async () => (await import('./commands/template.ts')).registerTemplateCommand,
  arrows: async () => (await import('./commands/arrows.ts')).registerArrowCommands,
  node: async () => (await import('./commands/nodes.ts')).registerNodeCommands,
  volume: async () => (await import('./commands/volumes.ts')).registerVolumeCommands,
  cluster: async () => (await import('./commands/cluster.ts')).registerClusterCommands,
  events: async () => (await import('./commands/events.ts')).registerEventsCommand,
  logs: async () => (await import('./commands/logs.ts')).registerLogsCommand,
  version: async () => (await import('./commands/version.ts')).registerVersionCommand,
};
/** Command names that live in a group of another name. */
const groupOf: Record<string, string> = { schedule: 'arrows', plan: 'arrows', ps: 'arrows', inspect: 'arrows', stop: 'arrows', server: 'cluster', migrate: 'volume' };

const program = new Command('arrowctl')
  .description('Run and manage Arrows: static binaries booted as PID 1 of tailored kernels in lightweight VMs')
  .showHelpAfterError()
  // `run BINARY -- ARGS` must hand options after the binary to the app, not to arrowctl.
  .enablePositionalOptions()
  // Usage errors (unknown option, missing argument) exit 2 like other bad input; help exits 0.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : USAGE_EXIT_CODE);
  });

const named = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const group = named === undefined ? undefined : loaders[groupOf[named] ?? named];
for (const load of group ? [group] : Object.values(loaders)) (await load())(program);

await program.parseAsync(process.argv);
