// Test helpers for kernel/testdata/records.c as an Arrow with a volume (records COUNT SIZE PAUSE_MS:
// "found N" at start, "acked N" after each fsynced record of SIZE bytes appended to /data/records).
import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLogs } from '../logs.ts';
import { busyboxDefinition } from './vm-cluster.ts';
import type { VmNode } from './vm-cluster.ts';

const RECORDS_C = fileURLToPath(new URL('../../../kernel/testdata/records.c', import.meta.url));

/** Builds records.c (static, musl) into `dir`; returns its path. */
export async function buildRecords(dir: string): Promise<string> {
  const binary = join(dir, 'records');
  await execa('musl-gcc', ['-static', '-Os', '-o', binary, RECORDS_C], { timeout: 60_000 });
  return binary;
}

/** Record `i` as records.c writes it (64 bytes by default). */
export function record(i: number, size = 64): string {
  const head = `record ${String(i).padStart(8, '0')} `;
  return head + 'x'.repeat(size - head.length - 1) + '\n';
}

/** The record numbers an output acked, in order. */
export const ackedIn = (text: string): number[] => [...text.matchAll(/^acked (\d+)$/gm)].map((m) => Number(m[1]));

/** What an allocation printed on `node` so far (its stdout log files). */
export async function stdoutOf(node: VmNode, allocationId: string): Promise<string> {
  let text = '';
  for await (const chunk of readLogs(node.runner.logDir(allocationId), 'stdout')) text += chunk.toString();
  return text;
}

/** until() for probes that read files: every 100 ms until a value, or throws naming `what`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Arrow `rec` running records.c (`binary` as pushed) with `args`: a service that is not restarted,
 * with a 4 MiB volume at /data kept on 2 nodes; `fields` change any of that.
 */
export function recordsDefinition(binary: { digest: string; size: number }, args: readonly string[], fields: Record<string, unknown> = {}): string {
  return busyboxDefinition(binary, {
    name: 'rec', binary: { ...binary, name: 'records' }, args, restart: 'never', volume: { path: '/data', size: 4, replicas: 2 }, ...fields,
  });
}

/** The records file of the newest snapshot `node` holds of volume `name`, restored under `scratch` ('' when none). */
export async function newestRecords(node: VmNode, name: string, scratch: string): Promise<{ seq: number; text: string }> {
  const newest = (await node.volumes.volumes.list(name)).at(-1);
  if (!newest) return { seq: 0, text: '' };
  const dir = join(scratch, `restored-${name}-${newest.seq}-${Date.now()}`);
  await node.volumes.volumes.restore(name, newest.seq, dir);
  return { seq: newest.seq, text: await readFile(join(dir, 'records'), 'utf8').catch(() => '') };
}

