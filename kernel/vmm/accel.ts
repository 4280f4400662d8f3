// Which accelerator QEMU should use. /dev/kvm alone is not enough: on this class of host it can
// be a paravirtual nested KVM (kvm_pvm) that hangs ordinary guest kernels, so KVM is used only
// when a hardware KVM module (kvm_intel or kvm_amd) is loaded.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Accelerator = 'kvm' | 'tcg';

export function detectAccelerator(sysModuleDir = '/sys/module', exists: (path: string) => boolean = existsSync): Accelerator {
  const hardwareKvm = exists(join(sysModuleDir, 'kvm_intel')) || exists(join(sysModuleDir, 'kvm_amd'));
  return hardwareKvm && exists('/dev/kvm') ? 'kvm' : 'tcg';
}

/**
 * The host's TSC rate in kHz, when /proc/cpuinfo can be trusted for it: on a virtual machine
 * with a constant, non-stop TSC (the usual home of TCG) "cpu MHz" is the TSC rate the hypervisor
 * gives it; on bare metal it is the core's current clock, so undefined there. Pure.
 */
export function tscKhzFromCpuinfo(cpuinfo: string): number | undefined {
  const flags = /^flags\s*:(.*)$/m.exec(cpuinfo)?.[1]?.trim().split(/\s+/) ?? [];
  if (!['hypervisor', 'constant_tsc', 'nonstop_tsc'].every((flag) => flags.includes(flag))) return undefined;
  const mhz = Number(/^cpu MHz\s*:\s*([0-9]+(?:\.[0-9]+)?)\s*$/m.exec(cpuinfo)?.[1]);
  return Number.isFinite(mhz) && mhz >= 100 && mhz <= 100_000 ? Math.round(mhz * 1000) : undefined;
}

let hostTsc: Promise<number | undefined> | undefined;

/** tscKhzFromCpuinfo of this host (read once per process, the first 64 KiB: cpu0's entry). */
export function hostTscKhz(): Promise<number | undefined> {
  hostTsc ??= readFile('/proc/cpuinfo', { encoding: 'utf8', signal: AbortSignal.timeout(2000) })
    .then((text) => tscKhzFromCpuinfo(text.slice(0, 64 * 1024).split('\n\n')[0] ?? ''))
    .catch(() => undefined);
  return hostTsc;
}
