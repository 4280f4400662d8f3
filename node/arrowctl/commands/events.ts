// arrowctl events: follows the cluster's committed changes as they happen.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { EventData } from '../../api/client/index.ts';
import { action, processIo, withConnection } from './connection.ts';
import type { CommandIo, ConnectionFlags } from './connection.ts';

/** The record's key, for people: a node's name, an Arrow's name, an allocation's id, a digest. */
function keyOf(event: EventData): string {
  switch (event.kind) {
    case 'node': return event.record.name;
    case 'arrow': return `${event.record.name} v${event.record.version}${event.record.stopped ? ' stopped' : ''}`;
    case 'allocation': return `${event.record.id} on ${event.record.node}: ${event.record.desired}/${event.record.status}`;
    case 'evaluation': return `${event.record.arrow}: ${event.record.status}${event.record.message ? ` (${event.record.message})` : ''}`;
    case 'artifact': return `${event.record.digest} held by ${event.record.holders.length}`;
    case 'tag': return `${event.record.name} -> ${event.record.digest}`;
    case 'volume': return `${event.record.name}: ${event.record.holders.length}/${event.record.replicas} held`;
  }
}

export async function eventsCommand(io: CommandIo, flags: ConnectionFlags & { after?: number }): Promise<number> {
  const client = io.client(flags);
  await client.events(flags.after, {
    onEvent: (event) => io.out(flags.json ? `${JSON.stringify(event)}\n` : `${event.index}  ${event.kind}${event.removed ? ' removed' : ''}  ${keyOf(event)}\n`),
    onReset: (index) => {
      if (flags.json) io.out(`${JSON.stringify({ reset: index })}\n`);
      io.err(`arrowctl: events up to ${index} are no longer kept; the state may have changed meanwhile (arrowctl ps shows it)\n`);
    },
    ...(io.signal ? { signal: io.signal } : {}),
  });
  return 0;
}

function indexOption(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a log index (a whole number), got ${JSON.stringify(value)}`);
  return n;
}

export function registerEventsCommand(program: Command): void {
  withConnection(program.command('events')
    .description('follow the cluster\'s committed changes (Ctrl-C to stop)')
    .option('--after <index>', 'start after this log index (default: from now on)', indexOption))
    .action(async (...args: unknown[]) => {
      // Ctrl-C ends the stream and the command (exit 0).
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      await action(eventsCommand, { ...processIo, signal: stop.signal })(...args);
    });
}
