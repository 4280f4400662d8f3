// ControlApi calls to and from their protobuf form.
import { arrow as pb } from '../proto/control.pb.js';
import { NodeClosedError, NotLeaderError as RaftNotLeaderError, RequestTimeoutError } from '../../raft/index.ts';
import { ARROW_ADDRESS_RANGE, addressInSubnet, commandLimits, decodeCommand, decodeSnapshot, encodeCommand, encodeSnapshot, networkViewLimits, nodeSubnetIndex, overlayIssues } from '../cluster/index.ts';
import type { AllocationRecord, ArrowRecord, Command, IgnoredItem, NetworkNode, NetworkService, NetworkView, NodeOverlay, NodeRegistration, NodeStatus, StaticPort, VolumeHolder } from '../cluster/index.ts';
import { isArrowName } from '../spec/index.ts';

export const CONTROL_PROTOCOL = '/arrow/control/1.0.0';

export const limits = {
  /** A report holds one cluster command (up to ~50k status updates); joins and beats are small. */
  maxRequestBytes: 8 * 1024 * 1024,
  /** A watch answer holds one node's allocations and their specs. */
  maxResponseBytes: 32 * 1024 * 1024,
  /** Longest long poll a server grants (watch and networkView). */
  maxWatchMs: 60_000,
  /** Longest a stopping node is kept up without beats (a restart of its arrowd; its VMs run on). */
  maxAwayMs: 60_000,
  /** An artifact reference: a digest (71 characters) or NAME:TAG (at most 257). */
  maxRefBytes: 300,
  /** Holders named in one artifact answer: enough to pull from in parallel, whatever the cluster's size. */
  maxHolders: 32,
  /** Volumes in one watch answer: those a node runs plus those it holds replicas for. */
  maxWatchVolumes: 4096,
  maxWatchPeers: 4096,
  /** Holders listed per volume in a watch answer (its replica nodes are bounded by node/cluster's commandLimits.maxVolumeReplicas). */
  maxVolumeHolders: 64,
} as const;

export interface ServerInfo { readonly peerId: string; readonly addrs: readonly string[]; readonly voter: boolean }
export interface JoinReply { readonly servers: readonly ServerInfo[]; readonly leader: string }
export interface HeartbeatReply {
  readonly ttlMs: number;
  readonly intervalMs: number;
  /** Nodes the cluster does not know (register them again). */
  readonly unknown: readonly string[];
  readonly servers: readonly ServerInfo[];
  /** Nodes the cluster had marked down (ready again soon): their allocations may run elsewhere now. */
  readonly down?: readonly string[];
}
export interface WatchReply {
  readonly index: number;
  readonly allocations: readonly AllocationRecord[];
  readonly arrows: readonly ArrowRecord[];
  /**
   * The volumes the node runs (of Arrows with an allocation on it) or holds a replica for (its
   * record names the node in replicaNodes), by name. Absent from servers before volumes: none.
   */
  readonly volumes?: readonly VolumeView[];
  /**
   * The other nodes the answer's allocations name, and how to reach them: where an allocation
   * moved from this node went (its VM follows it there), where one moved here comes from.
   */
  readonly peers?: readonly PeerRef[];
}

/** A node and how to reach it (its libp2p peer and addresses). */
export interface PeerRef { readonly node: string; readonly peerId: string; readonly addrs: readonly string[] }

/** A volume as an agent needs it: where it runs, where its copies go, what each holds. */
export interface VolumeView {
  readonly name: string;
  /** Copies wanted, the running one included. */
  readonly replicas: number;
  /** The node running its live allocation; null when none does. */
  readonly primary: PeerRef | null;
  /** The nodes chosen to hold its copies besides the primary. */
  readonly replicaNodes: readonly PeerRef[];
  /** The newest snapshot each node is recorded holding. */
  readonly holders: readonly VolumeHolder[];
}

/** A node recorded as holding an artifact, and where to reach it. */
export interface ArtifactHolder { readonly node: string; readonly peerId: string; readonly addrs: readonly string[] }

