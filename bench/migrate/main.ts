// Live migration of a running Arrow between two VMs on this host, under a steady memory write
// load (kernel/testdata/dirtier.c), over libp2p (two real hosts on loopback, /arrow/migrate/1)
// and, as the same run's baseline, over a plain unix socket (the same VM-level calls, no libp2p).
//
//   npm run bench:migrate [-- --json] [-- --rounds 3] [-- --sizes 64,256]
//                         [-- --bandwidth BYTES_PER_S] [-- --downtime-limit MS] [-- --dirty-pages 8]
//                         [-- --phases migrate,failover] [-- --ttl 4] [-- --write-every 20]
//                         [-- --failover-rounds 1]
//
// Per guest size and transport, medians over the rounds:
//   downtime_ms                QMP `downtime` of the source: the guest's stop-and-copy (target ≤ 50 ms
//                              for 64 MiB over libp2p)
//   total_ms                   QMP `total-time`: `migrate` to completion
//   switchover_ms              the source VM paused (RAM complete) → the target runs the Arrow
//                              (Loaded, commit, Go, resume, channel taken over)
//   client_gap_ms              the largest gap between two of the app's output lines as the host
//                              received them, around the migration (the app prints every 10 ms)
//   bytes_sent_over_guest_ram  bytes of QEMU's migration stream ÷ guest RAM (dirty pages go twice)
//   acked_records_lost         output lines missing afterwards (each line is a record the host
//                              acknowledged to the guest; none may be lost or repeated)
//   ratio_libp2p_over_unix     downtime_ms and total_ms over libp2p ÷ over the unix socket
//   failed                     migrations whose target could not run the Arrow after it was
//                              loaded (the source took it back: see node/migrate's reclaim); not
//                              in the medians
//   died_after_move            migrations whose target ran the Arrow, which then stopped writing
//                              (its VM died or hangs: its console is logged); not in the medians
// The write load: `--dirty-pages` pages of 4 KiB every 10 ms (default 8: 3.2 MB/s) over a
// quarter of the guest's RAM. Parameters default to kernel/vmm's (for small edge links).
//
// Then the failover of a stateful Arrow (failover.ts; `--phases failover` runs it alone,
// `--phases migrate` leaves it out): a node running records.c with a volume (replicas 2), a
// record fsynced every `--write-every` ms (default 20), loses power (node process and QEMU
// SIGKILLed); the Arrow restarts on its replica node. Under "failover", medians over
// `--failover-rounds` (default 1, a cluster each) and each round's figures:
//   failover_restore_s        the kill → the Arrow running on the replica node, its first output
//                             there (target under TCG: ≤ ttl_s + 5, target_failover_restore_s)
//   recovery_point_s          the kill → back to when the newest record the restored volume holds
//                             was acked (how much time's worth of writes the failover lost)
//   records_lost_on_failover  acked on the dead node, not in the restored volume (the recovery
//                             point in records: expected > 0, unlike acked_records_lost above)
//   ttl_s                     the cluster's node TTL (`--ttl`, default 4 s)
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createConnection, createServer, type Socket } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { testHosts } from '../../p2p/index.ts';
import { ArrowSession, DEFAULT_MIGRATION_PARAMETERS, defaultArtifacts, TemplateCache, type ArrowStartOptions, type MigrationParameters } from '../../kernel/index.ts';
import { dirtierSink, type DirtierSink } from '../../kernel/testdata/dirtier-sink.ts';
import { migrateArrow, serveMigrations } from '../../node/migrate/index.ts';
import { percentile } from '../percentile.ts';
import { COMMIT_EVERY_MS, failoverRound, type FailoverSample } from './failover.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '64,256' },
    bandwidth: { type: 'string', default: String(DEFAULT_MIGRATION_PARAMETERS.maxBandwidthBytesPerSecond) },
    'downtime-limit': { type: 'string', default: String(DEFAULT_MIGRATION_PARAMETERS.downtimeLimitMs) },
    'dirty-pages': { type: 'string', default: '8' },
    phases: { type: 'string', default: 'migrate,failover' },
    ttl: { type: 'string', default: '4' },
    'write-every': { type: 'string', default: '20' },
    'failover-rounds': { type: 'string', default: '1' },
  },
});
const rounds = Number(values.rounds);
const sizes = values.sizes.split(',').map(Number);
const parameters: MigrationParameters = { ...DEFAULT_MIGRATION_PARAMETERS, maxBandwidthBytesPerSecond: Number(values.bandwidth), downtimeLimitMs: Number(values['downtime-limit']) };
const dirtyPages = Number(values['dirty-pages']);
if (!Number.isInteger(rounds) || rounds < 1 || sizes.some((s) => !Number.isInteger(s) || s < 32) || !Number.isInteger(dirtyPages)) throw new Error('bad --rounds, --sizes or --dirty-pages');
const phases = new Set(values.phases.split(','));
const ttlS = Number(values.ttl);
const writeEveryMs = Number(values['write-every']);
const failoverRounds = Number(values['failover-rounds']);
if ([...phases].some((p) => p !== 'migrate' && p !== 'failover') || !(ttlS >= 1) || !Number.isInteger(writeEveryMs) || writeEveryMs < 1 || !Number.isInteger(failoverRounds) || failoverRounds < 1) {
  throw new Error('bad --phases (migrate,failover), --ttl, --write-every or --failover-rounds');
}
const log = (message: string) => void process.stderr.write(`bench:migrate: ${message}\n`);
const median = (samples: readonly number[]) => percentile([...samples].sort((a, b) => a - b), 50);
const TICK_US = 10_000;

