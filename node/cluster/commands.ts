// The commands that change the cluster state, and the checks every one passes before it is
// proposed and again when it is applied (the log may hold anything a member once accepted).
import type { Plan } from '../../scheduler/index.ts';
import { NAME_TAG_PATTERN } from '../spec/index.ts';
import { overlayIssues } from './network.ts';
import type { AllocStatus, NodeOverlay, NodeRole, PortBinding, Resources } from './types.ts';

export interface NodeRegistration {
  readonly id: string;
  readonly name: string;
  readonly peerId: string;
  readonly addrs: readonly string[];
  readonly capacity: Resources;
  readonly labels: Readonly<Record<string, string>>;
  readonly kvm: boolean;
  readonly role: NodeRole;
  readonly version: string;
  /** The node's WireGuard key and UDP endpoint; null when it runs no overlay. */
  readonly overlay: NodeOverlay | null;
}

export interface AllocationUpdate {
  /** The reporting node; only the allocation's own node may report for it. */
  readonly node: string;
  readonly id: string;
  readonly generation: number;
  readonly status: AllocStatus;
  readonly detail: string;
  readonly exitCode: number | null;
  readonly restarts: number;
  readonly ports: readonly PortBinding[];
}

export interface HolderChange {
  readonly node: string;
  readonly digest: string;
  readonly size: number;
  readonly manifestDigest: string;
  readonly held: boolean;
}

/** An agent's report of a volume snapshot its node holds complete (held) or dropped (!held). */
export interface VolumeHolderChange {
  readonly node: string;
  readonly volume: string;
  readonly seq: number;
  /** The snapshot's manifest digest, "sha256:<hex>" ("" allowed when !held). */
  readonly manifest: string;
  readonly createdMs: number;
  readonly logicalBytes: number;
  readonly held: boolean;
}

/** A scheduler plan as committed: artifacts are not carried (agents report what they hold). */
export interface PlanCommand {
  readonly plan: Plan;
  /** The evaluation's trigger index when it was taken: the plan answers triggers up to it. */
  readonly evalTriggerIndex: number;
}

export type Command =
  | { readonly type: 'register-node'; readonly node: NodeRegistration }
  | { readonly type: 'set-node-status'; readonly updates: readonly { readonly node: string; readonly status: 'ready' | 'down' }[] }
  | { readonly type: 'set-eligibility'; readonly node: string; readonly eligible: boolean }
  | { readonly type: 'start-drain'; readonly node: string; readonly deadlineMs: number; readonly maxParallel: number }
  | { readonly type: 'cancel-drain'; readonly node: string }
  | { readonly type: 'pick-for-drain'; readonly node: string; readonly allocations: readonly string[]; readonly forceStop: boolean }
  | { readonly type: 'put-arrow'; readonly definitionJson: string }
  | { readonly type: 'stop-arrow'; readonly name: string }
  | { readonly type: 'commit-plans'; readonly plans: readonly PlanCommand[] }
  | { readonly type: 'update-allocations'; readonly updates: readonly AllocationUpdate[] }
  | { readonly type: 'set-holders'; readonly changes: readonly HolderChange[] }
  | { readonly type: 'tag-artifact'; readonly name: string; readonly digest: string }
  | { readonly type: 'set-volume-holders'; readonly changes: readonly VolumeHolderChange[] }
  | { readonly type: 'set-volume-replicas'; readonly volume: string; readonly nodes: readonly string[] }
  | { readonly type: 'migrate-allocation'; readonly allocationId: string; readonly to: string };

export type CommandType = Command['type'];

/** A command with the proposer's clock (display and deadlines only: never for safety). */
export interface TimedCommand {
  readonly timeMs: number;
  readonly command: Command;
}

export class CommandValidationError extends Error {
  readonly issues: readonly string[];
  constructor(type: string, issues: readonly string[]) {
    super(`invalid ${type} command: ${issues.join('; ')}`);
    this.name = 'CommandValidationError';
    this.issues = issues;
  }
}

export const limits = {
  idBytes: 256,
  nameBytes: 128,
  addrs: 32,
  labels: 64,
  labelBytes: 256,
  /** Items in one batched command (status reports, holder changes, node status updates). */
  batchItems: 50_000,
  planParts: 100_000,
  detailBytes: 2048,
  definitionBytes: 256 * 1024,
  ports: 64,
  /** Resources a node may declare: 100k cores, 1 PiB of memory in MiB. */
  maxCpu: 100_000_000,
  maxMemory: 2 ** 30,
  /** Copies of one volume (the running one included), and so nodes named in set-volume-replicas. */
  maxVolumeReplicas: 16,
} as const;

const allocStatuses: ReadonlySet<string> = new Set(['pending', 'pulling', 'starting', 'running', 'complete', 'failed', 'lost', 'stopped']);
const digestPattern = /^sha256:[0-9a-f]{64}$/;

