// The Arrow address plan: which IPv4 addresses the cluster hands to nodes' bridges and to Arrows.
// Pure functions over dotted-quad and CIDR strings, shared by the replicated state (which assigns
// subnets and addresses) and the agents (which configure bridges and guests from them).
//
// The cluster's range is a /16 cut into one /24 per node, so at most 256 nodes have a subnet. In
// a node's /24, .0 and .255 are the network and broadcast addresses, .1 is the node bridge's own
// address (the Arrows' gateway), and .2–.254 go to allocations: 253 per node.

/**
 * Every Arrow address lies in this range. Not configurable yet: every member must agree on it
 * and it is part of what the log means (an entry assigns a subnet by its position in this range),
 * so making it configurable needs it carried in the replicated state first.
 */
export const ARROW_ADDRESS_RANGE = '10.213.0.0/16';

/** Node subnets are /24s: the range holds this many of them. */
export const NODE_SUBNET_PREFIX = 24;
export const MAX_NODE_SUBNETS = 256;
/** Host parts of a node's /24 that allocations get (.1 is the gateway). */
export const FIRST_ALLOCATION_HOST = 2;
export const LAST_ALLOCATION_HOST = 254;
export const ADDRESSES_PER_NODE = LAST_ALLOCATION_HOST - FIRST_ALLOCATION_HOST + 1;

export class AddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddressError';
  }
}

const show = (value: unknown): string => JSON.stringify(typeof value === 'string' ? value.slice(0, 64) : value) ?? String(value);

/**
 * An IPv4 address as an unsigned 32-bit number. Strict dotted quad: four decimal octets, no
 * leading zeros (some parsers read them as octal, so "010" would mean different hosts to
 * different tools), no surrounding space.
 */
export function parseIPv4(text: string): number {
  if (typeof text !== 'string') throw new AddressError(`expected an IPv4 address, got ${show(text)}`);
  const parts = text.split('.');
  if (parts.length !== 4) throw new AddressError(`${show(text)} is not an IPv4 address: expected four dot-separated octets`);
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) {
      throw new AddressError(`${show(text)} is not an IPv4 address: octet ${show(part)} is not a number from 0 to 255 without leading zeros`);
    }
    value = value * 256 + Number(part);
  }
  return value;
}

/** The dotted quad of an unsigned 32-bit number. */
export function formatIPv4(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) throw new AddressError(`${show(value)} is not an IPv4 address: expected an integer from 0 to 2^32-1`);
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join('.');
}

export interface Cidr {
  /** The network address (host bits zero). */
  readonly network: number;
  readonly prefixLength: number;
}

/** "a.b.c.d/n" with its host bits zero; "10.213.3.7/24" is refused as ambiguous. */
export function parseCidr(text: string): Cidr {
  if (typeof text !== 'string') throw new AddressError(`expected a CIDR subnet, got ${show(text)}`);
  const slash = text.indexOf('/');
  if (slash < 0) throw new AddressError(`${show(text)} is not a CIDR subnet: expected ADDRESS/PREFIX-LENGTH`);
  const lengthText = text.slice(slash + 1);
  if (!/^(0|[1-9][0-9]?)$/.test(lengthText) || Number(lengthText) > 32) {
    throw new AddressError(`${show(text)} is not a CIDR subnet: prefix length ${show(lengthText)} is not a number from 0 to 32`);
  }
  const network = parseIPv4(text.slice(0, slash));
  const prefixLength = Number(lengthText);
  if ((network & hostMask(prefixLength)) >>> 0 !== 0) {
    throw new AddressError(`${show(text)} is not a CIDR subnet: host bits are set (the network is ${formatIPv4((network & ~hostMask(prefixLength)) >>> 0)}/${prefixLength})`);
  }
  return { network, prefixLength };
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIPv4(cidr.network)}/${cidr.prefixLength}`;
}

/** The prefix length of a CIDR subnet: 24 for "10.213.3.0/24". */
export function prefixLength(subnet: string): number {
  return parseCidr(subnet).prefixLength;
}

function hostMask(prefix: number): number {
  return 2 ** (32 - prefix) - 1;
}

/** Whether `address` lies in `subnet` (network and broadcast addresses included). */
export function addressInSubnet(address: string, subnet: string): boolean {
  const { network, prefixLength: prefix } = parseCidr(subnet);
  const value = parseIPv4(address);
  return value - network >= 0 && value - network <= hostMask(prefix);
}

const range = parseCidr(ARROW_ADDRESS_RANGE);

/** The /24 of the node subnet at `index` (0–255): "10.213.<index>.0/24". */
export function nodeSubnet(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_NODE_SUBNETS) {
    throw new AddressError(`node subnet index ${show(index)}: expected an integer from 0 to ${MAX_NODE_SUBNETS - 1}`);
  }
  return formatCidr({ network: range.network + index * 256, prefixLength: NODE_SUBNET_PREFIX });
}

/** The inverse of nodeSubnet: which node subnet of the Arrow range `subnet` is. */
export function nodeSubnetIndex(subnet: string): number {
  const cidr = parseCidr(subnet);
  if (cidr.prefixLength !== NODE_SUBNET_PREFIX || !addressInSubnet(formatIPv4(cidr.network), ARROW_ADDRESS_RANGE)) {
    throw new AddressError(`${show(subnet)} is not a node subnet: expected a /${NODE_SUBNET_PREFIX} of ${ARROW_ADDRESS_RANGE}`);
  }
  return (cidr.network - range.network) / 256;
}

/** The node bridge's own address in a node subnet, the Arrows' gateway: "10.213.<i>.1". */
export function gatewayOf(subnet: string): string {
  nodeSubnetIndex(subnet);
  return formatIPv4(parseCidr(subnet).network + 1);
}

/** The allocation address with host part `host` (2–254) in a node subnet. */
export function allocationAddress(subnet: string, host: number): string {
  nodeSubnetIndex(subnet);
  if (!Number.isInteger(host) || host < FIRST_ALLOCATION_HOST || host > LAST_ALLOCATION_HOST) {
    throw new AddressError(`allocation host ${show(host)}: expected an integer from ${FIRST_ALLOCATION_HOST} to ${LAST_ALLOCATION_HOST}`);
  }
  return formatIPv4(parseCidr(subnet).network + host);
}

/** Whether `address` is one an allocation may hold in the node subnet (not .0, .1 or .255). */
export function isAllocationAddress(address: string, subnet: string): boolean {
  nodeSubnetIndex(subnet);
  if (!addressInSubnet(address, subnet)) return false;
  const host = parseIPv4(address) - parseCidr(subnet).network;
  return host >= FIRST_ALLOCATION_HOST && host <= LAST_ALLOCATION_HOST;
}

/** The lowest node subnet not in `taken`; "" when all of them are. */
export function lowestFreeSubnet(taken: ReadonlySet<string>): string {
  for (let i = 0; i < MAX_NODE_SUBNETS; i++) {
    const subnet = nodeSubnet(i);
    if (!taken.has(subnet)) return subnet;
  }
  return '';
}

/** The lowest allocation address of a node subnet not in `taken`; "" when all of them are. */
export function lowestFreeAddress(subnet: string, taken: { has(address: string): boolean }): string {
  nodeSubnetIndex(subnet);
  const { network } = parseCidr(subnet);
  for (let host = FIRST_ALLOCATION_HOST; host <= LAST_ALLOCATION_HOST; host++) {
    const address = formatIPv4(network + host);
    if (!taken.has(address)) return address;
  }
  return '';
}