interface Sample {
  downtimeMs: number;
  totalMs: number;
  switchoverMs: number;
  clientGapMs: number;
  streamBytes: number;
  lost: number;
}

const report: Record<string, unknown> = {};
if (phases.has('migrate')) {
  report.parameters = { downtime_limit_ms: parameters.downtimeLimitMs, max_bandwidth_bytes_per_s: parameters.maxBandwidthBytesPerSecond, auto_converge: parameters.autoConverge };
  report.write_load = { pages_per_10ms: dirtyPages, bytes_per_s: dirtyPages * 4096 * 100, working_set: 'a quarter of guest RAM' };
  report.target_downtime_ms_64mib = 50;
  report.results = await migrations();
}
if (phases.has('failover')) report.failover = await failovers();
report.loadavg = loadavg().map((l) => round2(l));
process.stdout.write(values.json ? JSON.stringify(report) + '\n' : JSON.stringify(report, null, 2) + '\n');

/** The live migrations, over libp2p and over a unix socket: the figures per guest size and transport. */
async function migrations(): Promise<Record<string, unknown>[]> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-bench-migrate-'));
  const hosts = await testHosts();
  try {
    const dirtier = join(dir, 'dirtier');
    await execa('musl-gcc', ['-static', '-Os', '-o', dirtier, fileURLToPath(new URL('../../kernel/testdata/dirtier.c', import.meta.url))], { timeout: 60_000 });
    const artifacts = defaultArtifacts();
    const files = new Map<string, string>();
    for (const path of [await artifacts.kernelImage('default'), (await artifacts.initramfs(dirtier)).path]) {
      files.set(`sha256:${createHash('sha256').update(await readFile(path)).digest('hex')}`, path);
    }
    const [sourceHost, targetHost] = [await hosts.start(), await hosts.start()];
    let out: DirtierSink = dirtierSink();
    const forward = { write: (chunk: Uint8Array | string) => out.stream.write(chunk) } as unknown as NodeJS.WritableStream;
    const arrived: ArrowSession[] = [];
    const target = await serveMigrations(targetHost, {
      async prepare(request) {
        return { kernelPath: files.get(request.kernelDigest)!, initrdPath: files.get(request.initrdDigest)!, runRoot: join(dir, 'dst'), stdout: forward, stderr: forward };
      },
      onArrow: (session) => void arrived.push(session),
    });
    const base = {
      binaryPath: dirtier, env: [], files: [], template: 'default', cpus: 1, ports: [], runRoot: join(dir, 'src'),
      artifacts, templates: new TemplateCache({ dir: join(dir, 'templates') }), stdout: forward, stderr: forward, graceMs: 2000,
    } satisfies Partial<ArrowStartOptions>;

    const results: Record<string, unknown>[] = [];
    for (const memoryMiB of sizes) {
      const args = [String(Math.floor(memoryMiB / 4)), String(dirtyPages), String(TICK_US)];
      const byTransport: Record<string, Sample[]> = { libp2p: [], unix: [] };
      const failed: Record<string, number> = { libp2p: 0, unix: 0 };
      const diedAfter: Record<string, number> = { libp2p: 0, unix: 0 };
      for (let round = 0; round < rounds; round++) {
        for (const transport of ['libp2p', 'unix'] as const) {
          out = dirtierSink();
          const arrow = await ArrowSession.start({ ...base, memoryMiB, args, stdout: forward, stderr: forward });
          await out.until(100, 120_000); // running, its working set written once
          const fromN = out.last().n;
          let sample: Omit<Sample, 'clientGapMs' | 'lost'> | undefined;
          let moved: ArrowSession;
          try {
            if (transport === 'libp2p') {
              const result = await migrateArrow(sourceHost, targetHost.getMultiaddrs()[0]!, arrow, { arrow: `bench-${memoryMiB}-${round}`, parameters });
              moved = arrived.shift()!;
              sample = { downtimeMs: result.stats.downtimeMs, totalMs: result.stats.totalMs, switchoverMs: result.switchoverMs, streamBytes: result.stats.streamBytes };
            } else {
              ({ sample, moved } = await overUnixSocket(arrow, parameters, join(dir, 'dst'), forward));
            }
          } catch (error) {
            const back = (error as { session?: ArrowSession }).session;
            if (!back) throw error;
            failed[transport]! += 1;
            log(`${memoryMiB} MiB ${transport} round ${round + 1}: FAILED, the source took the Arrow back: ${(error as Error).message}`);
            moved = back;
          }
          try {
            await out.until(out.last().n + 100, 30_000);
          } catch (error) {
            // The moved Arrow stopped counting: its VM died or hangs. Its console says which.
            diedAfter[transport]! += 1;
            const console = await moved.vm.consoleTail(6000).catch((e: Error) => `(no console: ${e.message})`);
            log(`${memoryMiB} MiB ${transport} round ${round + 1}: DIED after the move (${(error as Error).message}); VM ${await moved.vm.status().catch(() => "gone")}; its console:\n${console}`);
            await moved.kill();
            continue;
          }
          moved.stop();
          await moved.wait();
          if (!sample) continue;
          const { lost } = out.counts();
          const clientGapMs = out.maxGapMs(fromN);
          byTransport[transport]!.push({ ...sample, clientGapMs, lost });
          log(`${memoryMiB} MiB ${transport} round ${round + 1}: downtime ${sample.downtimeMs} ms, total ${sample.totalMs} ms, switchover ${sample.switchoverMs.toFixed(1)} ms, client gap ${clientGapMs.toFixed(0)} ms, ${(sample.streamBytes / 2 ** 20).toFixed(1)} MiB sent, lost ${lost}`);
        }
      }
      for (const transport of ['libp2p', 'unix'] as const) {
        const samples = byTransport[transport]!;
        results.push({
          guest_mib: memoryMiB,
          transport,
          downtime_ms: median(samples.map((s) => s.downtimeMs)),
          total_ms: median(samples.map((s) => s.totalMs)),
          switchover_ms: round1(median(samples.map((s) => s.switchoverMs))),
          client_gap_ms: round1(median(samples.map((s) => s.clientGapMs))),
          bytes_sent_over_guest_ram: round2(median(samples.map((s) => s.streamBytes)) / (memoryMiB * 2 ** 20)),
          acked_records_lost: Math.max(0, ...samples.map((s) => s.lost)),
          rounds: samples.length,
          failed: failed[transport],
          died_after_move: diedAfter[transport],
        });
      }
      const [p2p, unix] = results.slice(-2) as { downtime_ms: number; total_ms: number }[];
      results.push({ guest_mib: memoryMiB, ratio_libp2p_over_unix: { downtime: round2(p2p!.downtime_ms / Math.max(1, unix!.downtime_ms)), total: round2(p2p!.total_ms / Math.max(1, unix!.total_ms)) } });
    }
    await target.stop();
    return results;
  } finally {
    await hosts.stopAll();
    await rm(dir, { recursive: true, force: true });
  }
}

