// Random fault schedules for the soak runs, pure: a seed and the cluster's shape in, a list of
// steps out, so a failing seed replays the same schedule. One fault at a time: each step injects
// it, holds it, then repairs it (restarts what it killed, thaws, heals, clears the links), so the
// cluster is whole again before the next one and at the end.
import { Rng } from '../../raft/sim/index.ts';

export type Fault =
  | { readonly kind: 'kill'; readonly host: number }
  | { readonly kind: 'freeze'; readonly host: number }
  | { readonly kind: 'partition'; readonly groups: readonly (readonly number[])[] }
  | { readonly kind: 'links'; readonly delayMs: number; readonly lossPercent: number }
  | { readonly kind: 'restart'; readonly host: number };

export interface Step {
  readonly fault: Fault;
  /** How long the fault lasts before it is repaired. */
  readonly holdMs: number;
  /** Quiet time after the repair, before the next step. */
  readonly settleMs: number;
}

export interface ScheduleShape {
  /** Hosts running arrowd (indices 0..hosts-1); the first `servers` are Raft voters. */
  readonly hosts: number;
  readonly servers: number;
  readonly steps: number;
  /** The node TTL: some faults are held past it, some not. */
  readonly ttlMs: number;
}

export const MAX_STEPS = 100;

export function faultSchedule(seed: number, shape: ScheduleShape): Step[] {
  if (!Number.isInteger(shape.steps) || shape.steps < 1 || shape.steps > MAX_STEPS) throw new RangeError(`steps must be 1..${MAX_STEPS}, got ${shape.steps}`);
  if (shape.hosts < 2 || shape.servers < 1 || shape.servers > shape.hosts) throw new RangeError(`a schedule needs 2 hosts or more and 1..hosts servers (${shape.hosts}, ${shape.servers})`);
  const rng = new Rng(seed);
  const hosts = Array.from({ length: shape.hosts }, (_, i) => i);
  const steps: Step[] = [];
  for (let i = 0; i < shape.steps; i++) {
    // Held shorter than the TTL (nothing should be replaced) or well past it (something is).
    const holdMs = rng.chance(0.5) ? rng.between(500, Math.max(600, Math.floor(shape.ttlMs * 0.6))) : rng.between(shape.ttlMs + 1_000, shape.ttlMs * 2 + 2_000);
    const settleMs = rng.between(1_000, 3_000);
    const kind = rng.pick(['kill', 'freeze', 'partition', 'links', 'restart'] as const);
    let fault: Fault;
    switch (kind) {
      case 'kill':
      case 'freeze':
      case 'restart':
        fault = { kind, host: rng.pick(hosts) };
        break;
      case 'partition': {
        // A random split into two non-empty sides.
        const shuffled = rng.shuffle([...hosts]);
        const cut = rng.between(1, shape.hosts - 1);
        fault = { kind, groups: [shuffled.slice(0, cut).sort((a, b) => a - b), shuffled.slice(cut).sort((a, b) => a - b)] };
        break;
      }
      case 'links':
        fault = { kind, delayMs: rng.pick([20, 50, 100, 200]), lossPercent: rng.pick([0, 1, 5, 10]) };
        break;
    }
    steps.push({ fault, holdMs, settleMs });
  }
  return steps;
}

export function describeStep(step: Step, names: readonly string[]): string {
  const f = step.fault;
  const name = (i: number) => names[i] ?? `#${i}`;
  const what = f.kind === 'partition' ? `partition ${f.groups.map((g) => g.map(name).join('+')).join(' | ')}`
    : f.kind === 'links' ? `links ${f.delayMs} ms, ${f.lossPercent}% loss`
    : `${f.kind} ${name(f.host)}`;
  return `${what} for ${step.holdMs} ms, then ${step.settleMs} ms quiet`;
}
