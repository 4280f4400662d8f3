// The agent's loops against scripted servers: registration retries, re-registration when the
// cluster lost the node, where watches go, and a stop that leaves nothing scheduled.
import test from 'ava';
import type { Command, IgnoredItem, NodeRegistration } from '../cluster/index.ts';
import type { ControlApi, HeartbeatReply, JoinReply, ServerInfo, WatchReply } from '../control/index.ts';
import { Agent, SimulatedRunner } from './index.ts';
import { allocationRecord, arrowRecord, definition, registration, until } from './testing.ts';

/** A server that knows nodes in memory, answers beats and long-polls, and can be made to fail. */
class FakeServer implements ControlApi {
  readonly peerId: string;
  readonly known = new Set<string>();
  calls = { register: 0, heartbeat: 0, watch: 0, report: 0 };
  failRegistrations = 0;
  servers: ServerInfo[] = [];

  constructor(peerId: string) {
    this.peerId = peerId;
  }

  async join(): Promise<JoinReply> {
    throw new Error('not used');
  }

  async artifact(): Promise<undefined> {
    throw new Error('not used');
  }

  async claim(): Promise<never> {
    throw new Error('not used');
  }

  async register(r: NodeRegistration): Promise<void> {
    this.calls.register++;
    if (this.failRegistrations > 0) {
      this.failRegistrations--;
      throw new Error('connection refused');
    }
    this.known.add(r.id);
  }

  async heartbeat(nodes: readonly string[]): Promise<HeartbeatReply> {
    this.calls.heartbeat++;
    return { ttlMs: 300, intervalMs: 100, unknown: nodes.filter((n) => !this.known.has(n)), servers: this.servers };
  }

  watch(_node: string, sinceIndex: number, waitMs: number, signal?: AbortSignal): Promise<WatchReply> {
    this.calls.watch++;
    return new Promise((resolve) => {
      const done = () => { clearTimeout(timer); resolve({ index: sinceIndex, allocations: [], arrows: [] }); };
      const timer = setTimeout(done, waitMs);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  async report(_command: Command): Promise<readonly IgnoredItem[]> {
    this.calls.report++;
    return [];
  }
}

const info = (peerId: string): ServerInfo => ({ peerId, addrs: [], voter: true });

test('registration is retried with backoff while no server answers; a node the cluster lost registers again', async (t) => {
  const server = new FakeServer('s1');
  server.servers = [info('s1')];
  server.failRegistrations = 3;
  const runner = new SimulatedRunner();
  const agent = new Agent({
    registration: registration('peer-a'), servers: [info('s1')], connect: () => server, runner,
    retry: { initialMs: 20, maxMs: 40 }, random: () => 0.5, watchWaitMs: 1_000,
  });
  t.teardown(() => agent.stop());
  agent.start();
  await until('registered', () => agent.registered);
  t.is(server.calls.register, 4);
  await until('beating', () => server.calls.heartbeat >= 3);
  t.is(agent.stats.registrations, 1);
  server.known.clear(); // the cluster restored an older snapshot that lacks the node
  await until('registered again', () => agent.stats.registrations === 2);
  t.true(server.known.has('peer-a'));
});

test('a server node registers and watches through its own server', async (t) => {
  const self = new FakeServer('peer-a');
  const other = new FakeServer('s2');
  for (const s of [self, other]) s.known.add('peer-a');
  const servers = [info('s2'), info('peer-a')];
  const agent = new Agent({
    registration: registration('peer-a'), servers, connect: (p) => (p === 'peer-a' ? self : other), runner: new SimulatedRunner(),
    watchWaitMs: 50, random: () => 0.5,
  });
  t.teardown(() => agent.stop());
  agent.start();
  await until('a few watches', () => self.calls.watch >= 3);
  t.is(other.calls.watch, 0);
  t.is(self.calls.register, 1);
  t.is(other.calls.register, 0);
});

test.serial('stop() ends every loop promptly and leaves no timer behind', async (t) => {
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
  const before = timers();
  const server = new FakeServer('s1');
  const runner = new SimulatedRunner({ pullMs: 1_000, startMs: 1_000 });
  const agent = new Agent({ registration: registration('peer-a'), servers: [info('s1')], connect: () => server, runner, watchWaitMs: 30_000 });
  agent.start();
  await until('beating and watching', () => server.calls.heartbeat >= 2 && server.calls.watch >= 1);
  t.true(timers() > before);
  const began = Date.now();
  await agent.stop();
  t.true(Date.now() - began < 200, `stopped in ${Date.now() - began} ms with a 30 s watch in flight`);
  await runner.close();
  t.is(timers(), before);
});

test('only this node\'s allocations are started, whatever else a watch answer lists', async (t) => {
  const server = new FakeServer('s1');
  server.known.add('peer-a');
  const allocation = (id: string, node: string) => allocationRecord(id, { node, createIndex: 2, modifyIndex: 2 });
  let answered = false;
  server.watch = async (_node, since, waitMs, signal) => {
    server.calls.watch++;
    if (!answered) {
      answered = true;
      return { index: 2, allocations: [allocation('mine', 'peer-a'), allocation('theirs', 'peer-b')], arrows: [arrowRecord(definition('web', 2))] };
    }
    return FakeServer.prototype.watch.call(server, 'peer-a', since, waitMs, signal);
  };
  const runner = new SimulatedRunner();
  const agent = new Agent({ registration: registration('peer-a'), servers: [info('s1')], connect: () => server, runner, watchWaitMs: 1_000 });
  t.teardown(async () => { await agent.stop(); await runner.close(); });
  agent.start();
  await until('started', () => runner.starts >= 1);
  await new Promise((r) => setTimeout(r, 50));
  t.deepEqual(runner.list().map((r) => r.allocation.id), ['mine']);
});
