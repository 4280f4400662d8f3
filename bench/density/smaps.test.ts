// The smaps parser the density benchmark reports memory with.
import test from 'ava';
import { parseSmaps, total } from './smaps.ts';

const SMAPS = `55d0c0a00000-55d0c0b00000 r-xp 00000000 fe:00 123 /usr/bin/qemu-system-x86_64
Size:               1024 kB
Rss:                 800 kB
Pss:                 200 kB
Private_Clean:         0 kB
Private_Dirty:        40 kB
Anonymous:            40 kB
AnonHugePages:         0 kB
7f0000000000-7f0004000000 rw-p 00000000 fe:00 456 /cache/templates/abc/ram
Size:              65536 kB
Rss:                6600 kB
Pss:                1100 kB
Private_Clean:         0 kB
Private_Dirty:       900 kB
Anonymous:           900 kB
7f1000000000-7f1000800000 rwxp 00000000 00:00 0 
Size:               8192 kB
Rss:                8192 kB
Pss:                8192 kB
Private_Dirty:      8192 kB
Anonymous:          8192 kB
AnonHugePages:      6144 kB
VmFlags: rd wr ex mr mw me ac
`;

test('groups mappings by path and permissions and sums their fields', (t) => {
  const usage = parseSmaps(SMAPS, (path, perms) => (path.endsWith('/ram') ? 'ram' : path === '' && perms.includes('x') ? 'tcg' : 'other'));
  t.deepEqual(Object.keys(usage).sort(), ['other', 'ram', 'tcg']);
  t.is(usage.ram?.anonymousKb, 900);
  t.is(usage.ram?.pssKb, 1100);
  t.is(usage.tcg?.anonHugeKb, 6144);
  t.is(usage.other?.rssKb, 800);
  t.deepEqual(total(usage), { sizeKb: 74752, rssKb: 15592, pssKb: 9492, privateCleanKb: 0, privateDirtyKb: 9132, anonymousKb: 9132, anonHugeKb: 6144 });
});

test('lines it does not know are skipped', (t) => {
  t.deepEqual(parseSmaps('garbage\nRss: 5 kB\n', () => 'x'), {});
});
