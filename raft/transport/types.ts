import type { Message } from '../core/index.ts';

/**
 * Carries Raft messages between members. Delivery is best effort: Raft retries whatever is lost,
 * so a transport drops rather than blocks, and says which peer it could not reach.
 */
export interface Transport {
  /** Queues messages for their `to` members; never throws for an unreachable peer. */
  send(messages: readonly Message[]): void;
  onMessage(handler: (message: Message) => void): void;
  /** A message to `peer` was dropped (peer down, queue full): the node calls reportUnreachable. */
  onUnreachable(handler: (peer: string) => void): void;
  /** A SNAP message was handed to the peer's connection (ok) or dropped (not ok). */
  onSnapshotStatus(handler: (peer: string, ok: boolean) => void): void;
  /** Membership changed: where a member can be reached ('' / undefined removes it). */
  setPeer(id: string, address: string | undefined): void;
  /** Idempotent. */
  start(): Promise<void>;
  close(): Promise<void>;
}