/** The cluster's record of an artifact: what to pull and whom from. */
export interface ArtifactLocation {
  readonly digest: string;
  readonly size: number;
  /** manifestDigestOf the manifest recorded at push: check every peer's manifest against it. */
  readonly manifestDigest: string;
  /** Holders whose node is not down, at most limits.maxHolders of them (a random sample). */
  readonly holders: readonly ArtifactHolder[];
}

/** The answer to a claim: who holds the lease on the claimed name now. */
export interface ClaimReply {
  /** The caller's node holds the lease (again: a renewal), for leaseMs. */
  readonly granted: boolean;
  /** The node holding it ('' when nobody does). */
  readonly holder: string;
  readonly leaseMs: number;
}

export interface ControlApi {
  join(registration: NodeRegistration, asServer: boolean): Promise<JoinReply>;
  register(registration: NodeRegistration): Promise<void>;
  /**
   * Keeps `nodes` up for a TTL. `awayMs`: their arrowd is stopping and leaves its workloads
   * running: keep them up that long (bounded by limits.maxAwayMs) before counting silence.
   */
  heartbeat(nodes: readonly string[], awayMs?: number): Promise<HeartbeatReply>;
  watch(node: string, sinceIndex: number, waitMs: number, signal?: AbortSignal): Promise<WatchReply>;
  /**
   * The cluster-wide network view (node/cluster networkView), a long poll: answered as soon as
   * the view's index is above `sinceIndex`, else after `waitMs` with the current view (whose
   * index may then be at or below `sinceIndex`: a server behind the one last heard from).
   */
  networkView(sinceIndex: number, waitMs: number, signal?: AbortSignal): Promise<NetworkView>;
  /**
   * An update-allocations, set-holders or set-volume-holders command for the caller's own nodes, or a tag-artifact
   * naming a kernel template's image (kernel-<template>:<key>) that one of them holds.
   */
  report(command: Command): Promise<readonly IgnoredItem[]>;
  /** The record of an artifact by digest or NAME:TAG; undefined when no node is recorded as holding it. */
  artifact(ref: string): Promise<ArtifactLocation | undefined>;
  /**
   * Claims `name` for `node` (the caller's) at the leader, renews the caller's claim, or with
   * `release` gives it up: one node at a time does the work so named (a kernel build). Leases
   * live in the leader's memory: a new leader starts with none.
   */
  claim(node: string, name: string, release: boolean): Promise<ClaimReply>;
}

/** The server side, bound to one authenticated caller. */
export type ControlHandler = (callerPeerId: string) => ControlApi;

/** Sends request bytes to a server and returns its response bytes (a libp2p RPC). */
export type ControlCall = (request: Uint8Array, options: { timeoutMs: number; signal?: AbortSignal }) => Promise<Uint8Array>;

export class NotLeaderError extends Error {
  readonly leader: string;
  constructor(leader: string) {
    super(leader ? `not the leader; the leader is ${leader}` : 'not the leader; no leader known');
    this.name = 'NotLeaderError';
    this.leader = leader;
  }
}

/** The server could not answer now; the same call may succeed later or on another server. */
export class ControlUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ControlUnavailableError';
  }
}

export class ControlRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ControlRefusedError';
  }
}

/** A server's answer was malformed or out of bounds: a transport-like failure (retry, perhaps elsewhere). */
export class ControlDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ControlDecodeError';
  }
}

const registrationCommand = (registration: NodeRegistration) => encodeCommand({ timeMs: 0, command: { type: 'register-node', node: registration } });

function registrationFrom(bytes: Uint8Array | null | undefined): NodeRegistration {
  const { command } = decodeCommand(bytes ?? new Uint8Array(0));
  if (command.type !== 'register-node') throw new ControlRefusedError(`expected a node registration, got ${command.type}`);
  return command.node;
}

