// The encrypted overlay between nodes, pure: from the cluster's view of the nodes (each node's
// WireGuard public key, underlay endpoint and Arrow subnet) to what one node's overlay device must
// say, as the text `wg syncconf` reads and the routes the host needs. Every value is checked before
// it reaches a config line: the text is line-oriented, so a newline in an endpoint would add a
// key of the sender's choosing (another AllowedIPs, say) to this node's WireGuard.
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { AddressError, nodeSubnetIndex, parseIPv4 } from '../cluster/addresses.ts';

/** WireGuard's own overhead on IPv4/UDP is 60 bytes: 1420 fits a 1480+ underlay (wg-quick's default). */
export const OVERLAY_MTU = 1420;
/** Keeps NAT and stateful firewall mappings on the underlay open when no Arrow talks for a while. */
export const OVERLAY_KEEPALIVE_S = 25;

export class OverlayConfigError extends Error {
  override name = 'OverlayConfigError';
}

/** Another node as the overlay sees it. */
export interface OverlayPeer {
  readonly nodeId: string;
  /** WireGuard public key: 32 bytes, base64 (wg's format). */
  readonly publicKey: string;
  /** Where its overlay listens on the underlay: "ip:port" ("[v6]:port" for IPv6). */
  readonly endpoint: string;
  /** Its Arrow subnet, a /24 of the cluster range: "10.213.N.0/24". */
  readonly subnet: string;
}

export interface OverlayConfigInput {
  readonly nodeId: string;
  /** This node's WireGuard private key, base64 of 32 bytes. */
  readonly privateKey: string;
  readonly listenPort: number;
  /** The cluster's nodes; this node's own entry, when present, is checked and left out. */
  readonly peers: readonly OverlayPeer[];
}

export interface OverlayConfig {
  /** For `wg syncconf DEV FILE`: the device's whole configuration (what differs is changed). */
  readonly config: string;
  /** The subnets to route through the overlay device (one per other node, sorted). */
  readonly routes: readonly string[];
}

export interface OverlayKeyPair {
  readonly privateKey: string;
  readonly publicKey: string;
}

const show = (value: unknown): string => JSON.stringify(typeof value === 'string' ? value.slice(0, 80) : value) ?? String(value);

/** Raw 32-byte keys in base64 with the one '=' of padding, as wg prints and reads them. */
const KEY = /^[A-Za-z0-9+/]{43}=$/;

function checkKey(key: unknown, where: string): Buffer {
  // Re-encoding catches base64 whose last character carries bits beyond the 32 bytes.
  const raw = typeof key === 'string' && KEY.test(key) ? Buffer.from(key, 'base64') : undefined;
  if (!raw || raw.length !== 32 || raw.toString('base64') !== key) {
    throw new OverlayConfigError(`${where}: ${show(key)} is not a WireGuard key (base64 of 32 bytes)`);
  }
  return raw;
}

function checkPort(port: unknown, where: string): number {
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new OverlayConfigError(`${where}: ${show(port)} is not a port number 1-65535`);
  }
  return port;
}

function checkEndpoint(endpoint: unknown, where: string): string {
  const text = typeof endpoint === 'string' ? endpoint : '';
  const v6 = /^\[([0-9A-Fa-f:.]+)\]:([0-9]{1,5})$/.exec(text);
  const v4 = /^([0-9.]+):([0-9]{1,5})$/.exec(text);
  const host = v6?.[1] ?? v4?.[1];
  const port = v6?.[2] ?? v4?.[2];
  let hostOk = false;
  if (v6 && host) hostOk = isIPv6(host);
  else if (host) {
    try {
      parseIPv4(host);
      hostOk = true;
    } catch { /* not an address */ }
  }
  if (!hostOk || port === undefined || !/^[1-9][0-9]*$/.test(port)) {
    throw new OverlayConfigError(`${where}: ${show(endpoint)} is not an endpoint "ip:port" or "[ipv6]:port"`);
  }
  checkPort(Number(port), where);
  return text;
}

