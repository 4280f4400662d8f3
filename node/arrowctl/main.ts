#!/usr/bin/env node
// arrowctl: the admin CLI. Each command group lives in commands/<name>.ts and registers itself
// on the program here.
import { Command } from 'commander';

const program = new Command('arrowctl')
  .description('Run and manage Arrows: static binaries booted as PID 1 of tailored kernels in lightweight VMs')
  .showHelpAfterError();

// Command registrations (one line per command group):

await program.parseAsync(process.argv);
