// Claims on work that one node of the cluster should do at a time (a kernel template's build:
// 5-20 minutes of compiling that every other node can pull instead), as leases kept in the
// leader's memory. Pure: time and node liveness are passed in.
//
// Why leases in memory and not a Raft entry: a claim only saves work, it guards nothing (a build
// done twice yields two good images, and the first tag wins), so losing the table with the leader
// costs at most one more build, while a claim in the log would have to be expired by the log too.
// The holder renews by claiming again (every third of the lease); a holder whose node is down,
// or that stopped renewing, loses the claim to the next caller.

/** How long a claim lasts without renewal: a few missed renewals, far below a build's length. */
export const CLAIM_LEASE_MS = 30_000;

/** Leases kept at once; past it, expired ones are swept, then new claims are refused. */
const MAX_CLAIMS = 4_096;

export interface ClaimDecision {
  readonly granted: boolean;
  /** Who holds the lease after this call ('' when nobody). */
  readonly holder: string;
  /** The lease's remaining time for its holder. */
  readonly leaseMs: number;
}

export class ClaimTable {
  readonly leaseMs: number;
  readonly #leases = new Map<string, { node: string; until: number }>();

  constructor(leaseMs = CLAIM_LEASE_MS) {
    this.leaseMs = leaseMs;
  }

  /**
   * `node` claims (or renews) `name`: granted when nobody holds it, when `node` already does, or
   * when its holder's lease ran out or its node is down (`isDown`). Throws when the table is full
   * of live leases (a flood of bogus names), so a real claim is refused rather than memory grown.
   */
  claim(name: string, node: string, now: number, isDown: (node: string) => boolean): ClaimDecision {
    const lease = this.#leases.get(name);
    if (lease && lease.node !== node && lease.until > now && !isDown(lease.node)) {
      return { granted: false, holder: lease.node, leaseMs: lease.until - now };
    }
    if (!lease && this.#leases.size >= MAX_CLAIMS) {
      for (const [key, l] of this.#leases) if (l.until <= now) this.#leases.delete(key);
      if (this.#leases.size >= MAX_CLAIMS) throw new Error(`too many claims in progress (${MAX_CLAIMS})`);
    }
    this.#leases.set(name, { node, until: now + this.leaseMs });
    return { granted: true, holder: node, leaseMs: this.leaseMs };
  }

  /** `node` gives `name` up; a claim held by another node is left alone. */
  release(name: string, node: string, now: number): ClaimDecision {
    const lease = this.#leases.get(name);
    if (lease?.node === node) this.#leases.delete(name);
    const left = this.#leases.get(name);
    return left && left.until > now ? { granted: false, holder: left.node, leaseMs: left.until - now } : { granted: false, holder: '', leaseMs: 0 };
  }

  /** A new leader starts with no claims (its predecessor's died with it). */
  clear(): void {
    this.#leases.clear();
  }
}
