// A kernel template's identity, cheap enough to compute on every node: what the cluster shares a
// built image under (node/agent publishes it as the tag kernel-<template>:<key>).
//
// kernelBuildKey (the machine cache's key) hashes the merged config, which needs the 1 GB source
// tree extracted and `make tinyconfig` run: a minute or two on a node that will never compile.
// Every input of that merged config is either the source tarball, the template's fragments, or
// the recipe (tinyconfig as the base, mergeKconfig, olddefconfig, the targets and the objcopy
// step, x86_64), plus Kconfig's probes of the host's compiler. So this key hashes the tarball's
// digest (remembered per file stamp: ~1 s once per machine, then free), the fragments' text in
// merge order and a recipe version, and leaves the compiler out on purpose: two hosts with
// slightly different gcc builds of one template's source and fragments produce images that boot
// the same, and the point is that the cluster compiles each template once. Bump
// KERNEL_RECIPE_VERSION whenever the build changes in a way these inputs do not show.
import { createHash } from 'node:crypto';
import { machineCacheDir } from '../../node/home/index.ts';
import { loadTemplateFragments } from '../templates/index.ts';
import { DEFAULT_SOURCE_TARBALL, kernelSourceDigest } from './source.ts';

export const KERNEL_RECIPE_VERSION = 1;

export interface TemplateKey {
  template: string;
  /** hex sha256(recipe version, architecture, source tarball digest, fragments in merge order) */
  key: string;
  sourceDigest: string;
}

/** The pure part: the key of a template from its inputs. */
export function templateKeyOf(sourceDigest: string, fragments: readonly { name: string; text: string }[], recipeVersion = KERNEL_RECIPE_VERSION): string {
  const hash = createHash('sha256').update(`arrow-kernel-template-v${recipeVersion}\0x86_64\0${sourceDigest}\0${fragments.length}\0`);
  for (const fragment of fragments) hash.update(`${fragment.name}\0${Buffer.byteLength(fragment.text)}\0${fragment.text}\0`);
  return hash.digest('hex');
}

/** The key of `template` on this machine's kernel source; throws UnknownTemplateError for an unknown name. */
export async function kernelTemplateKey(template: string, opts: { cacheDir?: string; tarball?: string } = {}): Promise<TemplateKey> {
  const fragments = await loadTemplateFragments(template);
  const sourceDigest = await kernelSourceDigest(opts.tarball ?? DEFAULT_SOURCE_TARBALL, opts.cacheDir ?? machineCacheDir());
  return { template, key: templateKeyOf(sourceDigest, fragments), sourceDigest };
}
