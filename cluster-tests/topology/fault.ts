// Per-link fault decisions for the relay: loss from a seeded PRNG and a fixed delay that never
// reorders. Pure: time is passed in and the relay does the waiting. Each directed link has its
// own PRNG stream derived from (seed, from, to), so the decisions on one link depend only on the
// seed and the frames on that link, not on how traffic on other links interleaves: replaying a
// run with the same seed replays each link's losses.
import { Rng } from '../../raft/sim/index.ts';

export interface LinkFault {
  /** one-way delay added to every frame on the link, in milliseconds */
  readonly delayMs: number;
  /** chance of dropping each frame, 0..100 */
  readonly lossPercent: number;
}

export const CLEAN_LINK: LinkFault = { delayMs: 0, lossPercent: 0 };
export const MAX_DELAY_MS = 60_000;

export class FaultError extends Error {
  override name = 'FaultError';
}

export function validateFault(fault: { delayMs?: unknown; lossPercent?: unknown }): LinkFault {
  const delayMs = fault.delayMs ?? 0;
  const lossPercent = fault.lossPercent ?? 0;
  if (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS) {
    throw new FaultError(`delayMs must be a number in 0..${MAX_DELAY_MS}, got ${JSON.stringify(delayMs)}`);
  }
  if (typeof lossPercent !== 'number' || !Number.isFinite(lossPercent) || lossPercent < 0 || lossPercent > 100) {
    throw new FaultError(`lossPercent must be a number in 0..100, got ${JSON.stringify(lossPercent)}`);
  }
  return { delayMs, lossPercent };
}

/** A replayable source of randomness for fault decisions (raft's simulator PRNG, mulberry32). */
export function seededRandom(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

/** A well-mixed 32-bit seed for the directed link from -> to. */
export function linkSeed(seed: number, from: number, to: number): number {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  for (const value of [from, to]) {
    h = Math.imul(h ^ (value >>> 0), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

export type FrameDecision = { readonly drop: true } | { readonly drop: false; readonly releaseAt: number };

/** One directed link's shaping state. */
export class LinkShaper {
  #fault: LinkFault = CLEAN_LINK;
  readonly #random: () => number;
  /** when the latest accepted frame leaves; later frames never leave before it (no reordering) */
  #lastReleaseAt = Number.NEGATIVE_INFINITY;

  constructor(random: () => number) {
    this.#random = random;
  }

  get fault(): LinkFault {
    return this.#fault;
  }

  set(fault: LinkFault): void {
    this.#fault = fault;
  }

  /**
   * What to do with a frame arriving at `nowMs`. One PRNG draw per frame whatever the fault, so
   * the sequence of decisions stays aligned with the sequence of frames when faults change.
   */
  decide(nowMs: number): FrameDecision {
    const draw = this.#random();
    if (draw * 100 < this.#fault.lossPercent) return { drop: true };
    const releaseAt = Math.max(nowMs + this.#fault.delayMs, this.#lastReleaseAt);
    this.#lastReleaseAt = releaseAt;
    return { drop: false, releaseAt };
  }
}
