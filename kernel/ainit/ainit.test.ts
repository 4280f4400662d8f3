// ainit against real VMs: the default kernel template from the node store, an initramfs per
// app from kernel/initramfs, QEMU through kernel/vmm and the host channel session. Asserts the
// protocol as the host sees it: Hello, Start with argv/env/files, separated stdout/stderr,
// Exited with code or signal, Stop with SIGTERM then SIGKILL, exec and chdir failures as Error +
// 127, a Start near the frame limit.
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type ArtifactStore } from '../../p2p/index.ts';
import { buildTemplate } from '../build/index.ts';
import { ensureInitramfs } from '../initramfs/index.ts';
import { ChannelSession, type Frame } from '../channel/index.ts';
import { QemuDriver, type VirtualMachine } from '../vmm/index.ts';

const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));
const CMDLINE = 'console=ttyS0 quiet reboot=t panic=-1';

interface Fixture {
  dir: string;
  store: ArtifactStore;
  kernelPath: string;
  apps: Record<'hello' | 'sleeper' | 'stubborn', string>; // initramfs paths
}

let fixture: Promise<Fixture> | undefined;

async function setUp(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-ainit-test-'));
  const store = await openStore(join(dir, 'data'));
  // A cache hit on a machine that built the template before; a real build (minutes) otherwise.
  const kernel = await buildTemplate({ template: 'default', store, dataDir: join(dir, 'data') });
  // An app that ignores SIGTERM, to see the SIGKILL after the grace period.
  await writeFile(join(dir, 'stubborn.c'), '#include <signal.h>\n#include <stdio.h>\n#include <unistd.h>\nint main(void){signal(SIGTERM,SIG_IGN);puts("ignoring SIGTERM");fflush(stdout);for(;;)pause();}\n');
  const compile = (src: string, out: string) => execa('musl-gcc', ['-static', '-Os', '-o', join(dir, out), src], { timeout: 60_000 });
  await compile(join(TESTDATA, 'hello.c'), 'hello');
  await compile(join(TESTDATA, 'sleeper.c'), 'sleeper');
  await compile(join(dir, 'stubborn.c'), 'stubborn');
  const image = async (name: string) => (await ensureInitramfs(join(dir, name), { store, dataDir: join(dir, 'data') })).path;
  return { dir, store, kernelPath: kernel.imagePath, apps: { hello: await image('hello'), sleeper: await image('sleeper'), stubborn: await image('stubborn') } };
}

test.before(() => {
  fixture = setUp();
});

test.after.always(async () => {
  if (!fixture) return;
  const f = await fixture.catch(() => undefined);
  if (!f) return;
  await f.store.close();
  await rm(f.dir, { recursive: true, force: true });
});

interface Booted {
  vm: VirtualMachine;
  session: ChannelSession;
  hello: Frame;
}

async function boot(app: keyof Fixture['apps']): Promise<Booted> {
  const f = await fixture!;
  const vm = await new QemuDriver().start({ kernelPath: f.kernelPath, initrdPath: f.apps[app], cmdline: CMDLINE, memoryMiB: 64, cpus: 1, runRoot: join(f.dir, 'run') });
  try {
    const session = await ChannelSession.connect(vm.channelSocketPath, { timeoutMs: 10_000 });
    const hello = await session.receive(60_000);
    if (!hello?.hello) throw new Error(`expected Hello, got ${JSON.stringify(hello)}\n${await vm.consoleTail(2048)}`);
    return { vm, session, hello };
  } catch (error) {
    await vm.kill();
    throw error;
  }
}

interface Outcome {
  stdout: string;
  stderr: string;
  errors: string[];
  logs: string[];
  exited: { code: number; signal: number } | undefined;
}

/** Reads frames until Exited (or the channel ends); `onOutput` may react, e.g. send Stop. */
async function collect(b: Booted, onOutput: (stdout: string) => void = () => {}): Promise<Outcome> {
  const out: Outcome = { stdout: '', stderr: '', errors: [], logs: [], exited: undefined };
  const decoder = new TextDecoder();
  for (;;) {
    const frame = await b.session.receive(30_000);
    if (!frame) return out;
    if (frame.output) {
      const text = decoder.decode(frame.output.data ?? new Uint8Array());
      if (frame.output.stream === 1) out.stdout += text;
      else if (frame.output.stream === 2) out.stderr += text;
      onOutput(out.stdout);
    } else if (frame.error) out.errors.push(frame.error.message ?? '');
    else if (frame.log) out.logs.push(frame.log.message ?? '');
    else if (frame.exited) {
      out.exited = { code: frame.exited.code ?? 0, signal: frame.exited.signal ?? 0 };
      return out;
    }
  }
}

async function halted(b: Booted): Promise<boolean> {
  const result = await Promise.race([b.vm.exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 15_000))]);
  b.session.close();
  await b.vm.stop(1000);
  return result;
}

test.serial('runs the app with argv, env and files; stdout and stderr apart; exit code; VM halts', async (t) => {
  t.timeout(45 * 60_000); // the first test may wait for the template's first build
  const b = await boot('hello');
  t.is(b.hello.hello?.ainitVersion, 'ainit/0.4.0');
  t.true((b.hello.hello?.bootMs ?? 0) > 0);
  b.session.send({
    start: {
      argv: ['/arrow/app', 'x', 'y z'],
      env: ['GREETING=hi there', 'CONFIG=/etc/app/deep/hello.conf'],
      files: [{ path: '/etc/app/deep/hello.conf', content: new TextEncoder().encode('line one\n'), mode: 0o600 }],
      cwd: '/tmp',
    },
  });
  const out = await collect(b);
  t.is(out.stdout, 'arg[1]=x\narg[2]=y z\nGREETING=hi there\nconfig: line one\n');
  t.is(out.stderr, 'hello to stderr\n');
  t.deepEqual(out.errors, []);
  t.deepEqual(out.exited, { code: 7, signal: 0 });
  t.true(await halted(b), 'the VM should power itself off after Exited is acked');
});

