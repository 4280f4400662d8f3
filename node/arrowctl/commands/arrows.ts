// arrowctl schedule|plan|ps|inspect|stop: Arrows in the cluster. `schedule` reads and validates
// the spec file (node/spec), pushes the local files it names to the local node, looks up tags
// and digests in the cluster, and stores the definition; `plan` shows what that would change.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { stat } from 'node:fs/promises';
import type { ArrowdClient, ArrowView, AllocationView, PlanPreview } from '../../api/client/index.ts';
import { parseDuration } from '../../api/client/index.ts';
import { ArtifactLookupError, DEFAULT_NETWORK, readSpecFile, resolveDraft } from '../../spec/index.ts';
import type { ArrowDefinition, ArtifactResolver } from '../../spec/index.ts';
import { pushWithProgress } from './artifact.ts';
import { action, EXIT_FAILED, printJson, withConnection } from './connection.ts';
import type { CommandIo, ConnectionFlags } from './connection.ts';
import { age, humanBytes, table } from './output.ts';

/**
 * How a spec's references become artifacts, through the local node's API: local files are
 * pushed to it (held by `arrow:<name>`), NAME:TAG is looked up in the cluster's tags, a bare
 * digest in the cluster's tracker and then in the local store.
 */
export function apiResolver(io: CommandIo, flags: ConnectionFlags, client: ArrowdClient, arrowName: string): ArtifactResolver {
  return {
    stat: async (path) => {
      try {
        const info = await stat(path);
        return { size: info.size, isFile: info.isFile() };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw error;
      }
    },
    pushFile: async (path) => {
      const result = await pushWithProgress(io, flags, path, `arrow:${arrowName}`, `push ${path.slice(-30)}`);
      return { digest: result.digest, size: result.size };
    },
    lookupTag: async (ref) => {
      const tag = await client.tag(ref);
      if (!tag) throw new ArtifactLookupError(`unknown tag ${ref} (arrowctl artifact tag ${ref} DIGEST names one)`);
      const artifact = await client.clusterArtifact(tag.digest as `sha256:${string}`);
      if (!artifact) throw new ArtifactLookupError(`${ref} names ${tag.digest}, which no node holds any more`);
      return { digest: artifact.digest, size: artifact.size };
    },
    lookupDigest: async (digest) => {
      const held = await client.clusterArtifact(digest as `sha256:${string}`);
      if (held) return { digest, size: held.size };
      const local = await client.stat(digest as `sha256:${string}`);
      if (local) return { digest, size: local.size };
      throw new ArtifactLookupError(`${digest} is held by no node of the cluster`);
    },
  };
}

/** Reads, validates and resolves a spec file (SpecFileError: exit 2 with its lines). */
async function definitionOf(io: CommandIo, flags: ConnectionFlags, client: ArrowdClient, file: string): Promise<ArrowDefinition> {
  const draft = await readSpecFile(file);
  return resolveDraft(draft, apiResolver(io, flags, client, draft.name));
}

interface ScheduleFlags extends ConnectionFlags { wait?: boolean; timeout: number }

export async function scheduleCommand(io: CommandIo, flags: ScheduleFlags, file: string): Promise<number> {
  const client = io.client(flags);
  const definition = await definitionOf(io, flags, client, file);
  const result = await client.putArrow(definition.name, definition);
  if (!flags.wait) {
    if (flags.json) printJson(io, result);
    else io.out(result.unchanged ? `${result.name}: unchanged (version ${result.version})\n` : `${result.name}: version ${result.version} scheduled\n`);
    return 0;
  }
  if (!flags.json) io.out(result.unchanged ? `${result.name}: unchanged (version ${result.version}); waiting for its evaluation\n` : `${result.name}: version ${result.version} scheduled; waiting for its evaluation\n`);
  const arrow = await waitForEvaluation(io, client, result.name, result.version, flags.timeout);
  const placed = arrow.allocations.filter((a) => a.desired === 'run' && a.specVersion === result.version && !terminal.has(a.status));
  const evaluation = arrow.evaluation;
  if (flags.json) printJson(io, { ...result, evaluation, allocations: placed });
  else {
    if (placed.length > 0) io.out(table([['ALLOCATION', 'NODE', 'STATUS'], ...placed.map((a) => [a.id, a.nodeName, a.status])]));
    if (evaluation?.status === 'blocked') io.err(`arrowctl: ${evaluation.unplaced} ${evaluation.unplaced === 1 ? 'replica' : 'replicas'} of ${result.name} cannot be placed: ${evaluation.message}\n`);
  }
  return evaluation?.status === 'blocked' ? EXIT_FAILED : 0;
}

