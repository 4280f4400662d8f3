// Pure validation of what a user asks `arrowctl run` for. Every failure is an InputError whose
// message names the offending value; the CLI maps InputError to exit code 2.
import { isIP } from 'node:net';
import { isAbsolute, posix } from 'node:path';
import { isTapName, type Accelerator, type PortForward } from '../vmm/index.ts';
import { guestPathProblem, isEnvName, MIN_MEMORY_MIB, sizeInMiB } from '../limits/index.ts';

export class InputError extends Error {
  override name = 'InputError';
}



/** "64M", "1G", "65536K", "128" (MiB) -> MiB. */
export function parseMemoryMiB(text: string, minimumMiB = MIN_MEMORY_MIB, maximumMiB = Number.MAX_SAFE_INTEGER): number {
  const mib = sizeInMiB(text);
  if (mib === undefined) throw new InputError(`memory ${JSON.stringify(text)} is not a size like 64M or 1G`);
  if (!Number.isInteger(mib)) throw new InputError(`memory ${text} is not a whole number of MiB`);
  if (mib < minimumMiB) throw new InputError(`memory ${text} is too small to boot an Arrow: the minimum is ${minimumMiB}M`);
  if (mib > maximumMiB) throw new InputError(`memory ${text} is more than this host has (${maximumMiB}M)`);
  return mib;
}

export function parseCpus(text: string, hostCpus: number): number {
  if (!/^\d{1,4}$/.test(text.trim())) throw new InputError(`cpus ${JSON.stringify(text)} is not a whole number`);
  const cpus = Number(text);
  if (cpus < 1) throw new InputError('cpus must be at least 1');
  if (cpus > hostCpus) throw new InputError(`cpus ${cpus} is more than this host has (${hostCpus})`);
  return cpus;
}

/** "8080:80" or "127.0.0.1:8080:80". */
export function parsePortForward(text: string): PortForward {
  const parts = text.split(':');
  const port = (value: string | undefined, what: string): number => {
    if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
      throw new InputError(`port forward ${JSON.stringify(text)}: ${what} port must be 1-65535`);
    }
    return Number(value);
  };
  if (parts.length === 2) return { hostPort: port(parts[0], 'host'), guestPort: port(parts[1], 'guest') };
  if (parts.length === 3) {
    const address = parts[0]!;
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) throw new InputError(`port forward ${JSON.stringify(text)}: ${address} is not an IPv4 address`);
    return { hostAddress: address, hostPort: port(parts[1], 'host'), guestPort: port(parts[2], 'guest') };
  }
  throw new InputError(`port forward ${JSON.stringify(text)} is not HOST:GUEST`);
}


export function parseEnv(text: string): string {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InputError(`environment entry ${JSON.stringify(text)} is not KEY=VALUE`);
  const key = text.slice(0, eq);
  if (!isEnvName(key)) throw new InputError(`environment variable name ${JSON.stringify(key)} is not valid`);
  if (text.includes('\0')) throw new InputError(`environment entry ${key} contains a NUL byte`);
  return text;
}

/**
 * An Arrow on a tap device of the node instead of QEMU's user-mode network: the node created the
 * tap and attached it to its bridge; the guest's eth0 gets this address (ainit sets it from
 * Start, also in a clone, whose template had another). Published ports are then the node's
 * business (DNAT to `address`), so an Arrow with a tap has no port forwards.
 */
export interface ArrowTap {
  /** the host's tap device, 1-15 of A-Z a-z 0-9 _ . - */
  ifname: string;
  /** the Arrow's IPv4 address with its prefix (1-30), e.g. "10.213.0.5/24" */
  address: string;
  /** the default route's gateway (the bridge's address), inside address's subnet */
  gateway: string;
  /** eth0's MTU, 68-65535; unset = the NIC's default (1500) */
  mtu?: number;
  /** up to 3 IPv4 or IPv6 addresses for /etc/resolv.conf; unset or empty = none written */
  nameservers?: readonly string[];
}

