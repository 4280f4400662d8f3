// What a live migration of an Arrow carries besides its RAM: the VM to start on the target (the
// same machine as the source's, or QEMU refuses the stream) and where the Arrow channel stands.
// Pure helpers; the moves themselves are ArrowSession.migrateOut / handOver on the source and
// ArrowSession.startIncoming on the target (session.ts), and node/migrate carries them between hosts.
import { InputError } from './options.ts';
import type { Accelerator, PortForward, VmNetwork, VmSpec } from '../vmm/index.ts';

/**
 * The source VM as a target must rebuild it. Host-specific things are left out (run paths, port
 * forwards, the tap's name); kernelPath and initrdPath are the source's paths, which the target
 * replaces with its own copies of the same artifacts (node/migrate sends their digests).
 */
export interface ArrowMigrationSpec {
  kernelPath: string;
  initrdPath: string;
  cmdline: string;
  memoryMiB: number;
  cpus: number;
  accelerator: Accelerator;
  /** what backs the NIC: none, QEMU's user-mode network, or a tap of the node's bridge */
  network: 'none' | 'user' | 'tap';
  /** a tap clone's extra user-mode netdev that holds its template's network state (see VmNetwork) */
  restoresUserNetwork: boolean;
  /** the RAM block is named "mem" (a clone's file-backed RAM): the target needs the same name */
  namedRam: boolean;
  freePageReporting: boolean;
  translationCacheMiB?: number;
}

/** What the target needs from the source once the source let go of the Arrow: see ArrowSession.handOver. */
export interface ArrowHandover {
  /** the highest guest frame seq the source host delivered; the target's session continues after it */
  received: number;
}

/** The migration spec of a VM started with `spec` (as the driver kept it in its run dir). */
export function migrationSpecOf(spec: VmSpec, accelerator: Accelerator): ArrowMigrationSpec {
  return {
    kernelPath: spec.kernelPath,
    initrdPath: spec.initrdPath,
    cmdline: spec.cmdline,
    memoryMiB: spec.memoryMiB,
    cpus: spec.cpus,
    accelerator,
    network: spec.network?.kind ?? 'none',
    restoresUserNetwork: spec.network?.kind === 'tap' && spec.network.restoresUserNetwork === true,
    namedRam: spec.memoryFile !== undefined || spec.namedRam === true,
    freePageReporting: spec.freePageReporting === true,
    ...(spec.translationCacheMiB !== undefined ? { translationCacheMiB: spec.translationCacheMiB } : {}),
  };
}

/** Where the target's NIC goes: its own forwards on the user-mode network, or its own tap. */
export interface IncomingNetwork {
  ports?: PortForward[];
  tap?: string;
}

/** The target's VmSpec for a migration spec: same machine, this host's paths and network. */
export function incomingVmSpec(spec: ArrowMigrationSpec, host: { runRoot: string; id?: string; adoptable: boolean } & IncomingNetwork): VmSpec {
  let network: VmNetwork | undefined;
  if (spec.network === 'user') {
    if (host.tap !== undefined) throw new InputError('the Arrow runs on user-mode networking: it cannot move onto a tap');
    network = { kind: 'user', portForwards: host.ports ?? [] };
  } else if (spec.network === 'tap') {
    if (host.tap === undefined) throw new InputError('the Arrow runs on a tap: the target must name its own tap device');
    network = { kind: 'tap', ifname: host.tap, ...(spec.restoresUserNetwork ? { restoresUserNetwork: true } : {}) };
  }
  return {
    kernelPath: spec.kernelPath,
    initrdPath: spec.initrdPath,
    cmdline: spec.cmdline,
    memoryMiB: spec.memoryMiB,
    cpus: spec.cpus,
    accelerator: spec.accelerator,
    runRoot: host.runRoot,
    ...(host.id !== undefined ? { id: host.id } : {}),
    adoptable: host.adoptable,
    ...(network ? { network } : {}),
    namedRam: spec.namedRam,
    freePageReporting: spec.freePageReporting,
    ...(spec.translationCacheMiB !== undefined ? { translationCacheMiB: spec.translationCacheMiB } : {}),
    incoming: true,
  };
}
