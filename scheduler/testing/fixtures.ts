// Builders for tests and the benchmark: concise nodes and specs with valid defaults.
import type { ArrowSpecInput } from '../spec/index.ts';
import type { Node } from '../types.ts';

export function digestOf(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `sha256:${h.toString(16).padStart(8, '0').repeat(8)}`;
}

export function makeNode(id: string, overrides: Partial<Node> = {}): Node {
  return {
    id,
    capacity: { cpu: 4000, memory: 8192 },
    labels: { zone: 'a', arch: 'amd64' },
    kvm: true,
    status: 'ready',
    eligible: true,
    artifacts: [],
    volumes: [],
    ...overrides,
  };
}

export function makeSpec(name: string, overrides: Partial<ArrowSpecInput> = {}): ArrowSpecInput {
  return {
    name,
    replicas: 1,
    cpu: 500,
    memory: 512,
    binary: { digest: digestOf(`${name}-bin`), size: 20_000_000 },
    kernel: { digest: digestOf('kernel-base'), size: 8_000_000 },
    ...overrides,
  };
}
