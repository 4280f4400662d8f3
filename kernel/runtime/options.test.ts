import test from 'ava';
import { parseMemoryMiB, parseCpus, parsePortForward, parseEnv, parseFileMapping, exitStatus, exitFromConsole, kernelCmdline, checkTap, InputError } from './options.ts';
import { guestPathProblem, isEnvName, minimumMemoryMiB, sizeInMiB } from '../limits/index.ts';

test('memory sizes', (t) => {
  t.is(parseMemoryMiB('64M'), 64);
  t.is(parseMemoryMiB('1G'), 1024);
  t.is(parseMemoryMiB('65536K'), 64);
  t.is(parseMemoryMiB('128'), 128);
  t.is(parseMemoryMiB('256MiB'), 256);
  t.throws(() => parseMemoryMiB('16M'), { instanceOf: InputError, message: 'memory 16M is too small to boot an Arrow: the minimum is 32M' });
  t.throws(() => parseMemoryMiB('100K'), { message: /not a whole number of MiB/ });
  t.throws(() => parseMemoryMiB('64X'), { message: /not a size like 64M or 1G/ });
  // A bare B is bytes, not MiB: refused rather than read as 64 MiB.
  t.throws(() => parseMemoryMiB('64B'), { message: /not a size like 64M or 1G/ });
  t.is(sizeInMiB('1GiB'), 1024);
  t.is(sizeInMiB('512k'), 0.5);
  t.is(sizeInMiB('64iB'), undefined);
  t.is(sizeInMiB('1.5G'), undefined);
  t.throws(() => parseMemoryMiB('2G', 32, 1024), { message: /more than this host has \(1024M\)/ });
});

test('the memory floor grows with the app', (t) => {
  t.is(minimumMemoryMiB(20_000), 33);
  t.true(minimumMemoryMiB(2_200_000) >= 36);
});

test('cpus', (t) => {
  t.is(parseCpus('2', 4), 2);
  t.throws(() => parseCpus('0', 4), { message: 'cpus must be at least 1' });
  t.throws(() => parseCpus('5', 4), { message: /more than this host has \(4\)/ });
  t.throws(() => parseCpus('1.5', 4), { message: /not a whole number/ });
});

test('port forwards', (t) => {
  t.deepEqual(parsePortForward('8080:80'), { hostPort: 8080, guestPort: 80 });
  t.deepEqual(parsePortForward('127.0.0.1:8080:80'), { hostAddress: '127.0.0.1', hostPort: 8080, guestPort: 80 });
  t.throws(() => parsePortForward('80'), { message: /not HOST:GUEST/ });
  t.throws(() => parsePortForward('0:80'), { message: /host port must be 1-65535/ });
  t.throws(() => parsePortForward('8080:70000'), { message: /guest port must be 1-65535/ });
  t.throws(() => parsePortForward('localhost:1:2'), { message: /not an IPv4 address/ });
});

test('env and files', (t) => {
  t.is(parseEnv('A=b=c'), 'A=b=c');
  t.is(parseEnv('EMPTY='), 'EMPTY=');
  t.throws(() => parseEnv('=x'), { message: /not KEY=VALUE/ });
  t.throws(() => parseEnv('1A=x'), { message: /name "1A" is not valid/ });
  t.deepEqual(parseFileMapping('/etc/a.conf=./a.conf'), { guestPath: '/etc/a.conf', hostPath: './a.conf' });
  t.throws(() => parseFileMapping('/etc/../x=a'), { message: /not a normalised file path/ });
  t.throws(() => parseFileMapping('/proc/x=a'), { message: /kernel filesystem/ });
  t.throws(() => parseFileMapping('/etc/a='), { message: /not GUEST_PATH=HOST_PATH/ });
  t.is(guestPathProblem('/etc/a.conf'), undefined);
  t.is(guestPathProblem('etc/a.conf'), 'must be absolute');
  t.is(guestPathProblem('/etc/'), 'is not a normalised file path');
  t.is(guestPathProblem('/dev'), 'is inside a kernel filesystem');
  t.true(isEnvName('_A1'));
  t.false(isEnvName('A-B'));
});

test('exit status is the code, or 128+signal', (t) => {
  t.is(exitStatus({ code: 7 }), 7);
  t.is(exitStatus({ code: 0, signal: 15 }), 143);
  t.is(exitStatus({ code: 0, signal: 9 }), 137);
});