/** Collects what is wrong with a command, field by field. */
class Checker {
  readonly issues: string[] = [];
  text(path: string, value: unknown, options: { max?: number; empty?: boolean } = {}): void {
    if (typeof value !== 'string') return void this.issues.push(`${path}: expected a string`);
    if (!options.empty && value.length === 0) this.issues.push(`${path}: must not be empty`);
    if (value.length > (options.max ?? limits.idBytes)) this.issues.push(`${path}: longer than ${options.max ?? limits.idBytes} characters`);
  }
  int(path: string, value: unknown, min: number, max: number): void {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.issues.push(`${path}: expected an integer from ${min} to ${max}`);
    }
  }
  count(path: string, items: readonly unknown[], max: number): boolean {
    if (items.length > max) {
      this.issues.push(`${path}: ${items.length} items, at most ${max}`);
      return false;
    }
    return true;
  }
  digest(path: string, value: string): void {
    if (!digestPattern.test(value)) this.issues.push(`${path}: expected sha256:<64 lowercase hex>`);
  }
  ports(path: string, ports: readonly PortBinding[]): void {
    if (!this.count(path, ports, limits.ports)) return;
    ports.forEach((p, i) => {
      this.text(`${path}.${i}.name`, p.name, { max: limits.nameBytes });
      this.int(`${path}.${i}.guest`, p.guest, 1, 65535);
      this.int(`${path}.${i}.host`, p.host, 0, 65535);
      this.text(`${path}.${i}.address`, p.address, { max: limits.idBytes, empty: true });
      if (p.protocol !== 'tcp' && p.protocol !== 'udp') this.issues.push(`${path}.${i}.protocol: expected tcp or udp`);
    });
  }
}

function checkPlan(c: Checker, path: string, { plan, evalTriggerIndex }: PlanCommand): void {
  c.text(`${path}.arrow`, plan.arrow, { max: limits.nameBytes });
  c.int(`${path}.evalTriggerIndex`, evalTriggerIndex, 0, Number.MAX_SAFE_INTEGER);
  const parts = plan.placements.length + plan.stops.length + plan.replacements.length + plan.migrations.length;
  if (parts > limits.planParts) return void c.issues.push(`${path}: ${parts} parts, at most ${limits.planParts}`);
  const placement = (p: string, x: Plan['placements'][number]): void => {
    c.text(`${p}.allocationId`, x.allocationId);
    c.text(`${p}.node`, x.node);
    c.int(`${p}.cpu`, x.cpu, 1, limits.maxCpu);
    c.int(`${p}.memory`, x.memory, 1, limits.maxMemory);
    c.int(`${p}.generation`, x.generation, 1, Number.MAX_SAFE_INTEGER);
    if (x.arrow !== plan.arrow) c.issues.push(`${p}.arrow: ${x.arrow} in a plan for ${plan.arrow}`);
  };
  const stop = (p: string, x: Plan['stops'][number]): void => {
    c.text(`${p}.allocationId`, x.allocationId);
    c.text(`${p}.node`, x.node);
    c.text(`${p}.detail`, x.detail, { max: limits.detailBytes, empty: true });
  };
  plan.placements.forEach((x, i) => placement(`${path}.placements.${i}`, x));
  plan.stops.forEach((x, i) => stop(`${path}.stops.${i}`, x));
  plan.replacements.forEach((x, i) => {
    stop(`${path}.replacements.${i}.previous`, x.previous);
    placement(`${path}.replacements.${i}.placement`, x.placement);
  });
  plan.migrations.forEach((x, i) => {
    c.text(`${path}.migrations.${i}.allocationId`, x.allocationId);
    c.text(`${path}.migrations.${i}.to`, x.to);
  });
  plan.failures.forEach((x, i) => c.text(`${path}.failures.${i}.message`, x.message, { max: limits.detailBytes, empty: true }));
}

/**
 * Throws CommandValidationError naming every bad field. Checks shape and bounds only; what
 * depends on the state (an unknown node, a stale generation) is refused when applied.
 */
