import test from 'ava';
import { hopeless, judgeManifest, peerFailures, pullVerdict } from './verdict.ts';
import type { PeerOutlook, PullState } from './verdict.ts';

const A = 'sha256:' + 'a'.repeat(64) as `sha256:${string}`;
const B = 'sha256:' + 'b'.repeat(64) as `sha256:${string}`;

test('with a recorded manifest digest, only a peer whose manifest differs is to blame', (t) => {
  t.is(judgeManifest(A, undefined, A), 'adopt');
  t.is(judgeManifest(A, A, A), 'agree');
  t.is(judgeManifest(B, undefined, A), 'forged', 'even the first manifest to arrive');
  t.is(judgeManifest(B, A, A), 'forged');
});

test('without one, the first manifest is used and a different one is set aside, blaming nobody', (t) => {
  t.is(judgeManifest(B, undefined, undefined), 'adopt');
  t.is(judgeManifest(B, B, undefined), 'agree');
  t.is(judgeManifest(A, B, undefined), 'disagrees');
});

const state = (peers: PeerOutlook[], fields: Partial<PullState> = {}): PullState => ({
  peers, manifestKnown: false, sinceProgressMs: 0, stallTimeoutMs: 30_000, hopelessForMs: 0, graceMs: 2_000, ...fields,
});
const p = (peer: string, condition: PeerOutlook['condition']): PeerOutlook => ({ peer, condition });

test('before a manifest: unknown when all lack it, failed when none offers a usable one, else wait for the slow', (t) => {
  t.is(pullVerdict(state([])).kind, 'unknown');
  t.is(pullVerdict(state([p('x', { kind: 'lacks' }), p('y', { kind: 'lacks' })])).kind, 'unknown');
  t.is(pullVerdict(state([p('x', { kind: 'lacks' }), p('y', { kind: 'bad', reason: 'forged manifest' })])).kind, 'failed');
  t.is(pullVerdict(state([p('x', { kind: 'unreachable', reason: 'dial' }), p('y', { kind: 'bad', reason: 'forged' })])).kind, 'continue');
  t.is(pullVerdict(state([p('x', { kind: 'unreachable', reason: 'dial' })], { sinceProgressMs: 30_001 })).kind, 'failed');
  t.is(pullVerdict(state([p('x', { kind: 'unasked' })])).kind, 'continue');
});

test('during a pull: every candidate dropped for longer than the grace, or a stall, ends it', (t) => {
  const dropped = [p('x', { kind: 'bad', reason: 'bad piece' }), p('y', { kind: 'set-aside', reason: 'other manifest' })];
  t.true(hopeless(dropped));
  t.false(hopeless([]));
  t.false(hopeless([...dropped, p('z', { kind: 'unreachable', reason: 'reset' })]));
  t.is(pullVerdict(state(dropped, { manifestKnown: true, hopelessForMs: 1_000 })).kind, 'continue', 'the source may name someone new');
  t.is(pullVerdict(state(dropped, { manifestKnown: true, hopelessForMs: 2_001 })).kind, 'failed');
  t.is(pullVerdict(state([p('z', { kind: 'serving' })], { manifestKnown: true, sinceProgressMs: 30_001 })).kind, 'failed');
  t.is(pullVerdict(state([p('z', { kind: 'serving' })], { manifestKnown: true, sinceProgressMs: 29_000 })).kind, 'continue');
});

test('a failure names each candidate with its own reason', (t) => {
  t.deepEqual(peerFailures([
    p('x', { kind: 'bad', reason: 'forged manifest: …' }), p('y', { kind: 'lacks' }), p('z', { kind: 'unreachable', reason: 'dial timed out' }),
  ]), [{ peer: 'x', reason: 'forged manifest: …' }, { peer: 'y', reason: 'does not hold it' }, { peer: 'z', reason: 'dial timed out' }]);
});
