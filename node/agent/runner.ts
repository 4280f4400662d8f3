// What runs allocations on a node. The agent decides what should run (reconcile.ts); a Runner
// makes it so and reports how it goes. Issue 11's VM runner implements this interface; the
// SimulatedRunner below stands in where no VM should start.
import type { AllocationRecord, AllocStatus, ArrowRecord, PortBinding } from '../cluster/index.ts';
import { parseArrowDefinition } from '../spec/index.ts';

/** The statuses a runner reports (pending and lost are the cluster's own). */
export type RunnerStatus = Exclude<AllocStatus, 'pending' | 'lost'>;

export const terminalRunnerStatuses: ReadonlySet<RunnerStatus> = new Set(['complete', 'failed', 'stopped']);

/** One status change of one allocation, as a runner sees it. */
export interface RunnerReport {
  readonly status: RunnerStatus;
  /** Why, for people: "exited with code 1", "binary not found: sha256:…" ('' when nothing to say). */
  readonly detail: string;
  /** The app's exit code once it exited (complete or failed), else null. */
  readonly exitCode: number | null;
  /** How many times the runner restarted it (its restart policy). */
  readonly restarts: number;
  readonly ports: readonly PortBinding[];
}

export type ReportCallback = (report: RunnerReport) => void;

export interface RunningAllocation {
  /** The record the allocation was started from (the agent compares its generation and index). */
  readonly allocation: AllocationRecord;
  readonly status: RunnerStatus;
}

/**
 * CONTRACT (what the agent relies on)
 *   start(allocation, arrow, report): takes the allocation over and returns at once; everything
 *     after that, failures included, arrives through `report`. From the moment start returns,
 *     list() includes the allocation, until it reports a terminal status (complete, failed,
 *     stopped) or stop() is called. Starting an allocation already running at the same
 *     generation starts nothing: it attaches `report` in place of the old callback and reports the
 *     current status once (how an agent restarted over adopted workloads gets their reports).
 *     Starting one that runs at another generation throws: the agent stops the old one first.
 *     `arrow.definitionJson` is node/spec's ArrowDefinition.
 *   stop(allocationId): resolves once it no longer runs (at once for an unknown id); after the
 *     call the runner reports nothing more for it: the agent reports `stopped` itself.
 *   list(): what runs now (started, adopted, restarting), one entry per allocation id.
 *   close(): releases the runner's own resources. Whether workloads outlive it is the runner's to
 *     say (the VM runner leaves VMs running for the next arrowd to adopt).
 */
export interface Runner {
  start(allocation: AllocationRecord, arrow: ArrowRecord, report: ReportCallback): void;
  stop(allocationId: string): Promise<void>;
  list(): readonly RunningAllocation[];
  close(): Promise<void>;
  /**
   * Optional fencing (a runner whose workloads can be paused). fence(): the node lost its lease
   * with the cluster, which may be replacing its allocations elsewhere: pause every workload,
   * and those that start or restart from now on, until unfence. unfence(keep): resume the
   * allocations in `keep`; the others stay paused until stop(), which ends a paused workload
   * without letting it run again. `fenced`: whether it is fenced now (true after a restart over
   * workloads an earlier runner left paused).
   */
  fence?(): Promise<void>;
  /**
   * Optional: the node's lease holds for `validForMs` from now (renewed with every answered
   * heartbeat, extended by an acknowledged farewell). A runner whose host can enforce it on its
   * own (the kernel cutting off the workloads' traffic when it lapses) does so, so that a node
   * frozen with its workloads cannot let them serve again before fence() runs.
   */
  holdLease?(validForMs: number): void;
  unfence?(keep: ReadonlySet<string>): Promise<void>;
  /**
   * Optional live migration: the cluster moved a running allocation to another node (`moved`, its
   * record there). Like stop(), but the workload goes on there; resolves once nothing of it runs
   * here, and the runner reports nothing more for it.
   */
  migrate?(allocationId: string, moved: AllocationRecord): Promise<'moved' | 'stopped'>;
  readonly fenced?: boolean;
}

/** The rule for start() of an allocation a runner runs already: only at the same generation (then it re-attaches). */
export function refuseOtherGeneration(running: AllocationRecord, asked: AllocationRecord): void {
  if (running.generation !== asked.generation) {
    throw new Error(`allocation ${asked.id} runs at generation ${running.generation}; stop it before starting generation ${asked.generation}`);
  }
}

/** Failure injection: the workload exits with `exitCode` this long after it reached running. */
export interface SimulatedExit {
  readonly exitCode: number;
  readonly afterMs: number;
}

