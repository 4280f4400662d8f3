// Where a pull looks for peers: every connected peer, or only the peers a list names (the
// cluster's tracker: the nodes recorded as holding the artifact).
import { peerIdFromString } from '@libp2p/peer-id';
import type { PeerId } from '@libp2p/interface';
import { multiaddr } from '@multiformats/multiaddr';
import type { Multiaddr } from '@multiformats/multiaddr';
import type { ArrowLibp2p } from '../host/index.ts';
import type { Digest } from '../pieces/index.ts';

/** Who may hold a digest: asked once at the start of a pull and again every discovery round. */
export interface PeerSource {
  candidates(digest: Digest): Promise<PeerId[]>;
}

/** Every peer this host is connected to. */
export function connectedPeers(libp2p: Pick<ArrowLibp2p, 'getPeers'>): PeerSource {
  return { candidates: async () => libp2p.getPeers() };
}

/** A peer named by the tracker: its id and the addresses its node registered. */
export interface PeerAddress {
  readonly peerId: string;
  readonly addrs: readonly string[];
}

/** At most this many addresses per peer go into the peer store (a node registers a few). */
const MAX_ADDRS_PER_PEER = 16;

/**
 * Only the peers `list` names (or, when it is a function, names at each discovery round, so
 * holders recorded during a pull join it), never any other peer, connected or not. Their
 * addresses go into the peer store, so the pull's requests (dialProtocol by peer id) reuse a
 * connection when there is one and dial one of those addresses when there is not. Entries with
 * an unparsable peer id, and this host itself, are left out; unparsable addresses are skipped.
 */
export function listedPeers(
  libp2p: Pick<ArrowLibp2p, 'peerId' | 'peerStore'>,
  list: readonly PeerAddress[] | (() => Promise<readonly PeerAddress[]>),
): PeerSource {
  const self = libp2p.peerId.toString();
  return {
    async candidates() {
      const entries = typeof list === 'function' ? await list() : list;
      const out: PeerId[] = [];
      const seen = new Set<string>();
      for (const entry of entries) {
        if (entry.peerId === self || seen.has(entry.peerId)) continue;
        let id: PeerId;
        try {
          id = peerIdFromString(entry.peerId);
        } catch {
          continue;
        }
        seen.add(entry.peerId);
        const addrs = parseAddrs(entry.addrs.slice(0, MAX_ADDRS_PER_PEER), entry.peerId);
        if (addrs.length > 0) await libp2p.peerStore.merge(id, { multiaddrs: addrs });
        out.push(id);
      }
      return out;
    },
  };
}

/** The addresses that parse, without a /p2p/ part naming another peer than `peerId`. */
function parseAddrs(addrs: readonly string[], peerId: string): Multiaddr[] {
  const out: Multiaddr[] = [];
  for (const text of addrs) {
    try {
      const addr = multiaddr(text);
      const named = addr.getComponents().find((c) => c.name === 'p2p')?.value;
      if (named !== undefined && named !== peerId) continue;
      out.push(addr);
    } catch {
      // A malformed address registered by a node: skip it, the others may do.
    }
  }
  return out;
}
