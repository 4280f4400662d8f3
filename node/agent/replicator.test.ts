// When and where snapshots go: one push per volume and replica at a time, the newest one, retries
// with a doubling delay, replicas that leave let go.
import test from 'ava';
import { VolumeReplicator } from './replicator.ts';
import type { ReplicaTarget } from './replicator.ts';

interface Call { target: string; volume: string; seq: number; signal: AbortSignal; resolve: () => void; reject: (error: Error) => void }

function harness(initialTargets: string[]) {
  const calls: Call[] = [];
  let targets = initialTargets;
  const replicated: string[] = [];
  const replicator = new VolumeReplicator({
    push: (target, volume, seq, signal) => new Promise<void>((resolve, reject) => { calls.push({ target: target.node, volume, seq, signal, resolve, reject }); }),
    targets: () => targets.map((node): ReplicaTarget => ({ node, peerId: `peer-${node}`, addrs: [] })),
    retry: { initialMs: 20, maxMs: 80 },
    onReplicated: (volume, target, seq) => replicated.push(`${volume}@${seq}->${target.node}`),
  });
  return { calls, replicated, replicator, setTargets: (next: string[]) => { targets = next; } };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

test('each replica gets the newest snapshot, one push at a time; what came meanwhile goes next', async (t) => {
  const h = harness(['b', 'c']);
  h.replicator.committed('db', 1);
  t.deepEqual(h.calls.map((c) => `${c.target}@${c.seq}`), ['b@1', 'c@1']);
  h.replicator.committed('db', 2);
  h.replicator.committed('db', 3);
  t.is(h.calls.length, 2, 'no second push while one runs');
  h.calls[0]!.resolve();
  await tick();
  t.deepEqual(h.calls.map((c) => `${c.target}@${c.seq}`), ['b@1', 'c@1', 'b@3'], 'seq 2 is skipped: the newest goes');
  h.calls[1]!.resolve();
  h.calls[2]!.resolve();
  await tick();
  t.deepEqual(h.calls.map((c) => `${c.target}@${c.seq}`), ['b@1', 'c@1', 'b@3', 'c@3']);
  h.calls[3]!.resolve();
  await tick();
  t.deepEqual(h.replicator.status('db').map((s) => [s.node, s.pushedSeq, s.lastError]), [['b', 3, ''], ['c', 3, '']]);
  t.deepEqual(h.replicated, ['db@1->b', 'db@1->c', 'db@3->b', 'db@3->c']);
  h.replicator.committed('db', 3);
  await tick();
  t.is(h.calls.length, 4, 'nothing to send when every replica has the newest');
});

test('a failed push is retried after a doubling delay, and the error is kept until a push succeeds', async (t) => {
  const h = harness(['b']);
  h.replicator.committed('db', 5);
  h.calls[0]!.reject(new Error('replica refused: busy'));
  await tick();
  t.is(h.replicator.status('db')[0]!.lastError, 'replica refused: busy');
  t.is(h.calls.length, 1, 'not at once');
  await tick(40);
  t.is(h.calls.length, 2, 'retried after the first delay');
  h.calls[1]!.reject(new Error('stream reset'));
  await tick(25);
  t.is(h.calls.length, 2, 'the second delay is longer');
  await tick(40);
  t.is(h.calls.length, 3);
  h.calls[2]!.resolve();
  await tick();
  t.deepEqual(h.replicator.status('db')[0], { node: 'b', pushedSeq: 5, pushedAtMs: h.replicator.status('db')[0]!.pushedAtMs, lastError: '' });
  h.replicator.stop();
});

test('a node that stops being a replica is let go: its push is aborted; a new one gets the newest', async (t) => {
  const h = harness(['b']);
  h.replicator.committed('db', 2);
  h.setTargets(['c']);
  h.replicator.refresh('db');
  t.true(h.calls[0]!.signal.aborted);
  t.deepEqual(h.calls.map((c) => `${c.target}@${c.seq}`), ['b@2', 'c@2']);
  t.deepEqual(h.replicator.status('db').map((s) => s.node), ['c']);
  h.replicator.forget('db');
  t.true(h.calls[1]!.signal.aborted);
  t.deepEqual(h.replicator.status('db'), []);
  h.replicator.committed('db', 3);
  t.is(h.calls.at(-1)!.seq, 3, 'a volume committed again is tracked again');
  h.replicator.stop();
  t.true(h.calls.at(-1)!.signal.aborted, 'stop aborts what runs');
});
