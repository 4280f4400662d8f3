// Upload-side policies of the piece server, kept free of I/O so they can be tested directly:
// fair upload slots across peers, and super-seeding for artifacts this node holds completely.

/**
 * A fixed number of upload slots shared by all peers. Waiting requests are granted round-robin
 * by peer, so a puller keeping many requests in flight cannot crowd out one that keeps few: each
 * peer asking gets an equal share of this node's uplink. Waiters hold no piece data (the piece is
 * read once a slot is granted), so the queue costs little memory; its length is bounded by the
 * inbound stream limit, one request per stream at a time.
 */
export class UploadSlots {
  readonly #capacity: number;
  #active = 0;
  readonly #activeByPeer = new Map<string, number>();
  /** Peers with waiting requests, in round-robin order (Map keeps insertion order). */
  readonly #waiting = new Map<string, Array<() => void>>();

  constructor(capacity: number) {
    if (!(capacity >= 1)) throw new Error('upload slots must be at least 1');
    this.#capacity = capacity;
  }

  get active(): number { return this.#active; }

  /** Uploads in progress to peers other than `peer`. */
  activeForOthers(peer: string): number {
    return this.#active - (this.#activeByPeer.get(peer) ?? 0);
  }

  /** Resolves true with a slot held for `peer`, or false if `signal` aborted first (no slot held). */
  acquire(peer: string, signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    if (this.#active < this.#capacity && this.#waiting.size === 0) {
      this.#take(peer);
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      const grant = () => { signal.removeEventListener('abort', onAbort); this.#take(peer); resolve(true); };
      const onAbort = () => {
        const queue = this.#waiting.get(peer);
        const at = queue?.indexOf(grant) ?? -1;
        if (queue && at >= 0) {
          queue.splice(at, 1);
          if (queue.length === 0) this.#waiting.delete(peer);
        }
        resolve(false);
      };
      let queue = this.#waiting.get(peer);
      if (!queue) { queue = []; this.#waiting.set(peer, queue); }
      queue.push(grant);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  release(peer: string): void {
    this.#active--;
    const left = (this.#activeByPeer.get(peer) ?? 1) - 1;
    if (left > 0) this.#activeByPeer.set(peer, left); else this.#activeByPeer.delete(peer);
    while (this.#active < this.#capacity && this.#waiting.size > 0) {
      const [next, queue] = this.#waiting.entries().next().value!;
      const grant = queue.shift()!;
      // Round-robin: the peer just served goes to the back of the line.
      this.#waiting.delete(next);
      if (queue.length > 0) this.#waiting.set(next, queue);
      grant();
    }
  }

  #take(peer: string): void {
    this.#active++;
    this.#activeByPeer.set(peer, (this.#activeByPeer.get(peer) ?? 0) + 1);
  }
}

/**
 * Super-seeding for artifacts held completely: remembers who last received each piece from this
 * node and when, and turns a request away ('seeded') when the piece recently went to another peer
 * and this node's uplink is busy with other peers, so the requester gets it from that peer and
 * this node's uplink goes to pieces nobody has yet (the origin then sends each piece about once).
 *
 * Never refused: a piece not sent within `ttlMs` (an old record says nothing about who holds it
 * now); a request while no other peer is being served (a lone puller, or holders that finished
 * distributing, get full speed: only competing demand is turned away); a piece re-asked by the
 * peer it went to (it lost it, e.g. deleted or restarted: it becomes the recipient again, so
 * others are sent to it once it has the piece back); an `insist`ing request (the puller found
 * nobody else offering the piece for a while, e.g. its recipient died).
 */
export class SeedTracker {
  readonly #maxArtifacts: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  /** Per digest, the last recipient of each piece and when it was sent (undefined: never). */
  readonly #recipients = new Map<string, Array<{ peer: string; at: number } | undefined>>();

  constructor(options: { maxArtifacts?: number; ttlMs?: number; now?: () => number } = {}) {
    this.#maxArtifacts = options.maxArtifacts ?? 64;
    this.#ttlMs = options.ttlMs ?? 10_000;
    this.#now = options.now ?? (() => performance.now());
  }

  shouldRefuse(digest: string, index: number, peer: string, uploadsToOthers: number, insist: boolean): boolean {
    if (insist || uploadsToOthers === 0) return false;
    const last = this.#recipients.get(digest)?.[index];
    return last !== undefined && last.peer !== peer && this.#now() - last.at < this.#ttlMs;
  }

  sent(digest: string, index: number, peer: string): void {
    let recipients = this.#recipients.get(digest);
    if (!recipients) {
      // Bounded memory: forget the oldest artifact (Map keeps insertion order).
      if (this.#recipients.size >= this.#maxArtifacts) this.#recipients.delete(this.#recipients.keys().next().value!);
      recipients = [];
      this.#recipients.set(digest, recipients);
    }
    if (index >= 0 && index < 1 << 24) recipients[index] = { peer, at: this.#now() };
  }
}
