// The event log (resume, reset, bounds, misbehaving subscribers) and the event stream route over
// a real Raft member: resume from an index or Last-Event-ID, reset when too old, slow clients
// dropped, heartbeats.
import test from 'ava';
import { once } from 'node:events';
import { connect } from 'node:net';
import type { Change, NodeRecord } from '../cluster/index.ts';
import type { ClusterEvent } from './backend.ts';
import { EventLog } from './events.ts';
import { testApi, testDefinition } from './testing.ts';
import type { TestApi } from './testing.ts';
import type { EventData } from './types.ts';

const node = (id: string, modifyIndex: number): Change => ({
  kind: 'node', removed: false,
  record: { id, name: id, peerId: id, addrs: [], capacity: { cpu: 1, memory: 1 }, labels: {}, kvm: false, role: 'client', status: 'ready', eligible: true, drain: null, createIndex: 1, modifyIndex, statusTimeMs: 0, version: '', subnet: '', overlay: null } satisfies NodeRecord,
});

function collect(log: EventLog, after: number): { batches: ClusterEvent[][]; resets: number[]; stop: () => void } {
  const batches: ClusterEvent[][] = [];
  const resets: number[] = [];
  const stop = log.subscribe(after, (events) => batches.push([...events]), (newest) => resets.push(newest));
  return { batches, resets, stop };
}

test('a subscriber resumes after any kept index: replay then live, one batch per entry', (t) => {
  const log = new EventLog({ startIndex: 10 });
  log.append(11, [node('a', 11), node('b', 11)]);
  log.append(12, []);
  log.append(13, [node('c', 13)]);
  t.deepEqual(log.bounds(), { oldest: 10, newest: 13 });
  const fromStart = collect(log, 10);
  t.deepEqual(fromStart.batches.map((b) => b.map((e) => `${e.index}:${(e.change.record as NodeRecord).id}`)), [['11:a', '11:b'], ['13:c']]);
  const fromMiddle = collect(log, 11);
  t.deepEqual(fromMiddle.batches.map((b) => b.map((e) => e.index)), [[13]]);
  t.deepEqual(fromMiddle.resets, []);
  log.append(14, [node('d', 14)]);
  t.deepEqual(fromMiddle.batches.map((b) => b.map((e) => e.index)), [[13], [14]]);
  fromMiddle.stop();
  log.append(15, [node('e', 15)]);
  t.is(fromMiddle.batches.length, 2, 'nothing after unsubscribing');
  t.is(fromStart.batches.length, 4);
  // Replays and duplicates from the member are ignored.
  log.append(15, [node('again', 15)]);
  log.append(9, [node('old', 9)]);
  t.is(fromStart.batches.length, 4);
});

test('the ring keeps whole entries up to its capacity; resuming from before them is a reset', (t) => {
  const log = new EventLog({ capacity: 4, startIndex: 0 });
  for (let index = 1; index <= 5; index++) log.append(index, [node(`x${index}`, index), node(`y${index}`, index)]);
  t.is(log.size, 4);
  t.deepEqual(log.bounds(), { oldest: 3, newest: 5 });
  const tooOld = collect(log, 2);
  t.deepEqual(tooOld.resets, [5]);
  t.deepEqual(tooOld.batches, [], 'after a reset, delivery starts after the newest index');
  log.append(6, [node('z', 6)]);
  t.deepEqual(tooOld.batches.map((b) => b[0]!.index), [6]);
  t.deepEqual(log.bounds(), { oldest: 4, newest: 6 });
  t.deepEqual(collect(log, 3).resets, [6]);
  const justKept = collect(log, 4);
  t.deepEqual(justKept.resets, []);
  t.deepEqual(justKept.batches.map((b) => b[0]!.index), [5, 6]);
  // An index from the future (another history) is a reset too.
  t.deepEqual(collect(log, 99).resets, [6]);
  // One entry bigger than the capacity is still kept whole.
  log.append(7, Array.from({ length: 9 }, (_, i) => node(`big${i}`, 7)));
  t.is(log.size, 9);
  t.deepEqual(collect(log, 6).batches.map((b) => b.length), [9]);
});

test('a reset (snapshot restore) tells every subscriber; a throwing subscriber is dropped, others go on', (t) => {
  const log = new EventLog();
  const a = collect(log, 0);
  const thrower = log.subscribe(0, () => { throw new Error('bad subscriber'); }, () => undefined);
  t.is(log.subscribers, 2);
  t.notThrows(() => log.append(1, [node('a', 1)]));
  t.is(log.subscribers, 1);
  t.is(a.batches.length, 1);
  log.reset(50);
  t.deepEqual(a.resets, [50]);
  t.deepEqual(log.bounds(), { oldest: 50, newest: 50 });
  t.deepEqual(collect(log, 49).resets, [50]);
  thrower();
});

const api = testApi;

