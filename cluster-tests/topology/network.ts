// Creating and removing one topology's links and namespaces with iproute2 (and nft for the
// partition tables). Runs in the relay (create, teardown) and in the runner (sweep). Everything
// it makes is named after the owner id (see names.ts), and teardown works from names alone, so it
// removes exactly what a half-finished create left behind as well.
import { ARROW_ADDRESS_RANGE } from '../../node/cluster/index.ts';
import { systemTool } from './tools.ts';
import { execa } from 'execa';
import { readFile } from 'node:fs/promises';
import { addressIn, chooseSubnets, formatCidr, overlaps, parseCidr, takenNetworks, type Ipv4Net } from './addresses.ts';
import { HOST_OVERLAY_IFACE, HOST_UNDERLAY_IFACE, ownerOf, topologyNames } from './names.ts';
import { killAll } from './processes.ts';
import type { Layout, LayoutHost } from './protocol.ts';
import { partitionScript } from './partition.ts';

export const OVERLAY_MTU = 1450;
const COMMAND_TIMEOUT_MS = 20_000;
/** host N sits at .(10+N) on both networks; .1 of the underlay is the root namespace */
const HOST_OFFSET = 10;

/** Underlay address of host N (1-based), known before the host exists. */
export function hostAdminAddress(net: Underlay, host: number): string {
  return addressIn(net.underlay, HOST_OFFSET + host);
}

export class NetworkError extends Error {
  override name = 'NetworkError';
}

async function ip(args: readonly string[], input?: string): Promise<string> {
  const result = await execa(systemTool('ip'), args, { input, timeout: COMMAND_TIMEOUT_MS, reject: false, maxBuffer: 16 * 1024 * 1024 });
  if (result.exitCode !== 0) throw new NetworkError(`ip ${args.join(' ')} failed (${result.exitCode ?? result.signal}): ${String(result.stderr).trim()}${input ? `\ninput:\n${input}` : ''}`);
  return String(result.stdout);
}

async function rootTakenNetworks(): Promise<Ipv4Net[]> {
  const [addrs, routes] = await Promise.all([ip(['-j', '-4', 'addr', 'show']), ip(['-j', '-4', 'route', 'show', 'table', 'all'])]);
  // The hosts' arrowd put their Arrows' bridges in the cluster's Arrow range: never use it here.
  return [...takenNetworks(JSON.parse(addrs || '[]'), JSON.parse(routes || '[]')), parseCidr(ARROW_ADDRESS_RANGE)];
}

/** Interfaces in the root namespace other than `except` that have an address inside `net`. */
async function othersUsing(net: Ipv4Net, except: string): Promise<string[]> {
  const links = JSON.parse((await ip(['-j', '-4', 'addr', 'show'])) || '[]') as { ifname?: string; addr_info?: { local?: string; prefixlen?: number }[] }[];
  return links
    .filter((link) => link.ifname !== except && (link.addr_info ?? []).some((info) => info.local !== undefined && overlaps(parseCidr(`${info.local}/${info.prefixlen ?? 32}`), net)))
    .map((link) => link.ifname ?? '?');
}

export interface Underlay {
  readonly underlay: Ipv4Net;
  readonly overlay: Ipv4Net;
  readonly runnerAddress: string;
}

/**
 * Step 1 of create: the bridge with the root namespace's address on it. The relay binds its UDP
 * socket to that address next, and only then can the hosts' VXLAN devices be told its port.
 */
export async function createBridge(owner: number, random: () => number): Promise<Underlay> {
  const names = topologyNames(owner);
  for (let attempt = 0; attempt < 5; attempt++) {
    const [underlay, overlay] = chooseSubnets(await rootTakenNetworks(), random, 2);
    if (!underlay || !overlay) throw new NetworkError('address choice returned too few subnets');
    const runnerAddress = addressIn(underlay, 1);
    await ip(['-b', '-'], [
      `link add ${names.bridge} type bridge`,
      `addr add ${runnerAddress}/24 dev ${names.bridge}`,
      `link set ${names.bridge} up`,
    ].join('\n') + '\n');
    // Another topology created at the same moment may have drawn the same /24: check after
    // claiming, and draw again if so (both may back off; the bounded retries make that harmless).
    if ((await othersUsing(underlay, names.bridge)).length === 0) return { underlay, overlay, runnerAddress };
    await ip(['link', 'del', names.bridge]);
  }
  throw new NetworkError('the underlay /24 collided with another interface five times');
}

