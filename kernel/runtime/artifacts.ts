// The default ArrowArtifacts: kernel templates from kernel/build, initramfs images holding ainit
// as /init and the app as /arrow/app.
//
// The initramfs part is a stand-in until kernel/initramfs (owned by the kernel engineer) exports
// its ensureInitramfs; it compiles kernel/ainit with musl-gcc and packs with cpio(1), both cached
// by content hash in the machine cache so repeated runs cost one hash of the app.
import { createHash } from 'node:crypto';
import { copyFile, chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { machineCacheDir } from '../../node/home/index.ts';
import { buildKernel, type BuildProgress } from '../build/kernel.ts';
import { templateNames } from '../templates/index.ts';
import type { ArrowArtifacts, GuestInitramfs } from './run.ts';

const AINIT_DIR = fileURLToPath(new URL('../ainit/', import.meta.url));
const MAX_AINIT_SOURCE_BYTES = 1024 * 1024;
const MAX_APP_BYTES = 512 * 1024 * 1024;

/** Kernel build progress as reported to ArrowArtifacts users (the CLI's progress bar). */
export type KernelBuildProgress = BuildProgress;

export interface DefaultArtifactsOptions {
  cacheDir?: string;
  onBuildProgress?: (progress: BuildProgress) => void;
}

export function defaultArtifacts(options: DefaultArtifactsOptions = {}): ArrowArtifacts {
  const cacheDir = options.cacheDir ?? machineCacheDir();
  return {
    templateNames,
    async kernelImage(template, onProgress) {
      const build = await buildKernel({
        template,
        cacheDir,
        onProgress: (progress) => {
          options.onBuildProgress?.(progress);
          if (progress.phase !== 'compile') onProgress?.(progress.message);
        },
      });
      return build.imagePath;
    },
    initramfs: (binaryPath) => ensureInitramfs(binaryPath, cacheDir),
  };
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { signal: AbortSignal.timeout(60_000) })) {
    bytes += (chunk as Buffer).length;
    if (bytes > MAX_APP_BYTES) throw new Error(`${path} is larger than ${MAX_APP_BYTES} bytes`);
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** ainit compiled from kernel/ainit/*.c, cached by the hash of its sources. */
export async function ensureAinit(cacheDir: string): Promise<string> {
  const sources = (await readdir(AINIT_DIR)).filter((name) => name.endsWith('.c') || name.endsWith('.h')).sort();
  if (!sources.some((name) => name === 'ainit.c')) throw new Error(`no ainit.c in ${AINIT_DIR}`);
  const hash = createHash('sha256').update('arrow-ainit-v1');
  for (const name of sources) {
    const text = await readFile(join(AINIT_DIR, name));
    if (text.length > MAX_AINIT_SOURCE_BYTES) throw new Error(`${name} is larger than ${MAX_AINIT_SOURCE_BYTES} bytes`);
    hash.update(`\0${name}\0`).update(text);
  }
  const dir = join(cacheDir, 'ainit');
  const output = join(dir, `ainit-${hash.digest('hex').slice(0, 32)}`);
  if (await exists(output)) return output;
  await mkdir(dir, { recursive: true });
  const temporary = `${output}.${process.pid}.tmp`;
  const cFiles = sources.filter((name) => name.endsWith('.c')).map((name) => join(AINIT_DIR, name));
  await execa('musl-gcc', ['-static', '-Os', '-Wall', '-o', temporary, ...cFiles], { timeout: 120_000 });
  await rename(temporary, output);
  return output;
}

/**
 * The app's guest path keeps its file name (/arrow/<name>, a symlink to /arrow/app where ainit
 * expects it): multi-call binaries such as busybox pick their applet from argv[0].
 */
export function guestAppName(binaryPath: string): string {
  const name = basename(binaryPath);
  return /^[A-Za-z0-9._+-]{1,64}$/.test(name) && name !== 'app' && !name.startsWith('.') ? name : 'app';
}

export async function ensureInitramfs(binaryPath: string, cacheDir: string): Promise<GuestInitramfs> {
  const appName = guestAppName(binaryPath);
  const appPath = `/arrow/${appName}`;
  const ainit = await ensureAinit(cacheDir);
  const key = createHash('sha256').update(`arrow-initramfs-v2\0${await sha256OfFile(ainit)}\0${await sha256OfFile(binaryPath)}\0${appName}`).digest('hex');
  const dir = join(cacheDir, 'initramfs');
  const output = join(dir, `${key}.cpio`);
  if (await exists(output)) return { path: output, appPath };
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(join(dir, '.staging-'));
  try {
    for (const sub of ['arrow', 'proc', 'sys', 'dev', 'tmp', 'run', 'etc']) await mkdir(join(staging, sub));
    await copyFile(ainit, join(staging, 'init'));
    await chmod(join(staging, 'init'), 0o755);
    await copyFile(binaryPath, join(staging, 'arrow', 'app'));
    await chmod(join(staging, 'arrow', 'app'), 0o755);
    if (appName !== 'app') await symlink('app', join(staging, 'arrow', appName));
    // Uncompressed newc: the kernel unpacks it without a decompressor, fastest under TCG.
    const listing = await execa('find', ['.', '-mindepth', '1'], { cwd: staging, timeout: 30_000 });
    const temporary = `${output}.${process.pid}.tmp`;
    await execa('cpio', ['--create', '--format=newc', '--quiet', '--owner=0:0', '-O', temporary], { cwd: staging, input: listing.stdout + '\n', timeout: 60_000 });
    await rename(temporary, output);
    return { path: output, appPath };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
