// arrowctl artifact push|pull|ls|rm|gc: the node's content-addressed store over the arrowd API.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ArrowdClient, resolveApiTarget } from '../../api/index.ts';
import type { PullEvent } from '../../api/index.ts';
import { parseDigest } from '../../../p2p/index.ts';
import type { Digest } from '../../../p2p/index.ts';
import { arrowHome } from '../../home/index.ts';

interface GlobalFlags { api?: string; token?: string; json?: boolean }

function client(flags: GlobalFlags): ArrowdClient {
  return new ArrowdClient(resolveApiTarget(flags, arrowHome()));
}

function digestArgument(value: string): Digest {
  try {
    return parseDigest(value);
  } catch (error) {
    throw new Error((error as Error).message);
  }
}

function humanBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

function bar(label: string): cliProgress.SingleBar | undefined {
  if (!process.stderr.isTTY) return undefined;
  return new cliProgress.SingleBar({ stream: process.stderr, format: `${label} [{bar}] {percentage}% {value}/{total} {unit}`, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
}

async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    process.stderr.write(`arrowctl: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

export function registerArtifactCommand(program: Command): void {
  const artifact = program.command('artifact').description('manage the artifacts (binaries, kernels) in a node\'s store')
    .option('--api <host:port>', 'arrowd API address (default: $ARROW_ADDR, else the local node in $ARROW_HOME)')
    .option('--token <token>', 'API token (default: $ARROW_TOKEN, else $ARROW_HOME/api.token)')
    .option('--json', 'machine-readable output');
  const flags = (): GlobalFlags => artifact.opts<GlobalFlags>();

  artifact.command('push').argument('<file>').option('--ref <ref>', 'reference to hold the artifact by', 'pin')
    .description('store a file in the node; prints its digest')
    .action((file: string, opts: { ref: string }) => run(async () => {
      const progress = flags().json ? undefined : bar('push');
      let started = false;
      const result = await client(flags()).pushFile(file, {
        ref: opts.ref,
        onBytes: (sent, total) => {
          if (!progress) return;
          if (!started) { progress.start(total, 0, { unit: 'bytes' }); started = true; }
          progress.update(sent);
        },
      }).finally(() => progress?.stop());
      process.stdout.write(flags().json ? `${JSON.stringify(result)}\n` : `${result.digest}\n`);
    }));

  artifact.command('pull').argument('<digest>').option('--ref <ref>', 'reference to hold the artifact by', 'pin')
    .description('fetch an artifact from the peers that hold it')
    .action((raw: string, opts: { ref: string }) => run(async () => {
      const digest = digestArgument(raw);
      const progress = flags().json ? undefined : bar('pull');
      let started = false;
      const onEvent = (event: PullEvent) => {
        if (event.type === 'bad-peer') process.stderr.write(`arrowctl: dropped peer ${event.peer}: ${event.reason}\n`);
        if (event.type !== 'progress' || !progress) return;
        if (!started) { progress.start(event.pieceCount, 0, { unit: 'pieces' }); started = true; }
        progress.update(event.piecesHeld);
      };
      const done = await client(flags()).pull(digest, { ref: opts.ref, onEvent }).finally(() => progress?.stop());
      if (flags().json) process.stdout.write(`${JSON.stringify(done)}\n`);
      else process.stdout.write(`${done.digest} ${humanBytes(done.size)}${done.resumedPieces > 0 ? ` (resumed with ${done.resumedPieces} pieces)` : ''}\n`);
    }));

  artifact.command('ls').description('list artifacts: digest, size, references, pieces held')
    .action(() => run(async () => {
      const entries = await client(flags()).list();
      if (flags().json) { process.stdout.write(`${JSON.stringify(entries)}\n`); return; }
      const rows = [['DIGEST', 'SIZE', 'PIECES', 'REFS'], ...entries.map((e) => [e.digest, humanBytes(e.size), `${e.piecesHeld}/${e.pieceCount}${e.complete ? '' : ' (partial)'}`, e.refs.join(',') || '-'])];
      const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
      for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
    }));

  artifact.command('rm').argument('<digest>').option('--force', 'delete even if Arrows or kernel templates use it')
    .description('delete an artifact from the node')
    .action((raw: string, opts: { force?: boolean }) => run(async () => {
      const digest = digestArgument(raw);
      await client(flags()).remove(digest, opts.force === true);
      process.stdout.write(flags().json ? `${JSON.stringify({ removed: digest })}\n` : `removed ${digest}\n`);
    }));

  artifact.command('gc').option('--partials', 'also drop interrupted downloads')
    .description('delete artifacts nothing references')
    .action((opts: { partials?: boolean }) => run(async () => {
      const result = await client(flags()).gc(opts.partials === true);
      process.stdout.write(flags().json ? `${JSON.stringify(result)}\n` : `removed ${result.removed.length} artifacts, freed ${humanBytes(result.freedBytes)}\n`);
    }));
}
