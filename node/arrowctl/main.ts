#!/usr/bin/env node
// arrowctl: the admin CLI. Each command group lives in commands/<name>.ts and registers itself
// on the program here.
import { Command } from 'commander';
import { registerRunCommand, USAGE_EXIT_CODE } from './commands/run.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerArtifactCommand } from './commands/artifact.ts';
import { registerKernelCommand } from './commands/kernel.ts';
import { registerTemplateCommand } from './commands/template.ts';

const program = new Command('arrowctl')
  .description('Run and manage Arrows: static binaries booted as PID 1 of tailored kernels in lightweight VMs')
  .showHelpAfterError()
  // `run BINARY -- ARGS` must hand options after the binary to the app, not to arrowctl.
  .enablePositionalOptions()
  // Usage errors (unknown option, missing argument) exit 2 like other bad input; help exits 0.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : USAGE_EXIT_CODE);
  });

// Command registrations (one line per command group):
registerRunCommand(program);
registerDemoCommand(program);
registerArtifactCommand(program);
registerKernelCommand(program);
registerTemplateCommand(program);

await program.parseAsync(process.argv);
