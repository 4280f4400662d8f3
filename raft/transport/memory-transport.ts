// In-process transport for tests: members of one MemoryNetwork exchange messages through
// asynchronous delivery (setImmediate), with partitions to cut members off. Messages are encoded
// and decoded on the way, so a test exercises the same codec as the socket transport.
import type { Message } from '../core/index.ts';
import { MessageType } from '../core/index.ts';
import { decodeMessage, encodeMessage } from './codec.ts';
import type { Transport } from './types.ts';

export class MemoryNetwork {
  readonly #members = new Map<string, MemoryTransport>();
  readonly #isolated = new Set<string>();

  transport(id: string): MemoryTransport {
    const t = new MemoryTransport(id, this);
    return t;
  }

  /** Cut a member off: messages to or from it are dropped (and reported unreachable). */
  isolate(id: string): void {
    this.#isolated.add(id);
  }

  heal(id?: string): void {
    if (id === undefined) this.#isolated.clear();
    else this.#isolated.delete(id);
  }

  /** @internal */
  register(t: MemoryTransport): void {
    this.#members.set(t.id, t);
  }

  /** @internal */
  unregister(t: MemoryTransport): void {
    if (this.#members.get(t.id) === t) this.#members.delete(t.id);
  }

  /** @internal returns whether the message could be handed over */
  deliver(from: string, message: Message): boolean {
    const target = this.#members.get(message.to);
    if (!target || this.#isolated.has(from) || this.#isolated.has(message.to)) return false;
    const bytes = encodeMessage(message);
    setImmediate(() => target.receive(decodeMessage(bytes)));
    return true;
  }
}

export class MemoryTransport implements Transport {
  readonly id: string;
  readonly #network: MemoryNetwork;
  #onMessage: (m: Message) => void = () => {};
  #onUnreachable: (peer: string) => void = () => {};
  #onSnapshotStatus: (peer: string, ok: boolean) => void = () => {};
  #started = false;

  constructor(id: string, network: MemoryNetwork) {
    this.id = id;
    this.#network = network;
  }

  send(messages: readonly Message[]): void {
    if (!this.#started) return;
    for (const m of messages) {
      const ok = this.#network.deliver(this.id, m);
      if (m.type === MessageType.SNAP) this.#onSnapshotStatus(m.to, ok);
      if (!ok) this.#onUnreachable(m.to);
    }
  }

  onMessage(handler: (message: Message) => void): void {
    this.#onMessage = handler;
  }

  onUnreachable(handler: (peer: string) => void): void {
    this.#onUnreachable = handler;
  }

  onSnapshotStatus(handler: (peer: string, ok: boolean) => void): void {
    this.#onSnapshotStatus = handler;
  }

  setPeer(): void {
    // Membership of a MemoryNetwork is whoever started; nothing to configure.
  }

  /** @internal */
  receive(message: Message): void {
    if (this.#started) this.#onMessage(message);
  }

  async start(): Promise<void> {
    this.#started = true;
    this.#network.register(this);
  }

  async close(): Promise<void> {
    this.#started = false;
    this.#network.unregister(this);
  }
}
