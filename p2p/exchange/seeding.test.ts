import test from 'ava';
import { SeedTracker, UploadSlots } from './seeding.ts';

test('upload slots are granted round-robin by peer, not in arrival order', async (t) => {
  const slots = new UploadSlots(1);
  const never = new AbortController().signal;
  t.true(await slots.acquire('a', never));
  const order: string[] = [];
  // Peer a queues three requests before b and c queue one each.
  const waits = ['a', 'a', 'a', 'b', 'c'].map((peer) => slots.acquire(peer, never).then(() => { order.push(peer); }));
  for (let i = 0; i < 5; i++) {
    slots.release(order.at(-1) ?? 'a');
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(waits);
  t.deepEqual(order, ['a', 'b', 'c', 'a', 'a']);
});

test('an aborted wait holds no slot and leaves the queue', async (t) => {
  const slots = new UploadSlots(1);
  const never = new AbortController().signal;
  t.true(await slots.acquire('a', never));
  const abort = new AbortController();
  const waiting = slots.acquire('b', abort.signal);
  abort.abort();
  t.false(await waiting);
  slots.release('a');
  t.is(slots.active, 0);
  t.true(await slots.acquire('c', never));
  t.is(slots.activeForOthers('c'), 0);
});

test('super-seeding refuses only a piece already sent to another peer, only while others are served', (t) => {
  let now = 0;
  const seeds = new SeedTracker({ ttlMs: 10_000, now: () => now });
  const d = 'sha256:x';
  t.false(seeds.shouldRefuse(d, 0, 'b', 3, false), 'never sent: served');
  seeds.sent(d, 0, 'a');
  t.true(seeds.shouldRefuse(d, 0, 'b', 1, false), 'sent to a, uplink busy with others: ask a');
  t.false(seeds.shouldRefuse(d, 0, 'b', 0, false), 'a lone puller is never turned away');
  t.false(seeds.shouldRefuse(d, 0, 'a', 2, false), 'the first recipient may ask again');
  t.false(seeds.shouldRefuse(d, 0, 'b', 2, true), 'insisting gets it');
  t.false(seeds.shouldRefuse(d, 1, 'b', 2, false));
  now = 10_000;
  t.false(seeds.shouldRefuse(d, 0, 'b', 2, false), 'an old record says nothing about who holds it now');
  // The first recipient lost it and asks again: it becomes the recipient, others are sent to it.
  seeds.sent(d, 0, 'a');
  t.true(seeds.shouldRefuse(d, 0, 'b', 1, false));
});
