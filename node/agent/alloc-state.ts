// What the VM runner keeps on disk per allocation, so that the next arrowd (after a restart, a
// crash or kill -9) finds what ran: <dataDir>/allocs/<id>/alloc.json (the records it was started
// from, its run dir, restarts, ports, what it was doing) beside its logs/. The VM's own run dir
// (<dataDir>/run/<runId>/: QMP and channel sockets, pid, serial log, channel position) is the
// kernel's; the record names it. Written atomically (temporary file, rename), read bounded.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isIPv4 } from 'node:net';
import { join } from 'node:path';
import { isTapName } from '../../kernel/index.ts';
import type { AllocationRecord, ArrowRecord, PortBinding } from '../cluster/index.ts';
import type { TapAttachment } from '../net/index.ts';

/**
 * starting: a VM is being started (a VM found alive is adopted, a dead one is started again
 * without counting a restart); running: the app ran (a dead VM counts as a restart);
 * waiting: between runs, the restart already counted.
 */
export type RunPhase = 'starting' | 'running' | 'waiting';

export interface AllocationRun {
  readonly allocation: AllocationRecord;
  readonly arrow: ArrowRecord;
  /**
   * The VM's run dir name under <dataDir>/run: the allocation's own (runIdFor), or, when its VM
   * was a clone restored ahead of time, the one that clone was restored in (isPooledRunId).
   */
  readonly runId: string;
  readonly restarts: number;
  readonly ports: readonly PortBinding[];
  readonly phase: RunPhase;
  /** The app's exit code of the last run that ended, null when none or a signal or failure. */
  readonly lastExitCode: number | null;
  /** Its VM's tap on the node's bridge, when it runs on the node's Arrow network. */
  readonly tap?: TapAttachment;
}

const FORMAT = 1;
const RECORD_FILE = 'alloc.json';
const MAX_RECORD_BYTES = 1024 * 1024;
const MAX_RECORDS = 10_000;
/** sun_path holds 108 bytes with its terminator; the channel socket's name is the longest. */
const MAX_SOCKET_PATH = 107;
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** Where an allocation's record and logs live: its id when that is a safe file name, else a hash of it. */
export function allocationDir(dataDir: string, allocationId: string): string {
  return join(dataDir, 'allocs', SAFE_NAME.test(allocationId) ? allocationId : `h-${sha256(allocationId).slice(0, 32)}`);
}

/**
 * Run ids of the VM runner's pooled clones (ClonePool's idPrefix): this prefix and a random part.
 * No allocation's own run dir starts with it (runIdFor), so a clone waiting in the pool and an
 * allocation never share a run dir.
 */
export const POOLED_RUN_PREFIX = 'pool.';
const POOLED_RUN_ID = /^pool\.[0-9a-f]{12}$/;

/** True for the run id of a clone restored ahead of time (one an allocation may have taken). */
export function isPooledRunId(runId: string): boolean {
  return POOLED_RUN_ID.test(runId);
}

/** The run dir name of an allocation's VM: its id when safe and short enough for the sockets in it, else a hash. */
export function runIdFor(runRoot: string, allocationId: string): string {
  const fits = (id: string) => Buffer.byteLength(join(runRoot, id, 'channel.sock')) <= MAX_SOCKET_PATH;
  const own = SAFE_NAME.test(allocationId) && !allocationId.startsWith(POOLED_RUN_PREFIX) && allocationId.length <= 64;
  if (own && fits(allocationId)) return allocationId;
  const hashed = `h-${sha256(allocationId).slice(0, 24)}`;
  if (!fits(hashed)) throw new Error(`the run root ${runRoot} is too long for a VM's unix sockets; use a shorter data dir`);
  return hashed;
}