/** `--failover-rounds` failovers (failover.ts), a cluster each: medians and each round's figures. */
async function failovers(): Promise<Record<string, unknown>> {
  const samples: FailoverSample[] = [];
  for (let round = 0; round < failoverRounds; round++) {
    const s = await failoverRound({ ttlMs: ttlS * 1000, writeEveryMs, steadyMs: 3_000, log });
    samples.push(s);
    log(`failover round ${round + 1}: restore ${s.failoverRestoreS.toFixed(2)} s (node down ${s.nodeDownS.toFixed(2)} s, replacement running ${s.replacementRunningS.toFixed(2)} s), `
      + `recovery point ${s.recoveryPointS?.toFixed(2) ?? '-'} s, ${s.recordsLost} of ${s.ackedOnA} acked records lost (${s.foundOnB} found on the replica node, intact: ${s.restoredIntact}), TTL ${ttlS} s`);
  }
  const med = (pick: (s: FailoverSample) => number | null) => {
    const known = samples.map(pick).filter((v): v is number => v !== null && Number.isFinite(v));
    return known.length === samples.length ? round2(median(known)) : null;
  };
  const restoreS = med((s) => s.failoverRestoreS);
  return {
    ttl_s: ttlS,
    target_failover_restore_s: ttlS + 5,
    failover_restore_s: restoreS,
    meets_target: restoreS !== null && restoreS <= ttlS + 5,
    recovery_point_s: med((s) => s.recoveryPointS),
    records_lost_on_failover: med((s) => s.recordsLost),
    node_down_s: med((s) => s.nodeDownS),
    replacement_running_s: med((s) => s.replacementRunningS),
    write_every_ms: writeEveryMs,
    commit_every_ms: COMMIT_EVERY_MS,
    rounds: samples.length,
    runs: samples.map((s) => ({
      failover_restore_s: round2(s.failoverRestoreS),
      recovery_point_s: s.recoveryPointS === null ? null : round2(s.recoveryPointS),
      records_lost_on_failover: s.recordsLost,
      node_down_s: round2(s.nodeDownS),
      replacement_running_s: round2(s.replacementRunningS),
      snapshot_age_at_kill_s: s.snapshotAgeAtKillS === null ? null : round2(s.snapshotAgeAtKillS),
      records_acked_before_kill: s.ackedOnA,
      records_found_after_restore: s.foundOnB,
      restored_records_intact: s.restoredIntact,
    })),
  };
}

