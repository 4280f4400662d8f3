// ArrowSession against real VMs: what a caller that drives an Arrow (arrowctl run, the node's
// agent) sees: the result of a graceful stop, and a typed ArrowRunError for each way it fails.
import test from 'ava';
import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TemplateCache } from '../template/index.ts';
import { qemuProcessesMentioning, textSink } from '../testdata/helpers.ts';
import { ArrowRunError, ArrowSession, defaultArtifacts, type ArrowStartOptions } from './index.ts';

const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));

let fixture: Promise<{ dir: string; options: ArrowStartOptions }> | undefined;

test.before(() => {
  fixture = (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arrow-session-test-'));
    const identity = join(dir, 'identity');
    await execa('musl-gcc', ['-static', '-Os', '-o', identity, join(TESTDATA, 'identity.c')], { timeout: 60_000 });
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const options: ArrowStartOptions = {
      binaryPath: identity, args: ['wait'], env: [], files: [], template: 'default', memoryMiB: 64, cpus: 1, ports: [],
      runRoot: join(dir, 'run'), artifacts: defaultArtifacts(), templates: new TemplateCache({ dir: join(dir, 'templates') }),
      stdout: sink, stderr: sink, graceMs: 2000,
    };
    return { dir, options };
  })();
});

test.after.always(async () => {
  const f = await fixture?.catch(() => undefined);
  if (f) await rm(f.dir, { recursive: true, force: true });
});

test.serial('stop() ends the app gracefully; wait() gives its exit', async (t) => {
  t.timeout(45 * 60_000); // may wait for the default kernel template's first build
  const { dir, options } = await fixture!;
  const out = textSink();
  const arrow = await ArrowSession.start({ ...options, stdout: out.stream });
  t.is(arrow.startedFrom, 'clone');
  await out.until('mac=', 60_000);
  arrow.stop();
  arrow.stop(); // idempotent
  const result = await arrow.wait();
  t.deepEqual([result.status, result.code, result.signal, result.startedFrom], [0, 0, 0, 'clone']);
  t.true(out.text().endsWith('stopping\n'), out.text());
  t.true((result.timings.firstOutputMs ?? 0) > 0);
  t.deepEqual(await qemuProcessesMentioning(dir), []);
});

test.serial('kill() ends the VM: wait() rejects with vm-exited', async (t) => {
  t.timeout(10 * 60_000);
  const { dir, options } = await fixture!;
  const arrow = await ArrowSession.start(options);
  await arrow.kill();
  const error = await t.throwsAsync(arrow.wait(), { instanceOf: ArrowRunError });
  t.is(error?.failure, 'vm-exited');
  t.deepEqual(await qemuProcessesMentioning(dir), []);
});

test.serial('a setup failure in the guest rejects with guest-error, naming it', async (t) => {
  t.timeout(10 * 60_000);
  const { dir, options } = await fixture!;
  const file = join(dir, 'conf');
  await writeFile(file, 'x');
  // /dev/null is a device, not a directory: ainit cannot create the file and reports why.
  const arrow = await ArrowSession.start({ ...options, files: [{ guestPath: '/dev/null/conf', hostPath: file }] });
  const error = await t.throwsAsync(arrow.wait(), { instanceOf: ArrowRunError });
  t.is(error?.failure, 'guest-error');
  t.regex(error?.message ?? '', /\/dev\/null/);
  t.deepEqual(await qemuProcessesMentioning(dir), []);
});

test.serial('an aborted start rejects with stopped and leaves nothing running', async (t) => {
  t.timeout(10 * 60_000);
  const { dir, options } = await fixture!;
  for (const boot of ['auto', 'cold'] as const) {
    const abort = new AbortController();
    const starting = ArrowSession.start({ ...options, boot, onVmStarted: () => abort.abort() }, abort.signal);
    const error = await t.throwsAsync(starting, { instanceOf: ArrowRunError });
    t.is(error?.failure, 'stopped', boot);
  }
  t.deepEqual(await qemuProcessesMentioning(dir), []);
});
