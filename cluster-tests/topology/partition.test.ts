import test from 'ava';
import { blockedPeers, partitionScript, PartitionError } from './partition.ts';
import { LineSplitter, LineTooLongError, parseCommand } from './protocol.ts';

const addresses = ['10.0.1.11', '10.0.1.12', '10.0.1.13', '10.0.1.14'];

test('blockedPeers cuts between groups only; hosts in no group are untouched', (t) => {
  t.deepEqual(blockedPeers(addresses, [[0], [1, 2]]), [['10.0.1.12', '10.0.1.13'], ['10.0.1.11'], ['10.0.1.11'], []]);
  t.deepEqual(blockedPeers(addresses, []), [[], [], [], []]);
  t.throws(() => blockedPeers(addresses, [[0], [0, 1]]), { instanceOf: PartitionError, message: /more than one group/ });
  t.throws(() => blockedPeers(addresses, [[4]]), { instanceOf: PartitionError });
});

test('partitionScript replaces the table atomically, and only removes it when nothing is blocked', (t) => {
  const script = partitionScript('arwt12', ['10.0.1.12']);
  t.regex(script, /^table netdev arwt12 \{\}\ndelete table netdev arwt12\n/);
  t.regex(script, /hook ingress device "over0".*ip saddr \{ 10\.0\.1\.12 \} drop/);
  t.regex(script, /hook egress device "over0".*ip daddr \{ 10\.0\.1\.12 \} drop/);
  t.is(partitionScript('arwt12', []), 'table netdev arwt12 {}\ndelete table netdev arwt12\n');
  t.throws(() => partitionScript('x; flush ruleset', []), { instanceOf: PartitionError });
  t.throws(() => partitionScript('arwt1', ['1.2.3.4 } accept']), { instanceOf: PartitionError });
});

test('relay commands are validated with the offending field named', (t) => {
  t.deepEqual(parseCommand('{"id":3,"cmd":"counters"}'), { ok: true, command: { id: 3, cmd: 'counters' } });
  t.like(parseCommand('not json'), { ok: false, id: 0, error: 'command is not JSON' });
  const bad = parseCommand('{"id":4,"cmd":"setLinks","delayMs":-5,"lossPercent":0}');
  t.like(bad, { ok: false, id: 4 });
  t.regex((bad as { error: string }).error, /delayMs/);
  t.like(parseCommand('{"id":5,"cmd":"rm -rf"}'), { ok: false, id: 5 });
  t.like(parseCommand('null'), { ok: false, id: 0 });
});

test('LineSplitter joins chunks and refuses long lines', (t) => {
  const splitter = new LineSplitter(10);
  t.deepEqual(splitter.push('ab'), []);
  t.deepEqual(splitter.push('c\nde\n\nf'), ['abc', 'de']);
  t.throws(() => splitter.push('0123456789ab'), { instanceOf: LineTooLongError });
  t.deepEqual(splitter.push('ok\n'), ['ok']);
});
