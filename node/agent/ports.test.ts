import test from 'ava';
import fc from 'fast-check';
import { createServer } from 'node:net';
import { HostPorts, PortUnavailableError, canBind, dynamicCandidates } from './ports.ts';

test('dynamic candidates: in the range, never a taken one, each once, at most max', (t) => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 60_000 }), fc.nat(300), fc.uniqueArray(fc.nat(300)), fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.nat(100), (first, span, takenOffsets, r, max) => {
    const last = first + span;
    const taken = new Set(takenOffsets.map((o) => first + o));
    const got = dynamicCandidates(first, last, (p) => taken.has(p), () => r, max);
    const free = span + 1 - [...taken].filter((p) => p <= last).length;
    return got.length === Math.min(max, free) && new Set(got).size === got.length && got.every((p) => p >= first && p <= last && !taken.has(p));
  }));
  t.pass();
});

const spec = (name: string, guest: number, host?: number, protocol: 'tcp' | 'udp' = 'tcp') => ({ name, guest, protocol, ...(host === undefined ? {} : { host }) });

test('static ports as asked, dynamic ones from the range; one port never serves two allocations; release frees them', async (t) => {
  const busy = new Set(['20005/tcp']);
  const ports = new HostPorts({ first: 20_000, last: 20_009, bindAddress: '127.0.0.1', random: () => 0.5, isFree: async (p, proto) => !busy.has(`${p}/${proto}`) });
  const a = await ports.reserve('a', [spec('http', 80), spec('admin', 9090, 19090), spec('dns', 53, undefined, 'udp')]);
  t.deepEqual(a, [
    { name: 'http', guest: 80, host: 20_006, protocol: 'tcp' }, // 20005 is busy on the host
    { name: 'admin', guest: 9090, host: 19_090, protocol: 'tcp' },
    { name: 'dns', guest: 53, host: 20_005, protocol: 'udp' }, // udp is another space
  ]);
  const b = await ports.reserve('b', [spec('http', 80)]);
  t.is(b[0]!.host, 20_007);
  await t.throwsAsync(ports.reserve('c', [spec('http', 80), spec('admin', 9090, 19090)]), { instanceOf: PortUnavailableError, message: 'host port 19090/tcp (admin) is taken by allocation a' });
  t.is(ports.ownerOf(20_008, 'tcp'), undefined, 'a refused reservation keeps nothing');
  busy.add('19091/tcp');
  await t.throwsAsync(ports.reserve('c', [spec('admin', 9090, 19091)]), { message: 'host port 19091/tcp (admin) is in use on this node' });
  t.is(ports.ownerOf(19_091, 'tcp'), undefined);
  ports.release('a');
  t.deepEqual(await ports.reserve('c', [spec('admin', 9090, 19090)]), [{ name: 'admin', guest: 9090, host: 19_090, protocol: 'tcp' }]);
  ports.hold('d', [{ host: 20_000, protocol: 'tcp' }]);
  t.is(ports.ownerOf(20_000, 'tcp'), 'd');
});

test('a range with nothing free says so', async (t) => {
  const ports = new HostPorts({ first: 30_000, last: 30_002, bindAddress: '127.0.0.1', isFree: async () => false });
  await t.throwsAsync(ports.reserve('a', [spec('http', 80)]), { message: 'no free tcp port for http in 30000-30002 (3 tried)' });
  t.throws(() => new HostPorts({ first: 10, last: 5, bindAddress: '127.0.0.1' }), { instanceOf: RangeError });
});

test('canBind tells a port someone listens on from a free one', async (t) => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => server.close());
  const port = (server.address() as { port: number }).port;
  t.false(await canBind(port, 'tcp', '127.0.0.1'));
  server.close();
  await new Promise((r) => setTimeout(r, 50));
  t.true(await canBind(port, 'tcp', '127.0.0.1'));
  t.true(await canBind(port, 'udp', '127.0.0.1'));
});
