// Built templates of a node: kernel images in the node's store, recorded by template name in
// the data dir so `arrowctl kernel ls` and repeated builds answer without recompiling.
import { join } from 'node:path';
import { arrowHome, machineCacheDir } from '../../node/home/index.ts';
import { templateNames } from '../templates/index.ts';
import { buildKernel, resolveTemplate } from './kernel.ts';
import type { BuildProgress } from './kernel.ts';
import { readJsonFile, updateJsonFile } from './json-file.ts';
import type { Digest, KernelArtifactStore } from './store.ts';

export interface TemplateRecord {
  template: string;
  digest: Digest; // of the kernel image in the store (see KernelBuild.imagePath)
  size: number;
  sourceVersion: string;
  key: string; // build key: sha256(source digest, merged config)
  builtAt: string; // ISO time
}

export interface TemplateBuildResult extends TemplateRecord {
  imagePath: string; // the blob in the store
  cached: boolean; // true when this call compiled nothing
}

interface Registry {
  templates: Record<string, TemplateRecord>;
}

function isRegistry(value: unknown): value is Registry {
  if (!value || typeof value !== 'object') return false;
  const templates = (value as { templates?: unknown }).templates;
  if (!templates || typeof templates !== 'object') return false;
  return Object.values(templates).every(
    (r: unknown) =>
      !!r && typeof r === 'object' &&
      typeof (r as TemplateRecord).digest === 'string' && (r as TemplateRecord).digest.startsWith('sha256:') &&
      typeof (r as TemplateRecord).size === 'number' && typeof (r as TemplateRecord).key === 'string' &&
      typeof (r as TemplateRecord).sourceVersion === 'string',
  );
}

const registryPath = (dataDir: string): string => join(dataDir, 'kernel', 'templates.json');
const EMPTY: Registry = { templates: {} };

export interface BuildTemplateOptions {
  template: string;
  store: KernelArtifactStore;
  dataDir?: string; // default arrowHome()
  cacheDir?: string; // default machineCacheDir()
  tarball?: string;
  jobs?: number;
  onProgress?: (p: BuildProgress) => void;
}

/**
 * Makes sure the node's store holds the kernel image of a template and returns its record.
 * Order of shortcuts: the registry entry (same key, blob present) → the machine's build cache
 * → a real compile. The store reference `kernel:<template>` keeps the image from being
 * collected.
 */
export async function buildTemplate(opts: BuildTemplateOptions): Promise<TemplateBuildResult> {
  const dataDir = opts.dataDir ?? arrowHome();
  const cacheDir = opts.cacheDir ?? machineCacheDir();
  const { key } = await resolveTemplate(opts.template, { cacheDir, ...(opts.tarball ? { tarball: opts.tarball } : {}), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
  const registry = await readJsonFile(registryPath(dataDir), EMPTY, isRegistry);
  const known = registry.templates[opts.template];
  if (known && known.key === key && (await opts.store.has(known.digest))) {
    return { ...known, imagePath: opts.store.blobPath(known.digest), cached: true };
  }
  const build = await buildKernel({
    template: opts.template,
    cacheDir,
    ...(opts.tarball ? { tarball: opts.tarball } : {}),
    ...(opts.jobs ? { jobs: opts.jobs } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  opts.onProgress?.({ phase: 'store', message: 'adding the image to the store' });
  const stored = await opts.store.putFile(build.imagePath, { ref: `kernel:${opts.template}` });
  const record: TemplateRecord = {
    template: opts.template,
    digest: stored.digest,
    size: stored.size,
    sourceVersion: build.sourceVersion,
    key: build.key,
    builtAt: new Date().toISOString(),
  };
  await updateJsonFile(registryPath(dataDir), EMPTY, isRegistry, (current) => ({
    templates: { ...current.templates, [opts.template]: record },
  }));
  return { ...record, imagePath: opts.store.blobPath(stored.digest), cached: build.cached };
}

/** Every known template with its record, `undefined` for templates not built on this node. */
export async function listTemplates(dataDir: string = arrowHome()): Promise<{ template: string; record: TemplateRecord | undefined }[]> {
  const registry = await readJsonFile(registryPath(dataDir), EMPTY, isRegistry);
  return templateNames().map((template) => ({ template, record: registry.templates[template] }));
}
