// Test helper: an API server on loopback over a real single-voter Raft member (LevelDB in a
// temp dir, raft's in-memory transport), node/server's leader loops planning what is
// scheduled, an EventLog fed by the member, and a real artifact store. Used by the API's and
// arrowctl's tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { MemoryNetwork } from '../../raft/index.ts';
import { UnknownArtifactError, openStore } from '../../p2p/index.ts';
import type { ArtifactStore } from '../../p2p/index.ts';
import type { NodeRegistration } from '../cluster/index.ts';
import { ClusterMember } from '../consensus/member.ts';
import { Server, readDefinition, schedulerSpecOf } from '../server/index.ts';
import type { ApiBackend, ClusterBackend, ForwardToServer, LocalVolumes } from './backend.ts';
import { ArrowdClient } from './client/index.ts';
import { EventLog } from './events.ts';
import type { ApiLimits, ApiLogger } from './routes/context.ts';
import { createApiServer } from './server.ts';
import { clusterStatusFrom } from './views.ts';

export interface TestApiOptions {
  /** Run a Raft member and the leader's loops (default true); false: a node without a cluster. */
  readonly cluster?: boolean;
  /** A client node: forward cluster routes through this. */
  readonly forward?: ForwardToServer;
  readonly ttlMs?: number;
  readonly limits?: Partial<ApiLimits>;
  readonly maxUploadBytes?: number;
  readonly eventCapacity?: number;
  readonly logger?: ApiLogger;
  /** The node's volume snapshots (arrowd's NodePeers; absent: this node keeps none). */
  readonly volumes?: LocalVolumes;
}

export interface TestApi {
  readonly url: string;
  readonly token: string;
  readonly client: ArrowdClient;
  readonly app: FastifyInstance;
  readonly store: ArtifactStore;
  readonly dir: string;
  /** Present with `cluster` (the default). */
  readonly member: ClusterMember | undefined;
  readonly events: EventLog | undefined;
  /** The member's Raft network: start more members on it. */
  readonly network: MemoryNetwork | undefined;
  readonly backend: ApiBackend;
  /** Waits until the leader has planned every pending evaluation (the state is quiet). */
  settle(): Promise<void>;
  /** Registers a client node with 4 cores and 8 GiB (overridable). */
  registerNode(id: string, overrides?: Partial<NodeRegistration>): Promise<void>;
  close(): Promise<void>;
}

export const TEST_TOKEN = 'f'.repeat(64);

/** A stored-form Arrow definition (node/spec ArrowDefinition) for tests. */
export function testDefinition(name: string, replicas: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name, type: 'service', binary: { digest: `sha256:${'a'.repeat(64)}`, size: 1_000_000 }, args: [], env: {}, kernel: 'default',
    cpu: 250, memory: 64, replicas, restart: 'always', ports: [], files: [], priority: 50, constraints: [], affinities: [],
    requiresKvm: false, update: { maxParallel: 1 }, ...overrides,
  };
}

/** testDefinition with an 8 MiB volume kept on 2 nodes. */
export function testVolumeDefinition(name: string): Record<string, unknown> {
  return testDefinition(name, 1, { volume: { path: '/data', size: 8, replicas: 2 } });
}

/** Polls `probe` every 20 ms until it gives a value, or throws naming `what` after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** startTestApi, closed when the test ends. */
export async function testApi(t: { teardown(fn: () => Promise<void>): void }, options: TestApiOptions = {}): Promise<TestApi> {
  const api = await startTestApi(options);
  t.teardown(() => api.close());
  return api;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-api-'));
  const cleanups: (() => Promise<void>)[] = [() => rm(dir, { recursive: true, force: true })];
  const cleanup = async () => { for (const fn of cleanups.reverse()) await fn().catch(() => undefined); };
  try {
    const store = await openStore(join(dir, 'node'));
    cleanups.push(() => store.close());
    let member: ClusterMember | undefined;
    let events: EventLog | undefined;
    let cluster: ClusterBackend | undefined;
    let network: MemoryNetwork | undefined;
    if (options.cluster !== false && !options.forward) {
      network = new MemoryNetwork();
      const started = await ClusterMember.start({ id: 'me', dataDir: join(dir, 'raft'), transport: network.transport('me'), readDefinition, bootstrapAddress: 'me' });
      member = started;
      cleanups.push(() => started.close());
      const log = new EventLog({ startIndex: started.state.index, ...(options.eventCapacity ? { capacity: options.eventCapacity } : {}) });
      events = log;
      started.onApplied((index, applied) => log.append(index, applied.changes));
      started.onRestored((state) => log.reset(state.index));
      const ttlMs = options.ttlMs ?? 60_000;
      const server = new Server({ member: started, specOf: schedulerSpecOf, ttlMs });
      server.start();
      cleanups.push(() => server.stop());
      await until('leadership', () => started.isLeader);
      cluster = {
        state: () => started.state,
        read: (query) => started.read(query),
        propose: (command) => started.propose(command),
        status: () => clusterStatusFrom(started.status(), started.state),
        removeServer: async (peerId) => { await started.remove(peerId); },
        events: log,
        nodeTtlMs: ttlMs,
        joinToken: () => 'arrow-join-test-token',
      };
    }
    const backend: ApiBackend = {
      store,
      status: () => ({ peerId: 'test-node', addrs: [], peers: [], dataDir: dir }),
      // A node alone: no peer holds anything.
      pull: async (digest) => { throw new UnknownArtifactError(digest, []); },
      dial: async (addr) => { throw new Error(`connection refused by ${addr}`); },
      metrics: new Registry(),
      ...(cluster ? { cluster } : {}),
      ...(options.forward ? { forward: options.forward } : {}),
      ...(options.volumes ? { volumes: options.volumes } : {}),
    };
    const app = createApiServer(backend, {
      token: TEST_TOKEN, maxUploadBytes: options.maxUploadBytes ?? 64 * 1024 * 1024, ...options.limits,
      ...(options.logger ? { logger: options.logger } : {}),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => app.close());
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    let closing: Promise<void> | undefined;
    return {
      url, token: TEST_TOKEN, client: new ArrowdClient({ url, token: TEST_TOKEN }), app, store, dir, member, events, network, backend,
      settle: async () => {
        if (!member) return;
        await until('no pending evaluations', () => member!.state.pendingEvaluations().length === 0);
      },
      registerNode: async (id, overrides = {}) => {
        if (!member) throw new Error('no cluster');
        const result = await member.propose({ type: 'register-node', node: {
          id, name: id, peerId: `peer-${id}`, addrs: [], capacity: { cpu: 4000, memory: 8192 }, labels: {}, kvm: false, role: 'client', version: 'test', overlay: null, ...overrides,
        } });
        if (!result.ok) throw new Error(result.error);
      },
      close: () => (closing ??= cleanup()),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
