// The nft ruleset of a node's Arrow network, pure: published ports as DNAT to the Arrows'
// addresses, and NAT for what leaves the bridge. The script replaces the node's table in one
// transaction, so a published port never points at a half-written rule set.
import { isIPv4 } from 'node:net';

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

export interface RulesetInput {
  readonly table: string;
  readonly bridge: string;
  /** The node's Arrow subnet, CIDR. */
  readonly subnet: string;
  /** Host address published ports listen on; '0.0.0.0' for every local address. */
  readonly bindAddress: string;
  readonly ports: readonly PublishedPort[];
}

const TABLE = /^[a-z][a-z0-9_]{0,31}$/;
const IFNAME = /^[A-Za-z0-9_.-]{1,15}$/;
const CIDR = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/;

function checkInput(input: RulesetInput): void {
  if (!TABLE.test(input.table)) throw new RulesetError(`table name ${JSON.stringify(input.table)} is not an nft name`);
  if (!IFNAME.test(input.bridge)) throw new RulesetError(`bridge name ${JSON.stringify(input.bridge)} is not an interface name`);
  const cidr = CIDR.exec(input.subnet);
  if (!cidr || !isIPv4(cidr[1]!) || Number(cidr[2]) > 32) throw new RulesetError(`subnet ${JSON.stringify(input.subnet)} is not an IPv4 CIDR`);
  if (!isIPv4(input.bindAddress)) throw new RulesetError(`bind address ${JSON.stringify(input.bindAddress)} is not IPv4`);
  const seen = new Set<string>();
  for (const port of input.ports) {
    const where = `published port ${port.protocol}/${port.hostPort}`;
    if (port.protocol !== 'tcp' && port.protocol !== 'udp') throw new RulesetError(`${where}: protocol must be tcp or udp`);
    for (const [name, value] of [['host port', port.hostPort], ['guest port', port.guestPort]] as const) {
      if (!Number.isInteger(value) || value < 1 || value > 65_535) throw new RulesetError(`${where}: ${name} ${value} is not 1-65535`);
    }
    if (!isIPv4(port.address)) throw new RulesetError(`${where}: Arrow address ${JSON.stringify(port.address)} is not IPv4`);
    const key = `${port.protocol}/${port.hostPort}`;
    if (seen.has(key)) throw new RulesetError(`${where} is published twice`);
    seen.add(key);
  }
}

/**
 * The script that makes `table` say exactly `input`: created if missing, emptied, refilled.
 *
 * - prerouting: connections from other hosts (and from Arrows) to a published port are DNAT'd to
 *   the Arrow's address.
 * - output: the same for connections this host opens itself (a client on the node, 127.0.0.1).
 * - postrouting: masquerade what leaves the subnet for elsewhere (Arrows reaching the world, the
 *   replies then find their way back), and connections from 127.0.0.0/8 that DNAT sent to the
 *   bridge: a guest cannot answer a loopback source (the bridge also needs route_localnet=1).
 */
export function rulesetScript(input: RulesetInput): string {
  checkInput(input);
  const match = input.bindAddress === '0.0.0.0' ? 'fib daddr type local' : `ip daddr ${input.bindAddress}`;
  const dnat = input.ports.map((p) => `    ${match} ${p.protocol} dport ${p.hostPort} dnat to ${p.address}:${p.guestPort}`);
  return [
    `table ip ${input.table} {}`,
    `delete table ip ${input.table}`,
    `table ip ${input.table} {`,
    '  chain prerouting {',
    '    type nat hook prerouting priority dstnat; policy accept;',
    ...dnat,
    '  }',
    '  chain output {',
    '    type nat hook output priority -100; policy accept;',
    ...dnat,
    '  }',
    '  chain postrouting {',
    '    type nat hook postrouting priority srcnat; policy accept;',
    `    ip saddr 127.0.0.0/8 oifname "${input.bridge}" masquerade`,
    `    ip saddr ${input.subnet} ip daddr != ${input.subnet} masquerade`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The script that removes `table` (and succeeds when there is none). */
export function removeTableScript(table: string): string {
  if (!TABLE.test(table)) throw new RulesetError(`table name ${JSON.stringify(table)} is not an nft name`);
  return `table ip ${table} {}\ndelete table ip ${table}\n`;
}