function checkSubnet(subnet: unknown, where: string): string {
  try {
    nodeSubnetIndex(subnet as string);
  } catch (error) {
    if (error instanceof AddressError) throw new OverlayConfigError(`${where}: ${error.message}`);
    throw error;
  }
  return subnet as string;
}

/** The public key of a base64 X25519 private key (what `wg pubkey` prints). */
export function overlayPublicKey(privateKey: string): string {
  const raw = checkKey(privateKey, 'private key');
  // PKCS#8 wrapping of a raw X25519 private key (RFC 8410): a fixed 16-byte prefix.
  const der = Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), raw]);
  const spki = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' });
  return spki.subarray(spki.length - 32).toString('base64');
}

/** A fresh X25519 key pair in wg's format (node:crypto: no `wg genkey` process, no key on argv). */
export function generateOverlayKeyPair(): OverlayKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const priv = privateKey.export({ format: 'der', type: 'pkcs8' });
  const pub = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey: priv.subarray(priv.length - 32).toString('base64'), publicKey: pub.subarray(pub.length - 32).toString('base64') };
}

/**
 * The overlay node `input.nodeId` must have: one [Peer] per other node (sorted by node id, so
 * the same cluster gives the same text), each allowed exactly its node's subnet, and those
 * subnets as routes. Throws OverlayConfigError naming the field and the node on any bad value,
 * on two nodes with one subnet or one key, and on a node listed twice.
 */
export function overlayConfig(input: OverlayConfigInput): OverlayConfig {
  const self = show(input.nodeId);
  if (typeof input.nodeId !== 'string' || input.nodeId.length === 0) throw new OverlayConfigError(`node id ${self} is not a node id`);
  const ownPrivate = checkKey(input.privateKey, `node ${self} private key`);
  const ownPublic = overlayPublicKey(ownPrivate.toString('base64'));
  const listenPort = checkPort(input.listenPort, `node ${self} listen port`);
  const nodes = new Set<string>();
  const keys = new Map<string, string>([[ownPublic, input.nodeId]]);
  const subnets = new Map<string, string>();
  const others: OverlayPeer[] = [];
  for (const peer of input.peers) {
    const who = `node ${show(peer.nodeId)}`;
    if (typeof peer.nodeId !== 'string' || peer.nodeId.length === 0) throw new OverlayConfigError(`peer node id ${show(peer.nodeId)} is not a node id`);
    if (nodes.has(peer.nodeId)) throw new OverlayConfigError(`${who} is listed twice`);
    nodes.add(peer.nodeId);
    checkKey(peer.publicKey, `${who} public key`);
    checkEndpoint(peer.endpoint, `${who} endpoint`);
    checkSubnet(peer.subnet, `${who} subnet`);
    const subnetOwner = subnets.get(peer.subnet);
    if (subnetOwner !== undefined) throw new OverlayConfigError(`${who} subnet ${peer.subnet} is also node ${show(subnetOwner)}'s`);
    subnets.set(peer.subnet, peer.nodeId);
    if (peer.nodeId === input.nodeId) {
      if (peer.publicKey !== ownPublic) throw new OverlayConfigError(`${who} public key ${show(peer.publicKey)} is not this node's (${ownPublic})`);
      continue;
    }
    const keyOwner = keys.get(peer.publicKey);
    if (keyOwner !== undefined) throw new OverlayConfigError(`${who} public key is also node ${show(keyOwner)}'s`);
    keys.set(peer.publicKey, peer.nodeId);
    others.push(peer);
  }
  others.sort((a, b) => (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
  const lines = ['[Interface]', `PrivateKey = ${ownPrivate.toString('base64')}`, `ListenPort = ${listenPort}`];
  for (const peer of others) {
    lines.push('', '[Peer]', `PublicKey = ${peer.publicKey}`, `Endpoint = ${peer.endpoint}`, `AllowedIPs = ${peer.subnet}`, `PersistentKeepalive = ${OVERLAY_KEEPALIVE_S}`);
  }
  return { config: `${lines.join('\n')}\n`, routes: others.map((peer) => peer.subnet).sort() };
}