const serversFrom = (list: readonly pb.control.ServerInfo.$Properties[] | null | undefined): ServerInfo[] =>
  (list ?? []).map((s) => ({ peerId: s.peerId ?? '', addrs: [...(s.addrs ?? [])], voter: s.voter ?? false }));

const SHORT_CALL_MS = 10_000;

const nodeStatuses: ReadonlySet<string> = new Set<NodeStatus>(['ready', 'draining', 'down']);

/**
 * A network view off the wire, checked as strictly as a command: every bound of
 * networkViewLimits, every field's shape, no duplicates. Whoever uses the view configures
 * tunnels and routes from it, so a malformed one is refused whole rather than half used.
 */
function networkViewFrom(v: pb.control.NetworkViewResponse.$Properties | null | undefined): NetworkView {
  if (!v) throw new ControlDecodeError('network view answer without a view');
  const bad = (what: string): never => { throw new ControlDecodeError(`malformed network view: ${what}`); };
  const show = (value: unknown) => JSON.stringify(typeof value === 'string' ? value.slice(0, 80) : value);
  const nodesIn = v.nodes ?? [];
  const servicesIn = v.services ?? [];
  if (nodesIn.length > networkViewLimits.nodes) bad(`${nodesIn.length} nodes, at most ${networkViewLimits.nodes}`);
  if (servicesIn.length > networkViewLimits.services) bad(`${servicesIn.length} services, at most ${networkViewLimits.services}`);
  const ids = new Set<string>();
  const nodes = nodesIn.map((n, i): NetworkNode => {
    const id = n.id ?? '';
    if (id === '' || id.length > networkViewLimits.nodeIdBytes) bad(`nodes.${i}.id: expected 1 to ${networkViewLimits.nodeIdBytes} characters`);
    if (ids.has(id)) bad(`nodes.${i}.id: ${show(id)} listed twice`);
    ids.add(id);
    const subnet = n.subnet ?? '';
    try { nodeSubnetIndex(subnet); } catch (error) { bad(`nodes.${i}.subnet: ${(error as Error).message}`); }
    const status = n.status ?? '';
    if (!nodeStatuses.has(status)) bad(`nodes.${i}.status: unknown status ${show(status)}`);
    const overlay = n.overlay ? { publicKey: n.overlay.publicKey ?? '', endpoint: n.overlay.endpoint ?? '', mode: (n.overlay.mode || 'wireguard-go') as NodeOverlay['mode'] } : null;
    const issues = overlayIssues(`nodes.${i}.overlay`, overlay);
    if (issues.length > 0) bad(issues.join('; '));
    return { id, subnet, overlay, status: status as NodeStatus };
  });
  const names = new Set<string>();
  const services = servicesIn.map((s, i): NetworkService => {
    const arrow = s.arrow ?? '';
    const network = s.network ?? '';
    if (!isArrowName(arrow)) bad(`services.${i}.arrow: ${show(arrow)} is not an Arrow name`);
    if (names.has(arrow)) bad(`services.${i}.arrow: ${show(arrow)} listed twice`);
    names.add(arrow);
    if (!isArrowName(network)) bad(`services.${i}.network: ${show(network)} is not a network name`);
    const addresses = s.addresses ?? [];
    if (addresses.length > networkViewLimits.addressesPerService) bad(`services.${i}.addresses: ${addresses.length}, at most ${networkViewLimits.addressesPerService}`);
    addresses.forEach((address, j) => {
      let inRange = false;
      try { inRange = addressInSubnet(address, ARROW_ADDRESS_RANGE); } catch { /* not an address: refused below */ }
      if (!inRange) bad(`services.${i}.addresses.${j}: ${show(address)} is not an address of the Arrow range ${ARROW_ADDRESS_RANGE}`);
    });
    const portsIn = s.staticPorts ?? [];
    if (portsIn.length > networkViewLimits.staticPortsPerService) bad(`services.${i}.staticPorts: ${portsIn.length}, at most ${networkViewLimits.staticPortsPerService}`);
    const claimed = new Set<string>();
    const staticPorts = portsIn.map((p, j): StaticPort => {
      const protocol = p.protocol ?? '';
      if (protocol !== 'tcp' && protocol !== 'udp') bad(`services.${i}.staticPorts.${j}.protocol: ${show(protocol)} is not tcp or udp`);
      for (const [field, value] of [['host', p.host], ['guest', p.guest]] as const) {
        if (!Number.isInteger(value) || value! < 1 || value! > 65_535) bad(`services.${i}.staticPorts.${j}.${field}: ${show(value)} is not a port from 1 to 65535`);
      }
      if (claimed.has(`${protocol}/${p.host}`)) bad(`services.${i}.staticPorts.${j}: ${protocol}/${p.host} listed twice`);
      claimed.add(`${protocol}/${p.host}`);
      return { protocol: protocol as StaticPort['protocol'], host: p.host!, guest: p.guest! };
    });
    return { arrow, network, addresses: [...addresses], staticPorts };
  });
  return { index: v.index ?? 0, nodes, services };
}

