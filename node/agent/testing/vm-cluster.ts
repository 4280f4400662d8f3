// Test helpers for the VM runner against a real cluster: a one-member Raft cluster and its Server
// in this process, serving the control protocol over libp2p, and nodes that are what arrowd
// will compose (a libp2p host with its key in the data dir, a store, a piece server, an Agent,
// an ArtifactSupply and a VmRunner over real QEMU). A node can also run in a child process
// (vm-node-process.ts), so that it can be killed with SIGKILL.
import type { ExecutionContext } from 'ava';
import { execa } from 'execa';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTROL_PROTOCOL, controlLimits, remoteControl, serveControl } from '../../control/index.ts';
import type { ControlApi, ServerInfo } from '../../control/index.ts';
import { PieceServer, callRpc, createHost, loadOrCreateNodeKey, openStore, serveRpc, testHosts } from '../../../p2p/index.ts';
import type { ArrowLibp2p, ArtifactStore, Digest } from '../../../p2p/index.ts';
import { TemplateCache } from '../../../kernel/index.ts';
import type { ClusterMember } from '../../consensus/member.ts';
import type { Command } from '../../cluster/index.ts';
import { startTestServer } from '../../server/index.ts';
import type { Server } from '../../server/index.ts';
import { Agent } from '../agent.ts';
import { ArtifactSupply, holdingOf } from '../artifacts.ts';
import type { ArtifactTracker } from '../artifacts.ts';
import type { LogLimits } from '../logs.ts';
import type { AgentLogger } from '../logger.ts';
import type { RestartBackoff } from '../restart-policy.ts';
import { artifactChunkStore, openVolumes } from '../../../shadowfs/index.ts';
import { VmRunner } from '../vm-runner.ts';
import { NodeVolumes } from '../volumes.ts';
import { NodePeers } from '../peers.ts';
import type { ClonePoolSize, RunnerMigration } from '../vm-runner.ts';
import { MigrationFailedError } from '../../migrate/index.ts';

/** What the helpers need of their caller: an ava test's context, or a bench's stand-in for one. */
export type Teardown = Pick<ExecutionContext, 'teardown'>;

export interface VmNodeOptions {
  readonly dataDir: string;
  readonly clusterKey: Uint8Array;
  readonly servers: readonly ServerInfo[];
  /** The templates of this test run (a temp dir: shared by its nodes, removed after). */
  readonly templatesDir: string;
  readonly portRange: { readonly first: number; readonly last: number };
  readonly name: string;
  readonly restartBackoff?: Partial<RestartBackoff>;
  readonly stopGraceMs?: number;
  readonly logLimits?: LogLimits;
  /**
   * The runner's clones restored ahead of time (VmRunnerOptions.clonePool). Default false, unlike
   * arrowd: most tests count the QEMUs of their allocations, which waiting clones would join.
   */
  readonly clonePool?: false | ClonePoolSize;
  /** Fault injection: this many first live migrations sent from the node fail before the target runs them. */
  readonly failMigrations?: number;
  /** How often a running volume commits a snapshot at most (default 500 ms; arrowd: 3 s). */
  readonly commitEveryMs?: number;
  /** Where the node's runner, agent and peers log (default nowhere). */
  readonly logger?: AgentLogger;
  /** How long an allocation moved here waits for its VM (VmRunnerOptions.incomingWaitMs). */
  readonly incomingWaitMs?: number;
  /** Ended allocations whose logs the runner keeps (VmRunnerOptions.endedAllocationsKept). */
  readonly endedAllocationsKept?: number;
  /** What the node offers the scheduler (default 1000 millicores, 2048 MiB). */
  readonly capacity?: { readonly cpu: number; readonly memory: number };
}

export interface VmNode {
  readonly peerId: string;
  readonly dataDir: string;
  readonly host: ArrowLibp2p;
  readonly store: ArtifactStore;
  readonly agent: Agent;
  readonly runner: VmRunner;
  readonly volumes: NodeVolumes;
  readonly peers: NodePeers;
  /** Stops the node; its VMs keep running unless `workloads` (then each is stopped and reported). */
  stop(options: { workloads: boolean }): Promise<void>;
}

