// Address plan: two random /24s from private space (one for the underlay, one for the overlay)
// that overlap nothing the root namespace already has an address or a route for. Random rather
// than fixed so that parallel topologies (and whatever else runs on the machine) rarely collide;
// the caller re-checks after claiming, which closes the remaining race.

export interface Ipv4Net {
  /** network address as an unsigned 32-bit integer */
  readonly base: number;
  readonly prefix: number;
}

export class AddressError extends Error {
  override name = 'AddressError';
}

export function parseIpv4(text: string): number {
  const parts = text.split('.');
  if (parts.length !== 4) throw new AddressError(`not an IPv4 address: ${JSON.stringify(text)}`);
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) throw new AddressError(`not an IPv4 address: ${JSON.stringify(text)}`);
    value = value * 256 + Number(part);
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function parseCidr(text: string): Ipv4Net {
  const [address, prefixText] = text.split('/');
  const prefix = prefixText === undefined ? 32 : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) throw new AddressError(`bad prefix in ${JSON.stringify(text)}`);
  return { base: (parseIpv4(address ?? '') & mask(prefix)) >>> 0, prefix };
}

export function formatCidr(net: Ipv4Net): string {
  return `${formatIpv4(net.base)}/${net.prefix}`;
}

export function overlaps(a: Ipv4Net, b: Ipv4Net): boolean {
  const shorter = Math.min(a.prefix, b.prefix);
  return ((a.base & mask(shorter)) >>> 0) === ((b.base & mask(shorter)) >>> 0);
}

/** The address `offset` inside `net` (offset 1 is the first usable one of a /24). */
export function addressIn(net: Ipv4Net, offset: number): string {
  const size = 2 ** (32 - net.prefix);
  if (!Number.isInteger(offset) || offset <= 0 || offset >= size - 1) throw new AddressError(`offset ${offset} is outside ${formatCidr(net)}`);
  return formatIpv4(net.base + offset);
}

/**
 * Networks in use according to `ip -j -4 addr show` and `ip -j -4 route show table all`
 * (already parsed JSON). The default route is not counted: it overlaps everything by design.
 */
export function takenNetworks(addrJson: unknown, routeJson: unknown): Ipv4Net[] {
  const taken: Ipv4Net[] = [];
  if (Array.isArray(addrJson)) {
    for (const link of addrJson as { addr_info?: { family?: string; local?: string; prefixlen?: number }[] }[]) {
      for (const info of link.addr_info ?? []) {
        if (info.family !== 'inet' || typeof info.local !== 'string') continue;
        taken.push(parseCidr(`${info.local}/${info.prefixlen ?? 32}`));
      }
    }
  }
  if (Array.isArray(routeJson)) {
    for (const route of routeJson as { dst?: string }[]) {
      if (typeof route.dst !== 'string' || route.dst === 'default') continue;
      try { taken.push(parseCidr(route.dst)); } catch { /* multicast or unusual entries: skip */ }
    }
  }
  return taken;
}

export const PRIVATE_POOLS: readonly Ipv4Net[] = [parseCidr('10.0.0.0/8'), parseCidr('172.16.0.0/12')];

/**
 * `count` distinct /24s from `pools` that overlap none of `taken` nor each other. Loopback-ish and
 * broadcast-ish /24s (x.x.0 and x.x.255 in the third octet) are avoided because people like them.
 * Throws after a bounded number of draws when the pools are too full.
 */
export function chooseSubnets(taken: readonly Ipv4Net[], random: () => number, count = 2, pools: readonly Ipv4Net[] = PRIVATE_POOLS): Ipv4Net[] {
  const chosen: Ipv4Net[] = [];
  for (let attempt = 0; attempt < 1000 && chosen.length < count; attempt++) {
    const pool = pools[Math.min(pools.length - 1, Math.floor(random() * pools.length))];
    if (pool === undefined) break;
    const slots = 2 ** (24 - pool.prefix);
    const slot = Math.min(slots - 1, Math.floor(random() * slots));
    const candidate: Ipv4Net = { base: pool.base + slot * 256, prefix: 24 };
    const third = Math.floor(candidate.base / 256) % 256;
    if (third === 0 || third === 255) continue;
    if (taken.some((net) => overlaps(net, candidate)) || chosen.some((net) => overlaps(net, candidate))) continue;
    chosen.push(candidate);
  }
  if (chosen.length < count) throw new AddressError(`no free /24 found in ${pools.map(formatCidr).join(', ')} after 1000 draws`);
  return chosen;
}
