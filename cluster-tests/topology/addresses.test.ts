import test from 'ava';
import fc from 'fast-check';
import { AddressError, addressIn, chooseSubnets, formatCidr, overlaps, parseCidr, takenNetworks } from './addresses.ts';
import { ownerOf, topologyNames } from './names.ts';
import { seededRandom } from './fault.ts';

test('parse, format and overlap of IPv4 networks', (t) => {
  t.is(formatCidr(parseCidr('10.1.2.3/24')), '10.1.2.0/24');
  t.true(overlaps(parseCidr('10.0.0.0/8'), parseCidr('10.200.3.0/24')));
  t.false(overlaps(parseCidr('10.1.2.0/24'), parseCidr('10.1.3.0/24')));
  t.is(addressIn(parseCidr('172.16.5.0/24'), 11), '172.16.5.11');
  t.throws(() => parseCidr('10.1.2/24'), { instanceOf: AddressError });
  t.throws(() => parseCidr('10.1.2.300/24'), { instanceOf: AddressError });
  t.throws(() => addressIn(parseCidr('10.1.2.0/24'), 255), { instanceOf: AddressError });
});

test('takenNetworks reads ip -j addr and route output, skipping the default route', (t) => {
  const addrs = [{ ifname: 'eth0', addr_info: [{ family: 'inet', local: '192.0.2.2', prefixlen: 24 }, { family: 'inet6', local: 'fd00::2', prefixlen: 64 }] }];
  const routes = [{ dst: 'default', gateway: '192.0.2.1' }, { dst: '10.9.0.0/16' }, { dst: '10.8.7.6' }];
  t.deepEqual(takenNetworks(addrs, routes).map(formatCidr), ['192.0.2.0/24', '10.9.0.0/16', '10.8.7.6/32']);
});

test('property: chosen subnets are distinct /24s in private space that overlap nothing taken', (t) => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(255), fc.nat(255), fc.integer({ min: 8, max: 32 })), { maxLength: 50 }), fc.nat(), (raw, seed) => {
    const taken = raw.map(([a, b, prefix]) => parseCidr(`10.${a}.${b}.0/${prefix}`));
    const chosen = chooseSubnets(taken, seededRandom(seed), 2);
    if (chosen.length !== 2 || overlaps(chosen[0]!, chosen[1]!)) return false;
    return chosen.every((net) => net.prefix === 24 && !taken.some((other) => overlaps(other, net))
      && (overlaps(net, parseCidr('10.0.0.0/8')) || overlaps(net, parseCidr('172.16.0.0/12'))));
  }));
  t.pass();
});

test('chooseSubnets gives up with a clear error when everything is taken', (t) => {
  t.throws(() => chooseSubnets([parseCidr('0.0.0.0/1'), parseCidr('128.0.0.0/1')], seededRandom(1)), { instanceOf: AddressError, message: /no free \/24/ });
});

test('names carry the owner and fit IFNAMSIZ', (t) => {
  const names = topologyNames(4_194_304);
  t.is(names.rootVeth(200), 'arwt4194304v200');
  t.true(names.rootVeth(200).length <= 15);
  t.is(ownerOf(names.bridge), 4_194_304);
  t.is(ownerOf(names.netns(3)), 4_194_304);
  t.is(ownerOf(names.rootVeth(3)), 4_194_304);
  t.is(ownerOf('eth0'), undefined);
  t.is(ownerOf('arwtx-h1'), undefined);
  t.throws(() => names.netns(0), { instanceOf: RangeError });
  t.throws(() => topologyNames(0), { instanceOf: RangeError });
});
