// Pure: what identifies a template, and the record kept beside its files. No I/O here.
import { createHash } from 'node:crypto';
import { guestRamBytes, qemuArgs, runPaths, type Accelerator } from '../vmm/index.ts';
import type { ChannelPosition } from '../channel/index.ts';

/** Bumped whenever what a template holds or how it is keyed changes: older entries are ignored. */
export const TEMPLATE_FORMAT = 1;

/** What a template is a booted copy of. Everything here shapes the guest or the machine. */
export interface TemplateSpec {
  /** kernel template name (`default`, ...), for people */
  kernelTemplate: string;
  /** the kernel image QEMU was given, and its content digest (`sha256:<hex>`) */
  kernelPath: string;
  kernelDigest: string;
  /**
   * The initramfs (ainit + app). Its file name is itself a content hash of ainit, the app and
   * the app's guest name (kernel/runtime/artifacts.ts), so the path identifies its content.
   */
  initrdPath: string;
  /** the app's path inside the guest (argv[0] of Start) */
  appPath: string;
  /** the app binary's file name and digest, for people */
  binaryName: string;
  binaryDigest: string;
  cmdline: string;
  memoryMiB: number;
  cpus: number;
  /** with a virtio-net NIC (user-mode networking); port forwards are per clone */
  network: boolean;
  accelerator: Accelerator;
  translationCacheMiB?: number;
  /** the VMM binary's identity (path, size, times, inode): a saved state loads only in the same QEMU */
  vmmIdentity: string;
}

/**
 * The QEMU arguments a spec implies, with the per-VM paths replaced by fixed placeholders: part
 * of the key, so a change of the machine (devices, flags, memory layout) in this code makes old
 * templates unusable instead of restoring them into a different machine.
 */
export function machineArgs(spec: TemplateSpec): string[] {
  return qemuArgs(
    {
      kernelPath: 'KERNEL',
      initrdPath: 'INITRD',
      cmdline: spec.cmdline,
      memoryMiB: spec.memoryMiB,
      cpus: spec.cpus,
      runRoot: '/RUN',
      accelerator: spec.accelerator,
      memoryFile: { path: 'RAM', shared: false },
      ...(spec.network ? { network: { kind: 'user' as const, portForwards: [] } } : {}),
      ...(spec.translationCacheMiB !== undefined ? { translationCacheMiB: spec.translationCacheMiB } : {}),
    },
    runPaths('/RUN/VM'),
    spec.accelerator,
  );
}

/** The template's key: a hex sha256 over everything in the spec that shapes the saved VM. */
export function templateKey(spec: TemplateSpec): string {
  const initrdName = spec.initrdPath.slice(spec.initrdPath.lastIndexOf('/') + 1);
  return sha256(
    JSON.stringify({
      format: TEMPLATE_FORMAT,
      kernel: spec.kernelDigest,
      initrd: initrdName,
      appPath: spec.appPath,
      binary: spec.binaryDigest,
      vmm: spec.vmmIdentity,
      machine: machineArgs(spec),
    }),
  );
}

/**
 * What a person asked a template for (kernel template name, binary, memory, cpus, network),
 * without the kernel build, ainit or QEMU that realise it: templates with the same request key
 * and another template key are outdated versions of one another.
 */
export function requestKey(spec: TemplateSpec): string {
  return sha256(JSON.stringify([spec.kernelTemplate, spec.binaryDigest, spec.appPath, spec.memoryMiB, spec.cpus, spec.network, spec.accelerator]));
}

/** The record written beside a template's files (meta.json). */
export interface TemplateMeta {
  format: number;
  key: string;
  requestKey: string;
  createdAt: string;
  spec: TemplateSpec;
  /** QEMU's version as its QMP greeting gave it, for people */
  vmmVersion: string;
  /** the guest RAM file: size, sha256 and the file's stamp when written (see integrity below) */
  ram: { bytes: number; sha256: string; stamp: string };
  /** the device state file */
  state: { bytes: number; sha256: string };
  /** where the channel conversation stood when the VM was saved (ainit's Hello received) */
  channel: ChannelPosition;
  /** ms from launch to ainit's Hello, and to the saved state */
  helloMs: number;
  savedMs: number;
}

const HEX64 = /^[0-9a-f]{64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Checks a parsed meta.json; returns what is wrong with it, or undefined when it is sound. */
export function metaProblem(value: unknown, expectedKey: string): string | undefined {
  if (!isRecord(value)) return 'meta.json is not an object';
  if (value.format !== TEMPLATE_FORMAT) return `meta.json has format ${String(value.format)}, this build reads ${TEMPLATE_FORMAT}`;
  if (value.key !== expectedKey) return 'meta.json names another template';
  if (typeof value.requestKey !== 'string' || !HEX64.test(value.requestKey)) return 'meta.json has no request key';
  const spec = value.spec;
  if (!isRecord(spec) || typeof spec.kernelPath !== 'string' || typeof spec.initrdPath !== 'string' || typeof spec.cmdline !== 'string' || !isCount(spec.memoryMiB) || !isCount(spec.cpus)) {
    return 'meta.json has no usable spec';
  }
  const ram = value.ram;
  if (!isRecord(ram) || !isCount(ram.bytes) || typeof ram.sha256 !== 'string' || !HEX64.test(ram.sha256) || typeof ram.stamp !== 'string') return 'meta.json describes no RAM file';
  if (ram.bytes !== guestRamBytes(spec.memoryMiB, spec.accelerator === 'kvm' ? 'kvm' : 'tcg')) return `meta.json gives the RAM file ${ram.bytes} bytes for ${spec.memoryMiB} MiB of memory`;
  const state = value.state;
  if (!isRecord(state) || !isCount(state.bytes) || typeof state.sha256 !== 'string' || !HEX64.test(state.sha256)) return 'meta.json describes no state file';
  const channel = value.channel;
  if (!isRecord(channel) || !isCount(channel.received) || !isCount(channel.sent) || channel.received < 1) return 'meta.json has no channel position';
  return undefined;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
