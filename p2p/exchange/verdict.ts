// Pure decisions of one pull, apart from its I/O (fetch.ts): whose manifest to use, who is to
// blame for what, and when a pull cannot succeed any more.
import type { Digest } from '../pieces/index.ts';

export type ManifestVerdict = 'adopt' | 'agree' | 'forged' | 'disagrees';

/**
 * What to make of a peer's manifest, given its manifestDigestOf (`theirs`), the one in use (if
 * any) and the one the cluster recorded when the artifact was pushed (if the caller knows it):
 * - with `expected`: a match is adopted (or agrees with the one in use, which is the same), any
 *   other manifest is forged, and that peer alone is to blame;
 * - without: the first manifest is adopted and a different one 'disagrees': either side may be
 *   the forger, so nobody is blamed for it, and the peer is never asked for pieces (they would
 *   not match the manifest in use, through no fault of theirs if theirs is the honest one).
 */
export function judgeManifest(theirs: Digest, inUse: Digest | undefined, expected: Digest | undefined): ManifestVerdict {
  if (expected !== undefined && theirs !== expected) return 'forged';
  if (inUse === undefined) return 'adopt';
  return theirs === inUse ? 'agree' : 'disagrees';
}

/** Where a peer stands in a pull. */
export type PeerCondition =
  /** Its manifest is the one in use: it is asked for pieces. */
  | { readonly kind: 'serving' }
  /** It sent bad data (a forged manifest, a bad piece): dropped and reported. */
  | { readonly kind: 'bad'; readonly reason: string }
  /** Its manifest differs from the one in use (no expected manifest digest): not asked, not blamed. */
  | { readonly kind: 'set-aside'; readonly reason: string }
  /** It answered that it holds nothing of the artifact. */
  | { readonly kind: 'lacks' }
  /** Its last request failed (dial, timeout, reset). */
  | { readonly kind: 'unreachable'; readonly reason: string }
  /** Not asked yet, or its first answer is still on its way. */
  | { readonly kind: 'unasked' };

export interface PeerOutlook {
  readonly peer: string;
  readonly condition: PeerCondition;
}

export type PullVerdict =
  | { readonly kind: 'continue' }
  /** Nobody asked holds the artifact (UnknownArtifactError). */
  | { readonly kind: 'unknown' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface PullState {
  /** The latest candidates (the peer source's last answer) and where each stands. */
  readonly peers: readonly PeerOutlook[];
  readonly manifestKnown: boolean;
  /** Since the last verified piece (or the start). */
  readonly sinceProgressMs: number;
  readonly stallTimeoutMs: number;
  /** How long every candidate has been bad or set aside (0: not so now). */
  readonly hopelessForMs: number;
  /** How long that may last before giving up: long enough for the source to name a new peer. */
  readonly graceMs: number;
}

const lost = (c: PeerCondition) => c.kind === 'bad' || c.kind === 'set-aside';

/** Whether every candidate is bad or set aside (none left to ask), with at least one candidate. */
export function hopeless(peers: readonly PeerOutlook[]): boolean {
  return peers.length > 0 && peers.every((p) => lost(p.condition));
}

/**
 * Whether to go on. Before a manifest is known: when every candidate has answered and none offers
 * a usable manifest, at once (unknown when they all lack it); while some are unreachable or not
 * yet answered, until the stall timeout. Once known: every candidate bad or set aside for
 * `graceMs`, or no verified piece for `stallTimeoutMs`.
 */
export function pullVerdict(state: PullState): PullVerdict {
  const { peers } = state;
  if (!state.manifestKnown) {
    if (peers.every((p) => p.condition.kind === 'lacks')) return { kind: 'unknown' };
    if (peers.every((p) => p.condition.kind === 'lacks' || lost(p.condition))) {
      return { kind: 'failed', reason: 'no peer offered a usable manifest' };
    }
    if (state.sinceProgressMs > state.stallTimeoutMs) return { kind: 'failed', reason: `no peer offered a manifest within ${state.stallTimeoutMs / 1000} s` };
    return { kind: 'continue' };
  }
  if (state.hopelessForMs > state.graceMs) return { kind: 'failed', reason: 'every peer holding it was dropped' };
  if (state.sinceProgressMs > state.stallTimeoutMs) return { kind: 'failed', reason: `stalled: no peer has sent a piece for ${state.stallTimeoutMs / 1000} s` };
  return { kind: 'continue' };
}

/** Each candidate and why it did not (or could not) deliver, for the error a failed pull throws. */
export function peerFailures(peers: readonly PeerOutlook[]): { peer: string; reason: string }[] {
  return peers.map(({ peer, condition: c }) => ({
    peer,
    reason: c.kind === 'bad' || c.kind === 'set-aside' || c.kind === 'unreachable' ? c.reason
      : c.kind === 'lacks' ? 'does not hold it'
        : c.kind === 'unasked' ? 'did not answer yet'
          : 'sent too little in time',
  }));
}
