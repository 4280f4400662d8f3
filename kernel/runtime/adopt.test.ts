// Adoptable Arrows against real VMs: a session leaves its Arrow running (detach, or the process
// that started it is SIGKILLed) and another takes it over (attach): the same QEMU, output that
// carries on where it stopped (ainit kept what no host acknowledged and sends it again), stop,
// kill and the exit as before. What an arrowd restarted over running Arrows relies on.
import test from 'ava';
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { TemplateCache } from '../template/index.ts';
import { firstOutput, qemuProcessesMentioning, textSink } from '../testdata/helpers.ts';
import { ArrowRunError, ArrowSession, defaultArtifacts, exitFromConsole, type ArrowStartOptions } from './index.ts';

const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));

interface Fixture {
  dir: string;
  counter: string;
  options: ArrowStartOptions;
}

let fixture: Promise<Fixture> | undefined;

test.before(() => {
  fixture = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arrow-adopt-test-'));
    const counter = join(dir, 'counter');
    await execa('musl-gcc', ['-static', '-Os', '-o', counter, join(TESTDATA, 'counter.c')], { timeout: 60_000 });
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const options: ArrowStartOptions = {
      binaryPath: counter, args: [], env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [],
      runRoot: join(dir, 'run'), artifacts: defaultArtifacts(), templates: new TemplateCache({ dir: join(dir, 'templates') }),
      stdout: sink, stderr: sink, graceMs: 2000, adoptable: true,
    };
    return { dir, counter, options };
  })();
});

test.after.always(async () => {
  const f = await fixture?.catch(() => undefined);
  if (!f) return;
  for (const pid of await qemuProcessesMentioning(f.dir)) process.kill(Number(pid), 'SIGKILL');
  await rm(f.dir, { recursive: true, force: true });
});

/** The counter's line numbers in `text` (complete lines only). */
function numbers(text: string): number[] {
  return [...text.matchAll(/^n=(\d+) 0+$/gm)].map((m) => Number(m[1]));
}

