// Builds a kernel template into the per-machine cache, keyed by sha256(source digest, merged
// config): the same template on the same source is compiled at most once per machine.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { execa } from 'execa';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { machineCacheDir } from '../../node/home/index.ts';
import { describeMismatches, loadTemplateFragments, mergeKconfig, verifyKconfig } from '../templates/index.ts';
import { withLock } from './lock.ts';
import { DEFAULT_SOURCE_TARBALL, ensureKernelSource } from './source.ts';
import type { KernelSource } from './source.ts';

export type BuildProgress =
  | { phase: 'source' | 'configure' | 'wait' | 'store'; message: string }
  | { phase: 'compile'; done: number; expected: number; current: string };

export interface KernelBuildOptions {
  template: string;
  cacheDir?: string; // default machineCacheDir()
  tarball?: string; // default Debian's linux-source-6.1
  jobs?: number; // default: number of CPUs
  onProgress?: (p: BuildProgress) => void;
  timeoutMs?: number; // whole compile; default 60 min (slow shared CI machines)
}

export interface KernelBuild {
  template: string;
  key: string; // hex sha256(source digest, merged config)
  /**
   * The image QEMU boots: `vmlinux` (stripped ELF with a PVH entry note) when the template has
   * CONFIG_PVH, else `bzImage`. QEMU loads a PVH ELF straight into guest memory, so the guest
   * skips the bzImage decompressor, which is pure boot time under TCG.
   */
  imagePath: string;
  /** the compressed bzImage, for loaders without PVH support */
  bzImagePath: string;
  configPath: string; // the resolved .config it was built from
  size: number;
  sourceVersion: string;
  sourceDigest: string;
  cached: boolean; // true when no compile ran in this call
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/** The cache key: any change of source tarball or merged config text gives a new key. */
export function kernelBuildKey(sourceDigest: string, mergedConfig: string): string {
  return createHash('sha256').update(`arrow-kernel-build-v1\0${sourceDigest}\0${mergedConfig}`).digest('hex');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function readBounded(path: string): Promise<string> {
  const info = await stat(path);
  if (info.size > MAX_CONFIG_BYTES) throw new Error(`${path} is ${info.size} bytes, limit ${MAX_CONFIG_BYTES}`);
  return readFile(path, { encoding: 'utf8', signal: AbortSignal.timeout(10_000) });
}

/** Kbuild's quiet output prints one "  CC      path" line per produced file. */
const KBUILD_STEP = /^ {2}([A-Z][A-Z0-9_-]{1,15})\s+(\S.*)$/;

interface RunMakeOptions {
  cwd: string;
  args: string[];
  timeoutMs: number;
  onLine?: (line: string) => void;
}

/** Runs make, streaming lines; on failure the error carries the last lines of output. */
function runMake(opts: RunMakeOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('make', opts.args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    const tail: string[] = [];
    const remember = (line: string): void => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
    };
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        remember(line);
        opts.onLine?.(line);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.length > 0) remember(line);
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot run make: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        const why = signal ? `killed by ${signal}${signal === 'SIGTERM' ? ` (timeout ${opts.timeoutMs} ms?)` : ''}` : `exit code ${code}`;
        reject(new Error(`make ${opts.args.filter((a) => !a.startsWith('O=')).join(' ')} failed: ${why}\n${tail.join('\n')}`));
      }
    });
  });
}

/** File name of the directly bootable ELF image in a build entry. */
const PVH_IMAGE = 'vmlinux';

/** Whether a resolved .config builds the PVH entry point (the x86/HVM direct boot ABI). */
export function hasPvhEntry(resolvedConfig: string): boolean {
  return resolvedConfig.split('\n').includes('CONFIG_PVH=y');
}

/** `make tinyconfig` output for a source tree, computed once per source digest. */
async function tinyconfigFor(source: KernelSource, cacheDir: string): Promise<string> {
  const dir = join(cacheDir, 'kernel', 'tinyconfig');
  const file = join(dir, `${source.digest}.config`);
  if (await exists(file)) return readBounded(file);
  await mkdir(dir, { recursive: true });
  const out = await mkdtemp(join(dir, '.tmp-'));
  try {
    await runMake({ cwd: source.dir, args: [`O=${out}`, 'ARCH=x86_64', 'tinyconfig'], timeoutMs: 10 * 60_000 });
    const text = await readBounded(join(out, '.config'));
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, text);
    await rename(tmp, file);
    return text;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Expected number of kbuild steps, learned from the last build (the first one guesses). */
async function expectedSteps(cacheDir: string, template: string): Promise<number> {
  try {
    const parsed: unknown = JSON.parse(await readBounded(join(cacheDir, 'kernel', 'build-steps.json')));
    const n = (parsed as Record<string, unknown>)[template];
    if (typeof n === 'number' && n > 0) return n;
  } catch {
    /* no history */
  }
  return 1100;
}

async function rememberSteps(cacheDir: string, template: string, steps: number): Promise<void> {
  const file = join(cacheDir, 'kernel', 'build-steps.json');
  let all: Record<string, number> = {};
  try {
    all = JSON.parse(await readBounded(file)) as Record<string, number>;
  } catch {
    /* start fresh */
  }
  all[template] = steps;
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(all));
  await rename(tmp, file);
}

