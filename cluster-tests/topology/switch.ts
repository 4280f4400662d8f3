// The relay's switching logic, pure: VXLAN header checks and a learning table from inner source
// MAC to the host that sent it. Hosts are numbered 0..hostCount-1 by the caller (who maps outer
// source addresses to them; a datagram from any other address never reaches this module).

export const VXLAN_HEADER_BYTES = 8;
export const ETHERNET_HEADER_BYTES = 14;
/** a 1450-byte inner MTU plus Ethernet header and VLAN tag, with room to spare; larger is refused */
export const MAX_INNER_FRAME_BYTES = 9216;
export const DEFAULT_MAX_MACS = 4096;

export type VxlanCheck =
  | { readonly ok: true; readonly frameOffset: number }
  | { readonly ok: false; readonly reason: 'short' | 'oversized' | 'flags' | 'vni' };

/** Whether `datagram` is a VXLAN packet for `vni` carrying a whole Ethernet header. */
export function checkVxlan(datagram: Uint8Array, vni: number): VxlanCheck {
  if (datagram.length < VXLAN_HEADER_BYTES + ETHERNET_HEADER_BYTES) return { ok: false, reason: 'short' };
  if (datagram.length > VXLAN_HEADER_BYTES + MAX_INNER_FRAME_BYTES) return { ok: false, reason: 'oversized' };
  // RFC 7348: flags byte has only the I bit (0x08); the VNI is bytes 4..6.
  if (datagram[0] !== 0x08) return { ok: false, reason: 'flags' };
  const packetVni = (datagram[4]! << 16) | (datagram[5]! << 8) | datagram[6]!;
  if (packetVni !== vni) return { ok: false, reason: 'vni' };
  return { ok: true, frameOffset: VXLAN_HEADER_BYTES };
}

function macAt(bytes: Uint8Array, offset: number): number {
  let value = 0;
  for (let i = 0; i < 6; i++) value = value * 256 + bytes[offset + i]!;
  return value;
}

/** Group (broadcast/multicast) MACs have the least significant bit of the first octet set. */
function isGroupMac(bytes: Uint8Array, offset: number): boolean {
  return (bytes[offset]! & 1) === 1;
}

export class LearningSwitch {
  readonly hostCount: number;
  readonly #maxMacs: number;
  /** MAC -> host; a Map keeps insertion order, so the oldest entry is evicted first */
  readonly #table = new Map<number, number>();

  constructor(hostCount: number, maxMacs = DEFAULT_MAX_MACS) {
    if (!Number.isInteger(hostCount) || hostCount < 1) throw new RangeError(`hostCount must be a positive integer, got ${hostCount}`);
    this.hostCount = hostCount;
    this.#maxMacs = maxMacs;
  }

  get size(): number {
    return this.#table.size;
  }

  hostOf(mac: number): number | undefined {
    return this.#table.get(mac);
  }

  /**
   * Learns the frame's source MAC as living on `fromHost` and returns the hosts to send it to:
   * the one host that owns a known unicast destination, or every other host (flooding) for group
   * or unknown destinations. `frame` starts at `offset` with the Ethernet header.
   */
  route(fromHost: number, frame: Uint8Array, offset = 0): number[] {
    if (!Number.isInteger(fromHost) || fromHost < 0 || fromHost >= this.hostCount) throw new RangeError(`no host ${fromHost}`);
    if (frame.length - offset < ETHERNET_HEADER_BYTES) return [];
    if (!isGroupMac(frame, offset + 6)) {
      const source = macAt(frame, offset + 6);
      if (this.#table.get(source) !== fromHost) {
        this.#table.delete(source);
        if (this.#table.size >= this.#maxMacs) {
          const oldest = this.#table.keys().next();
          if (!oldest.done) this.#table.delete(oldest.value);
        }
        this.#table.set(source, fromHost);
      }
    }
    if (!isGroupMac(frame, offset)) {
      const owner = this.#table.get(macAt(frame, offset));
      if (owner !== undefined) return owner === fromHost ? [] : [owner];
    }
    const out: number[] = [];
    for (let host = 0; host < this.hostCount; host++) if (host !== fromHost) out.push(host);
    return out;
  }
}