/** The same VM-level moves as node/migrate, the stream a unix socket: the baseline. */
async function overUnixSocket(arrow: ArrowSession, parameters: MigrationParameters, runRoot: string, output: NodeJS.WritableStream): Promise<{ sample: Omit<Sample, 'clientGapMs' | 'lost'>; moved: ArrowSession }> {
  const incoming = await ArrowSession.startIncoming({ spec: await arrow.migrationSpec(), runRoot, stdout: output, stderr: output });
  const path = join(runRoot, `bench-${process.pid}.sock`);
  const server = createServer();
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  await new Promise<void>((resolve) => server.listen(path, resolve));
  const writer = createConnection(path);
  const reader = await accepted;
  server.close();
  const [stats] = await Promise.all([arrow.migrateOut(writer, { parameters }).finally(() => writer.end()), incoming.receive(reader)]);
  const pausedAt = performance.now();
  let moved: ArrowSession;
  try {
    moved = await incoming.resume(await arrow.handOver());
  } catch (error) {
    // As node/migrate does: the target's VM is gone, the paused source takes the Arrow back.
    throw Object.assign(error as Error, { session: await arrow.reclaim() });
  }
  const switchoverMs = performance.now() - pausedAt;
  await arrow.kill();
  return { sample: { downtimeMs: stats.downtimeMs, totalMs: stats.totalMs, switchoverMs, streamBytes: stats.streamBytes }, moved };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
