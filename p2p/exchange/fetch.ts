// Downloads one artifact from the peers a PeerSource names: asks who holds what, checks each
// peer's manifest (against the digest the cluster recorded at push, when given), fetches pieces
// in parallel (rarest first), verifies each against the manifest, refreshes availability while
// running so pullers trade pieces with each other, drops peers that send bad data.
import type { PeerId, Stream } from '@libp2p/interface';
import type { ArrowLibp2p } from '../host/index.ts';
import { BlobMismatchError } from '../store/index.ts';
import type { ArtifactInfo, ArtifactStore } from '../store/index.ts';
import { arrow } from '../proto/p2p.pb.js';
import { Bitfield, manifestDigestOf, pieceLength, validateManifest } from '../pieces/index.ts';
import type { Digest, Manifest } from '../pieces/index.ts';
import { availability, choosePiece } from '../schedule/index.ts';
import { frameReader, readFrameChunks, writeFrame } from '../framing/index.ts';
import type { Frame, FrameReader } from '../framing/index.ts';
import { MAX_RESPONSE_BYTES, PIECES_PROTOCOL, encodeRequest, parsePieceFrame } from './codec.ts';
import type { PeerSource } from './peers.ts';
import { hopeless, judgeManifest, peerFailures, pullVerdict } from './verdict.ts';
import type { PeerCondition, PeerOutlook } from './verdict.ts';

export interface FetchProgress { digest: Digest; size: number; piecesHeld: number; pieceCount: number; bytesHeld: number; peers: number }

export interface BadPeerReport { peer: string; reason: string }

export interface FetchResult {
  info: ArtifactInfo;
  bytesFromPeers: Record<string, number>;
  /** Peers dropped for bad data (a forged manifest, a bad piece), as reported to onBadPeer. */
  badPeers: BadPeerReport[];
  /** Without expectedManifestDigest: peers whose manifest differed from the one used (not blamed). */
  setAside: BadPeerReport[];
  resumedPieces: number;
}

export interface FetchOptions {
  ref?: string;
  /**
   * manifestDigestOf the artifact's manifest as the cluster recorded it at push. Each peer's
   * manifest is checked against it before that peer is asked for anything: a peer whose manifest
   * differs is reported (onBadPeer, "forged manifest") and never asked for pieces. Without it the
   * first manifest to arrive is used and peers with another are set aside, unblamed.
   */
  expectedManifestDigest?: Digest;
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
  /**
   * Once every candidate is bad or set aside, how long to wait for the source to name another
   * before giving up (default twice discoverMs).
   */
  hopelessGraceMs?: number;
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
  /** Bad or set aside: why (its condition in a failure report). */
  droppedFor: PeerCondition | undefined;
  /** It answered that it holds nothing of the digest (its latest answer). */
  lacks: boolean;
  /** Why its latest request failed, if it did. */
  lastError: string | undefined;
  failures: number;
}

/** A pull that cannot succeed: `peers` says, for each candidate peer, why it did not deliver. */
export class FetchFailedError extends Error {
  readonly digest: Digest;
  /** Why the pull as a whole failed (the message adds each peer's reason). */
  readonly reason: string;
  readonly peers: readonly BadPeerReport[];
  constructor(digest: Digest, reason: string, peers: readonly BadPeerReport[]) {
    const each = peers.length === 0 ? 'no peer to ask' : peers.map((p) => `${p.peer}: ${p.reason}`).join('; ');
    super(`cannot pull ${digest}: ${reason} (${each})`);
    this.name = 'FetchFailedError';
    this.digest = digest;
    this.reason = reason;
    this.peers = peers;
  }
}

