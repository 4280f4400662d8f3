// Live migration of a running QEMU VM's RAM and device state to and from a byte stream (a libp2p
// stream in node/migrate; a plain socket in the benchmark's baseline). Modelled on snapshot.ts:
// QEMU 7.2 has no migration to a Node stream, so the source QEMU connects to a unix socket we
// listen on in its run dir, and the target QEMU (started with -S -incoming defer) listens on one
// we connect to; Node copies bytes between those sockets and the stream, with back-pressure both
// ways. Every wait is bounded; a stream that is cut makes both QEMUs fail their migration: the
// source resumes its VM by itself (QEMU restarts a VM it stopped for a migration that failed),
// the target QEMU exits (7.2 has no exit-on-error=off).
import { createConnection, type Server, type Socket } from 'node:net';
import { listenForOne } from './listen.ts';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { QmpError, type QmpClient } from './qmp.ts';
import { within } from './within.ts';

/**
 * How a migration may use the link and pause the guest. Defaults are for a small edge link:
 * - downtime limit 50 ms: QEMU's own default (300 ms) is sized for big VMs; an Arrow is a small
 *   guest whose clients notice a pause, and with a small dirty set the final copy fits in 50 ms.
 * - bandwidth 12.5 MB/s (100 Mbit/s): a migration must not take the whole uplink of a small edge
 *   node, whose other Arrows serve traffic over it meanwhile; a 64 MiB guest is mostly zero pages
 *   (sent as a few bytes each), so its first pass still takes about a second. Raise it on fat links.
 * - auto-converge: a guest that dirties memory faster than the link carries it is slowed down
 *   (QEMU throttles its vCPUs) instead of never converging within the downtime limit.
 */
export interface MigrationParameters {
  downtimeLimitMs: number;
  maxBandwidthBytesPerSecond: number;
  autoConverge: boolean;
}

export const DEFAULT_MIGRATION_PARAMETERS: Readonly<MigrationParameters> = Object.freeze({
  downtimeLimitMs: 50,
  maxBandwidthBytesPerSecond: 12_500_000,
  autoConverge: true,
});

/** Bounds a caller cannot go beyond (a bad parameter from a peer or a CLI is refused, not clamped). */
export const MIGRATION_LIMITS = Object.freeze({
  minDowntimeLimitMs: 1,
  maxDowntimeLimitMs: 60_000,
  minBandwidthBytesPerSecond: 64 * 1024,
  maxBandwidthBytesPerSecond: 10 * 1024 * 1024 * 1024,
});

export const DEFAULT_MIGRATION_TIMEOUT_MS = 120_000;
const POLL_MS = 5;
const CONNECT_WAIT_MS = 5_000;
/** after QEMU says completed: the rest of the stream reaching the sink */
const FLUSH_WAIT_MS = 10_000;
/** after a failure: QEMU finishing its cancel */
const CANCEL_WAIT_MS = 5_000;

export class MigrationError extends QmpError {
  override name = 'MigrationError';
}

/** What QMP's query-migrate said when the migration completed (source side). */
export interface MigrationStats {
  /** ms the guest was stopped (QMP `downtime`) */
  downtimeMs: number;
  /** ms from `migrate` to completion (QMP `total-time`) */
  totalMs: number;
  /** ms QEMU spent setting up (QMP `setup-time`) */
  setupMs: number;
  /** bytes of RAM pages and headers sent (QMP ram.transferred) */
  ramTransferredBytes: number;
  /** the guest's RAM size (QMP ram.total) */
  ramTotalBytes: number;
  /** passes over the dirty bitmap (QMP ram.dirty-sync-count) */
  dirtySyncCount: number;
  /** bytes that went from QEMU to the sink: RAM, device state and headers */
  streamBytes: number;
}

export function checkMigrationParameters(parameters: MigrationParameters): void {
  const { downtimeLimitMs: d, maxBandwidthBytesPerSecond: b } = parameters;
  if (!Number.isInteger(d) || d < MIGRATION_LIMITS.minDowntimeLimitMs || d > MIGRATION_LIMITS.maxDowntimeLimitMs) {
    throw new MigrationError(`downtime limit must be an integer of ${MIGRATION_LIMITS.minDowntimeLimitMs}-${MIGRATION_LIMITS.maxDowntimeLimitMs} ms, got ${d}`);
  }
  if (!Number.isInteger(b) || b < MIGRATION_LIMITS.minBandwidthBytesPerSecond || b > MIGRATION_LIMITS.maxBandwidthBytesPerSecond) {
    throw new MigrationError(`bandwidth must be an integer of ${MIGRATION_LIMITS.minBandwidthBytesPerSecond}-${MIGRATION_LIMITS.maxBandwidthBytesPerSecond} bytes/s, got ${b}`);
  }
}

interface QueryMigrate {
  status?: string;
  'error-desc'?: string;
  'total-time'?: number;
  downtime?: number;
  'setup-time'?: number;
  ram?: { transferred?: number; total?: number; 'dirty-sync-count'?: number };
}

