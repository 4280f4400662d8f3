import test from 'ava';
import { NotLeaderError as RaftNotLeaderError, RequestTimeoutError } from '../../raft/index.ts';
import { ControlRefusedError, ControlUnavailableError, NotLeaderError, controlLimits, remoteControl, serveControl } from './index.ts';
import type { ControlApi } from './index.ts';

/** A remote ControlApi wired straight to serveControl over `handler`, as libp2p would carry it. */
function pair(handler: (caller: string) => Partial<ControlApi>): ControlApi {
  const serve = serveControl((caller) => handler(caller) as ControlApi);
  return remoteControl((request) => serve(request, 'peer-a', new AbortController().signal));
}

test('errors cross the wire as what the caller should do', async (t) => {
  const failWith = (error: Error) => pair(() => ({ heartbeat: async () => { throw error; } }));
  await t.throwsAsync(failWith(new ControlRefusedError('node x belongs to another peer')).heartbeat(['x']), { instanceOf: ControlRefusedError, message: /another peer/ });
  const redirected = await t.throwsAsync(failWith(new NotLeaderError('leader-1')).heartbeat(['x']), { instanceOf: NotLeaderError });
  t.is(redirected.leader, 'leader-1');
  const raftRedirect = await t.throwsAsync(failWith(new RaftNotLeaderError('')).heartbeat(['x']), { instanceOf: NotLeaderError });
  t.is(raftRedirect.leader, '');
  await t.throwsAsync(failWith(new RequestTimeoutError('proposal', 5000)).heartbeat(['x']), { instanceOf: ControlUnavailableError, message: /outcome|may or may not/ });
  await t.throwsAsync(failWith(new TypeError('a bug')).heartbeat(['x']), { instanceOf: ControlRefusedError, message: /a bug/ });
});

test('the caller is the authenticated peer; answers round-trip', async (t) => {
  let seen = '';
  const api = pair((caller) => ({
    heartbeat: async (nodes) => { seen = caller; return { ttlMs: 5000, intervalMs: 1666, unknown: [...nodes].slice(1), servers: [{ peerId: 'p', addrs: ['/ip4/1.2.3.4/tcp/1'], voter: true }], down: ['a'] }; },
  }));
  const reply = await api.heartbeat(['a', 'b']);
  t.is(seen, 'peer-a');
  t.deepEqual(reply, { ttlMs: 5000, intervalMs: 1666, unknown: ['b'], servers: [{ peerId: 'p', addrs: ['/ip4/1.2.3.4/tcp/1'], voter: true }], down: ['a'] });
});

test('garbage and unknown calls are refused answers, not crashes', async (t) => {
  const serve = serveControl(() => ({}) as ControlApi);
  const { arrow } = await import('../proto/control.pb.js');
  for (const bytes of [Uint8Array.of(0xff, 0xff, 0xff), new Uint8Array(0), arrow.control.Request.encode({ report: { command: Uint8Array.of(1, 2, 3) } }).finish()]) {
    const response = arrow.control.Response.decode(await serve(bytes, 'peer-a', new AbortController().signal));
    t.is(response.answer, 'error');
    t.true((response.error ?? '').length > 0);
  }
});

test('artifact and claim answers round-trip; an unknown artifact is undefined; long refs are refused unread', async (t) => {
  const asked: string[] = [];
  const location = {
    digest: `sha256:${'a'.repeat(64)}`, size: 5_000_000_000, manifestDigest: `sha256:${'b'.repeat(64)}`,
    holders: [{ node: 'n1', peerId: 'p1', addrs: ['/ip4/10.0.0.1/tcp/4001'] }, { node: 'n2', peerId: 'p2', addrs: [] }],
  };
  const api = pair((caller) => ({
    artifact: async (ref) => { asked.push(`${caller} ${ref}`); return ref === 'httpd:1' ? location : undefined; },
    claim: async (node, name, release) => ({ granted: !release, holder: release ? '' : node, leaseMs: release ? 0 : name.length }),
  }));
  t.deepEqual(await api.artifact('httpd:1'), location);
  t.is(await api.artifact(`sha256:${'c'.repeat(64)}`), undefined);
  t.deepEqual(asked, ['peer-a httpd:1', `peer-a sha256:${'c'.repeat(64)}`]);
  await t.throwsAsync(api.artifact('x'.repeat(301)), { instanceOf: ControlRefusedError, message: /limit 300/ });
  t.is(asked.length, 2, 'the handler never saw the oversized ref');
  t.deepEqual(await api.claim('n1', 'kernel-default:k', false), { granted: true, holder: 'n1', leaseMs: 16 });
  t.deepEqual(await api.claim('n1', 'kernel-default:k', true), { granted: false, holder: '', leaseMs: 0 });
});

test('a heartbeat carries how long a stopping node is away, bounded by the limit', async (t) => {
  const seen: (number | undefined)[] = [];
  const api = pair(() => ({ heartbeat: async (_nodes, awayMs) => { seen.push(awayMs); return { ttlMs: 1000, intervalMs: 300, unknown: [], servers: [] }; } }));
  await api.heartbeat(['x']);
  await api.heartbeat(['x'], 30_000);
  await api.heartbeat(['x'], 3_600_000);
  t.deepEqual(seen, [undefined, 30_000, controlLimits.maxAwayMs]);
});
