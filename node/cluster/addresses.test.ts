import test from 'ava';
import {
  ADDRESSES_PER_NODE, AddressError, ARROW_ADDRESS_RANGE, addressInSubnet, allocationAddress, formatCidr, formatIPv4, gatewayOf,
  isAllocationAddress, lowestFreeAddress, lowestFreeSubnet, MAX_NODE_SUBNETS, nodeSubnet, nodeSubnetIndex, parseCidr, parseIPv4, prefixLength,
} from './addresses.ts';

test('the plan: a /16 of 256 node /24s, gateway .1, allocations .2 to .254', (t) => {
  t.is(ARROW_ADDRESS_RANGE, '10.213.0.0/16');
  t.is(prefixLength(ARROW_ADDRESS_RANGE), 16);
  t.is(MAX_NODE_SUBNETS, 256);
  t.is(ADDRESSES_PER_NODE, 253);
  t.is(nodeSubnet(0), '10.213.0.0/24');
  t.is(nodeSubnet(3), '10.213.3.0/24');
  t.is(nodeSubnet(255), '10.213.255.0/24');
  t.is(nodeSubnetIndex('10.213.3.0/24'), 3);
  t.is(prefixLength(nodeSubnet(7)), 24);
  t.is(gatewayOf('10.213.3.0/24'), '10.213.3.1');
  t.is(allocationAddress('10.213.3.0/24', 2), '10.213.3.2');
  t.is(allocationAddress('10.213.3.0/24', 254), '10.213.3.254');
});

test('IPv4 and CIDR parse and format both ways', (t) => {
  t.is(parseIPv4('10.213.3.7'), (10 << 24 | 213 << 16 | 3 << 8 | 7) >>> 0);
  t.is(parseIPv4('255.255.255.255'), 0xffff_ffff);
  t.is(parseIPv4('0.0.0.0'), 0);
  t.is(formatIPv4(parseIPv4('192.168.0.1')), '192.168.0.1');
  t.is(formatIPv4(0xffff_ffff), '255.255.255.255');
  t.deepEqual(parseCidr('10.213.0.0/16'), { network: parseIPv4('10.213.0.0'), prefixLength: 16 });
  t.is(formatCidr(parseCidr('0.0.0.0/0')), '0.0.0.0/0');
  t.is(formatCidr(parseCidr('10.213.3.7/32')), '10.213.3.7/32');
});

test('containment: in the subnet or not, and which addresses an allocation may hold', (t) => {
  t.true(addressInSubnet('10.213.3.7', '10.213.3.0/24'));
  t.true(addressInSubnet('10.213.3.255', '10.213.3.0/24'));
  t.false(addressInSubnet('10.213.4.0', '10.213.3.0/24'));
  t.false(addressInSubnet('10.212.255.255', ARROW_ADDRESS_RANGE));
  t.true(addressInSubnet('1.2.3.4', '0.0.0.0/0'));
  t.true(isAllocationAddress('10.213.3.2', '10.213.3.0/24'));
  t.true(isAllocationAddress('10.213.3.254', '10.213.3.0/24'));
  for (const reserved of ['10.213.3.0', '10.213.3.1', '10.213.3.255', '10.213.4.2']) t.false(isAllocationAddress(reserved, '10.213.3.0/24'), reserved);
});

test('the lowest free subnet and address, or "" when none is left', (t) => {
  t.is(lowestFreeSubnet(new Set()), '10.213.0.0/24');
  t.is(lowestFreeSubnet(new Set(['10.213.0.0/24', '10.213.2.0/24'])), '10.213.1.0/24');
  t.is(lowestFreeSubnet(new Set(Array.from({ length: MAX_NODE_SUBNETS }, (_, i) => nodeSubnet(i)))), '');
  t.is(lowestFreeAddress('10.213.3.0/24', new Set()), '10.213.3.2');
  t.is(lowestFreeAddress('10.213.3.0/24', new Set(['10.213.3.2', '10.213.3.4'])), '10.213.3.3');
  const all = new Set(Array.from({ length: ADDRESSES_PER_NODE }, (_, i) => allocationAddress('10.213.3.0/24', i + 2)));
  t.is(lowestFreeAddress('10.213.3.0/24', all), '');
  t.is(lowestFreeAddress('10.213.3.0/24', new Map([['10.213.3.2', 'a']])), '10.213.3.3', 'a map of holders will do');
});

test('malformed input is refused with an error that says what is wrong', (t) => {
  const refused = (f: () => unknown, message: RegExp) => t.throws(f, { instanceOf: AddressError, message });
  refused(() => parseIPv4('10.213.3'), /expected four dot-separated octets/);
  refused(() => parseIPv4('10.213.3.256'), /octet "256" is not a number from 0 to 255/);
  refused(() => parseIPv4('10.213.03.7'), /without leading zeros/);
  refused(() => parseIPv4(' 10.213.3.7'), /octet " 10"/);
  refused(() => parseIPv4('10.213.-3.7'), /octet "-3"/);
  refused(() => parseIPv4('10.213.3.7/24'), /octet "7\/24"/);
  refused(() => parseIPv4(''), /not an IPv4 address/);
  refused(() => parseIPv4(7 as unknown as string), /expected an IPv4 address, got 7/);
  refused(() => formatIPv4(-1), /expected an integer from 0 to 2\^32-1/);
  refused(() => formatIPv4(2 ** 32), /expected an integer/);
  refused(() => formatIPv4(1.5), /expected an integer/);
  refused(() => parseCidr('10.213.0.0'), /expected ADDRESS\/PREFIX-LENGTH/);
  refused(() => parseCidr('10.213.0.0/33'), /prefix length "33"/);
  refused(() => parseCidr('10.213.0.0/024'), /prefix length "024"/);
  refused(() => parseCidr('10.213.0.0/'), /prefix length ""/);
  refused(() => parseCidr('10.213.3.7/24'), /host bits are set \(the network is 10\.213\.3\.0\/24\)/);
  refused(() => prefixLength('nope'), /not a CIDR subnet/);
  refused(() => nodeSubnet(256), /expected an integer from 0 to 255/);
  refused(() => nodeSubnet(-1), /expected an integer from 0 to 255/);
  refused(() => nodeSubnet(1.5), /expected an integer from 0 to 255/);
  refused(() => nodeSubnetIndex('10.214.0.0/24'), /not a node subnet: expected a \/24 of 10\.213\.0\.0\/16/);
  refused(() => nodeSubnetIndex('10.213.0.0/23'), /not a node subnet/);
  refused(() => gatewayOf('192.168.1.0/24'), /not a node subnet/);
  refused(() => gatewayOf('10.213.1.1/24'), /host bits are set/);
  refused(() => allocationAddress('10.213.3.0/24', 1), /allocation host 1: expected an integer from 2 to 254/);
  refused(() => allocationAddress('10.213.3.0/24', 255), /allocation host 255/);
  refused(() => addressInSubnet('10.213.3.x', '10.213.3.0/24'), /octet "x"/);
  refused(() => lowestFreeAddress('10.0.0.0/8', new Set()), /not a node subnet/);
});
