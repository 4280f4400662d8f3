// Pure validation of what a user asks `arrowctl run` for. Every failure is an InputError whose
// message names the offending value; the CLI maps InputError to exit code 2.
import { isAbsolute, posix } from 'node:path';
import type { Accelerator, PortForward } from '../vmm/index.ts';
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

/** Kernel command line for an Arrow. tscKhz: the host's TSC rate (see vmm hostTscKhz), for TCG. */
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
