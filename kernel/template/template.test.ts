// Templates and clones against real VMs (TCG on this class of host): the default kernel template
// from the machine cache, the identity test app, QEMU through kernel/vmm, Arrows through
// kernel/runtime's ArrowSession. Each test uses its own template cache directory.
import test from 'ava';
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { appendFile, copyFile, mkdtemp, open, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ArrowSession, arrowTemplateSpec, defaultArtifacts, type ArrowArtifacts, type ArrowStartOptions } from '../runtime/index.ts';
import { ClonePool, TemplateCache, type TemplateSpec } from './index.ts';
import { guestRamBytes, isAdoptable } from '../vmm/index.ts';
import { freePort, qemuProcessesMentioning, textSink } from '../testdata/helpers.ts';

const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));

interface Box {
  dir: string;
  runRoot: string;
  identity: string;
  cache: TemplateCache;
  artifacts: ArrowArtifacts;
}

async function box(): Promise<Box> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-template-test-'));
  const identity = join(dir, 'identity');
  await execa('musl-gcc', ['-static', '-Os', '-o', identity, join(TESTDATA, 'identity.c')], { timeout: 60_000 });
  return { dir, runRoot: join(dir, 'run'), identity, cache: new TemplateCache({ dir: join(dir, 'templates') }), artifacts: defaultArtifacts() };
}

/** No QEMU process mentions this box, and its run dir is empty. */
async function assertNothingLeft(t: { deepEqual: (a: unknown, b: unknown, m?: string) => void }, b: Box): Promise<void> {
  t.deepEqual(await qemuProcessesMentioning(b.dir), [], 'QEMU processes left behind');
  t.deepEqual(await readdir(b.runRoot).catch(() => []), [], 'run dirs left behind');
}

function identityOptions(b: Box, extra: Partial<ArrowStartOptions>): ArrowStartOptions {
  return {
    binaryPath: b.identity,
    args: [],
    env: [],
    files: [],
    template: 'default',
    memoryMiB: 64,
    cpus: 1,
    ports: [],
    runRoot: b.runRoot,
    artifacts: b.artifacts,
    templates: b.cache,
    stdout: textSink().stream,
    stderr: textSink().stream,
    graceMs: 2000,
    ...extra,
  };
}

/** Runs the identity app to its exit; returns what it printed as key=value pairs. */
async function runIdentity(b: Box, extra: Partial<ArrowStartOptions> = {}): Promise<{ fields: Record<string, string>; startedFrom: string }> {
  const out = textSink();
  const arrow = await ArrowSession.start(identityOptions(b, { ...extra, stdout: out.stream }));
  const result = await arrow.wait();
  if (result.status !== 0) throw new Error(`identity exited ${result.status}: ${out.text()}`);
  return { fields: fieldsOf(out.text()), startedFrom: result.startedFrom };
}

