// The cluster-wide network view: what every node's agent needs to know of the whole cluster to
// connect Arrows across nodes (each node's subnet and WireGuard overlay, and where every Arrow's
// running replicas are), beyond the node's own allocations that its watch carries. Pure: computed
// from the replicated state, never stored, so every server answers the same view at one index.
import { isIPv6 } from 'node:net';
import { formatIPv4, parseIPv4 } from './addresses.ts';
import type { ClusterState, StaticPort } from './state.ts';
import { terminalAllocStatuses } from './types.ts';
import type { AllocationRecord, NodeOverlay, NodeRecord, NodeStatus } from './types.ts';

/**
 * Bounds on one view, since it is sent whole over the wire. Nodes: only nodes with a subnet are
 * listed and there are at most 256 subnets (addresses.ts), so the cap never cuts in practice.
 * Services beyond the cap (by name) and addresses beyond the cap (the lowest kept) are left out
 * without a word. Whatever the caps, a view stays small: live addresses are unique per node
 * subnet, so the whole view holds at most 256 × 253 addresses (about 1 MB encoded with 10,000
 * services), far below the control protocol's response limit.
 */
export const networkViewLimits = {
  nodes: 256,
  services: 10_000,
  addressesPerService: 1_000,
  /** node/spec's MAX_PORTS: a definition has at most 64 ports. */
  staticPortsPerService: 64,
  /** Node ids are at most this long (node/cluster's command limits). */
  nodeIdBytes: 256,
  /** Longest endpoint accepted: a bracketed IPv6 address with a port. */
  endpointBytes: 64,
} as const;

export interface NetworkNode {
  readonly id: string;
  readonly subnet: string;
  readonly overlay: NodeOverlay | null;
  readonly status: NodeStatus;
}

export interface NetworkService {
  readonly arrow: string;
  readonly network: string;
  /** Addresses of the Arrow's live, running allocations, in numeric order. */
  readonly addresses: readonly string[];
  /** Its ports with a static host port: every node may forward them to `addresses`. */
  readonly staticPorts: readonly StaticPort[];
}

export interface NetworkView {
  /**
   * The state's networkIndex: at or after the last change to what the view shows, at or before
   * the index the state was at. A view with a higher index is never older than one with a lower.
   */
  readonly index: number;
  /** Every node with a subnet, by id. */
  readonly nodes: readonly NetworkNode[];
  /** Every Arrow, by name, with its network and its reachable addresses. */
  readonly services: readonly NetworkService[];
}

/**
 * The address an allocation serves at in the view, "" when it is not in it: only live, running
 * allocations are reachable (one still starting, or asked to stop, must not be sent traffic).
 */
export function serviceAddress(a: AllocationRecord): string {
  return a.desired === 'run' && a.status === 'running' && !terminalAllocStatuses.has(a.status) ? a.address : '';
}

/** Whether a node change shows in the view (nodes without a subnet are not in it). */
export function nodeViewChanged(previous: NodeRecord | undefined, next: NodeRecord): boolean {
  const before = previous === undefined || previous.subnet === '' ? undefined : previous;
  const after = next.subnet === '' ? undefined : next;
  if (before === undefined || after === undefined) return before !== after;
  return before.subnet !== after.subnet || before.status !== after.status || !sameOverlay(before.overlay, after.overlay);
}

function sameOverlay(a: NodeOverlay | null, b: NodeOverlay | null): boolean {
  return a === null || b === null ? a === b : a.publicKey === b.publicKey && a.endpoint === b.endpoint;
}

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The network view of `state` as of its last applied entry. */
export function networkView(state: ClusterState): NetworkView {
  const nodes = state.nodes()
    .filter((n) => n.subnet !== '')
    .sort(byKey((n) => n.id))
    .slice(0, networkViewLimits.nodes)
    .map((n): NetworkNode => ({ id: n.id, subnet: n.subnet, overlay: n.overlay ? { publicKey: n.overlay.publicKey, endpoint: n.overlay.endpoint, mode: n.overlay.mode } : null, status: n.status }));
  const addresses = new Map<string, number[]>();
  for (const a of state.allocations()) {
    const address = serviceAddress(a);
    if (address === '') continue;
    let list = addresses.get(a.arrow);
    if (!list) addresses.set(a.arrow, (list = []));
    list.push(parseIPv4(address));
  }
  const services = state.arrows()
    .sort(byKey((a) => a.name))
    .slice(0, networkViewLimits.services)
    .map((a): NetworkService => ({
      arrow: a.name,
      network: state.networkOf(a.name),
      addresses: (addresses.get(a.name) ?? []).sort((x, y) => x - y).slice(0, networkViewLimits.addressesPerService).map(formatIPv4),
      staticPorts: state.staticPortsOf(a.name),
    }));
  return { index: state.networkIndex, nodes, services };
}

