// A hostile guest against ArrowSession's volume hook: a fake VM whose channel socket is served
// by this test (as QEMU's chardev would be), taken over with ArrowSession.attach, sending
// VolumeChange frames no ainit would send. The host refuses them, stays up, keeps what it had.
import test from 'ava';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { openStore } from '../../p2p/index.ts';
import { VolumeSync, artifactChunkStore, openVolumes } from '../../shadowfs/index.ts';
import { encodeFrame, FrameSplitter, type FrameProperties } from '../channel/index.ts';
import type { VirtualMachine, VirtualMachineDriver, VmExit } from '../vmm/index.ts';
import { ArrowRunError, ArrowSession, volumeStartField } from './index.ts';

type Change = NonNullable<FrameProperties['volumeChange']>;
const WRITE = 1;
const DELETE = 2;
const MKDIR = 3;

let exitFake: () => void = () => {};

/** A VM that is only a channel socket; it "exits" when stopped or killed, or the guest said Exited. */
function fakeDriver(runDir: string): VirtualMachineDriver {
  let exit: (value: VmExit) => void = () => {};
  const exited = new Promise<VmExit>((resolve) => (exit = resolve));
  exitFake = () => setTimeout(() => exit({ code: 0 }), 100);
  const vm = {
    id: 'fake', pid: process.pid, runDir, accelerator: 'tcg', channelSocketPath: join(runDir, 'channel.sock'), serialLogPath: join(runDir, 'serial.log'),
    qmp: null, exited,
    status: async () => 'running',
    consoleTail: async () => '',
    stop: async () => (exit({ code: 0 }), exited),
    kill: async () => (exit({ code: 0 }), exited),
    pause: async () => {}, resume: async () => {}, saveState: async () => ({ bytes: 0 }), addPortForwards: async () => {}, detach: () => {},
  } as unknown as VirtualMachine;
  return { name: 'fake', executable: 'none', start: () => Promise.reject(new Error('fake')), adopt: async () => vm };
}