/** Follows the stream until `enough` says so; returns what came. */
async function follow(api: TestApi, after: number | undefined, enough: (events: EventData[], resets: number[]) => boolean, timeoutMs = 10_000): Promise<{ events: EventData[]; resets: number[] }> {
  const events: EventData[] = [];
  const resets: number[] = [];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  await api.client.events(after, {
    onEvent: (e) => { events.push(e); if (enough(events, resets)) controller.abort(); },
    onReset: (i) => { resets.push(i); if (enough(events, resets)) controller.abort(); },
    signal: controller.signal,
  });
  clearTimeout(timer);
  if (!enough(events, resets)) throw new Error(`stream ended early with ${events.length} events`);
  return { events, resets };
}

test('the event stream sends committed changes and resumes from an index', async (t) => {
  const server = await api(t);
  const start = server.member!.state.index;
  const live = follow(server, undefined, (events) => events.some((e) => e.kind === 'arrow' && e.record.name === 'web'));
  await new Promise((r) => setTimeout(r, 200));
  await server.registerNode('n1');
  await server.client.putArrow('web', testDefinition('web', 1));
  const seen = await live;
  t.true(seen.events.some((e) => e.kind === 'node' && e.record.id === 'n1'));
  const arrowEvent = seen.events.find((e) => e.kind === 'arrow')!;
  t.true(arrowEvent.index > start);

  // From the start again: the same changes, in the same order, then more.
  const replay = await follow(server, start, (events) => events.some((e) => e.kind === 'arrow'));
  t.deepEqual(replay.events.slice(0, seen.events.length).map((e) => [e.index, e.kind]), seen.events.map((e) => [e.index, e.kind]));
  t.deepEqual(replay.resets, []);
  // After the arrow's entry: only what came later (its evaluation's plan), nothing before.
  const after = await follow(server, arrowEvent.index, (events) => events.some((e) => e.kind === 'allocation'));
  t.true(after.events.every((e) => e.index > arrowEvent.index));
});

test('Last-Event-ID resumes; an index older than the ring is a reset first', async (t) => {
  const server = await api(t, { eventCapacity: 5 });
  await server.registerNode('n1');
  for (let i = 0; i < 6; i++) await server.client.putArrow(`a${i}`, testDefinition(`a${i}`, 0));
  await server.settle(); // nothing more is coming to push the kept entries out
  const { oldest, newest } = server.events!.bounds();
  t.true(oldest > 1);
  const text = await rawEvents(server, { lastEventId: String(oldest) }, (s) => s.includes(`id: ${newest}\n`));
  t.false(text.includes('event: reset'));
  t.notRegex(text, new RegExp(`"index":${oldest},`));

  const reset = await follow(server, 1, (_events, resets) => resets.length > 0);
  t.deepEqual(reset.resets, [newest]);
  t.deepEqual(reset.events, []);
  // The reset names the newest index as its id: a reconnect resumes from there.
  const raw = await rawEvents(server, { query: '?after=1' }, (s) => s.includes('event: reset'));
  t.regex(raw, new RegExp(`id: ${newest}\\nevent: reset\\ndata: \\{"index":${newest}\\}`));
});

/** The raw event-stream text until `enough`. */
async function rawEvents(server: TestApi, options: { lastEventId?: string; query?: string }, enough: (text: string) => boolean): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  const response = await fetch(`${server.url}/v1/events${options.query ?? ''}`, {
    headers: { authorization: `Bearer ${server.token}`, ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}) },
    signal: controller.signal,
  });
  let text = '';
  try {
    for await (const chunk of response.body!) {
      text += Buffer.from(chunk).toString();
      if (enough(text)) break;
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return text;
}

test('heartbeats keep an idle stream alive', async (t) => {
  const server = await api(t, { limits: { eventHeartbeatMs: 150 } });
  const text = await rawEvents(server, {}, (s) => (s.match(/: heartbeat\n\n/g) ?? []).length >= 2);
  t.regex(text, /^: arrow events after \d+\n\n(: heartbeat\n\n){2}/);
});

test('a client that does not read is disconnected; one that reads gets everything', async (t) => {
  const server = await api(t, { limits: { eventBufferBytes: 512 * 1024 } });
  const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
  await once(socket, 'connect');
  socket.write(`GET /v1/events HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${server.token}\r\n\r\n`);
  const deadline = Date.now() + 5_000;
  while (server.events!.subscribers < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  socket.pause(); // never reads again: the kernel's buffers fill, then the server's
  // A minute: a hundred synced commits of 120 KiB each take a while on a busy machine.
  const reader = follow(server, server.member!.state.index, (events) => events.filter((e) => e.kind === 'arrow').length >= 100, 60_000);
  while (server.events!.subscribers < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  // ~120 KiB per Arrow record: ~12 MiB, more than loopback's socket buffers hold.
  const env = { PADDING: 'p'.repeat(120 * 1024) };
  for (let i = 0; i < 100; i++) await server.client.putArrow(`big${i}`, testDefinition(`big${i}`, 0, { env }));
  const got = await reader;
  t.is(got.events.filter((e) => e.kind === 'arrow').length, 100);
  const until = Date.now() + 15_000;
  while (server.events!.subscribers > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  t.is(server.events!.subscribers, 0, 'the slow client was dropped (and the reader left)');
  socket.destroy();
});
