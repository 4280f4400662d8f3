// The nft ruleset of a node's Arrow network, pure: published ports as DNAT to the Arrows'
// addresses (this node's, and the cluster-wide static ports of mesh.ts), and NAT for what leaves
// the bridge or crosses to other nodes' Arrows. The script replaces the node's table in one
// transaction, so a published port never points at a half-written rule set.
import { isIPv4 } from 'node:net';
import { gatewayOf } from '../cluster/addresses.ts';

export class RulesetError extends Error {
  override name = 'RulesetError';
}

/** One published port: the host's `hostPort` on `bindAddress` reaches `address:guestPort`. */
export interface PublishedPort {
  readonly protocol: 'tcp' | 'udp';
  readonly hostPort: number;
  readonly address: string;
  readonly guestPort: number;
}

/** A static port forwarded to an Arrow's replicas wherever they run (mesh.ts). */
export interface MeshPort {
  readonly protocol: 'tcp' | 'udp';
  readonly hostPort: number;
  readonly guestPort: number;
  /** The replicas' addresses; a connection goes to one of them at random. */
  readonly addresses: readonly string[];
}

/** Addresses one mesh port spreads over: a cap on the rule, far above any replica count. */
export const MAX_MESH_ADDRESSES = 1_000;

export interface RulesetInput {
  readonly table: string;
  readonly bridge: string;
  /** The node's overlay device: the one way to other nodes' Arrows. */
  readonly overlay: string;
  /** The node's Arrow subnet, CIDR. */
  readonly subnet: string;
  /** The cluster's Arrow range, CIDR: traffic to it (other nodes' Arrows) keeps its source. */
  readonly range: string;
  /** Host address published ports listen on; '0.0.0.0' for every local address. */
  readonly bindAddress: string;
  readonly ports: readonly PublishedPort[];
  /** Cluster-wide ports; one this node publishes itself (`ports`) is served locally instead. */
  readonly mesh?: readonly MeshPort[];
  /**
   * How much longer the node's lease holds (ms); 0 or less: traffic to and from the Arrows stops
   * now; undefined: the lease stays as the kernel has it.
   */
  readonly leaseMs?: number | undefined;
}

/** What nft takes as a table name, and the kernel as an interface name. */
export const TABLE = /^[a-z][a-z0-9_]{0,31}$/;
export const IFNAME = /^[A-Za-z0-9_.-]{1,15}$/;
const CIDR = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/;

function checkInput(input: RulesetInput): void {
  if (!TABLE.test(input.table)) throw new RulesetError(`table name ${JSON.stringify(input.table)} is not an nft name`);
  if (!IFNAME.test(input.bridge)) throw new RulesetError(`bridge name ${JSON.stringify(input.bridge)} is not an interface name`);
  if (!IFNAME.test(input.overlay)) throw new RulesetError(`overlay name ${JSON.stringify(input.overlay)} is not an interface name`);
  for (const [name, value] of [['subnet', input.subnet], ['range', input.range]] as const) {
    const cidr = CIDR.exec(value);
    if (!cidr || !isIPv4(cidr[1]!) || Number(cidr[2]) > 32) throw new RulesetError(`${name} ${JSON.stringify(value)} is not an IPv4 CIDR`);
  }
  if (!isIPv4(input.bindAddress)) throw new RulesetError(`bind address ${JSON.stringify(input.bindAddress)} is not IPv4`);
  if (input.leaseMs !== undefined && Number.isNaN(input.leaseMs)) throw new RulesetError(`lease ${input.leaseMs} ms is not a number of ms`);
  const seen = new Set<string>();
  for (const port of input.ports) {
    const where = `published port ${port.protocol}/${port.hostPort}`;
    checkPort(where, port, [port.address]);
    const key = `${port.protocol}/${port.hostPort}`;
    if (seen.has(key)) throw new RulesetError(`${where} is published twice`);
    seen.add(key);
  }
  for (const port of input.mesh ?? []) {
    const where = `forwarded port ${port.protocol}/${port.hostPort}`;
    if (port.addresses.length === 0 || port.addresses.length > MAX_MESH_ADDRESSES) throw new RulesetError(`${where}: ${port.addresses.length} addresses, expected 1 to ${MAX_MESH_ADDRESSES}`);
    checkPort(where, port, port.addresses);
  }
}

