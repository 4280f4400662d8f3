// A writer for dirtier.c's output ("n=<tick> pid=<pid>" lines) that checks what it is given:
// every line once, in order, and from which pids. Also records when each line arrived, for the
// largest gap in the output (what a client of a migrated Arrow sees).
export interface DirtierSink {
  stream: NodeJS.WritableStream;
  /** the last complete line (n 0 before any) */
  last(): { n: number; pid: number; at: number };
  /** resolves once line n arrived; rejects after timeoutMs */
  until(n: number, timeoutMs: number): Promise<void>;
  /** every pid seen, in order of first appearance */
  pids(): number[];
  /** lines missing, repeated or out of order (empty when all is well) */
  problems(): string[];
  /** lines that never arrived (gaps in the numbering) and lines that arrived more than once */
  counts(): { lost: number; repeated: number };
  /** the largest gap between consecutive lines' arrival among lines with n > afterN, ms */
  maxGapMs(afterN?: number): number;
}

export function dirtierSink(): DirtierSink {
  let partial = '';
  let last = { n: 0, pid: 0, at: 0 };
  const pids: number[] = [];
  const problems: string[] = [];
  const arrivals: { n: number; at: number }[] = [];
  let lost = 0;
  let repeated = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const stream = {
    write(chunk: Uint8Array | string): boolean {
      const now = performance.now();
      const text = partial + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      const end = text.lastIndexOf('\n') + 1;
      for (const match of text.slice(0, end).matchAll(/^n=(\d+) pid=(\d+)$/gm)) {
        const n = Number(match[1]);
        const pid = Number(match[2]);
        if (!pids.includes(pid)) pids.push(pid);
        if (last.n !== 0 && n !== last.n + 1) {
          if (problems.length < 20) problems.push(`n=${n} after n=${last.n}`);
          if (n > last.n + 1) lost += n - last.n - 1;
          else repeated += 1;
        }
        last = { n, pid, at: now };
        arrivals.push({ n, at: now });
        if (arrivals.length > 200_000) arrivals.splice(0, 100_000);
      }
      partial = text.slice(end);
      for (const waiter of waiters.filter((w) => last.n >= w.n)) waiter.resolve();
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  return {
    stream,
    last: () => last,
    until: (n, timeoutMs) =>
      new Promise((resolve, reject) => {
        if (last.n >= n) return resolve();
        const timer = setTimeout(() => reject(new Error(`no n=${n} within ${timeoutMs} ms; last n=${last.n}`)), timeoutMs);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    pids: () => [...pids],
    counts: () => ({ lost, repeated }),
    problems: () => [...problems],
    maxGapMs: (afterN = 0) => {
      let gap = 0;
      for (let i = 1; i < arrivals.length; i++) if (arrivals[i]!.n > afterN) gap = Math.max(gap, arrivals[i]!.at - arrivals[i - 1]!.at);
      return gap;
    },
  };
}
