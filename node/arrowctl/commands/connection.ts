// What the commands that talk to a node share: the connection flags, the client, the exit codes,
// and where their output goes (so tests can run a command's action in-process).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { ApiError, ArrowdClient, resolveApiTarget } from '../../api/client/index.ts';
import { arrowHome } from '../../home/index.ts';
import { SpecFileError } from '../../spec/index.ts';

export const EXIT_OK = 0;
/** The command failed: the node is unreachable, the cluster refused, something broke. */
export const EXIT_FAILED = 1;
/** Bad input: usage, a spec with mistakes, a bad digest or tag. */
export const EXIT_BAD_INPUT = 2;

/** The user's own mistake on the command line: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ConnectionFlags { api?: string; token?: string; json?: boolean }

/** Where a command writes, and how it reaches a node. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars). */
  readonly interactive: boolean;
  client(flags: ConnectionFlags): ArrowdClient;
  /** Ends commands that follow something (events, --wait). */
  readonly signal?: AbortSignal;
}

export const processIo: CommandIo = {
  out: (text) => { process.stdout.write(text); },
  err: (text) => { process.stderr.write(text); },
  interactive: process.stderr.isTTY === true,
  client: (flags) => new ArrowdClient(resolveApiTarget(flags, arrowHome())),
};

/** --api, --token and --json on a command that talks to a node. */
export function withConnection(command: Command): Command {
  return command
    .option('--api <host:port>', 'arrowd API address (default: $ARROW_ADDR, else the local node in $ARROW_HOME)')
    .option('--token <token>', 'API token (default: $ARROW_TOKEN, else $ARROW_HOME/api.token)')
    .option('--json', 'machine-readable output');
}

/** The exit code an error means. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof SpecFileError || error instanceof InvalidArgumentError) return EXIT_BAD_INPUT;
  // The node says the input is wrong (a definition, a field, too large): the user's to fix.
  if (error instanceof ApiError && (error.status === 400 || error.status === 413)) return EXIT_BAD_INPUT;
  return EXIT_FAILED;
}

/** Reports an error the way people read it; a spec's problems as its `file:line: path: message` lines. */
export function reportError(io: CommandIo, error: unknown): number {
  if (error instanceof SpecFileError) io.err(`${error.message}\n`);
  else io.err(`arrowctl: ${error instanceof Error ? error.message : String(error)}\n`);
  return exitCodeOf(error);
}

/**
 * Commander's action for a command body `(io, flags, ...args) => exit code`: the flags merged
 * with the parent commands' (so `artifact --json tag` and `artifact tag --json` both work).
 */
export function action<A extends unknown[], F extends ConnectionFlags>(body: (io: CommandIo, flags: F, ...args: A) => Promise<number>, io: CommandIo = processIo) {
  return async (...received: unknown[]): Promise<void> => {
    const command = received[received.length - 1] as Command;
    const args = received.slice(0, command.registeredArguments.length) as A;
    try {
      process.exitCode = await body(io, command.optsWithGlobals<F>(), ...args);
    } catch (error) {
      process.exitCode = reportError(io, error);
    }
  };
}

/** JSON for scripts: one document, one line. */
export function printJson(io: CommandIo, value: unknown): void {
  io.out(`${JSON.stringify(value)}\n`);
}
