// Volumes against real VMs: records.c appends numbered records to /data/records; the guest's
// changes reach a VolumeSync on the host, whose committed snapshots are restored and read back.
import test from 'ava';
import { execa } from 'execa';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type ArtifactStore } from '../../p2p/index.ts';
import { VolumeSync, artifactChunkStore, openVolumes, type Volumes } from '../../shadowfs/index.ts';
import { TemplateCache } from '../template/index.ts';
import { qemuProcessesMentioning, textSink } from '../testdata/helpers.ts';
import { ArrowSession, defaultArtifacts, type ArrowResult, type ArrowStartOptions } from './index.ts';

const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));

interface Fixture {
  dir: string;
  artifacts: ArtifactStore;
  volumes: Volumes;
  options: ArrowStartOptions;
}

let fixture: Promise<Fixture> | undefined;

test.before(() => {
  fixture = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arrow-volume-test-'));
    const records = join(dir, 'records');
    await execa('musl-gcc', ['-static', '-Os', '-o', records, join(TESTDATA, 'records.c')], { timeout: 60_000 });
    const artifacts = await openStore(join(dir, 'node'));
    const volumes = await openVolumes({ dataDir: join(dir, 'node'), store: artifactChunkStore(artifacts) });
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const options: ArrowStartOptions = {
      binaryPath: records, args: [], env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [],
      runRoot: join(dir, 'run'), artifacts: defaultArtifacts(), templates: new TemplateCache({ dir: join(dir, 'templates') }),
      stdout: sink, stderr: sink, graceMs: 2000, boot: 'cold',
    };
    return { dir, artifacts, volumes, options };
  })();
});

test.after.always(async () => {
  const f = await fixture?.catch(() => undefined);
  if (!f) return;
  await f.volumes.close();
  await f.artifacts.close();
  await rm(f.dir, { recursive: true, force: true });
});

interface Run {
  result: ArrowResult;
  stdout: string;
  sync: VolumeSync;
  logs: string[];
}

/** Runs records.c with the volume `name` (its latest snapshot materialised) to its exit. */
async function runRecords(name: string, args: string[], sizeLimit: number, extra: Partial<ArrowStartOptions> = {}): Promise<Run> {
  const f = await fixture!;
  const work = join(f.dir, 'work', `${name}-${Date.now()}`);
  const latest = (await f.volumes.list(name)).at(-1);
  await mkdir(join(f.dir, 'work'), { recursive: true });
  if (latest) await f.volumes.restore(name, latest.seq, work);
  else await mkdir(work, { recursive: true });
  const logs: string[] = [];
  const sync = await VolumeSync.open({ volumes: f.volumes, name, workDir: work, sizeLimit, commitEveryMs: 1000, onError: (e) => logs.push(`commit: ${e.message}`) });
  const out = textSink();
  try {
    const arrow = await ArrowSession.start({ ...f.options, ...extra, args, stdout: out.stream, stderr: out.stream, onLog: (m) => logs.push(m), volume: { guestPath: '/data', sizeLimit, sync } });
    const result = await arrow.wait();
    return { result, stdout: out.text(), sync, logs };
  } finally {
    await sync.close();
  }
}

/** The records file of the volume's latest snapshot, restored to a fresh dir. */
async function committedRecords(name: string): Promise<{ text: string; seq: number; logicalBytes: number; runs: string[] }> {
  const f = await fixture!;
  const latest = (await f.volumes.list(name)).at(-1)!;
  const dir = join(f.dir, 'restored', `${name}-${latest.seq}-${Date.now()}`);
  await mkdir(join(f.dir, 'restored'), { recursive: true });
  await f.volumes.restore(name, latest.seq, dir);
  const { manifest } = await f.volumes.get(name, latest.seq);
  return {
    text: await readFile(join(dir, 'records'), 'utf8'),
    seq: latest.seq,
    logicalBytes: latest.logicalBytes,
    runs: manifest.entries.map((e) => e.path).filter((p) => p.startsWith('runs/')),
  };
}

function record(i: number, size = 64): string {
  const head = `record ${String(i).padStart(8, '0')} `;
  return head + 'x'.repeat(size - head.length - 1) + '\n';
}

