// The kernel module's public entry: everything other modules may import from kernel/.
// Runtime (VM driver, channel, ELF, run glue):
export * from './vmm/index.ts';
export * from './channel/index.ts';
export * from './elf/index.ts';
export * from './runtime/index.ts';
// Kernel templates, builds, ainit and initramfs images:
export * from './templates/index.ts';
export * from './build/index.ts';
// (ensureAinit/ensureInitramfs are aliased while kernel/runtime still exports its interim ones)
export { ensureAinit as ensureAinitBinary, type Ainit } from './ainit/index.ts';
export { ensureInitramfs as ensureStoredInitramfs, buildInitramfs, initramfsEntries, initramfsKey, newcArchive, newcBytes } from './initramfs/index.ts';
export type { NewcEntry, InitramfsImage, EnsureInitramfsOptions } from './initramfs/index.ts';
