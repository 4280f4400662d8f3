// Simulated network: each message gets a random delay (so messages reorder), may be dropped or
// duplicated, and is lost when its directed link is cut at delivery time.
import type { Message } from '../core/index.ts';
import type { Rng } from './rng.ts';

interface InFlight {
  at: number;
  order: number;
  msg: Message;
}

export interface LinkFaults {
  dropRate: number;
  duplicateRate: number;
  maxDelay: number;
}

export class SimNetwork {
  private inFlight: InFlight[] = [];
  private order = 0;
  private readonly blocked = new Set<string>();
  faults: LinkFaults;
  private readonly rng: Rng;

  constructor(rng: Rng, faults: LinkFaults) {
    this.rng = rng;
    this.faults = faults;
  }

  /** Returns false when the message was dropped at once (the sender's transport may notice). */
  send(msg: Message, now: number): boolean {
    if (this.rng.chance(this.faults.dropRate)) return false;
    this.enqueue(msg, now);
    if (this.rng.chance(this.faults.duplicateRate)) this.enqueue(msg, now);
    return true;
  }

  private enqueue(msg: Message, now: number): void {
    // Shallow copy: receivers must never see each other's mutations.
    this.inFlight.push({ at: now + this.rng.int(this.faults.maxDelay + 1), order: this.order++, msg: { ...msg } });
  }

  /** Messages due by `now`, in delivery order; removes them from the network. */
  due(now: number): Message[] {
    const ready: InFlight[] = [];
    const rest: InFlight[] = [];
    for (const f of this.inFlight) (f.at <= now ? ready : rest).push(f);
    if (ready.length === 0) return [];
    this.inFlight = rest;
    ready.sort((a, b) => a.at - b.at || a.order - b.order);
    return ready.map((f) => f.msg);
  }

  isBlocked(from: string, to: string): boolean {
    return this.blocked.has(`${from}->${to}`);
  }

  block(from: string, to: string): void {
    this.blocked.add(`${from}->${to}`);
  }

  /** Cuts every link between the two groups, both ways. */
  split(a: readonly string[], b: readonly string[]): void {
    for (const x of a) {
      for (const y of b) {
        this.block(x, y);
        this.block(y, x);
      }
    }
  }

  healLinks(): void {
    this.blocked.clear();
  }

  hasPartition(): boolean {
    return this.blocked.size > 0;
  }

  size(): number {
    return this.inFlight.length;
  }
}