function acked(stdout: string): number[] {
  return [...stdout.matchAll(/^acked (\d+)$/gm)].map((m) => Number(m[1]));
}

test.serial('every acked record is in the committed snapshot, in order; a restart sees them', async (t) => {
  t.timeout(45 * 60_000); // may wait for the default kernel's first build
  const first = await runRecords('records', ['40'], 1024 * 1024);
  t.is(first.result.code, 0, first.stdout + first.logs.join('\n'));
  t.regex(first.stdout, /^found 0$/m);
  t.deepEqual(acked(first.stdout), Array.from({ length: 40 }, (_, i) => i + 1));
  const status = first.sync.status();
  t.is(status.refused, 0, status.lastRefusal);
  t.true(status.committedSeq > 0 && status.committedSeq === status.appliedSeq, JSON.stringify(status));
  t.truthy(status.snapshot?.manifest);
  let committed = await committedRecords('records');
  t.is(committed.seq, status.snapshot?.seq ?? -1);
  t.is(committed.text, Array.from({ length: 40 }, (_, i) => record(i + 1)).join(''));
  t.deepEqual(committed.runs, ['runs/1', 'runs/1/started']);

  // Again, from a clone this time: the volume goes in after the template's guest resumed.
  const second = await runRecords('records', ['25'], 1024 * 1024, { boot: 'auto' });
  t.is(second.result.code, 0, second.stdout + second.logs.join('\n'));
  t.is(second.result.startedFrom, 'clone');
  t.regex(second.stdout, /^found 40$/m);
  t.deepEqual(acked(second.stdout), Array.from({ length: 25 }, (_, i) => i + 41));
  committed = await committedRecords('records');
  t.is(committed.text, Array.from({ length: 65 }, (_, i) => record(i + 1)).join(''));
  t.deepEqual(committed.runs, ['runs/1', 'runs/1/started', 'runs/41', 'runs/41/started']);
  t.deepEqual(await qemuProcessesMentioning((await fixture!).dir), []);
});

test.serial('a full volume gives the app ENOSPC; the host copy stays within the limit', async (t) => {
  t.timeout(10 * 60_000);
  const limit = 64 * 1024;
  const size = 1000;
  const run = await runRecords('full', ['1000', String(size)], limit);
  t.is(run.result.code, 3, run.stdout);
  const match = /^ENOSPC after (\d+)$/m.exec(run.stdout);
  t.truthy(match, run.stdout);
  const last = Number(match![1]);
  t.true(last > 30 && last < 66, `ENOSPC after ${last} records of ${size} bytes in ${limit}`);
  t.deepEqual(acked(run.stdout), Array.from({ length: last }, (_, i) => i + 1));
  t.is(run.sync.status().refused, 0, run.sync.status().lastRefusal);
  t.true(run.sync.status().bytes <= limit);
  const committed = await committedRecords('full');
  t.true(committed.logicalBytes <= limit, `${committed.logicalBytes} bytes committed`);
  // Every acked record, in order; the tmpfs may have taken part of the next one.
  const whole = Array.from({ length: last }, (_, i) => record(i + 1, size)).join('');
  t.true(committed.text.startsWith(whole), committed.text.slice(0, 200));
  t.true(committed.text.length < whole.length + size);
});

test.serial('many changes at once (a change queue overflow and rescan), deletes and a directory rename reach the host', async (t) => {
  t.timeout(10 * 60_000);
  const run = await runRecords('churn', ['churn', '700'], 4 * 1024 * 1024);
  t.is(run.result.code, 0, run.stdout);
  t.regex(run.stdout, /^churned$/m);
  t.true(run.logs.some((m) => m.includes('rescanning')), run.logs.join('\n'));
  t.is(run.sync.status().refused, 0, run.sync.status().lastRefusal);
  const f = await fixture!;
  const latest = (await f.volumes.list('churn')).at(-1)!;
  const { manifest } = await f.volumes.get('churn', latest.seq);
  const expected = Array.from({ length: 700 }, (_, i) => i).filter((i) => i % 10 !== 0).map((i) => `churned/f${String(i).padStart(5, '0')}`);
  const files = manifest.entries.filter((e) => e.type === 'file').map((e) => e.path);
  t.deepEqual(files, expected);
  t.deepEqual(manifest.entries.filter((e) => e.type === 'dir').map((e) => e.path), ['churned']);
  const restored = join(f.dir, 'restored', 'churn');
  await mkdir(join(f.dir, 'restored'), { recursive: true });
  await f.volumes.restore('churn', latest.seq, restored);
  t.is(await readFile(join(restored, 'churned/f00123'), 'utf8'), '/data/churn/f00123');
});