/** The merged config and key of a template, without building it. */
export async function resolveTemplate(
  template: string,
  opts: { cacheDir?: string; tarball?: string; onProgress?: (p: BuildProgress) => void } = {},
): Promise<{ source: KernelSource; merged: string; key: string; fragments: Awaited<ReturnType<typeof loadTemplateFragments>> }> {
  const cacheDir = opts.cacheDir ?? machineCacheDir();
  const fragments = await loadTemplateFragments(template); // fails early on an unknown name
  const source = await ensureKernelSource(opts.tarball ?? DEFAULT_SOURCE_TARBALL, cacheDir, (message) =>
    opts.onProgress?.({ phase: 'source', message }),
  );
  opts.onProgress?.({ phase: 'configure', message: 'tinyconfig' });
  const merged = mergeKconfig(await tinyconfigFor(source, cacheDir), fragments);
  return { source, merged, key: kernelBuildKey(source.digest, merged), fragments };
}

/**
 * Builds (or finds in the machine cache) the kernel image of a template. Concurrent callers for the
 * same key wait on one lock; the compile happens in a private work dir and the result is
 * published by renaming <key>.tmp-<pid> to <key>, so readers only ever see complete entries.
 */
export async function buildKernel(opts: KernelBuildOptions): Promise<KernelBuild> {
  const cacheDir = opts.cacheDir ?? machineCacheDir();
  const progress = opts.onProgress ?? (() => {});
  const { source, merged, key, fragments } = await resolveTemplate(opts.template, { ...opts, cacheDir });
  const buildsDir = join(cacheDir, 'kernel', 'builds');
  const entry = join(buildsDir, key);
  const result = async (cached: boolean): Promise<KernelBuild> => {
    const bzImagePath = join(entry, 'bzImage');
    const imagePath = (await exists(join(entry, PVH_IMAGE))) ? join(entry, PVH_IMAGE) : bzImagePath;
    return {
      template: opts.template,
      key,
      imagePath,
      bzImagePath,
      configPath: join(entry, 'config'),
      size: (await stat(imagePath)).size,
      sourceVersion: source.version,
      sourceDigest: source.digest,
      cached,
    };
  };
  if (await exists(join(entry, 'bzImage'))) return result(true);

  await mkdir(buildsDir, { recursive: true });
  const timeoutMs = opts.timeoutMs ?? 60 * 60_000;
  return withLock(
    `${entry}.lock`,
    { timeoutMs: timeoutMs + 60_000, onWait: (pid) => progress({ phase: 'wait', message: `another process (pid ${pid}) is building this kernel; waiting` }) },
    async () => {
      if (await exists(join(entry, 'bzImage'))) return result(true);
      const workRoot = join(cacheDir, 'kernel', 'work');
      const work = join(workRoot, `${key}.${process.pid}`);
      // Holding the lock, any other work dir of this key belongs to a builder that died.
      await mkdir(workRoot, { recursive: true });
      for (const name of await readdir(workRoot)) {
        if (name.startsWith(`${key}.`)) await rm(join(workRoot, name), { recursive: true, force: true });
      }
      await mkdir(work, { recursive: true });
      try {
        await writeFile(join(work, '.config'), merged);
        progress({ phase: 'configure', message: 'make olddefconfig' });
        const make = (args: string[], onLine?: (line: string) => void): Promise<void> =>
          runMake({ cwd: source.dir, args: [`O=${work}`, 'ARCH=x86_64', ...args], timeoutMs, ...(onLine ? { onLine } : {}) });
        await make(['olddefconfig']);
        const resolved = await readBounded(join(work, '.config'));
        const mismatches = verifyKconfig(resolved, fragments);
        if (mismatches.length > 0) throw new Error(`template ${opts.template}: ${describeMismatches(mismatches)}`);

        const expected = await expectedSteps(cacheDir, opts.template);
        let done = 0;
        progress({ phase: 'compile', done, expected, current: '' });
        const jobs = opts.jobs ?? availableParallelism();
        await make([`-j${jobs}`, 'bzImage'], (line) => {
          const step = KBUILD_STEP.exec(line);
          if (!step) return;
          done++;
          progress({ phase: 'compile', done, expected: Math.max(expected, done), current: step[2] ?? '' });
        });
        await rememberSteps(cacheDir, opts.template, done);

        const staged = `${entry}.tmp-${process.pid}`;
        await rm(staged, { recursive: true, force: true });
        await mkdir(staged);
        await copyFile(join(work, 'arch', 'x86', 'boot', 'bzImage'), join(staged, 'bzImage'));
        if (hasPvhEntry(resolved)) {
          // `make bzImage` links vmlinux first; without symbols it is what QEMU loads directly.
          await execa('objcopy', ['--strip-all', join(work, 'vmlinux'), join(staged, PVH_IMAGE)], { timeout: timeoutMs });
        }
        // Without KALLSYMS, initcall_debug prints bare addresses: System.map names them.
        await copyFile(join(work, 'System.map'), join(staged, 'System.map'));
        await writeFile(join(staged, 'config'), resolved);
        await writeFile(join(staged, 'merged.config'), merged);
        await writeFile(join(staged, 'source'), `${source.version}\n${source.digest}\n`);
        await rename(staged, entry);
        return result(false);
      } finally {
        // Object files are ~100 MiB and only useful for this exact key, which is now cached.
        await rm(work, { recursive: true, force: true });
      }
    },
  );
}
