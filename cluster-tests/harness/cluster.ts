// A cluster of arrowd processes on the hosts of a Topology: the first `servers` hosts are Raft
// voters (h1 founds the cluster, the others join as servers), the rest join as clients. Hosts can
// be killed, frozen, partitioned and restarted with their data dirs; everything goes at teardown.
import { join } from 'node:path';
import type { ArrowdClient, ClusterStatus } from '../../node/api/index.ts';
import { Topology } from '../topology/index.ts';
import type { TopologyHost } from '../topology/index.ts';
import { startArrowd } from './arrowd.ts';
import type { ArrowdProcess } from './arrowd.ts';
import { until } from '../../bench/until.ts';
import { createTempRoot } from './temp-root.ts';
import type { TempRoot } from './temp-root.ts';

export interface NsClusterOptions {
  readonly hosts: number;
  readonly servers: number;
  readonly ttlMs: number;
  readonly runner: 'vm' | 'simulated';
  readonly seed?: number;
  /** How many hosts run arrowd (the first ones; default all): the others stay empty, e.g. for a stranger. */
  readonly members?: number;
  /** More arrowd flags for every host. */
  readonly extraArgs?: readonly string[];
  /**
   * How arrowd networks Arrows: 'tap' (the default: a tap per Arrow at its cluster address) or
   * 'user' (QEMU user-mode, ports forwarded by QEMU on the host's admin address), which Arrows
   * need to move live.
   */
  readonly network?: 'tap' | 'user';
}

export interface NsNode {
  readonly host: TopologyHost;
  readonly role: 'server' | 'client';
  readonly dataDir: string;
  /** The running arrowd; undefined while the host is down. */
  process: ArrowdProcess | undefined;
  /** What earlier arrowd processes of this host logged (the last 64 KiB of each). */
  earlierLogs: string[];
  peerId: string;
}

export class NsCluster {
  readonly topology: Topology;
  readonly nodes: readonly NsNode[];
  readonly options: NsClusterOptions;
  readonly #root: TempRoot;
  #joinToken = '';
  /** Each node's latest arrowd, running or not (its log outlives it). */
  readonly #ended = new Map<NsNode, ArrowdProcess>();

  private constructor(topology: Topology, root: TempRoot, nodes: NsNode[], options: NsClusterOptions) {
    this.topology = topology;
    this.#root = root;
    this.nodes = nodes;
    this.options = options;
  }

  /** Builds the topology and starts every arrowd; the cluster is formed (voters, nodes ready) when it resolves. */
  static async start(t: { teardown(fn: () => Promise<void>): void }, options: NsClusterOptions): Promise<NsCluster> {
    const topology = await Topology.create({ hosts: options.hosts, ...(options.seed === undefined ? {} : { seed: options.seed }) });
    const root = await createTempRoot();
    const nodes: NsNode[] = topology.hosts.slice(0, options.members ?? options.hosts).map((host, i) => ({
      host, role: i < options.servers ? 'server' : 'client', dataDir: join(root.path, host.name), process: undefined, peerId: '', earlierLogs: [],
    }));
    const cluster = new NsCluster(topology, root, nodes, options);
    t.teardown(() => cluster.destroy());
    await cluster.form();
    return cluster;
  }

  async form(): Promise<void> {
    const [founder, ...others] = this.nodes;
    await this.start(founder!);
    await Promise.all(others.filter((n) => n.role === 'server').map((n) => this.start(n)));
    await Promise.all(others.filter((n) => n.role === 'client').map((n) => this.start(n)));
    const servers = this.nodes.filter((n) => n.role === 'server').length;
    await until('every server a voter', async () => (await this.client().clusterStatus()).members.filter((m) => m.role === 'voter').length === servers, 60_000);
    await this.untilReady(this.nodes, 60_000);
  }

