// Pending ReadIndex requests on the leader (etcd's read_only.go, ReadOnlySafe only). A request
// records the commit index when it arrived; it is answered once a quorum has acknowledged a
// heartbeat carrying its context, proving this node was still leader at that moment.
import type { Message } from './types.ts';

export interface PendingRead {
  index: number;
  request: Message;
  acks: Set<string>;
}

export function contextKey(ctx: Uint8Array): string {
  let s = '';
  for (let i = 0; i < ctx.length; i++) s += String.fromCharCode(ctx[i]!);
  return s;
}

export class ReadOnly {
  private readonly pending = new Map<string, PendingRead>();
  private queue: string[] = [];

  addRequest(index: number, request: Message): void {
    const key = contextKey(request.context);
    if (this.pending.has(key)) return;
    this.pending.set(key, { index, request, acks: new Set() });
    this.queue.push(key);
  }

  /** Records an acknowledgement; returns who has acknowledged the request so far. */
  recvAck(from: string, ctx: Uint8Array): Set<string> | undefined {
    const rs = this.pending.get(contextKey(ctx));
    if (!rs) return undefined;
    rs.acks.add(from);
    return rs.acks;
  }

  /**
   * The request with this context is confirmed: it and every request queued before it (a
   * quorum acknowledged a later heartbeat, so leadership held for them too) are returned.
   */
  advance(ctx: Uint8Array): PendingRead[] {
    const key = contextKey(ctx);
    const at = this.queue.indexOf(key);
    if (at < 0) return [];
    const done = this.queue.slice(0, at + 1);
    this.queue = this.queue.slice(at + 1);
    const out: PendingRead[] = [];
    for (const k of done) {
      const rs = this.pending.get(k);
      if (rs) out.push(rs);
      this.pending.delete(k);
    }
    return out;
  }

  lastPendingContext(): Uint8Array | undefined {
    const key = this.queue[this.queue.length - 1];
    return key === undefined ? undefined : this.pending.get(key)?.request.context;
  }
}
