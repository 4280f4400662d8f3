// The QEMU command line for what templates and clones need: file-backed RAM, a restored VM,
// free page reporting, the TCG cache size and the guest RAM's size.
import test from 'ava';
import { guestRamBytes, qemuArgs, runPaths, DEFAULT_TRANSLATION_CACHE_MIB } from './qemu-args.ts';
import type { VmSpec } from './driver.ts';

const base: VmSpec = { kernelPath: '/k', initrdPath: '/i', cmdline: 'quiet', memoryMiB: 64, cpus: 1, runRoot: '/run' };
const paths = runPaths('/run/vm');
const option = (args: string[], name: string): string[] => args.flatMap((arg, i) => (args[i - 1] === name ? [arg] : []));

test('anonymous RAM by default; a memory file becomes the machine memory backend, shared or private', (t) => {
  const plain = qemuArgs(base, paths, 'tcg');
  t.false(plain.some((arg) => arg.includes('memory-backend')));
  const shared = qemuArgs({ ...base, memoryFile: { path: '/tpl/ram', shared: true } }, paths, 'tcg');
  t.true(option(shared, '-M')[0]!.endsWith(',memory-backend=mem'));
  t.deepEqual(option(shared, '-object'), ['memory-backend-file,id=mem,size=65544K,mem-path=/tpl/ram,share=on']);
  const clone = qemuArgs({ ...base, memoryFile: { path: '/a,b/ram', shared: false } }, paths, 'tcg');
  t.deepEqual(option(clone, '-object'), ['memory-backend-file,id=mem,size=65544K,mem-path=/a,,b/ram,share=off'], 'a comma in the path is escaped');
});

test('a restored VM waits for its state; free page reporting adds the balloon; the TCG cache is sized', (t) => {
  const restored = qemuArgs({ ...base, restoreFrom: '/tpl/state' }, paths, 'tcg');
  t.deepEqual(option(restored, '-incoming'), ['defer']);
  t.false(qemuArgs(base, paths, 'tcg').includes('-incoming'));
  t.deepEqual(option(qemuArgs({ ...base, freePageReporting: true }, paths, 'tcg'), '-device').at(-1), 'virtio-balloon-device,free-page-reporting=on');
  t.deepEqual(option(qemuArgs(base, paths, 'tcg'), '-accel'), [`tcg,tb-size=${DEFAULT_TRANSLATION_CACHE_MIB}`]);
  t.deepEqual(option(qemuArgs({ ...base, translationCacheMiB: 8 }, paths, 'tcg'), '-accel'), ['tcg,tb-size=8']);
  t.deepEqual(option(qemuArgs({ ...base, translationCacheMiB: 8 }, paths, 'kvm'), '-accel'), ['kvm']);
});

test('a NIC on user-mode networking or on a tap device; netdev net0 either way', (t) => {
  const user = qemuArgs({ ...base, network: { kind: 'user', portForwards: [{ hostPort: 8080, guestPort: 80 }] } }, paths, 'tcg');
  t.deepEqual(option(user, '-netdev'), ['user,id=net0,hostfwd=tcp:127.0.0.1:8080-:80']);
  const tap = qemuArgs({ ...base, network: { kind: 'tap', ifname: 'arw-tap0' } }, paths, 'tcg');
  t.deepEqual(option(tap, '-netdev'), ['tap,id=net0,ifname=arw-tap0,script=no,downscript=no']);
  t.deepEqual(option(user, '-device').filter((d) => d.startsWith('virtio-net')), ['virtio-net-device,netdev=net0']);
  t.deepEqual(option(tap, '-device').filter((d) => d.startsWith('virtio-net')), ['virtio-net-device,netdev=net0']);
  t.false(qemuArgs(base, paths, 'tcg').includes('-netdev'));
  for (const ifname of ['', 'a,script=/x', 'sixteen-chars-xx', 'a b', '..']) {
    t.throws(() => qemuArgs({ ...base, network: { kind: 'tap', ifname } }, paths, 'tcg'), { message: /tap device name/ }, ifname);
  }
});

test('under TCG the guest RAM is 8 KiB more than asked, so QEMU 7.2 syncs its dirty bitmap page by page; KVM gets it as asked', (t) => {
  t.is(guestRamBytes(64, 'tcg') % (256 * 1024), 8192, 'not a multiple of 256 KiB: not the fast path that misses TCG writes');
  t.deepEqual(option(qemuArgs(base, paths, 'tcg'), '-m'), ['65544K']);
  t.deepEqual(option(qemuArgs({ ...base, namedRam: true }, paths, 'tcg'), '-object'), ['memory-backend-ram,id=mem,size=65544K']);
  t.is(guestRamBytes(64, 'kvm'), 64 * 1024 * 1024);
  t.deepEqual(option(qemuArgs(base, paths, 'kvm'), '-m'), ['65536K']);
});