/** One node as arrowd composes it: its identity (node.key) and store live in dataDir. */
export async function startVmNode(options: VmNodeOptions): Promise<VmNode> {
  await mkdir(options.dataDir, { recursive: true });
  const privateKey = await loadOrCreateNodeKey(join(options.dataDir, 'node.key'));
  const host = await createHost({ privateKey, clusterKey: options.clusterKey, listen: ['/ip4/127.0.0.1/tcp/0'] });
  const peerId = host.peerId.toString();
  const store = await openStore(options.dataDir);
  const pieces = new PieceServer(store);
  await pieces.start(host);
  for (const server of options.servers) await host.peerStore.merge(peerIdFromString(server.peerId), { multiaddrs: server.addrs.map((a) => multiaddr(a)) });
  const connect = (to: string): ControlApi => remoteControl((request, o) => callRpc(host, to, CONTROL_PROTOCOL, request, { timeoutMs: o.timeoutMs, maxResponseBytes: controlLimits.maxResponseBytes, ...(o.signal ? { signal: o.signal } : {}) }));
  // The supply reports to the cluster through the agent, the agent runs the runner, the runner
  // uses the supply: the tracker forwards to the agent built last.
  let agent: Agent | undefined;
  const viaAgent = (): Agent => {
    if (!agent) throw new Error('the agent is not built yet');
    return agent;
  };
  const tracker: ArtifactTracker = {
    artifact: (ref) => viaAgent().artifact(ref),
    reportHolders: (changes) => viaAgent().reportHolders(changes),
    tagArtifact: (name, digest) => viaAgent().tagArtifact(name, digest),
    claim: (name, release) => viaAgent().claim(name, release),
  };
  const supply = new ArtifactSupply({ libp2p: host, store, tracker, fetch: { discoverMs: 200, stallTimeoutMs: 10_000 }, kernelPollMs: 200 });
  const chunks = artifactChunkStore(store);
  const shadow = await openVolumes({ dataDir: options.dataDir, store: chunks });
  const logger = options.logger ? { logger: options.logger } : {};
  const peers = new NodePeers({ host, volumes: shadow, store: chunks, reportEveryMs: 500, ...logger });
  const volumes = new NodeVolumes({ dataDir: options.dataDir, volumes: shadow, commitEveryMs: options.commitEveryMs ?? 500, onCommit: peers.onCommit });
  const runner = new VmRunner({
    volumes, migration: failing(peers.migration, options.failMigrations ?? 0), volumeCopies: peers, ...logger,
    ...(options.incomingWaitMs !== undefined ? { incomingWaitMs: options.incomingWaitMs } : {}),
    dataDir: options.dataDir, supply, store, address: '127.0.0.1', portRange: options.portRange,
    templates: new TemplateCache({ dir: options.templatesDir }), clonePool: options.clonePool ?? false,
    ...(options.restartBackoff ? { restartBackoff: options.restartBackoff } : {}),
    ...(options.stopGraceMs !== undefined ? { stopGraceMs: options.stopGraceMs } : {}),
    ...(options.logLimits ? { logLimits: options.logLimits } : {}),
    ...(options.endedAllocationsKept !== undefined ? { endedAllocationsKept: options.endedAllocationsKept } : {}),
  });
  await runner.restore();
  agent = new Agent({
    registration: { id: peerId, name: options.name, peerId, addrs: host.getMultiaddrs().map(String), capacity: options.capacity ?? { cpu: 1000, memory: 2048 }, labels: {}, kvm: false, role: 'client', version: 'test', overlay: null },
    servers: options.servers, connect, runner, watchWaitMs: 2_000, retry: { initialMs: 50, maxMs: 500 },
    onView: (view) => peers.viewChanged(view), ...logger,
  });
  agent.start();
  const built = agent;
  await peers.start({ agent: built, runner, volumes });
  return {
    peerId, dataDir: options.dataDir, host, store, agent: built, runner, volumes, peers,
    async stop({ workloads }) {
      await built.stop({ stopWorkloads: workloads });
      await peers.stop();
      supply.stop();
      await runner.close();
      await volumes.closeAll();
      await shadow.close();
      await pieces.stop();
      await host.stop();
      await store.close();
    },
  };
}

/** `migration` whose first `count` sends fail as a target that died while loading the VM would make them. */
function failing(migration: RunnerMigration, count: number): RunnerMigration {
  let left = count;
  return {
    pushVolume: (volume, seq, to) => migration.pushVolume(volume, seq, to),
    send: async (session, to, name) => {
      if (left-- > 0) throw new MigrationFailedError('injected: the target failed before it ran the VM', 'source');
      return migration.send(session, to, name);
    },
  };
}

export interface VmWorld {
  readonly dir: string;
  readonly member: ClusterMember;
  readonly server: Server;
  readonly servers: readonly ServerInfo[];
  readonly clusterKey: Uint8Array;
  readonly templatesDir: string;
  /** A node in this process; stopped (workloads too) when the test ends unless stopped before. */
  node(name: string, options?: Partial<Omit<VmNodeOptions, 'clusterKey' | 'servers' | 'templatesDir' | 'name'>>): Promise<VmNode>;
  /** What a node named `name` is started with (for one in a child process): its data dir under the world's. */
  nodeOptions(name: string, options?: Partial<Omit<VmNodeOptions, 'clusterKey' | 'servers' | 'templatesDir' | 'name'>>): VmNodeOptions;
  /** Stores a file on a node and records the node as its holder, as arrowd does after a push. */
  push(node: VmNode, path: string): Promise<{ digest: Digest; size: number }>;
  propose(command: Command): Promise<void>;
}

/**
 * A cluster (ttlMs: how long a silent node stays up) and room for nodes, all torn down when the
 * test ends, pass or fail, with every QEMU started under the world's dir killed.
 */