test.serial('an exec failure is an Error frame and exit code 127', async (t) => {
  t.timeout(10 * 60_000);
  const b = await boot('hello');
  b.session.send({ start: { argv: ['/arrow/missing'], env: [], files: [], cwd: '' } });
  const out = await collect(b);
  t.is(out.errors.length, 1);
  t.regex(out.errors[0] ?? '', /cannot exec \/arrow\/missing: No such file or directory/);
  t.deepEqual(out.exited, { code: 127, signal: 0 });
  t.true(await halted(b));
});

test.serial('a working directory that does not exist is an Error frame and exit code 127', async (t) => {
  t.timeout(10 * 60_000);
  const b = await boot('hello');
  b.session.send({ start: { argv: ['/arrow/app'], env: [], files: [], cwd: '/no/such/dir' } });
  const out = await collect(b);
  t.deepEqual(out.errors.map((e) => e.replace(/\s+$/, '')), ['cannot change directory to /no/such/dir: No such file or directory']);
  t.is(out.stdout, '', 'the app must not run');
  t.deepEqual(out.exited, { code: 127, signal: 0 });
  t.true(await halted(b));
});

test.serial('a Start near the frame limit reaches the app whole: 3,000 args and 480 KB of env', async (t) => {
  t.timeout(10 * 60_000);
  // The app was forked at boot and gets its argv and env through a pipe: every string, in order.
  const args = Array.from({ length: 3000 }, (_, i) => `a${i}-${'x'.repeat(i % 97)}`);
  // Each variable under the kernel's 128 KiB limit on one string (beyond it, exec fails E2BIG).
  const pads = [1, 2, 3, 4].map((n) => `PAD${n}=${String(n).repeat(120_000)}`);
  const b = await boot('hello');
  b.session.send({ start: { argv: ['/arrow/app', ...args], env: [...pads, 'GREETING=after the big one'], files: [], cwd: '' } });
  const out = await collect(b);
  t.deepEqual(out.errors, []);
  const expected = args.map((arg, i) => `arg[${i + 1}]=${arg}\n`).join('') + 'GREETING=after the big one\nconfig: (missing /etc/hello.conf)\n';
  t.is(out.stdout.length, expected.length);
  t.true(out.stdout === expected, 'the output differs from the args sent');
  t.deepEqual(out.exited, { code: 7, signal: 0 });
  t.true(await halted(b));
});

test.serial('Stop sends SIGTERM and the app exits on its own', async (t) => {
  t.timeout(10 * 60_000);
  const b = await boot('sleeper');
  b.session.send({ start: { argv: ['/arrow/app'], env: [], files: [], cwd: '/' } });
  let stopped = false;
  const out = await collect(b, (stdout) => {
    if (!stopped && stdout.includes('ready')) {
      stopped = true;
      b.session.send({ stop: { graceMs: 5000 } });
    }
  });
  t.true(stopped);
  t.regex(out.stdout, /got SIGTERM, shutting down/);
  t.deepEqual(out.exited, { code: 0, signal: 0 });
  t.true(await halted(b));
});

test.serial('Stop escalates to SIGKILL after the grace period', async (t) => {
  t.timeout(10 * 60_000);
  const b = await boot('stubborn');
  b.session.send({ start: { argv: ['/arrow/app'], env: [], files: [], cwd: '/' } });
  let stopSentAt = 0;
  const out = await collect(b, (stdout) => {
    if (!stopSentAt && stdout.includes('ignoring SIGTERM')) {
      stopSentAt = Date.now();
      b.session.send({ stop: { graceMs: 700 } });
    }
  });
  t.true(Date.now() - stopSentAt >= 700, 'SIGKILL must not come before the grace period');
  t.deepEqual(out.exited, { code: 0, signal: 9 });
  t.true(out.logs.some((l) => /SIGKILL/.test(l)));
  t.true(await halted(b));
});

test.serial('a Start with a network ainit cannot apply exactly is refused with an Error naming the field', async (t) => {
  t.timeout(10 * 60_000);
  // Checked before anything is changed, so a VM without a NIC shows it as well as one with.
  const cases = [
    { network: { address: '10.213.0.5/24', gateway: '10.9.0.1' }, error: /Start network gateway 10\.9\.0\.1 is outside the subnet of address 10\.213\.0\.5\/24/ },
    { network: { address: '10.213.0.5/31', gateway: '10.213.0.4' }, error: /Start network address 10\.213\.0\.5\/31: prefix \/31 is outside 1-30/ },
  ];
  for (const { network, error } of cases) {
    const b = await boot('hello');
    b.session.send({ start: { argv: ['/arrow/app'], env: [], files: [], cwd: '/', network } });
    const out = await collect(b);
    t.is(out.errors.length, 1, JSON.stringify(out));
    t.regex(out.errors[0] ?? '', error);
    t.is(out.stdout, '', 'the app must not run');
    t.is(out.exited, undefined);
    t.true(await halted(b));
  }
});
