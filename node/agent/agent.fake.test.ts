// The agent's loops against scripted servers: registration retries, re-registration when the
// cluster lost the node, where watches go, the network view loop, and a stop that leaves nothing
// scheduled.
import test from 'ava';
import type { Command, IgnoredItem, NetworkView, NodeRegistration } from '../cluster/index.ts';
import { ControlRefusedError } from '../control/index.ts';
import type { ControlApi, HeartbeatReply, JoinReply, ServerInfo, WatchReply } from '../control/index.ts';
import { Agent, SimulatedRunner } from './index.ts';
import { allocationRecord, arrowRecord, definition, registration, until } from './testing.ts';

/** A server that knows nodes in memory, answers beats and long-polls, and can be made to fail. */
class FakeServer implements ControlApi {
  readonly peerId: string;
  readonly known = new Set<string>();
  calls = { register: 0, heartbeat: 0, watch: 0, report: 0, networkView: 0 };
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

  /** The cluster's network view as the test publishes it; polls long-poll on its index. */
  view: NetworkView = { index: 0, nodes: [], services: [] };
  /** The next network view polls that fail, each with this error. */
  viewFailures: Error[] = [];
  /** The sinceIndex of every network view poll. */
  readonly viewSince: number[] = [];
  readonly #viewWaiters = new Set<() => void>();

  async networkView(sinceIndex: number, waitMs: number, signal?: AbortSignal): Promise<NetworkView> {
    this.calls.networkView++;
    this.viewSince.push(sinceIndex);
    const failure = this.viewFailures.shift();
    if (failure) throw failure;
    if (this.view.index <= sinceIndex && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => { clearTimeout(timer); this.#viewWaiters.delete(done); signal?.removeEventListener('abort', done); resolve(); };
        const timer = setTimeout(done, waitMs);
        this.#viewWaiters.add(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    }
    return this.view;
  }

  publishView(view: NetworkView): void {
    this.view = view;
    for (const wake of [...this.#viewWaiters]) wake();
  }
}

const KEY = Buffer.alloc(32, 1).toString('base64');
const networkView = (index: number, addresses: string[]): NetworkView => ({
  index,
  nodes: [{ id: 'peer-a', subnet: '10.213.0.0/24', overlay: { publicKey: KEY, endpoint: '192.0.2.1:51820', mode: 'wireguard-go' }, status: 'ready' }],
  services: [{ arrow: 'web', network: 'default', addresses, staticPorts: [] }],
});

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
  const views: NetworkView[] = [];
  const agent = new Agent({
    registration: registration('peer-a'), servers: [info('s1')], connect: () => server, runner, watchWaitMs: 30_000, onNetworkView: (v) => views.push(v),
  });
  server.view = networkView(1, []);
  agent.start();
  await until('beating, watching and polling the network view', () => server.calls.heartbeat >= 2 && server.calls.watch >= 1 && server.calls.networkView >= 2);
  t.is(views.length, 1);
  t.true(timers() > before);
  const began = Date.now();
  await agent.stop();
  t.true(Date.now() - began < 200, `stopped in ${Date.now() - began} ms with a 30 s watch and network view poll in flight`);
  server.publishView(networkView(2, ['10.213.0.2']));
  await new Promise((r) => setTimeout(r, 20));
  t.is(views.length, 1, 'nothing is delivered after stop');
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

test('the network view is delivered once registered, then on every change; the same view again is not', async (t) => {
  const server = new FakeServer('s1');
  server.view = networkView(3, []);
  const views: NetworkView[] = [];
  const agent = new Agent({
    registration: registration('peer-a'), servers: [info('s1')], connect: () => server, runner: new SimulatedRunner(),
    watchWaitMs: 200, retry: { initialMs: 10, maxMs: 20 }, onNetworkView: (v) => views.push(v),
  });
  t.teardown(() => agent.stop());
  agent.start();
  await until('the first view', () => views.length === 1);
  t.true(agent.registered, 'polled only once the node is registered');
  t.deepEqual(views[0], networkView(3, []));
  t.is(server.viewSince[0], 0);

  // The leader places web: its first replica runs.
  server.publishView(networkView(5, ['10.213.0.2']));
  await until('the changed view', () => views.length === 2);
  t.deepEqual(views[1], networkView(5, ['10.213.0.2']));
  await until('polling from the new index', () => server.viewSince.at(-1) === 5);

  // A member restored from a snapshot answers the same view at a higher index: not a change.
  server.publishView(networkView(9, ['10.213.0.2']));
  await until('polling from the restored index', () => server.viewSince.at(-1) === 9);
  // Long polls that time out answer the same view at the same index: nothing either.
  await new Promise((r) => setTimeout(r, 450));
  t.is(views.length, 2);
  server.publishView(networkView(10, ['10.213.0.2', '10.213.0.3']));
  await until('the next change', () => views.length === 3);
  t.deepEqual(views.map((v) => v.index), [3, 5, 10]);
  t.is(agent.stats.networkViews, 3);
});

test('the network view loop survives failed polls, refusals and a failing callback', async (t) => {
  const server = new FakeServer('s1');
  server.view = networkView(2, []);
  server.viewFailures = [new Error('connection reset'), new ControlRefusedError('server stopping'), new Error('stream closed')];
  const views: NetworkView[] = [];
  const warnings: string[] = [];
  const agent = new Agent({
    registration: registration('peer-a'), servers: [info('s1')], connect: () => server, runner: new SimulatedRunner(),
    watchWaitMs: 200, retry: { initialMs: 10, maxMs: 20 }, random: () => 0.5,
    logger: { warn: (_obj, msg) => warnings.push(msg), info: () => {} },
    onNetworkView: (v) => {
      views.push(v);
      if (views.length === 1) throw new Error('could not configure the tunnel');
    },
  });
  t.teardown(() => agent.stop());
  agent.start();
  await until('the view, after three failures', () => views.length === 1);
  t.is(agent.stats.networkViewFailures, 3);
  t.deepEqual(server.viewSince.slice(0, 4), [0, 0, 0, 0], 'retried after each failure, from where it was');
  t.true(warnings.includes('network view callback failed'));
  server.publishView(networkView(4, ['10.213.0.2']));
  await until('the next change, despite the callback that threw', () => views.length === 2);
  server.viewFailures = [new Error('connection reset')];
  server.publishView(networkView(6, ['10.213.0.2', '10.213.0.9']));
  await until('a change after another failure', () => views.length === 3);
  t.deepEqual(views.map((v) => v.index), [2, 4, 6]);
});

test('without onNetworkView the network view is never polled', async (t) => {
  const server = new FakeServer('s1');
  const agent = new Agent({ registration: registration('peer-a'), servers: [info('s1')], connect: () => server, runner: new SimulatedRunner(), watchWaitMs: 20 });
  t.teardown(() => agent.stop());
  agent.start();
  await until('a few watches', () => server.calls.watch >= 3);
  t.is(server.calls.networkView, 0);
  t.is(agent.stats.networkViews, 0);
});
