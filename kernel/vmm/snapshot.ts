// Saving and loading a QEMU VM's device state over QMP, without its RAM: the RAM lives in a
// file-backed memory backend (share=on while saving), and QEMU's x-ignore-shared capability keeps
// it out of the migration stream. What is written is only CPU, device and clock state (~43 KB
// for an Arrow). QEMU 7.2 has no file: migration URI, so the state streams to a unix socket we
// listen on; loading reads a descriptor QEMU inherited (it was started with -incoming defer).
import type { Server } from 'node:net';
import { listenForOne } from './listen.ts';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { QmpError, type QmpClient } from './qmp.ts';
import { within } from './within.ts';

export const DEFAULT_MAX_STATE_BYTES = 16 * 1024 * 1024;
const POLL_MS = 2;

const IGNORE_SHARED = { capabilities: [{ capability: 'x-ignore-shared', state: true }] };

interface MigrationInfo {
  status?: string;
  'error-desc'?: string;
}

/** Polls query-migrate until it reports completed; rejects on failed/cancelled or the deadline. */
async function waitForMigration(qmp: QmpClient, deadline: number, what: string): Promise<void> {
  for (;;) {
    const info = await qmp.execute<MigrationInfo>('query-migrate', undefined, { timeoutMs: Math.max(100, deadline - Date.now()) });
    if (info.status === 'completed') return;
    if (info.status === 'failed' || info.status === 'cancelled') {
      throw new QmpError(`${what} ${info.status}${info['error-desc'] ? `: ${info['error-desc']}` : ''}`);
    }
    if (Date.now() > deadline) throw new QmpError(`${what} did not complete in time (status ${info.status ?? 'none'})`);
    await sleep(POLL_MS);
  }
}

/**
 * Pauses the VM and writes its device state to `path`. The listening socket lives in runDir and
 * is removed afterwards; more than maxBytes from QEMU is an error (an Arrow's state is ~43 KB: a
 * stream that large means the RAM was not left out).
 */
export async function saveDeviceState(qmp: QmpClient, runDir: string, path: string, options: { maxBytes?: number; timeoutMs?: number } = {}): Promise<{ bytes: number }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_STATE_BYTES;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const socketPath = join(runDir, 'migrate.sock');
  const file = await open(path, 'w', 0o600);
  let server: Server | undefined;
  try {
    await qmp.execute('stop');
    await qmp.execute('migrate-set-capabilities', IGNORE_SHARED);
    const listening = await listenForOne(socketPath);
    server = listening.server;
    const accepted = listening.accepted;
    await qmp.execute('migrate', { uri: `unix:${socketPath}` });
    const socket = await within(accepted, deadline - Date.now());
    if (!socket) throw new QmpError('QEMU did not connect to the state socket in time');
    const received = new Promise<number>((resolve, reject) => {
      let bytes = 0;
      let writing = Promise.resolve();
      socket.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > maxBytes) {
          socket.destroy(new QmpError(`device state exceeds ${maxBytes} bytes`));
          return;
        }
        socket.pause();
        writing = writing.then(async () => {
          await file.write(chunk);
          socket.resume();
        });
        writing.catch((error: Error) => socket.destroy(error));
      });
      socket.once('error', reject);
      socket.once('end', () => writing.then(() => resolve(bytes), reject));
    });
    await waitForMigration(qmp, deadline, 'saving the device state');
    const bytes = await within(received, deadline - Date.now());
    if (bytes === undefined) throw new QmpError('the device state stream did not end in time');
    await file.sync();
    return { bytes };
  } finally {
    await file.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await rm(socketPath, { force: true });
  }
}

/**
 * Loads the device state from the descriptor QEMU inherited (`fd`, QEMU started with -incoming
 * defer) and waits until the VM is loaded and paused. A damaged state makes QEMU exit: the caller
 * sees the QMP connection close.
 */
export async function loadDeviceState(qmp: QmpClient, fd: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await qmp.execute('migrate-set-capabilities', IGNORE_SHARED);
  // No self-announce after the load: QEMU would have the guest's virtio-net send gratuitous ARPs
  // for the template's MAC and address, from every clone alike (each gets its own from Start),
  // and under TCG the transmit path ran before the app's start (~250 translated blocks, measured).
  // A live migration's target (kernel/vmm/migrate.ts) still announces: there the MAC moved.
  await qmp.execute('migrate-set-parameters', { 'announce-rounds': 0 });
  await qmp.execute('migrate-incoming', { uri: `fd:${fd}` });
  for (;;) {
    const status = await qmp.execute<{ status: string }>('query-status', undefined, { timeoutMs: Math.max(100, deadline - Date.now()) });
    if (status.status !== 'inmigrate') {
      if (status.status !== 'paused' && status.status !== 'postmigrate' && status.status !== 'prelaunch') {
        throw new QmpError(`loading the device state left the VM ${status.status}`);
      }
      return;
    }
    if (Date.now() > deadline) throw new QmpError(`loading the device state took more than ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}
