// Pure: the QEMU command line for a VmSpec. Kept apart from process handling so it can be read
// and tested on its own.
import { join } from 'node:path';
import type { Accelerator } from './accel.ts';
import type { PortForward, VmNetwork, VmSpec } from './driver.ts';

export interface RunPaths {
  runDir: string;
  qmpSocket: string;
  channelSocket: string;
  serialLog: string;
  pidFile: string;
  /** QEMU's stderr, for adoptable VMs (whose starter may be gone when QEMU writes to it) */
  stderrLog: string;
}

export function runPaths(runDir: string): RunPaths {
  return {
    runDir,
    qmpSocket: join(runDir, 'qmp.sock'),
    channelSocket: join(runDir, 'channel.sock'),
    serialLog: join(runDir, 'serial.log'),
    pidFile: join(runDir, 'pid'),
    stderrLog: join(runDir, 'qemu.log'),
  };
}

/** The name ainit opens: /dev/vport*p1 with this name in sysfs. */
export const CHANNEL_PORT_NAME = 'arrow.0';

/** The descriptor QEMU inherits the saved device state on when a VM is restored (restoreFrom). */
export const RESTORE_STATE_FD = 3;

/** TCG translation cache unless a spec says otherwise (see kernel/template for the measurements). */
export const DEFAULT_TRANSLATION_CACHE_MIB = 64;

/** A user-mode network forward as QEMU writes it: tcp:127.0.0.1:8080-:80. */
export function hostForwardRule(forward: PortForward): string {
  return `${forward.protocol ?? 'tcp'}:${forward.hostAddress ?? '127.0.0.1'}:${forward.hostPort}-:${forward.guestPort}`;
}

/** QEMU splits option values on commas; a literal comma is written twice. */
function optionValue(text: string): string {
  return text.replaceAll(',', ',,');
}

/** The -netdev value for a VM's NIC. */
export function netdevOption(network: VmNetwork): string {
  if (network.kind === 'user') return `user,id=net0${network.portForwards.map((f) => `,hostfwd=${hostForwardRule(f)}`).join('')}`;
  if (!isTapName(network.ifname)) throw new Error(`tap device name ${JSON.stringify(network.ifname)} is not an interface name (1-15 of A-Z a-z 0-9 _ . -)`);
  // script=no, downscript=no: the node created the tap and attached it to its bridge; QEMU only opens it.
  return `tap,id=net0,ifname=${network.ifname},script=no,downscript=no`;
}

/** A Linux interface name QEMU can be given verbatim: 1-15 characters, no commas, slashes or spaces. */
export function isTapName(name: string): boolean {
  return /^[A-Za-z0-9_.-]{1,15}$/.test(name) && name !== '.' && name !== '..';
}

/**
 * The guest RAM QEMU is given for `memoryMiB`: under TCG, 8 KiB more. QEMU before 9.0
 * syncs the migration dirty bitmap of a RAM block whose size is a multiple of 256 KiB on a fast
 * path that does not reset TCG's TLB afterwards, so the guest's later writes through TLB entries
 * that stay cached (the kernel's global direct map, mostly) are never seen as dirty, and a live
 * migration's target runs on stale pages: list corruption or a jump to a zeroed page, a few
 * moves in a hundred here. QEMU commit 03bfc2188f ("physmem: Fix migration dirty bitmap
 * coherency with TCG memory access") fixed it; Debian 12's 7.2 lacks it. A block of any other
 * size is synced page by page, which resets the TLB for each dirty page. KVM tracks dirty pages
 * in the host's page tables and takes the size as asked.
 */
export function guestRamBytes(memoryMiB: number, accelerator: Accelerator): number {
  return memoryMiB * 1024 * 1024 + (accelerator === 'tcg' ? TCG_EXTRA_RAM_BYTES : 0);
}

/** 8 KiB: QEMU rounds -m up to a multiple of 8 KiB, and a memory backend must match it exactly. */
const TCG_EXTRA_RAM_BYTES = 8192;

export function qemuArgs(spec: VmSpec, paths: RunPaths, accelerator: Accelerator): string[] {
  // microvm without legacy devices it does not need: no option ROMs, no PCI, no ACPI. The ISA
  // serial port stays: it is the per-Arrow console log. The RTC stays: without it the kernel
  // spends a full second polling CMOS before giving up (measured). PIT and PIC stay because a tinyconfig
  // kernel under TCG calibrates its clocks with them.
  const namedRam = spec.memoryFile !== undefined || spec.namedRam === true;
  const machine = `microvm,x-option-roms=off,isa-serial=on,acpi=off,pcie=off,usb=off,graphics=off${namedRam ? ',memory-backend=mem' : ''}`;
  const translationCacheMiB = spec.translationCacheMiB ?? DEFAULT_TRANSLATION_CACHE_MIB;
  const ram = `${guestRamBytes(spec.memoryMiB, accelerator) / 1024}K`;
  const args = [
    '-nodefaults',
    '-no-user-config',
    '-display',
    'none',
    '-sandbox',
    'on',
    '-no-reboot',
    '-M',
    machine,
    ...(accelerator === 'kvm' ? ['-accel', 'kvm', '-cpu', 'host'] : ['-accel', `tcg,tb-size=${translationCacheMiB}`, '-cpu', 'max']),
    ...(spec.memoryFile
      ? ['-object', `memory-backend-file,id=mem,size=${ram},mem-path=${optionValue(spec.memoryFile.path)},share=${spec.memoryFile.shared ? 'on' : 'off'}`]
      : spec.namedRam
        ? ['-object', `memory-backend-ram,id=mem,size=${ram}`]
        : []),
    '-m',
    ram,
    '-smp',
    String(spec.cpus),
    '-kernel',
    spec.kernelPath,
    '-initrd',
    spec.initrdPath,
    '-append',
    spec.cmdline,
    '-serial',
    `file:${paths.serialLog}`,
    // The channel's chardev comes before -qmp: QEMU creates them in order, so once the QMP
    // socket answers, the channel socket exists too.
    '-chardev',
    `socket,id=channel0,path=${paths.channelSocket},server=on,wait=off`,
    '-qmp',
    `unix:${paths.qmpSocket},server=on,wait=off`,
    '-pidfile',
    paths.pidFile,
    '-device',
    'virtio-serial-device,max_ports=2',
    '-device',
    `virtserialport,chardev=channel0,name=${CHANNEL_PORT_NAME}`,
  ];
  // The NIC's netdev id stays net0 whatever backs it: the human monitor's hostfwd_add names it.
  if (spec.network) args.push('-netdev', netdevOption(spec.network), '-device', 'virtio-net-device,netdev=net0');
  if (spec.network?.kind === 'tap' && spec.network.restoresUserNetwork) args.push('-netdev', 'user,id=slirpstate,restrict=on');
  // Last, so a restored VM's devices are created in the same order as the saved VM's.
  if (spec.freePageReporting) args.push('-device', 'virtio-balloon-device,free-page-reporting=on');
  if (spec.restoreFrom !== undefined) args.push('-incoming', 'defer');
  // -S: a migrated VM stays paused once loaded, until the source has let go of it (resume()).
  else if (spec.incoming) args.push('-S', '-incoming', 'defer');
  return args;
}
