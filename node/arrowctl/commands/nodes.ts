// arrowctl node ls|drain|eligibility: the cluster's nodes.
import type { Command } from 'commander';
import type { NodeView } from '../../api/client/index.ts';
import { parseDuration } from '../../api/client/index.ts';
import { action, printJson, UsageError, withConnection } from './connection.ts';
import type { CommandIo, ConnectionFlags } from './connection.ts';
import { age, duration, table } from './output.ts';

const cores = (millicores: number) => (millicores % 1000 === 0 ? `${millicores / 1000}` : (millicores / 1000).toFixed(2));

function statusOf(node: NodeView): string {
  if (node.status === 'draining' && node.drain) {
    return `draining (${node.drain.maxParallel} at a time${node.drain.deadlineMs > 0 ? `, deadline in ${duration(Math.max(0, node.drain.deadlineMs - Date.now()))}` : ''})`;
  }
  return node.status;
}

/** How the node's overlay runs: "wireguard-go 192.0.2.7:51820", or "-" without one (--network user). */
function overlayOf(node: NodeView): string {
  return node.overlay ? `${node.overlay.mode} ${node.overlay.endpoint}` : '-';
}

export async function nodeListCommand(io: CommandIo, flags: ConnectionFlags): Promise<number> {
  const list = await io.client(flags).nodes();
  if (flags.json) { printJson(io, list); return 0; }
  if (list.nodes.length === 0) { io.out('no nodes have joined\n'); return 0; }
  io.out(table([
    ['NAME', 'ID', 'ROLE', 'STATUS', 'ELIGIBLE', 'CPU', 'MEMORY', 'ALLOCS', 'SUBNET', 'OVERLAY', 'SINCE'],
    ...list.nodes.map((n) => [
      n.name, n.id.length > 16 ? `${n.id.slice(0, 16)}…` : n.id, n.role, statusOf(n), n.eligible ? 'yes' : 'no',
      `${cores(n.used.cpu)}/${cores(n.capacity.cpu)}`, `${n.used.memory}/${n.capacity.memory} MiB`, String(n.allocations),
      n.subnet || '-', overlayOf(n), age(n.statusTimeMs),
    ]),
  ]));
  return 0;
}

interface DrainFlags extends ConnectionFlags { deadline?: string; maxParallel?: string; cancel?: boolean }

export async function drainCommand(io: CommandIo, flags: DrainFlags, ref: string): Promise<number> {
  if (flags.cancel && (flags.deadline !== undefined || flags.maxParallel !== undefined)) throw new UsageError('--cancel takes no --deadline or --max-parallel');
  if (flags.deadline !== undefined && !parseDuration(flags.deadline)) throw new UsageError(`--deadline ${JSON.stringify(flags.deadline)}: expected a duration such as 10m or 1h30m`);
  const maxParallel = flags.maxParallel === undefined ? undefined : Number(flags.maxParallel);
  if (maxParallel !== undefined && (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 10_000)) {
    throw new UsageError(`--max-parallel ${JSON.stringify(flags.maxParallel)}: expected a whole number from 1 to 10000`);
  }
  const node = await io.client(flags).drain(ref, flags.cancel ? { cancel: true } : {
    ...(flags.deadline === undefined ? {} : { deadline: flags.deadline }), ...(maxParallel === undefined ? {} : { maxParallel }),
  });
  if (flags.json) { printJson(io, node); return 0; }
  if (flags.cancel) io.out(`node ${node.name}: drain cancelled; it takes no new allocations until: arrowctl node eligibility ${node.name} on\n`);
  else if (node.status === 'draining') io.out(`node ${node.name}: ${statusOf(node)}, ${node.allocations} allocations to move\n`);
  else io.out(`node ${node.name}: drained (nothing runs there; it takes no new allocations)\n`);
  return 0;
}

export async function eligibilityCommand(io: CommandIo, flags: ConnectionFlags, ref: string, onOff: string): Promise<number> {
  if (onOff !== 'on' && onOff !== 'off') throw new UsageError(`eligibility is on or off, not ${JSON.stringify(onOff.slice(0, 40))}`);
  const node = await io.client(flags).setEligibility(ref, onOff === 'on');
  if (flags.json) printJson(io, node);
  else io.out(`node ${node.name}: ${node.eligible ? 'eligible for new allocations' : 'takes no new allocations (what runs there stays)'}\n`);
  return 0;
}

export function registerNodeCommands(program: Command): void {
  const node = program.command('node').description('the cluster\'s nodes');
  withConnection(node.command('ls').description('nodes: status, eligibility, resources used, allocations')).action(action(nodeListCommand));
  withConnection(node.command('drain').argument('<node>', 'name, id or id prefix')
    .description('move a node\'s allocations elsewhere, a few at a time, then leave it ineligible')
    .option('--deadline <duration>', 'stop whatever is left after this long, e.g. 10m')
    .option('--max-parallel <n>', 'allocations moved at a time (default 1)')
    .option('--cancel', 'stop draining (the node stays ineligible)'))
    .action(action(drainCommand));
  withConnection(node.command('eligibility').argument('<node>', 'name, id or id prefix').argument('<on|off>')
    .description('whether new allocations may be placed on a node (what runs there stays)'))
    .action(action(eligibilityCommand));
}