/** A view as sent: cut to the limits whatever the handler returned, so an answer is always one the caller accepts by size. */
function networkViewToProto(view: NetworkView): pb.control.NetworkViewResponse.$Properties {
  return {
    index: view.index,
    nodes: view.nodes.slice(0, networkViewLimits.nodes).map((n) => ({
      id: n.id, subnet: n.subnet, status: n.status, overlay: n.overlay ? { publicKey: n.overlay.publicKey, endpoint: n.overlay.endpoint, mode: n.overlay.mode } : null,
    })),
    services: view.services.slice(0, networkViewLimits.services).map((s) => ({
      arrow: s.arrow, network: s.network, addresses: s.addresses.slice(0, networkViewLimits.addressesPerService),
      staticPorts: s.staticPorts.slice(0, networkViewLimits.staticPortsPerService).map((p) => ({ protocol: p.protocol, host: p.host, guest: p.guest })),
    })),
  };
}

const digestPattern = /^sha256:[0-9a-f]{64}$/;

/**
 * Volume views off the wire, checked like the network view: an agent pushes snapshots to the
 * peers named here and trusts the holders' manifests, so a malformed answer is refused whole.
 */
export function volumeViewsFrom(list: readonly pb.control.VolumeView.$Properties[] | null | undefined): VolumeView[] {
  const views = list ?? [];
  const bad = (what: string): never => { throw new ControlDecodeError(`malformed volume view: ${what}`); };
  const show = (value: unknown) => JSON.stringify(typeof value === 'string' ? value.slice(0, 80) : value);
  if (views.length > limits.maxWatchVolumes) bad(`${views.length} volumes, at most ${limits.maxWatchVolumes}`);
  const text = (path: string, value: string | null | undefined, max: number): string => {
    const v = value ?? '';
    if (v === '' || v.length > max) bad(`${path}: expected 1 to ${max} characters`);
    return v;
  };
  const count = (path: string, value: number | null | undefined): number => {
    const v = value ?? 0;
    if (!Number.isSafeInteger(v) || v < 0) bad(`${path}: ${show(v)} is not a count`);
    return v;
  };
  const peer = (path: string, p: pb.control.PeerRef.$Properties): PeerRef => peerRefFrom(path, p, bad);
  const names = new Set<string>();
  return views.map((v, i): VolumeView => {
    const name = text(`volumes.${i}.name`, v.name, commandLimits.nameBytes);
    if (names.has(name)) bad(`volumes.${i}.name: ${show(name)} listed twice`);
    names.add(name);
    const replicas = v.replicas ?? 0;
    if (replicas < 1 || replicas > commandLimits.maxVolumeReplicas) bad(`volumes.${i}.replicas: ${show(replicas)}, expected 1 to ${commandLimits.maxVolumeReplicas}`);
    const replicaNodes = v.replicaNodes ?? [];
    if (replicaNodes.length > commandLimits.maxVolumeReplicas) bad(`volumes.${i}.replicaNodes: ${replicaNodes.length}, at most ${commandLimits.maxVolumeReplicas}`);
    const holders = v.holders ?? [];
    if (holders.length > limits.maxVolumeHolders) bad(`volumes.${i}.holders: ${holders.length}, at most ${limits.maxVolumeHolders}`);
    return {
      name, replicas,
      primary: v.primary ? peer(`volumes.${i}.primary`, v.primary) : null,
      replicaNodes: replicaNodes.map((p, j) => peer(`volumes.${i}.replicaNodes.${j}`, p)),
      holders: holders.map((h, j): VolumeHolder => {
        const manifest = h.manifest ?? '';
        if (!digestPattern.test(manifest)) bad(`volumes.${i}.holders.${j}.manifest: ${show(manifest)} is not sha256:<64 lowercase hex>`);
        return {
          node: text(`volumes.${i}.holders.${j}.node`, h.node, commandLimits.idBytes), seq: count(`volumes.${i}.holders.${j}.seq`, h.seq), manifest,
          createdMs: count(`volumes.${i}.holders.${j}.createdMs`, h.createdMs), logicalBytes: count(`volumes.${i}.holders.${j}.logicalBytes`, h.logicalBytes),
          reportedMs: count(`volumes.${i}.holders.${j}.reportedMs`, h.reportedMs),
        };
      }),
    };
  });
}

