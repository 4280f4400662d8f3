// Downloads one artifact from every peer that holds pieces of it: asks who holds what, fetches
// pieces in parallel (rarest first), verifies each against the manifest, refreshes availability
// while running so pullers trade pieces with each other, drops peers that send bad data.
import type { PeerId, Stream } from '@libp2p/interface';
import type { ArrowLibp2p } from '../host/index.ts';
import type { ArtifactInfo, ArtifactStore } from '../store/index.ts';
import { arrow } from '../proto/p2p.pb.js';
import { Bitfield, validateManifest } from '../pieces/index.ts';
import type { Digest, Manifest } from '../pieces/index.ts';
import { availability, choosePiece } from '../schedule/index.ts';
import { MAX_RESPONSE_BYTES, PIECES_PROTOCOL, encodeRequest, frameReader, readFrame, writeFrame } from './codec.ts';
import type { FrameReader } from './codec.ts';

/** Who may hold a digest. Today: the connected peers; later: the cluster state (the tracker), complete holders first. */
export interface PeerSource {
  candidates(digest: Digest): Promise<PeerId[]>;
}

export function connectedPeers(libp2p: ArrowLibp2p): PeerSource {
  return { candidates: async () => libp2p.getPeers() };
}

export interface FetchProgress { digest: Digest; size: number; piecesHeld: number; pieceCount: number; bytesHeld: number; peers: number }

export interface BadPeerReport { peer: string; reason: string }

export interface FetchResult { info: ArtifactInfo; bytesFromPeers: Record<string, number>; badPeers: BadPeerReport[]; resumedPieces: number }

export interface FetchOptions {
  ref?: string;
  onProgress?: (progress: FetchProgress) => void;
  onBadPeer?: (report: BadPeerReport) => void;
  onDownloaded?: (peer: string, bytes: number) => void;
  signal?: AbortSignal;
  /** Requests in flight per peer (one stream each). */
  perPeerRequests?: number;
  /** How often to re-ask peers which pieces they hold. */
  refreshMs?: number;
  haveTimeoutMs?: number;
  pieceTimeoutMs?: number;
  /** Give up when no progress is possible for this long. */
  stallTimeoutMs?: number;
  maxArtifactBytes?: number;
}

interface PeerState {
  id: PeerId;
  key: string;
  have: Bitfield;
  complete: boolean;
  inFlight: number;
  idleStreams: Array<{ stream: Stream; reader: FrameReader }>;
  backoffUntil: number;
  /** Pieces this (complete) peer turned away as already seeded, until when: ask others for them. */
  refused: Map<number, number>;
  bad: boolean;
  failures: number;
}

export class UnknownArtifactError extends Error {}