  /** Starts (or restarts, with its data dir) the arrowd of `node`. */
  async start(node: NsNode): Promise<ArrowdProcess> {
    if (node.process) throw new Error(`${node.host.name} runs already`);
    const previous = this.#ended.get(node);
    if (previous) node.earlierLogs.push(previous.stderr());
    const founder = node === this.nodes[0];
    const process = await startArrowd(this.topology, node.host, {
      dataDir: node.dataDir, ttlMs: this.options.ttlMs, runner: this.options.runner,
      ...(founder ? {} : { join: this.#joinToken, server: node.role === 'server' }),
      ...(this.options.extraArgs ? { extraArgs: this.options.extraArgs } : {}),
      ...(this.options.network ? { network: this.options.network } : {}),
    });
    if (founder && process.ready.joinToken) this.#joinToken = process.ready.joinToken;
    node.process = process;
    this.#ended.set(node, process);
    node.peerId = process.ready.peerId;
    return process;
  }

  node(name: string): NsNode {
    const node = this.nodes.find((n) => n.host.name === name);
    if (!node) throw new Error(`no host ${name}`);
    return node;
  }

  byPeerId(peerId: string): NsNode | undefined {
    return this.nodes.find((n) => n.peerId === peerId);
  }

  /** The API of a running node (the first running one unless `name` says which). */
  client(name?: string): ArrowdClient {
    const node = name ? this.node(name) : this.nodes.find((n) => n.process);
    if (!node?.process) throw new Error(`${name ?? 'no host'} is not running`);
    return node.process.client;
  }

  running(): NsNode[] {
    return this.nodes.filter((n) => n.process);
  }

  /** The leader as running servers see it (the first answer naming one). */
  async leader(exclude: readonly NsNode[] = []): Promise<NsNode> {
    return until('a leader', async () => {
      for (const node of this.running().filter((n) => n.role === 'server' && !exclude.includes(n))) {
        const status: ClusterStatus | undefined = await node.process!.client.clusterStatus().catch(() => undefined);
        const leader = status?.leader ? this.byPeerId(status.leader) : undefined;
        if (leader && !exclude.includes(leader)) return leader;
      }
      return undefined;
    }, 30_000);
  }

  /** kill -9 of every process of the host (arrowd and its VMs): a power loss. */
  async killHost(node: NsNode): Promise<void> {
    await this.topology.killHost(node.host);
    await node.process?.child.catch(() => undefined);
    node.process = undefined;
  }

  /** kill -9 of the host's arrowd alone: its VMs run on (a restarted arrowd adopts them). */
  async killArrowd(node: NsNode): Promise<void> {
    const process = node.process;
    if (!process) throw new Error(`${node.host.name} runs no arrowd`);
    process.child.kill('SIGKILL');
    await process.child.catch(() => undefined);
    node.process = undefined;
  }

  async untilReady(nodes: readonly NsNode[], withinMs: number): Promise<void> {
    const ids = new Set(nodes.map((n) => n.peerId));
    await until(`${nodes.map((n) => n.host.name).join(', ')} ready`, async () => {
      const list = await this.client().nodes();
      return list.nodes.filter((n) => ids.has(n.id) && n.status === 'ready').length === ids.size;
    }, withinMs);
  }

  /** The arrowd logs of every host (for a failing test's message). */
  logs(): string {
    return this.nodes.map((n) => `--- ${n.host.name}\n${n.process?.stderr().slice(-3000) ?? '(down)'}`).join('\n');
  }

  /** Log lines of every arrowd so far (restarted ones included) that match `pattern`, by host. */
  grepLogs(pattern: RegExp): string[] {
    return this.nodes.flatMap((n) => [...n.earlierLogs, this.#ended.get(n)?.stderr() ?? '']
      .flatMap((text) => text.split('\n')).filter((line) => pattern.test(line)).map((line) => `${n.host.name}: ${line.slice(0, 400)}`));
  }

  async destroy(): Promise<void> {
    await this.topology.destroy();
    await this.#root.remove();
  }
}
