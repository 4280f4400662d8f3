import test from 'ava';
import { KvStore, encodeRequest } from './index.ts';
import type { KvRequest } from './index.ts';

const req = (clientId: string, seq: number, op: KvRequest['op']) => encodeRequest({ clientId, seq, op });

test('applies put, append, get and cas', (t) => {
  const kv = new KvStore();
  kv.apply(req('c', 1, { op: 'put', key: 'k', value: 'a' }));
  kv.apply(req('c', 2, { op: 'append', key: 'k', value: 'b' }));
  t.deepEqual(kv.apply(req('c', 3, { op: 'get', key: 'k' }))?.result, { value: 'ab' });
  t.deepEqual(kv.apply(req('c', 4, { op: 'cas', key: 'k', expected: 'x', value: 'z' }))?.result, { ok: false });
  t.deepEqual(kv.apply(req('c', 5, { op: 'cas', key: 'k', expected: 'ab', value: 'z' }))?.result, { ok: true });
  t.is(kv.get('k'), 'z');
});

test('a retried request is applied once and answered with the first result', (t) => {
  const kv = new KvStore();
  const first = kv.apply(req('c', 1, { op: 'append', key: 'k', value: 'x' }));
  const again = kv.apply(req('c', 1, { op: 'append', key: 'k', value: 'x' }));
  t.true(first?.fresh);
  t.false(again?.fresh);
  t.is(kv.get('k'), 'x');
  kv.apply(req('c', 2, { op: 'append', key: 'k', value: 'y' }));
  t.is(kv.apply(req('c', 1, { op: 'append', key: 'k', value: 'x' })), undefined, 'stale duplicate ignored');
  t.is(kv.get('k'), 'xy');
});

test('snapshot and restore carry data and dedup sessions', (t) => {
  const kv = new KvStore();
  kv.apply(req('c', 1, { op: 'put', key: 'k', value: 'v' }));
  const copy = new KvStore();
  copy.restore(kv.snapshot());
  t.is(copy.get('k'), 'v');
  t.false(copy.apply(req('c', 1, { op: 'put', key: 'k', value: 'v' }))?.fresh);
  copy.restore(new Uint8Array(0));
  t.is(copy.get('k'), null);
});