test('the kernel command line carries ip= only with networking', (t) => {
  t.notRegex(kernelCmdline({ network: false, accelerator: 'tcg' }), /ip=/);
  t.regex(kernelCmdline({ network: true, accelerator: 'tcg' }), /ip=10\.0\.2\.15::10\.0\.2\.2:255\.255\.255\.0::eth0:off/);
  t.regex(kernelCmdline({ network: false, accelerator: 'tcg' }), /reboot=t/);
  // The APIC timer is skipped only where it cannot work (TCG); under KVM it is the better clock.
  t.regex(kernelCmdline({ network: false, accelerator: 'tcg' }), /(^| )noapictimer( |$)/);
  t.notRegex(kernelCmdline({ network: false, accelerator: 'kvm' }), /noapictimer/);
});

test('a known host TSC rate is given to TCG guests only', (t) => {
  t.regex(kernelCmdline({ network: false, accelerator: 'tcg', tscKhz: 2096007 }), /(^| )tsc_early_khz=2096007( |$)/);
  t.notRegex(kernelCmdline({ network: false, accelerator: 'tcg' }), /tsc_early_khz/);
  t.notRegex(kernelCmdline({ network: false, accelerator: 'kvm', tscKhz: 2096007 }), /tsc_early_khz/);
});

test('the exit ainit wrote on the console: the last line counts; other text, forgeries in the middle of a line and nonsense do not', (t) => {
  t.deepEqual(exitFromConsole('boot\r\nainit: exited code=3 signal=0\r\n'), { code: 3, signal: 0 });
  t.deepEqual(exitFromConsole('ainit: exited code=1 signal=0\nainit: exited code=0 signal=15\n'), { code: 0, signal: 15 });
  t.is(exitFromConsole('ainit: fatal: no Start from the host\n'), undefined);
  t.is(exitFromConsole('app says ainit: exited code=0 signal=0\n'), undefined);
  t.is(exitFromConsole('ainit: exited code=1 signal=999\n'), undefined);
  t.is(exitFromConsole(''), undefined);
});

test('a tap network is checked on the host, each problem naming its field', (t) => {
  const good = { ifname: 'arw-tap0', address: '10.213.0.5/24', gateway: '10.213.0.1', mtu: 1400, nameservers: ['10.213.0.1', '2001:db8::53'] };
  t.notThrows(() => checkTap(good, []));
  t.notThrows(() => checkTap({ ifname: 't', address: '192.168.7.9/30', gateway: '192.168.7.10' }, []));
  const refused: [Partial<typeof good>, RegExp][] = [
    [{ ifname: '' }, /^tap ifname "" is not 1-15/],
    [{ ifname: 'a,script=/bin/sh' }, /^tap ifname/],
    [{ ifname: 'sixteen-chars-xx' }, /^tap ifname/],
    [{ address: '10.213.0.5' }, /^tap address "10.213.0.5" is not an IPv4 address with a prefix/],
    [{ address: '10.213.0.256/24' }, /^tap address/],
    [{ address: '10.213.0.5/31', gateway: '10.213.0.4' }, /^tap address 10.213.0.5\/31: prefix \/31 is outside 1-30/],
    [{ address: '10.213.0.5/0' }, /prefix \/0 is outside 1-30/],
    [{ address: '10.213.0.0/24' }, /network or broadcast address/],
    [{ address: '10.213.0.255/24' }, /network or broadcast address/],
    [{ address: '224.0.0.5/24', gateway: '224.0.0.1' }, /not a unicast address/],
    [{ gateway: '10.9.0.1' }, /^tap gateway 10.9.0.1 is outside the subnet of address 10.213.0.5\/24/],
    [{ gateway: '10.213.0.5' }, /^tap gateway 10.213.0.5 is the Arrow's own address/],
    [{ gateway: 'gw' }, /^tap gateway "gw" is not an IPv4 address/],
    [{ mtu: 67 }, /^tap mtu 67/],
    [{ mtu: 1500.5 }, /^tap mtu/],
    [{ nameservers: ['1.1.1.1', '8.8.8.8', '9.9.9.9', '1.0.0.1'] }, /^tap nameservers: 4 given, at most 3/],
    [{ nameservers: ['dns.example'] }, /^tap nameserver "dns.example" is not an IP address/],
  ];
  for (const [change, message] of refused) {
    t.throws(() => checkTap({ ...good, ...change }, []), { instanceOf: InputError, message }, JSON.stringify(change));
  }
  t.throws(() => checkTap(good, [{ hostPort: 8080, guestPort: 80 }]), { instanceOf: InputError, message: /ports cannot be forwarded to an Arrow on a tap device/ });
});
