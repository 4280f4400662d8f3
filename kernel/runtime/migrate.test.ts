// Live migration of a running Arrow between two VMs on this host, the stream a plain in-process
// pipe (node/migrate carries it over libp2p): the app keeps its pid and its count, the source
// VM is gone afterwards, the target is driven like any Arrow; a failed migration leaves the
// source running and no target.
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { TemplateCache } from '../template/index.ts';
import { qemuProcessesMentioning } from '../testdata/helpers.ts';
import { DEFAULT_MIGRATION_PARAMETERS, MigrationError } from '../vmm/index.ts';
import { ArrowRunError, ArrowSession, defaultArtifacts, type ArrowStartOptions } from './index.ts';
import { dirtierSink } from '../testdata/dirtier-sink.ts';

const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));

interface Fixture {
  dir: string;
  options: ArrowStartOptions;
}

let fixture: Promise<Fixture> | undefined;

test.before(() => {
  fixture = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arrow-migrate-test-'));
    const dirtier = join(dir, 'dirtier');
    await execa('musl-gcc', ['-static', '-Os', '-o', dirtier, join(TESTDATA, 'dirtier.c')], { timeout: 60_000 });
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const options: ArrowStartOptions = {
      // 4 MiB written over, 64 pages every 20 ms: a steady, modest write load.
      binaryPath: dirtier, args: ['4', '64', '20000'], env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [],
      runRoot: join(dir, 'run'), artifacts: defaultArtifacts(), templates: new TemplateCache({ dir: join(dir, 'templates') }),
      stdout: sink, stderr: sink, graceMs: 2000,
    };
    return { dir, options };
  })();
});

test.after.always(async () => {
  const f = await fixture?.catch(() => undefined);
  if (!f) return;
  for (const pid of await qemuProcessesMentioning(f.dir)) process.kill(Number(pid), 'SIGKILL');
  await rm(f.dir, { recursive: true, force: true });
});

for (const boot of ['auto', 'cold'] as const) {
  test.serial(`a running Arrow (${boot === 'auto' ? 'a clone' : 'cold-booted'}) moves to another VM: same pid, the count goes on, stop and wait work there`, async (t) => {
    t.timeout(5 * 60_000);
    const { dir, options } = await fixture!;
    const out = dirtierSink();
    const source = await ArrowSession.start({ ...options, boot, stdout: out.stream });
    t.teardown(() => source.kill().catch(() => undefined));
    await out.until(50, 60_000);
    const spec = await source.migrationSpec();
    t.is(spec.namedRam, boot === 'auto');
    const incoming = await ArrowSession.startIncoming({ spec, runRoot: options.runRoot, stdout: out.stream, stderr: out.stream, graceMs: 2000 });
    t.teardown(() => incoming.discard().catch(() => undefined));
    const pipe = new PassThrough();
    const [stats, loaded] = await Promise.all([source.migrateOut(pipe, { parameters: { ...DEFAULT_MIGRATION_PARAMETERS, maxBandwidthBytesPerSecond: 1024 ** 3 } }).finally(() => pipe.end()), incoming.receive(pipe)]);
    t.log(`downtime ${stats.downtimeMs} ms, total ${stats.totalMs} ms, ram ${stats.ramTransferredBytes} of ${stats.ramTotalBytes} bytes, stream ${stats.streamBytes} bytes, loaded in ${loaded.loadMs.toFixed(0)} ms`);
    t.is(loaded.streamBytes, stats.streamBytes);
    const before = out.last();
    const handover = await source.handOver();
    const error = await t.throwsAsync(source.wait(), { instanceOf: ArrowRunError });
    t.is(error?.failure, 'migrated');
    const target = await incoming.resume(handover);
    t.teardown(() => target.kill().catch(() => undefined));
    await source.kill();
    t.is(target.startedFrom, 'migrated');
    await out.until(before.n + 100, 60_000);
    t.deepEqual(await qemuProcessesMentioning(dir), [String(target.vm.pid)]);
    target.stop();
    const result = await target.wait();
    t.deepEqual([result.code, result.signal], [0, 0]);
    t.deepEqual(out.pids(), [before.pid], 'one app, never restarted');
    t.deepEqual(out.problems(), [], 'every line once, in order');
    t.deepEqual(await qemuProcessesMentioning(dir), []);
  });
}

test.serial('a stream cut in the middle: the source keeps running, the target VM is gone', async (t) => {
  t.timeout(5 * 60_000);
  const { dir, options } = await fixture!;
  const out = dirtierSink();
  const source = await ArrowSession.start({ ...options, stdout: out.stream });
  t.teardown(() => source.kill().catch(() => undefined));
  await out.until(20, 60_000);
  const incoming = await ArrowSession.startIncoming({ spec: await source.migrationSpec(), runRoot: options.runRoot, stdout: out.stream, stderr: out.stream });
  t.teardown(() => incoming.discard().catch(() => undefined));
  const pipe = new PassThrough();
  // Slow enough (1 MiB/s) to be cut in its first pass.
  let passed = 0;
  pipe.on('data', (chunk: Buffer) => {
    passed += chunk.length;
    if (passed > 2 * 1024 * 1024) pipe.destroy(new Error('cut'));
  });
  const slow = { ...DEFAULT_MIGRATION_PARAMETERS, maxBandwidthBytesPerSecond: 1024 * 1024 };
  const t0 = performance.now();
  const [sent, received] = await Promise.allSettled([
    source.migrateOut(pipe, { parameters: slow, timeoutMs: 20_000 }).finally(() => t.log(`source failed after ${(performance.now() - t0).toFixed(0)} ms`)),
    incoming.receive(pipe).finally(() => t.log(`target failed after ${(performance.now() - t0).toFixed(0)} ms`)),
  ]);
  t.log(String(sent.status === 'rejected' ? sent.reason : ''), String(received.status === 'rejected' ? received.reason : ''));
  t.is(sent.status, 'rejected');
  t.true(sent.status === 'rejected' && sent.reason instanceof MigrationError, String(sent.status === 'rejected' ? sent.reason : ''));
  t.is(received.status, 'rejected');
  t.is(await source.vm.status(), 'running');
  const at = out.last().n;
  await out.until(at + 50, 30_000);
  t.deepEqual(await qemuProcessesMentioning(dir), [String(source.vm.pid)]);
  source.stop();
  t.is((await source.wait()).code, 0);
  t.deepEqual(out.problems(), []);
});
