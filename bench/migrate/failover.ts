// Failover of a stateful Arrow, the bench:migrate phase that has no live migration in it: a node
// loses power (its node process and its QEMU SIGKILLed together: nothing of it survives), and the
// Arrow restarts on the node that holds a replica of its volume, from the newest snapshot that
// reached it. A real cluster in this process (startVmWorld, TTL --ttl), node A in a child
// process running kernel/testdata/records.c with a volume (replicas 2) that fsyncs a 64-byte
// record every --write-every ms and prints "acked N" after each; node B in this process, the
// replica holder (kept ineligible until the Arrow runs on A, so that it lands there).
//
// Figures of one round:
//   failover_restore_s        the kill → the Arrow running again on B: its allocation reported
//                             running there, and the app's first line ("found N") in B's log
//                             (target under TCG: ≤ TTL + 5 s)
//   recovery_point_s          how far behind the kill the restored data is: the kill's wall time
//                             minus the time record N (the last one the restored volume holds)
//                             was acked, as this process saw "acked N" appear in A's stdout log
//                             (polled every 20 ms: the ack times are up to ~20 ms late, so this is
//                             up to ~20 ms short)
//   records_lost_on_failover  records acked on A (in A's log at the kill) that B did not find: the
//                             recovery point in records, expected > 0 (snapshots are committed at
//                             most every 3 s, as arrowd does, and replicated after), not a bug
//   node_down_s               the kill → A marked down (TTL expiry)
//   replacement_running_s     the kill → the replacement allocation on B reported running
//   snapshot_age_at_kill_s    the kill's wall time minus the creation time of the newest snapshot
//                             B held made before the kill, the one it restored (a cross-check of
//                             recovery_point_s: the snapshot is committed after the ack)
//   restored_records_intact   records 1..N of B's restored volume are exactly what A wrote
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isLiveAllocation } from '../../node/cluster/index.ts';
import type { AllocationRecord } from '../../node/cluster/index.ts';
import { buildRecords, recordsDefinition } from '../../node/agent/testing/records.ts';
import { qemuPids, spawnVmNode, startVmWorld } from '../../node/agent/testing/vm-cluster.ts';
import { DEFAULT_COMMIT_EVERY_MS } from '../../shadowfs/index.ts';

const RECORD_BYTES = 64;
/** VolumeSync's commit interval: arrowd's own (3 s), which bounds the recovery point. */
export const COMMIT_EVERY_MS = DEFAULT_COMMIT_EVERY_MS;

export interface FailoverOptions {
  readonly ttlMs: number;
  readonly writeEveryMs: number;
  /** How long the app writes with B holding snapshots before the kill (steady replication). */
  readonly steadyMs: number;
  readonly log: (message: string) => void;
}

export interface FailoverSample {
  failoverRestoreS: number;
  recoveryPointS: number | null;
  recordsLost: number;
  nodeDownS: number;
  replacementRunningS: number;
  snapshotAgeAtKillS: number | null;
  ackedOnA: number;
  foundOnB: number;
  restoredIntact: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs: number, everyMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** A log file read as it grows: each line's first sighting timestamped (wall ms). */
class TailedLog {
  readonly #path: string;
  #offset = 0;
  #partial = '';
  readonly lines: { text: string; atMs: number }[] = [];

  constructor(path: string) {
    this.#path = path;
  }

