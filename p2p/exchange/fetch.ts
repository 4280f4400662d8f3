// Downloads one artifact from every peer that holds pieces of it: asks who holds what, fetches
// pieces in parallel (rarest first), verifies each against the manifest, refreshes availability
// while running so pullers trade pieces with each other, drops peers that send bad data.
import type { PeerId, Stream } from '@libp2p/interface';
import type { ArrowLibp2p } from '../host/index.ts';
import type { ArtifactInfo, ArtifactStore } from '../store/index.ts';
import { arrow } from '../proto/p2p.pb.js';
import { Bitfield, pieceLength, validateManifest } from '../pieces/index.ts';
import type { Digest, Manifest } from '../pieces/index.ts';
import { availability, choosePiece } from '../schedule/index.ts';
import { frameReader, readFrameChunks, writeFrame } from '../framing/index.ts';
import type { Frame, FrameReader } from '../framing/index.ts';
import { MAX_RESPONSE_BYTES, PIECES_PROTOCOL, encodeRequest, parsePieceFrame } from './codec.ts';

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
  /** How often to look for new candidate peers (availability itself is pushed by long polls). */
  discoverMs?: number;
  /** How long a peer may hold a have request open before answering "nothing new" (long poll). */
  haveWaitMs?: number;
  haveTimeoutMs?: number;
  pieceTimeoutMs?: number;
  /** Give up when no progress is possible for this long. */
  stallTimeoutMs?: number;
  maxArtifactBytes?: number;
}

interface PeerState {
  id: PeerId;
  key: string;
  /** Pieces the peer can serve (size 0 until the manifest is known). */
  have: Bitfield;
  /** Cached have.count(): the long poll sends it so the peer answers only when it changes. */
  haveCount: number;
  complete: boolean;
  /** This peer's manifest was compared with the one in use; later have answers leave it out. */
  manifestChecked: boolean;
  /** A long-poll loop is running for this peer. */
  watching: boolean;
  inFlight: number;
  idleStreams: Array<{ stream: Stream; reader: FrameReader }>;
  backoffUntil: number;
  /** Pieces this (complete) peer turned away as already seeded, until when: ask others for them. */
  refused: Map<number, number>;
  bad: boolean;
  failures: number;
}

export class UnknownArtifactError extends Error {}

/**
 * A puller asks again with `insist` when a piece nobody else offers was first turned away as
 * 'seeded' this long ago. It must exceed the time a seeded piece takes to reach its recipient and
 * be announced: at a 12 MiB/s uplink with 8 slots a granted piece may take ~0.7 s to arrive, and
 * insisting after two 250 ms refusals made the origin send a third of the pieces twice.
 */
const INSIST_AFTER_MS = 3_000;
/** A peer that answers a long poll at once with nothing new (an older node) is asked again after this. */
const MIN_REPOLL_MS = 150;

