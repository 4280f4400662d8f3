// Topology: several "hosts" on this one machine for multi-host cluster tests. Each host is a
// Linux network namespace with two networks:
//
// - underlay (admin path, never faulted): a bridge in the root namespace with one veth per host.
//   The root namespace has `runnerAddress` on it, so the test runner reaches every host's
//   `adminAddress` (APIs, published ports).
// - overlay (cluster path, faulted): a VXLAN device per host (MTU 1450) whose only remote is the
//   relay, a user-space UDP switch in a detached Node process. The relay learns MACs, forwards
//   and floods frames, and applies per-link delay (order preserved) and loss (seeded PRNG:
//   the same seed replays each link's losses). Bind cluster traffic to `host.address`.
// - partitions: nft drop rules inside the namespaces (ingress and egress of the overlay device,
//   by peer overlay address), in a table this topology owns.
//
// Use, in order:
//   const topo = await Topology.create({ hosts: 3, seed });  // sweeps a dead runner's leftovers first
//   const child = topo.spawn(topo.hosts[0], process.execPath, ['server.ts']); // reject: false
//   await topo.partition([[h1], [h2, h3]]); await topo.heal();
//   await topo.setLinks({ delayMs: 50, lossPercent: 5 });
//   await topo.killHost(h1);  // the namespace stays: spawn again to restart the host
//   await topo.destroy();     // in a finally / t.teardown; idempotent
//
// What can fail: create() throws NetworkError (iproute2 refused), AddressError (no free /24),
// RelayError (the relay died or did not answer in time). Host operations throw
// HostProcessError when processes survive SIGKILL or will not stop within their bound.
// Teardown happens in every outcome: destroy() closes the relay's stdin, and so does the
// runner's death, even by SIGKILL; the relay then kills every process in the hosts, waits for
// them to go, and deletes namespaces, links and nft tables. If the relay itself was killed,
// the next create() (or sweepLeftovers()) removes what it left.
import { systemTool } from './tools.ts';
import { execa, type ResultPromise } from 'execa';
import { validateFault, type LinkFault } from './fault.ts';
import { sweepOrphans } from './network.ts';
import { blockedPeers, partitionScript } from './partition.ts';
import { continueAll, killAll, netnsPids, stopAll } from './processes.ts';
import { RelayClient, RelayError } from './relay-client.ts';
import { MAX_HOSTS } from './names.ts';
import type { Layout, RelayCounters } from './protocol.ts';

export { AddressError } from './addresses.ts';
export { FaultError, type LinkFault } from './fault.ts';
export { NetworkError } from './network.ts';
export { PartitionError } from './partition.ts';
export { HostProcessError } from './processes.ts';
export { RelayError } from './relay-client.ts';
export type { RelayCounters } from './protocol.ts';

/** A host passed in that is not one of this topology's. */
export class TopologyError extends Error {
  override name = 'TopologyError';
}

export interface TopologyHost {
  readonly name: string;          // 'h1'..'hN'
  readonly netns: string;         // namespace name
  readonly address: string;       // overlay IPv4: cluster traffic, faulted
  readonly adminAddress: string;  // underlay IPv4: reached from the runner, never faulted
}

export interface TopologyOptions {
  readonly hosts: number;
  /** seeds the relay's loss decisions; random when absent (read it back from `topology.seed`) */
  readonly seed?: number;
}

export interface SpawnOptions {
  readonly env?: Record<string, string>;
  readonly stdin?: 'pipe' | 'ignore';
}

const CREATE_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 10_000;
const DESTROY_TIMEOUT_MS = 60_000;
const DEFAULT_EXEC_TIMEOUT_MS = 10_000;
const MAX_EXEC_OUTPUT_BYTES = 16 * 1024 * 1024;

export class Topology {
  readonly hosts: readonly TopologyHost[];
  readonly runnerAddress: string;
  readonly seed: number;
  /** overlay and underlay subnets (CIDR), the relay's port and pid: for logs and debugging */
  readonly layout: Layout;
  readonly #relay: RelayClient;
  readonly #children = new Set<ResultPromise>();
  #destroyed: Promise<void> | undefined;

  private constructor(relay: RelayClient, layout: Layout, seed: number) {
    this.#relay = relay;
    this.layout = layout;
    this.seed = seed;
    this.hosts = Object.freeze(layout.hosts.map((host) => Object.freeze({ ...host })));
    this.runnerAddress = layout.runnerAddress;
  }

