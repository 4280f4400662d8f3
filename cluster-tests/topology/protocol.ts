// The runner <-> relay control protocol: one JSON object per line on the relay's stdin (commands)
// and stdout (replies, matched by id). Lines are bounded; a bad line gets an error reply naming
// the problem (or, if it has no usable id, is reported with id 0) and the relay carries on.
import { z } from 'zod';
import { MAX_HOSTS } from './names.ts';
import { MAX_DELAY_MS } from './fault.ts';

export const MAX_LINE_BYTES = 64 * 1024;

const id = z.number().int().positive();
const hostNumber = z.number().int().min(1).max(MAX_HOSTS);

export const commandSchema = z.discriminatedUnion('cmd', [
  z.object({ id, cmd: z.literal('create'), hosts: z.number().int().min(1).max(MAX_HOSTS), seed: z.number().int().min(0).max(0xffffffff) }),
  z.object({
    id,
    cmd: z.literal('setLinks'),
    delayMs: z.number().min(0).max(MAX_DELAY_MS),
    lossPercent: z.number().min(0).max(100),
    /** directed links (from, to) by host number; absent means every link */
    links: z.array(z.tuple([hostNumber, hostNumber])).max(MAX_HOSTS * MAX_HOSTS).optional(),
  }),
  z.object({ id, cmd: z.literal('counters') }),
  z.object({ id, cmd: z.literal('teardown') }),
]);
export type RelayCommand = z.infer<typeof commandSchema>;

export interface LayoutHost {
  readonly name: string;
  readonly netns: string;
  readonly address: string;
  readonly adminAddress: string;
}

export interface Layout {
  readonly owner: number;
  readonly bridge: string;
  readonly nftTable: string;
  readonly runnerAddress: string;
  readonly relayPort: number;
  readonly vni: number;
  readonly underlay: string;
  readonly overlay: string;
  readonly mtu: number;
  readonly hosts: readonly LayoutHost[];
}

export interface RelayCounters {
  /** datagrams received on the relay socket */
  received: number;
  /** frames sent to a host (one per destination) */
  forwarded: number;
  /** datagrams from a source that is not a host of this topology */
  unknownSource: number;
  /** datagrams from a host that are not a VXLAN frame of this topology (short, oversized, bad flags or VNI) */
  malformed: number;
  /** frames dropped by injected loss (per destination) */
  lost: number;
  /** frames dropped because a link's delay queue was full */
  overflow: number;
  /** frames flooded to every other host (broadcast or unknown destination) */
  flooded: number;
  /** MACs in the learning table */
  macs: number;
}

export type RelayReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };

export function parseCommand(line: string): { ok: true; command: RelayCommand } | { ok: false; id: number; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: 0, error: 'command is not JSON' };
  }
  const parsed = commandSchema.safeParse(value);
  if (parsed.success) return { ok: true, command: parsed.data };
  const maybeId = (value as { id?: unknown } | null)?.id;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return { ok: false, id: typeof maybeId === 'number' && Number.isSafeInteger(maybeId) ? maybeId : 0, error: `bad command${where}: ${issue?.message ?? 'invalid'}` };
}

/** Splits a byte stream into lines, refusing any line longer than `maxBytes`. */
export class LineSplitter {
  readonly #maxBytes: number;
  #pending = '';

  constructor(maxBytes = MAX_LINE_BYTES) {
    this.#maxBytes = maxBytes;
  }

  /** The complete lines in `chunk` (plus what was pending). Throws LineTooLongError past the limit. */
  push(chunk: string): string[] {
    const parts = (this.#pending + chunk).split('\n');
    this.#pending = parts.pop() ?? '';
    if (this.#pending.length > this.#maxBytes || parts.some((line) => line.length > this.#maxBytes)) {
      this.#pending = '';
      throw new LineTooLongError(this.#maxBytes);
    }
    return parts.filter((line) => line.trim() !== '');
  }
}

export class LineTooLongError extends Error {
  override name = 'LineTooLongError';
  constructor(maxBytes: number) {
    super(`line longer than ${maxBytes} bytes`);
  }
}