const MAX_NAMESERVERS = 3;

/** Dotted-quad IPv4 as a 32-bit number, or undefined. */
function ipv4Number(text: string): number | undefined {
  if (isIP(text) !== 4) return undefined;
  return text.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/**
 * Checks a tap network before anything starts (ainit checks it again and the same way: a
 * mistake should be an InputError here, not a failed start). Every message names the field.
 */
export function checkTap(tap: ArrowTap, ports: readonly PortForward[]): void {
  if (ports.length > 0) throw new InputError('ports cannot be forwarded to an Arrow on a tap device: the node publishes them (DNAT to its address)');
  if (!isTapName(tap.ifname)) throw new InputError(`tap ifname ${JSON.stringify(tap.ifname)} is not 1-15 of A-Z a-z 0-9 _ . -`);
  const [addressText, prefixText, ...rest] = tap.address.split('/');
  const address = ipv4Number(addressText ?? '');
  if (address === undefined || prefixText === undefined || rest.length > 0 || !/^\d{1,2}$/.test(prefixText)) {
    throw new InputError(`tap address ${JSON.stringify(tap.address)} is not an IPv4 address with a prefix (a.b.c.d/n)`);
  }
  const prefix = Number(prefixText);
  if (prefix < 1 || prefix > 30) throw new InputError(`tap address ${tap.address}: prefix /${prefix} is outside 1-30`);
  const hostBits = 2 ** (32 - prefix);
  const first = Math.floor(address / 2 ** 24);
  if (first === 0 || first === 127 || first >= 224) throw new InputError(`tap address ${tap.address} is not a unicast address`);
  const hostPart = (value: number): number => value % hostBits;
  if (hostPart(address) === 0 || hostPart(address) === hostBits - 1) throw new InputError(`tap address ${tap.address} is its subnet's network or broadcast address`);
  const gateway = ipv4Number(tap.gateway);
  if (gateway === undefined) throw new InputError(`tap gateway ${JSON.stringify(tap.gateway)} is not an IPv4 address`);
  if (Math.floor(gateway / hostBits) !== Math.floor(address / hostBits)) throw new InputError(`tap gateway ${tap.gateway} is outside the subnet of address ${tap.address}`);
  if (gateway === address) throw new InputError(`tap gateway ${tap.gateway} is the Arrow's own address`);
  if (hostPart(gateway) === 0 || hostPart(gateway) === hostBits - 1) throw new InputError(`tap gateway ${tap.gateway} is its subnet's network or broadcast address`);
  if (tap.mtu !== undefined && (!Number.isInteger(tap.mtu) || tap.mtu < 68 || tap.mtu > 65535)) throw new InputError(`tap mtu ${tap.mtu} is not a whole number in 68-65535`);
  const nameservers = tap.nameservers ?? [];
  if (nameservers.length > MAX_NAMESERVERS) throw new InputError(`tap nameservers: ${nameservers.length} given, at most ${MAX_NAMESERVERS}`);
  for (const nameserver of nameservers) {
    if (isIP(nameserver) === 0) throw new InputError(`tap nameserver ${JSON.stringify(nameserver)} is not an IP address`);
  }
}

export interface FileMapping {
  guestPath: string;
  hostPath: string;
}


/** "GUEST_PATH=HOST_PATH", the guest path absolute and outside the places ainit owns. */
export function parseFileMapping(text: string): FileMapping {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw new InputError(`file ${JSON.stringify(text)} is not GUEST_PATH=HOST_PATH`);
  const guestPath = text.slice(0, eq);
  const hostPath = text.slice(eq + 1);
  const problem = guestPathProblem(guestPath);
  if (problem) throw new InputError(`guest path ${JSON.stringify(guestPath)} ${problem}`);
  if (!isAbsolute(hostPath) && hostPath.length === 0) throw new InputError(`file ${JSON.stringify(text)} has an empty host path`);
  return { guestPath, hostPath };
}

/**
 * Kernel command line for an Arrow. network: with a NIC, configured by the kernel for QEMU's
 * user-mode network (a tap Arrow's ainit replaces that address from Start before its app runs:
 * a clone of a template booted this way has it in its memory anyway; one command line keeps
 * cold boots and templates alike). tscKhz: the host's TSC rate (see vmm hostTscKhz), for TCG.
 */
export function kernelCmdline(options: { network: boolean; accelerator: Accelerator; tscKhz?: number | undefined; extra?: string[] }): string {
  const args = [
    'console=ttyS0',
    'quiet', // printing boot messages on an emulated UART costs tens of ms under TCG
    'reboot=t', // triple-fault reboot: with -no-reboot QEMU exits when ainit halts
    'panic=-1',
    'pci=off',
    'acpi=off',
    'nokaslr',
    'tsc=reliable',
    'no_timer_check',
    'i8042.noaux',
    // No legacy BSD ptys: registering 256 pairs of device nodes took ~0.15-0.29 s of initcalls
    // under TCG (measured); Unix98 ptys stay. Together with noapictimer (below) they took launch -> first output from
    // 1182 to 828 ms (medians of 6, TCG, PVH image, load < 1).
    'pty.legacy_count=0',
    // The CPU's RDRAND (the host's getrandom under TCG) initialises the kernel's RNG at boot, so
    // the first getrandom does not block for entropy; Start's seed is mixed in per Arrow anyway.
    // Unset, the RNG came up only when ainit credited that seed, and every clone then printed
    // "crng init done" (a printk under TCG: ~400 more translated blocks, measured).
    'random.trust_cpu=on',
  ];
  // Under TCG the local APIC timer fails its verification anyway and the kernel falls back to
  // the PIT; skipping the attempt saves ~0.2-0.3 s before the first initcall (measured). Under
  // KVM the APIC timer works and is the better clock event device, so it stays.
  if (options.accelerator === 'tcg') args.push('noapictimer');
  // Under TCG the guest's TSC runs at the host's rate, but the kernel calibrates it against the
  // emulated PIT, which a loaded host makes erratic: calibration often failed, the TSC was
  // dropped, the clocksource fell back to jiffies and tickless idle never engaged (an idle Arrow
  // kept 250 timer interrupts a second and ~5% of a host core; with the TSC ~40 and ~2%). Given
  // the rate, the kernel skips the calibration (measured: 3 of 3 boots on the TSC with it, 0 of 3
  // without, on a busy host) and reaches the app's first output ~50-80 ms sooner.
  if (options.accelerator === 'tcg' && options.tscKhz !== undefined) args.push(`tsc_early_khz=${options.tscKhz}`);
  if (options.network) args.push('ip=10.0.2.15::10.0.2.2:255.255.255.0::eth0:off');
  return [...args, ...(options.extra ?? [])].join(' ');
}

/** Exit status of a command that ran an app: its code, or 128+N when signal N killed it. */
export function exitStatus(exited: { code?: number | null; signal?: number | null }): number {
  const signal = exited.signal ?? 0;
  if (signal > 0) return 128 + signal;
  return exited.code ?? 0;
}

/**
 * The app's exit as ainit wrote it on the serial console ("ainit: exited code=N signal=S", the
 * last such line), for when the Exited frame never reached a host; undefined when absent.
 */
export function exitFromConsole(console: string): { code: number; signal: number } | undefined {
  const matches = [...console.matchAll(/^ainit: exited code=(-?\d{1,10}) signal=(\d{1,3})\r?$/gm)];
  const last = matches.at(-1);
  if (!last) return undefined;
  const code = Number(last[1]);
  const signal = Number(last[2]);
  return Number.isSafeInteger(code) && signal <= 64 ? { code, signal } : undefined;
}
