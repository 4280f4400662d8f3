// /arrow/migrate/1 between two real libp2p hosts in this process, with real VMs: a running Arrow
// moves (same guest pid, its count goes on, one QEMU left, stop and wait on the target), a cut
// stream leaves it running on the source and nothing on the target, and hostile sources (bad,
// oversized, unknown-field headers, a stream that stops or ends mid-RAM or whose digest is wrong,
// silence) are refused or cut off with the target's half-made VM killed and the target serving on.
import test from 'ava';
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { StreamDuplex, testHosts, type ArrowLibp2p, type TestHosts } from '../../p2p/index.ts';
import { ArrowRunError, ArrowSession, DEFAULT_MIGRATION_PARAMETERS, defaultArtifacts, detectAccelerator, TemplateCache, type ArrowStartOptions } from '../../kernel/index.ts';
import { qemuProcessesMentioning } from '../../kernel/testdata/helpers.ts';
import { dirtierSink } from '../../kernel/testdata/dirtier-sink.ts';
import { arrow as wire } from '../proto/migrate.pb.js';
import { FrameReader } from './frames.ts';
import { decodeTarget, encodeSource, MAX_FRAME_BYTES } from './wire.ts';
import { migrateArrow, MigrationFailedError, MigrationRefused, MIGRATE_PROTOCOL, qemuVersion, serveMigrations, type MigrationTarget, type MigrationTargetOptions } from './index.ts';

const TESTDATA = fileURLToPath(new URL('../../kernel/testdata/', import.meta.url));

interface Fixture {
  dir: string;
  options: ArrowStartOptions;
  hosts: TestHosts;
  source: ArrowLibp2p;
  target: ArrowLibp2p;
  /** sha256 digest -> path, for prepare() */
  files: Map<string, string>;
  kernelPath: string;
  initrdPath: string;
}

let fixture: Promise<Fixture> | undefined;

async function sha256(path: string): Promise<string> {
  return `sha256:${createHash('sha256').update(await readFile(path)).digest('hex')}`;
}

test.before(() => {
  fixture = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arrow-migrate-p2p-'));
    const dirtier = join(dir, 'dirtier');
    await execa('musl-gcc', ['-static', '-Os', '-o', dirtier, join(TESTDATA, 'dirtier.c')], { timeout: 60_000 });
    const artifacts = defaultArtifacts();
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const options: ArrowStartOptions = {
      binaryPath: dirtier, args: ['4', '64', '20000'], env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [],
      runRoot: join(dir, 'src'), artifacts, templates: new TemplateCache({ dir: join(dir, 'templates') }),
      stdout: sink, stderr: sink, graceMs: 2000,
    };
    const kernelPath = await artifacts.kernelImage('default');
    const initrdPath = (await artifacts.initramfs(dirtier)).path;
    const files = new Map([[await sha256(kernelPath), kernelPath], [await sha256(initrdPath), initrdPath]]);
    const hosts = await testHosts();
    const [source, target] = [await hosts.start(), await hosts.start()];
    return { dir, options, hosts, source, target, files, kernelPath, initrdPath };
  })();
});

test.after.always(async () => {
  const f = await fixture?.catch(() => undefined);
  if (!f) return;
  await f.hosts.stopAll();
  for (const pid of await qemuProcessesMentioning(f.dir)) process.kill(Number(pid), 'SIGKILL');
  await rm(f.dir, { recursive: true, force: true });
});

/** A target on the fixture's target host; arrows and failures land in the returned lists. */
async function serveTarget(f: Fixture, out: NodeJS.WritableStream, overrides: Partial<MigrationTargetOptions> = {}) {
  const arrows: ArrowSession[] = [];
  const failures: Error[] = [];
  const target: MigrationTarget = await serveMigrations(f.target, {
    async prepare(request) {
      const kernelPath = f.files.get(request.kernelDigest);
      const initrdPath = f.files.get(request.initrdDigest);
      if (!kernelPath || !initrdPath) throw new MigrationRefused('artifacts not held here');
      return { kernelPath, initrdPath, runRoot: join(f.dir, 'dst'), stdout: out, stderr: out, graceMs: 2000 };
    },
    onArrow: (session) => void arrows.push(session),
    onFailure: (error) => void failures.push(error),
    ...overrides,
  });
  return { target, arrows, failures };
}