/** Step 2 of create: a namespace per host, its underlay veth on the bridge, its VXLAN device to the relay. */
export async function createHosts(owner: number, hostCount: number, net: Underlay, relayPort: number, vni: number): Promise<Layout> {
  const names = topologyNames(owner);
  const hosts: LayoutHost[] = [];
  const rootBatch: string[] = [];
  for (let n = 1; n <= hostCount; n++) {
    const netns = names.netns(n);
    rootBatch.push(`netns add ${netns}`, `link add ${names.rootVeth(n)} type veth peer name ${HOST_UNDERLAY_IFACE} netns ${netns}`, `link set ${names.rootVeth(n)} master ${names.bridge} up`);
    hosts.push({ name: `h${n}`, netns, address: addressIn(net.overlay, HOST_OFFSET + n), adminAddress: hostAdminAddress(net, n) });
  }
  await ip(['-b', '-'], rootBatch.join('\n') + '\n');
  await Promise.all(hosts.map((host) => ip(['-n', host.netns, '-b', '-'], [
    'link set lo up',
    `addr add ${host.adminAddress}/24 dev ${HOST_UNDERLAY_IFACE}`,
    `link set ${HOST_UNDERLAY_IFACE} up`,
    // nolearning: every frame goes to the relay, the only remote; the relay does the switching.
    `link add ${HOST_OVERLAY_IFACE} type vxlan id ${vni} local ${host.adminAddress} remote ${net.runnerAddress} dstport ${relayPort} dev ${HOST_UNDERLAY_IFACE} nolearning`,
    `link set ${HOST_OVERLAY_IFACE} mtu ${OVERLAY_MTU} up`,
    `addr add ${host.address}/24 dev ${HOST_OVERLAY_IFACE}`,
  ].join('\n') + '\n')));
  // The inner TCP/UDP checksums would otherwise be left to "hardware" (CHECKSUM_PARTIAL) and
  // never filled in: the frame reaches the relay's socket as a local delivery, which trusts it,
  // and arrives at the other host with a bad checksum. Computing them in software fixes that.
  await Promise.all(hosts.map(async (host) => {
    const result = await execa(systemTool('ip'), ['netns', 'exec', host.netns, systemTool('ethtool'), '-K', HOST_OVERLAY_IFACE, 'tx', 'off'], { timeout: COMMAND_TIMEOUT_MS, reject: false });
    if (result.exitCode !== 0) throw new NetworkError(`ethtool -K ${HOST_OVERLAY_IFACE} tx off in ${host.netns} failed: ${String(result.stderr).trim()}`);
  }));
  return {
    owner,
    bridge: names.bridge,
    nftTable: names.nftTable,
    runnerAddress: net.runnerAddress,
    relayPort,
    vni,
    underlay: formatCidr(net.underlay),
    overlay: formatCidr(net.overlay),
    mtu: OVERLAY_MTU,
    hosts,
  };
}

interface Leftovers {
  readonly namespaces: string[];
  readonly links: string[];
}

async function listOwned(): Promise<Map<number, Leftovers>> {
  const owned = new Map<number, Leftovers>();
  const entry = (owner: number): Leftovers => {
    let found = owned.get(owner);
    if (!found) owned.set(owner, found = { namespaces: [], links: [] });
    return found;
  };
  for (const line of (await ip(['netns', 'list'])).split('\n')) {
    const name = line.split(' ')[0] ?? '';
    const owner = ownerOf(name);
    if (owner !== undefined && name.includes('-h')) entry(owner).namespaces.push(name);
  }
  for (const link of JSON.parse((await ip(['-j', 'link', 'show'])) || '[]') as { ifname?: string }[]) {
    const owner = link.ifname === undefined ? undefined : ownerOf(link.ifname);
    if (owner !== undefined && link.ifname !== undefined) entry(owner).links.push(link.ifname);
  }
  return owned;
}

/**
 * Removes everything of `owner`: kills every process in its namespaces (and waits until they are
 * gone, so nothing keeps a namespace alive), removes the partition tables, deletes the
 * namespaces (which takes their veth ends and VXLAN devices with them) and then any root
 * interface left. Returns the names removed.
 */
export async function teardown(owner: number): Promise<string[]> {
  const found = (await listOwned()).get(owner);
  if (!found) return [];
  const table = topologyNames(owner).nftTable;
  await Promise.all(found.namespaces.map(async (netns) => {
    await killAll(netns);
    // The table would go with the namespace; removing it first keeps teardown exact even if
    // something outside this harness holds the namespace open.
    await execa(systemTool('ip'), ['netns', 'exec', netns, systemTool('nft'), '-f', '-'], { input: partitionScript(table, []), timeout: COMMAND_TIMEOUT_MS, reject: false });
  }));
  // Another sweeper (a concurrent create() in another test) may be removing the same leftovers:
  // -force goes on past names already gone, and the check afterwards decides success.
  const batch = [...found.namespaces.map((name) => `netns del ${name}`), ...found.links.map((name) => `link del ${name}`)];
  await ip(['-force', '-b', '-'], batch.join('\n') + '\n').catch(() => undefined);
  const remaining = (await listOwned()).get(owner);
  if (remaining) {
    throw new NetworkError(`could not remove ${[...remaining.namespaces, ...remaining.links].join(', ')} of topology ${owner}`);
  }
  return [...found.namespaces, ...found.links];
}

/** Whether the relay with pid `owner` is still running (a reused pid running something else does not count). */
export async function relayAlive(owner: number): Promise<boolean> {
  try {
    const cmdline = await readFile(`/proc/${owner}/cmdline`, 'utf8');
    return cmdline.includes('topology/relay.ts');
  } catch {
    return false;
  }
}

/** Tears down every topology whose relay is gone. Returns the names removed. */
export async function sweepOrphans(): Promise<string[]> {
  const removed: string[] = [];
  for (const owner of (await listOwned()).keys()) {
    if (await relayAlive(owner)) continue;
    removed.push(...await teardown(owner));
  }
  return removed;
}
