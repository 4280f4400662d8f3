// The messages of /arrow/migrate/1 (node/proto/migrate.proto), and the checks a target makes on
// a source's Header before it starts anything: a peer's header is input like any other.
import protobuf from 'protobufjs/minimal.js';
import { arrow as wire } from '../proto/migrate.pb.js';
import type { Accelerator, ArrowMigrationSpec } from '../../kernel/index.ts';
import { frame } from './frames.ts';

export const PROTOCOL = '/arrow/migrate/1';
export const MAX_HEADER_BYTES = 64 * 1024;
/** RAM is sent in pieces of at most this much (QEMU writes ~32-64 KiB at a time). */
export const MAX_RAM_CHUNK_BYTES = 256 * 1024;
/** Every later frame: a RAM piece and its few bytes of protobuf, or a small control message. */
export const MAX_FRAME_BYTES = MAX_RAM_CHUNK_BYTES + 64;
const MAX_CMDLINE_BYTES = 4096;
const MAX_ARROW_NAME_BYTES = 256;

export type SourceMessage = wire.migrate.SourceMessage;
export type TargetMessage = wire.migrate.TargetMessage;

/** What a source asks for, as the target's prepare() hook sees it (validated). */
export interface MigrationRequest {
  /** the source's name for what moves (an allocation id) */
  arrow: string;
  kernelDigest: string;
  initrdDigest: string;
  qemuVersion: string;
  /** the VM to start, with the source's artifact paths left empty: prepare() gives this host's */
  spec: Omit<ArrowMigrationSpec, 'kernelPath' | 'initrdPath'>;
}

/** Limits a target applies to what a source asks for. */
export interface RequestLimits {
  maxMemoryMiB: number;
  maxCpus: number;
}

export class HeaderError extends Error {
  override name = 'HeaderError';
}

export function encodeSource(message: wire.migrate.SourceMessage.$Properties): Uint8Array {
  return frame(wire.migrate.SourceMessage.encode(message).finish());
}

export function encodeTarget(message: wire.migrate.TargetMessage.$Properties): Uint8Array {
  return frame(wire.migrate.TargetMessage.encode(message).finish());
}

export function decodeSource(bytes: Uint8Array): SourceMessage {
  try {
    // Unknown fields are kept (protobufjs drops them by default): parseHeader refuses them.
    const reader = protobuf.Reader.create(bytes);
    reader.discardUnknown = false;
    return wire.migrate.SourceMessage.decode(reader);
  } catch (error) {
    throw new HeaderError(`not a migration message: ${(error as Error).message}`);
  }
}

export function decodeTarget(bytes: Uint8Array): TargetMessage {
  try {
    return wire.migrate.TargetMessage.decode(bytes);
  } catch (error) {
    throw new HeaderError(`not a migration answer: ${(error as Error).message}`);
  }
}

export function headerMessage(request: MigrationRequest): wire.migrate.SourceMessage.$Properties {
  const { spec } = request;
  return {
    header: {
      arrow: request.arrow,
      vm: {
        kernelDigest: request.kernelDigest,
        initrdDigest: request.initrdDigest,
        cmdline: spec.cmdline,
        memoryMib: spec.memoryMiB,
        cpus: spec.cpus,
        accelerator: spec.accelerator,
        network: spec.network,
        restoresUserNetwork: spec.restoresUserNetwork,
        namedRam: spec.namedRam,
        freePageReporting: spec.freePageReporting,
        translationCacheMib: spec.translationCacheMiB ?? 0,
        qemuVersion: request.qemuVersion,
      },
    },
  };
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * The request a Header frame carries, or HeaderError saying what is wrong with it. Unknown fields
 * are refused: the VM must be rebuilt exactly, and a field this host does not know may change it.
 */
export function parseHeader(bytes: Uint8Array, limits: RequestLimits): MigrationRequest {
  const message = decodeSource(bytes);
  if (message.body !== 'header' || !message.header) throw new HeaderError('the first message is not a header');
  const header = message.header as wire.migrate.Header;
  const vm = header.vm as wire.migrate.VmSpec | null | undefined;
  if (hasUnknowns(message) || hasUnknowns(header) || (vm && hasUnknowns(vm))) throw new HeaderError('the header has fields this host does not know');
  if (!vm) throw new HeaderError('the header has no VM spec');
  const arrow = header.arrow ?? '';
  if (arrow.length === 0 || Buffer.byteLength(arrow) > MAX_ARROW_NAME_BYTES || !/^[\x21-\x7e]+$/.test(arrow)) throw new HeaderError(`arrow name must be 1-${MAX_ARROW_NAME_BYTES} printable ASCII characters`);
  if (!DIGEST.test(vm.kernelDigest ?? '') || !DIGEST.test(vm.initrdDigest ?? '')) throw new HeaderError('kernel and initramfs must be named by sha256:<64 hex>');
  const cmdline = vm.cmdline ?? '';
  if (cmdline.length === 0 || Buffer.byteLength(cmdline) > MAX_CMDLINE_BYTES || !/^[\x20-\x7e]+$/.test(cmdline)) throw new HeaderError(`cmdline must be 1-${MAX_CMDLINE_BYTES} printable ASCII characters`);
  const memoryMiB = vm.memoryMib ?? 0;
  if (memoryMiB < 1 || memoryMiB > limits.maxMemoryMiB) throw new HeaderError(`memory must be 1-${limits.maxMemoryMiB} MiB, got ${memoryMiB}`);
  const cpus = vm.cpus ?? 0;
  if (cpus < 1 || cpus > limits.maxCpus) throw new HeaderError(`cpus must be 1-${limits.maxCpus}, got ${cpus}`);
  const accelerator = vm.accelerator;
  if (accelerator !== 'tcg' && accelerator !== 'kvm') throw new HeaderError(`unknown accelerator ${JSON.stringify(accelerator)}`);
  const network = vm.network;
  if (network !== 'none' && network !== 'user' && network !== 'tap') throw new HeaderError(`unknown network ${JSON.stringify(network)}`);
  if (vm.restoresUserNetwork && network !== 'tap') throw new HeaderError('restores_user_network is for tap networks only');
  const translationCacheMiB = vm.translationCacheMib ?? 0;
  if (translationCacheMiB > 4096) throw new HeaderError(`translation cache of ${translationCacheMiB} MiB is beyond 4096`);
  const qemuVersion = vm.qemuVersion ?? '';
  if (!/^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(qemuVersion)) throw new HeaderError('qemu_version must be MAJOR.MINOR.MICRO');
  return {
    arrow,
    kernelDigest: vm.kernelDigest!,
    initrdDigest: vm.initrdDigest!,
    qemuVersion,
    spec: {
      cmdline,
      memoryMiB,
      cpus,
      accelerator: accelerator as Accelerator,
      network,
      restoresUserNetwork: vm.restoresUserNetwork === true,
      namedRam: vm.namedRam === true,
      freePageReporting: vm.freePageReporting === true,
      ...(translationCacheMiB > 0 ? { translationCacheMiB } : {}),
    },
  };
}

function hasUnknowns(message: { $unknowns?: Uint8Array[] }): boolean {
  return (message.$unknowns?.length ?? 0) > 0;
}