test.serial('a running Arrow moves between two hosts over libp2p: same pid, the count goes on, one QEMU left, stop and wait there', async (t) => {
  t.timeout(5 * 60_000);
  const f = await fixture!;
  const out = dirtierSink();
  const { target, arrows } = await serveTarget(f, out.stream);
  t.teardown(() => target.stop());
  // 16 pages every 20 ms (3.2 MB/s): a write load the default 12.5 MB/s link carries.
  const arrow = await ArrowSession.start({ ...f.options, args: ['4', '16', '20000'], stdout: out.stream });
  t.teardown(() => arrow.kill().catch(() => undefined));
  await out.until(50, 60_000);
  let committed = false;
  const result = await migrateArrow(f.source, f.target.getMultiaddrs()[0]!, arrow, {
    arrow: 'alloc-1',
    commit: async () => void (committed = true),
  });
  t.log(`downtime ${result.stats.downtimeMs} ms (QMP), total ${result.totalMs.toFixed(0)} ms, switchover ${result.switchoverMs.toFixed(1)} ms, ram ${result.stats.ramTransferredBytes} / ${result.stats.ramTotalBytes} bytes`);
  t.true(committed);
  const moved = arrows[0]!;
  t.truthy(moved);
  t.teardown(() => moved.kill().catch(() => undefined));
  t.is(moved.startedFrom, 'migrated');
  const error = await t.throwsAsync(arrow.wait(), { instanceOf: ArrowRunError });
  t.is(error?.failure, 'migrated');
  const at = out.last().n;
  await out.until(at + 100, 60_000);
  t.log(`largest output gap after n=50: ${out.maxGapMs(50).toFixed(0)} ms`);
  t.deepEqual(await qemuProcessesMentioning(f.dir), [String(moved.vm.pid)], 'exactly one QEMU: the target\'s');
  moved.stop();
  const exit = await moved.wait();
  t.deepEqual([exit.code, exit.signal, exit.startedFrom], [0, 0, 'migrated']);
  t.is(out.pids().length, 1, 'one app, never restarted');
  t.deepEqual(out.problems(), [], 'every line once, in order');
  t.deepEqual(await qemuProcessesMentioning(f.dir), []);
});

test.serial('the connection cut mid-RAM: the source resumes and runs on, the target has no VM; a target that never answers is given up on', async (t) => {
  t.timeout(5 * 60_000);
  const f = await fixture!;
  const out = dirtierSink();
  const { target, failures } = await serveTarget(f, out.stream);
  t.teardown(() => target.stop());
  const arrow = await ArrowSession.start({ ...f.options, stdout: out.stream });
  t.teardown(() => arrow.kill().catch(() => undefined));
  await out.until(20, 60_000);
  // 1 MiB/s: the first pass over ~20 MiB of non-zero RAM takes many seconds; cut it after one.
  const migrating = migrateArrow(f.source, f.target.getMultiaddrs()[0]!, arrow, { arrow: 'alloc-2', parameters: { ...DEFAULT_MIGRATION_PARAMETERS, maxBandwidthBytesPerSecond: 1024 * 1024 } });
  migrating.catch(() => undefined);
  await sleep(1500);
  t.is(target.active, 1);
  for (const connection of f.source.getConnections(f.target.peerId)) connection.abort(new Error('cut by the test'));
  const error = await t.throwsAsync(migrating, { instanceOf: MigrationFailedError });
  t.is(error?.outcome, 'source');
  t.is(await arrow.vm.status(), 'running');
  const at = out.last().n;
  await out.until(at + 50, 30_000);
  for (let i = 0; i < 100 && (target.active > 0 || failures.length === 0); i++) await sleep(100);
  t.is(failures.length, 1);
  t.deepEqual(await qemuProcessesMentioning(f.dir), [String(arrow.vm.pid)], 'only the source QEMU');

  // A peer that takes the stream and never answers: the source gives up and runs on.
  await target.stop();
  await f.target.handle(MIGRATE_PROTOCOL, () => undefined);
  t.teardown(() => f.target.unhandle(MIGRATE_PROTOCOL));
  const silent = await t.throwsAsync(migrateArrow(f.source, f.target.getMultiaddrs()[0]!, arrow, { arrow: 'alloc-3', readyTimeoutMs: 1000 }), { instanceOf: MigrationFailedError });
  t.is(silent?.outcome, 'source');
  t.regex(silent?.message ?? '', /nothing within 1000 ms/);
  await out.until(out.last().n + 20, 30_000);
  arrow.stop();
  t.is((await arrow.wait()).code, 0);
  t.deepEqual(out.problems(), []);
});