export async function fetchArtifact(libp2p: ArrowLibp2p, store: ArtifactStore, source: PeerSource, digest: Digest, options: FetchOptions = {}): Promise<FetchResult> {
  const perPeer = options.perPeerRequests ?? 4;
  const refreshMs = options.refreshMs ?? 150;
  const haveTimeoutMs = options.haveTimeoutMs ?? 5_000;
  const pieceTimeoutMs = options.pieceTimeoutMs ?? 15_000;
  const stallTimeoutMs = options.stallTimeoutMs ?? 30_000;

  const existing = await store.stat(digest);
  if (existing) {
    if (options.ref) await store.addRef(digest, options.ref);
    return { info: (await store.stat(digest)) ?? existing, bytesFromPeers: {}, badPeers: [], resumedPieces: 0 };
  }

  const peers = new Map<string, PeerState>();
  const badPeers: BadPeerReport[] = [];
  const bytesFromPeers: Record<string, number> = {};
  let manifest: Manifest | undefined;
  let held: Bitfield | undefined;
  const inFlight = new Set<number>();
  let lastProgress = Date.now();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const poke = () => { const w = wake; wake = undefined; w?.(); };

  const openStream = async (peer: PeerState) => {
    const idle = peer.idleStreams.pop();
    if (idle) return idle;
    const stream = await libp2p.dialProtocol(peer.id, PIECES_PROTOCOL, { signal: AbortSignal.timeout(haveTimeoutMs) });
    return { stream, reader: frameReader(stream, MAX_RESPONSE_BYTES) };
  };

  const exchange = async (peer: PeerState, request: Uint8Array, timeoutMs: number, what: string): Promise<arrow.p2p.Response> => {
    const conn = await openStream(peer);
    try {
      await writeFrame(conn.stream, request, timeoutMs);
      const response = arrow.p2p.Response.decode(await readFrame(conn.stream, conn.reader, timeoutMs, what));
      peer.idleStreams.push(conn);
      return response;
    } catch (error) {
      conn.stream.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  };

  const markBad = (peer: PeerState, reason: string) => {
    if (peer.bad) return;
    peer.bad = true;
    for (const conn of peer.idleStreams) conn.stream.abort(new Error('peer dropped'));
    peer.idleStreams = [];
    const report = { peer: peer.key, reason };
    badPeers.push(report);
    options.onBadPeer?.(report);
  };

  const refresh = async (): Promise<void> => {
    const candidates = await source.candidates(digest);
    await Promise.all(candidates.map(async (id) => {
      const key = id.toString();
      let peer = peers.get(key);
      if (peer?.bad || peer?.complete) return;
      try {
        if (!peer) {
          peer = { id, key, have: new Bitfield(0), complete: false, inFlight: 0, idleStreams: [], backoffUntil: 0, refused: new Map(), bad: false, failures: 0 };
        }
        const response = await exchange(peer, encodeRequest({ have: { digest } }), haveTimeoutMs, 'a have answer');
        const have = response.have;
        if (!have || !have.known || !have.manifest) return;
        const theirs = validateManifest(have.manifest, options.maxArtifactBytes);
        if (theirs.digest !== digest) { markBad(peer, `answered with a manifest for ${theirs.digest}`); return; }
        if (!manifest) manifest = theirs;
        if (theirs.size !== manifest.size || theirs.pieceDigests.length !== manifest.pieceDigests.length ||
          theirs.pieceDigests.some((d, i) => !sameBytes(d, manifest!.pieceDigests[i]!))) {
          markBad(peer, 'its manifest disagrees with the one in use');
          return;
        }
        peer.have = new Bitfield(manifest.pieceDigests.length, have.have ?? new Uint8Array(0));
        peer.complete = have.complete === true;
        peers.set(key, peer);
      } catch (error) {
        if (error instanceof Error && /manifest of/.test(error.message) && peer) markBad(peer, error.message);
        // Unreachable or slow: try again at the next refresh.
      }
    }));
  };

  const fetchPiece = async (peer: PeerState, index: number): Promise<void> => {
    peer.inFlight++;
    inFlight.add(index);
    try {
      const response = await exchange(peer, encodeRequest({ piece: { digest, index } }), pieceTimeoutMs, `piece ${index}`);
      if (response.error) {
        if (response.error.code === 'busy') peer.backoffUntil = Date.now() + 20 + Math.random() * 30;
        // Super-seeding holder: someone else got this piece from it; ask them, and come back to
        // this holder only if nobody else turns out to have it.
        else if (response.error.code === 'seeded') peer.refused.set(index, Date.now() + 250);
        else if (response.error.code === 'not-found') peer.have.clear(index);
        return;
      }
      const data = response.piece?.data;
      if (!data || response.piece?.index !== index) { markBad(peer, `answered piece ${index} with something else`); return; }
      if (!(await store.writePiece(digest, index, data))) {
        markBad(peer, `sent piece ${index} that does not match the manifest`);
        return;
      }
      held!.set(index);
      peer.failures = 0;
      bytesFromPeers[peer.key] = (bytesFromPeers[peer.key] ?? 0) + data.length;
      options.onDownloaded?.(peer.key, data.length);
      lastProgress = Date.now();
      report();
    } catch {
      peer.failures++;
      peer.backoffUntil = Date.now() + Math.min(2_000, 100 * 2 ** peer.failures);
      // A peer that keeps failing (killed, partitioned) stops being asked; refresh may bring it back.
      if (peer.failures >= 3) { peers.delete(peer.key); for (const c of peer.idleStreams) c.stream.abort(new Error('peer failing')); }
    } finally {
      peer.inFlight--;
      inFlight.delete(index);
      poke();
    }
  };

  const report = () => {
    if (!manifest || !held) return;
    const count = held.count();
    options.onProgress?.({ digest, size: manifest.size, piecesHeld: count, pieceCount: held.size, bytesHeld: Math.min(manifest.size, count * manifest.pieceSize), peers: peers.size });
  };

  /** What may be asked of `peer` now: what it holds minus pieces it recently turned away. */
  const offerable = (peer: PeerState, now: number): Bitfield => {
    if (peer.refused.size === 0) return peer.have;
    const have = new Bitfield(peer.have.size, peer.have.bytes);
    for (const [index, until] of peer.refused) {
      if (until <= now) peer.refused.delete(index);
      else have.clear(index);
    }
    return have;
  };

  const pump = () => {
    if (!held) return;
    const usable = [...peers.values()].filter((p) => !p.bad);
    const haves = usable.map((p) => p.have);
    const counts = availability(held.size, haves);
    const now = Date.now();
    // Complete holders (the origin among them) last in line for each round, so partial holders
    // are asked first and the origin is spared pieces others can already give.
    usable.sort((a, b) => Number(a.complete) - Number(b.complete));
    // While other pullers are around to trade with, keep fewer requests on complete holders
    // (the origin): their uplink is for pieces nobody else has.
    const tradingPartners = usable.some((p) => !p.complete && p.have.count() > 0);
    const limitFor = (peer: PeerState) => (peer.complete && tradingPartners ? Math.min(2, perPeer) : perPeer);
    let started = true;
    while (started) {
      started = false;
      for (const peer of usable) {
        if (peer.inFlight >= limitFor(peer) || peer.backoffUntil > now) continue;
        const index = choosePiece({ held, inFlight, peerHaves: haves }, offerable(peer, now), Math.random, counts);
        if (index === undefined) continue;
        started = true;
        void fetchPiece(peer, index);
      }
    }
  };

  await refresh();
  if (!manifest) {
    throw new UnknownArtifactError(`unknown artifact ${digest}: none of the ${peers.size === 0 ? (await source.candidates(digest)).length : peers.size} connected peers holds it`);
  }
  held = await store.beginDownload(manifest);
  const resumedPieces = held.count();
  report();

  let refreshing = false;
  const timer = setInterval(() => {
    if (refreshing) return;
    refreshing = true;
    refresh().finally(() => { refreshing = false; poke(); });
  }, refreshMs);
  const onAbort = () => { failure = new Error(`download of ${digest} cancelled`); poke(); };
  options.signal?.addEventListener('abort', onAbort);
  try {
    while (!held.isComplete()) {
      if (failure) throw failure;
      if (Date.now() - lastProgress > stallTimeoutMs) {
        throw new Error(`download of ${digest} stalled: ${held.count()} of ${held.size} pieces, no peer has sent a piece for ${stallTimeoutMs / 1000} s (peers: ${peers.size}, bad: ${badPeers.length})`);
      }
      pump();
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(poke, 50);
      });
    }
    // Let in-flight duplicates settle before publishing.
    const info = await store.finishDownload(digest, options.ref === undefined ? {} : { ref: options.ref });
    return { info, bytesFromPeers, badPeers, resumedPieces };
  } finally {
    clearInterval(timer);
    options.signal?.removeEventListener('abort', onAbort);
    for (const peer of peers.values()) for (const c of peer.idleStreams) void c.stream.close().catch(() => undefined);
  }
}

/** Byte equality without copying (Buffer.from(Uint8Array) copies; this runs for every piece digest on every refresh). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
