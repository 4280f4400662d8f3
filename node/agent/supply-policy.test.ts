import test from 'ava';
import fc from 'fast-check';
import type { ArtifactLocation } from '../control/index.ts';
import { MAX_HOLDERS_ASKED, afterClaim, afterLookup, describeFailures, kernelTag, planPull } from './supply-policy.ts';

const digest = `sha256:${'a'.repeat(64)}`;
const manifestDigest = `sha256:${'b'.repeat(64)}`;
const holder = (i: number) => ({ node: `n${i}`, peerId: `p${i}`, addrs: [`/ip4/10.0.0.${i}/tcp/4001`] });
const location = (holders: number[], fields: Partial<ArtifactLocation> = {}): ArtifactLocation => ({ digest, size: 100, manifestDigest, holders: holders.map(holder), ...fields });

test('a pull asks holders other than this node, each once, at most MAX_HOLDERS_ASKED, in a random order', (t) => {
  fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 60 }), fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (ids, self, r) => {
    const plan = planPull({ digest, size: 100 }, location(ids), `p${self}`, () => r);
    const others = ids.filter((i) => i !== self);
    if (others.length === 0) return plan.kind === 'unavailable';
    if (plan.kind !== 'pull') return false;
    const asked = plan.holders.map((h) => h.peerId);
    return asked.length === Math.min(others.length, MAX_HOLDERS_ASKED) && new Set(asked).size === asked.length &&
      asked.every((p) => p !== `p${self}` && others.some((i) => `p${i}` === p)) && plan.manifestDigest === manifestDigest;
  }));
  // Different draws spread pullers over the holders.
  const firstAsked = (r: number) => {
    const plan = planPull({ digest }, location([1, 2, 3, 4]), 'p9', () => r);
    return plan.kind === 'pull' ? plan.holders[0]!.node : 'none';
  };
  const firsts = new Set([0, 0.3, 0.6, 0.9].map(firstAsked));
  t.true(firsts.size > 1);
});

test('a pull is impossible, and says why, without a record, holders, a manifest digest or the expected size', (t) => {
  const reason = (plan: ReturnType<typeof planPull>) => (plan.kind === 'unavailable' ? plan.reason : 'pull');
  t.regex(reason(planPull({ digest }, undefined, 'p1', Math.random)), /no holder known: no node of the cluster is recorded/);
  t.regex(reason(planPull({ digest }, location([]), 'p1', Math.random)), /every node recorded as holding .* is down/);
  t.regex(reason(planPull({ digest }, location([1]), 'p1', Math.random)), /only this node is recorded/);
  t.regex(reason(planPull({ digest, size: 99 }, location([2]), 'p1', Math.random)), /records 100 bytes .* not the 99 expected/);
  t.regex(reason(planPull({ digest }, location([2], { manifestDigest: '' }), 'p1', Math.random)), /no manifest digest/);
  t.is(reason(planPull({ digest }, location([2]), 'p1', Math.random)), 'pull', 'no expected size: any');
});

test('failures name nodes and peers; tags follow NAME:TAG', (t) => {
  t.is(describeFailures([{ peer: 'p1', reason: 'forged manifest' }, { peer: 'px', reason: 'reset' }], [holder(1)]), 'n1 (p1): forged manifest; px: reset');
  t.is(kernelTag('default', 'ab12'), 'kernel-default:ab12');
  t.true(/^[a-z0-9][a-z0-9._-]{0,127}:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(kernelTag('vsock', 'f'.repeat(64))));
});

test('a kernel is pulled when another node holds it, else claimed; built when granted, awaited when not, built anyway after enough failed rounds', (t) => {
  t.is(afterLookup(undefined, 'p1'), 'claim');
  t.is(afterLookup(location([]), 'p1'), 'claim', 'recorded, but nobody up holds it');
  t.is(afterLookup(location([1]), 'p1'), 'claim', 'only this node: its copy is gone');
  t.is(afterLookup(location([1, 2]), 'p1'), 'pull');
  t.deepEqual(afterClaim({ granted: true, holder: 'n1', leaseMs: 30_000 }, 0, 3), { kind: 'build', claimed: true });
  const waiting = afterClaim({ granted: false, holder: 'n2', leaseMs: 10_000 }, 0, 3);
  t.is(waiting.kind, 'wait');
  t.regex((waiting as { why: string }).why, /node n2 is building it/);
  t.is(afterClaim(new Error('no leader'), 2, 3).kind, 'wait');
  t.deepEqual(afterClaim(new Error('no leader'), 3, 3), { kind: 'build', claimed: false });
});
