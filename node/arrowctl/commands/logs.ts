// arrowctl logs: an Arrow's (or one allocation's) stdout or stderr, from whichever node runs it.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { ApiError } from '../../api/client/index.ts';
import type { AllocationView } from '../../api/client/index.ts';
import { action, processIo, UsageError, withConnection } from './connection.ts';
import type { CommandIo, ConnectionFlags } from './connection.ts';

const live = (a: AllocationView) => a.desired === 'run' && !['complete', 'failed', 'lost', 'stopped'].includes(a.status);

/** An allocation id (or unique prefix) as given, else the Arrow's newest live allocation (else its newest). */
async function allocationOf(io: CommandIo, flags: ConnectionFlags, ref: string): Promise<string> {
  const client = io.client(flags);
  try {
    return (await client.allocation(ref)).id;
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) throw error;
  }
  let allocations: AllocationView[];
  try {
    allocations = await client.allocations({ arrow: ref });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) throw new UsageError(`${ref} is neither an allocation nor an Arrow`);
    throw error;
  }
  const newest = [...allocations].sort((a, b) => b.createIndex - a.createIndex);
  const chosen = newest.find(live) ?? newest[0];
  if (!chosen) throw new UsageError(`Arrow ${ref} has no allocations yet`);
  return chosen.id;
}

export async function logsCommand(io: CommandIo, flags: ConnectionFlags & { follow?: boolean; stderr?: boolean; tail?: number }, ref: string): Promise<number> {
  const allocation = await allocationOf(io, flags, ref);
  const client = io.client(flags);
  const decoder = new TextDecoder();
  try {
    for await (const chunk of client.logs(allocation, {
      stream: flags.stderr ? 'stderr' : 'stdout', follow: flags.follow === true,
      ...(flags.tail === undefined ? {} : { tail: flags.tail }), ...(io.signal ? { signal: io.signal } : {}),
    })) io.out(decoder.decode(chunk, { stream: true }));
  } catch (error) {
    if (io.signal?.aborted) return 0; // Ctrl-C ends a follow
    throw error;
  }
  return 0;
}

function lines(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a number of lines, got ${JSON.stringify(value)}`);
  return n;
}

export function registerLogsCommand(program: Command): void {
  withConnection(program.command('logs')
    .description('an Arrow\'s output (its newest running allocation) or one allocation\'s, from the node that runs it')
    .argument('<arrow-or-allocation>')
    .option('-f, --follow', 'keep following, across restarts of the Arrow (Ctrl-C to stop)')
    .option('--stderr', 'stderr instead of stdout')
    .option('--tail <lines>', 'only the last N lines, then (with -f) what comes', lines))
    .action(async (...args: unknown[]) => {
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      await action(logsCommand, { ...processIo, signal: stop.signal })(...args);
    });
}
