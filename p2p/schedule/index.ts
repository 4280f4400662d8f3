// Pure piece scheduling: which piece to ask a given peer for next. Rarest-first (the piece the
// fewest known peers hold) spreads distinct pieces across pullers, so they can trade with each
// other instead of all draining the origin; ties are broken at random so that pullers starting
// at the same moment do not all pick the same piece.
import type { Bitfield } from '../pieces/index.ts';

export interface SchedulerInput {
  /** Pieces this node already has verified. */
  held: Bitfield;
  /** Pieces currently being fetched from some peer. */
  inFlight: ReadonlySet<number>;
  /** What every usable peer (not bad) is known to hold. */
  peerHaves: readonly Bitfield[];
}

/** How many usable peers hold each piece. */
export function availability(pieceCount: number, peerHaves: readonly Bitfield[]): number[] {
  const counts = new Array<number>(pieceCount).fill(0);
  for (const have of peerHaves) for (let i = 0; i < pieceCount; i++) if (have.has(i)) counts[i]! += 1;
  return counts;
}

/**
 * The piece to request from a peer holding `peerHave`, or undefined if that peer has nothing we
 * still need that is not already on its way.
 */
export function choosePiece(input: SchedulerInput, peerHave: Bitfield, random: () => number = Math.random, counts = availability(input.held.size, input.peerHaves)): number | undefined {
  let best: number[] = [];
  let bestCount = Number.POSITIVE_INFINITY;
  for (let i = 0; i < input.held.size; i++) {
    if (input.held.has(i) || input.inFlight.has(i) || !peerHave.has(i)) continue;
    const count = counts[i] ?? 0;
    if (count < bestCount) { bestCount = count; best = [i]; } else if (count === bestCount) best.push(i);
  }
  if (best.length === 0) return undefined;
  return best[Math.min(best.length - 1, Math.floor(random() * best.length))];
}

/** Pieces still missing that no usable peer holds: the download cannot finish until someone gets them. */
export function unobtainable(input: SchedulerInput): number[] {
  const counts = availability(input.held.size, input.peerHaves);
  const out: number[] = [];
  for (let i = 0; i < input.held.size; i++) if (!input.held.has(i) && (counts[i] ?? 0) === 0) out.push(i);
  return out;
}
