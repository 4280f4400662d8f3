// Field schemas shared by the admin's spec (draft.ts) and the stored definition
// (definition.ts), so a field means the same in both. Placement fields are the scheduler's own.
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import { guestPathProblem, isEnvName, MAX_CONFIG_FILE_BYTES, MAX_TOTAL_FILE_BYTES, MIN_MEMORY_MIB, minimumMemoryMiB, sizeInMiB } from '../../kernel/limits/index.ts';
import { arrowSpecSchema } from '../../scheduler/index.ts';

/** A field's own wording for a wrong value; a missing one is just "required". */
export function expecting(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : message) };
}

/** Validated by the scheduler's rules, carried unchanged into its ArrowSpec. */
export const placementFields = arrowSpecSchema.pick({
  name: true,
  priority: true,
  constraints: true,
  affinities: true,
  spread: true,
  requiresKvm: true,
  update: true,
}).shape;

export const artifactSchema = arrowSpecSchema.shape.binary;

export const arrowTypeSchema = z.enum(['service', 'batch']);
export type ArrowType = z.output<typeof arrowTypeSchema>;

export const restartSchema = z.enum(['always', 'on-failure', 'never']);
export type RestartPolicy = z.output<typeof restartSchema>;

export const DEFAULT_KERNEL_TEMPLATE = 'default';
export const kernelTemplateSchema = z
  .string(expecting('expected a kernel template name such as default'))
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected a kernel template name: lowercase letters, digits and dashes');

/**
 * The network an Arrow joins when its spec names none. Arrows on one network reach each other by
 * address; the cluster's network view lists every Arrow with its network.
 */
export const DEFAULT_NETWORK = 'default';
/** A network name follows the rules of Arrow names (the scheduler's own schema), so the two cannot drift apart. */
export const networkSchema = arrowSpecSchema.shape.name;

/** Whether `name` is a valid Arrow (or network) name: for checking names that arrive off the wire. */
export function isArrowName(name: string): boolean {
  return networkSchema.safeParse(name).success;
}

/** One spec asks for at most this many replicas: far beyond any real service, small enough to plan. */
export const MAX_REPLICAS = 100_000;
const REPLICAS = 'expected a whole number, 0 or more';
export const replicasSchema = z
  .number(expecting(REPLICAS))
  .int(REPLICAS)
  .min(0, REPLICAS)
  .max(MAX_REPLICAS, `may be at most ${MAX_REPLICAS}`);

// --- cpu and memory -----------------------------------------------------------------------

/** 1,024 cores: more than any host, so anything above is a typo. */
export const MAX_CPU_MILLICORES = 1_024_000;
/** 1 TiB. */
export const MAX_MEMORY_MIB = 1024 * 1024;

const CPU = 'expected millicores such as 250 or "250m", or cores such as "0.5"';

/** Millicores, or why the value is not a cpu amount. Numbers are millicores; "0.5" is cores. */
export function millicoresOf(value: unknown): number | { problem: string } {
  let millicores: number;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { problem: `expected whole millicores such as 250; write cores as a string such as "${value}"` };
    millicores = value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    const milli = /^(\d{1,9})m$/.exec(text);
    if (milli) millicores = Number(milli[1]);
    else if (/^(\d{1,6}\.\d*|\.\d+)$/.test(text)) {
      millicores = Math.round(Number(text) * 1000);
      if (Math.abs(millicores - Number(text) * 1000) > 1e-6) return { problem: `${text} cores is not a whole number of millicores` };
    } else if (/^\d{1,6}$/.test(text)) {
      // "2" could mean 2 cores (as in Kubernetes) or 2 millicores (as the number 2 does here).
      return { problem: `"${text}" is ambiguous: write "${text}000m" or ${text}000 for ${text} cores, or "${text}m" for millicores` };
    } else return { problem: CPU };
  } else return { problem: CPU };
  if (millicores < 1) return { problem: 'must be at least 1 millicore' };
  if (millicores > MAX_CPU_MILLICORES) return { problem: `may be at most ${MAX_CPU_MILLICORES} millicores (${MAX_CPU_MILLICORES / 1000} cores)` };
  return millicores;
}

const SIZE = 'expected a size such as 64M or 1G';

/** Whole MiB of a number (MiB) or a size string (64M, 1G, 512MiB), or why it is none. */
function wholeMiBOf(value: unknown): number | { problem: string } {
  let mib: number | undefined;
  if (typeof value === 'number') mib = value;
  else if (typeof value === 'string') mib = sizeInMiB(value);
  if (mib === undefined || !Number.isFinite(mib)) return { problem: SIZE };
  if (!Number.isInteger(mib)) return { problem: 'must be a whole number of MiB' };
  return mib;
}

