import test from 'ava';
import fc from 'fast-check';
import { LearningSwitch, checkVxlan, VXLAN_HEADER_BYTES } from './switch.ts';

const BROADCAST = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const mac = (n: number): number[] => [0x02, 0, 0, 0, 0, n];
const frame = (dst: number[], src: number[]): Uint8Array => Uint8Array.from([...dst, ...src, 0x08, 0x00, 1, 2, 3]);

test('floods broadcast and unknown unicast to every other host, then forwards to the learned host', (t) => {
  const fabric = new LearningSwitch(3);
  t.deepEqual(fabric.route(0, frame(BROADCAST, mac(1))), [1, 2]);
  t.deepEqual(fabric.route(1, frame(mac(1), mac(2))), [0], 'h1 learned from its broadcast');
  t.deepEqual(fabric.route(0, frame(mac(2), mac(1))), [1]);
  t.deepEqual(fabric.route(2, frame(mac(9), mac(3))), [0, 1], 'unknown unicast floods');
});

test('a frame for a MAC on the sending host goes nowhere; a moved MAC is relearned', (t) => {
  const fabric = new LearningSwitch(3);
  fabric.route(0, frame(BROADCAST, mac(1)));
  t.deepEqual(fabric.route(0, frame(mac(1), mac(5))), []);
  fabric.route(2, frame(BROADCAST, mac(1)));
  t.is(fabric.hostOf(0x020000000001), 2);
  t.deepEqual(fabric.route(1, frame(mac(1), mac(6))), [2]);
});

test('group source MACs are not learned and the table is bounded, oldest out', (t) => {
  const fabric = new LearningSwitch(2, 4);
  fabric.route(0, frame(BROADCAST, [0x01, 0, 0x5e, 0, 0, 1]));
  t.is(fabric.size, 0);
  for (let n = 1; n <= 6; n++) fabric.route(1, frame(BROADCAST, mac(n)));
  t.is(fabric.size, 4);
  t.is(fabric.hostOf(0x020000000001), undefined);
  t.is(fabric.hostOf(0x020000000006), 1);
});

test('short frames and bad host numbers are refused', (t) => {
  const fabric = new LearningSwitch(2);
  t.deepEqual(fabric.route(0, new Uint8Array(13)), []);
  t.throws(() => fabric.route(2, frame(BROADCAST, mac(1))), { instanceOf: RangeError });
});

test('property: a frame never goes back to its sender, and goes to one host or all others', (t) => {
  fc.assert(fc.property(
    fc.integer({ min: 1, max: 8 }).chain((hosts) => fc.tuple(fc.constant(hosts), fc.array(fc.tuple(fc.nat(hosts - 1), fc.nat(5), fc.nat(5), fc.boolean()), { maxLength: 200 }))),
    ([hosts, frames]) => {
      const fabric = new LearningSwitch(hosts);
      for (const [from, dst, src, broadcast] of frames) {
        const out = fabric.route(from, frame(broadcast ? BROADCAST : mac(dst), mac(src)));
        if (out.includes(from)) return false;
        if (out.length > 1 && out.length !== hosts - 1) return false;
      }
      return true;
    },
  ));
  t.pass();
});

function vxlan(flags: number, vni: number, innerBytes: number): Uint8Array {
  const bytes = new Uint8Array(VXLAN_HEADER_BYTES + innerBytes);
  bytes[0] = flags;
  bytes[4] = (vni >> 16) & 0xff; bytes[5] = (vni >> 8) & 0xff; bytes[6] = vni & 0xff;
  return bytes;
}

test('checkVxlan accepts its VNI and names what is wrong otherwise', (t) => {
  t.deepEqual(checkVxlan(vxlan(0x08, 77, 60), 77), { ok: true, frameOffset: 8 });
  t.deepEqual(checkVxlan(vxlan(0x08, 77, 13), 77), { ok: false, reason: 'short' });
  t.deepEqual(checkVxlan(new Uint8Array(0), 77), { ok: false, reason: 'short' });
  t.deepEqual(checkVxlan(vxlan(0x0c, 77, 60), 77), { ok: false, reason: 'flags' });
  t.deepEqual(checkVxlan(vxlan(0x08, 78, 60), 77), { ok: false, reason: 'vni' });
  t.deepEqual(checkVxlan(vxlan(0x08, 77, 20_000), 77), { ok: false, reason: 'oversized' });
});
