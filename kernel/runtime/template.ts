// Which template an Arrow calls for: the runtime's side of kernel/template. Used by
// ArrowSession (clone on start, template built on first use) and `arrowctl template build`.
import { QemuDriver, detectAccelerator, hostTscKhz, type Accelerator, type VirtualMachineDriver } from '../vmm/index.ts';
import { TemplateCache, type Template, type TemplateSpec } from '../template/index.ts';
import { kernelCmdline } from './options.ts';
import type { ArrowArtifacts, GuestInitramfs } from './session.ts';
import { validateRun } from './validate.ts';

/**
 * A clone's TCG translation cache, MiB. The cache is each QEMU's own and was the largest part of
 * an idle clone's memory: busybox httpd, started and having served one request, had translated
 * ~14 MiB of host code (THP rounds the buffer up in 2 MiB steps). With a cap QEMU flushes and
 * retranslates when the cache fills. A fresh clone of a small static server has translated
 * ~6.8 MB by its first output, a pooled one (warmed up first) ~8.8 MB. Density server, TCG
 * (measured): with 8 MiB pooled starts overflowed the cache and took 81 ms (median of 10),
 * marginal PSS 21.1 MiB; with 10 MiB 35 ms and 22.3 MiB; with 12 MiB 35 ms and 23.3 MiB (an
 * idle server keeps translating a little, up to the cap).
 */
export const CLONE_TRANSLATION_CACHE_MIB = 10;

export interface ArrowTemplateOptions {
  binaryPath: string;
  /** kernel template name */
  template: string;
  memoryMiB: number;
  cpus: number;
  /** with a NIC (booted with user-mode networking): what Arrows with published ports or a tap clone */
  network: boolean;
  artifacts: ArrowArtifacts;
  /** parent of the run dir of the VM that builds the template */
  runRoot: string;
  templates?: TemplateCache;
  driver?: VirtualMachineDriver;
  accelerator?: Accelerator;
  translationCacheMiB?: number;
  bootTimeoutMs?: number;
  onProgress?: (message: string) => void;
}

/** The spec of the template these options call for, given their kernel image and initramfs. */
export async function arrowTemplateSpec(templates: TemplateCache, options: ArrowTemplateOptions, kernelPath: string, initramfs: GuestInitramfs): Promise<TemplateSpec> {
  const accelerator = options.accelerator ?? detectAccelerator();
  return templates.spec({
    kernelTemplate: options.template,
    kernelPath,
    initrdPath: initramfs.path,
    appPath: initramfs.appPath,
    binaryName: options.binaryPath.slice(options.binaryPath.lastIndexOf('/') + 1),
    binaryDigest: initramfs.appDigest,
    cmdline: kernelCmdline({ network: options.network, accelerator, tscKhz: await hostTscKhz() }),
    memoryMiB: options.memoryMiB,
    cpus: options.cpus,
    network: options.network,
    accelerator,
    translationCacheMiB: options.translationCacheMiB ?? CLONE_TRANSLATION_CACHE_MIB,
  });
}

/** The template for these options, built when missing or damaged (what `arrowctl template build` does). */
export async function ensureArrowTemplate(options: ArrowTemplateOptions): Promise<Template> {
  await validateRun({ ...options, files: [] });
  const templates = options.templates ?? new TemplateCache({ driver: options.driver ?? new QemuDriver() });
  const kernelPath = await options.artifacts.kernelImage(options.template, options.onProgress);
  const initramfs = await options.artifacts.initramfs(options.binaryPath);
  return templates.ensure(await arrowTemplateSpec(templates, options, kernelPath, initramfs), buildOptions(options));
}

export function buildOptions(options: Pick<ArrowTemplateOptions, 'runRoot' | 'bootTimeoutMs' | 'onProgress'>): { runRoot: string; bootTimeoutMs?: number; onProgress?: (message: string) => void } {
  return {
    runRoot: options.runRoot,
    ...(options.bootTimeoutMs !== undefined ? { bootTimeoutMs: options.bootTimeoutMs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}