export async function startVmWorld(t: Teardown, ttlMs: number): Promise<VmWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-vm-'));
  const hosts = await testHosts();
  const cleanups: Array<() => Promise<unknown>> = [];
  t.teardown(async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
    await hosts.stopAll();
    await killQemusUnder(dir);
    await rm(dir, { recursive: true, force: true });
  });
  const serverHost = await hosts.start();
  const serverId = serverHost.peerId.toString();
  const { member, server } = await startTestServer(t, { id: serverId, ttlMs });
  const rpc = await serveRpc(serverHost, CONTROL_PROTOCOL, { maxRequestBytes: controlLimits.maxRequestBytes, maxResponseBytes: controlLimits.maxResponseBytes, timeoutMs: 70_000 }, serveControl(server.control));
  cleanups.push(async () => rpc.stop());
  const servers: ServerInfo[] = [{ peerId: serverId, addrs: serverHost.getMultiaddrs().map(String), voter: true }];
  const templatesDir = join(dir, 'templates');
  let ports = 0;
  const nodeOptions: VmWorld['nodeOptions'] = (name, options = {}) => {
    const first = 21_000 + 500 * ports++;
    return { dataDir: join(dir, name), clusterKey: hosts.clusterKey, servers, templatesDir, portRange: { first, last: first + 499 }, name, ...options };
  };
  return {
    dir, member, server, servers, clusterKey: hosts.clusterKey, templatesDir, nodeOptions,
    async node(name, options = {}) {
      const node = await startVmNode(nodeOptions(name, options));
      let stopped = false;
      const stop = node.stop.bind(node);
      const wrapped: VmNode = { ...node, stop: async (o) => { stopped = true; await stop(o); } };
      cleanups.push(async () => { if (!stopped) await stop({ workloads: true }); });
      return wrapped;
    },
    async push(node, path) {
      const info = await node.store.putFile(path, { ref: 'pin' });
      const ignored = await node.agent.reportHolders([await holdingOf(node.store, info.digest)]);
      if (ignored.length > 0) throw new Error(`the cluster ignored a holder report: ${JSON.stringify(ignored)}`);
      return { digest: info.digest, size: info.size };
    },
    async propose(command) {
      const result = await member.propose(command);
      if (!result.ok) throw new Error(`${command.type} refused: ${JSON.stringify(result)}`);
    },
  };
}

/** A node/spec definition of a service or batch Arrow running busybox (Debian's busybox-static). */
export function busyboxDefinition(busybox: { digest: string; size: number }, fields: Record<string, unknown>): string {
  return JSON.stringify({
    name: 'web', type: 'service', binary: { ...busybox, name: 'busybox' }, args: [], env: {}, kernel: 'default',
    cpu: 250, memory: 64, replicas: 1, restart: 'always', ports: [], files: [], priority: 50, constraints: [], affinities: [],
    requiresKvm: false, update: { maxParallel: 1 }, ...fields,
  });
}

/** Pids of the live QEMU processes whose command line mentions `marker` (a data or run dir). */
export async function qemuPids(marker: string): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    // A zombie has an empty command line: it runs nothing any more.
    if (cmdline.includes('qemu-system') && cmdline.includes(marker)) pids.push(Number(name));
  }
  return pids.sort((a, b) => a - b);
}

async function killQemusUnder(dir: string): Promise<void> {
  for (const pid of await qemuPids(dir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

/**
 * GETs http://127.0.0.1:port/ until it answers 200 (an app reported running may not listen yet),
 * for at most withinMs: the body, or undefined.
 */
export async function fetchPage(port: number, withinMs = 20_000): Promise<string | undefined> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(3_000) });
      if (response.ok) return await response.text();
    } catch {
      /* not listening yet, or the connection was reset */
    }
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const NODE_PROCESS = join(import.meta.dirname, 'vm-node-process.ts');

/**
 * Starts a node (agent and VM runner, vm-node-process.ts) in a child process, so that a test can
 * SIGKILL it as arrowd would be; resolves once it runs. The test's teardown kills it.
 */
export async function spawnVmNode(t: Teardown, options: VmNodeOptions): Promise<{ kill(): Promise<void>; peerId: string }> {
  const { clusterKey, ...rest } = options;
  const child = execa(process.execPath, [NODE_PROCESS, JSON.stringify({ ...rest, clusterKeyHex: Buffer.from(clusterKey).toString('hex') })], { reject: false, buffer: false, stdin: 'ignore' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4096); });
  const kill = async () => {
    child.kill('SIGKILL');
    await child;
  };
  t.teardown(kill);
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the node process said nothing in 60 s: ${stderr}`)), 60_000);
    child.stdout.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(chunk.toString());
    });
    void child.then(() => reject(new Error(`the node process ended: ${stderr}`)));
  });
  return { peerId: (JSON.parse(line) as { peerId: string }).peerId, kill };
}
