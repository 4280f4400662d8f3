// QEMU's version, which both ends of a migration must share: the microvm machine type has no
// versioned variants, so its migration format is only compatible within one QEMU version.
import { execa } from 'execa';
import type { VirtualMachine } from '../../kernel/index.ts';

const cache = new Map<string, Promise<string>>();

/** MAJOR.MINOR.MICRO of this host's QEMU binary (`--version`), asked once per binary. */
export function qemuVersion(binary = 'qemu-system-x86_64'): Promise<string> {
  let version = cache.get(binary);
  if (!version) {
    version = execa(binary, ['--version'], { timeout: 10_000 }).then((result) => {
      const match = /version (\d+\.\d+\.\d+)/.exec(result.stdout);
      if (!match) throw new Error(`cannot read the version of ${binary} from ${JSON.stringify(result.stdout.slice(0, 100))}`);
      return match[1]!;
    });
    version.catch(() => cache.delete(binary));
    cache.set(binary, version);
  }
  return version;
}

/** The version a running VM's QEMU announced on QMP, if it did. */
export function vmQemuVersion(vm: VirtualMachine): string | undefined {
  const qemu = vm.qmp?.greeting.version?.qemu;
  return qemu ? `${qemu.major}.${qemu.minor}.${qemu.micro}` : undefined;
}
