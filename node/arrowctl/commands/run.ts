// `arrowctl run`: run one Arrow in the foreground, its output on our stdout/stderr, its exit code
// as ours. Ctrl-C (or SIGTERM) stops it gracefully; a second one kills the VM.
import { Command, Option } from 'commander';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  InputError,
  defaultArtifacts,
  parseCpus,
  parseEnv,
  parseFileMapping,
  parseMemoryMiB,
  parsePortForward,
  runArrow,
  MIN_MEMORY_MIB,
} from '../../../kernel/index.ts';
import { arrowHome } from '../../home/index.ts';
import { createBuildProgress } from './progress.ts';

/** Exit status for bad input, like a shell's usage error. */
export const USAGE_EXIT_CODE = 2;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('run a static binary as an Arrow in the foreground; exits with the app\'s exit code')
    .argument('<binary>', 'statically linked x86-64 executable')
    .argument('[args...]', 'arguments for the app (put them after --)')
    .option('--kernel <template>', 'kernel template', 'default')
    .option('--memory <size>', `guest memory, e.g. 64M or 1G (minimum ${MIN_MEMORY_MIB}M)`, '64M')
    .option('--cpus <n>', 'virtual CPUs', '1')
    .option('-p, --publish <host:guest>', 'forward a host TCP port (on 127.0.0.1) to a guest port; repeatable', collect, [])
    .option('-e, --env <key=value>', 'environment variable for the app; repeatable', collect, [])
    .option('--file <guest_path=host_path>', 'copy a host file into the guest before the app starts; repeatable', collect, [])
    .addOption(new Option('--grace <ms>', 'how long the app gets to exit after SIGTERM on Ctrl-C').default('5000'))
    .option('--cold', 'boot the kernel instead of starting from a template (a template is built on first use otherwise)')
    .option('-v, --verbose', 'show ainit\'s diagnostics and boot timing on stderr')
    .passThroughOptions()
    .action(async (binary: string, args: string[], opts: RunCommandOptions) => {
      // With pass-through options commander keeps the `--` that separates the app's arguments.
      const appArgs = args[0] === '--' ? args.slice(1) : args;
      process.exitCode = await runCommand(binary, appArgs, opts);
    });
}

interface RunCommandOptions {
  kernel: string;
  memory: string;
  cpus: string;
  publish: string[];
  env: string[];
  file: string[];
  grace: string;
  cold?: boolean;
  verbose?: boolean;
}

async function runCommand(binary: string, args: string[], opts: RunCommandOptions): Promise<number> {
  const stop = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals === 1) {
      if (opts.verbose) process.stderr.write(`arrowctl: ${signal}: stopping the Arrow gracefully (again to kill)\n`);
      stop.abort();
    } else {
      // The VM's watchdog and exit handlers remove QEMU and the run dir when we go.
      process.stderr.write('arrowctl: killed\n');
      process.exit(128 + 9);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = createBuildProgress(process.stderr);
  try {
    const memoryMiB = parseMemoryMiB(opts.memory, MIN_MEMORY_MIB, Math.floor(totalmem() / 1024 / 1024));
    const cpus = parseCpus(opts.cpus, availableParallelism());
    const ports = opts.publish.map(parsePortForward);
    const env = opts.env.map(parseEnv);
    const files = opts.file.map(parseFileMapping);
    const graceMs = Number(opts.grace);
    if (!Number.isInteger(graceMs) || graceMs < 0 || graceMs > 600_000) throw new InputError(`--grace ${opts.grace} must be 0-600000 ms`);
    const result = await runArrow({
      binaryPath: binary,
      args,
      env,
      files,
      template: opts.kernel,
      memoryMiB,
      cpus,
      ports,
      runRoot: join(arrowHome(), 'run'),
      artifacts: defaultArtifacts({ onBuildProgress: progress.update }),
      stdout: process.stdout,
      stderr: process.stderr,
      stopSignal: stop.signal,
      graceMs,
      boot: opts.cold ? 'cold' : 'auto',
      ...(opts.verbose ? { onLog: (message: string) => process.stderr.write(`arrowctl: ${message}\n`), onProgress: (message: string) => process.stderr.write(`arrowctl: ${message}\n`) } : {}),
    });
    if (opts.verbose) {
      const t = result.timings;
      const start = result.startedFrom === 'cold' ? `cold boot, hello after ${t.helloMs?.toFixed(0)} ms` : `clone, state loaded after ${t.restoredMs?.toFixed(0)} ms`;
      process.stderr.write(`arrowctl: exit ${result.status} (accel ${result.accelerator}, ${start}, first output after ${t.firstOutputMs?.toFixed(0) ?? '-'} ms)\n`);
    }
    return result.status;
  } catch (error) {
    if (error instanceof InputError || isUnknownTemplate(error)) {
      process.stderr.write(`arrowctl: ${(error as Error).message}\n`);
      return USAGE_EXIT_CODE;
    }
    // Anything else (a failed kernel build, QEMU refusing to start) is not the user's input:
    // say what went wrong without a stack trace, exit 1.
    process.stderr.write(`arrowctl: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function isUnknownTemplate(error: unknown): boolean {
  return error instanceof Error && error.name === 'UnknownTemplateError';
}
