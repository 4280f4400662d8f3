// What kernel/testdata/reqs.c's client prints, read back: bench:net runs it in Arrows (output
// through the guest console) and natively in a node namespace, and compares the two.

export interface RequestRate {
  readonly requests: number;
  readonly ms: number;
  readonly rps: number;
  /** Longest time without a completed exchange, from the first connect. */
  readonly maxGapMs: number;
  readonly connections: number;
}

const LINE = /^requests (\d+) in ([\d.]+) ms rps ([\d.]+) max_gap_ms ([\d.]+) connections (\d+)\r?$/m;

/** The figures of `reqs run`'s result line in `output`, or undefined when it has none. */
export function parseRequestRate(output: string): RequestRate | undefined {
  const match = LINE.exec(output);
  if (!match) return undefined;
  const [requests, ms, rps, maxGapMs, connections] = match.slice(1).map(Number) as [number, number, number, number, number];
  return { requests, ms, rps, maxGapMs, connections };
}
