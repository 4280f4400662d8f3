// Host facts that decide how QEMU runs: the accelerator and, for TCG, the host's TSC rate.
import test from 'ava';
import { detectAccelerator, tscKhzFromCpuinfo } from './accel.ts';

const cpu = (flags: string, mhz = '2096.007'): string => `processor\t: 0\nmodel name\t: Some CPU\ncpu MHz\t\t: ${mhz}\nflags\t\t: fpu tsc ${flags}\n`;

test('the TSC rate comes from a virtual machine with a constant, non-stop TSC only', (t) => {
  t.is(tscKhzFromCpuinfo(cpu('constant_tsc nonstop_tsc hypervisor')), 2096007);
  t.is(tscKhzFromCpuinfo(cpu('hypervisor nonstop_tsc constant_tsc tsc_known_freq', '3000')), 3000000);
  t.is(tscKhzFromCpuinfo(cpu('constant_tsc nonstop_tsc')), undefined, 'bare metal: cpu MHz is the current clock');
  t.is(tscKhzFromCpuinfo(cpu('hypervisor constant_tsc')), undefined);
  for (const mhz of ['0.000', 'fast', '1e9', '']) t.is(tscKhzFromCpuinfo(cpu('constant_tsc nonstop_tsc hypervisor', mhz)), undefined, mhz);
  t.is(tscKhzFromCpuinfo(''), undefined);
});

test('KVM only with a hardware KVM module and /dev/kvm', (t) => {
  const only = (paths: string[]) => (path: string) => paths.includes(path);
  t.is(detectAccelerator('/sys/module', only(['/sys/module/kvm_intel', '/dev/kvm'])), 'kvm');
  t.is(detectAccelerator('/sys/module', only(['/sys/module/kvm_amd', '/dev/kvm'])), 'kvm');
  t.is(detectAccelerator('/sys/module', only(['/dev/kvm'])), 'tcg', 'a paravirtual KVM is not enough');
  t.is(detectAccelerator('/sys/module', only(['/sys/module/kvm_intel'])), 'tcg');
});
