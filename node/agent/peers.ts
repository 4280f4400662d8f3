// What a node does with other nodes for its Arrows' volumes and live migrations, over its libp2p
// host: it serves /arrow/migrate/1 and /arrow/shadowfs/replicate/1, copies each snapshot it
// commits to the volume's replica nodes (replicator.ts), moves VMs for the runner, and tells the
// cluster which snapshots it holds. Who may send what is decided from the agent's newest view of
// the cluster (pure functions at the bottom); the protocols themselves are node/migrate's and
// shadowfs/replicate's.
//
// Built before the runner and the volumes (they take `migration` and `onCommit`), started once
// the agent exists: start({ agent, runner, volumes }).
import { peerIdFromString } from '@libp2p/peer-id';
import type { PeerId } from '@libp2p/interface';
import { multiaddr } from '@multiformats/multiaddr';
import { callRpc, serveRpc } from '../../p2p/index.ts';
import type { ArrowLibp2p, RpcServer } from '../../p2p/index.ts';
import { ReplicationRefusedError, checkVolumeName, pushSnapshot, serveVolumeReplicas } from '../../shadowfs/index.ts';
import type { ChunkStore, ReplicaServer, SnapshotInfo, Volumes } from '../../shadowfs/index.ts';
import type { MigrationParameters } from '../../kernel/index.ts';
import { RestoreRefusedError } from '../api/backend.ts';
import type { LocalSnapshot } from '../api/backend.ts';
import type { AllocationRecord, ArrowRecord } from '../cluster/index.ts';
import type { PeerRef, WatchReply } from '../control/index.ts';
import { MigrationRefused, migrateArrow, serveMigrations } from '../migrate/index.ts';
import type { MigrationTarget } from '../migrate/index.ts';
import { parseArrowDefinition, MAX_VOLUME_MIB } from '../spec/index.ts';
import type { Agent } from './agent.ts';
import type { AgentLogger } from './logger.ts';
import { VolumeReplicator } from './replicator.ts';
import type { ReplicaTarget } from './replicator.ts';
import type { RunnerMigration, VmRunner } from './vm-runner.ts';
import { parseMigrationName } from './vm-runner.ts';
import type { NodeVolumes } from './volumes.ts';

export interface NodePeersOptions {
  readonly host: ArrowLibp2p;
  /** The node's volume index and chunk store (what replicas push into and pushes read from). */
  readonly volumes: Volumes;
  readonly store: ChunkStore;
  readonly logger?: AgentLogger;
  /** A volume's holding is reported to the cluster at most this often (default 5 s). */
  readonly reportEveryMs?: number;
  /** How live migrations from this node use the link (default kernel's DEFAULT_MIGRATION_PARAMETERS). */
  readonly migrationParameters?: MigrationParameters;
}

const MIB = 1024 * 1024;
/**
 * Asks a node for its newest snapshot of a volume: it pushes it (replicate protocol) to the
 * asker, then answers. Any member of the cluster may ask: reading a volume is no more than its
 * chunks' digests already allow; what a push may overwrite is checked on the receiving side.
 */
export const PULL_PROTOCOL = '/arrow/shadowfs/pull/1';
const PULL_LIMITS = { maxRequestBytes: 128, maxResponseBytes: 256, timeoutMs: 120_000, maxConcurrentCalls: 8 };
const encoder = new TextEncoder();
/** A snapshot push before a migration, or after one failed: bounded so the move is not held up for long. */
const MIGRATION_PUSH_MS = 60_000;
/** Pulling a replicated Arrow's artifacts ahead: bounded, and tried again this long after a failure. */
const PREFETCH_TIMEOUT_MS = 10 * 60_000;
const PREFETCH_RETRY_MS = 30_000;

export class NodePeers {
  readonly #options: NodePeersOptions;
  readonly #replicator: VolumeReplicator;
  #agent: Agent | undefined;
  #runner: VmRunner | undefined;
  #nodeVolumes: NodeVolumes | undefined;
  #migrations: MigrationTarget | undefined;
  #replicas: ReplicaServer | undefined;
  #pullServer: RpcServer | undefined;
  /** "volume\npeer": pushes this node asked `peer` for (freshen), which its replica server takes. */
  readonly #pulls = new Set<string>();
  readonly #reports = new Map<string, { lastMs: number; timer: ReturnType<typeof setTimeout> | undefined; pending: SnapshotInfo | undefined }>();
  #stopped = false;
  readonly #stopping = new AbortController();
  /** definition -> 0 while pulled or pulling, else when its pull last failed */
  readonly #prefetched = new Map<string, number>();
  #prefetching: Promise<void> = Promise.resolve();

