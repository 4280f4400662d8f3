// Pure ELF header inspection: decides whether a file can be an Arrow's app (static x86-64 ELF).
// Only the ELF header and program headers are read, so a bounded prefix of the file suffices.

export const ELF_PREFIX_BYTES = 64 * 1024;

const EM_NAMES: Readonly<Record<number, string>> = {
  0x03: 'x86 (i386)',
  0x08: 'MIPS',
  0x14: 'PowerPC',
  0x15: 'PowerPC64',
  0x16: 'S390',
  0x28: 'ARM',
  0x2a: 'SuperH',
  0x32: 'IA-64',
  0x3e: 'x86-64',
  0xb7: 'AArch64',
  0xf3: 'RISC-V',
  0x102: 'LoongArch',
};

const ET_EXEC = 2;
const ET_DYN = 3;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const EM_X86_64 = 0x3e;

export interface ElfSummary {
  /** ET_EXEC (classic static) or ET_DYN (static-pie) */
  type: 'exec' | 'pie';
  machine: 'x86-64';
  /** true when there is no PT_INTERP (the kernel maps it alone) */
  static: true;
  /** a static-pie binary carries PT_DYNAMIC for self-relocation but no interpreter */
  staticPie: boolean;
}

export class ElfError extends Error {
  override name = 'ElfError';
}

/** Inspect the first bytes of a file (at least the program headers; 64 KiB is plenty). */
export function inspectElf(prefix: Uint8Array, label = 'file'): ElfSummary {
  if (prefix.length < 4 || prefix[0] !== 0x7f || prefix[1] !== 0x45 || prefix[2] !== 0x4c || prefix[3] !== 0x46) {
    throw new ElfError(`${label} is not an ELF executable (no \\x7fELF magic)`);
  }
  if (prefix.length < 64) throw new ElfError(`${label} is a truncated ELF file (${prefix.length} bytes)`);
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  const elfClass = prefix[4];
  const dataEncoding = prefix[5];
  // e_machine sits at the same offset in both classes; read it with the file's own byte order so
  // that a big-endian or 32-bit file is named correctly in the error.
  const littleEndian = dataEncoding !== 2;
  const machine = view.getUint16(18, littleEndian);
  const machineName = EM_NAMES[machine] ?? `unknown machine 0x${machine.toString(16)}`;
  if (elfClass !== 2) {
    throw new ElfError(`${label} is a 32-bit ELF for ${machineName}: Arrows need x86-64 binaries`);
  }
  if (!littleEndian) throw new ElfError(`${label} is a big-endian ELF for ${machineName}: Arrows need x86-64 binaries`);
  if (machine !== EM_X86_64) throw new ElfError(`${label} is an ELF for ${machineName}: Arrows need x86-64 binaries`);
  const type = view.getUint16(16, true);
  if (type !== ET_EXEC && type !== ET_DYN) {
    throw new ElfError(`${label} is an ELF of type ${type} (not an executable: relocatable object or core dump?)`);
  }
  const phoff = Number(view.getBigUint64(32, true));
  const phentsize = view.getUint16(54, true);
  const phnum = view.getUint16(56, true);
  if (phnum === 0) throw new ElfError(`${label} has no program headers: not an executable`);
  if (phentsize < 56) throw new ElfError(`${label} has a malformed program header size ${phentsize}`);
  const end = phoff + phentsize * phnum;
  if (end > prefix.length) {
    throw new ElfError(`${label} has program headers beyond the first ${prefix.length} bytes: malformed or truncated ELF`);
  }
  let hasDynamic = false;
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    const pType = view.getUint32(at, true);
    if (pType === PT_DYNAMIC) hasDynamic = true;
    if (pType === PT_INTERP) {
      const offset = Number(view.getBigUint64(at + 8, true));
      const size = Number(view.getBigUint64(at + 32, true));
      const interpreter = readInterpreter(prefix, offset, size);
      throw new ElfError(`${label} is dynamically linked (interpreter ${interpreter}): Arrows need static binaries`);
    }
  }
  return { type: type === ET_EXEC ? 'exec' : 'pie', machine: 'x86-64', static: true, staticPie: type === ET_DYN && hasDynamic };
}

function readInterpreter(prefix: Uint8Array, offset: number, size: number): string {
  if (offset + size > prefix.length || size === 0 || size > 4096) return '<unreadable>';
  let text = new TextDecoder().decode(prefix.subarray(offset, offset + size));
  const nul = text.indexOf('\0');
  if (nul >= 0) text = text.slice(0, nul);
  return text;
}