/** Polls the Arrow until the leader answered its evaluation for `version` (bounded by `timeoutMs`). */
async function waitForEvaluation(io: CommandIo, client: ArrowdClient, name: string, version: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const arrow = await client.arrow(name);
    const evaluation = arrow.evaluation;
    if (arrow.version !== version) throw new Error(`${name} was changed meanwhile (now version ${arrow.version})`);
    if (evaluation && evaluation.status !== 'pending' && evaluation.triggerIndex >= arrow.modifyIndex) return arrow;
    if (Date.now() > deadline) throw new Error(`${name} was not planned within ${timeoutMs / 1000} s (is there a leader?)`);
    if (io.signal?.aborted) throw new Error('interrupted');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function formatPlan(plan: PlanPreview): string {
  const lines = [plan.unchanged ? `${plan.arrow}: unchanged (version ${plan.version})` : `${plan.arrow}: would be version ${plan.version}`];
  for (const p of plan.placements) lines.push(`  + place ${p.allocationId} on ${p.nodeName} (${p.reason})`);
  for (const r of plan.replacements) lines.push(`  ~ replace ${r.replaces} on ${r.replacesNodeName} with ${r.allocationId} on ${r.nodeName} (${r.reason})`);
  for (const s of plan.stops) lines.push(`  - stop ${s.allocationId} on ${s.nodeName} (${s.detail || s.reason})`);
  for (const m of plan.migrations) lines.push(`  > move ${m.allocationId} from ${m.fromName} to ${m.toName}`);
  for (const f of plan.failures) lines.push(`  ! ${f.unplaced} ${f.unplaced === 1 ? 'replica' : 'replicas'} cannot be placed: ${f.message}`);
  if (lines.length === 1) lines.push('  nothing to change');
  return `${lines.join('\n')}\n`;
}

export async function planCommand(io: CommandIo, flags: ConnectionFlags, file: string): Promise<number> {
  const client = io.client(flags);
  const definition = await definitionOf(io, flags, client, file);
  const plan = await client.plan(definition);
  if (flags.json) printJson(io, plan);
  else io.out(formatPlan(plan));
  return 0;
}

const terminal = new Set(['complete', 'failed', 'lost', 'stopped']);

function statusOf(a: AllocationView): string {
  if (a.desired === 'stop' && !terminal.has(a.status)) return `${a.status} (stopping)`;
  if (a.status === 'failed' && a.exitCode !== null) return `failed (exit ${a.exitCode})`;
  return a.status;
}

const portsOf = (a: AllocationView): string => a.ports.map((p) => `${p.name}:${p.host}->${p.guest}/${p.protocol}`).join(',') || '-';

/** `ps` rows: one per allocation (live ones, or all with `all`), one for an Arrow with none. */
export function psTable(arrows: readonly ArrowView[], all: boolean, nowMs = Date.now()): string {
  const rows = [['ARROW', 'VERSION', 'ALLOCATION', 'NODE', 'ADDRESS', 'STATUS', 'GEN', 'RESTARTS', 'PORTS', 'AGE']];
  for (const arrow of arrows) {
    const shown = arrow.allocations.filter((a) => all || !terminal.has(a.status));
    if (shown.length === 0) rows.push([arrow.name, String(arrow.version), '-', '-', '-', arrow.stopped ? 'stopped' : arrow.replicas === 0 ? 'no replicas' : 'not placed', '-', '-', '-', age(arrow.submitTimeMs, nowMs)]);
    for (const a of shown) {
      rows.push([arrow.name, String(a.specVersion), a.id, a.nodeName, a.address || '-', statusOf(a), String(a.generation), String(a.restarts), portsOf(a), age(a.createTimeMs, nowMs)]);
    }
  }
  return table(rows);
}

/** What ps says under its table: Arrows the cluster cannot place, and why. */
function blockedNotes(arrows: readonly ArrowView[]): string {
  return arrows.filter((a) => a.evaluation?.status === 'blocked' && !a.stopped)
    .map((a) => `${a.name}: ${a.evaluation!.unplaced} unplaced: ${a.evaluation!.message}\n`).join('');
}

export async function psCommand(io: CommandIo, flags: ConnectionFlags & { all?: boolean }, name?: string): Promise<number> {
  const client = io.client(flags);
  const arrows = name === undefined ? await client.arrows() : [await client.arrow(name)];
  if (flags.json) { printJson(io, arrows); return 0; }
  if (arrows.length === 0) { io.out('no Arrows (arrowctl schedule FILE.yaml places one)\n'); return 0; }
  io.out(psTable(arrows, flags.all === true));
  io.out(blockedNotes(arrows));
  return 0;
}

export async function inspectCommand(io: CommandIo, flags: ConnectionFlags, name: string): Promise<number> {
  const arrow = await io.client(flags).arrow(name);
  if (flags.json) { printJson(io, arrow); return 0; }
  const definition = arrow.definition as Partial<ArrowDefinition>;
  const live = arrow.allocations.filter((a) => a.desired === 'run' && !terminal.has(a.status));
  const running = live.filter((a) => a.status === 'running').length;
  const e = arrow.evaluation;
  const fields: [string, string][] = [
    ['Arrow', arrow.name],
    ['Version', `${arrow.version} (submitted ${age(arrow.submitTimeMs)} ago)`],
    ['Type', `${arrow.type}, ${arrow.replicas} ${arrow.replicas === 1 ? 'replica' : 'replicas'}${arrow.type === 'batch' ? `, ${arrow.completed} completed` : ''}`],
    ['Status', arrow.stopped ? 'stopped' : `${running}/${arrow.replicas} running, ${live.length} placed`],
    ['Evaluation', e ? `${e.status} after ${e.trigger}: ${e.placed} placed, ${e.unplaced} unplaced${e.message ? ` (${e.message})` : ''}` : '-'],
  ];
  if (definition.binary) fields.push(['Binary', `${definition.binary.digest} (${humanBytes(definition.binary.size)})`]);
  if (definition.cpu !== undefined) fields.push(['Resources', `${definition.cpu}m cpu, ${definition.memory} MiB memory, kernel ${definition.kernel}`]);
  // Stored before networks existed: such a definition reads as the default network.
  if (definition.cpu !== undefined) fields.push(['Network', definition.network ?? DEFAULT_NETWORK]);
  const width = Math.max(...fields.map(([k]) => k.length));
  io.out(fields.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join(''));
  io.out(`Definition\n${JSON.stringify(arrow.definition, null, 2).replace(/^/gm, '  ')}\n`);
  io.out(`Allocations\n${psTable([arrow], true).replace(/^/gm, '  ')}`);
  return 0;
}

export async function stopCommand(io: CommandIo, flags: ConnectionFlags, name: string): Promise<number> {
  const result = await io.client(flags).stopArrow(name);
  if (flags.json) printJson(io, result);
  else io.out(result.unchanged ? `${name}: already stopped\n` : `${name}: stopping (version ${result.version})\n`);
  return 0;
}

function timeoutOption(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || ms === 0) throw new InvalidArgumentError(`expected a duration such as 30s or 5m, got ${JSON.stringify(value)}`);
  return ms;
}

export function registerArrowCommands(program: Command): void {
  withConnection(program.command('schedule').argument('<file>', 'the Arrow spec (YAML)')
    .description('validate a spec, push the local files it names, and store it in the cluster')
    .option('--wait', 'wait until the leader planned it, and show where it was placed')
    .option('--timeout <duration>', 'with --wait: how long to wait', timeoutOption, 60_000))
    .action(action(scheduleCommand));
  withConnection(program.command('plan').argument('<file>', 'the Arrow spec (YAML)')
    .description('show what scheduling a spec would change, and why what cannot be placed cannot (changes nothing)'))
    .action(action(planCommand));
  withConnection(program.command('ps').argument('[arrow]', 'one Arrow only')
    .description('Arrows and their allocations: node, address, status, generation, restarts, ports, age')
    .option('--all', 'also allocations that ended'))
    .action(action(psCommand));
  withConnection(program.command('inspect').argument('<arrow>').description('an Arrow in detail: its definition, evaluation and allocations'))
    .action(action(inspectCommand));
  withConnection(program.command('stop').argument('<arrow>').description('stop every replica of an Arrow (its spec stays; schedule it again to restart)'))
    .action(action(stopCommand));
}
