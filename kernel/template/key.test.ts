// What identifies a template: every input that shapes the saved VM changes the key; where the
// same files sit does not. And what meta.json must hold before a template is used.
import test from 'ava';
import fc from 'fast-check';
import { metaProblem, requestKey, templateKey, TEMPLATE_FORMAT, type TemplateSpec } from './key.ts';

const spec: TemplateSpec = {
  kernelTemplate: 'default',
  kernelPath: '/cache/kernel/builds/k1/vmlinux',
  kernelDigest: `sha256:${'a'.repeat(64)}`,
  initrdPath: `/cache/initramfs/${'b'.repeat(64)}.cpio`,
  appPath: '/arrow/app',
  binaryName: 'app',
  binaryDigest: `sha256:${'c'.repeat(64)}`,
  cmdline: 'console=ttyS0 quiet',
  memoryMiB: 64,
  cpus: 1,
  network: false,
  accelerator: 'tcg',
  translationCacheMiB: 8,
  vmmIdentity: '/usr/bin/qemu-system-x86_64|123|1|1|7',
};

test('each input that shapes the saved VM gives another key; the request key ignores kernel, initramfs and QEMU', (t) => {
  const changes: Partial<TemplateSpec>[] = [
    { kernelDigest: `sha256:${'d'.repeat(64)}` },
    { initrdPath: `/cache/initramfs/${'e'.repeat(64)}.cpio` },
    { binaryDigest: `sha256:${'f'.repeat(64)}` },
    { appPath: '/arrow/busybox' },
    { memoryMiB: 128 },
    { cpus: 2 },
    { network: true },
    { accelerator: 'kvm' },
    { translationCacheMiB: 16 },
    { cmdline: 'console=ttyS0' },
    { vmmIdentity: '/usr/bin/qemu-system-x86_64|124|2|2|7' },
  ];
  const keys = new Set([templateKey(spec), ...changes.map((change) => templateKey({ ...spec, ...change }))]);
  t.is(keys.size, changes.length + 1);
  t.is(requestKey({ ...spec, kernelDigest: `sha256:${'d'.repeat(64)}`, vmmIdentity: 'other', initrdPath: '/x/other.cpio' }), requestKey(spec));
  t.not(requestKey({ ...spec, memoryMiB: 128 }), requestKey(spec));
});

test('the same files elsewhere (a moved cache) keep the key', (t) => {
  t.is(templateKey({ ...spec, kernelPath: '/elsewhere/vmlinux', initrdPath: `/moved/${'b'.repeat(64)}.cpio` }), templateKey(spec));
});

const key = templateKey(spec);
const goodMeta = {
  format: TEMPLATE_FORMAT,
  key,
  requestKey: requestKey(spec),
  createdAt: '2026-01-01T00:00:00.000Z',
  spec,
  vmmVersion: '7.2.22',
  ram: { bytes: 64 * 1024 * 1024 + 8192, sha256: '1'.repeat(64), stamp: '1|2|3|4|5' },
  state: { bytes: 43_000, sha256: '2'.repeat(64) },
  channel: { received: 1, sent: 0 },
  helloMs: 900,
  savedMs: 1000,
};

test('a sound meta.json passes; each damage is named', (t) => {
  t.is(metaProblem(goodMeta, key), undefined);
  const cases: [unknown, RegExp][] = [
    [null, /not an object/],
    [[], /not an object/],
    [{ ...goodMeta, format: TEMPLATE_FORMAT + 1 }, /format/],
    [{ ...goodMeta, key: 'f'.repeat(64) }, /another template/],
    [{ ...goodMeta, requestKey: 'x' }, /request key/],
    [{ ...goodMeta, spec: { ...spec, memoryMiB: -1 } }, /spec/],
    [{ ...goodMeta, ram: { ...goodMeta.ram, bytes: 1024 } }, /1024 bytes for 64 MiB/],
    [{ ...goodMeta, ram: { ...goodMeta.ram, bytes: 64 * 1024 * 1024 } }, /67108864 bytes for 64 MiB/], // no extra TCG page
    [{ ...goodMeta, ram: { ...goodMeta.ram, sha256: 'zz' } }, /no RAM file/],
    [{ ...goodMeta, state: { bytes: -5, sha256: '2'.repeat(64) } }, /no state file/],
    [{ ...goodMeta, channel: { received: 0, sent: 0 } }, /channel position/],
  ];
  for (const [value, problem] of cases) t.regex(metaProblem(value, key) ?? 'sound', problem);
});

test('arbitrary JSON is refused with a reason, never thrown on', (t) => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const problem = metaProblem(value, key);
      return typeof problem === 'string' && problem.length > 0;
    }),
  );
  t.pass();
});
