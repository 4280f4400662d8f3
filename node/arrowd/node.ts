// Composition root of a node: store, libp2p host, piece exchange, and the control plane (a Raft
// member, the leader's loops and the control protocol on servers; an agent everywhere), and the
// HTTP API. It wires; the services hold the logic.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, hostname, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { multiaddr } from '@multiformats/multiaddr';
import { peerIdFromString } from '@libp2p/peer-id';
import { Counter, Registry } from 'prom-client';
import {
  PieceServer, callRpc, connectedPeers, createHost, fetchArtifact, isDigest, loadOrCreateNodeKey, openStore, readClusterKey, serveRpc, writeClusterKey,
} from '../../p2p/index.ts';
import type { ArrowLibp2p, ArtifactStore, Digest, FetchResult, FetchOptions, RpcServer } from '../../p2p/index.ts';
import { checkMigrationParameters, DEFAULT_MIGRATION_PARAMETERS, detectAccelerator, within, type MigrationParameters } from '../../kernel/index.ts';
import { createApiServer, EventLog, forwardOverLibp2p, serveForwardedApi } from '../api/index.ts';
import type { ClusterBackend, ClusterStatus, NodeStatus } from '../api/index.ts';
import type { NetworkView, NodeRegistration } from '../cluster/index.ts';
import { ClusterMember, Libp2pTransport } from '../consensus/index.ts';
import { CONTROL_PROTOCOL, ControlRefusedError, controlLimits, remoteControl, serveControl } from '../control/index.ts';
import type { ControlApi, ServerInfo } from '../control/index.ts';
import { Server, readDefinition, schedulerSpecOf } from '../server/index.ts';
import { Agent, ArrowRefKeeper, ArtifactSupply, arrowsNeeded, NodePeers, NodeVolumes, SimulatedRunner, VmRunner, canBind, holdingOf, readLogs } from '../agent/index.ts';
import { artifactChunkStore, openVolumes } from '../../shadowfs/index.ts';
import type { ArtifactTracker, Runner } from '../agent/index.ts';
import { ArrowNetworkService } from '../net/index.ts';
import { encodeJoinToken, decodeJoinToken } from './join-token.ts';
import { clusterKeyPath, peerIdOf, readMembership, reuseListen, writeMembership } from './membership.ts';
import type { Membership, NodeRole } from './membership.ts';
import { controlPlaneMetrics } from './metrics.ts';

/** How long a joining node keeps asking the token's servers (a cluster may be electing). */
const JOIN_TIMEOUT_MS = 60_000;
/** How long the leader keeps a node up after its arrowd stopped, leaving its VMs running (a restart). */
const RESTART_GRACE_MS = 30_000;
/** How long a stopping leader waits for another voter to take over. */
const HANDOFF_WITHIN_MS = 3_000;
/** How long an API pull waits for the cluster's record of the artifact before it goes on unchecked. */
const MANIFEST_LOOKUP_MS = 5_000;

