// This node's Raft member holding the cluster state: RaftNode (raft/) driving the cluster state
// machine (node/cluster/) over a transport. Proposals are validated before they reach the log.
import type { ConfState, RaftNodeOptions, Status, Transport } from '../../raft/index.ts';
import { RaftNode } from '../../raft/index.ts';
import { ClusterStateMachine, encodeCommand, validateCommand } from '../cluster/index.ts';
import type { AppliedListener, ClusterState, Command, CommandResult, DefinitionReader } from '../cluster/index.ts';

export interface ClusterMemberOptions {
  /** This member's id: the node's libp2p peer id. */
  readonly id: string;
  /** The Raft data dir (LevelDB). */
  readonly dataDir: string;
  readonly transport: Transport;
  readonly readDefinition: DefinitionReader;
  /** Found a new cluster with this member as its only voter (ignored once the data dir holds state). */
  readonly bootstrapAddress?: string;
  readonly raft?: Partial<Pick<RaftNodeOptions<CommandResult>, 'tickMs' | 'electionTicks' | 'heartbeatTicks' | 'snapshotEvery' | 'snapshotLogRatio' | 'keepEntriesAfterSnapshot' | 'requestTimeoutMs' | 'maxCommandBytes'>>;
  readonly logger?: RaftNodeOptions<CommandResult>['logger'];
  readonly onBug?: (error: Error, index: number) => void;
}

export class ClusterMember {
  readonly #raft: RaftNode<CommandResult>;
  readonly #machine: ClusterStateMachine;

  private constructor(raft: RaftNode<CommandResult>, machine: ClusterStateMachine) {
    this.#raft = raft;
    this.#machine = machine;
  }

  static async start(options: ClusterMemberOptions): Promise<ClusterMember> {
    const machine = new ClusterStateMachine({ readDefinition: options.readDefinition, ...(options.onBug ? { onBug: options.onBug } : {}) });
    const raft = await RaftNode.start<CommandResult>({
      id: options.id,
      dataDir: options.dataDir,
      transport: options.transport,
      stateMachine: machine,
      ...(options.bootstrapAddress === undefined ? {} : { initialMembers: { [options.id]: options.bootstrapAddress } }),
      // Plans of a few thousand placements are one command each.
      maxCommandBytes: 4 * 1024 * 1024,
      // An election timeout of 1 s (randomised to 1-2 s), heartbeats every 100 ms: a server on a
      // busy host can stall its event loop for a few hundred ms (a plan batch, a snapshot, GC),
      // which with raft/'s 300 ms default cost the cluster its leader again and again under load.
      // The 10 ms tick still carries commit indexes to followers promptly (lazyCommitBroadcast).
      tickMs: 10,
      electionTicks: 100,
      heartbeatTicks: 10,
      // Snapshots serialise the whole state on the event loop (26 MB and over a second of CPU at
      // 200,000 allocations), and a follower restoring one is busy for longer: take them rarely,
      // and keep enough log behind each that a follower a little behind catches up from the log.
      snapshotEvery: 50_000,
      keepEntriesAfterSnapshot: 10_000,
      ...options.raft,
      ...(options.logger ? { logger: options.logger } : {}),
    });
    return new ClusterMember(raft, machine);
  }

  get id(): string { return this.#raft.id; }
  /** The state as of the last applied entry (replaced on snapshot restore: do not keep it). */
  get state(): ClusterState { return this.#machine.state; }
  get isLeader(): boolean { return this.#raft.isLeader; }
  get leaderId(): string { return this.#raft.leaderId; }
  get confState(): ConfState { return this.#raft.confState; }
  get appliedIndex(): number { return this.#raft.appliedIndex; }
  status(): Status { return this.#raft.status(); }

  /**
   * Validates and proposes a command; resolves with its result once applied here. Throws
   * CommandValidationError before anything reaches the log; NotLeaderError, RequestTimeoutError
   * (outcome unknown) and NodeClosedError from Raft.
   */
  async propose(command: Command): Promise<CommandResult> {
    validateCommand(command);
    const { result } = await this.#raft.propose(encodeCommand({ timeMs: Date.now(), command }));
    return result;
  }

  /** Runs `query` on the state once everything committed before the call is applied (ReadIndex). */
  read<T>(query: (state: ClusterState) => T): Promise<T> {
    return this.#raft.read(() => query(this.#machine.state));
  }

  onApplied(listener: AppliedListener): () => void { return this.#machine.onApplied(listener); }
  onRestored(listener: (state: ClusterState) => void): () => void { return this.#machine.onRestored(listener); }

  onLeader(listener: (leaderId: string, term: number) => void): () => void {
    this.#raft.on('leader', listener);
    return () => { this.#raft.off('leader', listener); };
  }

  onMembership(listener: (conf: ConfState) => void): () => void {
    this.#raft.on('membership', listener);
    return () => { this.#raft.off('membership', listener); };
  }

  onError(listener: (error: Error) => void): () => void {
    this.#raft.on('error', listener);
    return () => { this.#raft.off('error', listener); };
  }

  addLearner(peerId: string, address: string): Promise<ConfState> { return this.#raft.addLearner(peerId, address); }
  promote(peerId: string): Promise<ConfState> { return this.#raft.promote(peerId); }
  remove(peerId: string): Promise<ConfState> { return this.#raft.remove(peerId); }
  transferLeadership(peerId: string): void { this.#raft.transferLeadership(peerId); }

  close(): Promise<void> { return this.#raft.close(); }
}