/** MiB, or why the value is not a memory size. Numbers are MiB; strings are sizes (64M, 1G, 512MiB). */
export function memoryMiBOf(value: unknown): number | { problem: string } {
  const mib = wholeMiBOf(value);
  if (typeof mib !== 'number') return mib;
  if (mib < MIN_MEMORY_MIB) return { problem: `must be at least ${MIN_MEMORY_MIB}M, the runtime's floor: an Arrow does not boot with less` };
  if (mib > MAX_MEMORY_MIB) return { problem: `may be at most ${MAX_MEMORY_MIB / (1024 * 1024)}T` };
  return mib;
}

/**
 * Why this much memory cannot boot an Arrow with a binary this big, or undefined: the guest
 * unpacks the app next to its compressed copy, so the floor grows with the binary (the
 * runtime's own rule, minimumMemoryMiB).
 */
export function memoryFloorProblem(memoryMiB: number, binaryBytes: number): string | undefined {
  const floor = minimumMemoryMiB(binaryBytes);
  // Below the runtime's floor the memory rule itself speaks; one complaint per field.
  return memoryMiB >= MIN_MEMORY_MIB && memoryMiB < floor ? `${memoryMiB}M is too little for a ${describeBytes(binaryBytes)} binary: an Arrow with it needs at least ${floor}M` : undefined;
}

/** Applies a `value or problem` function as a zod transform, the problem as the field's issue. */
export function quantity(of: (value: unknown) => number | { problem: string }) {
  return z.unknown().transform((value, ctx): number => {
    const result = of(value);
    if (typeof result === 'number') return result;
    ctx.addIssue({ code: 'custom', message: value === undefined ? 'required' : result.problem });
    return z.NEVER;
  });
}

// --- args, env, ports, files --------------------------------------------------------------

const noNul = (s: string) => !s.includes('\0');
const NUL = 'must not contain a NUL byte';

export const MAX_ARGS = 1024;
export const MAX_ENV = 1024;
/**
 * argv and env travel with the config files in the one start message (1 MiB) that ainit gets;
 * the files may take 768 KiB of it, so argv and env get 128 KiB and the framing keeps the rest.
 */
export const MAX_ARGS_ENV_BYTES = 128 * 1024;

export const argsSchema = z.array(z.string().refine(noNul, NUL)).max(MAX_ARGS);

// `__proto__` is a valid shell name but zod's record drops it without a word; refuse it instead.
const envName = z
  .string()
  .refine((name) => isEnvName(name) && name !== '__proto__', 'not a valid environment variable name (letters, digits and _, not starting with a digit)');
export const envSchema = z
  .record(envName, z.string().refine(noNul, NUL))
  .refine((env) => Object.keys(env).length <= MAX_ENV, `may have at most ${MAX_ENV} variables`);

const PORT = 'expected a port number from 1 to 65535';
const portNumber = z.number(expecting(PORT)).int(PORT).min(1, PORT).max(65535, PORT);
const portName = z
  .string(expecting('expected a name such as http'))
  .regex(/^[a-z][a-z0-9-]{0,14}$/, 'expected lowercase letters, digits and dashes, starting with a letter (at most 15 characters)');

export const portSchema = z.strictObject({
  name: portName,
  guest: portNumber,
  /** A static host port: a scheduling resource, since two cannot share a node. */
  host: portNumber.optional(),
  protocol: z.enum(['tcp', 'udp']).default('tcp'),
});
export type Port = z.output<typeof portSchema>;

export const MAX_PORTS = 64;

/** Names are unique; a guest or static host port is used once per protocol. */
export const portsSchema = z
  .array(portSchema)
  .max(MAX_PORTS)
  .superRefine((ports, ctx) => {
    const taken = new Map<string, number>();
    /** The first port to claim `key` keeps it; a later one gets an issue naming the first. */
    const claim = (key: string, i: number, field: string, message: (first: number) => string): void => {
      const first = taken.get(key);
      if (first === undefined) taken.set(key, i);
      else ctx.addIssue({ code: 'custom', path: [i, field], message: message(first) });
    };
    ports.forEach((port, i) => {
      claim(`name ${port.name}`, i, 'name', (first) => `duplicate port name "${port.name}" (also ports.${first})`);
      const guest = `${port.guest}/${port.protocol}`;
      claim(`guest ${guest}`, i, 'guest', (first) => `guest port ${guest} is already published by ports.${first}`);
      if (port.host === undefined) return;
      const host = `${port.host}/${port.protocol}`;
      claim(`host ${host}`, i, 'host', (first) => `host port ${host} is already taken by ports.${first}`);
    });
  });

export const guestPathSchema = z
  .string()
  .max(1024)
  .superRefine((path, ctx) => {
    const problem = guestPathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: `guest path ${problem}` });
  });

export const MAX_FILES = 64;

// --- volume -------------------------------------------------------------------------------

/** 16 GiB, ShadowFS's own bound on one volume (MAX_VOLUME_BYTES). */
export const MAX_VOLUME_MIB = 16 * 1024;
/** Copies of a volume on distinct nodes, the running Arrow's own included. */
export const DEFAULT_VOLUME_COPIES = 2;
export const MAX_VOLUME_COPIES = 7;