  /** Reads what was appended since the last poll; new lines are stamped `atMs`. */
  async poll(atMs = Date.now()): Promise<void> {
    const handle = await open(this.#path, 'r').catch(() => undefined);
    if (!handle) return;
    try {
      const { size } = await handle.stat();
      if (size <= this.#offset) return;
      const buffer = Buffer.alloc(size - this.#offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.#offset);
      this.#offset += bytesRead;
      const parts = (this.#partial + buffer.subarray(0, bytesRead).toString('utf8')).split('\n');
      this.#partial = parts.pop()!;
      for (const text of parts) this.lines.push({ text, atMs });
    } finally {
      await handle.close();
    }
  }

  /** The number and first sighting of each `<word> N` line. */
  numbered(word: string): Map<number, number> {
    const seen = new Map<number, number>();
    const re = new RegExp(`^${word} (\\d+)$`);
    for (const { text, atMs } of this.lines) {
      const m = re.exec(text);
      if (m && !seen.has(Number(m[1]))) seen.set(Number(m[1]), atMs);
    }
    return seen;
  }
}

function record(i: number): string {
  const head = `record ${String(i).padStart(8, '0')} `;
  return head + 'x'.repeat(RECORD_BYTES - head.length - 1) + '\n';
}

/** One failover in a world of its own (a cluster and two nodes), torn down after. */
export async function failoverRound(options: FailoverOptions): Promise<FailoverSample> {
  const { log } = options;
  // startVmWorld and spawnVmNode tear down through an ava-like context: run its teardowns in
  // reverse order (as ava does) once the round ends, pass or fail.
  const teardowns: Array<() => Promise<void> | void> = [];
  const t = { teardown: (fn: () => Promise<void> | void) => void teardowns.push(fn) };
  const nodeLog: string[] = [];
  const logger = (name: string) => {
    const put = (level: string) => (obj: object, msg: string) => {
      nodeLog.push(`${new Date().toISOString()} ${name} ${level} ${msg} ${JSON.stringify(obj).slice(0, 400)}`);
      if (nodeLog.length > 200) nodeLog.shift();
    };
    return { info: put('info'), warn: put('WARN') };
  };
  try {
    const w = await startVmWorld(t, options.ttlMs);
    const binary = await buildRecords(w.dir);
    const b = await w.node('b', { logger: logger('b'), commitEveryMs: COMMIT_EVERY_MS });
    await until('B registered', () => w.member.state.nodes().length === 1, 30_000);
    // B holds the binary (A fetches it from there) but takes no work until the Arrow runs on A.
    await w.propose({ type: 'set-eligibility', node: b.peerId, eligible: false });
    const records = await w.push(b, binary);
    const aOptions = w.nodeOptions('a', { commitEveryMs: COMMIT_EVERY_MS });
    const a = await spawnVmNode(t, aOptions);
    await until('A registered', () => w.member.state.nodes().length === 2, 30_000);
    await w.propose({
      type: 'put-arrow',
      definitionJson: recordsDefinition(records, ['100000', String(RECORD_BYTES), String(options.writeEveryMs)], { restart: 'always' }),
    });
    const first = await until('the Arrow running on A', () => w.member.state.allocationsOfArrow('rec').find((x) => isLiveAllocation(x) && x.status === 'running'), 180_000, 100);
    if (first.node !== a.peerId) throw new Error(`the Arrow went to ${first.node}, not to A (${a.peerId})`);
    const aLog = new TailedLog(join(aOptions.dataDir, 'allocs', first.id, 'logs', 'stdout.log'));
    let tailing = true;
    const tail = (async () => {
      while (tailing) {
        await aLog.poll();
        await sleep(20);
      }
    })();
    try {
      await until('records acked on A', () => aLog.numbered('acked').size >= 20, 60_000, 100);
      await w.propose({ type: 'set-eligibility', node: b.peerId, eligible: true });
      const replicated = Date.now();
      await until('B holding a replicated snapshot', () => {
        const v = w.member.state.volume('rec');
        return v?.replicaNodes.includes(b.peerId) && v.holders.some((h) => h.node === b.peerId && h.seq > 0);
      }, 60_000, 50);
      log(`failover: B holds a snapshot ${((Date.now() - replicated) / 1000).toFixed(1)} s after it became eligible; writing on for ${options.steadyMs} ms`);
      await sleep(options.steadyMs);
    } finally {
      tailing = false;
      await tail;
    }

    // Power loss: A's node process and its QEMU killed at once.
    const aQemus = await qemuPids(aOptions.dataDir + '/');
    if (aQemus.length !== 1) throw new Error(`expected one QEMU of A, found ${aQemus.length}`);
    await aLog.poll();
    const killedMs = Date.now();
    const killed = performance.now();
    const dead = a.kill();
    for (const pid of aQemus) process.kill(pid, 'SIGKILL');
    await dead;
    // Lines A wrote between the last poll and the kill: acked before the kill, stamped at it.
    await aLog.poll(killedMs);
    const acks = aLog.numbered('acked');
    const ackedOnA = Math.max(0, ...acks.keys());
    log(`failover: killed A (node process and QEMU pid ${aQemus.join(',')}) after ${ackedOnA} records acked`);

    let nodeDownS: number | undefined;
    let replacementRunningS: number | undefined;
    let replacement: AllocationRecord | undefined;
    let bLog: TailedLog | undefined;
    const { found, foundS } = await until('the Arrow running again on B with its first output', async () => {
      const elapsed = (performance.now() - killed) / 1000;
      if (nodeDownS === undefined && w.member.state.node(a.peerId)?.status === 'down') nodeDownS = elapsed;
      replacement ??= w.member.state.allocationsOfArrow('rec').find((x) => isLiveAllocation(x) && x.node === b.peerId);
      if (!replacement) return undefined;
      if (replacementRunningS === undefined && w.member.state.allocation(replacement.id)?.status === 'running') replacementRunningS = elapsed;
      bLog ??= new TailedLog(join(b.runner.logDir(replacement.id), 'stdout.log'));
      await bLog.poll();
      const n = [...bLog.numbered('found').keys()][0];
      return n !== undefined && replacementRunningS !== undefined ? { found: n, foundS: elapsed } : undefined;
    }, 120_000);
    if ((await qemuPids(aOptions.dataDir + '/')).length > 0) throw new Error('a QEMU of A outlived the kill');
    // What B restored from: the newest snapshot it held made before the kill (A's, replicated;
    // B's own commits of the new run come after).
    const heldByB = (await b.volumes.volumes.list('rec')).filter((x) => x.createdAt.getTime() <= killedMs).at(-1);

    // The restored volume on B: records 1..found exactly as A wrote them.
    const text = await readFile(join(b.volumes.workDir('rec'), 'records'), 'utf8').catch(() => '');
    const restoredIntact = text.slice(0, found * RECORD_BYTES) === Array.from({ length: found }, (_, i) => record(i + 1)).join('');
    const ackedAt = acks.get(found);
    const sample: FailoverSample = {
      failoverRestoreS: foundS,
      recoveryPointS: found === 0 || ackedAt === undefined ? null : Math.max(0, killedMs - ackedAt) / 1000,
      recordsLost: Math.max(0, ackedOnA - found),
      nodeDownS: nodeDownS ?? NaN,
      replacementRunningS: replacementRunningS!,
      snapshotAgeAtKillS: heldByB ? (killedMs - heldByB.createdAt.getTime()) / 1000 : null,
      ackedOnA,
      foundOnB: found,
      restoredIntact,
    };
    if (found > ackedOnA) log(`failover: WARNING B found ${found} records, more than the ${ackedOnA} acked in A's log`);
    if (!restoredIntact) log(`failover: WARNING records 1..${found} of B's volume are not what A wrote`);
    return sample;
  } catch (error) {
    process.stderr.write(`---- node B's log (tail) ----\n${nodeLog.slice(-60).join('\n')}\n`);
    throw error;
  } finally {
    for (const fn of teardowns.reverse()) await Promise.resolve().then(fn).catch(() => undefined);
  }
}