test.serial('the target\'s VM dies after Loaded: it answers Done not ok, the source takes the Arrow back (same pid, no line lost) and runs on', async (t) => {
  t.timeout(5 * 60_000);
  const f = await fixture!;
  const out = dirtierSink();
  const { target, failures } = await serveTarget(f, out.stream);
  t.teardown(() => target.stop());
  const arrow = await ArrowSession.start({ ...f.options, args: ['4', '16', '20000'], stdout: out.stream });
  t.teardown(() => arrow.kill().catch(() => undefined));
  await out.until(20, 60_000);
  const error = await t.throwsAsync(
    migrateArrow(f.source, f.target.getMultiaddrs()[0]!, arrow, {
      arrow: 'alloc-4',
      // The target has loaded the VM; kill its QEMU before the source lets go.
      commit: async () => {
        for (const pid of await qemuProcessesMentioning(join(f.dir, 'dst'), 0)) process.kill(Number(pid), 'SIGKILL');
      },
    }),
    { instanceOf: MigrationFailedError },
  );
  t.is(error?.outcome, 'source');
  const back = error!.session!;
  t.truthy(back, error?.message);
  t.teardown(() => back.kill().catch(() => undefined));
  await out.until(out.last().n + 50, 30_000);
  t.deepEqual(await qemuProcessesMentioning(f.dir), [String(arrow.vm.pid)], 'only the source QEMU');
  back.stop();
  t.is((await back.wait()).code, 0);
  t.is(out.pids().length, 1);
  t.deepEqual(out.problems(), []);
  t.is(failures.length, 1);
});

/** A hand-made source: opens the protocol and gives the raw duplex and a reader of answers. */
async function rawSource(f: Fixture) {
  const stream = await f.source.dialProtocol(f.target.getMultiaddrs()[0]!, MIGRATE_PROTOCOL);
  const duplex = new StreamDuplex(stream);
  duplex.on('error', () => undefined);
  const frames = new FrameReader(duplex);
  return {
    duplex,
    send: (bytes: Uint8Array) => new Promise<void>((resolve, reject) => duplex.write(bytes, (error) => (error ? reject(error) : resolve()))),
    answer: async () => decodeTarget(await frames.read(MAX_FRAME_BYTES, 10_000, 'an answer')),
    closed: () => new Promise<void>((resolve) => (duplex.destroyed ? resolve() : duplex.once('close', () => resolve()))),
  };
}

async function validHeader(f: Fixture): Promise<wire.migrate.SourceMessage.$Properties> {
  const [kernelDigest, initrdDigest] = [...f.files.keys()];
  return {
    header: {
      arrow: 'alloc-hostile',
      vm: { kernelDigest, initrdDigest, cmdline: 'console=ttyS0 quiet', memoryMib: 64, cpus: 1, accelerator: detectAccelerator(), network: 'none', qemuVersion: await qemuVersion() },
    },
  };
}