/** One PeerRef off the wire, checked; `bad` throws naming the problem. */
function peerRefFrom(path: string, p: pb.control.PeerRef.$Properties, bad: (what: string) => never): PeerRef {
  const text = (at: string, value: string | null | undefined): string => {
    const v = value ?? '';
    if (v === '' || v.length > commandLimits.idBytes) bad(`${at}: expected 1 to ${commandLimits.idBytes} characters`);
    return v;
  };
  const addrs = p.addrs ?? [];
  if (addrs.length > commandLimits.addrs) bad(`${path}.addrs: ${addrs.length}, at most ${commandLimits.addrs}`);
  addrs.forEach((a, i) => text(`${path}.addrs.${i}`, a));
  return { node: text(`${path}.node`, p.node), peerId: text(`${path}.peerId`, p.peerId), addrs: [...addrs] };
}

/** The peers of a watch answer off the wire: bounded, each checked, none twice. */
export function watchPeersFrom(list: readonly pb.control.PeerRef.$Properties[] | null | undefined): PeerRef[] {
  const peers = list ?? [];
  const bad = (what: string): never => { throw new ControlDecodeError(`malformed watch peers: ${what}`); };
  if (peers.length > limits.maxWatchPeers) bad(`${peers.length} peers, at most ${limits.maxWatchPeers}`);
  const seen = new Set<string>();
  return peers.map((p, i) => {
    const ref = peerRefFrom(`peers.${i}`, p, bad);
    if (seen.has(ref.node)) bad(`peers.${i}.node: ${JSON.stringify(ref.node.slice(0, 80))} listed twice`);
    seen.add(ref.node);
    return ref;
  });
}

/** Views as sent: cut to the limits whatever the handler returned, so an answer is always one the caller accepts by size. */
function volumeViewsToProto(views: readonly VolumeView[]): pb.control.VolumeView.$Properties[] {
  const peer = (p: PeerRef) => ({ node: p.node, peerId: p.peerId, addrs: p.addrs.slice(0, commandLimits.addrs) });
  return views.slice(0, limits.maxWatchVolumes).map((v) => ({
    name: v.name, replicas: v.replicas, primary: v.primary ? peer(v.primary) : null,
    replicaNodes: v.replicaNodes.slice(0, commandLimits.maxVolumeReplicas).map(peer),
    holders: v.holders.slice(0, limits.maxVolumeHolders).map((h) => ({ ...h })),
  }));
}