/** MiB, or why the value is not a volume size. Numbers are MiB, as for memory. */
export function volumeMiBOf(value: unknown): number | { problem: string } {
  const mib = wholeMiBOf(value);
  if (typeof mib !== 'number') return mib;
  if (mib < 1) return { problem: 'must be at least 1M' };
  if (mib > MAX_VOLUME_MIB) return { problem: `may be at most ${MAX_VOLUME_MIB / 1024}G` };
  return mib;
}

const COPIES = `expected a whole number from 1 to ${MAX_VOLUME_COPIES}`;
/**
 * A ShadowFS volume: the guest sees a tmpfs of the given size at the path, holding the volume's newest
 * snapshot; what the app writes there is committed on the host and copied to other nodes, so
 * the Arrow restarts or moves with its data. The volume is named after the Arrow.
 */
export const volumeSchema = z.strictObject({
  // ainit takes a mount path of plain components up to 255 bytes ('/' itself is not normalised).
  path: guestPathSchema.refine((path) => path.length <= 255, 'may be at most 255 characters'),
  size: quantity(volumeMiBOf),
  replicas: z.number(expecting(COPIES)).int(COPIES).min(1, COPIES).max(MAX_VOLUME_COPIES, COPIES).default(DEFAULT_VOLUME_COPIES),
});
export type Volume = z.output<typeof volumeSchema>;

/**
 * What a volume asks of the rest of the Arrow: one running copy (two would write one volume
 * apart), room for its tmpfs in the guest's memory, and no config file hidden under its mount.
 */
export function checkVolumeFields(arrow: { volume?: Volume | undefined; replicas: number; memory: number; files: readonly { path: string }[] }, ctx: z.RefinementCtx, floorMiB: number): void {
  const volume = arrow.volume;
  if (!volume) return;
  if (arrow.replicas > 1) ctx.addIssue({ code: 'custom', path: ['replicas'], message: 'an Arrow with a volume runs one copy (replicas 0 or 1); volume.replicas says on how many nodes its data is kept' });
  if (volume.size + floorMiB > arrow.memory) {
    ctx.addIssue({ code: 'custom', path: ['volume', 'size'], message: `the volume lives in the guest's memory: a ${volume.size}M volume needs memory of at least ${volume.size + floorMiB}M (${arrow.memory}M given)` });
  }
  for (const [i, file] of arrow.files.entries()) {
    if (file.path === volume.path || file.path.startsWith(`${volume.path}/`)) {
      ctx.addIssue({ code: 'custom', path: ['files', i], message: `${file.path} is inside the volume's path ${volume.path}: the volume's mount would hide it` });
    }
  }
}
export { MAX_CONFIG_FILE_BYTES, MAX_TOTAL_FILE_BYTES };

/** "256 KiB", "1.5 MiB", "200 bytes": whole units without a decimal. */
export function describeBytes(bytes: number): string {
  const inUnit = (unit: number, name: string) => `${(bytes / unit).toFixed(bytes % unit === 0 ? 0 : 1)} ${name}`;
  if (bytes >= 1024 * 1024) return inUnit(1024 * 1024, 'MiB');
  if (bytes >= 1024) return inUnit(1024, 'KiB');
  return `${bytes} bytes`;
}

/** Why a config file of this size cannot go into an Arrow, or undefined. */
export function configFileSizeProblem(bytes: number): string | undefined {
  return bytes > MAX_CONFIG_FILE_BYTES ? `is ${describeBytes(bytes)}; a config file may be at most ${describeBytes(MAX_CONFIG_FILE_BYTES)}` : undefined;
}

/** Why config files adding up to this cannot go into an Arrow, or undefined. */
export function totalFileSizeProblem(bytes: number): string | undefined {
  return bytes > MAX_TOTAL_FILE_BYTES ? `add up to ${describeBytes(bytes)}; an Arrow's config files may add up to at most ${describeBytes(MAX_TOTAL_FILE_BYTES)}` : undefined;
}

// --- rules across fields ------------------------------------------------------------------

interface RuntimeFields {
  readonly type: ArrowType;
  readonly restart: RestartPolicy;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** Rules that tie fields together, for the draft and the stored definition alike. */
export function checkRuntimeFields(arrow: RuntimeFields, ctx: z.RefinementCtx): void {
  if (arrow.type === 'batch' && arrow.restart === 'always') {
    ctx.addIssue({ code: 'custom', path: ['restart'], message: 'a batch Arrow cannot restart always (it would never finish); use on-failure or never' });
  }
  let bytes = 0;
  for (const arg of arrow.args) bytes += Buffer.byteLength(arg) + 1;
  for (const [key, value] of Object.entries(arrow.env)) bytes += Buffer.byteLength(key) + Buffer.byteLength(value) + 2;
  if (bytes > MAX_ARGS_ENV_BYTES) {
    ctx.addIssue({
      code: 'custom',
      path: [Object.keys(arrow.env).length > 0 ? 'env' : 'args'],
      message: `args and env add up to ${describeBytes(bytes)}; together they may be at most ${describeBytes(MAX_ARGS_ENV_BYTES)}`,
    });
  }
}
