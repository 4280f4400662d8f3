// A node's Arrow network on its host: one bridge whose address is the Arrows' gateway, a tap per
// allocation on it, and an nft table with the published ports (DNAT) and NAT. Everything is
// named after the node (names.ts) and labelled with an alias naming its owner, so a restarted
// arrowd finds what an earlier one made, keeps what its adopted VMs use, and removes the rest.
import { writeFile } from 'node:fs/promises';
import { isIPv4 } from 'node:net';
import { ARROW_ADDRESS_RANGE, NODE_SUBNET_PREFIX, formatIPv4, parseIPv4 } from '../cluster/addresses.ts';
import { allocationOfAlias, bridgeAlias, bridgeName, overlayName, tableName, tapAlias, tapName } from './names.ts';
import { isolationScript, removeIsolationScript } from './isolation.ts';
import type { ArrowNetworkMembers } from './isolation.ts';
import { leaseScript, removeTableScript, rulesetScript } from './ruleset.ts';
import type { MeshPort, PublishedPort } from './ruleset.ts';
import { deleteLink, runTool } from './tools.ts';


/** The cluster's Arrow networks as a node's bridge must keep them apart. */
export interface NetworkMembership {
  /** The Arrow range, CIDR. */
  readonly range: string;
  /** Every node's bridge address. */
  readonly gateways: readonly string[];
  readonly networks: readonly ArrowNetworkMembers[];
}

/** Below VXLAN's 1450 so Arrows' packets fit an overlay between nodes without fragmenting. */
export const ARROW_MTU = 1400;

export class NetworkSetupError extends Error {
  override name = 'NetworkSetupError';
}

/** What a VM needs to use its tap: the device and the guest's own address. */
export interface TapAttachment {
  readonly ifname: string;
  /** The Arrow's address with its prefix, e.g. 10.213.3.7/24. */
  readonly address: string;
  readonly gateway: string;
  readonly mtu: number;
  /** The node's resolver (its bridge address), for NAME.arrow. */
  readonly nameservers: readonly string[];
}

export interface NodeNetworkOptions {
  readonly nodeId: string;
  /** Host address published ports listen on ('0.0.0.0': every local address). */
  readonly bindAddress: string;
  readonly onWarning?: (message: string) => void;
}

interface LinkInfo {
  readonly ifname?: string;
  readonly ifalias?: string;
  readonly addr_info?: readonly { readonly local?: string; readonly prefixlen?: number }[];
}

/** The /24 an Arrow address lies in, and its gateway (.1). */
export function subnetOfAddress(address: string): { subnet: string; gateway: string } {
  if (!isIPv4(address)) throw new NetworkSetupError(`Arrow address ${JSON.stringify(address)} is not IPv4`);
  const value = parseIPv4(address);
  const base = value - (value % 2 ** (32 - NODE_SUBNET_PREFIX));
  return { subnet: `${formatIPv4(base)}/${NODE_SUBNET_PREFIX}`, gateway: formatIPv4(base + 1) };
}

function overlaps(a: string, aPrefix: number, b: string, bPrefix: number): boolean {
  const prefix = Math.min(aPrefix, bPrefix);
  const size = 2 ** (32 - prefix);
  return Math.floor(parseIPv4(a) / size) === Math.floor(parseIPv4(b) / size);
}

export class NodeNetwork {
  readonly #nodeId: string;
  readonly #bindAddress: string;
  readonly #bridge: string;
  readonly #table: string;
  readonly #onWarning: (message: string) => void;
  /** The subnet the bridge carries once made (from the first Arrow address seen). */
  #subnet: { subnet: string; gateway: string } | undefined;
  /** Host changes one at a time: a publish must not interleave with a bridge being made. */
  #queue: Promise<unknown> = Promise.resolve();
  /** performance.now() until which the node's lease holds (undefined: never held yet). */
  #leaseUntil: number | undefined;
  /** A lease renewal is queued: later renewals only move #leaseUntil (it reads the newest). */
  #leaseQueued = false;
  /** The ports last published (a lease renewal before the table exists publishes them). */
  #published: readonly PublishedPort[] = [];
  /** The cluster-wide static ports this node forwards (forward()). */
  #mesh: readonly MeshPort[] = [];
  /** This node's Arrows (attach, reconcile): in their network's set before the cluster's view has them. */
  readonly #local = new Map<string, { readonly address: string; readonly network: string; readonly ifname: string }>();
  /** Who may reach whom (setNetworks); until known, no Arrow reaches another. */
  #networks: NetworkMembership = { range: ARROW_ADDRESS_RANGE, gateways: [], networks: [] };

