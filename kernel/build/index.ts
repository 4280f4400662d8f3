// Kernel template builds: source extraction, cached compile, store registration.
export { buildKernel, resolveTemplate, kernelBuildKey, hasPvhEntry } from './kernel.ts';
export type { BuildProgress, KernelBuild, KernelBuildOptions } from './kernel.ts';
export { buildTemplate, listTemplates } from './templates.ts';
export type { TemplateRecord, TemplateBuildResult, BuildTemplateOptions } from './templates.ts';
export { ensureKernelSource, parseMakefileVersion, sha256File, DEFAULT_SOURCE_TARBALL } from './source.ts';
export { memoByStamp, fileStamp, findExecutable, type StampMemoOptions } from './stamp-memo.ts';
export type { KernelSource } from './source.ts';
export { withLock } from './lock.ts';
export { readJsonFile, updateJsonFile } from './json-file.ts';
export type { KernelArtifactStore, Digest, StoredArtifact } from './store.ts';
// A template's cluster-wide identity without extracting the source (what built images are shared under).
export { kernelSourceDigest } from './source.ts';
export { kernelTemplateKey, templateKeyOf, KERNEL_RECIPE_VERSION } from './template-key.ts';
export type { TemplateKey } from './template-key.ts';
