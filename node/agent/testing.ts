// Test helpers: a real one-member cluster in this process (Raft over the in-memory network,
// LevelDB in a temp dir, the leader's loops with a short TTL) and agents wired to it.
import { isLiveAllocation } from '../cluster/index.ts';
import type { AllocationRecord, ArrowRecord, ClusterState, NodeRegistration } from '../cluster/index.ts';
import type { ClusterMember } from '../consensus/member.ts';
import type { ControlApi, ServerInfo } from '../control/index.ts';
import { startTestServer } from '../server/index.ts';
import type { Server } from '../server/index.ts';
import type { ControlConnector } from './servers.ts';

export const SERVER_ID = 'server-1';

/** A node/spec definition (as server.test.ts writes them). */
export const definition = (name: string, replicas: number, cpu = 250): string => JSON.stringify({
  name, type: 'service', binary: { digest: `sha256:${'a'.repeat(64)}`, size: 1_000_000 }, args: [], env: {}, kernel: 'default',
  cpu, memory: 64, replicas, restart: 'always', ports: [], files: [], priority: 50, constraints: [], affinities: [],
  requiresKvm: false, update: { maxParallel: 1 },
});

export const registration = (peerId: string): NodeRegistration => ({
  id: peerId, name: peerId, peerId, addrs: [], capacity: { cpu: 1000, memory: 4096 }, labels: {}, kvm: false, role: 'client', version: 'test', overlay: null,
});

/** An allocation record of Arrow `web` on node n1, generation 1, pending, with `fields` changed. */
export const allocationRecord = (id: string, fields: Partial<AllocationRecord> = {}): AllocationRecord => ({
  id, arrow: 'web', node: 'n1', generation: 1, specVersion: 1, resources: { cpu: 250, memory: 64 }, priority: 50,
  desired: 'run', desiredReason: '', status: 'pending', statusDetail: '', exitCode: null, restarts: 0, ports: [], replaces: '',
  draining: false, createIndex: 5, modifyIndex: 5, createTimeMs: 0, statusTimeMs: 0, hostPorts: [], address: '', ...fields,
});

/** The stored record of Arrow `web` with `definitionJson`. */
export const arrowRecord = (definitionJson = definition('web', 1)): ArrowRecord => ({
  name: 'web', version: 1, definitionJson, stopped: false, completed: 0, createIndex: 2, modifyIndex: 2, submitTimeMs: 0,
});

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

export const live = (state: ClusterState, arrow: string): AllocationRecord[] => state.allocationsOfArrow(arrow).filter(isLiveAllocation);

export interface TestCluster {
  readonly member: ClusterMember;
  readonly server: Server;
  readonly servers: readonly ServerInfo[];
  /** The connector an agent with `peerId` uses: this process's server, as that peer. */
  connector(peerId: string): ControlConnector;
}

/** A one-member cluster, torn down (server, member, temp dir) when the test ends, pass or fail. */
export async function startCluster(t: { teardown(fn: () => Promise<void>): void }, ttlMs: number): Promise<TestCluster> {
  const { member, server } = await startTestServer(t, { id: SERVER_ID, ttlMs });
  const control = server.control;
  return {
    member, server,
    servers: [{ peerId: SERVER_ID, addrs: [], voter: true }],
    connector: (peerId) => (serverPeerId) => {
      if (serverPeerId !== SERVER_ID) throw new Error(`no route to ${serverPeerId}`);
      return control(peerId);
    },
  };
}

/** A ControlApi that forwards to `inner`, with some calls replaced. */
export function wrapControl(inner: ControlApi, overrides: Partial<ControlApi>): ControlApi {
  return {
    join: overrides.join ?? ((r, s) => inner.join(r, s)),
    register: overrides.register ?? ((r) => inner.register(r)),
    heartbeat: overrides.heartbeat ?? ((n) => inner.heartbeat(n)),
    watch: overrides.watch ?? ((n, s, w, sig) => inner.watch(n, s, w, sig)),
    networkView: overrides.networkView ?? ((s, w, sig) => inner.networkView(s, w, sig)),
    report: overrides.report ?? ((c) => inner.report(c)),
    artifact: overrides.artifact ?? ((r) => inner.artifact(r)),
    claim: overrides.claim ?? ((n, name, release) => inner.claim(n, name, release)),
  };
}