  constructor(options: NodeNetworkOptions) {
    if (!isIPv4(options.bindAddress)) throw new NetworkSetupError(`bind address ${JSON.stringify(options.bindAddress)} is not IPv4`);
    this.#nodeId = options.nodeId;
    this.#bindAddress = options.bindAddress;
    this.#bridge = bridgeName(options.nodeId);
    this.#table = tableName(options.nodeId);
    this.#onWarning = options.onWarning ?? (() => {});
  }

  get bridge(): string {
    return this.#bridge;
  }

  get table(): string {
    return this.#table;
  }

  /**
   * A tap for the allocation on the node's bridge (made first if need be, for the subnet of
   * `address`). A tap left by an earlier run of the allocation is replaced.
   */
  attach(allocationId: string, address: string, network = 'default'): Promise<TapAttachment> {
    return this.#serial(async () => {
      const net = subnetOfAddress(address);
      await this.#bridgeFor(net);
      const ifname = tapName(this.#nodeId, allocationId);
      await deleteLink(ifname);
      await runTool('ip', ['tuntap', 'add', 'dev', ifname, 'mode', 'tap']);
      try {
        await runTool('ip', ['link', 'set', 'dev', ifname, 'alias', tapAlias(this.#nodeId, allocationId)]);
        await runTool('ip', ['link', 'set', 'dev', ifname, 'mtu', String(ARROW_MTU), 'master', this.#bridge, 'up']);
        await this.#applyIsolation();
      } catch (error) {
        await deleteLink(ifname);
        throw error;
      }
      this.#local.set(allocationId, { address, network, ifname });
      return { ifname, address: `${address}/${NODE_SUBNET_PREFIX}`, gateway: net.gateway, mtu: ARROW_MTU, nameservers: [net.gateway] };
    });
  }

  /** Removes the allocation's tap (nothing when it has none). */
  detach(allocationId: string): Promise<void> {
    return this.#serial(async () => {
      await deleteLink(tapName(this.#nodeId, allocationId));
      this.#local.delete(allocationId);
      if (this.#subnet) await this.#applyIsolation();
    });
  }

  /** Which Arrows may reach which (the cluster's view); replaces the node's isolation rules. */
  setNetworks(membership: NetworkMembership): Promise<void> {
    return this.#serial(async () => {
      this.#networks = membership;
      if (this.#subnet) await this.#applyIsolation();
    });
  }

  async #applyIsolation(): Promise<void> {
    // The taps this process made or found (reconcile), not a listing of the host's links: this
    // runs on every change of the cluster's view.
    const taps = [...this.#local.values()].map((local) => local.ifname);
    // Its own gateway always: DNS and the host must answer before the cluster's view arrives.
    const gateways = [...this.#networks.gateways, ...(this.#subnet ? [this.#subnet.gateway] : [])];
    await runTool('nft', ['-f', '-'], isolationScript({ table: this.#table, range: this.#networks.range, networks: this.#members(), gateways, taps }));
  }

  /** The cluster's networks with this node's own Arrows added (a starting one is in no view yet). */
  #members(): ArrowNetworkMembers[] {
    const members = new Map(this.#networks.networks.map((n) => [n.name, new Set(n.addresses)]));
    for (const { address, network } of this.#local.values()) {
      if (!members.has(network)) members.set(network, new Set());
      members.get(network)!.add(address);
    }
    return [...members].map(([name, addresses]) => ({ name, addresses: [...addresses] }));
  }

  /** The network of this node's Arrow at `address`, if one of its Arrows has it. */
  localNetworkOf(address: string): string | undefined {
    for (const local of this.#local.values()) if (local.address === address) return local.network;
    return undefined;
  }

  /** Makes the bridge (and the node's table) for `subnet` now, before any Arrow needs it (the resolver binds its address). */
  prepare(subnet: string): Promise<void> {
    return this.#serial(async () => {
      const [base] = subnet.split('/') as [string];
      const net = subnetOfAddress(base);
      if (net.subnet !== subnet) throw new NetworkSetupError(`${subnet} is not a node's /${NODE_SUBNET_PREFIX}`);
      const first = !this.#subnet;
      await this.#bridgeFor(net);
      if (first) await this.#applyIsolation();
    });
  }

  /** The bridge for `net`; the first time, also the node's table (and the lease the agent holds). */
  async #bridgeFor(net: { subnet: string; gateway: string }): Promise<void> {
    const first = !this.#subnet;
    await this.#ensureBridge(net);
    if (first) await this.#writeRules(net.subnet, this.#published, this.#mesh);
  }

  /** The node's table with `ports` published and `mesh` forwarded, in one transaction. */
  async #writeRules(subnet: string, ports: readonly PublishedPort[], mesh: readonly MeshPort[]): Promise<void> {
    await runTool('nft', ['-f', '-'], rulesetScript({
      table: this.#table, bridge: this.#bridge, overlay: overlayName(this.#nodeId), subnet, range: ARROW_ADDRESS_RANGE, bindAddress: this.#bindAddress, ports, mesh, leaseMs: this.#leaseLeftMs(),
    }));
  }

  /** Makes the published ports exactly `ports` (replacing the table in one transaction). */
  publish(ports: readonly PublishedPort[]): Promise<void> {
    return this.#serial(async () => {
      if (!this.#subnet) {
        if (ports.length > 0) throw new NetworkSetupError('ports published before any Arrow address was known');
        return;
      }
      await this.#writeRules(this.#subnet.subnet, ports, this.#mesh);
      this.#published = ports;
    });
  }

  /**
   * Makes the cluster-wide ports this node forwards exactly `mesh` (replacing the table in one
   * transaction once the bridge exists; kept for it until then).
   */
  forward(mesh: readonly MeshPort[]): Promise<void> {
    return this.#serial(async () => {
      if (this.#subnet) await this.#writeRules(this.#subnet.subnet, this.#published, mesh);
      this.#mesh = mesh;
    });
  }

  /**
   * The node's lease with the cluster holds for `validForMs` from now: until then the kernel
   * routes to and from the Arrows, after it nothing, whatever this process is doing (frozen,
   * killed). Renewals coalesce; a failure is reported through onWarning.
   */
  holdLease(validForMs: number): void {
    this.#leaseUntil = performance.now() + Math.max(0, validForMs);
    if (this.#leaseQueued) return;
    this.#leaseQueued = true;
    void this.#serial(async () => {
      this.#leaseQueued = false;
      if (!this.#subnet) return;
      await runTool('nft', ['-f', '-'], leaseScript(this.#table, this.#bridge, this.#leaseLeftMs() ?? 0));
    }).catch(() => undefined);
  }

  /** undefined: no lease held by this process yet (the kernel keeps what an earlier one held). */
  #leaseLeftMs(): number | undefined {
    return this.#leaseUntil === undefined ? undefined : this.#leaseUntil - performance.now();
  }

  /**
   * After a restart: `keep` maps the allocations whose VMs were adopted to their addresses. Their
   * taps stay (and the bridge is known again); this node's taps of anything else are removed.
   * Returns the allocation ids whose taps went.
   */
  reconcile(keep: ReadonlyMap<string, string | { readonly address: string; readonly network: string }>): Promise<string[]> {
    return this.#serial(async () => {
      const removed: string[] = [];
      for (const [allocation, ifname] of await this.#ownTaps()) {
        const kept = keep.get(allocation);
        if (kept !== undefined) {
          this.#local.set(allocation, typeof kept === 'string' ? { address: kept, network: 'default', ifname } : { ...kept, ifname });
          continue;
        }
        await deleteLink(ifname);
        removed.push(allocation);
      }
      const [first] = this.#local.values();
      if (first !== undefined) await this.#ensureBridge(subnetOfAddress(first.address));
      if (this.#subnet) await this.#applyIsolation();
      return removed;
    });
  }

  /** Everything this node made: its taps, its table, its bridge. */
  teardown(): Promise<void> {
    return this.#serial(async () => {
      for (const ifname of (await this.#ownTaps()).values()) await deleteLink(ifname);
      await runTool('nft', ['-f', '-'], removeTableScript(this.#table));
      await runTool('nft', ['-f', '-'], removeIsolationScript(this.#table));
      await deleteLink(this.#bridge);
      this.#subnet = undefined;
    });
  }

  async #ensureBridge(net: { subnet: string; gateway: string }): Promise<void> {
    if (this.#subnet?.subnet === net.subnet) return;
    if (this.#subnet) throw new NetworkSetupError(`this node's Arrows are on ${this.#subnet.subnet}; an address in ${net.subnet} cannot join them`);
    const links = await listLinks();
    const [base] = net.subnet.split('/') as [string];
    const clashing = links.filter((link) => link.ifname !== this.#bridge && (link.addr_info ?? []).some((info) =>
      info.local !== undefined && isIPv4(info.local) && overlaps(info.local, info.prefixlen ?? 32, base, NODE_SUBNET_PREFIX)));
    if (clashing.length > 0) {
      throw new NetworkSetupError(`the Arrow subnet ${net.subnet} is already used on this host by ${clashing.map((l) => l.ifname).join(', ')}`);
    }
    const existing = links.find((link) => link.ifname === this.#bridge);
    const other = (existing?.addr_info ?? []).find((info) => info.local !== undefined && isIPv4(info.local) && info.local !== net.gateway);
    if (other?.local) {
      const earlier = subnetOfAddress(other.local).subnet;
      throw new NetworkSetupError(`this node's Arrows are on ${earlier}; an address in ${net.subnet} cannot join them`);
    }
    if (!existing) {
      await runTool('ip', ['link', 'add', this.#bridge, 'type', 'bridge']);
    }
    await runTool('ip', ['link', 'set', 'dev', this.#bridge, 'alias', bridgeAlias(this.#nodeId)]);
    await runTool('ip', ['addr', 'replace', `${net.gateway}/${NODE_SUBNET_PREFIX}`, 'dev', this.#bridge]);
    await runTool('ip', ['link', 'set', 'dev', this.#bridge, 'up']);
    // Forwarding carries published ports from other hosts to the bridge and Arrows' traffic out;
    // route_localnet lets 127.0.0.1:PORT be DNAT'd to the bridge.
    await writeFile('/proc/sys/net/ipv4/ip_forward', '1\n');
    await writeFile(`/proc/sys/net/ipv4/conf/${this.#bridge}/route_localnet`, '1\n');
    this.#subnet = net;
  }

  async #ownTaps(): Promise<Map<string, string>> {
    const taps = new Map<string, string>();
    for (const link of await listLinks(true)) {
      const allocation = link.ifalias ? allocationOfAlias(this.#nodeId, link.ifalias) : undefined;
      if (allocation !== undefined && link.ifname) taps.set(allocation, link.ifname);
    }
    return taps;
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch((error: Error) => this.#onWarning(error.message));
    return next;
  }
}

/** The host's links with their addresses (`ip addr` JSON carries no alias; `ip link`'s does). */
async function listLinks(withAliases = false): Promise<LinkInfo[]> {
  return JSON.parse((await runTool('ip', ['-j', withAliases ? 'link' : 'addr', 'show'])) || '[]') as LinkInfo[];
}