/** What a published and a forwarded port must both be: tcp or udp, ports 1-65535, IPv4 targets. */
function checkPort(where: string, port: { readonly protocol: string; readonly hostPort: number; readonly guestPort: number }, addresses: readonly string[]): void {
  if (port.protocol !== 'tcp' && port.protocol !== 'udp') throw new RulesetError(`${where}: protocol must be tcp or udp`);
  for (const [name, value] of [['host port', port.hostPort], ['guest port', port.guestPort]] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 65_535) throw new RulesetError(`${where}: ${name} ${value} is not 1-65535`);
  }
  for (const address of addresses) if (!isIPv4(address)) throw new RulesetError(`${where}: Arrow address ${JSON.stringify(address)} is not IPv4`);
}

/** The DNAT target of a mesh port: one address, or one of several at random per connection. */
function meshTarget(port: MeshPort): string {
  if (port.addresses.length === 1) return `${port.addresses[0]}:${port.guestPort}`;
  return `numgen random mod ${port.addresses.length} map { ${port.addresses.map((a, i) => `${i} : ${a}`).join(', ')} } : ${port.guestPort}`;
}

/** The lease element: the bridge's name, expiring in the kernel after `leaseMs` (none when lapsed). */
function leaseElements(table: string, bridge: string, leaseMs: number): string[] {
  if (leaseMs === Number.POSITIVE_INFINITY) return [`add element ip ${table} lease { "${bridge}" }`];
  const ms = Math.floor(leaseMs);
  return ms > 0 ? [`add element ip ${table} lease { "${bridge}" timeout ${ms}ms }`] : [];
}

/**
 * The script that makes `table` say exactly `input`: created if missing, its rules replaced in
 * one transaction. Declaring what exists already changes nothing in nft, so the lease set keeps
 * its element (and that element's running timer) unless `leaseMs` says otherwise: a restarted
 * arrowd that republishes before its first heartbeat leaves the lease its predecessor held.
 *
 * - prerouting: connections from other hosts (and from Arrows) to a published port are DNAT'd to
 *   the Arrow's address.
 *   A mesh port (a static port of an Arrow with no replica here) is DNAT'd the same way to its
 *   replicas on other nodes.
 * - output: the same for connections this host opens itself (a client on the node, 127.0.0.1).
 * - postrouting: masquerade what leaves the subnet for outside the Arrow range (Arrows reaching
 *   the world); to other nodes' Arrows the source stays (the overlay carries only the range and
 *   the isolation rules match on it). And connections from 127.0.0.0/8 that DNAT sent to the
 *   bridge: a guest cannot answer a loopback source (the bridge also needs route_localnet=1).
 *   And what this host sends (or forwards, a mesh port) to other nodes' Arrows from outside its
 *   subnet leaves with the bridge's address: a peer's WireGuard accepts only this node's subnet
 *   as source, and the Arrow's answer must come back through this node to be un-NATed.
 * - lease: a set whose one element (the bridge) expires in the kernel when the node's lease with
 *   the cluster lapses; while it is absent, nothing is routed to or from the Arrows. The agent
 *   pauses them at the same moment, but a frozen arrowd resumed with its VMs cannot do so
 *   before they answer again: the kernel's timer runs on while every process is stopped.
 * - overlay: traffic to other nodes' Arrows leaves through the overlay device or not at all.
 *   Their routes go with the device (wireguard-go died, or is being made again), and the
 *   default route would then carry Arrow traffic unencrypted onto the underlay.
 */
