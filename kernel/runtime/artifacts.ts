// The default ArrowArtifacts for a standalone `arrowctl run`: kernel templates from the
// machine's build cache (kernel/build), and initramfs images laid out by kernel/initramfs with
// ainit from kernel/ainit, cached in the machine cache by (ainit, app, app name). arrowd uses the
// store-backed ensureInitramfs instead; this path needs no node store.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { machineCacheDir } from '../../node/home/index.ts';
import { buildKernel, type BuildProgress } from '../build/index.ts';
import { ensureAinit } from '../ainit/index.ts';
import { guestAppPath, initramfsEntries, newcBytes } from '../initramfs/index.ts';
import { isGuestAppName } from '../limits/index.ts';
import { templateNames } from '../templates/index.ts';
import type { ArrowArtifacts, GuestInitramfs } from './session.ts';

const MAX_APP_BYTES = 512 * 1024 * 1024;
const MAX_AINIT_BYTES = 8 * 1024 * 1024;

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
    initramfs: (binaryPath) => ensureRunInitramfs(binaryPath, cacheDir),
  };
}

/**
 * The name the app keeps in the guest, /arrow/<name> as a symlink to /arrow/app: multi-call
 * binaries such as busybox pick their applet from argv[0]'s file name.
 */
export function guestAppName(binaryPath: string): string {
  const name = basename(binaryPath);
  return isGuestAppName(name) ? name : 'app';
}

async function readBounded(path: string, limit: number, what: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.size > limit) throw new Error(`${what} ${path} is ${info.size} bytes, limit ${limit}`);
  return new Uint8Array(await readFile(path, { signal: AbortSignal.timeout(60_000) }));
}

export async function ensureRunInitramfs(binaryPath: string, cacheDir: string): Promise<GuestInitramfs> {
  const appName = guestAppName(binaryPath);
  const appPath = guestAppPath(appName);
  const ainit = await ensureAinit({ cacheDir });
  const app = await readBounded(binaryPath, MAX_APP_BYTES, 'app binary');
  const appDigest = createHash('sha256').update(app).digest('hex');
  const key = createHash('sha256').update(`arrow-run-initramfs-v1\0${ainit.digest}\0${appDigest}\0${appName}`).digest('hex');
  const dir = join(cacheDir, 'initramfs');
  const output = join(dir, `${key}.cpio`);
  try {
    await stat(output);
    return { path: output, appPath, appDigest: `sha256:${appDigest}` };
  } catch {
    /* not built yet */
  }
  const entries = initramfsEntries(await readBounded(ainit.path, MAX_AINIT_BYTES, 'ainit'), app, appName);
  await mkdir(dir, { recursive: true });
  const temporary = `${output}.${process.pid}.tmp`;
  await writeFile(temporary, newcBytes(entries));
  await rename(temporary, output); // readers only ever see complete images
  return { path: output, appPath, appDigest: `sha256:${appDigest}` };
}