test.serial('a file of several pieces goes into the guest and back byte for byte', async (t) => {
  t.timeout(10 * 60_000);
  const f = await fixture!;
  const seed = join(f.dir, 'seed-copy');
  await mkdir(seed, { recursive: true });
  const blob = randomBytes(700 * 1024 + 123); // three pieces of at most 256 KiB each way
  await writeFile(join(seed, 'blob.bin'), blob, { mode: 0o640 });
  await f.volumes.commit('copy', seed, { sizeLimit: 4 * 1024 * 1024, retain: 5 });
  const run = await runRecords('copy', ['copy', '/data/blob.bin', '/data/blob.copy'], 4 * 1024 * 1024);
  t.is(run.result.code, 0, run.stdout);
  t.regex(run.stdout, new RegExp(`^copied ${blob.length}$`, 'm'));
  const latest = (await f.volumes.list('copy')).at(-1)!;
  t.true(latest.seq >= 2); // the first change commits at once, the rest at most every second and at the end
  const restored = join(f.dir, 'restored', 'copy');
  await mkdir(join(f.dir, 'restored'), { recursive: true });
  await f.volumes.restore('copy', latest.seq, restored);
  t.true(blob.equals(await readFile(join(restored, 'blob.bin'))));
  t.true(blob.equals(await readFile(join(restored, 'blob.copy'))));
  const { manifest } = await f.volumes.get('copy', latest.seq);
  t.deepEqual(manifest.entries.map((e) => [e.path, e.mode & 0o777]), [['blob.bin', 0o640], ['blob.copy', 0o600]]);
});

test.serial('a rescan the host asks for reports the whole volume again while the app writes on', async (t) => {
  t.timeout(10 * 60_000);
  const f = await fixture!;
  const work = join(f.dir, 'work', 'rescan');
  await mkdir(work, { recursive: true });
  const sync = await VolumeSync.open({ volumes: f.volumes, name: 'rescan', workDir: work, sizeLimit: 1024 * 1024, commitEveryMs: 1000 });
  const kinds: string[] = [];
  const recording = {
    pieces: () => sync.pieces(),
    flush: () => sync.flush(),
    apply: (change: Parameters<VolumeSync['apply']>[0], seq: number) => {
      kinds.push(change.kind === 'write' ? `write ${change.path}` : change.kind);
      return sync.apply(change, seq);
    },
  };
  const out = textSink();
  try {
    const arrow = await ArrowSession.start({ ...f.options, args: ['30', '64', '50'], stdout: out.stream, stderr: out.stream, volume: { guestPath: '/data', sizeLimit: 1024 * 1024, sync: recording } });
    const deadline = Date.now() + 60_000;
    while (!/^acked 5$/m.test(out.text()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    arrow.rescanVolume();
    const result = await arrow.wait();
    t.is(result.code, 0, out.text());
  } finally {
    await sync.close();
  }
  const begin = kinds.indexOf('rescan-begin');
  const end = kinds.indexOf('rescan-end');
  t.true(begin >= 0 && end > begin, kinds.join(', '));
  // The walk mentions every path the volume holds then.
  t.deepEqual([...new Set(kinds.slice(begin + 1, end).filter((k) => k.startsWith('write ')).map((k) => k.slice(6)))].sort(), ['records', 'runs/1/started']);
  t.is(sync.status().refused, 0, sync.status().lastRefusal);
  const committed = await committedRecords('rescan');
  t.is(committed.text, Array.from({ length: 30 }, (_, i) => record(i + 1)).join(''));
});