export function rulesetScript(input: RulesetInput): string {
  checkInput(input);
  const { table, bridge } = input;
  const match = input.bindAddress === '0.0.0.0' ? 'fib daddr type local' : `ip daddr ${input.bindAddress}`;
  const local = new Set(input.ports.map((p) => `${p.protocol}/${p.hostPort}`));
  const dnat = [
    ...input.ports.map((p) => `${match} ${p.protocol} dport ${p.hostPort} dnat to ${p.address}:${p.guestPort}`),
    ...(input.mesh ?? []).filter((p) => !local.has(`${p.protocol}/${p.hostPort}`))
      .map((p) => `${match} ${p.protocol} dport ${p.hostPort} dnat to ${meshTarget(p)}`),
  ];
  let gateway: string;
  try {
    gateway = gatewayOf(input.subnet);
  } catch (error) {
    throw new RulesetError(`subnet ${input.subnet}: ${(error as Error).message}`);
  }
  const overlayOnly = `ip daddr ${input.range} ip daddr != ${input.subnet} oifname != "${input.overlay}" drop`;
  const chains: Record<string, { hook: string; rules: string[] }> = {
    prerouting: { hook: 'type nat hook prerouting priority dstnat;', rules: dnat },
    output: { hook: 'type nat hook output priority -100;', rules: dnat },
    postrouting: {
      hook: 'type nat hook postrouting priority srcnat;',
      rules: [
        `ip saddr 127.0.0.0/8 oifname "${bridge}" masquerade`,
        `ip saddr ${input.subnet} ip daddr != ${input.range} masquerade`,
        `ip saddr != ${input.subnet} ip daddr ${input.range} ip daddr != ${input.subnet} snat to ${gateway}`,
      ],
    },
    forward: { hook: 'type filter hook forward priority filter;', rules: [`oifname "${bridge}" oifname != @lease drop`, `iifname "${bridge}" iifname != @lease drop`] },
    output_lease: { hook: 'type filter hook output priority filter;', rules: [`oifname "${bridge}" oifname != @lease drop`] },
    input_lease: { hook: 'type filter hook input priority filter;', rules: [`iifname "${bridge}" iifname != @lease drop`] },
    forward_overlay: { hook: 'type filter hook forward priority filter;', rules: [overlayOnly] },
    output_overlay: { hook: 'type filter hook output priority filter;', rules: [overlayOnly] },
  };
  return [
    `table ip ${table} {`,
    '  set lease { type ifname; flags timeout; }',
    ...Object.entries(chains).map(([name, chain]) => `  chain ${name} { ${chain.hook} policy accept; }`),
    '}',
    ...Object.entries(chains).flatMap(([name, chain]) => [`flush chain ip ${table} ${name}`, ...chain.rules.map((rule) => `add rule ip ${table} ${name} ${rule}`)]),
    ...(input.leaseMs === undefined ? [] : [`flush set ip ${table} lease`, ...leaseElements(table, bridge, input.leaseMs)]),
    '',
  ].join('\n');
}

/** The script that renews the lease: the element replaced with one expiring after `leaseMs`. */
export function leaseScript(table: string, bridge: string, leaseMs: number): string {
  if (!TABLE.test(table)) throw new RulesetError(`table name ${JSON.stringify(table)} is not an nft name`);
  if (!IFNAME.test(bridge)) throw new RulesetError(`bridge name ${JSON.stringify(bridge)} is not an interface name`);
  if (Number.isNaN(leaseMs)) throw new RulesetError(`lease ${leaseMs} ms is not a number of ms`);
  return [`flush set ip ${table} lease`, ...leaseElements(table, bridge, leaseMs), ''].join('\n');
}

/** The script that removes `table` (and succeeds when there is none). */
export function removeTableScript(table: string): string {
  if (!TABLE.test(table)) throw new RulesetError(`table name ${JSON.stringify(table)} is not an nft name`);
  return `table ip ${table} {}\ndelete table ip ${table}\n`;
}
