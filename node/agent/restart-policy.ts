// What the VM runner does after a run of an allocation ends: start it again (after how long) or
// report it ended (complete or failed, and why). Pure: the outcome, the policy and the backoff
// state in, a decision out.
import type { RestartPolicy } from '../spec/index.ts';

/** How one run ended. */
export type RunOutcome =
  /** The app ended and ainit said how (code, or the signal that killed it). */
  | { readonly kind: 'exited'; readonly code: number; readonly signal: number }
  /** No app exit to report: the artifacts, the ports or the boot failed, or the VM died. */
  | { readonly kind: 'failed'; readonly reason: string };

export interface RestartBackoff {
  /** Delay before the first restart after a run that did not last (default 1 s). */
  readonly initialMs: number;
  /** The delay doubles per restart up to this (default 60 s). */
  readonly maxMs: number;
  /** A run that lasted this long resets the delay to initialMs (default 10 s). */
  readonly resetAfterMs: number;
}

export const defaultRestartBackoff: RestartBackoff = { initialMs: 1_000, maxMs: 60_000, resetAfterMs: 10_000 };

export type AfterRun =
  | {
      readonly kind: 'restart';
      readonly delayMs: number;
      /** Restarts in a row that did not last: the next call's `streak`. */
      readonly streak: number;
      readonly detail: string;
      /** The exit code of the run that ended, for the reports until the next one runs. */
      readonly exitCode: number | null;
    }
  | { readonly kind: 'end'; readonly status: 'complete' | 'failed'; readonly detail: string; readonly exitCode: number | null };

const SIGNAL_NAMES: Readonly<Record<number, string>> = { 1: 'SIGHUP', 2: 'SIGINT', 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 15: 'SIGTERM' };

/** For people: "exited with code 1", "killed by signal 9 (SIGKILL)", or the failure's reason. */
export function describeOutcome(outcome: RunOutcome): string {
  if (outcome.kind === 'failed') return outcome.reason;
  if (outcome.signal > 0) return `killed by signal ${outcome.signal}${SIGNAL_NAMES[outcome.signal] ? ` (${SIGNAL_NAMES[outcome.signal]})` : ''}`;
  return `exited with code ${outcome.code}`;
}

const succeeded = (outcome: RunOutcome): boolean => outcome.kind === 'exited' && outcome.code === 0 && outcome.signal === 0;

/**
 * After a run: `always` restarts whatever happened, `on-failure` unless the app exited 0,
 * `never` ends. The delay is initialMs doubled per restart in a row (capped at maxMs); a run
 * that lasted resetAfterMs starts the count again. Ending: complete when the app exited 0, else
 * failed with what happened. The exit code is the app's (null when a signal or a failure ended
 * the run).
 */
export function afterRun(policy: RestartPolicy, outcome: RunOutcome, ranMs: number, streak: number, backoff: RestartBackoff = defaultRestartBackoff): AfterRun {
  const what = describeOutcome(outcome);
  const exitCode = outcome.kind === 'exited' && outcome.signal === 0 ? outcome.code : null;
  const restart = policy === 'always' || (policy === 'on-failure' && !succeeded(outcome));
  if (!restart) return { kind: 'end', status: succeeded(outcome) ? 'complete' : 'failed', detail: what, exitCode };
  const inARow = ranMs >= backoff.resetAfterMs ? 0 : Math.max(0, streak);
  // 2^n overflows to Infinity for large n; min() keeps it at the cap.
  const delayMs = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(inARow, 52));
  return { kind: 'restart', delayMs, streak: inARow + 1, detail: `${what}; restarting in ${formatDelay(delayMs)}`, exitCode };
}

function formatDelay(ms: number): string {
  return ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