/** Serves the channel: answers Resume, then writes `script` (raw bytes, frames numbered from 1, pauses in ms). */
async function fakeGuest(runDir: string, script: (Change | Uint8Array | 'exited' | number | { seq: number; change: Change })[]): Promise<Server> {
  const server = createServer((socket: Socket) => {
    socket.on('error', () => {});
    const splitter = new FrameSplitter();
    let resumed = false;
    socket.on('data', (chunk) => {
      let frames;
      try {
        frames = splitter.push(chunk);
      } catch {
        return;
      }
      if (resumed || !frames.some((f) => f.resume)) return;
      resumed = true;
      socket.write(encodeFrame({ seq: 0, ack: 0, resumed: { first: 1 } }));
      void (async () => {
        let seq = 0;
        for (const step of script) {
          if (typeof step === 'number') await sleep(step);
          else if (step instanceof Uint8Array) socket.write(step);
          else if (step === 'exited') {
            socket.write(encodeFrame({ seq: ++seq, exited: { code: 0 } }));
            exitFake();
          }
          else if ('change' in step) socket.write(encodeFrame({ seq: step.seq, volumeChange: step.change }));
          else socket.write(encodeFrame({ seq: ++seq, volumeChange: step }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(join(runDir, 'channel.sock'), resolve));
  return server;
}

async function setUp(t: { teardown(fn: () => Promise<void>): void }) {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-volume-hostile-'));
  const artifacts = await openStore(join(dir, 'node'));
  const volumes = await openVolumes({ dataDir: join(dir, 'node'), store: artifactChunkStore(artifacts) });
  const work = join(dir, 'volume', 'work');
  await mkdir(work, { recursive: true });
  await mkdir(join(dir, 'run'));
  const sync = await VolumeSync.open({ volumes, name: 'data', workDir: work, sizeLimit: 64 * 1024, commitEveryMs: 60_000 });
  t.teardown(async () => {
    await sync.close();
    await volumes.close();
    await artifacts.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { dir, work, volumes, sync, runDir: join(dir, 'run') };
}

const write = (path: string, text: string): Change => ({ kind: WRITE, path, mode: 0o644, data: Buffer.from(text), last: true });

test.serial('hostile changes are refused and logged; the Arrow goes on and its good changes are committed', async (t) => {
  const { dir, work, volumes, sync, runDir } = await setUp(t);
  const server = await fakeGuest(runDir, [
    write('good.txt', 'kept'),
    write('../escape.txt', 'no'),
    write('/etc/passwd', 'no'),
    { kind: MKDIR, path: 'a/../../up' },
    { kind: WRITE, path: 'big', data: new Uint8Array(300 * 1024), last: true },
    { kind: WRITE, path: 'over', data: new Uint8Array(200 * 1024).subarray(0, 65 * 1024), last: true },
    { kind: WRITE, path: 'late', offset: 4096, data: Buffer.from('x'), last: true },
    { kind: 99 as Change['kind'], path: 'good.txt' },
    { kind: DELETE, path: '' },
    write('good2.txt', 'also kept'),
    'exited',
  ]);
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const logs: string[] = [];
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const arrow = await ArrowSession.attach({ runDir, driver: fakeDriver(runDir), stdout: sink, stderr: sink, onLog: (m) => logs.push(m), volume: { guestPath: '/data', sizeLimit: 64 * 1024, sync } });
  const result = await arrow.wait();
  t.is(result.code, 0);
  const refusals = logs.filter((m) => m.includes('refused'));
  t.is(refusals.length, 8, logs.join('\n'));
  for (const reason of ['bad-path', 'too-large', 'over-limit', 'out-of-order', 'bad-kind']) t.true(refusals.some((m) => m.includes(`(${reason})`)), reason);
  t.deepEqual((await readdir(work)).sort(), ['good.txt', 'good2.txt']);
  t.deepEqual((await readdir(join(dir, 'volume'))).sort(), ['work', 'work.incoming']);
  const status = sync.status();
  t.is(status.refused, 8);
  t.is(status.committedSeq, 10);
  const restored = join(dir, 'restored');
  await volumes.restore('data', status.snapshot!.seq, restored);
  t.is(await readFile(join(restored, 'good2.txt'), 'utf8'), 'also kept');
});

test.serial('a frame that skips a sequence number or announces more than 1 MiB ends the channel; what came before is committed', async (t) => {
  for (const bad of ['sequence', 'huge'] as const) {
    const { work, volumes, sync, runDir } = await setUp(t);
    const header = new Uint8Array(4);
    new DataView(header.buffer).setUint32(0, 2 * 1024 * 1024, true);
    const server = await fakeGuest(runDir, [write('before.txt', bad), 300, bad === 'sequence' ? { seq: 7, change: write('after.txt', 'no') } : header]);
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const arrow = await ArrowSession.attach({ runDir, driver: fakeDriver(runDir), stdout: sink, stderr: sink, volume: { guestPath: '/data', sizeLimit: 64 * 1024, sync } });
    const error = await t.throwsAsync(arrow.wait(), { instanceOf: ArrowRunError });
    t.is(error?.failure, 'channel', bad);
    t.regex(error?.message ?? '', bad === 'sequence' ? /skips ahead/ : /above the 1048576-byte limit/);
    t.deepEqual(await readdir(work), ['before.txt']);
    const snapshots = await volumes.list('data');
    t.is(snapshots.length, 1, bad);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('Start.volume is checked on the host as ainit checks it', (t) => {
  const sync = { pieces: async function* () {}, apply: async () => {}, flush: async () => undefined };
  t.deepEqual(volumeStartField({ guestPath: '/data', sizeLimit: 4096, sync }), { path: '/data', sizeLimit: 4096 });
  t.deepEqual(volumeStartField({ guestPath: '/var/lib/app', sizeLimit: 1, sync }), { path: '/var/lib/app', sizeLimit: 1 });
  for (const guestPath of ['', '/', 'data', '/data/', '/a//b', '/a/../b', '/./a', `/${'x'.repeat(300)}`]) {
    t.throws(() => volumeStartField({ guestPath, sizeLimit: 4096, sync }), { instanceOf: RangeError }, guestPath);
  }
  for (const sizeLimit of [0, -1, 1.5, Number.NaN]) t.throws(() => volumeStartField({ guestPath: '/data', sizeLimit, sync }), { instanceOf: RangeError });
});
