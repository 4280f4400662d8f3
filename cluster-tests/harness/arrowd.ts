// One arrowd inside a host of the topology: started with `ip netns exec`, its cluster traffic on
// the host's overlay address (the faulted path), its API and published ports on the admin address
// (reached by the test runner, never faulted).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResultPromise } from 'execa';
import { ArrowdClient } from '../../node/api/index.ts';
import { awaitReady } from '../../node/arrowd/testing.ts';
import type { Topology, TopologyHost } from '../topology/index.ts';

const ARROWD = new URL('../../node/arrowd/main.ts', import.meta.url).pathname;
/** Every host runs its arrowd on the same ports: each namespace has its own. */
export const P2P_PORT = 7946;
export const API_PORT = 7070;
const READY_WITHIN_MS = 120_000;
const STDERR_KEEP = 64 * 1024;

export interface ArrowdReady {
  readonly event: 'ready';
  readonly peerId: string;
  readonly addrs: readonly string[];
  readonly api: string;
  readonly role: 'server' | 'client';
  readonly joinToken?: string;
}

export interface ArrowdProcess {
  readonly host: TopologyHost;
  readonly ready: ArrowdReady;
  readonly client: ArrowdClient;
  readonly child: ResultPromise;
  /** The last 64 KiB arrowd wrote to stderr (its log). */
  stderr(): string;
}

export interface ArrowdArgs {
  readonly dataDir: string;
  readonly ttlMs: number;
  readonly runner: 'vm' | 'simulated';
  /** Founding node: none. Others: the founder's token (ignored by arrowd once the data dir is a member). */
  readonly join?: string;
  readonly server?: boolean;
  readonly extraArgs?: readonly string[];
  /** How arrowd networks its Arrows (--network): 'tap' unless given. */
  readonly network?: 'tap' | 'user';
}

export function arrowdArgs(host: TopologyHost, options: ArrowdArgs): string[] {
  return [
    ARROWD, '--data-dir', options.dataDir, '--name', host.name,
    '--listen', `/ip4/${host.address}/tcp/${P2P_PORT}`, '--api', `${host.adminAddress}:${API_PORT}`, '--advertise', host.adminAddress,
    '--node-ttl', `${options.ttlMs}ms`, '--runner', options.runner, '--clone-pool', '0', '--network', options.network ?? 'tap', '--label', `host=${host.name}`,
    ...(options.join ? ['--join', options.join, ...(options.server ? ['--server'] : [])] : []),
    ...(options.extraArgs ?? []),
  ];
}

/** Starts arrowd in `host` and resolves once it printed its ready line (throws with its log otherwise). */
export async function startArrowd(topology: Topology, host: TopologyHost, options: ArrowdArgs): Promise<ArrowdProcess> {
  const child = topology.spawn(host, process.execPath, arrowdArgs(host, options), { env: { ARROW_LOG_LEVEL: process.env.ARROW_LOG_LEVEL ?? 'info' } });
  const { ready, stderr } = await awaitReady<ArrowdReady>(child, `arrowd on ${host.name}`, READY_WITHIN_MS, STDERR_KEEP);
  const token = (await readFile(join(options.dataDir, 'api.token'), { encoding: 'utf8', signal: AbortSignal.timeout(5_000) })).trim();
  return { host, ready, child, client: new ArrowdClient({ url: ready.api, token }), stderr };
}