/** None of the peers asked holds the artifact. */
export class UnknownArtifactError extends FetchFailedError {
  constructor(digest: Digest, peers: readonly BadPeerReport[]) {
    super(digest, `unknown artifact: none of the ${peers.length} peers asked holds it`, peers);
    this.name = 'UnknownArtifactError';
  }
}

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
  const hopelessGraceMs = options.hopelessGraceMs ?? 2 * discoverMs;
  const expected = options.expectedManifestDigest;

  const existing = await store.stat(digest);
  if (existing) {
    if (options.ref) await store.addRef(digest, options.ref);
    return { info: (await store.stat(digest)) ?? existing, bytesFromPeers: {}, badPeers: [], setAside: [], resumedPieces: 0 };
  }

  const peers = new Map<string, PeerState>();
  const badPeers: BadPeerReport[] = [];
  const setAside: BadPeerReport[] = [];
  const bytesFromPeers: Record<string, number> = {};
  /** The source's latest answer: the peers a failure report speaks of. */
  let candidateKeys: string[] = [];
  /** Why each peer's latest request failed, kept when a failing peer is forgotten. */
  const lastErrors = new Map<string, string>();
  let manifest: Manifest | undefined;
  let manifestDigest: Digest | undefined;
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

  /** Stops asking `peer` anything: it sent bad data (reported) or a manifest other than the one in use. */
  const drop = (peer: PeerState, condition: Extract<PeerCondition, { kind: 'bad' | 'set-aside' }>) => {
    if (peer.bad) return;
    peer.bad = true;
    peer.droppedFor = condition;
    for (const conn of peer.idleStreams) conn.stream.abort(new Error('peer dropped'));
    peer.idleStreams = [];
    const report = { peer: peer.key, reason: condition.reason };
    if (condition.kind === 'set-aside') { setAside.push(report); return; }
    badPeers.push(report);
    options.onBadPeer?.(report);
  };
  const markBad = (peer: PeerState, reason: string) => drop(peer, { kind: 'bad', reason });

  /** Applies a have answer; returns whether it told us anything new. */
  const applyHave = (peer: PeerState, have: arrow.p2p.IHaveResponse | null | undefined): boolean => {
    peer.lacks = !have || !have.known;
    if (!have || !have.known) return false;
    if (!peer.manifestChecked) {
      if (!have.manifest) return false;
      const theirs = validateManifest(have.manifest, options.maxArtifactBytes);
      if (theirs.digest !== digest) { markBad(peer, `answered with a manifest for ${theirs.digest}`); return false; }
      const theirDigest = manifestDigestOf(theirs);
      switch (judgeManifest(theirDigest, manifestDigest, expected)) {
        case 'forged':
          markBad(peer, `forged manifest: its manifest of ${digest} has digest ${theirDigest}, the cluster recorded ${expected}`);
          return false;
        case 'disagrees':
          drop(peer, { kind: 'set-aside', reason: `its manifest (${theirDigest}) differs from the one in use (${manifestDigest}); not used` });
          return false;
        case 'adopt':
          manifest = theirs;
          manifestDigest = theirDigest;
          break;
        case 'agree':
          break;
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
    inFlight: 0, idleStreams: [], backoffUntil: 0, refused: new Map(), bad: false, droppedFor: undefined, lacks: false, lastError: undefined, failures: 0,
  });

  const failed = (peer: PeerState, error: unknown) => {
    peer.lastError = (error as Error).message ?? String(error);
    lastErrors.set(peer.key, peer.lastError);
  };
  const conditionOf = (key: string): PeerCondition => {
    const peer = peers.get(key);
    if (!peer) {
      const error = lastErrors.get(key);
      return error === undefined ? { kind: 'unasked' } : { kind: 'unreachable', reason: error };
    }
    if (peer.droppedFor) return peer.droppedFor;
    if (peer.manifestChecked) return { kind: 'serving' };
    if (peer.lastError !== undefined) return { kind: 'unreachable', reason: peer.lastError };
    return peer.lacks ? { kind: 'lacks' } : { kind: 'unasked' };
  };
  const outlook = (): PeerOutlook[] => candidateKeys.map((peer) => ({ peer, condition: conditionOf(peer) }));

  /** One have request to `peer`; `waitMs` > 0 makes it a long poll. */
  const askHave = async (peer: PeerState, waitMs: number): Promise<boolean> => {
    const request = encodeRequest({ have: { digest, waitMs, knownCount: peer.haveCount, manifestKnown: peer.manifestChecked } });
    let response: arrow.p2p.Response;
    try {
      response = await exchange(peer, request, haveTimeoutMs + waitMs, 'a have answer');
    } catch (error) {
      failed(peer, error);
      throw error;
    }
    peer.lastError = undefined;
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
    candidateKeys = candidates.map((id) => id.toString());
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
    } catch (error) {
      failed(peer, error);
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

  const startedAt = Date.now();
  let hopelessSince: number | undefined;
  /** Throws when the pull cannot succeed any more (see pullVerdict). */
  const judge = () => {
    const now = Date.now();
    const peersNow = outlook();
    if (!hopeless(peersNow)) hopelessSince = undefined;
    else hopelessSince ??= now;
    const verdict = pullVerdict({
      peers: peersNow, manifestKnown: manifest !== undefined, sinceProgressMs: now - (manifest ? lastProgress : startedAt),
      stallTimeoutMs, hopelessForMs: hopelessSince === undefined ? 0 : now - hopelessSince, graceMs: hopelessGraceMs,
    });
    if (verdict.kind === 'unknown') throw new UnknownArtifactError(digest, peerFailures(peersNow));
    if (verdict.kind === 'failed') {
      const reason = held ? `${verdict.reason} (${held.count()} of ${held.size} pieces held)` : verdict.reason;
      throw new FetchFailedError(digest, reason, peerFailures(peersNow));
    }
  };

  // Until some peer's manifest is accepted: ask every candidate at once, again each round while
  // some did not answer (unreachable, slow) and none refused for good.
  const closeStreams = () => {
    for (const peer of peers.values()) for (const c of peer.idleStreams) void c.stream.close().catch(() => undefined);
    for (const stream of busyStreams) stream.abort(new Error('download finished'));
  };
  try {
    await discover();
    while (!manifest) {
      judge();
      await pause(discoverMs, options.signal);
      if (options.signal?.aborted) throw new Error(`download of ${digest} cancelled`);
      await discover();
    }
  } catch (error) {
    finished = true;
    stop.abort();
    closeStreams();
    throw error;
  }
  held = await store.beginDownload(manifest);
  lastProgress = Date.now();
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
      judge();
      pump();
      // One 50 ms timer per wait, cleared when something wakes the loop first (left running, as
      // before, each pump left a timer behind that woke the loop for one more pump 50 ms later).
      await new Promise<void>((resolve) => {
        const timer = setTimeout(poke, 50);
        wake = () => { clearTimeout(timer); resolve(); };
      });
    }
    // Let in-flight duplicates settle before publishing.
    let info: ArtifactInfo;
    try {
      info = await store.finishDownload(digest, options.ref === undefined ? {} : { ref: options.ref });
    } catch (error) {
      if (!(error instanceof BlobMismatchError)) throw error;
      // Only possible without expectedManifestDigest: the manifest in use lists pieces that do
      // not make up the artifact, so the peers that offered it as complete holders vouched for
      // a forgery; peers set aside for another manifest may have been the honest ones.
      for (const peer of peers.values()) {
        if (peer.manifestChecked && peer.complete && !peer.bad) markBad(peer, `forged manifest: the pieces its manifest lists hash to ${error.actual}, not ${digest}`);
      }
      const hint = setAside.length > 0 ? `; ${setAside.length} peer(s) offered another manifest: pull again with the manifest digest the cluster recorded` : '';
      throw new FetchFailedError(digest, `${error.message}${hint}`, peerFailures(outlook()));
    }
    return { info, bytesFromPeers, badPeers, setAside, resumedPieces };
  } finally {
    finished = true;
    stop.abort();
    clearInterval(timer);
    options.signal?.removeEventListener('abort', onAbort);
    closeStreams();
  }
}

/** Resolves after `ms`, or at once when `signal` aborts (leaving no listener behind). */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => { clearTimeout(timer); signal?.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