function fieldsOf(text: string): Record<string, string> {
  return Object.fromEntries(text.split('\n').filter((line) => line.includes('=')).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

/** The spec the runtime builds for the identity app (to look the template up directly). */
async function identitySpec(b: Box, kernelPath?: string): Promise<TemplateSpec> {
  const options = { binaryPath: b.identity, template: 'default', memoryMiB: 64, cpus: 1, network: false, artifacts: b.artifacts, runRoot: b.runRoot };
  return arrowTemplateSpec(b.cache, options, kernelPath ?? (await b.artifacts.kernelImage('default')), await b.artifacts.initramfs(b.identity));
}

test.serial('two clones of one template run at once, each with its own args, env, config, RNG, clock and MAC', async (t) => {
  t.timeout(45 * 60_000); // may wait for the default kernel template's first build
  const b = await box();
  try {
    // The template is made on first use; the clones start later, so a clone that kept the
    // template's clock would be seconds behind.
    t.is((await runIdentity(b, { ports: [{ hostPort: await freePort(), guestPort: 9 }] })).startedFrom, 'clone');
    await sleep(3000);
    const starts = ['one', 'two'].map(async (name) => {
      const config = join(b.dir, `${name}.conf`);
      await writeFile(config, `config of ${name}\n`);
      const out = textSink();
      const arrow = await ArrowSession.start(
        identityOptions(b, {
          args: ['wait', `arg-${name}`],
          env: [`ARROW_NAME=${name}`],
          files: [{ guestPath: '/etc/identity.conf', hostPath: config }],
          ports: [{ hostPort: await freePort(), guestPort: 9 }],
          stdout: out.stream,
        }),
      );
      return { arrow, out, hostMs: Date.now() };
    });
    const arrows = await Promise.all(starts);
    await Promise.all(arrows.map(({ out }) => out.until('mac=', 60_000)));
    for (const { arrow } of arrows) arrow.stop();
    const results = await Promise.all(arrows.map(({ arrow }) => arrow.wait()));
    const [one, two] = arrows.map(({ out }) => fieldsOf(out.text()));
    t.deepEqual(results.map((r) => [r.startedFrom, r.status]), [['clone', 0], ['clone', 0]]);
    t.deepEqual([one!['arg[2]'], one!.name, one!.config], ['arg-one', 'one', 'config of one']);
    t.deepEqual([two!['arg[2]'], two!.name, two!.config], ['arg-two', 'two', 'config of two']);
    t.deepEqual([one!.rng_ready, two!.rng_ready], ['yes', 'yes']);
    t.not(one!.random, two!.random, 'clones of one template drew the same random bytes');
    t.not(one!.mac, two!.mac);
    t.regex(one!.mac!, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    t.not(one!.mac, '52:54:00:12:34:56', "a clone kept QEMU's default MAC");
    for (const [i, fields] of [one!, two!].entries()) {
      t.true(Math.abs(Number(fields.clock_ms) - arrows[i]!.hostMs) < 2000, `guest clock ${fields.clock_ms} is not the host's ${arrows[i]!.hostMs}`);
    }
    await assertNothingLeft(t, b);
  } finally {
    await rm(b.dir, { recursive: true, force: true });
  }
});

test.serial('clones read different bytes from /dev/urandom, and differ from a cold boot too', async (t) => {
  t.timeout(10 * 60_000);
  const b = await box();
  try {
    const runs = [await runIdentity(b), await runIdentity(b), await runIdentity(b, { boot: 'cold' })];
    t.deepEqual(runs.map((run) => run.startedFrom), ['clone', 'clone', 'cold']);
    // Ready at once: the host's seed was credited (unseeded, the first getrandom blocks ~1 s).
    t.deepEqual(runs.map((run) => run.fields.rng_ready), ['yes', 'yes', 'yes']);
    const random = runs.map((run) => run.fields.random);
    t.is(new Set(random).size, 3, `random bytes repeat: ${random.join(' ')}`);
    for (const value of random) t.regex(value ?? '', /^[0-9a-f]{32}$/);
    await assertNothingLeft(t, b);
  } finally {
    await rm(b.dir, { recursive: true, force: true });
  }
});

test.serial('a template made stale by a new kernel build is not used: the clone runs on the new kernel', async (t) => {
  t.timeout(10 * 60_000);
  const b = await box();
  try {
    // A kernel image of our own that we can "rebuild": the build cache's image, copied.
    const kernel = join(b.dir, 'vmlinux');
    await copyFile(await b.artifacts.kernelImage('default'), kernel);
    const artifacts: ArrowArtifacts = { ...b.artifacts, kernelImage: async () => kernel };
    t.is((await runIdentity(b, { artifacts })).startedFrom, 'clone');
    const [first] = await b.cache.list();
    t.truthy(first?.meta);
    // A new build of the kernel at the same path: different bytes (trailing data QEMU ignores).
    await appendFile(kernel, Buffer.alloc(4096, 1));
    const newDigest = `sha256:${createHash('sha256').update(await readFile(kernel)).digest('hex')}`;
    t.not(newDigest, first!.meta!.spec.kernelDigest);
    t.deepEqual(await b.cache.lookup(await identitySpec(b, kernel)), { problem: 'missing' }, 'the old template was found for the new kernel');
    t.is((await runIdentity(b, { artifacts })).startedFrom, 'clone');
    const rows = await b.cache.list();
    t.is(rows.length, 1, 'the outdated template is removed once the new one exists');
    t.not(rows[0]!.key, first!.key);
    t.is(rows[0]!.meta?.spec.kernelDigest, newDigest);
    await assertNothingLeft(t, b);
  } finally {
    await rm(b.dir, { recursive: true, force: true });
  }
});

test.serial('a corrupt or truncated template file is detected and rebuilt, not booted', async (t) => {
  t.timeout(15 * 60_000);
  const b = await box();
  try {
    const spec = await identitySpec(b);
    const built = await b.cache.ensure(spec, { runRoot: b.runRoot });
    const damages: [string, (dir: string) => Promise<void>, RegExp][] = [
      ['state bytes changed', async (dir) => overwrite(join(dir, 'state'), 2000, Buffer.from('garbage')), /state file does not match its digest/],
      ['state truncated', async (dir) => truncate(join(dir, 'state'), 100), /state file is 100 bytes/],
      ['RAM truncated', async (dir) => truncate(join(dir, 'ram'), 1024 * 1024), new RegExp(`RAM file is 1048576 bytes, expected ${guestRamBytes(spec.memoryMiB, spec.accelerator)}`)],
      ['RAM bytes changed in place', async (dir) => overwrite(join(dir, 'ram'), 16 * 1024 * 1024, Buffer.alloc(4096, 0xcc)), /RAM file was modified/],
      ['meta.json garbage', async (dir) => writeFile(join(dir, 'meta.json'), '{"format": 1, "key": tru'), /meta.json is not JSON/],
      ['meta.json of another template', async (dir) => writeFile(join(dir, 'meta.json'), JSON.stringify({ ...built.meta, key: 'f'.repeat(64) })), /names another template/],
    ];
    for (const [what, damage, problem] of damages) {
      const current = await b.cache.lookup(spec);
      if (!('template' in current)) throw new Error(`no sound template before "${what}": ${current.problem}`);
      await damage(current.template.dir);
      const found = await b.cache.lookup(spec);
      t.regex('problem' in found ? found.problem : 'used anyway', problem, what);
      const progress: string[] = [];
      const run = await runIdentity(b, { onProgress: (message) => progress.push(message) });
      t.is(run.startedFrom, 'clone', what);
      t.true(progress.some((message) => /is damaged .* building it again/.test(message)), `${what}: ${progress.join(' | ')}`);
      const rebuilt = await b.cache.lookup(spec);
      t.true('template' in rebuilt, `${what}: not rebuilt`);
    }
    await assertNothingLeft(t, b);
  } finally {
    await rm(b.dir, { recursive: true, force: true });
  }
});

/** The distinct nice values of a process's threads. */
function niceValues(pid: number): number[] {
  return [...new Set(readdirSync(`/proc/${pid}/task`).map((tid) => getPriority(Number(tid))))].sort((a, b) => a - b);
}

test.serial('a pool hands out clones restored ahead of time; closing it ends the waiting ones', async (t) => {
  t.timeout(10 * 60_000);
  const b = await box();
  let takenNice: number[] = [];
  const refillErrors: string[] = [];
  const pool = new ClonePool(b.cache, { runRoot: b.runRoot, size: 1, onError: (error) => refillErrors.push(error.message) });
  try {
    const first = await runIdentity(b, { pool });
    t.is(first.startedFrom, 'clone', 'nothing waits before the first start');
    await pool.settled();
    const template = await b.cache.lookup(await identitySpec(b));
    if (!('template' in template)) throw new Error(template.problem);
    t.is(pool.waiting(template.template), 1);
    // As root the waiting clone yields the CPUs (nice 10, every thread); the one taken does not.
    const [waitingDir] = await readdir(b.runRoot);
    const waitingPid = Number(await readFile(join(b.runRoot, waitingDir!, 'pid'), 'utf8'));
    t.deepEqual(niceValues(waitingPid), [10], 'a waiting clone runs at nice 10');
    const second = await runIdentity(b, { pool, env: ['ARROW_NAME=pooled'], onVmStarted: (vm) => { takenNice = niceValues(vm.pid!); } });
    t.deepEqual(takenNice, [0], 'a clone taken from the pool runs at nice 0 again, every thread');
    t.is(second.startedFrom, 'pool');
    t.is(second.fields.name, 'pooled');
    t.not(second.fields.random, first.fields.random);
    // Its warm-up set the clock and stirred the RNG with their own values; Start's still rule.
    t.is(second.fields.rng_ready, 'yes');
    t.true(Math.abs(Number(second.fields.clock_ms) - Date.now()) < 5000, `a pooled clone's clock says ${second.fields.clock_ms}`);
    await pool.settled();
    t.is(pool.waiting(template.template), 1, `the pool restored the next one (refill errors: ${refillErrors.join('; ') || 'none'})`);
  } finally {
    await pool.close();
    await assertNothingLeft(t, b);
    await rm(b.dir, { recursive: true, force: true });
  }
});

test.serial('an adoptable pool serves adoptable starts in its run root only; its clones keep their run ids', async (t) => {
  t.timeout(10 * 60_000);
  const b = await box();
  const refillErrors: string[] = [];
  const pool = new ClonePool(b.cache, { runRoot: b.runRoot, size: 1, adoptable: true, idPrefix: 'pool.', onError: (error) => refillErrors.push(error.message) });
  try {
    t.true(pool.adoptable);
    const template = async () => {
      const found = await b.cache.lookup(await identitySpec(b));
      if (!('template' in found)) throw new Error(found.problem);
      return found.template;
    };
    t.is((await runIdentity(b, { pool, adoptable: true })).startedFrom, 'clone', 'nothing waits before the first start');
    await pool.settled();
    t.is(pool.waiting(await template()), 1, `an adoptable start refills an adoptable pool (refill errors: ${refillErrors.join('; ') || 'none'})`);
    t.is((await runIdentity(b, { pool })).startedFrom, 'clone', 'a start tied to this process does not take a clone that would outlive it');
    t.is((await runIdentity(b, { pool, adoptable: true, runRoot: join(b.dir, 'elsewhere') })).startedFrom, 'clone', 'nor one of another run root');
    t.is(pool.waiting(await template()), 1);
    const waiting = (await readdir(b.runRoot)).filter((name) => name.startsWith('pool.'));
    t.is(waiting.length, 1);
    t.regex(waiting[0]!, /^pool\.[0-9a-f]{12}$/);
    t.true(await isAdoptable(join(b.runRoot, waiting[0]!)), 'the waiting clone is an adoptable VM');
    const out = textSink();
    const arrow = await ArrowSession.start(identityOptions(b, { pool, adoptable: true, runId: 'ignored', args: ['wait'], stdout: out.stream }));
    try {
      t.is(arrow.startedFrom, 'pool');
      t.is(arrow.vm.id, waiting[0]!, 'the taken clone runs where it was restored');
      await out.until('name=', 60_000); // the refill waits for the first output
    } finally {
      await arrow.kill();
    }
    await pool.settled();
    t.is(pool.waiting(await template()), 1, 'refilled');
  } finally {
    await pool.close();
    await rm(join(b.dir, 'elsewhere'), { recursive: true, force: true });
    await assertNothingLeft(t, b);
    await rm(b.dir, { recursive: true, force: true });
  }
});

async function overwrite(path: string, offset: number, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, offset);
  } finally {
    await handle.close();
  }
}
