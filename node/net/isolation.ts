// Arrow networks kept apart on a node's bridge, pure: an Arrow may reach another Arrow only when
// both are on the same named network. The rules sit in a `bridge` family table, so they see
// traffic between two taps of the bridge (switched, never routed: an ip-family rule would not see
// it) as well as traffic routed to and from the bridge (other nodes' Arrows over the overlay).
// Default deny between Arrow addresses: an address in no network's set (an Arrow still starting,
// one this node has not heard of yet) reaches no other Arrow until the cluster's view names it.
import { isIPv4 } from 'node:net';
import { IFNAME, RulesetError, TABLE } from './ruleset.ts';

export interface ArrowNetworkMembers {
  /** The network's name from the specs (`network:`, default 'default'). */
  readonly name: string;
  /** Addresses of its Arrows, cluster-wide. */
  readonly addresses: readonly string[];
}

export interface IsolationInput {
  readonly table: string;
  /** The cluster's Arrow range, CIDR: traffic with both ends in it is Arrow-to-Arrow. */
  readonly range: string;
  /** Every node's bridge address (the Arrows' gateways: DNS, the host, masqueraded clients). */
  readonly gateways: readonly string[];
  readonly networks: readonly ArrowNetworkMembers[];
  /** The node's taps (ports of its bridge): the rules apply to what enters or leaves them. */
  readonly taps: readonly string[];
}

const NETWORK = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** Bounds: the script is one nft transaction held in memory on every change. */
const MAX_NETWORKS = 1_000;
const MAX_ADDRESSES = 65_536;

function checkAddress(address: string, where: string): void {
  if (!isIPv4(address)) throw new RulesetError(`${where}: ${JSON.stringify(address)} is not an IPv4 address`);
}

function elements(items: readonly string[], quote = false): string {
  const unique = [...new Set(items)].sort().map((item) => (quote ? `"${item}"` : item));
  return unique.length === 0 ? '' : ` elements = { ${unique.join(', ')} };`;
}

/** The script that replaces the node's isolation table in one transaction. */
export function isolationScript(input: IsolationInput): string {
  if (!TABLE.test(input.table)) throw new RulesetError(`table name ${JSON.stringify(input.table)} is not an nft name`);
  const [base, prefix] = input.range.split('/');
  if (!base || !isIPv4(base) || !/^\d{1,2}$/.test(prefix ?? '') || Number(prefix) > 32) throw new RulesetError(`range ${JSON.stringify(input.range)} is not an IPv4 CIDR`);
  input.gateways.forEach((g) => checkAddress(g, 'gateway'));
  for (const tap of input.taps) if (!IFNAME.test(tap)) throw new RulesetError(`tap name ${JSON.stringify(tap)} is not an interface name`);
  if (input.networks.length > MAX_NETWORKS) throw new RulesetError(`${input.networks.length} networks: at most ${MAX_NETWORKS}`);
  let total = 0;
  const seen = new Set<string>();
  for (const network of input.networks) {
    if (!NETWORK.test(network.name)) throw new RulesetError(`network name ${JSON.stringify(network.name)} is not one (lowercase letters, digits, '-')`);
    if (seen.has(network.name)) throw new RulesetError(`network ${network.name} is listed twice`);
    seen.add(network.name);
    network.addresses.forEach((a) => checkAddress(a, `network ${network.name}`));
    total += network.addresses.length;
  }
  if (total > MAX_ADDRESSES) throw new RulesetError(`${total} Arrow addresses: at most ${MAX_ADDRESSES}`);
  const { table } = input;
  const sets = input.networks.map((network, i) => `  set net${i} { type ipv4_addr;${elements(network.addresses)} }`);
  const allow = input.networks.map((_, i) => `    ip saddr @net${i} ip daddr @net${i} accept`);
  // One chain for the three hooks a packet of this bridge can take: tap to tap (forward), tap to
  // the host or onwards (input), the host or another node to a tap (output).
  const filter = [
    '  chain isolate {',
    '    meta protocol arp accept',
    // Arrows have IPv4 only; link-local IPv6 would let two networks on one bridge talk.
    '    meta protocol ip6 drop',
    `    ip saddr != ${input.range} accept`,
    `    ip daddr != ${input.range} accept`,
    '    ip saddr @gateways accept',
    '    ip daddr @gateways accept',
    ...allow,
    '    drop',
    '  }',
  ];
  // By the bridge's ports: this kernel has no bridge-name match (nft_meta_bridge).
  const hook = (name: string, type: string, portMatch: string) => [
    `  chain ${name} {`,
    `    type filter hook ${type} priority filter; policy accept;`,
    `    ${portMatch} @taps jump isolate`,
    '  }',
  ];
  return [
    `table bridge ${table} {}`,
    `delete table bridge ${table}`,
    `table bridge ${table} {`,
    `  set gateways { type ipv4_addr;${elements(input.gateways)} }`,
    `  set taps { type ifname;${elements(input.taps, true)} }`,
    ...sets,
    ...filter,
    ...hook('forward', 'forward', 'iifname'),
    ...hook('input', 'input', 'iifname'),
    ...hook('output', 'output', 'oifname'),
    '}',
    '',
  ].join('\n');
}

/** The script that removes the isolation table (and succeeds when there is none). */
export function removeIsolationScript(table: string): string {
  if (!TABLE.test(table)) throw new RulesetError(`table name ${JSON.stringify(table)} is not an nft name`);
  return `table bridge ${table} {}\ndelete table bridge ${table}\n`;
}
