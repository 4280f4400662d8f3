// A small seeded generator: Math.random cannot be seeded, and plans must be reproducible.

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  below(n: number): number;
}

/** mulberry32: 32-bit state, fast and good enough for shuffling candidate lists. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n) => Math.floor(next() * n) };
}

/** In-place Fisher-Yates shuffle of a range of an index array. */
export function shuffleRange(items: Int32Array, start: number, end: number, random: Random): void {
  for (let i = end - 1; i > start; i--) {
    const j = start + random.below(i - start + 1);
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
}
