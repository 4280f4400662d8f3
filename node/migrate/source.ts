// The source side of /arrow/migrate/1: offers a running Arrow to a target host, streams its RAM,
// and lets go of it once the target has loaded it (and the caller's commit, if any, was made).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Multiaddr } from '@multiformats/multiaddr';
import type { PeerId } from '@libp2p/interface';
import { StreamDuplex, type StreamHost } from '../../p2p/index.ts';
import { DEFAULT_MIGRATION_PARAMETERS, type ArrowSession, type MigrationParameters, type MigrationStats } from '../../kernel/index.ts';
import { FrameReader } from './frames.ts';
import { RamSink } from './ram-sink.ts';
import { decodeTarget, encodeSource, headerMessage, MAX_FRAME_BYTES, PROTOCOL, type TargetMessage } from './wire.ts';
import { vmQemuVersion } from './qemu-version.ts';
import { writeAll } from './target.ts';

/**
 * Where the Arrow is when migrateArrow() failed:
 * - 'source': running here as before (refused, or failed before the source let go);
 * - 'unknown': the source let go (its VM is paused, not running) and the target did not confirm:
 *   the target may or may not run it. The caller settles it (e.g. by the cluster's committed
 *   state): reclaim the paused source VM only once the target's VM is known to be gone.
 */
export type MigrationOutcome = 'source' | 'unknown';

export class MigrationFailedError extends Error {
  override name = 'MigrationFailedError';
  readonly outcome: MigrationOutcome;
  /** true when the target refused the request (its reason is in the message) */
  readonly refused: boolean;
  /**
   * Set when the source took the Arrow back after handing it over (the target's resume failed):
   * drive this session from now on; the one given to migrateArrow() is finished.
   */
  readonly session: ArrowSession | undefined;
  constructor(message: string, outcome: MigrationOutcome, refused = false, session?: ArrowSession) {
    super(message);
    this.outcome = outcome;
    this.refused = refused;
    this.session = session;
  }
}

export interface MigrateArrowOptions {
  /** the name the target sees for what moves (an allocation id) */
  arrow: string;
  parameters?: MigrationParameters;
  /** sha256:<hex> of an artifact file (default: hash it); the target resolves it to its own copy */
  digestOf?: (path: string) => Promise<string>;
  /**
   * Called once the target has loaded the VM, before the source lets go: the point of no return.
   * The cluster commits the allocation's move here; a throw aborts the migration (the source
   * resumes). Bounded by nothing here: bound it yourself.
   */
  commit?: () => Promise<void>;
  /** waiting for the target's Ready (it starts a VM; default 30 s) */
  readyTimeoutMs?: number;
  /** the whole RAM migration (default 10 min) */
  ramTimeoutMs?: number;
  /** waiting for Loaded after the RAM went out, and for Done after Go (default 30 s each) */
  answerTimeoutMs?: number;
}

export interface MigrateArrowResult {
  /** QMP's figures from the source QEMU */
  stats: MigrationStats;
  /** ms from the Header to Done */
  totalMs: number;
  /** ms from the source VM's pause (RAM complete) to the target's Done (it runs): an upper bound of the app's pause */
  switchoverMs: number;
}

/**
 * Migrates `arrow` (running here) to the host `peer`. Resolves once the target runs it: the source
 * VM has been killed and `arrow` is finished (its wait() rejects with 'migrated'). Rejects with
 * MigrationFailedError saying where the Arrow is (see MigrationOutcome).
 */
export async function migrateArrow(host: StreamHost, peer: PeerId | Multiaddr, arrow: ArrowSession, options: MigrateArrowOptions): Promise<MigrateArrowResult> {
  const startedAt = performance.now();
  const answerTimeoutMs = options.answerTimeoutMs ?? 30_000;
  const digestOf = options.digestOf ?? sha256File;
  const spec = await arrow.migrationSpec();
  const qemuVersion = vmQemuVersion(arrow.vm);
  if (!qemuVersion) throw new MigrationFailedError('the source VM did not say its QEMU version', 'source');
  const [kernelDigest, initrdDigest] = await Promise.all([digestOf(spec.kernelPath), digestOf(spec.initrdPath)]);
  let stream;
  try {
    stream = await host.dialProtocol(peer, PROTOCOL, { signal: AbortSignal.timeout(options.readyTimeoutMs ?? 30_000) });
  } catch (error) {
    throw new MigrationFailedError(`cannot reach the target: ${(error as Error).message}`, 'source');
  }
  const duplex = new StreamDuplex(stream);
  duplex.on('error', () => undefined); // reads and writes below report their failures
  const frames = new FrameReader(duplex);
  const read = async (timeoutMs: number, what: string): Promise<TargetMessage> => decodeTarget(await frames.read(MAX_FRAME_BYTES, timeoutMs, what));
  let letGo = false;
  try {
    await writeAll(duplex, encodeSource(headerMessage({ arrow: options.arrow, kernelDigest, initrdDigest, qemuVersion, spec })));
    const ready = await read(options.readyTimeoutMs ?? 30_000, 'the target\'s Ready');
    if (ready.body !== 'ready' || !ready.ready) throw new Error(`expected Ready, got ${ready.body ?? 'nothing'}`);
    if (!ready.ready.accepted) throw new MigrationFailedError(`the target refused: ${ready.ready.reason ?? ''}`, 'source', true);
    const sink = new RamSink(duplex);
    const stats = await arrow.migrateOut(sink, { parameters: options.parameters ?? DEFAULT_MIGRATION_PARAMETERS, timeoutMs: options.ramTimeoutMs ?? 10 * 60_000 });
    const pausedAt = performance.now();
    try {
      const sent = await sink.finish(answerTimeoutMs);
      await writeAll(duplex, encodeSource({ ramEnd: { bytes: sent.bytes, sha256: sent.sha256 } }));
      const loaded = await read(answerTimeoutMs, 'the target\'s Loaded');
      if (loaded.body !== 'loaded' || !loaded.loaded?.ok) throw new Error(`the target did not load the VM: ${loaded.loaded?.reason ?? loaded.body ?? 'nothing'}`);
      await options.commit?.();
    } catch (error) {
      await writeAll(duplex, encodeSource({ abort: { reason: (error as Error).message.slice(0, 200) } })).catch(() => undefined);
      await arrow.resumeHere();
      throw error;
    }
    // The point of no return: from here the Arrow belongs to the target.
    const handover = await arrow.handOver();
    letGo = true;
    await writeAll(duplex, encodeSource({ go: { channelReceived: handover.received } }));
    const done = await read(answerTimeoutMs, 'the target\'s Done');
    if (done.body === 'done' && done.done && !done.done.ok) {
      // The target says its VM is gone: the Arrow comes back here, in a new session.
      duplex.destroy();
      const session = await arrow.reclaim();
      throw new MigrationFailedError(`the target could not run the Arrow (${done.done.reason ?? ''}); it runs here again`, 'source', false, session);
    }
    if (done.body !== 'done' || !done.done?.ok) throw new Error(`expected Done, got ${done.body ?? 'nothing'}`);
    const switchoverMs = performance.now() - pausedAt;
    await arrow.kill();
    duplex.end();
    return { stats, totalMs: performance.now() - startedAt, switchoverMs };
  } catch (error) {
    duplex.destroy();
    if (error instanceof MigrationFailedError) throw error;
    throw new MigrationFailedError(`migration to the target failed: ${(error as Error).message}`, letGo ? 'unknown' : 'source');
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}
