// What an Arrow may ask for (memory, config files, env names, guest paths, app names): pure
// rules shared by `arrowctl run`, the Arrow spec and the runtime. A module of its own so that
// validating a spec (the CLI, the API) does not load the VM runtime.
import { posix } from 'node:path';

/**
 * Smallest guest memory that boots the default template with ainit and a tiny static app,
 * measured under TCG: 32M boots, 30M dies in early boot without a word on the console.
 */
export const MIN_MEMORY_MIB = 32;

/**
 * The initramfs is unpacked into RAM next to its compressed copy, so a bigger app needs more:
 * busybox (2.2 MB) fails at 32M and boots at 36M. Two MiB of guest memory per MiB of app, on top
 * of the floor, covers both with a margin.
 */
export function minimumMemoryMiB(appBytes: number): number {
  return MIN_MEMORY_MIB + Math.ceil((2 * appBytes) / (1024 * 1024));
}
export const MAX_CONFIG_FILE_BYTES = 256 * 1024;
/** Start travels in one channel frame (1 MiB); leave room for argv and env. */
export const MAX_TOTAL_FILE_BYTES = 768 * 1024;

const UNITS: Readonly<Record<string, number>> = { K: 1 / 1024, M: 1, G: 1024 };

/**
 * "64M", "64MiB", "1G", "65536K", "128" (MiB) -> MiB, possibly fractional ("100K"); undefined
 * when the text is not a size. One grammar for `arrowctl run --memory` and the Arrow spec.
 */
export function sizeInMiB(text: string): number | undefined {
  // The i?B suffix only after a unit letter: "64B" would otherwise read as 64 MiB.
  const match = /^(\d{1,9})\s*(?:([KMG])(?:i?B)?)?$/i.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * UNITS[(match[2] ?? 'M').toUpperCase()]!;
}

/** A name a shell could export: letters, digits and underscores, not starting with a digit. */
export function isEnvName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/**
 * Why a config file cannot go to this guest path (absolute, normalised, a file, outside the
 * places ainit owns), or undefined when it can. The phrase follows the path in a message.
 */
export function guestPathProblem(guestPath: string): string | undefined {
  if (!guestPath.startsWith('/')) return 'must be absolute';
  if (posix.normalize(guestPath) !== guestPath || guestPath.endsWith('/')) return 'is not a normalised file path';
  if (/^\/(proc|sys|dev)(\/|$)/.test(guestPath)) return 'is inside a kernel filesystem';
  return undefined;
}

/**
 * A name the app may have in the guest besides `app`: /arrow/<name>, a symlink to /arrow/app.
 * Multi-call binaries such as busybox pick what to run from argv[0]'s file name.
 */
export function isGuestAppName(name: string): boolean {
  return /^[A-Za-z0-9._+-]{1,64}$/.test(name) && !name.startsWith('.');
}
