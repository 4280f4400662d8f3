// The p-th percentile of ascending `sorted` samples (the sample at rank floor(p% × n)), NaN when
// there are none: the latency figures of the Raft benchmarks.
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