  static async create(options: TopologyOptions): Promise<Topology> {
    if (!Number.isInteger(options.hosts) || options.hosts < 1 || options.hosts > MAX_HOSTS) throw new RangeError(`hosts must be an integer in 1..${MAX_HOSTS}, got ${options.hosts}`);
    const seed = options.seed ?? Math.floor(Math.random() * 0x100000000);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be a 32-bit unsigned integer, got ${seed}`);
    await sweepLeftovers();
    const relay = RelayClient.start();
    try {
      const layout = await relay.request({ cmd: 'create', hosts: options.hosts, seed }, CREATE_TIMEOUT_MS) as Layout;
      return new Topology(relay, layout, seed);
    } catch (error) {
      await relay.close(DESTROY_TIMEOUT_MS);
      throw error;
    }
  }

  /** The relay's pid, which is also the owner id in every name this topology made. */
  get owner(): number {
    return this.layout.owner;
  }

  /**
   * Starts a long-running process inside the host (`ip netns exec`, which execs the file, so the
   * child's pid is the process's). The result never rejects (reject: false): a host killed by
   * killHost() resolves with `signal: 'SIGKILL'`. Output is buffered for the result, and
   * readable as it comes from `child.stdout`.
   */
  spawn(host: TopologyHost, file: string, args: readonly string[], options: SpawnOptions = {}): ResultPromise {
    this.#check(host);
    const child = execa(systemTool('ip'), ['netns', 'exec', host.netns, file, ...args], {
      env: options.env,
      stdin: options.stdin ?? 'ignore',
      reject: false,
      maxBuffer: MAX_EXEC_OUTPUT_BYTES,
    }) as unknown as ResultPromise;
    this.#children.add(child);
    void child.finally(() => this.#children.delete(child));
    return child;
  }

  /** Runs a short command inside the host; resolves with its stdout, rejects on failure or timeout. */
  async exec(host: TopologyHost, file: string, args: readonly string[], timeoutMs = DEFAULT_EXEC_TIMEOUT_MS): Promise<string> {
    this.#check(host);
    const result = await execa(systemTool('ip'), ['netns', 'exec', host.netns, file, ...args], { timeout: timeoutMs, maxBuffer: MAX_EXEC_OUTPUT_BYTES, stdin: 'ignore' });
    return String(result.stdout);
  }

  async pids(host: TopologyHost): Promise<number[]> {
    this.#check(host);
    return netnsPids(host.netns);
  }

  /** SIGKILLs every process of the host; resolves when they are gone. The namespace stays. */
  async killHost(host: TopologyHost): Promise<void> {
    this.#check(host);
    await killAll(host.netns);
  }

  /** SIGSTOPs every process of the host (listing again until all are stopped). */
  async freezeHost(host: TopologyHost): Promise<void> {
    this.#check(host);
    await stopAll(host.netns);
  }

  async thawHost(host: TopologyHost): Promise<void> {
    this.#check(host);
    await continueAll(host.netns);
  }

  /**
   * No overlay traffic between hosts of different groups; a host in no group keeps reaching
   * everyone. Replaces any previous partition. The admin path is never cut.
   */
  async partition(groups: readonly (readonly TopologyHost[])[]): Promise<void> {
    const indexGroups = groups.map((group) => group.map((host) => this.#check(host)));
    const blocked = blockedPeers(this.hosts.map((host) => host.address), indexGroups);
    await Promise.all(this.hosts.map((host, index) => this.#applyNft(host, partitionScript(this.layout.nftTable, blocked[index] ?? []))));
  }

  /** Removes every partition rule (and only those). */
  async heal(): Promise<void> {
    await Promise.all(this.hosts.map((host) => this.#applyNft(host, partitionScript(this.layout.nftTable, []))));
  }

  /** Sets delay and loss on every overlay link, both directions; {0, 0} is a clean network. */
  async setLinks(fault: Partial<LinkFault>): Promise<void> {
    const valid = validateFault(fault);
    await this.#relay.request({ cmd: 'setLinks', ...valid }, REQUEST_TIMEOUT_MS);
  }

  /** Sets delay and loss on the overlay links between `a` and `b`, both directions. */
  async setLinkBetween(a: TopologyHost, b: TopologyHost, fault: Partial<LinkFault>): Promise<void> {
    const valid = validateFault(fault);
    const from = this.#check(a) + 1;
    const to = this.#check(b) + 1;
    await this.#relay.request({ cmd: 'setLinks', ...valid, links: [[from, to], [to, from]] }, REQUEST_TIMEOUT_MS);
  }

  /** The relay's counters: what it received, forwarded, dropped and why. */
  async counters(): Promise<RelayCounters> {
    return await this.#relay.request({ cmd: 'counters' }, REQUEST_TIMEOUT_MS) as RelayCounters;
  }

  /** Kills every host process and removes everything this topology made. Idempotent. */
  destroy(): Promise<void> {
    this.#destroyed ??= (async () => {
      if (this.#relay.alive) {
        try {
          await this.#relay.request({ cmd: 'teardown' }, DESTROY_TIMEOUT_MS);
        } catch (error) {
          if (!(error instanceof RelayError)) throw error;
        }
      }
      await this.#relay.close(DESTROY_TIMEOUT_MS);
      // If the relay was killed before it could tear down, do it from here.
      await sweepLeftovers();
      await Promise.allSettled([...this.#children]);
    })();
    return this.#destroyed;
  }

  #check(host: TopologyHost): number {
    const index = this.hosts.findIndex((mine) => mine.netns === host.netns);
    if (index < 0) throw new TopologyError(`host ${host.name} (${host.netns}) is not in this topology`);
    return index;
  }

  async #applyNft(host: TopologyHost, script: string): Promise<void> {
    await execa(systemTool('ip'), ['netns', 'exec', host.netns, systemTool('nft'), '-f', '-'], { input: script, timeout: REQUEST_TIMEOUT_MS });
  }
}

/** Removes every topology left by a runner whose relay is gone. Returns the names removed. */
export function sweepLeftovers(): Promise<string[]> {
  return sweepOrphans();
}
