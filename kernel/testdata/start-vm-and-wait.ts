// Test helper: starts a VM with the QEMU driver, prints {"pid", "runDir"} as one JSON line, and
// waits to be killed. Used to check that QEMU does not outlive a SIGKILLed parent.
import { QemuDriver } from '../vmm/index.ts';

const [kernelPath, initrdPath, runRoot] = process.argv.slice(2);
if (!kernelPath || !initrdPath || !runRoot) {
  console.error('usage: start-vm-and-wait.ts KERNEL INITRD RUN_ROOT');
  process.exit(2);
}
const vm = await new QemuDriver().start({ kernelPath, initrdPath, runRoot, cmdline: 'console=ttyS0 panic=-1', memoryMiB: 256, cpus: 1 });
process.stdout.write(JSON.stringify({ pid: vm.pid, runDir: vm.runDir }) + '\n');
setTimeout(() => process.exit(1), 120_000); // bounded even if nobody kills us
