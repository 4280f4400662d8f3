// arrowctl artifact push|pull|ls|rm|gc|tag: the node's content-addressed store over the arrowd
// API, and the cluster's named artifacts.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { PullEvent, PutResult } from '../../api/client/index.ts';
import type { Digest } from '../../../p2p/index.ts';
import { DIGEST_PATTERN, NAME_TAG_PATTERN } from '../../spec/index.ts';
import { action, printJson, UsageError, withConnection } from './connection.ts';
import type { CommandIo, ConnectionFlags } from './connection.ts';
import { humanBytes, table } from './output.ts';

/**
 * sha256 of a file's content, as the store names it. (kernel/build's sha256File does the same,
 * but importing it would load the kernel module's build and VM code into every arrowctl call.)
 */
async function fileDigest(path: string, timeoutMs = 120_000): Promise<Digest> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), hash, { signal: AbortSignal.timeout(timeoutMs) });
  return `sha256:${hash.digest('hex')}`;
}

export function digestArgument(value: string): Digest {
  if (!DIGEST_PATTERN.test(value)) throw new UsageError(`invalid digest ${JSON.stringify(value.slice(0, 100))}: expected "sha256:" followed by 64 lowercase hex characters`);
  return value as Digest;
}

/** A progress bar on stderr when it is a terminal (and the output is not for a script). */
export function progressBar(io: CommandIo, flags: ConnectionFlags, label: string): cliProgress.SingleBar | undefined {
  if (!io.interactive || flags.json) return undefined;
  return new cliProgress.SingleBar({ stream: process.stderr, format: `${label} [{bar}] {percentage}% {value}/{total} {unit}`, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
}

/** Pushes a file to the node with a progress bar (on a terminal); its digest and size. */
/**
 * Pushes a file to the node, unless the node already holds its content: then it only gains the
 * reference (the file is hashed here first, which costs far less than sending it again).
 */
export async function pushWithProgress(io: CommandIo, flags: ConnectionFlags, path: string, ref: string, label: string): Promise<PutResult> {
  const client = io.client(flags);
  const held = await client.addRef(await fileDigest(path), ref);
  if (held) return held;
  const progress = progressBar(io, flags, label);
  let started = false;
  return client.pushFile(path, {
    ref,
    onBytes: (sent, total) => {
      if (!progress) return;
      if (!started) { progress.start(total, 0, { unit: 'bytes' }); started = true; }
      progress.update(sent);
    },
  }).finally(() => progress?.stop());
}

export async function tagCommand(io: CommandIo, flags: ConnectionFlags, name: string, rawDigest: string): Promise<number> {
  if (!NAME_TAG_PATTERN.test(name)) throw new UsageError(`${JSON.stringify(name.slice(0, 80))} is not NAME:TAG (a lowercase name and a tag, e.g. httpd:1.36)`);
  const digest = digestArgument(rawDigest);
  const result = await io.client(flags).putTag(name, digest);
  if (flags.json) printJson(io, result);
  else io.out(`${name} -> ${digest}${result.unchanged ? ' (unchanged)' : ''}\n`);
  return 0;
}

export function registerArtifactCommand(program: Command): void {
  const artifact = withConnection(program.command('artifact').description('manage the artifacts (binaries, kernels) in a node\'s store'));

  artifact.command('push').argument('<file>').option('--ref <ref>', 'reference to hold the artifact by', 'pin')
    .description('store a file in the node; prints its digest')
    .action(action(async (io, flags: ConnectionFlags & { ref: string }, file: string) => {
      const result = await pushWithProgress(io, flags, file, flags.ref, 'push');
      io.out(flags.json ? `${JSON.stringify(result)}\n` : `${result.digest}\n`);
      return 0;
    }));

  artifact.command('pull').argument('<digest>').option('--ref <ref>', 'reference to hold the artifact by', 'pin')
    .description('fetch an artifact from the peers that hold it')
    .action(action(async (io, flags: ConnectionFlags & { ref: string }, raw: string) => {
      const digest = digestArgument(raw);
      const progress = progressBar(io, flags, 'pull');
      let started = false;
      const onEvent = (event: PullEvent) => {
        if (event.type === 'bad-peer') io.err(`arrowctl: dropped peer ${event.peer}: ${event.reason}\n`);
        if (event.type !== 'progress' || !progress) return;
        if (!started) { progress.start(event.pieceCount, 0, { unit: 'pieces' }); started = true; }
        progress.update(event.piecesHeld);
      };
      const done = await io.client(flags).pull(digest, { ref: flags.ref, onEvent }).finally(() => progress?.stop());
      if (flags.json) printJson(io, done);
      else io.out(`${done.digest} ${humanBytes(done.size)}${done.resumedPieces > 0 ? ` (resumed with ${done.resumedPieces} pieces)` : ''}\n`);
      return 0;
    }));

  artifact.command('ls').description('list artifacts: digest, size, references, pieces held')
    .action(action(async (io, flags: ConnectionFlags) => {
      const entries = await io.client(flags).list();
      if (flags.json) { printJson(io, entries); return 0; }
      io.out(table([['DIGEST', 'SIZE', 'PIECES', 'REFS'], ...entries.map((e) => [e.digest, humanBytes(e.size), `${e.piecesHeld}/${e.pieceCount}${e.complete ? '' : ' (partial)'}`, e.refs.join(',') || '-'])]));
      return 0;
    }));

  artifact.command('rm').argument('<digest>').option('--force', 'delete even if Arrows or kernel templates use it')
    .description('delete an artifact from the node')
    .action(action(async (io, flags: ConnectionFlags & { force?: boolean }, raw: string) => {
      const digest = digestArgument(raw);
      await io.client(flags).remove(digest, flags.force === true);
      io.out(flags.json ? `${JSON.stringify({ removed: digest })}\n` : `removed ${digest}\n`);
      return 0;
    }));

  artifact.command('gc').option('--partials', 'also drop interrupted downloads')
    .description('delete artifacts nothing references')
    .action(action(async (io, flags: ConnectionFlags & { partials?: boolean }) => {
      const result = await io.client(flags).gc(flags.partials === true);
      io.out(flags.json ? `${JSON.stringify(result)}\n` : `removed ${result.removed.length} artifacts, freed ${humanBytes(result.freedBytes)}\n`);
      return 0;
    }));

  withConnection(artifact.command('tag').argument('<name:tag>').argument('<digest>')
    .description('name an artifact the cluster holds (NAME:TAG), for specs to use as binary: NAME:TAG'))
    .action(action(tagCommand));
}
