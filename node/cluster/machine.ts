// The cluster state as Raft's state machine: bytes in, bytes out. A committed entry that does not
// decode, does not validate, or trips over a bug is an error result for its proposer; it never
// throws into the Raft driver, which would stop the member (and every member, again on replay).
import type { StateMachine } from '../../raft/index.ts';
import { decodeCommand, decodeSnapshot, encodeSnapshot } from './codec.ts';
import { ClusterState } from './state.ts';
import type { Applied, ClusterStateOptions, CommandResult } from './state.ts';

export type AppliedListener = (index: number, applied: Applied, commandType: string) => void;

export class ClusterStateMachine implements StateMachine<CommandResult> {
  #state: ClusterState;
  readonly #options: ClusterStateOptions;
  readonly #listeners = new Set<AppliedListener>();
  readonly #restoreListeners = new Set<(state: ClusterState) => void>();
  readonly #onBug: (error: Error, index: number) => void;

  constructor(options: ClusterStateOptions & { onBug?: (error: Error, index: number) => void }) {
    this.#options = options;
    this.#state = new ClusterState(options);
    this.#onBug = options.onBug ?? (() => {});
  }

  /** The current state. Replaced by restore(): read it through this getter, never keep it. */
  get state(): ClusterState {
    return this.#state;
  }

  /** Called after every applied entry, in log order, with what changed. */
  onApplied(listener: AppliedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Called after the whole state was replaced by a snapshot. */
  onRestored(listener: (state: ClusterState) => void): () => void {
    this.#restoreListeners.add(listener);
    return () => this.#restoreListeners.delete(listener);
  }

  apply(bytes: Uint8Array, index: number): CommandResult {
    let applied: Applied;
    let type = 'unknown';
    try {
      const timed = decodeCommand(bytes);
      type = timed.command.type;
      applied = this.#state.apply(timed, index);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      if (e.name !== 'CommandDecodeError') this.#onBug(e, index);
      applied = { result: { ok: false, error: e.message }, changes: [] };
    }
    for (const listener of this.#listeners) listener(index, applied, type);
    return applied.result;
  }

  snapshot(): Uint8Array {
    return encodeSnapshot(this.#state.toRecords());
  }

  restore(data: Uint8Array): void {
    this.#state = data.length === 0 ? new ClusterState(this.#options) : ClusterState.fromRecords(decodeSnapshot(data), this.#options);
    for (const listener of this.#restoreListeners) listener(this.#state);
  }
}