export interface NodeConfig {
  dataDir: string;
  listen: string[];
  api: { host: string; port: number };
  /** Found a cluster with this key (else one is generated); ignored when joining or restarting. */
  clusterKeyFile?: string;
  /** Join the cluster this token names (first start only). */
  join?: string;
  /** With `join`: join as a server (Raft voter once caught up) rather than a client. */
  server?: boolean;
  name?: string;
  labels?: Record<string, string>;
  /** Capacity offered to Arrows; detected from the host by default. */
  cpuMillicores?: number;
  memoryMiB?: number;
  nodeTtlMs?: number;
  /**
   * How this node runs its allocations: 'vm' (QEMU, the default) or 'simulated' (marks them
   * running without a VM: for tests and benchmarks that need many nodes on one host).
   */
  runner?: 'vm' | 'simulated';
  /** The address Arrows' published ports are reached at (default: the API's host). */
  advertiseAddress?: string;
  /**
   * VM runner: one clone kept waiting for each of the last N templates started from (default
   * DEFAULT_CLONE_POOL's); 0 keeps none.
   */
  clonePoolTemplates?: number;
  /** VM runner: the allocations that ended last whose logs stay (default 50). */
  endedAllocationsKept?: number;
  /**
   * VM runner: how Arrows are networked. 'tap' (root, /dev/net/tun, nftables): each Arrow on a tap
   * of the node's bridge at its cluster-assigned address, published ports as kernel DNAT (node/net).
   * 'user' (default): QEMU's user-mode network, ports forwarded by QEMU itself.
   */
  network?: 'user' | 'tap';
  /** With network 'tap': the UDP port of the encrypted overlay between nodes (default 51820). */
  overlayPort?: number;
  peers: string[];
  maxConcurrentUploads?: number;
  uploadBytesPerSecond?: number;
  /** VM runner: how live migrations from this node use the link (default DEFAULT_MIGRATION_PARAMETERS). */
  migration?: Partial<MigrationParameters>;
  maxArtifactBytes?: number;
  version?: string;
  logger?: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

export interface RunningNode {
  libp2p: ArrowLibp2p;
  store: ArtifactStore;
  apiUrl: string;
  role: NodeRole;
  /** Set on servers: how other nodes join this cluster. */
  joinToken?: string;
  stop(): Promise<void>;
}

/** The API token: created once (0600) and read by arrowctl on the same host. */
async function loadOrCreateToken(path: string): Promise<string> {
  try {
    const token = (await readFile(path, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(token)) return token;
    throw new Error(`${path} does not hold a token (64 hex characters); delete it to get a new one`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('hex');
  await writeFile(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return token;
}

/** What the node offers Arrows unless told otherwise: its cores, and its memory less 512 MiB for itself. */
function detectCapacity(config: NodeConfig): { cpu: number; memory: number } {
  return {
    cpu: config.cpuMillicores ?? availableParallelism() * 1000,
    memory: config.memoryMiB ?? Math.max(256, Math.floor(totalmem() / 1024 / 1024) - 512),
  };
}

/** Where this node stands: founding, joining with a token, or restarting as it was. */
interface Standing {
  role: NodeRole;
  name: string;
  clusterKey: Uint8Array;
  /** Server multiaddrs to ask (join token or last known). */
  servers: string[];
  founding: boolean;
  joining: boolean;
  /** Where it listened last time (empty on a first start). */
  listened: string[];
}

async function standing(config: NodeConfig): Promise<Standing> {
  const recorded = await readMembership(config.dataDir);
  if (recorded) {
    if (config.join) config.logger?.warn({ dataDir: config.dataDir }, 'already a member of a cluster: --join ignored (move the data dir aside to join another)');
    return { role: recorded.role, name: recorded.name, clusterKey: await readClusterKey(clusterKeyPath(config.dataDir)), servers: recorded.servers, founding: false, joining: false, listened: recorded.listen };
  }
  const name = config.name ?? hostname();
  if (config.join) {
    const token = decodeJoinToken(config.join);
    await writeFile(clusterKeyPath(config.dataDir), token.clusterKey, { mode: 0o600 });
    return { role: config.server ? 'server' : 'client', name, clusterKey: token.clusterKey, servers: [...token.servers], founding: false, joining: true, listened: [] };
  }
  const keyPath = clusterKeyPath(config.dataDir);
  if (config.clusterKeyFile) {
    const key = await readClusterKey(config.clusterKeyFile);
    await writeFile(keyPath, key, { mode: 0o600 });
  } else {
    try {
      await writeClusterKey(keyPath);
    } catch (error) {
      if (!/already exists/.test((error as Error).message)) throw error;
    }
  }
  return { role: 'server', name, clusterKey: await readClusterKey(keyPath), servers: [], founding: true, joining: false, listened: [] };
}

export async function startNode(config: NodeConfig): Promise<RunningNode> {
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const logger = config.logger;
  const where = await standing(config);
  const store = await openStore(config.dataDir, config.maxArtifactBytes === undefined ? {} : { maxArtifactBytes: config.maxArtifactBytes });
  const cleanups: Array<() => Promise<void>> = [() => store.close()];
  const cleanup = async () => { for (const fn of cleanups.reverse()) await fn().catch((error: unknown) => logger?.warn({ err: (error as Error).message }, 'stop step failed')); };
  try {
    const token = await loadOrCreateToken(join(config.dataDir, 'api.token'));
    const privateKey = await loadOrCreateNodeKey(join(config.dataDir, 'node.key'));
    const listen = reuseListen(config.listen, where.listened);
    const libp2p = await createHost({ privateKey, clusterKey: where.clusterKey, listen }).catch((error: unknown) => {
      // The old port is taken: listen where asked and let the peers learn the new address.
      if (listen.join() === config.listen.join()) throw error;
      logger?.warn({ listen, err: (error as Error).message }, 'cannot listen where this node did before');
      return createHost({ privateKey, clusterKey: where.clusterKey, listen: config.listen });
    });
    cleanups.push(async () => { await libp2p.stop(); });
    const self = libp2p.peerId.toString();
    const ownAddrs = () => libp2p.getMultiaddrs().map((a) => a.toString());

    const metrics = new Registry();
    const uploaded = new Counter({ name: 'arrow_p2p_uploaded_bytes_total', help: 'Piece bytes sent to peers', labelNames: ['peer'], registers: [metrics] });
    const downloaded = new Counter({ name: 'arrow_p2p_downloaded_bytes_total', help: 'Verified piece bytes received from peers', labelNames: ['peer'], registers: [metrics] });
    const answers = new Counter({ name: 'arrow_p2p_requests_total', help: 'Peer requests answered, by answer (piece, have, seeded, busy, not-found, bad-request)', labelNames: ['answer'], registers: [metrics] });
    const badPeers = new Counter({ name: 'arrow_p2p_bad_peers_total', help: 'Peers dropped for sending bad data', labelNames: ['peer'], registers: [metrics] });

    const pieces = new PieceServer(store, {
      counters: { uploaded: (peer, bytes) => uploaded.inc({ peer }, bytes), answered: (answer) => answers.inc({ answer }) },
      ...(config.maxConcurrentUploads === undefined ? {} : { maxConcurrentUploads: config.maxConcurrentUploads }),
      ...(config.uploadBytesPerSecond === undefined ? {} : { uploadBytesPerSecond: config.uploadBytesPerSecond }),
    });
    await pieces.start(libp2p);
    cleanups.push(async () => pieces.stop());

    // Servers we know of: their addresses go to the peer store so they can be dialled by peer id.
    const knownServers = new Map<string, string[]>();
    const learnServers = async (list: readonly { peerId: string; addrs: readonly string[] }[]) => {
      for (const s of list) {
        if (s.peerId === self || s.addrs.length === 0) continue;
        knownServers.set(s.peerId, [...s.addrs]);
        await libp2p.peerStore.merge(peerIdFromString(s.peerId), { multiaddrs: s.addrs.map((a) => multiaddr(a)) }).catch(() => undefined);
      }
    };
    await learnServers(where.servers.flatMap((addr) => { const id = peerIdOf(addr); return id ? [{ peerId: id, addrs: [addr] }] : []; }));

    // ---- the Raft member and the server's services ----
    let member: ClusterMember | undefined;
    let server: Server | undefined;
    const admitted = new Set<string>();
    const tokenServers = new Set(knownServers.keys());
    const refreshAdmitted = () => {
      admitted.clear();
      const conf = member?.confState;
      const members = conf ? [...conf.voters, ...conf.learners] : [];
      for (const id of members) admitted.add(id);
      // A joiner knows no configuration until the leader's snapshot arrives: it hears the
      // servers its token (or its last membership) names, and no one else.
      if (members.length === 0) for (const id of tokenServers) admitted.add(id);
    };
    const lastContact = new Map<string, number>();
    let cp: ReturnType<typeof controlPlaneMetrics> | undefined;
    let eventLog: EventLog | undefined;
    if (where.role === 'server') {
      const transport = new Libp2pTransport({ host: libp2p, isAdmitted: (peer) => admitted.has(peer), metrics: { onDropped: (reason) => cp?.dropped(reason) } });
      const onMessage = transport.onMessage.bind(transport);
      // Raft's last contact with each member, for `arrowctl cluster status`.
      transport.onMessage = (handler) => onMessage((m) => { lastContact.set(m.from, Date.now()); handler(m); });
      refreshAdmitted();
      const bootstrapAddress = where.founding ? `${ownAddrs().find((a) => a.includes('/tcp/')) ?? ''}` : undefined;
      member = await ClusterMember.start({
        id: self, dataDir: join(config.dataDir, 'raft'), transport, readDefinition,
        ...(bootstrapAddress ? { bootstrapAddress } : {}),
        ...(logger ? { logger } : {}),
        onBug: (error, index) => logger?.warn({ err: error.message, index }, 'cluster state: command failed with a bug'),
      });
      const m = member;
      cleanups.push(() => m.close());
      refreshAdmitted();
      m.onMembership(refreshAdmitted);
      m.onRestored(refreshAdmitted);
      cp = controlPlaneMetrics(metrics, { status: () => m.status(), state: () => m.state, appliedIndex: () => m.appliedIndex });
      m.onLeader(() => cp?.leaderChanged());
      const log = new EventLog({ startIndex: m.state.index });
      eventLog = log;
      m.onApplied((index, applied) => {
        log.append(index, applied.changes);
        // Members are dialled by peer id: keep the peer store current with what nodes register.
        for (const change of applied.changes) {
          if (change.kind === 'node' && change.record.peerId !== self && change.record.role === 'server') void learnServers([{ peerId: change.record.peerId, addrs: change.record.addrs }]);
        }
      });
      m.onRestored((state) => log.reset(state.index));
      // A quorum of voters (this one included) heard from within the window, by Raft messages.
      const quorumContact = (withinMs: number): boolean => {
        const voters = m.confState.voters;
        const now = Date.now();
        const heard = voters.filter((v) => v === self || now - (lastContact.get(v) ?? -Infinity) <= withinMs).length;
        return heard * 2 > voters.length;
      };
      server = new Server({ member: m, specOf: schedulerSpecOf, ...(config.nodeTtlMs ? { ttlMs: config.nodeTtlMs } : {}), metrics: cp.server, quorumContact, ...(logger ? { logger } : {}) });
      server.start();
      const s = server;
      cleanups.push(() => s.stop());
      const rpc: RpcServer = await serveRpc(libp2p, CONTROL_PROTOCOL, {
        maxRequestBytes: controlLimits.maxRequestBytes, maxResponseBytes: controlLimits.maxResponseBytes, timeoutMs: controlLimits.maxWatchMs + 5_000,
      }, serveControl(s.control));
      cleanups.push(() => rpc.stop());
    }

    // ---- talking to the servers ----
    const remote = new Map<string, ControlApi>();
    let agent: Agent | undefined;
    const connect = (peerId: string): ControlApi => {
      if (peerId === self && server) return server.control(self);
      let api = remote.get(peerId);
      if (!api) {
        api = remoteControl(async (request, options) => {
          // Dialled by peer id: the peer store must know where the server listens.
          const info = agent?.servers.find((s) => s.peerId === peerId);
          if (info && !knownServers.has(peerId)) await learnServers([info]);
          return callRpc(libp2p, peerId, CONTROL_PROTOCOL, request, { timeoutMs: options.timeoutMs, maxResponseBytes: controlLimits.maxResponseBytes, ...(options.signal ? { signal: options.signal } : {}) });
        });
        remote.set(peerId, api);
      }
      return api;
    };
    // Arrow networks (--network tap): the overlay's key and endpoint go into the registration.
    const arrowAddress = config.advertiseAddress ?? config.api.host;
    const arrowNetworks = config.network === 'tap' && config.runner !== 'simulated'
      ? new ArrowNetworkService({
        nodeId: self, dataDir: config.dataDir, bindAddress: arrowAddress, overlayAddress: overlayAddressOf(config.listen, arrowAddress),
        overlayPort: config.overlayPort ?? DEFAULT_OVERLAY_PORT, onWarning: (message) => logger?.warn({ err: message }, 'Arrow network'),
        portIsFree: (port, protocol) => canBind(port, protocol, arrowAddress),
      })
      : undefined;
    const overlay = arrowNetworks ? await arrowNetworks.start() : null;
    // Set once the VM runner closed: whether its VMs outlive this arrowd (then the network stays).
    let vmsOutlive = true;
    if (arrowNetworks) {
      const n = arrowNetworks;
      // Runs after the agent's stop and the runner's close (pushed earlier, run later).
      cleanups.push(() => n.stop({ teardown: !vmsOutlive }));
      logger?.info({ overlay: n.overlayMode, endpoint: overlay?.endpoint }, 'Arrow overlay up');
    }
    const registration = (): NodeRegistration => ({
      id: self, name: where.name, peerId: self, addrs: ownAddrs(), capacity: detectCapacity(config), labels: { ...config.labels },
      kvm: detectAccelerator() === 'kvm', role: where.role, version: config.version ?? '', overlay,
    });

    if (where.joining) {
      // Ask the token's servers in turn; a server joins as a learner (its member is already
      // listening for the leader's snapshot), a client registers as a node.
      // A cluster that is electing (or a server just starting) answers "no leader": keep asking,
      // a bounded while; a refusal (a bad token, a name taken by another peer) ends it at once.
      let joined: { servers: readonly ServerInfo[] } | undefined;
      let errors: string[] = [];
      const deadline = Date.now() + JOIN_TIMEOUT_MS;
      for (let delay = 200; !joined; delay = Math.min(delay * 2, 2_000)) {
        errors = [];
        for (const peerId of knownServers.keys()) {
          try {
            joined = await connect(peerId).join(registration(), where.role === 'server');
            break;
          } catch (error) {
            if (error instanceof ControlRefusedError) throw new Error(`the cluster refused this node: ${error.message}`);
            errors.push(`${peerId}: ${(error as Error).message}`);
          }
        }
        if (joined) break;
        if (Date.now() > deadline) throw new Error(`could not join the cluster in ${JOIN_TIMEOUT_MS / 1000} s: ${errors.join('; ')}`);
        logger?.warn({ errors }, 'join: no server took it yet; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
      await learnServers(joined.servers);
      // The leader may be a server the token did not name: hear it too until the snapshot comes.
      for (const s of joined.servers) tokenServers.add(s.peerId);
      refreshAdmitted();
    }
    const recordMembership = () => writeMembership(config.dataDir, {
      version: 1, role: where.role, name: where.name, listen: ownAddrs().map((a) => a.replace(/\/p2p\/[^/]+$/, '')),
      servers: [...knownServers.entries()].flatMap(([id, addrs]) => (addrs.length === 0 ? [] : [addrs.find((a) => a.endsWith(id)) ?? `${addrs[0]}/p2p/${id}`])),
    } satisfies Membership);
    await recordMembership();
    // On the way out, remember the servers as they are now: a restart finds them again.
    cleanups.push(recordMembership);

    const servers: ServerInfo[] = [...knownServers].map(([peerId, addrs]) => ({ peerId, addrs, voter: true }));
    if (where.role === 'server') servers.unshift({ peerId: self, addrs: ownAddrs(), voter: true });
    // The supply asks the cluster through the agent, which is built after it (it needs the runner).
    const tracker: ArtifactTracker = {
      artifact: (ref) => nodeAgent.artifact(ref),
      reportHolders: (changes) => nodeAgent.reportHolders(changes),
      tagArtifact: (name, digest) => nodeAgent.tagArtifact(name, digest),
      claim: (name, release) => nodeAgent.claim(name, release),
    };
    let runner: Runner;
    let supply: ArtifactSupply | undefined;
    let logDirOf: ((allocationId: string) => string) | undefined;
    let peers: NodePeers | undefined;
    let startPeers: ((agent: Agent) => Promise<void>) | undefined;
    let arrowRefs: ArrowRefKeeper | undefined;
    if (config.runner === 'simulated') {
      runner = new SimulatedRunner();
    } else {
      supply = new ArtifactSupply({ libp2p, store, tracker, ...(logger ? { logger } : {}) });
      const chunks = artifactChunkStore(store);
      const shadow = await openVolumes({ dataDir: config.dataDir, store: chunks });
      const migrationParameters = { ...DEFAULT_MIGRATION_PARAMETERS, ...config.migration };
      checkMigrationParameters(migrationParameters);
      const nodePeers = new NodePeers({ host: libp2p, volumes: shadow, store: chunks, migrationParameters, ...(logger ? { logger } : {}) });
      peers = nodePeers;
      const volumes = new NodeVolumes({ dataDir: config.dataDir, volumes: shadow, onCommit: nodePeers.onCommit, ...(logger ? { logger } : {}) });
      // Runs after the runner's close (pushed earlier, run later): the last commits land first.
      cleanups.push(async () => {
        await volumes.closeAll();
        await shadow.close();
      });
      const pool = config.clonePoolTemplates;
      const vms = new VmRunner({
        dataDir: config.dataDir, supply, store, address: arrowAddress, volumes, migration: nodePeers.migration, volumeCopies: nodePeers,
        ...(arrowNetworks ? { network: arrowNetworks.network } : {}),
        ...(pool === undefined ? {} : { clonePool: pool === 0 ? false : { size: 1, maxTemplates: pool } }),
        ...(config.endedAllocationsKept === undefined ? {} : { endedAllocationsKept: config.endedAllocationsKept }),
        ...(logger ? { logger } : {}),
      });
      // VMs that outlived the last arrowd are adopted (or cleaned up) before the agent asks for anything.
      await vms.restore();
      runner = vms;
      startPeers = (agentBuilt) => nodePeers.start({ agent: agentBuilt, runner: vms, volumes });
      logDirOf = (id) => vms.logDir(id);
      const keeper = new ArrowRefKeeper({ store, inUse: () => vms.artifactsInUse(), stateFile: join(config.dataDir, 'arrows-needed.json'), ...(logger ? { logger } : {}) });
      arrowRefs = keeper;
      cleanups.push(() => keeper.stop());
      const s = supply;
      cleanups.push(async () => {
        s.stop();
        await vms.close();
        vmsOutlive = vms.vmsOutlive;
      });
    }
    const nodeAgent: Agent = new Agent({
      registration: registration(), servers, connect, runner, ...(logger ? { logger } : {}),
      ...(arrowNetworks ? { onNetworkView: (view: NetworkView) => void arrowNetworks.apply(view) } : {}),
      onView: (view) => {
        peers?.viewChanged(view);
        arrowRefs?.viewChanged(arrowsNeeded(view));
      },
    });
    agent = nodeAgent;
    nodeAgent.start();
    if (startPeers && peers) {
      await startPeers(nodeAgent);
      const p = peers;
      // Runs before the runner's close (pushed later, run earlier): no migration arrives meanwhile.
      cleanups.push(() => p.stop());
    }
    // VMs outlive arrowd (the next one adopts them): the leader keeps the node up meanwhile.
    cleanups.push(() => nodeAgent.stop({ stopWorkloads: false, awayMs: config.runner === 'vm' ? RESTART_GRACE_MS : 0 }));
    if (member) {
      const m = member;
      // Runs before the agent's stop: its farewell then reaches a leader that stays.
      cleanups.push(() => handOverLeadership(m, self, logger));
    }

    // Keep configured peers connected: they may start after us or restart.
    const dialPeers = async () => {
      await Promise.all(config.peers.map(async (addr) => {
        const ma = multiaddr(addr);
        const peerId = ma.getComponents().find((c) => c.name === 'p2p')?.value;
        if (peerId && libp2p.getPeers().some((p) => p.toString() === peerId)) return;
        await libp2p.dial(ma, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
      }));
    };
    void dialPeers();
    const redial = setInterval(() => { void dialPeers(); }, 1_000);
    cleanups.push(async () => clearInterval(redial));

    // One download per digest, however many API callers ask for it.
    const pulls = new Map<Digest, { promise: Promise<FetchResult>; listeners: Set<Pick<FetchOptions, 'onProgress' | 'onBadPeer'>> }>();
    // The manifest the cluster recorded when the artifact was pushed: a connected peer that
    // offers another one is forging it (it is reported, and never asked for a piece). Without a
    // cluster answer in time the pull goes on unchecked, as on a node outside any cluster.
    const recordedManifest = async (digest: Digest): Promise<Digest | undefined> => {
      if (!agent?.registered) return undefined;
      const location = await within(agent.artifact(digest).catch(() => undefined), MANIFEST_LOOKUP_MS);
      const recorded = location?.manifestDigest;
      return recorded !== undefined && isDigest(recorded) ? recorded : undefined;
    };
    const pull = (digest: Digest, options: Pick<FetchOptions, 'ref' | 'onProgress' | 'onBadPeer'>): Promise<FetchResult> => {
      let entry = pulls.get(digest);
      if (!entry) {
        const listeners = new Set<Pick<FetchOptions, 'onProgress' | 'onBadPeer'>>();
        const promise = recordedManifest(digest).then((expectedManifestDigest) => fetchArtifact(libp2p, store, connectedPeers(libp2p), digest, {
          ...(expectedManifestDigest ? { expectedManifestDigest } : {}),
          onProgress: (p) => { for (const l of listeners) l.onProgress?.(p); },
          onBadPeer: (r) => { badPeers.inc({ peer: r.peer }); for (const l of listeners) l.onBadPeer?.(r); },
          onDownloaded: (peer, bytes) => downloaded.inc({ peer }, bytes),
          ...(config.maxArtifactBytes === undefined ? {} : { maxArtifactBytes: config.maxArtifactBytes }),
        })).finally(() => pulls.delete(digest));
        entry = { promise, listeners };
        pulls.set(digest, entry);
      }
      const listener = { onProgress: options.onProgress, onBadPeer: options.onBadPeer };
      entry.listeners.add(listener);
      return entry.promise.then(async (result) => {
        if (options.ref) await store.addRef(digest, options.ref);
        return { ...result, info: (await store.stat(digest)) ?? result.info };
      }).finally(() => entry.listeners.delete(listener));
    };

    const status = (): NodeStatus => ({
      peerId: self,
      addrs: ownAddrs(),
      peers: libp2p.getPeers().map((p) => ({ peerId: p.toString(), addrs: libp2p.getConnections(p).map((c) => c.remoteAddr.toString()) })),
      dataDir: config.dataDir,
    });

    const joinToken = () => encodeJoinToken({
      clusterKey: where.clusterKey,
      servers: (server?.servers() ?? []).flatMap((s) => {
        const addrs = s.peerId === self ? ownAddrs() : s.addrs;
        const addr = addrs.find((a) => a.includes('/tcp/'));
        return addr ? [addr.endsWith(s.peerId) ? addr : `${addr}/p2p/${s.peerId}`] : [];
      }),
    });

    let cluster: ClusterBackend | undefined;
    if (member && server) {
      const m = member;
      const s = server;
      cluster = {
        state: () => m.state,
        read: (query) => m.read(query),
        propose: (command) => m.propose(command),
        status: (): ClusterStatus => {
          const raft = m.status();
          const now = Date.now();
          const row = (id: string, role: 'voter' | 'learner') => ({
            id, name: m.state.node(id)?.name ?? '', role, leader: id === raft.leader, matchIndex: raft.progress?.get(id)?.match ?? null,
            lastContactMs: id === self ? null : (lastContact.has(id) ? now - lastContact.get(id)! : null), addrs: id === self ? ownAddrs() : (m.state.node(id)?.addrs ?? []),
          });
          return {
            self, leader: raft.leader, term: raft.term, commitIndex: raft.commit, appliedIndex: m.appliedIndex,
            members: [...raft.confState.voters.map((id) => row(id, 'voter')), ...raft.confState.learners.map((id) => row(id, 'learner'))],
          };
        },
        removeServer: async (peerId) => { await m.remove(peerId); },
        events: eventLog!,
        nodeTtlMs: s.ttlMs,
        joinToken,
      };
    }

    const api = createApiServer({
      store, status, pull, metrics,
      dial: async (addr) => { await libp2p.dial(multiaddr(addr), { signal: AbortSignal.timeout(5_000) }); },
      onStored: (digest) => {
        void holdingOf(store, digest).then(async (holding) => {
          if (holding) await nodeAgent.reportHolders([holding]);
        }).catch((error: unknown) => logger?.warn({ err: (error as Error).message, digest }, 'could not record this node as a holder'));
      },
      // Pullers ask only recorded holders: a node that deleted its copy must leave that list.
      onRemoved: (digests) => {
        void nodeAgent.reportHolders(digests.map((digest) => ({ digest, size: 0, manifestDigest: '', held: false })))
          .catch((error: unknown) => logger?.warn({ err: (error as Error).message, digests }, 'could not record that this node dropped artifacts'));
      },
      peerId: self,
      // A client node forwards cluster requests to a server it knows (the first that answers).
      ...(cluster ? { cluster } : { forward: forwardOverLibp2p(libp2p, () => peerIdFromString(nodeAgent.servers[0]?.peerId ?? [...knownServers.keys()][0] ?? self)) }),
      forwardTo: (peerId) => forwardOverLibp2p(libp2p, () => peerIdFromString(peerId)),
      ...(peers ? { volumes: peers } : {}),
      ...(logDirOf ? { logs: { open: async (id, options) => {
        // Allocation ids are the cluster's; anything else is not a directory of ours.
        if (!/^[a-z0-9][a-z0-9-]{0,127}$/.test(id)) return undefined;
        const dir = logDirOf(id);
        // The allocation's directory says it runs (or ran) here; its logs appear with its first output.
        if (!(await stat(dirname(dir)).catch(() => undefined))?.isDirectory()) return undefined;
        return readLogs(dir, options.stream, { follow: options.follow, signal: options.signal, ...(options.tail === undefined ? {} : { tail: options.tail }) });
      } } } : {}),
    }, { token, maxUploadBytes: config.maxArtifactBytes ?? 16 * 1024 ** 3 });
    // Forwarded API calls: a server takes them from the cluster's nodes (cluster routes, and logs
    // it keeps or forwards on); a client node from the servers it knows (logs of its allocations).
    const m = member;
    const stopForwarding = await serveForwardedApi(libp2p, api, m
      ? (peer) => m.state.nodes().some((n) => n.peerId === peer)
      : (peer) => nodeAgent.servers.some((srv) => srv.peerId === peer) || knownServers.has(peer));
    cleanups.push(stopForwarding);
    await api.listen({ host: config.api.host, port: config.api.port });
    cleanups.push(() => api.close());
    const address = api.server.address();
    const port = typeof address === 'object' && address ? address.port : config.api.port;
    const apiUrl = `http://${config.api.host.includes(':') ? `[${config.api.host}]` : config.api.host}:${port}`;
    // arrowctl on this host finds the node through the data dir (ARROW_HOME).
    await writeFile(join(config.dataDir, 'api.addr'), `${apiUrl}\n`);
    cleanups.push(() => rm(join(config.dataDir, 'api.addr'), { force: true }));

    let stopping: Promise<void> | undefined;
    return {
      libp2p, store, apiUrl, role: where.role,
      ...(member ? { joinToken: joinToken() } : {}),
      stop: () => (stopping ??= cleanup()),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * A stopping leader hands leadership to the most caught-up other voter and waits (bounded) until
 * it is no longer leader: the cluster then goes on at once instead of after an election timeout,
 * and this node's farewell heartbeat reaches the leader that stays.
 */
async function handOverLeadership(member: ClusterMember, self: string, logger: NodeConfig['logger']): Promise<void> {
  if (!member.isLeader) return;
  const progress = member.status().progress;
  const target = member.confState.voters.filter((v) => v !== self)
    .sort((a, b) => (progress?.get(b)?.match ?? 0) - (progress?.get(a)?.match ?? 0))[0];
  if (!target) return;
  member.transferLeadership(target);
  const deadline = Date.now() + HANDOFF_WITHIN_MS;
  while (member.isLeader && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  logger?.info({ to: target, handedOver: !member.isLeader }, 'stopping: leadership handed over');
}

/** WireGuard's usual port: the overlay between nodes listens on it unless --overlay-port says otherwise. */
const DEFAULT_OVERLAY_PORT = 51820;

/**
 * Where other nodes reach this node's overlay: the first specific IPv4 address it listens on for
 * cluster traffic (the path between nodes), else the address its Arrows' ports are advertised on.
 */
export function overlayAddressOf(listen: readonly string[], fallback: string): string {
  for (const addr of listen) {
    const ip = /^\/ip4\/(\d{1,3}(?:\.\d{1,3}){3})\//.exec(addr)?.[1];
    if (ip && ip !== '0.0.0.0') return ip;
  }
  return fallback;
}