/** A writer that keeps the counter's line numbers (all of them: textSink keeps only the last MiB of text). */
function counterSink() {
  const seen: number[] = [];
  let partial = '';
  const waiters: { n: number; resolve: () => void }[] = [];
  const stream = {
    write(chunk: Uint8Array | string): boolean {
      const text = partial + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      const end = text.lastIndexOf('\n') + 1;
      seen.push(...numbers(text.slice(0, end)));
      partial = text.slice(end);
      for (const w of waiters.filter((w) => seen.at(-1)! >= w.n)) w.resolve();
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const until = (n: number, timeoutMs: number): Promise<void> =>
    new Promise((resolve, reject) => {
      if ((seen.at(-1) ?? 0) >= n) return resolve();
      const timer = setTimeout(() => reject(new Error(`no n=${n} within ${timeoutMs} ms; last n=${seen.at(-1)}`)), timeoutMs);
      waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
    });
  return { stream, seen, until };
}

/** CPU time (user + system) of a process so far, in clock ticks (1/100 s). */
async function cpuTicks(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Fails unless `seen` is `first`, first+1, … with nothing missing or repeated. */
function assertConsecutive(t: { fail(message: string): void; pass(): void }, seen: number[], first: number): void {
  for (let i = 0; i < seen.length; i++) {
    if (seen[i] !== first + i) {
      t.fail(`line ${i}: expected n=${first + i}, got n=${seen[i]} (around: ${seen.slice(Math.max(0, i - 3), i + 3).join(',')})`);
      return;
    }
  }
  t.pass();
}

test.serial('detach leaves the Arrow running; attach takes it over with no output lost or repeated, and stops it', async (t) => {
  t.timeout(10 * 60_000);
  const { dir, options } = await fixture!;
  // One sink for both sessions, as a log file continues across them (a line may be cut between).
  const out = counterSink();
  // 4 KB lines as fast as it can: while no host is attached the app fills what ainit keeps for
  // the host (1 MiB) and its pipe within a second or so, then waits; everything it
  // wrote must arrive once a host is back.
  const arrow = await ArrowSession.start({ ...options, args: ['0', '0', '0', '4000'], stdout: out.stream });
  t.teardown(() => arrow.kill().catch(() => undefined));
  await out.until(20, 60_000);
  await arrow.detach();
  await t.throwsAsync(arrow.wait(), { instanceOf: ArrowRunError, message: /left running/ });
  const pid = arrow.vm.pid;
  await sleep(1000);
  // The app waits on its pipe and ainit waits for a host (SIGIO): the guest should be idle.
  const cpu0 = await cpuTicks(pid);
  await sleep(2000);
  const busy = ((await cpuTicks(pid)) - cpu0) / 2;
  t.log(`QEMU while detached, app blocked: ${busy.toFixed(0)}% of a core`);
  t.true(busy < 50, `a guest spinning while no host is attached keeps QEMU busy (${busy}%)`);
  t.true(existsSync(arrow.vm.runDir), 'the run dir stays for the next session');
  t.deepEqual(await qemuProcessesMentioning(arrow.vm.runDir), [String(pid)]);

  const adopted = await ArrowSession.attach({ runDir: arrow.vm.runDir, stdout: out.stream, stderr: out.stream, graceMs: 2000 });
  t.teardown(() => adopted.kill().catch(() => undefined));
  t.is(adopted.vm.pid, pid);
  t.is(adopted.startedFrom, 'adopted');
  const cut = out.seen.at(-1)!;
  // Past what the guest held while nobody listened (~260 lines of 4 KB in ainit, ~16 in the pipe).
  await out.until(cut + 400, 60_000);
  adopted.stop();
  const result = await adopted.wait();
  t.deepEqual([result.code, result.signal, result.startedFrom], [0, 0, 'adopted']);
  assertConsecutive(t, out.seen, 1);
  t.deepEqual(await qemuProcessesMentioning(dir), []);
  t.false(existsSync(arrow.vm.runDir));
});

test.serial('an Arrow whose starter was SIGKILLed is taken over by another process: output carries on, kill ends it', async (t) => {
  t.timeout(10 * 60_000);
  const { dir, counter, options } = await fixture!;
  const helper = execa(process.execPath, [join(TESTDATA, 'start-arrow-and-wait.ts'), counter, options.runRoot, join(dir, 'templates'), 'cold', '0', '1000'], { reject: false, buffer: false });
  t.teardown(() => void helper.kill('SIGKILL'));
  const { pid, runDir } = JSON.parse(await firstOutput(helper.stdout, 120_000)) as { pid: number; runDir: string };
  await sleep(500);
  helper.kill('SIGKILL');
  await helper;
  await sleep(1000);
  const out = counterSink();
  const adopted = await ArrowSession.attach({ runDir, stdout: out.stream, stderr: out.stream });
  t.teardown(() => adopted.kill().catch(() => undefined));
  t.is(adopted.vm.pid, pid);
  await out.until(1, 30_000);
  const first = out.seen[0]!;
  t.true(first > 1, 'the lines the first host took are not sent again');
  await out.until(first + 300, 60_000);
  await adopted.kill();
  const error = await t.throwsAsync(adopted.wait(), { instanceOf: ArrowRunError });
  t.is(error?.failure, 'vm-exited');
  assertConsecutive(t, out.seen, first);
  t.deepEqual(await qemuProcessesMentioning(dir), []);
});

test.serial('an app that ends while no host is attached: the VM halts, its exit is on the console, attach says it is gone', async (t) => {
  t.timeout(10 * 60_000);
  const { dir, options } = await fixture!;
  const out = textSink();
  // 300 lines, one every 10 ms, then exit code 3.
  const arrow = await ArrowSession.start({ ...options, args: ['300', '10000', '3'], stdout: out.stream });
  t.teardown(() => arrow.kill().catch(() => undefined));
  await out.until('n=1 ', 60_000);
  await arrow.detach();
  const gone = Date.now();
  while (existsSync(arrow.vm.runDir) && (await qemuProcessesMentioning(arrow.vm.runDir)).length > 0 && Date.now() - gone < 60_000) await sleep(200);
  t.deepEqual(await qemuProcessesMentioning(arrow.vm.runDir), [], 'the VM halted by itself');
  const console = await readFile(join(arrow.vm.runDir, 'serial.log'), 'utf8');
  t.deepEqual(exitFromConsole(console), { code: 3, signal: 0 });
  const error = await t.throwsAsync(ArrowSession.attach({ runDir: arrow.vm.runDir, stdout: out.stream, stderr: out.stream }), { instanceOf: ArrowRunError });
  t.is(error?.failure, 'adopt');
  t.regex(error?.message ?? '', /not running/);
  await rm(arrow.vm.runDir, { recursive: true, force: true });
  t.deepEqual(await qemuProcessesMentioning(dir), []);
});