export async function fetchArtifact(libp2p: ArrowLibp2p, store: ArtifactStore, source: PeerSource, digest: Digest, options: FetchOptions = {}): Promise<FetchResult> {
  // 6 in flight per peer: with 4, a puller reached ~11 MiB/s from three holders limited to 12 MiB/s
  // each (each piece's request, disk and verify latency left the holder's uplink idle); with 8, ~19.
  const perPeer = options.perPeerRequests ?? 6;
  const discoverMs = options.discoverMs ?? 1_000;
  const haveWaitMs = options.haveWaitMs ?? 2_000;
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
  /** Per piece, when a complete holder first turned it away as 'seeded'. */
  const firstRefused = new Map<number, number>();
  let lastProgress = Date.now();
  let failure: Error | undefined;
  let finished = false;
  let wake: (() => void) | undefined;
  const poke = () => { const w = wake; wake = undefined; w?.(); };
  const stop = new AbortController();
  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    stop.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });

  const openStream = async (peer: PeerState) => {
    const idle = peer.idleStreams.pop();
    if (idle) return idle;
    const stream = await libp2p.dialProtocol(peer.id, PIECES_PROTOCOL, { signal: AbortSignal.timeout(haveTimeoutMs) });
    return { stream, reader: frameReader(stream, MAX_RESPONSE_BYTES) };
  };

  /** Streams with a request outstanding: aborted when the download ends, so no long poll outlives it. */
  const busyStreams = new Set<Stream>();
  const exchange = async (peer: PeerState, request: Uint8Array, timeoutMs: number, what: string): Promise<arrow.p2p.Response> =>
    arrow.p2p.Response.decode((await exchangeFrame(peer, request, timeoutMs, what)).subarray());
  /** One request and its answer, undecoded (a piece answer's data stays in the chunks it arrived in). */
  const exchangeFrame = async (peer: PeerState, request: Uint8Array, timeoutMs: number, what: string): Promise<Frame> => {
    const conn = await openStream(peer);
    busyStreams.add(conn.stream);
    try {
      await writeFrame(conn.stream, request, timeoutMs);
      const response = await readFrameChunks(conn.stream, conn.reader, timeoutMs, what);
      if (peer.bad || finished) void conn.stream.close().catch(() => undefined);
      else peer.idleStreams.push(conn);
      return response;
    } catch (error) {
      conn.stream.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    } finally {
      busyStreams.delete(conn.stream);
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

  /** Applies a have answer; returns whether it told us anything new. */
  const applyHave = (peer: PeerState, have: arrow.p2p.IHaveResponse | null | undefined): boolean => {
    if (!have || !have.known) return false;
    if (!peer.manifestChecked) {
      if (!have.manifest) return false;
      const theirs = validateManifest(have.manifest, options.maxArtifactBytes);
      if (theirs.digest !== digest) { markBad(peer, `answered with a manifest for ${theirs.digest}`); return false; }
      if (!manifest) manifest = theirs;
      if (theirs.size !== manifest.size || theirs.pieceDigests.length !== manifest.pieceDigests.length ||
        theirs.pieceDigests.some((d, i) => !sameBytes(d, manifest!.pieceDigests[i]!))) {
        markBad(peer, 'its manifest disagrees with the one in use');
        return false;
      }
      peer.manifestChecked = true;
    }
    if (!manifest) return false;
    const bitfield = new Bitfield(manifest.pieceDigests.length, have.have ?? new Uint8Array(0));
    const count = bitfield.count();
    const changed = count !== peer.haveCount || (have.complete === true) !== peer.complete;
    peer.have = bitfield;
    peer.haveCount = count;
    peer.complete = have.complete === true;
    return changed;
  };

  const newPeer = (id: PeerId): PeerState => ({
    id, key: id.toString(), have: new Bitfield(0), haveCount: 0, complete: false, manifestChecked: false, watching: false,
    inFlight: 0, idleStreams: [], backoffUntil: 0, refused: new Map(), bad: false, failures: 0,
  });

  /** One have request to `peer`; `waitMs` > 0 makes it a long poll. */
  const askHave = async (peer: PeerState, waitMs: number): Promise<boolean> => {
    const request = encodeRequest({ have: { digest, waitMs, knownCount: peer.haveCount, manifestKnown: peer.manifestChecked } });
    const response = await exchange(peer, request, haveTimeoutMs + waitMs, 'a have answer');
    try {
      return applyHave(peer, response.have);
    } catch (error) {
      // validateManifest: the peer sent a manifest no honest node would.
      markBad(peer, (error as Error).message);
      return false;
    }
  };

  /**
   * Keeps one long poll open to `peer` for as long as it may still gain pieces: each answer is
   * news (a verified piece) or the end of a wait, so pullers learn of each other's pieces at once.
   */
  const watch = async (peer: PeerState): Promise<void> => {
    if (peer.watching) return;
    peer.watching = true;
    try {
      while (!finished && !peer.bad && !peer.complete && peers.get(peer.key) === peer) {
        const started = Date.now();
        const news = await askHave(peer, haveWaitMs);
        if (news) poke();
        // Nothing new after a short time: the peer does not hold requests open; don't spin on it.
        else if (Date.now() - started < MIN_REPOLL_MS) await sleep(MIN_REPOLL_MS);
      }
    } catch {
      // Unreachable or slow: the next discovery round starts a new watch.
    } finally {
      peer.watching = false;
    }
  };

  const discover = async (): Promise<void> => {
    const candidates = await source.candidates(digest);
    await Promise.all(candidates.map(async (id) => {
      const key = id.toString();
      let peer = peers.get(key);
      if (peer?.bad || peer?.complete || peer?.watching) return;
      if (!peer) { peer = newPeer(id); peers.set(key, peer); }
      if (!manifest) {
        // First contact: an immediate answer, with the manifest, from everyone at once.
        await askHave(peer, 0).catch(() => undefined);
        return;
      }
      void watch(peer);
    }));
  };

  const fetchPiece = async (peer: PeerState, index: number, insist: boolean): Promise<void> => {
    peer.inFlight++;
    inFlight.add(index);
    try {
      const frame = await exchangeFrame(peer, encodeRequest({ piece: { digest, index, insist } }), pieceTimeoutMs, `piece ${index}`);
      const piece = parsePieceFrame(frame);
      const response = piece ? { error: undefined, piece } : arrow.p2p.Response.decode(frame.subarray());
      if (response.error) {
        if (response.error.code === 'busy') peer.backoffUntil = Date.now() + 50 + Math.random() * 50;
        // Super-seeding holder: someone else got this piece from it; ask them, and come back to
        // this holder (insisting) only if nobody else turns out to offer it.
        else if (response.error.code === 'seeded') {
          peer.refused.set(index, Date.now() + 250);
          if (!firstRefused.has(index)) firstRefused.set(index, Date.now());
        } else if (response.error.code === 'not-found') peer.have.clear(index);
        return;
      }
      const data = response.piece?.data;
      if (!data || response.piece?.index !== index) { markBad(peer, `answered piece ${index} with something else`); return; }
      const length = pieceLength(data);
      if (!(await store.writePiece(digest, index, data))) {
        markBad(peer, `sent piece ${index} that does not match the manifest`);
        return;
      }
      held!.set(index);
      peer.failures = 0;
      bytesFromPeers[peer.key] = (bytesFromPeers[peer.key] ?? 0) + length;
      options.onDownloaded?.(peer.key, length);
      lastProgress = Date.now();
      report();
    } catch {
      peer.failures++;
      peer.backoffUntil = Date.now() + Math.min(2_000, 100 * 2 ** peer.failures);
      // A peer that keeps failing (killed, partitioned) stops being asked; discovery may bring it back.
      if (peer.failures >= 3) { peers.delete(peer.key); for (const c of peer.idleStreams) c.stream.abort(new Error('peer failing')); peer.idleStreams = []; }
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

  /**
   * What may be asked of `peer` now: what it holds minus pieces it recently turned away, and, for
   * a complete holder while other pullers are around, minus pieces a puller already offers (the
   * complete holder's uplink is for pieces nobody else has; this is the puller's half of
   * super-seeding, the holder's 'seeded' answer is the other).
   */
  const offerable = (peer: PeerState, now: number, spare: Bitfield | undefined): Bitfield => {
    if (peer.refused.size === 0 && !spare) return peer.have;
    const have = new Bitfield(peer.have.size, peer.have.bytes);
    if (spare) have.removeAll(spare);
    for (const [index, until] of peer.refused) {
      if (until <= now) peer.refused.delete(index);
      else have.clear(index);
    }
    return have;
  };

  const pump = () => {
    if (!held) return;
    const usable = [...peers.values()].filter((p) => !p.bad && p.haveCount > 0);
    const haves = usable.map((p) => p.have);
    const counts = availability(held.size, haves);
    const partialHaves = usable.filter((p) => !p.complete).map((p) => p.have);
    const now = Date.now();
    // Complete holders (the origin among them) last in line for each round, so partial holders
    // are asked first and the origin is spared pieces others can already give.
    usable.sort((a, b) => Number(a.complete) - Number(b.complete));
    // While other pullers are around to trade with (even ones with no piece yet: they soon will
    // have), keep fewer requests on complete holders (the origin): their uplink is for pieces
    // nobody else has, and a deep queue there holds requests that go stale as pullers trade.
    const tradingPartners = [...peers.values()].some((p) => !p.bad && !p.complete && p.manifestChecked);
    const limitFor = (peer: PeerState) => (peer.complete && tradingPartners ? Math.min(2, perPeer) : perPeer);
    // Pieces some puller offers: complete holders are not asked for them while trading is possible.
    let offeredByPullers: Bitfield | undefined;
    if (tradingPartners && partialHaves.length > 0) {
      offeredByPullers = new Bitfield(held.size);
      for (const h of partialHaves) offeredByPullers.addAll(h);
    }
    let started = true;
    while (started) {
      started = false;
      for (const peer of usable) {
        if (peer.inFlight >= limitFor(peer) || peer.backoffUntil > now) continue;
        const index = choosePiece({ held, inFlight, peerHaves: haves }, offerable(peer, now, peer.complete ? offeredByPullers : undefined), Math.random, counts);
        if (index === undefined) continue;
        started = true;
        const refusedAt = firstRefused.get(index);
        const insist = peer.complete && refusedAt !== undefined && now - refusedAt >= INSIST_AFTER_MS && !partialHaves.some((h) => h.has(index));
        void fetchPiece(peer, index, insist);
      }
    }
  };

  await discover();
  if (!manifest) {
    throw new UnknownArtifactError(`unknown artifact ${digest}: none of the ${peers.size === 0 ? (await source.candidates(digest)).length : peers.size} connected peers holds it`);
  }
  held = await store.beginDownload(manifest);
  const resumedPieces = held.count();
  report();

  // Availability is pushed by the watches; this only picks up peers that connected since, or
  // whose watch ended on an error.
  let discovering = false;
  const rediscover = () => {
    if (discovering) return;
    discovering = true;
    discover().catch(() => undefined).finally(() => { discovering = false; poke(); });
  };
  rediscover();
  const timer = setInterval(rediscover, discoverMs);
  const onAbort = () => { failure = new Error(`download of ${digest} cancelled`); poke(); };
  options.signal?.addEventListener('abort', onAbort);
  try {
    while (!held.isComplete()) {
      if (failure) throw failure;
      if (Date.now() - lastProgress > stallTimeoutMs) {
        throw new Error(`download of ${digest} stalled: ${held.count()} of ${held.size} pieces, no peer has sent a piece for ${stallTimeoutMs / 1000} s (peers: ${peers.size}, bad: ${badPeers.length})`);
      }
      pump();
      // One 50 ms timer per wait, cleared when something wakes the loop first (left running, as
      // before, each pump left a timer behind that woke the loop for one more pump 50 ms later).
      await new Promise<void>((resolve) => {
        const timer = setTimeout(poke, 50);
        wake = () => { clearTimeout(timer); resolve(); };
      });
    }
    // Let in-flight duplicates settle before publishing.
    const info = await store.finishDownload(digest, options.ref === undefined ? {} : { ref: options.ref });
    return { info, bytesFromPeers, badPeers, resumedPieces };
  } finally {
    finished = true;
    stop.abort();
    clearInterval(timer);
    options.signal?.removeEventListener('abort', onAbort);
    for (const peer of peers.values()) for (const c of peer.idleStreams) void c.stream.close().catch(() => undefined);
    for (const stream of busyStreams) stream.abort(new Error('download finished'));
  }
}

/** Byte equality without copying (Buffer.from(Uint8Array) copies; this runs for every piece digest on every refresh). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