export interface SimulatedRunnerOptions {
  /** Time spent "pulling" the binary before starting (default 5 ms). */
  readonly pullMs?: number;
  /** Time spent "starting" before running (default 5 ms). */
  readonly startMs?: number;
  /** Decides, per started allocation, whether and when it exits on its own. */
  readonly exitOf?: (allocation: AllocationRecord, arrow: ArrowRecord) => SimulatedExit | undefined;
}

interface Simulated {
  allocation: AllocationRecord;
  status: RunnerStatus;
  report: ReportCallback;
  timer: ReturnType<typeof setTimeout> | undefined;
  exit: SimulatedExit | undefined;
}

/**
 * A Runner that starts no VM: it only walks each allocation through pulling → starting →
 * running after small configurable delays, stops it on request, and exits it with a chosen code
 * when told to (failure injection). It exists for tests and benchmarks that need thousands of
 * nodes in one process, where real VMs cannot start; it stays alongside the VM runner for them.
 * A definition that node/spec refuses fails at once, as a real runner would refuse it.
 */
export class SimulatedRunner implements Runner {
  readonly #pullMs: number;
  readonly #startMs: number;
  readonly #exitOf: SimulatedRunnerOptions['exitOf'];
  readonly #running = new Map<string, Simulated>();
  #starts = 0;

  constructor(options: SimulatedRunnerOptions = {}) {
    this.#pullMs = options.pullMs ?? 5;
    this.#startMs = options.startMs ?? 5;
    this.#exitOf = options.exitOf;
  }

  /** How many workloads were started (attaching to a running one does not count). */
  get starts(): number {
    return this.#starts;
  }

  start(allocation: AllocationRecord, arrow: ArrowRecord, report: ReportCallback): void {
    const existing = this.#running.get(allocation.id);
    if (existing) {
      refuseOtherGeneration(existing.allocation, allocation);
      existing.report = report;
      report(simulatedReport(existing.status));
      return;
    }
    this.#starts++;
    try {
      parseArrowDefinition(JSON.parse(arrow.definitionJson));
    } catch (error) {
      report({ ...simulatedReport('failed'), detail: `invalid Arrow definition: ${(error as Error).message}`.slice(0, 1000) });
      return;
    }
    const sim: Simulated = { allocation, status: 'pulling', report, timer: undefined, exit: this.#exitOf?.(allocation, arrow) };
    this.#running.set(allocation.id, sim);
    report(simulatedReport('pulling'));
    this.#after(sim, this.#pullMs, () => {
      this.#advance(sim, 'starting');
      this.#after(sim, this.#startMs, () => {
        this.#advance(sim, 'running');
        if (sim.exit) {
          const { exitCode, afterMs } = sim.exit;
          this.#after(sim, afterMs, () => this.exit(allocation.id, exitCode));
        }
      });
    });
  }

  /** Makes a workload exit now with `exitCode` (0: complete, else failed). */
  exit(allocationId: string, exitCode: number): void {
    const sim = this.#running.get(allocationId);
    if (!sim) return;
    this.#forget(sim);
    sim.report({
      ...simulatedReport(exitCode === 0 ? 'complete' : 'failed'),
      exitCode,
      detail: `exited with code ${exitCode}`,
    });
  }

  async stop(allocationId: string): Promise<void> {
    const sim = this.#running.get(allocationId);
    if (sim) this.#forget(sim);
  }

  list(): readonly RunningAllocation[] {
    return [...this.#running.values()].map((s) => ({ allocation: s.allocation, status: s.status }));
  }

  /** Forgets every simulated workload (there is nothing else to release). */
  async close(): Promise<void> {
    for (const sim of [...this.#running.values()]) this.#forget(sim);
  }

  #after(sim: Simulated, ms: number, then: () => void): void {
    sim.timer = setTimeout(() => {
      sim.timer = undefined;
      if (this.#running.get(sim.allocation.id) === sim) then();
    }, ms);
  }

  #advance(sim: Simulated, status: RunnerStatus): void {
    sim.status = status;
    sim.report(simulatedReport(status));
  }

  #forget(sim: Simulated): void {
    clearTimeout(sim.timer);
    sim.timer = undefined;
    this.#running.delete(sim.allocation.id);
  }
}

function simulatedReport(status: RunnerStatus): RunnerReport {
  return { status, detail: status === 'running' ? 'simulated: no VM was started' : '', exitCode: null, restarts: 0, ports: [] };
}
