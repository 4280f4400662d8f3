// Test helper: starts a VM with the QEMU driver, prints {"pid", "runDir"} as one JSON line, and
// waits to be killed. Used to check that QEMU does not outlive a SIGKILLed parent, and (with
// --adoptable) that an adoptable one does, for another process to adopt.
import { QemuDriver } from '../vmm/index.ts';

const adoptable = process.argv.includes('--adoptable');
const [kernelPath, initrdPath, runRoot] = process.argv.slice(2).filter((a) => a !== '--adoptable');
if (!kernelPath || !initrdPath || !runRoot) {
  console.error('usage: start-vm-and-wait.ts [--adoptable] KERNEL INITRD RUN_ROOT');
  process.exit(2);
}
const vm = await new QemuDriver().start({ kernelPath, initrdPath, runRoot, cmdline: 'console=ttyS0 panic=-1', memoryMiB: 256, cpus: 1, adoptable });
process.stdout.write(JSON.stringify({ pid: vm.pid, runDir: vm.runDir }) + '\n');
setTimeout(() => process.exit(1), 120_000); // bounded even if nobody kills us
