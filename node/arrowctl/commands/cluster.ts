// arrowctl cluster status|token, arrowctl server remove: the Raft members.
import type { Command } from 'commander';
import { action, printJson, withConnection } from './connection.ts';
import type { CommandIo, ConnectionFlags } from './connection.ts';
import { duration, table } from './output.ts';

export async function clusterStatusCommand(io: CommandIo, flags: ConnectionFlags): Promise<number> {
  const status = await io.client(flags).clusterStatus();
  if (flags.json) { printJson(io, status); return 0; }
  const leader = status.members.find((m) => m.id === status.leader);
  io.out(`leader ${leader ? leader.name || leader.id : status.leader || '(none)'}, term ${status.term}, commit index ${status.commitIndex}, applied ${status.appliedIndex} (answered by ${status.self})\n`);
  io.out(table([
    ['NAME', 'ID', 'ROLE', 'LEADER', 'MATCH', 'LAST CONTACT'],
    ...status.members.map((m) => [
      m.name || '-', m.id, m.role, m.leader ? 'yes' : '', m.matchIndex === null ? '-' : String(m.matchIndex),
      m.id === status.self ? '(self)' : m.lastContactMs === null ? '-' : `${duration(m.lastContactMs)} ago`,
    ]),
  ]));
  return 0;
}

export async function clusterTokenCommand(io: CommandIo, flags: ConnectionFlags): Promise<number> {
  const token = await io.client(flags).joinToken();
  if (flags.json) printJson(io, { token });
  else io.out(`${token}\n`);
  return 0;
}

export async function serverRemoveCommand(io: CommandIo, flags: ConnectionFlags, ref: string): Promise<number> {
  const removed = await io.client(flags).removeServer(ref);
  if (flags.json) printJson(io, removed);
  else io.out(`removed server ${removed.name ? `${removed.name} (${removed.removed})` : removed.removed} from the Raft configuration\n`);
  return 0;
}

export function registerClusterCommands(program: Command): void {
  const cluster = program.command('cluster').description('the cluster as a whole');
  withConnection(cluster.command('status').description('leader, term, commit index, and each server\'s role, match index and last contact'))
    .action(action(clusterStatusCommand));
  withConnection(cluster.command('token').description('the token a new node joins with')).action(action(clusterTokenCommand));
  const server = program.command('server').description('the cluster\'s servers (Raft members)');
  withConnection(server.command('remove').argument('<node>', 'node name or peer id').description('remove a server from the Raft configuration'))
    .action(action(serverRemoveCommand));
}
