// Partitions as nft rules, pure: which peers each host must stop hearing, and the script that
// makes its table say so. The rules live inside each host's namespace in a table named after the
// topology's owner, so heal() removes exactly them and nothing else.
import { HOST_OVERLAY_IFACE } from './names.ts';

export class PartitionError extends Error {
  override name = 'PartitionError';
}

/**
 * For each host (by index into `addresses`), the overlay addresses it must not exchange traffic
 * with: those of hosts in a different group. A host in no group keeps talking to everyone.
 * `groups` hold host indices; a host may appear in one group only.
 */
export function blockedPeers(addresses: readonly string[], groups: readonly (readonly number[])[]): string[][] {
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => {
    for (const host of group) {
      if (!Number.isInteger(host) || host < 0 || host >= addresses.length) throw new PartitionError(`host index ${host} is not in this topology`);
      if (groupOf.has(host)) throw new PartitionError(`host index ${host} is in more than one group`);
      groupOf.set(host, g);
    }
  });
  return addresses.map((_, host) => {
    const mine = groupOf.get(host);
    if (mine === undefined) return [];
    return addresses.filter((_, peer) => groupOf.has(peer) && groupOf.get(peer) !== mine);
  });
}

/**
 * The nft script that makes `table` in one host drop overlay traffic from and to `blocked`
 * addresses, replacing whatever the table held, in one transaction. It hooks the overlay
 * device's ingress and egress (netdev family) so the sender's socket sees no error: packets
 * vanish as on a cut cable, rather than failing with EPERM as an output-hook drop would.
 * With nothing blocked the script only removes the table (and succeeds if there was none).
 */
export function partitionScript(table: string, blocked: readonly string[]): string {
  if (!/^[a-z][a-z0-9_]{0,31}$/.test(table)) throw new PartitionError(`bad table name ${JSON.stringify(table)}`);
  for (const address of blocked) if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) throw new PartitionError(`bad address ${JSON.stringify(address)}`);
  const lines = [`table netdev ${table} {}`, `delete table netdev ${table}`];
  if (blocked.length > 0) {
    const set = `{ ${blocked.join(', ')} }`;
    lines.push(
      `table netdev ${table} {`,
      `  chain cut_in { type filter hook ingress device "${HOST_OVERLAY_IFACE}" priority 0; policy accept; ip saddr ${set} drop; }`,
      `  chain cut_out { type filter hook egress device "${HOST_OVERLAY_IFACE}" priority 0; policy accept; ip daddr ${set} drop; }`,
      '}',
    );
  }
  return lines.join('\n') + '\n';
}
