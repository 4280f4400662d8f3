// "Did you mean": the known name closest to a misspelt one, when it is close enough to be the
// likely intent. Pure.

/** Edit distance with adjacent transpositions (optimal string alignment): `replcias` is one edit. */
export function editDistance(a: string, b: string): number {
  // Three rows are enough for the transposition case; names are short, so this is cheap.
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2]! + 1);
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Case, dashes and underscores do not count: `requires_kvm` and `RequiresKVM` mean `requiresKvm`. */
function folded(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/**
 * The known name `given` most likely stands for, or undefined. Close enough means at most one
 * edit per three characters (and never more than three), so `cpus` suggests `cpu` but `foo`
 * suggests nothing; failing that, the longest known name `given` starts with.
 */
export function closestName(given: string, known: readonly string[]): string | undefined {
  if (given.length > 64) return undefined; // nobody misspells a 64-character field name
  const target = folded(given);
  const allowed = Math.min(3, Math.max(1, Math.floor(target.length / 3)));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const name of known) {
    const candidate = folded(name);
    // The distance is at least the difference in length: skip the quadratic work when that
    // alone is too far (a hostile file may hold 50,000 unknown keys).
    if (Math.abs(candidate.length - target.length) >= bestDistance) continue;
    const distance = editDistance(target, candidate);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best;
  // A known name with something added (`hostPort` for `host`, `memoryMiB` for `memory`).
  const prefixes = known.filter((name) => name.length >= 3 && target.startsWith(folded(name)));
  return prefixes.sort((a, b) => b.length - a.length)[0];
}