/**
 * Migrates the running VM behind `qmp` into `sink`. Resolves once QEMU completed and every byte
 * reached the sink: the VM is then paused ('postmigrate'), and the caller either stops it (the
 * target took over) or resumes it with `cont` (the target failed after all). The sink is not
 * ended: the stream's end is the caller's business. Rejects with MigrationError when QEMU fails,
 * the sink fails (a cut stream) or the deadline passes; the migration is cancelled and the VM
 * left running as it was (QEMU resumes a VM it had stopped for a migration that failed).
 */
export async function migrateOutgoing(
  qmp: QmpClient,
  runDir: string,
  sink: Writable,
  options: { parameters?: MigrationParameters; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<MigrationStats> {
  const parameters = options.parameters ?? DEFAULT_MIGRATION_PARAMETERS;
  checkMigrationParameters(parameters);
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_MIGRATION_TIMEOUT_MS);
  const socketPath = join(runDir, 'migrate-out.sock');
  const before = await qmp.execute<{ running: boolean }>('query-status');
  let server: Server | undefined;
  let socket: Socket | undefined;
  let started = false;
  try {
    // x-ignore-shared off: a clone's loadDeviceState turned it on, and it changes the stream's format.
    await qmp.execute('migrate-set-capabilities', {
      capabilities: [
        { capability: 'x-ignore-shared', state: false },
        { capability: 'auto-converge', state: parameters.autoConverge },
      ],
    });
    await qmp.execute('migrate-set-parameters', { 'downtime-limit': parameters.downtimeLimitMs, 'max-bandwidth': parameters.maxBandwidthBytesPerSecond });
    await rm(socketPath, { force: true });
    const listening = await listenForOne(socketPath);
    server = listening.server;
    const accepted = listening.accepted;
    await qmp.execute('migrate', { uri: `unix:${socketPath}` });
    started = true;
    socket = await within(accepted, Math.min(CONNECT_WAIT_MS, deadline - Date.now()));
    if (!socket) throw new MigrationError('QEMU did not connect to the migration socket in time');
    server.close();
    const copied = copyInto(socket, sink);
    copied.catch(() => undefined); // looked at below, after QEMU's verdict or instead of it
    // Polls QEMU; a failed copy (the sink or the socket broke) ends the wait at once.
    const failedCopy = copied.then(() => new Promise<never>(() => {}));
    const info = await Promise.race([pollOutgoing(qmp, deadline, options.signal), failedCopy]);
    const streamBytes = await within(copied, Math.min(FLUSH_WAIT_MS, Math.max(0, deadline - Date.now())));
    if (streamBytes === undefined) throw new MigrationError('the migration stream did not reach the sink in time');
    return {
      downtimeMs: info.downtime ?? 0,
      totalMs: info['total-time'] ?? 0,
      setupMs: info['setup-time'] ?? 0,
      ramTransferredBytes: info.ram?.transferred ?? 0,
      ramTotalBytes: info.ram?.total ?? 0,
      dirtySyncCount: info.ram?.['dirty-sync-count'] ?? 0,
      streamBytes,
    };
  } catch (error) {
    socket?.destroy();
    if (started) await cancelOutgoing(qmp, before.running);
    throw error instanceof MigrationError ? error : new MigrationError(`migration failed: ${(error as Error).message}`);
  } finally {
    socket?.destroy();
    await new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()));
    await rm(socketPath, { force: true });
  }
}

async function pollOutgoing(qmp: QmpClient, deadline: number, signal: AbortSignal | undefined): Promise<QueryMigrate> {
  for (;;) {
    const info = await qmp.execute<QueryMigrate>('query-migrate', undefined, { timeoutMs: Math.max(100, Math.min(5000, deadline - Date.now())) });
    if (info.status === 'completed') return info;
    if (info.status === 'failed' || info.status === 'cancelled') {
      throw new MigrationError(`migration ${info.status}${info['error-desc'] ? `: ${info['error-desc']}` : ''}`);
    }
    if (signal?.aborted) throw new MigrationError('migration aborted');
    if (Date.now() > deadline) throw new MigrationError(`migration did not complete in time (status ${info.status ?? 'none'})`);
    await sleep(POLL_MS);
  }
}

/** Cancels a migration that is not going anywhere and makes sure a VM that ran still runs. */
async function cancelOutgoing(qmp: QmpClient, wasRunning: boolean): Promise<void> {
  if (qmp.closed) return;
  try {
    await qmp.execute('migrate_cancel');
    const until = Date.now() + CANCEL_WAIT_MS;
    for (;;) {
      const info = await qmp.execute<QueryMigrate>('query-migrate');
      if (info.status !== 'cancelling' && info.status !== 'active' && info.status !== 'setup' && info.status !== 'device') break;
      if (Date.now() > until) break;
      await sleep(POLL_MS);
    }
    // QEMU restarts the guest itself after a failure; this covers a completed migration whose
    // stream failed to drain (QEMU thinks it is done, the target never got the end).
    const status = await qmp.execute<{ running: boolean; status: string }>('query-status');
    if (wasRunning && !status.running && status.status !== 'shutdown') await qmp.execute('cont');
  } catch {
    /* QMP gone: the VM is gone too, nothing is left to resume */
  }
}

