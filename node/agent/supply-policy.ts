// The decisions of ArtifactSupply (artifacts.ts), apart from its I/O: whom to pull from, what an
// answer of the tracker allows, when to build a kernel template instead of waiting for one.
// Pure: randomness and the tracker's answers are passed in.
import type { ArtifactHolder, ArtifactLocation, ClaimReply } from '../control/index.ts';

/** Holders asked at once: enough to fill this node's downlink, few enough to leave the rest for others. */
export const MAX_HOLDERS_ASKED = 16;

const DIGEST = /^sha256:[0-9a-f]{64}$/;

export type PullPlan =
  | { readonly kind: 'pull'; readonly holders: readonly ArtifactHolder[]; readonly manifestDigest: `sha256:${string}` }
  | { readonly kind: 'unavailable'; readonly reason: string };

/**
 * What to do about an artifact this node lacks, given the tracker's record of it: pull from the
 * holders other than this node (a random order, at most MAX_HOLDERS_ASKED, so pullers spread over
 * them), checked against the recorded manifest digest; or why that is impossible.
 */
export function planPull(
  wanted: { readonly digest: string; readonly size?: number | undefined }, location: ArtifactLocation | undefined,
  selfPeerId: string, random: () => number,
): PullPlan {
  if (!location) return { kind: 'unavailable', reason: `no holder known: no node of the cluster is recorded as holding ${wanted.digest}` };
  if (wanted.size !== undefined && location.size !== wanted.size) {
    return { kind: 'unavailable', reason: `the cluster records ${location.size} bytes for ${wanted.digest}, not the ${wanted.size} expected` };
  }
  if (!DIGEST.test(location.manifestDigest)) return { kind: 'unavailable', reason: `the cluster's record of ${wanted.digest} has no manifest digest to check peers against` };
  const others = location.holders.filter((h) => h.peerId !== selfPeerId);
  if (others.length === 0) {
    return {
      kind: 'unavailable',
      reason: location.holders.length > 0
        ? `no holder known: only this node is recorded as holding ${wanted.digest}, and its store lacks it`
        : `no holder known: every node recorded as holding ${wanted.digest} is down`,
    };
  }
  const shuffled = [...others];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return { kind: 'pull', holders: shuffled.slice(0, MAX_HOLDERS_ASKED), manifestDigest: location.manifestDigest as `sha256:${string}` };
}

/** Each failed peer as "node (peer id): reason", naming nodes where the holder list knows them. */
export function describeFailures(failures: readonly { readonly peer: string; readonly reason: string }[], holders: readonly ArtifactHolder[]): string {
  const nodeOf = new Map(holders.map((h) => [h.peerId, h.node]));
  return failures.map((f) => {
    const node = nodeOf.get(f.peer);
    return `${node !== undefined && node !== f.peer ? `${node} (${f.peer})` : f.peer}: ${f.reason}`;
  }).join('; ');
}

/** The tag a kernel template's image is published under: node/spec's NAME:TAG with the template key as tag. */
export function kernelTag(template: string, key: string): string {
  return `kernel-${template}:${key}`;
}

/** After looking the template's tag up: pull it when some other node holds it, else claim the build. */
export function afterLookup(location: ArtifactLocation | undefined, selfPeerId: string): 'pull' | 'claim' {
  return location !== undefined && location.holders.some((h) => h.peerId !== selfPeerId) ? 'pull' : 'claim';
}

export type AfterClaim =
  | { readonly kind: 'build'; readonly claimed: boolean }
  | { readonly kind: 'wait'; readonly why: string };

/**
 * After claiming the build: build when granted; wait for the holder's image when another node
 * holds the claim; when the claim call itself failed (no leader, no server reachable), wait, but
 * only for `maxFailedRounds` rounds in a row: a node cut off from the cluster builds on its own
 * rather than never running its Arrows.
 */
export function afterClaim(reply: ClaimReply | Error, failedRounds: number, maxFailedRounds: number): AfterClaim {
  if (reply instanceof Error) {
    return failedRounds >= maxFailedRounds
      ? { kind: 'build', claimed: false }
      : { kind: 'wait', why: `cannot claim the build (${reply.message}); trying again` };
  }
  if (reply.granted) return { kind: 'build', claimed: true };
  return { kind: 'wait', why: reply.holder ? `node ${reply.holder} is building it; waiting to pull its image` : 'the claim was not granted; trying again' };
}