/** A ControlApi that sends every call through `call`. */
export function remoteControl(call: ControlCall): ControlApi {
  const send = async (request: pb.control.Request.$Properties, timeoutMs: number, signal?: AbortSignal): Promise<pb.control.Response> => {
    const bytes = await call(pb.control.Request.encode(request).finish(), { timeoutMs, ...(signal ? { signal } : {}) });
    const response = pb.control.Response.decode(bytes);
    if (response.answer === 'error') throw new ControlRefusedError(response.error ?? 'refused');
    if (response.answer === 'notLeader') throw new NotLeaderError(response.notLeader ?? '');
    if (response.answer === 'unavailable') throw new ControlUnavailableError(response.unavailable ?? 'unavailable');
    return response;
  };
  return {
    async join(registration, asServer) {
      const r = await send({ join: { registration: registrationCommand(registration), server: asServer } }, SHORT_CALL_MS * 3);
      return { servers: serversFrom(r.join?.servers), leader: r.join?.leader ?? '' };
    },
    async register(registration) {
      await send({ register: { registration: registrationCommand(registration) } }, SHORT_CALL_MS);
    },
    async heartbeat(nodes, awayMs) {
      const r = await send({ heartbeat: { nodes: [...nodes], ...(awayMs ? { awayMs } : {}) } }, SHORT_CALL_MS);
      const h = r.heartbeat;
      return { ttlMs: h?.ttlMs ?? 0, intervalMs: h?.intervalMs ?? 0, unknown: [...(h?.unknown ?? [])], servers: serversFrom(h?.servers), down: [...(h?.down ?? [])] };
    },
    async watch(node, sinceIndex, waitMs, signal) {
      const r = await send({ watch: { node, sinceIndex, waitMs } }, waitMs + SHORT_CALL_MS, signal);
      const records = r.watch?.records && r.watch.records.length > 0 ? decodeSnapshot(r.watch.records) : undefined;
      return { index: r.watch?.index ?? 0, allocations: records?.allocations ?? [], arrows: records?.arrows ?? [], volumes: volumeViewsFrom(r.watch?.volumes), peers: watchPeersFrom(r.watch?.peers) };
    },
    async networkView(sinceIndex, waitMs, signal) {
      const r = await send({ networkView: { sinceIndex, waitMs } }, waitMs + SHORT_CALL_MS, signal);
      return networkViewFrom(r.networkView);
    },
    async report(command) {
      const r = await send({ report: { command: encodeCommand({ timeMs: Date.now(), command }) } }, SHORT_CALL_MS);
      return (r.report?.ignored ?? []).map((i) => ({ id: i.id ?? '', reason: i.reason ?? '' }));
    },
    async artifact(ref) {
      const a = (await send({ artifact: { ref } }, SHORT_CALL_MS)).artifact;
      if (!a?.known) return undefined;
      return {
        digest: a.digest ?? '', size: a.size ?? 0, manifestDigest: a.manifestDigest ?? '',
        holders: (a.holders ?? []).slice(0, limits.maxHolders).map((h) => ({ node: h.node ?? '', peerId: h.peerId ?? '', addrs: [...(h.addrs ?? [])] })),
      };
    },
    async claim(node, name, release) {
      const c = (await send({ claim: { node, name, release } }, SHORT_CALL_MS)).claim;
      return { granted: c?.granted ?? false, holder: c?.holder ?? '', leaseMs: c?.leaseMs ?? 0 };
    },
  };
}

/**
 * The server side of remoteControl: decodes a request, runs it on the handler bound to the
 * caller, and encodes the answer. Refusals and leader redirects become answers; anything the
 * handler throws otherwise becomes an `error` answer with its message, never a crash.
 */
export function serveControl(handler: ControlHandler): (request: Uint8Array, callerPeerId: string, signal: AbortSignal) => Promise<Uint8Array> {
  return async (bytes, caller, signal) => {
    let response: pb.control.Response.$Properties;
    try {
      response = await answer(handler(caller), pb.control.Request.decode(bytes), signal);
    } catch (error) {
      response = answerFor(error);
    }
    return pb.control.Response.encode(response).finish();
  };
}

