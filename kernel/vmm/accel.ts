// Which accelerator QEMU should use. /dev/kvm alone is not enough: on this class of host it can
// be a paravirtual nested KVM (kvm_pvm) that hangs ordinary guest kernels, so KVM is used only
// when a hardware KVM module (kvm_intel or kvm_amd) is loaded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type Accelerator = 'kvm' | 'tcg';

export function detectAccelerator(sysModuleDir = '/sys/module', exists: (path: string) => boolean = existsSync): Accelerator {
  const hardwareKvm = exists(join(sysModuleDir, 'kvm_intel')) || exists(join(sysModuleDir, 'kvm_amd'));
  return hardwareKvm && exists('/dev/kvm') ? 'kvm' : 'tcg';
}
