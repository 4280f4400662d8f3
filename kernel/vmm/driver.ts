// The VMM-neutral driver interface. QEMU is the first implementation; Firecracker or Cloud
// Hypervisor can be added behind the same shape.
import type { Accelerator } from './accel.ts';
import type { QmpClient } from './qmp.ts';

export interface PortForward {
  hostPort: number;
  guestPort: number;
  /** host address to bind; loopback unless asked otherwise */
  hostAddress?: string;
}

export interface VmSpec {
  kernelPath: string;
  initrdPath: string;
  /** kernel command line (the driver appends nothing guest-visible beyond what QEMU adds) */
  cmdline: string;
  memoryMiB: number;
  cpus: number;
  /** user-mode networking with these forwards; undefined = no NIC at all */
  network?: { portForwards: PortForward[] };
  /** parent directory of per-VM run dirs, e.g. $ARROW_HOME/run */
  runRoot: string;
  /** run dir name; default a random id */
  id?: string;
  accelerator?: Accelerator;
}

export type VmState = 'running' | 'paused' | 'exited';

export interface VmExit {
  /** VMM process exit code; undefined when it was killed by a signal */
  code?: number;
  signal?: NodeJS.Signals;
}

export interface VirtualMachine {
  readonly id: string;
  readonly pid: number;
  readonly runDir: string;
  readonly accelerator: Accelerator;
  readonly channelSocketPath: string;
  readonly serialLogPath: string;
  /** null for drivers without QMP or once the VM is gone */
  readonly qmp: QmpClient | null;
  readonly exited: Promise<VmExit>;
  status(): Promise<VmState>;
  /** The last bytes of the serial console (kept after the run dir is removed), for diagnostics. */
  consoleTail(maxBytes?: number): Promise<string>;
  /** Wait up to graceMs for the guest to halt on its own, then ask the VMM to quit, then kill. */
  stop(graceMs: number): Promise<VmExit>;
  kill(): Promise<VmExit>;
}

export interface VirtualMachineDriver {
  readonly name: string;
  start(spec: VmSpec): Promise<VirtualMachine>;
}