/** A failure as the caller should see it: a redirect, a reason to retry, or a refusal. */
function answerFor(error: unknown): pb.control.Response.$Properties {
  const message = (error as Error).message.slice(0, 2000);
  if (error instanceof NotLeaderError) return { notLeader: error.leader };
  if (error instanceof RaftNotLeaderError) return { notLeader: error.leaderId };
  if (error instanceof RequestTimeoutError || error instanceof NodeClosedError || error instanceof ControlUnavailableError) return { unavailable: message };
  return { error: message };
}

async function answer(api: ControlApi, request: pb.control.Request, signal: AbortSignal): Promise<pb.control.Response.$Properties> {
  const servers = (list: readonly ServerInfo[]) => list.map((s) => ({ peerId: s.peerId, addrs: [...s.addrs], voter: s.voter }));
  switch (request.call) {
    case 'join': {
      const reply = await api.join(registrationFrom(request.join?.registration), request.join?.server ?? false);
      return { join: { servers: servers(reply.servers), leader: reply.leader } };
    }
    case 'register':
      await api.register(registrationFrom(request.register?.registration));
      return { register: {} };
    case 'heartbeat': {
      const awayMs = request.heartbeat?.awayMs ?? 0;
      const reply = await api.heartbeat(request.heartbeat?.nodes ?? [], awayMs > 0 ? Math.min(awayMs, limits.maxAwayMs) : undefined);
      return { heartbeat: { ttlMs: reply.ttlMs, intervalMs: reply.intervalMs, unknown: [...reply.unknown], servers: servers(reply.servers), down: [...(reply.down ?? [])] } };
    }
    case 'watch': {
      const w = request.watch;
      const waitMs = Math.min(w?.waitMs ?? 0, limits.maxWatchMs);
      const reply = await api.watch(w?.node ?? '', w?.sinceIndex ?? 0, waitMs, signal);
      const records = encodeSnapshot({ index: reply.index, nodes: [], arrows: reply.arrows, allocations: reply.allocations, evaluations: [], artifacts: [], tags: [], volumes: [] });
      const peers = (reply.peers ?? []).slice(0, limits.maxWatchPeers).map((p) => ({ node: p.node, peerId: p.peerId, addrs: p.addrs.slice(0, commandLimits.addrs) }));
      return { watch: { index: reply.index, records, volumes: volumeViewsToProto(reply.volumes ?? []), peers } };
    }
    case 'networkView': {
      const v = request.networkView;
      const reply = await api.networkView(v?.sinceIndex ?? 0, Math.min(v?.waitMs ?? 0, limits.maxWatchMs), signal);
      return { networkView: networkViewToProto(reply) };
    }
    case 'report': {
      const ignored = await api.report(decodeCommand(request.report?.command ?? new Uint8Array(0)).command);
      return { report: { ignored: ignored.map((i) => ({ ...i })) } };
    }
    case 'artifact': {
      const ref = request.artifact?.ref ?? '';
      if (ref.length > limits.maxRefBytes) throw new ControlRefusedError(`artifact reference of ${ref.length} characters (limit ${limits.maxRefBytes})`);
      const found = await api.artifact(ref);
      if (!found) return { artifact: { known: false } };
      return {
        artifact: {
          known: true, digest: found.digest, size: found.size, manifestDigest: found.manifestDigest,
          holders: found.holders.slice(0, limits.maxHolders).map((h) => ({ node: h.node, peerId: h.peerId, addrs: [...h.addrs] })),
        },
      };
    }
    case 'claim': {
      const c = request.claim;
      const reply = await api.claim(c?.node ?? '', c?.name ?? '', c?.release ?? false);
      return { claim: { granted: reply.granted, holder: reply.holder, leaseMs: reply.leaseMs } };
    }
    default:
      throw new ControlRefusedError('unknown control call (from a newer arrowd?)');
  }
}