/** Whether two views show the same nodes and services (their indexes aside). */
export function sameNetworkView(a: NetworkView, b: NetworkView): boolean {
  if (a.nodes.length !== b.nodes.length || a.services.length !== b.services.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x.id !== y.id || x.subnet !== y.subnet || x.status !== y.status || !sameOverlay(x.overlay, y.overlay)) return false;
  }
  for (let i = 0; i < a.services.length; i++) {
    const x = a.services[i]!;
    const y = b.services[i]!;
    if (x.arrow !== y.arrow || x.network !== y.network || x.addresses.length !== y.addresses.length) return false;
    if (x.addresses.some((address, j) => address !== y.addresses[j])) return false;
    if (JSON.stringify(x.staticPorts) !== JSON.stringify(y.staticPorts)) return false;
  }
  return true;
}

// ---- overlays ----

/**
 * Canonical standard base64 of 32 bytes: 43 characters and one "=", the last character carrying
 * only the key's final 4 bits (so one key has one spelling and compares equal as text).
 */
const PUBLIC_KEY_PATTERN = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;
const PORT_PATTERN = /^[1-9][0-9]{0,4}$/;

/** What is wrong with an overlay, one issue per field, each starting with `path` (empty when fine). */
export function overlayIssues(path: string, overlay: unknown): string[] {
  if (overlay === null) return [];
  if (typeof overlay !== 'object' || overlay === undefined) return [`${path}: expected an overlay or null`];
  const issues: string[] = [];
  const { publicKey, endpoint, mode } = overlay as { publicKey?: unknown; endpoint?: unknown; mode?: unknown };
  if (mode !== 'kernel' && mode !== 'wireguard-go') issues.push(`${path}.mode: expected kernel or wireguard-go`);
  if (typeof publicKey !== 'string' || !PUBLIC_KEY_PATTERN.test(publicKey)) issues.push(`${path}.publicKey: expected a WireGuard public key (base64 of 32 bytes)`);
  // The all-zero key is no key: WireGuard refuses it as a peer.
  else if (/^A{43}=$/.test(publicKey)) issues.push(`${path}.publicKey: the all-zero key is not a public key`);
  const problem = endpointProblem(endpoint);
  if (problem) issues.push(`${path}.endpoint: ${problem}`);
  return issues;
}

/**
 * Why `endpoint` is not a UDP endpoint peers can send to, or undefined. IPv4 in strict dotted
 * quads (addresses.ts), IPv6 in brackets; no names (every node would resolve them by itself, maybe
 * differently) and no unspecified address or port 0 (nobody can send there).
 */
function endpointProblem(endpoint: unknown): string | undefined {
  const expected = 'expected IP:PORT, such as 203.0.113.7:51820 or [2001:db8::7]:51820';
  if (typeof endpoint !== 'string') return expected;
  if (endpoint.length > networkViewLimits.endpointBytes) return `longer than ${networkViewLimits.endpointBytes} characters`;
  const colon = endpoint.lastIndexOf(':');
  if (colon < 0) return expected;
  const host = endpoint.slice(0, colon);
  const port = endpoint.slice(colon + 1);
  if (!PORT_PATTERN.test(port) || Number(port) > 65535) return `port ${JSON.stringify(port)} is not a number from 1 to 65535`;
  if (host.startsWith('[') && host.endsWith(']')) {
    const v6 = host.slice(1, -1);
    if (!isIPv6(v6) || v6.includes('%')) return expected;
    if (/^[0:]+$/.test(v6)) return 'the unspecified address is not reachable';
    return undefined;
  }
  try {
    if (parseIPv4(host) === 0) return 'the unspecified address is not reachable';
  } catch {
    return expected;
  }
  return undefined;
}
