import test from 'ava';
import fc from 'fast-check';
import { FaultError, LinkShaper, linkSeed, seededRandom, validateFault } from './fault.ts';

test('the same seed replays the same losses; different links get different streams', (t) => {
  const run = (seed: number, from: number, to: number): boolean[] => {
    const shaper = new LinkShaper(seededRandom(linkSeed(seed, from, to)));
    shaper.set({ delayMs: 0, lossPercent: 30 });
    return Array.from({ length: 200 }, (_, i) => shaper.decide(i).drop);
  };
  t.deepEqual(run(42, 1, 2), run(42, 1, 2));
  t.notDeepEqual(run(42, 1, 2), run(42, 2, 1));
  t.notDeepEqual(run(42, 1, 2), run(43, 1, 2));
});

test('loss rate is close to the asked percentage', (t) => {
  for (const percent of [0, 5, 30, 100]) {
    const shaper = new LinkShaper(seededRandom(7));
    shaper.set({ delayMs: 0, lossPercent: percent });
    let dropped = 0;
    for (let i = 0; i < 20_000; i++) if (shaper.decide(i).drop) dropped++;
    t.true(Math.abs(dropped / 200 - percent) < 1.5, `${percent}%: dropped ${dropped / 200}%`);
  }
});

test('delay shifts the release time, and lowering it never lets a frame overtake', (t) => {
  const shaper = new LinkShaper(seededRandom(1));
  shaper.set({ delayMs: 100, lossPercent: 0 });
  t.deepEqual(shaper.decide(10), { drop: false, releaseAt: 110 });
  shaper.set({ delayMs: 0, lossPercent: 0 });
  t.deepEqual(shaper.decide(20), { drop: false, releaseAt: 110 });
  t.deepEqual(shaper.decide(200), { drop: false, releaseAt: 200 });
});

test('property: release times never decrease, whatever the delays and arrival times', (t) => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(500), fc.integer({ min: 0, max: 100 })), { maxLength: 300 }), fc.nat(), (steps, seed) => {
    const shaper = new LinkShaper(seededRandom(seed));
    let now = 0;
    let last = Number.NEGATIVE_INFINITY;
    for (const [gap, delayMs, lossPercent] of steps) {
      now += gap;
      shaper.set({ delayMs, lossPercent });
      const decision = shaper.decide(now);
      if (decision.drop) continue;
      if (decision.releaseAt < last || decision.releaseAt < now + delayMs) return false;
      last = decision.releaseAt;
    }
    return true;
  }));
  t.pass();
});

test('validateFault names the bad field', (t) => {
  t.deepEqual(validateFault({ delayMs: 100 }), { delayMs: 100, lossPercent: 0 });
  t.throws(() => validateFault({ delayMs: -1 }), { instanceOf: FaultError, message: /delayMs/ });
  t.throws(() => validateFault({ lossPercent: 101 }), { instanceOf: FaultError, message: /lossPercent/ });
  t.throws(() => validateFault({ lossPercent: Number.NaN }), { instanceOf: FaultError, message: /lossPercent/ });
  t.throws(() => validateFault({ delayMs: '5' }), { instanceOf: FaultError, message: /delayMs/ });
});
