// The Arrow the scenarios run on real VMs: busybox httpd serving one page, its binary and page
// pushed to one node and pulled by the others from their peers over the overlay.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AllocationView } from '../../node/api/index.ts';
import { isLiveAllocation } from '../../node/cluster/index.ts';
import { qemuPids } from '../../node/agent/testing/vm-cluster.ts';
import type { NsNode } from './cluster.ts';

const BUSYBOX = '/bin/busybox';
export const isLive: (a: AllocationView) => boolean = isLiveAllocation;
export const isRunning = (a: AllocationView): boolean => isLive(a) && a.status === 'running' && a.ports.length > 0;

/** Pushes busybox and a page through `via`'s API and returns the definition of `name` with `replicas`. */
export async function webDefinition(via: NsNode, name: string, replicas: number, page: string): Promise<Record<string, unknown>> {
  const client = via.process!.client;
  const pageFile = join(via.dataDir, `${name}-index.html`);
  await writeFile(pageFile, page);
  const [binary, index] = await Promise.all([client.pushFile(BUSYBOX, { ref: `arrow:${name}` }), client.pushFile(pageFile, { ref: `arrow:${name}` })]);
  return {
    name, type: 'service', binary: { digest: binary.digest, size: binary.size, name: 'busybox' }, args: ['httpd', '-f', '-p', '8080', '-h', '/www'], env: {},
    kernel: 'default', cpu: 250, memory: 64, replicas, restart: 'always', ports: [{ name: 'http', guest: 8080, protocol: 'tcp' }],
    files: [{ path: '/www/index.html', digest: index.digest, size: index.size }], priority: 50, constraints: [], affinities: [],
    requiresKvm: false, update: { maxParallel: 1 },
  };
}

/** The URL an allocation's page is served at (its published port on its node's admin address). */
export function pageUrl(a: AllocationView): string {
  const port = a.ports[0];
  if (!port) throw new Error(`${a.id} publishes no port`);
  return `http://${port.address}:${port.host}/`;
}

/** One GET with a bound: the body on a 200, else undefined. */
export async function fetchOnce(url: string, timeoutMs = 2_000): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Pids of the QEMU processes of a host's arrowd (their run dirs are under its data dir). */
export function qemusOf(node: NsNode): Promise<number[]> {
  return qemuPids(`${node.dataDir}/`);
}