export function validateCommand(command: Command): void {
  const c = new Checker();
  switch (command.type) {
    case 'register-node': {
      const n = command.node;
      c.text('node.id', n.id);
      c.text('node.name', n.name, { max: limits.nameBytes });
      c.text('node.peerId', n.peerId);
      if (c.count('node.addrs', n.addrs, limits.addrs)) n.addrs.forEach((a, i) => c.text(`node.addrs.${i}`, a));
      c.int('node.capacity.cpu', n.capacity.cpu, 0, limits.maxCpu);
      c.int('node.capacity.memory', n.capacity.memory, 0, limits.maxMemory);
      const labels = Object.entries(n.labels);
      if (c.count('node.labels', labels, limits.labels)) {
        for (const [k, v] of labels) {
          c.text(`node.labels.${k.slice(0, 40)}`, k, { max: limits.labelBytes });
          c.text(`node.labels.${k.slice(0, 40)}`, v, { max: limits.labelBytes, empty: true });
        }
      }
      if (n.role !== 'client' && n.role !== 'server') c.issues.push('node.role: expected client or server');
      c.text('node.version', n.version, { max: limits.nameBytes, empty: true });
      c.issues.push(...overlayIssues('node.overlay', n.overlay));
      break;
    }
    case 'set-node-status':
      if (c.count('updates', command.updates, limits.batchItems)) {
        command.updates.forEach((u, i) => {
          c.text(`updates.${i}.node`, u.node);
          if (u.status !== 'ready' && u.status !== 'down') c.issues.push(`updates.${i}.status: expected ready or down`);
        });
      }
      break;
    case 'set-eligibility':
    case 'cancel-drain':
      c.text('node', command.node);
      break;
    case 'start-drain':
      c.text('node', command.node);
      c.int('deadlineMs', command.deadlineMs, 0, Number.MAX_SAFE_INTEGER);
      c.int('maxParallel', command.maxParallel, 1, 10_000);
      break;
    case 'pick-for-drain':
      c.text('node', command.node);
      if (c.count('allocations', command.allocations, limits.batchItems)) command.allocations.forEach((a, i) => c.text(`allocations.${i}`, a));
      break;
    case 'put-arrow':
      c.text('definitionJson', command.definitionJson, { max: limits.definitionBytes });
      break;
    case 'stop-arrow':
      c.text('name', command.name, { max: limits.nameBytes });
      break;
    case 'commit-plans':
      if (command.plans.length === 0) c.issues.push('plans: must not be empty');
      if (c.count('plans', command.plans, limits.batchItems)) command.plans.forEach((p, i) => checkPlan(c, `plans.${i}`, p));
      break;
    case 'update-allocations':
      if (c.count('updates', command.updates, limits.batchItems)) {
        command.updates.forEach((u, i) => {
          c.text(`updates.${i}.node`, u.node);
          c.text(`updates.${i}.id`, u.id);
          c.int(`updates.${i}.generation`, u.generation, 1, Number.MAX_SAFE_INTEGER);
          if (!allocStatuses.has(u.status)) c.issues.push(`updates.${i}.status: unknown status ${String(u.status).slice(0, 20)}`);
          c.text(`updates.${i}.detail`, u.detail, { max: limits.detailBytes, empty: true });
          if (u.exitCode !== null) c.int(`updates.${i}.exitCode`, u.exitCode, -(2 ** 31), 2 ** 31 - 1);
          c.int(`updates.${i}.restarts`, u.restarts, 0, 2 ** 31);
          c.ports(`updates.${i}.ports`, u.ports);
        });
      }
      break;
    case 'set-holders':
      if (c.count('changes', command.changes, limits.batchItems)) {
        command.changes.forEach((h, i) => {
          c.text(`changes.${i}.node`, h.node);
          c.digest(`changes.${i}.digest`, h.digest);
          c.int(`changes.${i}.size`, h.size, 0, Number.MAX_SAFE_INTEGER);
          if (h.held) c.digest(`changes.${i}.manifestDigest`, h.manifestDigest);
        });
      }
      break;
    case 'tag-artifact':
      if (!NAME_TAG_PATTERN.test(command.name)) c.issues.push(`name: expected NAME:TAG (lowercase name, e.g. httpd:1.36), got ${JSON.stringify(command.name.slice(0, 80))}`);
      if (command.digest !== '') c.digest('digest', command.digest);
      break;
    case 'set-volume-holders':
      if (c.count('changes', command.changes, limits.batchItems)) {
        command.changes.forEach((h, i) => {
          c.text(`changes.${i}.node`, h.node);
          c.text(`changes.${i}.volume`, h.volume, { max: limits.nameBytes });
          c.int(`changes.${i}.seq`, h.seq, 0, Number.MAX_SAFE_INTEGER);
          if (h.held) c.digest(`changes.${i}.manifest`, h.manifest);
          else c.text(`changes.${i}.manifest`, h.manifest, { max: 80, empty: true });
          c.int(`changes.${i}.createdMs`, h.createdMs, 0, Number.MAX_SAFE_INTEGER);
          c.int(`changes.${i}.logicalBytes`, h.logicalBytes, 0, Number.MAX_SAFE_INTEGER);
        });
      }
      break;
    case 'set-volume-replicas':
      c.text('volume', command.volume, { max: limits.nameBytes });
      if (c.count('nodes', command.nodes, limits.maxVolumeReplicas)) {
        command.nodes.forEach((n, i) => c.text(`nodes.${i}`, n));
        if (new Set(command.nodes).size !== command.nodes.length) c.issues.push('nodes: a node is named twice');
      }
      break;
    case 'migrate-allocation':
      c.text('allocationId', command.allocationId);
      c.text('to', command.to);
      break;
    default:
      c.issues.push(`unknown command type ${JSON.stringify((command as { type: unknown }).type)}`);
  }
  if (c.issues.length > 0) throw new CommandValidationError(command.type, c.issues);
}

