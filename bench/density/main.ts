// Density benchmark: how fast an Arrow starts from a template, and how little host memory each
// further Arrow of the same binary costs. Every figure is measured in the same run.
//
//   npm run bench:density [-- --json] [-- --arrows 20] [-- --ksm]
//
// The app is a static file server (kernel/testdata/server.c, static, musl) that prints
// "listening on 8080" once it accepts connections, its page given as a --file, 64 MiB, one vCPU,
// a forwarded port each. How each figure is taken:
// - native_ms: the same server run on the host, spawn until "listening" (median of 10).
// - cold_boot_ms: `boot: 'cold'`, QEMU launch until the first Output frame (median).
// - clone_start_ms: fresh clones (a new QEMU restored from the template), QEMU launch until the
//   first Output frame, median over the --arrows starts of the density run below;
//   clone_restore_ms: the part until the saved state was loaded (QEMU's own start-up, mostly).
//   clone_translated_blocks: under TCG, the blocks the first of them had translated just after
//   its first output (QEMU's `info jit`; loading a state empties the cache). A clone's start is
//   CPU-bound on translating, so this is its cost in a figure a busy host does not change.
// - first_start_ms: the first start of the run, which built the template if the host had none.
// - pool_start_ms: clones restored ahead of time and kept paused (ClonePool, one waiting): from
//   taking one until its first Output frame (median of --pool-iterations).
// - marginal_pss_mib: host PSS (sum over the QEMU processes) with --arrows idle servers running,
//   minus the PSS of the first one running alone, over arrows-1. Every server is checked to answer
//   HTTP before the measurement. guest_private_mib: the guest RAM pages one idle clone owns alone
//   (the Anonymous pages of its private mapping of the template's RAM file, i.e. pages copied on
//   write). breakdown: one idle clone's memory by mapping (rss, pss and private MiB).
// - free page reporting: an app that writes 32 MiB and frees it, as a cold boot with and without
//   reporting and as a clone (which has none); PSS 4 s after it freed the memory.
// - --ksm: turns the host's KSM on (scanning fast, zero pages merged) with the servers running,
//   waits for two full scans, measures marginal_pss again, then restores the host's settings.
//   KSM is host-wide: it also merges other VMs' mergeable memory while on.
import { execa } from 'execa';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ArrowSession, ClonePool, TemplateCache, defaultArtifacts, detectAccelerator, type ArrowStartOptions, type BootMode } from '../../kernel/index.ts';
import { readSmaps, total, type Grouping } from './smaps.ts';
import { freePort, textSink } from '../../kernel/testdata/helpers.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    arrows: { type: 'string', default: '20' },
    'cold-iterations': { type: 'string', default: '5' },
    'pool-iterations': { type: 'string', default: '10' },
    ksm: { type: 'boolean', default: false },
  },
});
const count = (name: 'arrows' | 'cold-iterations' | 'pool-iterations', min: number, max: number): number => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`bench:density: --${name} must be ${min}-${max}`);
    process.exit(2);
  }
  return value;
};
const arrowsWanted = count('arrows', 2, 100);
const coldIterations = count('cold-iterations', 1, 50);
const poolIterations = count('pool-iterations', 1, 100);
const log = (message: string): void => {
  process.stderr.write(`bench:density: ${message}\n`);
};
const MEMORY_MIB = 64;
const HERE = fileURLToPath(new URL('.', import.meta.url));
const TESTDATA = fileURLToPath(new URL('../../kernel/testdata/', import.meta.url));
const load = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);
const loadBefore = load();

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number): number => Math.round(value * 10) / 10;
const mib = (kb: number): number => round(kb / 1024);

/** Where a QEMU's memory goes: its binary, libraries, heap, TCG cache, other anonymous, guest RAM. */
const grouping: Grouping = (path, perms) => {
  if (path.endsWith('/ram')) return 'guest_ram';
  if (path.includes('qemu-system')) return 'qemu_binary';
  if (/\.so(\.|$)/.test(path)) return 'libraries';
  if (path === '[heap]') return 'heap';
  if (path === '' && perms.includes('x')) return 'tcg_cache';
  if (path === '' || path === '[stack]') return 'other_anonymous';
  return 'other';
};

async function pssKb(pid: number): Promise<number> {
  return total(await readSmaps(pid, grouping)).pssKb;
}

