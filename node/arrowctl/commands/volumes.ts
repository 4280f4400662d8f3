// arrowctl volume ls|inspect: the cluster's ShadowFS volumes; volume snapshots|restore: the copies
// one node holds (the node --api names); arrowctl migrate: move a running allocation live to
// another node (a volume's Arrow, typically, before maintenance).
import type { Command } from 'commander';
import type { AllocationView, VolumeDetail, VolumeSummary } from '../../api/client/index.ts';
import { action, printJson, UsageError, withConnection } from './connection.ts';
import type { CommandIo, ConnectionFlags } from './connection.ts';
import { duration, humanBytes, table } from './output.ts';

/** The definition's size as written (a byte count shown in units), else what the newest snapshot holds. */
function sizeOf(v: VolumeSummary): string {
  if (typeof v.size === 'number') return humanBytes(v.size);
  if (typeof v.size === 'string') return v.size;
  return v.logicalBytes === null ? '-' : humanBytes(v.logicalBytes);
}

/** Ages are the server's: computed there from the snapshot's time, so this machine's clock does not matter. */
const newestReplicated = (v: VolumeSummary): string => (v.newestReplicatedAgeMs === null ? 'none' : `${duration(v.newestReplicatedAgeMs)} ago`);

export function volumeTable(volumes: readonly VolumeSummary[]): string {
  return table([
    ['NAME', 'SIZE', 'REPLICAS', 'PRIMARY', 'NEWEST REPLICATED'],
    ...volumes.map((v) => [v.name, sizeOf(v), `${v.replicas}/${v.holding}`, v.primary?.nodeName ?? '-', newestReplicated(v)]),
  ]);
}

export async function volumeListCommand(io: CommandIo, flags: ConnectionFlags): Promise<number> {
  const volumes = await io.client(flags).volumes();
  if (flags.json) { printJson(io, volumes); return 0; }
  if (volumes.length === 0) { io.out('no volumes (an Arrow whose spec has a volume gets one)\n'); return 0; }
  io.out(volumeTable(volumes));
  return 0;
}

export function formatVolume(v: VolumeDetail): string {
  const fields: [string, string][] = [
    ['Volume', v.name],
    ['Size', sizeOf(v)],
    ['Replicas', `${v.replicas} wanted (the running copy included), ${v.holding} ${v.holding === 1 ? 'node holds' : 'nodes hold'} a snapshot`],
    ['Primary', v.primary ? `${v.primary.nodeName}${v.allocation ? ` (allocation ${v.allocation})` : ''}` : v.stopped ? '- (the Arrow is stopped)' : '-'],
    ['Replica nodes', v.replicaNodes.length > 0 ? v.replicaNodes.map((r) => r.nodeName).join(', ') : '-'],
    ['Newest replicated', newestReplicated(v)],
  ];
  if (v.migratingFrom) fields.push(['Migrating from', v.migratingFrom]);
  const width = Math.max(...fields.map(([k]) => k.length));
  let text = fields.map(([k, val]) => `${k.padEnd(width)}  ${val}\n`).join('');
  if (v.holders.length === 0) return `${text}Holders\n  none yet\n`;
  const primary = v.primary?.node;
  text += `Holders\n${table([
    ['NODE', 'SEQ', 'SIZE', 'AGE', 'MANIFEST'],
    ...v.holders.map((h) => [`${h.nodeName}${h.node === primary ? ' (primary)' : ''}`, String(h.seq), humanBytes(h.logicalBytes), `${duration(h.ageMs)} ago`, `${h.manifest.slice(0, 19)}…`]),
  ]).replace(/^/gm, '  ')}`;
  return text;
}

export async function volumeInspectCommand(io: CommandIo, flags: ConnectionFlags, name: string): Promise<number> {
  const volume = await io.client(flags).volume(name);
  if (flags.json) printJson(io, volume);
  else io.out(formatVolume(volume));
  return 0;
}

export async function volumeSnapshotsCommand(io: CommandIo, flags: ConnectionFlags, name: string): Promise<number> {
  const { snapshots } = await io.client(flags).nodeVolumeSnapshots(name);
  if (flags.json) { printJson(io, snapshots); return 0; }
  if (snapshots.length === 0) { io.out(`this node holds no snapshot of ${name} (volume inspect ${name} lists the nodes that do)\n`); return 0; }
  const now = Date.now();
  io.out(table([
    ['SEQ', 'TAKEN', 'SIZE', 'NEW', 'ENTRIES', 'MANIFEST'],
    ...snapshots.map((s) => [String(s.seq), `${duration(Math.max(0, now - s.createdMs))} ago`, humanBytes(s.logicalBytes), humanBytes(s.newBytes), String(s.entries), `${s.manifest.slice(0, 19)}…`]),
  ]));
  return 0;
}

