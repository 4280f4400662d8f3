// Names of what a node creates on its host for Arrow networks. Pure. Interface names are at most
// 15 bytes (IFNAMSIZ - 1), so they carry a hash of the owner, and every link also carries an
// alias naming its owner in full: cleanup finds a node's links by alias, never by a name guess.
import { createHash } from 'node:crypto';

/** Link aliases start with this; the rest names the node and, for a tap, the allocation. */
export const ALIAS_PREFIX = 'arrow';

function shortHash(text: string, hexDigits: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, hexDigits);
}

/** The bridge a node's Arrows sit on: 'arb' + 12 hex of the node id. */
export function bridgeName(nodeId: string): string {
  return `arb${shortHash(`node:${nodeId}`, 12)}`;
}

/** An allocation's tap device: 'art' + 12 hex of the node and allocation ids. */
export function tapName(nodeId: string, allocationId: string): string {
  return `art${shortHash(`tap:${nodeId}:${allocationId}`, 12)}`;
}

/** The node's overlay device (WireGuard, kernel or wireguard-go's TUN): 'arw' + 12 hex of the node id. */
export function overlayName(nodeId: string): string {
  return `arw${shortHash(`overlay:${nodeId}`, 12)}`;
}

/** The nft table holding a node's published ports and NAT (nft names: letters, digits, '_'). */
export function tableName(nodeId: string): string {
  return `arrow_${shortHash(`node:${nodeId}`, 12)}`;
}

export function bridgeAlias(nodeId: string): string {
  return `${ALIAS_PREFIX} node ${nodeId} bridge`;
}

export function tapAlias(nodeId: string, allocationId: string): string {
  return `${ALIAS_PREFIX} node ${nodeId} alloc ${allocationId}`;
}

export function overlayAlias(nodeId: string): string {
  return `${ALIAS_PREFIX} node ${nodeId} overlay`;
}

/** The allocation a tap alias of `nodeId` names, or undefined when the alias is not one of its taps. */
export function allocationOfAlias(nodeId: string, alias: string): string | undefined {
  const prefix = `${ALIAS_PREFIX} node ${nodeId} alloc `;
  return alias.startsWith(prefix) ? alias.slice(prefix.length) : undefined;
}