const work = await mkdtemp(join(tmpdir(), 'arrow-bench-density-'));
const running: ArrowSession[] = [];
const ksmDir = '/sys/kernel/mm/ksm';
let ksmRestore: Record<string, string> | undefined;
let pool: ClonePool | undefined;
try {
  const server = join(work, 'server');
  await execa('musl-gcc', ['-static', '-Os', '-o', server, join(TESTDATA, 'server.c')], { timeout: 60_000 });
  const memhog = join(work, 'memhog');
  await execa('musl-gcc', ['-static', '-Os', '-o', memhog, join(HERE, 'memhog.c')], { timeout: 60_000 });
  const page = join(work, 'index.html');
  await writeFile(page, '<h1>an idle Arrow</h1>\n');
  const runRoot = join(work, 'run');
  const artifacts = defaultArtifacts({ onBuildProgress: (p) => (p.phase === 'source' || p.phase === 'wait' ? log(p.message) : undefined) });
  const templates = new TemplateCache();
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;

  const startServer = async (boot: BootMode, extra: Partial<ArrowStartOptions> = {}): Promise<{ arrow: ArrowSession; port: number; firstOutputMs: number }> => {
    const port = await freePort();
    const ready = textSink();
    const arrow = await ArrowSession.start({
      binaryPath: server,
      args: ['8080', '/www'],
      env: [],
      files: [{ guestPath: '/www/index.html', hostPath: page }],
      template: 'default',
      memoryMiB: MEMORY_MIB,
      cpus: 1,
      ports: [{ hostPort: port, guestPort: 8080 }],
      runRoot,
      artifacts,
      templates,
      boot,
      stdout: ready.stream,
      stderr: sink,
      graceMs: 2000,
      ...extra,
    });
    running.push(arrow);
    const failed = arrow.wait().then(() => Promise.reject(new Error('the server exited')));
    await Promise.race([ready.until('listening', 600_000), failed]);
    return { arrow, port, firstOutputMs: arrow.timings.firstOutputMs ?? Number.NaN };
  };
  const stopAll = async (): Promise<void> => {
    const all = running.splice(0);
    for (const arrow of all) arrow.stop();
    await Promise.allSettled(all.map((arrow) => arrow.wait()));
  };

  log('ensuring the kernel and the template (built once per host)');
  await artifacts.kernelImage('default');
  const templateStarted = performance.now();
  const first = await startServer('auto', { onProgress: (message) => (message.startsWith('building template') ? log(message) : undefined) });
  await stopAll();
  // When the host had no template yet, this start built it.
  const firstStartMs = performance.now() - templateStarted;
  if (first.arrow.startedFrom !== 'clone') throw new Error(`the first start was a ${first.arrow.startedFrom} boot, not a clone`);

  // native
  const nativeSamples: number[] = [];
  for (let i = 0; i < 10; i++) {
    const port = String(await freePort());
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(server, [port, work], { stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.once('data', () => {
        nativeSamples.push(performance.now() - started);
        child.kill('SIGKILL');
      });
      child.once('error', reject);
      child.once('close', () => resolve());
    });
  }

  // cold boots
  const coldSamples: number[] = [];
  let coldPssKb = 0;
  for (let i = 0; i < coldIterations; i++) {
    const { arrow, firstOutputMs } = await startServer('cold');
    coldSamples.push(firstOutputMs);
    if (i === 0) {
      await sleep(3000);
      coldPssKb = await pssKb(arrow.vm.pid);
    }
    await stopAll();
    log(`cold boot ${i + 1}/${coldIterations}: ${firstOutputMs.toFixed(0)} ms`);
  }

  // density: fresh clones, kept running
  const cloneSamples: number[] = [];
  const restoreSamples: number[] = [];
  const ports: number[] = [];
  let onePssKb = 0;
  let translatedBlocks: number | undefined;
  for (let i = 0; i < arrowsWanted; i++) {
    const { arrow, port, firstOutputMs } = await startServer('auto');
    if (i === 0) translatedBlocks = await translatedBlockCount(arrow);
    if (arrow.startedFrom !== 'clone') throw new Error(`Arrow ${i + 1} started from ${arrow.startedFrom}, not a clone`);
    cloneSamples.push(firstOutputMs);
    restoreSamples.push(arrow.timings.restoredMs ?? Number.NaN);
    ports.push(port);
    if (i === 0) {
      await sleep(3000);
      onePssKb = await pssKb(arrow.vm.pid);
    }
  }
  log(`${arrowsWanted} clones started: ${cloneSamples.map((v) => v.toFixed(0)).join(' ')} ms`);
  await sleep(3000);
  const answers = await Promise.all(ports.map(async (port) => (await fetch(`http://127.0.0.1:${port}/index.html`, { signal: AbortSignal.timeout(10_000) })).text()));
  const serving = answers.filter((text) => text.includes('an idle Arrow')).length;
  if (serving !== arrowsWanted) throw new Error(`only ${serving} of ${arrowsWanted} servers answered`);
  await sleep(1000);
  const allPssKb = (await Promise.all(running.map((arrow) => pssKb(arrow.vm.pid)))).reduce((a, b) => a + b, 0);
  const probe = running[Math.floor(running.length / 2)]!;
  const usage = await readSmaps(probe.vm.pid, grouping);
  const guestPrivateKb = usage.guest_ram?.anonymousKb ?? 0;

  let ksm: Record<string, number> | undefined;
  if (values.ksm) {
    const saved: Record<string, string> = {};
    for (const name of ['run', 'pages_to_scan', 'sleep_millisecs', 'use_zero_pages']) saved[name] = (await readFile(join(ksmDir, name), 'utf8')).trim();
    // A host that runs KSM already keeps its settings; else it runs for this measurement only.
    if (saved.run !== '1') {
      ksmRestore = saved;
      await writeFile(join(ksmDir, 'use_zero_pages'), '1');
      await writeFile(join(ksmDir, 'pages_to_scan'), '5000');
      await writeFile(join(ksmDir, 'sleep_millisecs'), '10');
    }
    const scansBefore = Number(await readFile(join(ksmDir, 'full_scans'), 'utf8'));
    if (ksmRestore) await writeFile(join(ksmDir, 'run'), '1');
    const deadline = Date.now() + 120_000;
    while (Number(await readFile(join(ksmDir, 'full_scans'), 'utf8')) < scansBefore + 2 && Date.now() < deadline) await sleep(500);
    const ksmPssKb = (await Promise.all(running.map((arrow) => pssKb(arrow.vm.pid)))).reduce((a, b) => a + b, 0);
    const ksmUsage = await readSmaps(probe.vm.pid, grouping);
    ksm = {
      marginal_pss_mib: round((ksmPssKb - onePssKb) / 1024 / (arrowsWanted - 1)),
      guest_private_mib: mib(ksmUsage.guest_ram?.anonymousKb ?? 0),
      pages_sharing: Number(await readFile(join(ksmDir, 'pages_sharing'), 'utf8')),
      zero_pages: Number(await readFile(join(ksmDir, 'ksm_zero_pages'), 'utf8').catch(() => '0')),
    };
    if (ksmRestore) await restoreKsm(ksmRestore);
    ksmRestore = undefined;
  }
  await stopAll();

  // clones restored ahead of time
  pool = new ClonePool(templates, { runRoot, size: 1, onError: (error) => log(`pool: ${error.message}`) });
  const poolSamples: number[] = [];
  await startServer('auto', { pool });
  await stopAll();
  for (let i = 0; i < poolIterations; i++) {
    await pool.settled();
    const { arrow, firstOutputMs } = await startServer('auto', { pool });
    if (arrow.startedFrom !== 'pool') throw new Error(`pooled start ${i + 1} started from ${arrow.startedFrom}`);
    poolSamples.push(firstOutputMs);
    await stopAll();
  }
  await pool.close();
  pool = undefined;

  // memory an app frees
  const freed = async (boot: BootMode, reporting: boolean): Promise<number> => {
    const done = textSink();
    const arrow = await ArrowSession.start({
      binaryPath: memhog, args: ['32'], env: [], files: [], template: 'default', memoryMiB: MEMORY_MIB, cpus: 1, ports: [], runRoot, artifacts, templates, boot,
      freePageReporting: reporting, stdout: done.stream, stderr: sink, graceMs: 1000,
    });
    running.push(arrow);
    await done.until('freed', 120_000);
    await sleep(4000);
    const pss = await pssKb(arrow.vm.pid);
    await stopAll();
    return mib(pss);
  };
  const freedMemory = {
    cold_reporting_pss_mib: await freed('cold', true),
    cold_no_reporting_pss_mib: await freed('cold', false),
    clone_pss_mib: await freed('auto', false),
  };

  const accel = detectAccelerator();
  const breakdown: Record<string, { rss_mib: number; pss_mib: number; private_mib: number }> = {};
  for (const [name, part] of Object.entries(usage).sort((a, b) => b[1].pssKb - a[1].pssKb)) {
    if (part.rssKb < 64) continue;
    breakdown[name] = { rss_mib: mib(part.rssKb), pss_mib: mib(part.pssKb), private_mib: mib(part.privateCleanKb + part.privateDirtyKb) };
  }
  const figures = {
    clone_start_ms: round(median(cloneSamples)),
    cold_boot_ms: round(median(coldSamples)),
    native_ms: round(median(nativeSamples)),
    pool_start_ms: round(median(poolSamples)),
    clone_restore_ms: round(median(restoreSamples)),
    ...(translatedBlocks !== undefined ? { clone_translated_blocks: translatedBlocks } : {}),
    cold_over_clone: round(median(coldSamples) / median(cloneSamples)),
    cold_over_pool: round(median(coldSamples) / median(poolSamples)),
    marginal_pss_mib: round((allPssKb - onePssKb) / 1024 / (arrowsWanted - 1)),
    guest_private_mib: mib(guestPrivateKb),
    one_clone_pss_mib: mib(onePssKb),
    arrows_pss_mib: mib(allPssKb),
    cold_pss_mib: mib(coldPssKb),
    breakdown,
    free_page_reporting: freedMemory,
    ...(ksm ? { ksm } : {}),
    accel,
    arrows: arrowsWanted,
    first_start_ms: round(firstStartMs),
    clone_start_samples_ms: cloneSamples.map(round),
    cold_boot_samples_ms: coldSamples.map(round),
    pool_start_samples_ms: poolSamples.map(round),
    load_before: loadBefore,
    load_after: load(),
  };
  if (values.json) {
    process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
  } else {
    const targetStart = accel === 'tcg' ? 150 : 50;
    const rows: [string, string, string][] = [
      ['clone_start_ms', String(figures.clone_start_ms), `fresh clone: QEMU launch -> first output (target <= ${targetStart}, >= 4x faster than cold)`],
      ...(translatedBlocks !== undefined ? [['clone_translated_blocks', String(translatedBlocks), 'TCG blocks one fresh clone translated by its first output'] as [string, string, string]] : []),
      ['pool_start_ms', String(figures.pool_start_ms), 'clone restored ahead of time: take -> first output'],
      ['cold_boot_ms', String(figures.cold_boot_ms), `cold boot (cold/clone ${figures.cold_over_clone}x, cold/pool ${figures.cold_over_pool}x)`],
      ['native_ms', String(figures.native_ms), 'the same command on the host'],
      ['marginal_pss_mib', String(figures.marginal_pss_mib), `(PSS of ${arrowsWanted} idle servers - PSS of 1) / ${arrowsWanted - 1} (target <= 24)`],
      ['guest_private_mib', String(figures.guest_private_mib), 'guest RAM one idle clone owns alone (target <= 2)'],
      ['cold_pss_mib', String(figures.cold_pss_mib), 'PSS of one idle cold-booted server'],
      ['accel', accel, `load ${figures.load_before.join(' ')} -> ${figures.load_after.join(' ')}`],
    ];
    const width = Math.max(...rows.map((row) => row[0].length));
    const valueWidth = Math.max(...rows.map((row) => row[1].length));
    for (const [name, value, note] of rows) process.stdout.write(`${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${note}\n`);
    process.stdout.write(`breakdown of one idle clone (MiB): ${JSON.stringify(breakdown)}\n`);
    process.stdout.write(`an app that freed 32 MiB, PSS (MiB): ${JSON.stringify(freedMemory)}\n`);
    if (ksm) process.stdout.write(`with KSM: ${JSON.stringify(ksm)}\n`);
  }
} finally {
  if (ksmRestore) await restoreKsm(ksmRestore).catch((error: Error) => log(`could not restore KSM settings: ${error.message}`));
  await pool?.close();
  for (const arrow of running) await arrow.kill().catch(() => {});
  await rm(work, { recursive: true, force: true });
}

/** TCG's "TB count" of an Arrow's QEMU (undefined under KVM, or when QEMU does not say). */
async function translatedBlockCount(arrow: ArrowSession): Promise<number | undefined> {
  if (arrow.vm.accelerator !== 'tcg' || !arrow.vm.qmp) return undefined;
  const text = await arrow.vm.qmp.execute<string>('human-monitor-command', { 'command-line': 'info jit' }, { timeoutMs: 5000 });
  const count = /^TB count\s+(\d+)/m.exec(typeof text === 'string' ? text : '');
  return count ? Number(count[1]) : undefined;
}

/** Unmerges what KSM merged, then puts the host's settings back. */
async function restoreKsm(saved: Record<string, string>): Promise<void> {
  await writeFile(join(ksmDir, 'run'), '2');
  for (const name of ['pages_to_scan', 'sleep_millisecs', 'use_zero_pages']) await writeFile(join(ksmDir, name), saved[name] ?? '');
  await writeFile(join(ksmDir, 'run'), saved.run ?? '0');
}
