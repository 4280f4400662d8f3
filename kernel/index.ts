// The kernel module's public entry: everything other modules may import from kernel/.
// Runtime (VM driver, channel, ELF, run glue):
export * from './vmm/index.ts';
export * from './channel/index.ts';
export * from './elf/index.ts';
export * from './runtime/index.ts';
export * from './limits/index.ts';
// Kernel templates, builds, ainit and initramfs images:
export * from './templates/index.ts';
export * from './build/index.ts';
export * from './ainit/index.ts';
export * from './initramfs/index.ts';
// Templates (booted Arrows saved once per host) and their clones:
export * from './template/index.ts';
