// Closed-loop load for the Raft benchmarks: `workers` loops each issue one request at a time
// (the next when the last is answered), first for a warm-up, then for a measured window in which
// successes, failures, latencies and this process's CPU are recorded.
export interface ClosedLoopResult {
  /** Requests answered with success within the measured window. */
  commits: number;
  errors: number;
  seconds: number;
  /** Latencies of the successes, ms, ascending. */
  latenciesMs: number[];
  /** This process's CPU (user + system) during the measured window, ms. */
  cpuMs: number;
}

/** `attempt(worker, seq)` resolves true for a success, false for a failure; it must not reject. */
export async function closedLoop(workers: number, warmupMs: number, measureMs: number, attempt: (worker: number, seq: number) => Promise<boolean>): Promise<ClosedLoopResult> {
  const latencies: number[] = [];
  let commits = 0;
  let errors = 0;
  let measuring = false;
  let stopped = false;
  const loop = async (worker: number) => {
    for (let seq = 1; !stopped; seq++) {
      const started = performance.now();
      const ok = await attempt(worker, seq);
      const elapsed = performance.now() - started;
      if (!measuring) continue;
      if (ok) {
        commits++;
        latencies.push(elapsed);
      } else errors++;
    }
  };
  const running = Promise.all(Array.from({ length: workers }, (_, w) => loop(w)));
  await new Promise((r) => setTimeout(r, warmupMs));
  const cpuBefore = process.cpuUsage();
  measuring = true;
  const start = performance.now();
  await new Promise((r) => setTimeout(r, measureMs));
  measuring = false;
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  stopped = true;
  await running;
  latencies.sort((a, b) => a - b);
  return { commits, errors, seconds, latenciesMs: latencies, cpuMs: (cpu.user + cpu.system) / 1000 };
}
