// Names of everything one topology creates on the machine. Every name carries the owner's id
// (the relay's pid), so a later run can tell its own leftovers from someone else's and tell
// whether their owner is still alive. Interface names are limited to 15 bytes (IFNAMSIZ - 1):
// 'arwt' + 7 digits (pid_max is at most 4194304) + 'v' + 3 digits fits exactly.
export const NAME_PREFIX = 'arwt';
export const MAX_HOSTS = 200;
/** Interface names inside each host's namespace: they live in their own namespace, so they can be fixed. */
export const HOST_UNDERLAY_IFACE = 'under0';
export const HOST_OVERLAY_IFACE = 'over0';

export interface TopologyNames {
  readonly id: number;
  /** the bridge in the root namespace; also the nft table name inside each host */
  readonly bridge: string;
  readonly nftTable: string;
  netns(host: number): string;
  /** root-namespace end of host N's underlay veth */
  rootVeth(host: number): string;
}

export function topologyNames(id: number): TopologyNames {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 4_194_304) throw new RangeError(`topology id ${id} is not a pid`);
  const base = `${NAME_PREFIX}${id}`;
  const checkHost = (host: number): void => {
    if (!Number.isInteger(host) || host < 1 || host > MAX_HOSTS) throw new RangeError(`host number ${host} is outside 1..${MAX_HOSTS}`);
  };
  return {
    id,
    bridge: base,
    nftTable: base,
    netns: (host) => { checkHost(host); return `${base}-h${host}`; },
    rootVeth: (host) => { checkHost(host); return `${base}v${host}`; },
  };
}

/** The owner id of a namespace or root interface name this harness made, or undefined if it is not one. */
export function ownerOf(name: string): number | undefined {
  const match = /^arwt(\d{1,7})(?:-h\d{1,3}|v\d{1,3})?$/.exec(name);
  if (!match) return undefined;
  const id = Number(match[1]);
  return id > 0 ? id : undefined;
}
