// The records of the replicated cluster state, as the rest of arrowd sees them: plain readonly
// data (serialisable as JSON for the API), replaced as a whole on every change, never mutated,
// so a reference taken for an event or a response stays what it was at its index.

export type NodeRole = 'client' | 'server';
export type NodeStatus = 'ready' | 'draining' | 'down';

export interface Resources {
  /** Millicores. */
  readonly cpu: number;
  /** MiB. */
  readonly memory: number;
}

export interface Drain {
  /** Unix ms after which what is left is stopped; 0 for none. */
  readonly deadlineMs: number;
  readonly maxParallel: number;
  readonly startedMs: number;
}

/** How a node's WireGuard overlay is reached: what its peers configure for it. */
export interface NodeOverlay {
  /** The node's WireGuard public key: standard base64 of 32 bytes (44 characters). */
  readonly publicKey: string;
  /** Its UDP endpoint: "203.0.113.7:51820", or "[2001:db8::7]:51820". */
  readonly endpoint: string;
  /** How it runs on the node: the kernel's WireGuard, or wireguard-go on a TUN device (slower). */
  readonly mode: OverlayMode;
}

export type OverlayMode = 'kernel' | 'wireguard-go';

export interface NodeRecord {
  readonly id: string;
  readonly name: string;
  /** The only libp2p peer that may heartbeat and report for this node. */
  readonly peerId: string;
  readonly addrs: readonly string[];
  readonly capacity: Resources;
  readonly labels: Readonly<Record<string, string>>;
  readonly kvm: boolean;
  readonly role: NodeRole;
  readonly status: NodeStatus;
  readonly eligible: boolean;
  readonly drain: Drain | null;
  readonly createIndex: number;
  readonly modifyIndex: number;
  readonly statusTimeMs: number;
  readonly version: string;
  /**
   * The node's /24 of the Arrow address range ("10.213.3.0/24"; see addresses.ts), given when it
   * first registers and kept for good; "" when every subnet was taken (its Arrows get no address).
   */
  readonly subnet: string;
  /** As last registered; null for a node without an overlay (and for records from before overlays). */
  readonly overlay: NodeOverlay | null;
}

export interface ArrowRecord {
  readonly name: string;
  readonly version: number;
  /** The admin's spec as stored (node/spec ArrowDefinition, JSON). */
  readonly definitionJson: string;
  readonly stopped: boolean;
  /** Batch runs that exited 0 at this version (they count towards the replicas). */
  readonly completed: number;
  readonly createIndex: number;
  readonly modifyIndex: number;
  readonly submitTimeMs: number;
}

export type DesiredStatus = 'run' | 'stop';
export type AllocStatus = 'pending' | 'pulling' | 'starting' | 'running' | 'complete' | 'failed' | 'lost' | 'stopped';

export const terminalAllocStatuses: ReadonlySet<AllocStatus> = new Set(['complete', 'failed', 'lost', 'stopped']);

export interface PortBinding {
  readonly name: string;
  readonly guest: number;
  readonly host: number;
  readonly address: string;
  readonly protocol: string;
}

export interface AllocationRecord {
  readonly id: string;
  readonly arrow: string;
  readonly node: string;
  /** Bumped when the allocation moves; a node reporting an older generation is ignored. */
  readonly generation: number;
  readonly specVersion: number;
  readonly resources: Resources;
  readonly priority: number;
  readonly desired: DesiredStatus;
  readonly desiredReason: string;
  readonly status: AllocStatus;
  readonly statusDetail: string;
  readonly exitCode: number | null;
  readonly restarts: number;
  readonly ports: readonly PortBinding[];
  readonly replaces: string;
  readonly draining: boolean;
  readonly createIndex: number;
  readonly modifyIndex: number;
  readonly createTimeMs: number;
  readonly statusTimeMs: number;
  /** Static host ports ("tcp/8080") the allocation holds on its node (a scheduling resource). */
  readonly hostPorts: readonly string[];
  /**
   * The Arrow's address in its node's subnet ("10.213.3.7"), given with the placement (or the
   * migration) that put it there; "" when the node has no subnet. Kept once the allocation ends,
   * but then free for the next allocation on that node.
   */
  readonly address: string;
  /**
   * The node it is being live-migrated from (a plan's migration or an admin's migrate), "" when
   * none: set by every migration, cleared when the new node reports it running or it ends. The
   * new node's agent waits for the incoming migration instead of starting it cold. The state and
   * the codecs always fill it in; optional only so that records built by hand before it (tests of
   * other modules) still type-check: read it as `migratingFrom ?? ''`.
   */
  readonly migratingFrom?: string;
}

export type EvalStatus = 'pending' | 'complete' | 'blocked';

export interface EvaluationRecord {
  readonly arrow: string;
  /** What asked for it last: spec-write, node-down, node-ready, drain, alloc-failed, … */
  readonly trigger: string;
  readonly status: EvalStatus;
  /** Index of the newest trigger; a plan answers it when planned at or after this index. */
  readonly triggerIndex: number;
  readonly triggerTimeMs: number;
  readonly createIndex: number;
  readonly modifyIndex: number;
  /** Outcome of the last plan for it. */
  readonly placed: number;
  readonly unplaced: number;
  readonly message: string;
}

export interface ArtifactRecord {
  readonly digest: string;
  readonly size: number;
  readonly manifestDigest: string;
  /** Node ids holding a complete copy, sorted. */
  readonly holders: readonly string[];
  readonly modifyIndex: number;
}

export interface TagRecord {
  readonly name: string;
  readonly digest: string;
  readonly modifyIndex: number;
}

/** A node recorded as holding a copy of a volume: its newest complete snapshot there. */
export interface VolumeHolder {
  readonly node: string;
  /** The snapshot's sequence number (the volume's agents number them). */
  readonly seq: number;
  /** The snapshot's manifest digest ("sha256:…"). */
  readonly manifest: string;
  /** When the snapshot was taken (the primary's clock, Unix ms). */
  readonly createdMs: number;
  readonly logicalBytes: number;
  /** When the holder reported it (the proposer's clock). */
  readonly reportedMs: number;
}

/**
 * A ShadowFS volume: one per Arrow whose definition has a `volume` (the volume is named after
 * the Arrow), kept while the Arrow exists (stopped too: its data outlives its VMs).
 */
export interface VolumeRecord {
  readonly name: string;
  /** Copies wanted, the running one included (the definition's volume.replicas). */
  readonly replicas: number;
  /** Nodes chosen (by the leader) to hold copies besides the allocation's node, sorted. */
  readonly replicaNodes: readonly string[];
  /** Nodes recorded holding a snapshot, by node id. */
  readonly holders: readonly VolumeHolder[];
  readonly modifyIndex: number;
}

export interface RecordKinds {
  node: NodeRecord;
  arrow: ArrowRecord;
  allocation: AllocationRecord;
  evaluation: EvaluationRecord;
  artifact: ArtifactRecord;
  tag: TagRecord;
  volume: VolumeRecord;
}

/**
 * One record that an applied command created or changed (its new value), or removed (its last
 * value, `removed`), for the event stream and for watchers.
 */
export type Change = {
  readonly [K in keyof RecordKinds]: { readonly kind: K; readonly record: RecordKinds[K]; readonly removed: boolean };
}[keyof RecordKinds];