/**
 * Copies the socket into the sink with back-pressure; resolves with the byte count at the
 * socket's end, rejects when either side fails. The sink is left open.
 */
function copyInto(socket: Socket, sink: Writable): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let bytes = 0;
    const fail = (error: Error): void => {
      cleanup();
      socket.destroy();
      reject(error);
    };
    const onSinkError = (error: Error): void => fail(new MigrationError(`the migration stream failed: ${error.message}`));
    const onSinkClose = (): void => {
      if (!sink.writableFinished) fail(new MigrationError('the migration stream closed before the migration ended'));
    };
    const onDrain = (): void => void socket.resume();
    const cleanup = (): void => {
      sink.off('error', onSinkError);
      sink.off('close', onSinkClose);
      sink.off('drain', onDrain);
    };
    sink.on('error', onSinkError);
    sink.on('close', onSinkClose);
    sink.on('drain', onDrain);
    socket.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (!sink.write(chunk)) socket.pause();
    });
    socket.once('error', (error) => fail(new MigrationError(`the QEMU migration socket failed: ${error.message}`)));
    socket.once('end', () => {
      cleanup();
      resolve(bytes);
    });
  });
}

/** What the target saw of an incoming migration. */
export interface IncomingStats {
  /** bytes fed to QEMU */
  streamBytes: number;
  /** ms from migrate-incoming to the VM loaded */
  loadMs: number;
}

/**
 * Feeds `source` to the VM behind `qmp` (started with -S -incoming defer) until QEMU has loaded
 * it; resolves with the VM loaded and paused (resume it with `cont` once the source let go).
 * Rejects with MigrationError when the stream fails or ends early, QEMU exits (what 7.2 does on a
 * bad or truncated stream) or the deadline passes: the caller then kills the VM.
 */
export async function migrateIncoming(qmp: QmpClient, runDir: string, source: Readable, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<IncomingStats> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_MIGRATION_TIMEOUT_MS);
  const socketPath = join(runDir, 'migrate-in.sock');
  const startedAt = performance.now();
  await rm(socketPath, { force: true });
  await qmp.execute('migrate-set-capabilities', { capabilities: [{ capability: 'x-ignore-shared', state: false }] });
  await qmp.execute('migrate-incoming', { uri: `unix:${socketPath}` });
  const socket = await connectWhenListening(socketPath, Math.min(CONNECT_WAIT_MS, deadline - Date.now()));
  let streamBytes = 0;
  let streamFailure: Error | undefined;
  const onData = (chunk: Buffer): void => {
    streamBytes += chunk.length;
  };
  const onError = (error: Error): void => {
    streamFailure = new MigrationError(`the migration stream failed: ${error.message}`);
    socket.destroy();
  };
  source.on('data', onData);
  source.once('error', onError);
  socket.on('error', () => undefined); // QEMU closing its end early shows up in query-migrate or as its exit
  source.pipe(socket);
  try {
    for (;;) {
      if (source.errored && !streamFailure) onError(source.errored);
      if (streamFailure) throw streamFailure;
      if (options.signal?.aborted) throw new MigrationError('incoming migration aborted');
      const info = await qmp.execute<QueryMigrate>('query-migrate', undefined, { timeoutMs: Math.max(100, Math.min(5000, deadline - Date.now())) }).catch((error: Error) => {
        throw new MigrationError(`QEMU did not load the migration stream: ${error.message}`);
      });
      if (info.status === 'completed') break;
      if (info.status === 'failed' || info.status === 'cancelled') throw new MigrationError(`incoming migration ${info.status}${info['error-desc'] ? `: ${info['error-desc']}` : ''}`);
      if (Date.now() > deadline) throw new MigrationError(`incoming migration did not complete in time (status ${info.status ?? 'none'}, ${streamBytes} bytes in)`);
      await sleep(POLL_MS);
    }
    // 'completed' is set just before the VM's run state becomes paused (with -S): wait for it.
    for (;;) {
      const status = await qmp.execute<{ status: string }>('query-status');
      if (status.status !== 'inmigrate') break;
      if (Date.now() > deadline) throw new MigrationError('the migrated VM did not leave the incoming state in time');
      await sleep(POLL_MS);
    }
    return { streamBytes, loadMs: performance.now() - startedAt };
  } finally {
    source.unpipe(socket);
    source.off('data', onData);
    source.off('error', onError);
    socket.destroy();
    await rm(socketPath, { force: true });
  }
}

async function connectWhenListening(path: string, waitMs: number): Promise<Socket> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await new Promise<Socket>((resolve, reject) => {
        const socket = createConnection(path);
        socket.once('connect', () => {
          socket.off('error', reject);
          resolve(socket);
        });
        socket.once('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw new MigrationError(`QEMU did not listen on ${path} in time: ${(error as Error).message}`);
      await sleep(POLL_MS);
    }
  }
}