export async function writeAllocationRun(dataDir: string, run: AllocationRun): Promise<void> {
  const dir = allocationDir(dataDir, run.allocation.id);
  await mkdir(dir, { recursive: true });
  const path = join(dir, RECORD_FILE);
  await writeFile(`${path}.tmp`, JSON.stringify({ format: FORMAT, ...run }), { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

export async function removeAllocationRun(dataDir: string, allocationId: string): Promise<void> {
  await rm(join(allocationDir(dataDir, allocationId), RECORD_FILE), { force: true });
}

/** The names under <dataDir>/allocs; none when nothing ran here yet. */
async function allocationDirNames(dataDir: string): Promise<string[]> {
  try {
    return await readdir(join(dataDir, 'allocs'));
  } catch {
    return [];
  }
}

/** An allocation's directory as pruning sees it: ended once its record is gone (its logs stay). */
export interface AllocationDirEntry {
  readonly name: string;
  readonly ended: boolean;
  /** When the directory last changed: for an ended allocation, when its record was removed. */
  readonly changedMs: number;
}

/** The directories of ended allocations beyond the `keep` that ended last. */
export function endedDirsBeyond(entries: readonly AllocationDirEntry[], keep: number): string[] {
  return entries
    .filter((entry) => entry.ended)
    .sort((a, b) => b.changedMs - a.changedMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(Math.max(0, keep))
    .map((entry) => entry.name);
}

/**
 * Removes the directories (logs) of ended allocations beyond the `keep` that ended last, never one
 * named in `inUse` (an allocation this runner has a slot for). Returns the names removed.
 */
export async function pruneEndedAllocations(dataDir: string, keep: number, inUse: ReadonlySet<string>): Promise<string[]> {
  const root = join(dataDir, 'allocs');
  const names = await allocationDirNames(dataDir);
  const entries: AllocationDirEntry[] = [];
  for (const name of names) {
    if (inUse.has(name)) continue;
    const dir = await stat(join(root, name)).catch(() => undefined);
    if (!dir?.isDirectory()) continue;
    const record = await stat(join(root, name, RECORD_FILE)).catch(() => undefined);
    entries.push({ name, ended: record === undefined, changedMs: dir.mtimeMs });
  }
  const doomed = endedDirsBeyond(entries, keep);
  for (const name of doomed) await rm(join(root, name), { recursive: true, force: true });
  return doomed;
}

/**
 * Every record under <dataDir>/allocs; one that cannot be read or makes no sense is reported
 * through `onBad` (and removed: it names nothing anyone can act on) instead of failing the rest.
 */
export async function readAllocationRuns(dataDir: string, onBad: (path: string, why: string) => void): Promise<AllocationRun[]> {
  const names = await allocationDirNames(dataDir);
  const runs: AllocationRun[] = [];
  for (const name of names.slice(0, MAX_RECORDS)) {
    const path = join(dataDir, 'allocs', name, RECORD_FILE);
    let text: string;
    try {
      text = await readBounded(path, MAX_RECORD_BYTES + 1);
    } catch {
      continue; // logs kept after the allocation ended: no record
    }
    const why = Buffer.byteLength(text) > MAX_RECORD_BYTES ? `larger than ${MAX_RECORD_BYTES} bytes` : undefined;
    const run = why ? undefined : parseRun(text);
    if (typeof run === 'object') {
      runs.push(run);
      continue;
    }
    onBad(path, why ?? run ?? 'unreadable');
    await rm(path, { force: true });
  }
  return runs;
}

/** A record, or why it is not one. */
function parseRun(text: string): AllocationRun | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (!isObject(value) || value.format !== FORMAT) return `not a format ${FORMAT} record`;
  const { allocation, arrow, runId, restarts, ports, phase, lastExitCode, tap } = value;
  if (!isObject(allocation) || typeof allocation.id !== 'string' || !isCount(allocation.generation) || !isCount(allocation.modifyIndex)) return 'no allocation record';
  if (!isObject(arrow) || typeof arrow.name !== 'string' || typeof arrow.definitionJson !== 'string') return 'no Arrow record';
  if (typeof runId !== 'string' || !SAFE_NAME.test(runId)) return 'no run dir name';
  if (!isCount(restarts)) return 'no restart count';
  if (!Array.isArray(ports) || !ports.every(isPortBinding)) return 'bad ports';
  if (phase !== 'starting' && phase !== 'running' && phase !== 'waiting') return 'bad phase';
  if (lastExitCode !== null && !Number.isSafeInteger(lastExitCode)) return 'bad exit code';
  // Records from before nameservers were part of a tap have none.
  const tapRecord = isObject(tap) && tap.nameservers === undefined ? { ...tap, nameservers: [] } : tap;
  if (tapRecord !== undefined && !isTap(tapRecord)) return 'bad tap';
  return {
    allocation: allocation as unknown as AllocationRecord, arrow: arrow as unknown as ArrowRecord, runId, restarts, ports, phase, lastExitCode: lastExitCode as number | null,
    ...(tapRecord === undefined ? {} : { tap: tapRecord }),
  };
}

function isTap(value: unknown): value is TapAttachment {
  return isObject(value) && typeof value.ifname === 'string' && isTapName(value.ifname) && typeof value.address === 'string'
    && /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(value.address) && typeof value.gateway === 'string' && isIPv4(value.gateway) && isCount(value.mtu)
    && Array.isArray(value.nameservers) && value.nameservers.length <= 3 && value.nameservers.every((n) => typeof n === 'string' && isIPv4(n));
}

/** At most `limit` bytes of a file, as text. */
/** A file's text, at most `limit` bytes of it. */
export async function readBounded(path: string, limit: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    // Sized by the file (records are a few KB), bounded by the limit.
    const size = Math.min(limit, (await handle.stat()).size);
    const buffer = Buffer.alloc(size);
    let length = 0;
    while (length < size) {
      const { bytesRead } = await handle.read(buffer, length, size - length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isPortBinding = (v: unknown): v is PortBinding =>
  isObject(v) && typeof v.name === 'string' && isCount(v.guest) && isCount(v.host) && (v.host as number) <= 65_535 && typeof v.address === 'string' && (v.protocol === 'tcp' || v.protocol === 'udp');

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