export async function volumeRestoreCommand(io: CommandIo, flags: ConnectionFlags, name: string, seqText: string): Promise<number> {
  const seq = Number(seqText);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new UsageError(`SEQ must be a snapshot's sequence number (volume snapshots ${name} lists them), got ${JSON.stringify(seqText.slice(0, 40))}`);
  const result = await io.client(flags).restoreNodeVolume(name, seq);
  if (flags.json) printJson(io, result);
  else io.out(`${name}: snapshot ${seq} is now this node's newest (seq ${result.snapshot.seq}); the Arrow's next start, on any node, begins from it\n`);
  return 0;
}

interface MigrateFlags extends ConnectionFlags { to?: string }

const terminal = new Set(['complete', 'failed', 'lost', 'stopped']);
const isLive = (a: AllocationView) => a.desired === 'run' && !terminal.has(a.status);

/** ARROW (its single live allocation) or ARROW/ALLOC (an allocation id or id prefix of that Arrow). */
export async function migrateCommand(io: CommandIo, flags: MigrateFlags, ref: string): Promise<number> {
  if (!flags.to) throw new UsageError('--to NODE is required: the node to move to (name, id or id prefix)');
  const slash = ref.indexOf('/');
  const arrow = slash < 0 ? ref : ref.slice(0, slash);
  const allocationRef = slash < 0 ? '' : ref.slice(slash + 1);
  if (arrow === '' || (slash >= 0 && allocationRef === '')) throw new UsageError(`expected ARROW or ARROW/ALLOCATION, got ${JSON.stringify(ref.slice(0, 80))}`);
  const client = io.client(flags);
  let allocation: AllocationView;
  if (allocationRef === '') {
    const live = (await client.allocations({ arrow })).filter(isLive);
    if (live.length === 0) throw new UsageError(`Arrow ${arrow} has no live allocation to migrate`);
    if (live.length > 1) {
      throw new UsageError(`Arrow ${arrow} has ${live.length} live allocations (${live.slice(0, 5).map((a) => `${a.id} on ${a.nodeName}`).join(', ')}): name one as ${arrow}/ALLOCATION`);
    }
    allocation = live[0]!;
  } else {
    allocation = await client.allocation(allocationRef);
    if (allocation.arrow !== arrow) throw new UsageError(`allocation ${allocation.id} belongs to Arrow ${allocation.arrow}, not ${arrow}`);
  }
  const moved = await client.migrateAllocation(allocation.id, flags.to);
  if (flags.json) printJson(io, moved);
  else io.out(`${moved.arrow}: allocation ${moved.id} migrating from ${allocation.nodeName} to ${moved.nodeName} (generation ${moved.generation})\n`);
  return 0;
}

export function registerVolumeCommands(program: Command): void {
  const volume = program.command('volume').description('the cluster\'s ShadowFS volumes (one per Arrow whose spec has a volume)');
  withConnection(volume.command('ls')
    .description('volumes: size, REPLICAS copies wanted/nodes holding a snapshot, primary node, age of the newest snapshot held elsewhere'))
    .action(action(volumeListCommand));
  withConnection(volume.command('inspect').argument('<name>', 'the volume (its Arrow\'s name)')
    .description('a volume in detail: primary, replica nodes, and each holder\'s snapshot (seq, size, age)'))
    .action(action(volumeInspectCommand));
  withConnection(volume.command('snapshots').argument('<name>', 'the volume (its Arrow\'s name)')
    .description('the snapshots of a volume that the node --api names holds: seq, when taken, size'))
    .action(action(volumeSnapshotsCommand));
  withConnection(volume.command('restore').argument('<name>', 'the volume (its Arrow\'s name)').argument('<seq>', 'a snapshot of it on this node (volume snapshots)')
    .description('make an older snapshot on the node --api names the volume\'s newest: the stopped Arrow\'s next start begins from it'))
    .action(action(volumeRestoreCommand));
  withConnection(program.command('migrate').argument('<arrow[/allocation]>', 'an Arrow with one live allocation, or ARROW/ALLOCATION (id or id prefix)')
    .description('move a running allocation live to another node (its memory and volume go with it)')
    .option('--to <node>', 'the node to move to: name, id or id prefix'))
    .action(action(migrateCommand));
}
