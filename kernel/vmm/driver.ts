// The VMM-neutral driver interface. QEMU is the first implementation; Firecracker or Cloud
// Hypervisor can be added behind the same shape.
import type { Accelerator } from './accel.ts';
import type { Readable, Writable } from 'node:stream';
import type { QmpClient } from './qmp.ts';
import type { IncomingStats, MigrationParameters, MigrationStats } from './migrate.ts';

export interface PortForward {
  hostPort: number;
  guestPort: number;
  /** host address to bind; loopback unless asked otherwise */
  hostAddress?: string;
  /** default tcp */
  protocol?: 'tcp' | 'udp';
}

/**
 * What backs a VM's NIC. The guest sees the same virtio-net device (netdev net0) whatever backs
 * it, so a clone may be restored onto another backend than its template's: a tap for a template
 * booted with user networking. The user-mode network does have saved state of its own (QEMU's
 * "slirp" section, its NAT's connections), which QEMU refuses to restore into a VM without one:
 * see `restoresUserNetwork`.
 */
export type VmNetwork =
  /** QEMU's user-mode network (NAT inside QEMU) with these forwards from host ports */
  | { kind: 'user'; portForwards: PortForward[] }
  | {
      kind: 'tap';
      /** an existing tap device of the host (the node's bridge), opened by name; QEMU does not create or configure it */
      ifname: string;
      /**
       * The VM is restored from a state saved with user networking: a user-mode netdev attached
       * to nothing (and restricted from the host) takes that state, so that QEMU loads it. It
       * binds nothing and no guest packet reaches it.
       */
      restoresUserNetwork?: boolean;
    };

export interface VmSpec {
  kernelPath: string;
  initrdPath: string;
  /** kernel command line (the driver appends nothing guest-visible beyond what QEMU adds) */
  cmdline: string;
  memoryMiB: number;
  cpus: number;
  /** the VM's one NIC (virtio-net, netdev net0) and what backs it; undefined = no NIC at all */
  network?: VmNetwork;
  /** parent directory of per-VM run dirs, e.g. $ARROW_HOME/run */
  runRoot: string;
  /** run dir name; default a random id */
  id?: string;
  accelerator?: Accelerator;
  /**
   * Guest RAM backed by this file instead of anonymous memory. shared: the guest's writes go to
   * the file (a template being made); private: the file is mapped copy-on-write (a clone), so the
   * pages no guest writes stay one copy in the host's page cache for every VM that maps it.
   */
  memoryFile?: { path: string; shared: boolean };
  /**
   * Guest RAM in an anonymous memory backend named like memoryFile's ("mem") rather than the
   * machine's default RAM: what a migration target of a clone needs, because QEMU matches RAM
   * blocks by name and a clone's is "mem". Ignored with memoryFile.
   */
  namedRam?: boolean;
  /**
   * Do not boot: wait, paused, for a live migration's RAM stream (QEMU's -incoming defer and -S;
   * see kernel/vmm/migrate.ts). The spec must match the source VM's in everything but paths,
   * port forwards and the tap's name. start() resolves once QMP answers; the VM runs only after
   * the stream was loaded and resume() was called.
   */
  incoming?: boolean;
  /**
   * Do not boot: start paused and load the device state VirtualMachine.saveState() wrote to this
   * file. The RAM is memoryFile's (the state holds none), so the spec must match the saved VM's
   * in everything but paths and port forwards. start() resolves once the state is loaded; the VM
   * runs after resume().
   */
  restoreFrom?: string;
  /**
   * virtio-balloon with free page reporting: the guest hands pages it frees back to the host.
   * Only with anonymous or shared RAM: on a private file mapping QEMU 7.2 discards a reported
   * page by punching a hole into the file itself, i.e. into every clone's template.
   */
  freePageReporting?: boolean;
  /** TCG's translation cache in MiB (QEMU's default is 1 GiB of address space); ignored by KVM */
  translationCacheMiB?: number;
  /**
   * The VM outlives the process that started it, for another to adopt (driver.adopt(runDir)):
   * no watchdog kills it when its starter dies, QEMU's stderr goes to a file in the run dir
   * instead of a pipe, and the run dir is marked so that sweeps of stale run dirs leave it to
   * its adopter. Default false: QEMU dies with its starter (what `arrowctl run` wants).
   */
  adoptable?: boolean;
  /**
   * QEMU's nice value (default 0): a clone restored ahead of time gets a higher one, so that its
   * start-up yields the CPUs to the Arrows starting meanwhile; taking it sets 0 again.
   */
  niceness?: number;
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
  /** Stop the vCPUs (guest time stands still) / let them run again. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /**
   * Pause and write the device state (CPU, devices, clocks: no RAM, which stays in the
   * memoryFile the VM was started with, shared) to `path`. The VM stays paused; a VM started
   * with restoreFrom: path and the same memoryFile continues from this point.
   */
  saveState(path: string, options?: { maxBytes?: number; timeoutMs?: number }): Promise<{ bytes: number }>;
  /**
   * The spec this VM was started with (kept in its run dir, so an adopted VM has it too);
   * undefined for a VM started before the spec was kept.
   */
  spec(): Promise<VmSpec | undefined>;
  /**
   * Live-migrates the running VM into `sink` (see kernel/vmm/migrate.ts, migrateOutgoing): resolves
   * with the VM paused once everything went out; rejects with the VM running as before.
   */
  migrateOut(sink: Writable, options?: { parameters?: MigrationParameters; timeoutMs?: number; signal?: AbortSignal }): Promise<MigrationStats>;
  /**
   * Loads a live migration from `source` into this VM (started with `incoming`): resolves with it
   * loaded and paused (resume() lets it run); on a rejection QEMU has usually exited: kill() it.
   */
  migrateIn(source: Readable, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<IncomingStats>;
  /** Adds port forwards to a running VM's user-mode network (a clone restored before its ports were known); for user-mode networking only. */
  addPortForwards(forwards: PortForward[]): Promise<void>;
  /**
   * Stops watching an adoptable VM without stopping it: QMP is closed, the run dir stays as it
   * is, and `exited` no longer settles. Another process (or object) may adopt it afterwards.
   * Throws for a VM that is not adoptable (its watchdog would kill it with this process).
   */
  detach(): void;
}

export interface VirtualMachineDriver {
  readonly name: string;
  /** the VMM program it runs (a name on $PATH or a path): saved states load only in the same one */
  readonly executable: string;
  start(spec: VmSpec): Promise<VirtualMachine>;
  /**
   * Takes over a running adoptable VM by its run dir (its starter died or detached): checks that
   * the pid file names a live VMM started for that dir and connects to it. Throws VmAdoptError
   * when it is gone or does not answer; the caller decides what to do with what is left.
   */
  adopt(runDir: string): Promise<VirtualMachine>;
}
