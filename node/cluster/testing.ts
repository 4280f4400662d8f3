// Test helpers: a small definition format and a leader's scheduling step, so state tests can drive
// whole flows (spec write → plan → reports) without node/spec or node/server.
import { schedule } from '../../scheduler/index.ts';
import type { ArrowSpecInput } from '../../scheduler/index.ts';
import { decodeCommand, encodeCommand } from './codec.ts';
import type { Command, NodeRegistration, PlanCommand } from './commands.ts';
import type { Applied, ClusterStateOptions } from './state.ts';
import { ClusterState } from './state.ts';

export interface TestDefinition {
  name: string;
  replicas: number;
  cpu: number;
  memory: number;
  batch?: boolean;
  /** A static host port (tcp) every replica takes on its node. */
  hostPort?: number;
  network?: string;
  /** A ShadowFS volume (named after the Arrow): migrated on drains, with copies on other nodes. */
  volume?: { replicas?: number };
}

export const testOptions: ClusterStateOptions = {
  readDefinition: (json) => {
    const d = JSON.parse(json) as Partial<TestDefinition>;
    if (typeof d.name !== 'string' || !/^[a-z0-9-]+$/.test(d.name)) throw new Error('name: expected lowercase letters, digits and dashes');
    return { name: d.name, batch: d.batch === true, network: d.network ?? 'default', staticPorts: d.hostPort === undefined ? [] : [{ protocol: 'tcp', host: d.hostPort, guest: 80 }] };
  },
};

export function definitionJson(d: TestDefinition): string {
  return JSON.stringify(d);
}

const kernel = { digest: `sha256:${'b'.repeat(64)}`, size: 0 };
const binary = { digest: `sha256:${'a'.repeat(64)}`, size: 1000 };

/** The scheduler spec of a stored test definition (replicas 0 once stopped; batch runs done count). */
export function specOf(state: ClusterState, name: string): ArrowSpecInput {
  const record = state.arrow(name)!;
  const d = JSON.parse(record.definitionJson) as TestDefinition;
  const replicas = record.stopped ? 0 : Math.max(0, d.replicas - (d.batch ? record.completed : 0));
  return { name, version: record.version, replicas, cpu: d.cpu, memory: d.memory, binary, kernel, hostPorts: d.hostPort ? [`tcp/${d.hostPort}`] : [], ...(d.volume ? { volume: { name } } : {}) };
}

/**
 * What a leader does with the pending evaluations: plan each on the state, as one batch. The seed
 * names the allocations, so it must differ between batches (a real leader draws it at random).
 */
export function planPending(state: ClusterState, seed: number): PlanCommand[] {
  const usage = state.placement.usage();
  return state.pendingEvaluations().map((evaluation, i) => {
    const plan = schedule(state.placement, specOf(state, evaluation.arrow), { seed: seed * 1_000_003 + state.index * 1009 + i, usage });
    state.placement.addPlanUsage(plan, usage);
    return { plan, evalTriggerIndex: evaluation.triggerIndex };
  });
}

export function registration(id: string, overrides: Partial<NodeRegistration> = {}): NodeRegistration {
  return {
    id, name: id, peerId: `peer-${id}`, addrs: [`/ip4/127.0.0.1/tcp/4001/p2p/peer-${id}`], capacity: { cpu: 4000, memory: 8192 },
    labels: { zone: 'a' }, kvm: false, role: 'client', version: 'test', overlay: null, ...overrides,
  };
}

/** Applies commands one per index after the state's, through the byte encoding as Raft would. */
export class Driver {
  readonly state: ClusterState;
  timeMs = 1_000_000;
  constructor(state = new ClusterState(testOptions)) {
    this.state = state;
  }
  apply(command: Command): Applied {
    this.timeMs += 10;
    return this.state.apply({ timeMs: this.timeMs, command }, this.state.index + 1);
  }
  /** Round-trips through protobuf first, as the log does. */
  applyEncoded(command: Command): Applied {
    const bytes = encodeCommand({ timeMs: this.timeMs + 10, command });
    return this.applyBytes(bytes);
  }
  applyBytes(bytes: Uint8Array): Applied {
    this.timeMs += 10;
    return this.state.apply(decodeCommand(bytes), this.state.index + 1);
  }
  scheduleAll(seed = 1): Applied | undefined {
    const plans = planPending(this.state, seed);
    return plans.length > 0 ? this.apply({ type: 'commit-plans', plans }) : undefined;
  }
}
