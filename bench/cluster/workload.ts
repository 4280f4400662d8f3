// The control-plane benchmark's cluster and specs, from a seed, so the simulated nodes (fleet.ts),
// the specs submitted through the API and the pure-scheduler baseline all see the same ones.
import { seededRandom } from '../../scheduler/index.ts';

export interface NodeShape {
  readonly capacity: { readonly cpu: number; readonly memory: number };
  readonly labels: Readonly<Record<string, string>>;
  readonly kvm: boolean;
}

/** Edge nodes of three sizes over three zones, about a tenth arm64, most with KVM. */
export function nodeShapes(count: number, seed: number): NodeShape[] {
  const random = seededRandom(seed);
  const sizes = [{ cpu: 8_000, memory: 16_384 }, { cpu: 16_000, memory: 32_768 }, { cpu: 32_000, memory: 65_536 }];
  return Array.from({ length: count }, () => ({
    capacity: sizes[random.below(sizes.length)]!,
    labels: { zone: `zone-${random.below(3)}`, arch: random.next() < 0.1 ? 'arm64' : 'amd64' },
    kvm: random.next() < 0.9,
  }));
}

/**
 * Arrow definitions (node/spec's stored form) totalling `replicas`, `perSpec` each: small
 * services of a few sizes, a fifth pinned to zones, a tenth asking for KVM, about half the
 * cluster's cpu in all, so everything fits and placement speed is what is measured.
 */
export function definitions(replicas: number, perSpec: number, seed: number): Array<Record<string, unknown>> {
  const random = seededRandom(seed + 1);
  const cpus = [100, 200, 250, 500];
  const memories = [64, 128, 256, 512];
  const count = Math.ceil(replicas / perSpec);
  return Array.from({ length: count }, (_, i) => ({
    name: `svc-${String(i).padStart(6, '0')}`,
    type: 'service',
    binary: { digest: `sha256:${(i % 16).toString(16).repeat(64)}`, size: 8_000_000 },
    args: [], env: {}, kernel: 'default',
    cpu: cpus[random.below(cpus.length)]!,
    memory: memories[random.below(memories.length)]!,
    replicas: Math.min(perSpec, replicas - i * perSpec),
    restart: 'always', ports: [], files: [], priority: 50,
    constraints: random.next() < 0.2 ? [{ label: 'zone', op: 'in', values: [`zone-${random.below(3)}`, `zone-${random.below(3)}`] }] : [],
    affinities: [],
    requiresKvm: random.next() < 0.1,
    update: { maxParallel: 1 },
  }));
}