test.serial('hostile sources: bad, oversized and unknown-field headers are refused; silence, a stall and an end mid-RAM are cut off; the target VM is killed and the target serves on', async (t) => {
  t.timeout(5 * 60_000);
  const f = await fixture!;
  const sink = dirtierSink();
  const { target, failures } = await serveTarget(f, sink.stream, { headerTimeoutMs: 1000, idleTimeoutMs: 1500 });
  t.teardown(() => target.stop());

  // Not a protobuf message at all.
  let peer = await rawSource(f);
  await peer.send(Uint8Array.from([5, 0xff, 0xff, 0xff, 0xff, 0xff]));
  let answer = await peer.answer();
  t.false(answer.ready?.accepted ?? true);
  t.regex(answer.ready?.reason ?? '', /not a migration message|not a header/);

  // A length prefix of 1 MiB: refused from the prefix, before any of it is read.
  peer.duplex.destroy();
  peer = await rawSource(f);
  await peer.send(Uint8Array.from([0x80, 0x80, 0x40]));
  answer = await peer.answer();
  t.regex(answer.ready?.reason ?? '', /exceeds the 65536-byte limit/);

  // A valid header with a field this host does not know (field 99, a varint).
  peer.duplex.destroy();
  peer = await rawSource(f);
  const header = wire.migrate.SourceMessage.encode(await validHeader(f)).finish();
  await peer.send(encodeFrameBytes(Uint8Array.from([...header, 0x98, 0x06, 0x01])));
  answer = await peer.answer();
  t.regex(answer.ready?.reason ?? '', /fields this host does not know/);

  // Out-of-range values and artifacts the target does not hold.
  peer.duplex.destroy();
  peer = await rawSource(f);
  const big = await validHeader(f);
  big.header!.vm!.memoryMib = 1 << 30;
  await peer.send(encodeSource(big));
  t.regex((await peer.answer()).ready?.reason ?? '', /memory must be/);
  peer.duplex.destroy();
  peer = await rawSource(f);
  const unknownArtifact = await validHeader(f);
  unknownArtifact.header!.vm!.kernelDigest = `sha256:${'0'.repeat(64)}`;
  await peer.send(encodeSource(unknownArtifact));
  t.regex((await peer.answer()).ready?.reason ?? '', /artifacts not held/);

  // Silence: cut off after headerTimeoutMs.
  peer.duplex.destroy();
  peer = await rawSource(f);
  const started = Date.now();
  await peer.closed();
  t.true(Date.now() - started < 5000);

  // Accepted, then a few bytes of RAM and a stall: the VM is killed after idleTimeoutMs.
  peer.duplex.destroy();
  peer = await rawSource(f);
  await peer.send(encodeSource(await validHeader(f)));
  t.true((await peer.answer()).ready?.accepted);
  t.is(target.active, 1, 'the target is preparing a VM');
  await peer.send(encodeSource({ ram: Uint8Array.from([0x51, 0x45, 0x56, 0x4d, 0, 0, 0, 3]) })); // QEMU's magic and version, then nothing
  await peer.closed();
  t.deepEqual(await qemuProcessesMentioning(join(f.dir, 'dst')), [], 'the stalled migration\'s VM is gone');

  // Accepted, then the stream ends inside the RAM.
  peer.duplex.destroy();
  peer = await rawSource(f);
  await peer.send(encodeSource(await validHeader(f)));
  t.true((await peer.answer()).ready?.accepted);
  await peer.send(encodeSource({ ram: Uint8Array.from([0x51, 0x45, 0x56, 0x4d, 0, 0, 0, 3]) })); // QEMU's magic and version, then nothing
  peer.duplex.end();
  await peer.closed();
  t.deepEqual(await qemuProcessesMentioning(join(f.dir, 'dst')), [], 'the truncated migration\'s VM is gone');

  // Accepted, then RAM whose digest in RamEnd is not the digest of what came.
  peer.duplex.destroy();
  peer = await rawSource(f);
  await peer.send(encodeSource(await validHeader(f)));
  t.true((await peer.answer()).ready?.accepted);
  const magic = Uint8Array.from([0x51, 0x45, 0x56, 0x4d, 0, 0, 0, 3]);
  await peer.send(encodeSource({ ram: magic }));
  await peer.send(encodeSource({ ramEnd: { bytes: magic.length, sha256: createHash('sha256').update('other bytes').digest() } }));
  await peer.closed();
  t.deepEqual(await qemuProcessesMentioning(join(f.dir, 'dst')), [], 'the altered migration\'s VM is gone');
  t.true(failures.some((error) => /sha256 mismatch/.test(error.message)), failures.map((e) => e.message).join('\n'));

  for (let i = 0; i < 50 && target.active > 0; i++) await sleep(100);
  t.is(target.active, 0);
  t.true(failures.length >= 9, failures.map((e) => e.message).join('\n'));
});

function encodeFrameBytes(message: Uint8Array): Uint8Array {
  const prefix: number[] = [];
  let n = message.length;
  while (n > 0x7f) { prefix.push((n & 0x7f) | 0x80); n >>>= 7; }
  prefix.push(n);
  return Uint8Array.from([...prefix, ...message]);
}
