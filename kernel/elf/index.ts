// ELF inspection: is this file a static x86-64 executable that can run as an Arrow?
export { inspectElf, ElfError, ELF_PREFIX_BYTES, type ElfSummary } from './parse.ts';
export { inspectElfFile } from './read.ts';
