// Static published ports, cluster-wide, pure: a port an Arrow's spec names (`host: 8080`) is
// reachable on every node, not only on the nodes its replicas run on, so a client keeps its
// address when a replica moves. Each node forwards such a port (kernel DNAT, ruleset.ts) to the
// Arrow's running replicas, over the overlay when they run elsewhere; a node with a replica of
// its own serves it locally instead (its runner publishes that one).
import type { MeshPort } from './ruleset.ts';

/** What the mesh reads of the cluster's network view. */
export interface MeshService {
  readonly arrow: string;
  readonly addresses: readonly string[];
  readonly staticPorts: readonly { readonly protocol: 'tcp' | 'udp'; readonly host: number; readonly guest: number }[];
}

export interface MeshPlan {
  /** The ports every node forwards, sorted by protocol and port. */
  readonly ports: readonly MeshPort[];
  /**
   * Ports two running Arrows both name ("tcp/8080 by api, web"): no node can tell which one a
   * client means, so neither is forwarded anywhere but where a replica runs.
   */
  readonly contested: readonly string[];
}

/** The ports to forward, from the services that have running replicas. */
export function meshPlan(services: readonly MeshService[]): MeshPlan {
  const claims = new Map<string, { port: MeshPort; arrows: string[] }>();
  for (const service of services) {
    if (service.addresses.length === 0) continue;
    for (const port of service.staticPorts) {
      const key = `${port.protocol}/${port.host}`;
      const claim = claims.get(key);
      if (claim) claim.arrows.push(service.arrow);
      else claims.set(key, { port: { protocol: port.protocol, hostPort: port.host, guestPort: port.guest, addresses: [...service.addresses] }, arrows: [service.arrow] });
    }
  }
  const ports: MeshPort[] = [];
  const contested: string[] = [];
  for (const [key, claim] of claims) {
    if (claim.arrows.length === 1) ports.push(claim.port);
    else contested.push(`${key} by ${claim.arrows.sort().join(', ')}`);
  }
  ports.sort((a, b) => (a.protocol === b.protocol ? a.hostPort - b.hostPort : a.protocol < b.protocol ? -1 : 1));
  return { ports, contested: contested.sort() };
}

/**
 * Which mesh ports this node takes: a port is checked free (nothing on the host listens on it)
 * when it enters the mesh, since DNAT would take it from a host process; once forwarded it stays
 * forwarded while the mesh has it (a bind works on a DNAT'd port: checking again says nothing).
 * A refused port is checked again on every later call, and reported once while refused.
 */
export class MeshAdmission {
  readonly #forwarding = new Set<string>();
  readonly #refused = new Set<string>();

  async admit(ports: readonly MeshPort[], isFree: (port: number, protocol: 'tcp' | 'udp') => Promise<boolean>): Promise<{ ports: MeshPort[]; refused: string[] }> {
    const keys = new Set(ports.map(keyOf));
    for (const key of [...this.#forwarding, ...this.#refused]) {
      if (!keys.has(key)) {
        this.#forwarding.delete(key);
        this.#refused.delete(key);
      }
    }
    const admitted: MeshPort[] = [];
    const refused: string[] = [];
    for (const port of ports) {
      const key = keyOf(port);
      if (!this.#forwarding.has(key)) {
        if (!(await isFree(port.hostPort, port.protocol))) {
          if (!this.#refused.has(key)) refused.push(key);
          this.#refused.add(key);
          continue;
        }
        this.#refused.delete(key);
        this.#forwarding.add(key);
      }
      admitted.push(port);
    }
    return { ports: admitted, refused };
  }
}

const keyOf = (port: MeshPort): string => `${port.protocol}/${port.hostPort}`;