  constructor(options: NodePeersOptions) {
    this.#options = options;
    this.#replicator = new VolumeReplicator({
      push: (target, volume, seq, signal) => this.#push(target, volume, seq, signal),
      targets: (volume) => this.#replicaTargets(volume),
      ...(options.logger ? { logger: options.logger } : {}),
    });
  }

  /** For the VmRunner: moves VMs and volume snapshots to other nodes. */
  readonly migration: RunnerMigration = {
    send: async (session, to, name) => migrateArrow(this.#options.host, await this.#dialable(to), session, {
      arrow: name,
      ...(this.#options.migrationParameters ? { parameters: this.#options.migrationParameters } : {}),
    }),
    pushVolume: async (volume, seq, to) => {
      await this.#pushWithRetry(to, volume, seq);
    },
  };

  /** For NodeVolumes: a snapshot committed here goes to the replicas, and the cluster hears of it. */
  readonly onCommit = (name: string, snapshot: SnapshotInfo): void => {
    this.#replicator.committed(name, snapshot.seq);
    this.#reportHolding(name, snapshot);
  };

  /** Serves the peer protocols; the agent's view decides who may send what. */
  async start(parts: { agent: Agent; runner: VmRunner; volumes: NodeVolumes }): Promise<void> {
    this.#agent = parts.agent;
    this.#runner = parts.runner;
    this.#nodeVolumes = parts.volumes;
    const { host, logger } = this.#options;
    this.#migrations = await serveMigrations(host, {
      prepare: async (request, peer, signal) => {
        const found = incomingAllocation(this.#view(), request.arrow, peer);
        if (typeof found === 'string') throw new MigrationRefused(found);
        return this.#runner!.prepareIncoming(found.allocation, found.arrow, request, signal);
      },
      onArrow: (session, request) => {
        const name = parseMigrationName(request.arrow);
        if (name) this.#runner!.incoming(name.allocationId, session);
        else void session.kill();
      },
      onFailure: (error, request, peer) => {
        logger?.warn({ peer, arrow: request?.arrow, err: error.message }, 'an incoming live migration failed');
        const name = request ? parseMigrationName(request.arrow) : undefined;
        if (name) this.#runner!.incomingFailed(name.allocationId);
      },
    });
    this.#replicas = await serveVolumeReplicas(host, {
      volumes: this.#options.volumes, store: this.#options.store,
      accept: async (peer, volume) => {
        const asked = this.#pulls.has(`${volume}\n${peer}`);
        const limits = pushAllowed(this.#view(), this.#agent!.node, peer, volume, (id) => this.#runner!.awaitsIncoming(id), asked);
        return limits ? { sizeLimit: limits.sizeMiB * MIB, retain: this.#nodeVolumes!.retain } : undefined;
      },
      onAdopted: (volume, snapshot) => this.#reportHolding(volume, snapshot),
      onFailure: (error, peer, volume) => logger?.info({ peer, volume, err: error.message }, 'a volume snapshot push was not taken'),
    });
    this.#pullServer = await serveRpc(host, PULL_PROTOCOL, PULL_LIMITS, async (request, peer, signal) => {
      const volume = volumeNameOf(request);
      const newest = (await this.#options.volumes.list(volume)).at(-1);
      if (!newest) return encoder.encode('none');
      await pushSnapshot(host, peerIdFromString(peer), { volumes: this.#options.volumes, store: this.#options.store, volume, seq: newest.seq, signal });
      return encoder.encode(`sent ${newest.seq}`);
    });
  }

  /**
   * Before an Arrow starts afresh here: when the cluster records another node holding a newer
   * snapshot of its volume than this node's newest, that node is asked for it (newest first).
   * Throws when this node holds no copy at all and no holder sent one: starting with an empty
   * volume would commit it over the real data. With an older copy here it logs and goes on.
   */
  readonly freshen = async (volume: string, signal?: AbortSignal): Promise<void> => {
    const self = this.#agent?.node;
    const view = this.#view()?.volumes?.find((v) => v.name === volume);
    const localMs = async () => (await this.#options.volumes.list(volume)).at(-1)?.createdAt.getTime() ?? -1;
    const before = await localMs();
    const newer = (view?.holders ?? []).filter((h) => h.node !== self && h.createdMs > before).sort((a, b) => b.createdMs - a.createdMs);
    if (newer.length === 0) return;
    const failures: string[] = [];
    for (const holder of newer) {
      const peer = await this.#dialable(holder.node);
      const key = `${volume}\n${peer.toString()}`;
      this.#pulls.add(key);
      try {
        await callRpc(this.#options.host, peer, PULL_PROTOCOL, encoder.encode(volume), { timeoutMs: 60_000, maxResponseBytes: PULL_LIMITS.maxResponseBytes, ...(signal ? { signal } : {}) });
        if ((await localMs()) > before) {
          this.#options.logger?.info({ volume, from: holder.node }, 'took a newer snapshot of a volume from the node holding it');
          return;
        }
        failures.push(`${holder.node}: sent nothing newer`);
      } catch (error) {
        failures.push(`${holder.node}: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        this.#pulls.delete(key);
      }
    }
    if (before < 0) throw new Error(`volume ${volume}: this node holds no copy and no node holding one sent it (${failures.join('; ').slice(0, 600)})`);
    this.#options.logger?.warn({ volume, failures }, 'starting from an older snapshot of the volume: no node holding a newer one sent it');
  };

  /** A new view of the cluster: replica sets may have changed, and this node may now run volumes it did not. */
  viewChanged(view: WatchReply): void {
    if (this.#stopped || !this.#agent) return;
    const self = this.#agent.node;
    this.#prefetchReplicated(view, self);
    const primaryHere = new Set((view.volumes ?? []).filter((v) => v.primary?.node === self).map((v) => v.name));
    for (const volume of this.#replicator.volumes()) if (!primaryHere.has(volume)) this.#replicator.forget(volume);
    for (const volume of primaryHere) {
      if (this.#replicator.volumes().includes(volume)) {
        this.#replicator.refresh(volume);
        continue;
      }
      // Running here since before this arrowd, or just moved here: its newest snapshot goes out.
      void this.#options.volumes.list(volume).then((list) => {
        const newest = list.at(-1);
        if (newest) this.#replicator.committed(volume, newest.seq);
      }, () => undefined);
    }
  }

  /** The snapshots this node keeps of a volume (the API's LocalVolumes). */
  async list(volume: string): Promise<LocalSnapshot[]> {
    return (await this.#options.volumes.list(volume)).map(localSnapshot);
  }

  /**
   * Makes snapshot `seq` this node's newest copy of a volume whose Arrow is stopped (the API's
   * LocalVolumes): reported to the cluster at once, so the next start, wherever it is placed,
   * pulls it first. Refused while the Arrow runs (its next commit would supersede it) and on a
   * node whose view does not show the volume (neither one of its replica nodes nor its primary).
   */
  async restore(volume: string, seq: number): Promise<LocalSnapshot> {
    const view = this.#view();
    const record = view?.volumes?.find((v) => v.name === volume);
    if (!this.#nodeVolumes || !record) throw new RestoreRefusedError(`this node is not one of volume ${volume}'s replica nodes: restore it on one of them (volume inspect ${volume})`);
    if (record.primary) throw new RestoreRefusedError(`Arrow ${volume} runs on node ${record.primary.node}: stop it first (its next commit would supersede the restore)`);
    const snapshot = await this.#nodeVolumes.restoreAsNewest(volume, seq);
    await this.#agent?.reportVolumeHolders([{ volume, seq: snapshot.seq, manifest: snapshot.manifest, createdMs: snapshot.createdAt.getTime(), logicalBytes: snapshot.logicalBytes, held: true }]);
    this.#options.logger?.info({ volume, from: seq, seq: snapshot.seq }, 'restored an older snapshot of a volume as its newest');
    return localSnapshot(snapshot);
  }

  replicaStatus(volume: string) {
    return this.#replicator.status(volume);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stopping.abort();
    this.#replicator.stop();
    for (const report of this.#reports.values()) clearTimeout(report.timer);
    await this.#migrations?.stop();
    await this.#pullServer?.stop();
    await this.#replicas?.stop();
  }

  /**
   * The Arrows whose volumes this node holds copies of: their artifacts are pulled ahead, one
   * Arrow at a time, so a failover here does not depend on the dead node having been the only
   * holder of the binary. Each definition once; a failure is tried again on a later view.
   */
  #prefetchReplicated(view: WatchReply, self: string): void {
    const runner = this.#runner;
    if (!runner) return;
    for (const volume of view.volumes ?? []) {
      if (volume.primary?.node === self || !volume.replicaNodes.some((r) => r.node === self)) continue;
      const arrow = view.arrows.find((a) => a.name === volume.name);
      if (!arrow) continue;
      const key = `${arrow.name}\n${arrow.definitionJson}`;
      const failedAt = this.#prefetched.get(key);
      if (failedAt === 0 || (failedAt !== undefined && Date.now() - failedAt < PREFETCH_RETRY_MS)) continue;
      this.#prefetched.set(key, 0);
      this.#prefetching = this.#prefetching.then(async () => {
        if (this.#stopped) return;
        try {
          await runner.prefetch(arrow, AbortSignal.any([this.#stopping.signal, AbortSignal.timeout(PREFETCH_TIMEOUT_MS)]));
          this.#options.logger?.info({ arrow: arrow.name }, 'pulled the artifacts of an Arrow whose volume this node holds a copy of');
        } catch (error) {
          this.#prefetched.set(key, Date.now());
          if (!this.#stopped) this.#options.logger?.warn({ arrow: arrow.name, err: (error as Error).message }, 'could not pull the artifacts of an Arrow whose volume this node holds a copy of');
        }
      });
    }
    // Bounded memory: definitions no longer in the view are forgotten.
    const current = new Set(view.arrows.map((a) => `${a.name}\n${a.definitionJson}`));
    for (const key of this.#prefetched.keys()) if (!current.has(key)) this.#prefetched.delete(key);
  }

  #view(): WatchReply | undefined {
    return this.#agent?.view;
  }

  #replicaTargets(volume: string): ReplicaTarget[] {
    const self = this.#agent?.node;
    const view = this.#view()?.volumes?.find((v) => v.name === volume);
    return (view?.replicaNodes ?? []).filter((p) => p.node !== self).map((p) => ({ node: p.node, peerId: p.peerId, addrs: p.addrs }));
  }

  /** A node's peer id, with the addresses the view gives for it put in the peer store first. */
  async #dialable(node: string, known?: PeerRef | ReplicaTarget): Promise<PeerId> {
    const ref = known ?? findPeer(this.#view(), node);
    const peerId = peerIdFromString(ref?.peerId ?? node);
    const addrs = (ref?.addrs ?? []).flatMap((a) => {
      try {
        return [multiaddr(a)];
      } catch {
        return [];
      }
    });
    if (addrs.length > 0) await this.#options.host.peerStore.merge(peerId, { multiaddrs: addrs }).catch(() => undefined);
    return peerId;
  }

  async #push(target: ReplicaTarget, volume: string, seq: number, signal: AbortSignal): Promise<void> {
    const peer = await this.#dialable(target.node, target);
    try {
      await pushSnapshot(this.#options.host, peer, { volumes: this.#options.volumes, store: this.#options.store, volume, seq, signal });
    } catch (error) {
      // The replica holds a newer snapshot (it ran the Arrow after this one was taken): nothing
      // to send until this node commits a newer one.
      if (error instanceof ReplicationRefusedError && error.code === 'stale') return;
      throw error;
    }
  }

  /**
   * A push to a migration's target: its agent may not have heard of the move yet (it refuses
   * until its watch answers), so refusals are retried for a while.
   */
  async #pushWithRetry(to: string, volume: string, seq: number): Promise<void> {
    const deadline = Date.now() + MIGRATION_PUSH_MS;
    for (let delay = 200; ; delay = Math.min(delay * 2, 2_000)) {
      try {
        const peer = await this.#dialable(to);
        await pushSnapshot(this.#options.host, peer, { volumes: this.#options.volumes, store: this.#options.store, volume, seq, signal: AbortSignal.timeout(Math.max(1_000, deadline - Date.now())) });
        return;
      } catch (error) {
        if (Date.now() + delay > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** Reports what this node holds of a volume, at most every reportEveryMs per volume (the newest wins). */
  #reportHolding(volume: string, snapshot: SnapshotInfo): void {
    if (this.#stopped || !this.#agent) return;
    const every = this.#options.reportEveryMs ?? 5_000;
    const entry = this.#reports.get(volume) ?? { lastMs: 0, timer: undefined, pending: undefined };
    this.#reports.set(volume, entry);
    entry.pending = snapshot;
    if (entry.timer) return;
    const send = () => {
      entry.timer = undefined;
      const s = entry.pending;
      entry.pending = undefined;
      if (!s || this.#stopped || !this.#agent) return;
      entry.lastMs = Date.now();
      void this.#agent.reportVolumeHolders([{ volume, seq: s.seq, manifest: s.manifest, createdMs: s.createdAt.getTime(), logicalBytes: s.logicalBytes, held: true }])
        .catch((error: Error) => this.#options.logger?.warn({ volume, err: error.message }, 'could not report a volume snapshot to the cluster'));
    };
    const wait = Math.max(0, entry.lastMs + every - Date.now());
    entry.timer = setTimeout(send, wait);
    entry.timer.unref?.();
  }
}

/**
 * The allocation a migration named `name` brings here from `peer`, per the view: this node's, at
 * that generation, moved from the peer's node (node ids are peer ids), still to run. Otherwise why not.
 */
export function incomingAllocation(view: WatchReply | undefined, name: string, peer: string): { allocation: AllocationRecord; arrow: ArrowRecord } | string {
  const parsed = parseMigrationName(name);
  if (!parsed) return `not an allocation's migration: ${JSON.stringify(name.slice(0, 80))}`;
  const allocation = view?.allocations.find((a) => a.id === parsed.allocationId);
  if (!allocation) return `allocation ${parsed.allocationId} is not moved here (not in this node's view)`;
  if (allocation.generation !== parsed.generation) return `allocation ${parsed.allocationId} is at generation ${allocation.generation} here, not ${parsed.generation}`;
  if ((allocation.migratingFrom ?? '') !== peer) return `allocation ${parsed.allocationId} does not move here from ${peer}`;
  if (allocation.desired !== 'run') return `allocation ${parsed.allocationId} is to stop`;
  const arrow = view?.arrows.find((a) => a.name === allocation.arrow);
  if (!arrow) return `the Arrow of allocation ${parsed.allocationId} is not in this node's view`;
  return { allocation, arrow };
}

/**
 * Whether `peer` may push snapshots of `volume` to node `self`, and the volume's size: the
 * volume's primary to its replica nodes, or (before the Arrow starts here) the node it is moving
 * from. Anyone else could overwrite a replica with data of their choosing.
 */
export function pushAllowed(view: WatchReply | undefined, self: string, peer: string, volume: string, awaitsIncoming: (allocationId: string) => boolean, asked = false): { sizeMiB: number } | undefined {
  if (!view) return undefined;
  const sizeMiB = (): number => {
    const arrow = view.arrows.find((a) => a.name === volume);
    try {
      return arrow ? parseArrowDefinition(JSON.parse(arrow.definitionJson)).volume?.size ?? MAX_VOLUME_MIB : MAX_VOLUME_MIB;
    } catch {
      return MAX_VOLUME_MIB;
    }
  };
  // This node asked that peer for its newest snapshot (freshen): only a newer one is adopted.
  if (asked) return { sizeMiB: sizeMiB() };
  const record = view.volumes?.find((v) => v.name === volume);
  if (record?.primary?.peerId === peer && record.primary.node !== self && record.replicaNodes.some((r) => r.node === self)) return { sizeMiB: sizeMiB() };
  const arriving = view.allocations.find((a) => a.arrow === volume && a.node === self && a.migratingFrom === peer && a.desired === 'run');
  if (arriving && awaitsIncoming(arriving.id)) return { sizeMiB: sizeMiB() };
  return undefined;
}

function localSnapshot(s: SnapshotInfo): LocalSnapshot {
  return { seq: s.seq, manifest: s.manifest, createdMs: s.createdAt.getTime(), logicalBytes: s.logicalBytes, newBytes: s.newBytes, entries: s.entries };
}

/** A pull request's volume name, checked as the volume index checks names. */
function volumeNameOf(request: Uint8Array): string {
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(request);
  } catch {
    throw new Error('the volume name is not UTF-8');
  }
  return checkVolumeName(name);
}

function findPeer(view: WatchReply | undefined, node: string): PeerRef | undefined {
  const fromPeers = view?.peers?.find((p) => p.node === node);
  if (fromPeers) return fromPeers;
  for (const v of view?.volumes ?? []) {
    const ref = [v.primary, ...v.replicaNodes].find((p) => p?.node === node);
    if (ref) return ref;
  }
  return undefined;
}
