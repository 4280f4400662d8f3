import test from 'ava';
import { describeMismatches, mergeKconfig, parseKconfig, verifyKconfig, loadTemplateFragments, templateNames, UnknownTemplateError } from './index.ts';

const tiny = ['#', '# Automatically generated file; DO NOT EDIT.', '#', 'CONFIG_CC_VERSION_TEXT="gcc 12"', '# CONFIG_64BIT is not set', 'CONFIG_KERNEL_XZ=y', '# CONFIG_PRINTK is not set', ''].join('\n');

test('parse reads set and unset symbols and rejects junk lines', (t) => {
  t.deepEqual(
    parseKconfig('CONFIG_A=y\n# CONFIG_B is not set\n# comment\n\nCONFIG_C="x y"\n', 'f').map((a) => [a.symbol, a.value]),
    [['A', 'y'], ['B', 'n'], ['C', '"x y"']],
  );
  t.throws(() => parseKconfig('CONFIG_A=y\nCONIFG_B=y\n', 'frag.config'), { message: /frag\.config:2: not a Kconfig assignment/ });
  t.throws(() => parseKconfig('CONFIG_A=\n', 'f'), { message: /f:1: CONFIG_A has an empty value/ });
});

test('merge overrides base symbols in place, appends new ones, later fragment wins', (t) => {
  const merged = mergeKconfig(tiny, [
    { name: 'base.config', text: 'CONFIG_64BIT=y\nCONFIG_TTY=y\n# CONFIG_KERNEL_XZ is not set\nCONFIG_NET=y\n' },
    { name: 'net.config', text: '# CONFIG_NET is not set\nCONFIG_VIRTIO_NET=y\n' },
  ]);
  const lines = merged.split('\n');
  t.is(lines[4], 'CONFIG_64BIT=y'); // same position as in the base
  t.is(lines[5], '# CONFIG_KERNEL_XZ is not set');
  t.is(lines[6], '# CONFIG_PRINTK is not set'); // untouched
  t.true(merged.endsWith('CONFIG_TTY=y\n# CONFIG_NET is not set\nCONFIG_VIRTIO_NET=y\n'));
  t.is(merged.match(/CONFIG_NET\b/g)?.length, 1);
  t.is(mergeKconfig(tiny, [{ name: 'x', text: 'CONFIG_TTY=y\n' }]), mergeKconfig(tiny, [{ name: 'x', text: 'CONFIG_TTY=y\n' }]));
});

test('verify names every symbol the resolved config lost', (t) => {
  const fragments = [
    { name: 'base.config', text: 'CONFIG_A=y\nCONFIG_B=y\n# CONFIG_C is not set\nCONFIG_D=y\n' },
    { name: 'net.config', text: 'CONFIG_E=y\nCONFIG_D=m\n' },
  ];
  const resolved = 'CONFIG_A=y\n# CONFIG_B is not set\nCONFIG_C=y\nCONFIG_D=m\n';
  const mismatches = verifyKconfig(resolved, fragments);
  t.deepEqual(mismatches.map((m) => [m.symbol, m.wanted, m.got]), [['B', 'y', 'n'], ['C', 'n', 'y'], ['E', 'y', 'n']]);
  const message = describeMismatches(mismatches);
  t.regex(message, /CONFIG_B: wanted y, got n \(set at base\.config:2\)/);
  t.regex(message, /CONFIG_E: wanted y, got n \(set at net\.config:1\)/);
  t.deepEqual(verifyKconfig('CONFIG_A=y\nCONFIG_B=y\nCONFIG_D=m\nCONFIG_E=y\n', fragments), []);
});

test('the shipped templates parse and have the expected features', async (t) => {
  t.deepEqual(templateNames(), ['default', 'minimal', 'vsock']);
  const def = await loadTemplateFragments('default');
  t.deepEqual(def.map((f) => f.name), ['base.config', 'net.config']);
  const symbols = new Set(def.flatMap((f) => parseKconfig(f.text, f.name).map((a) => a.symbol)));
  for (const s of ['VIRTIO_MMIO', 'VIRTIO_CONSOLE', 'BLK_DEV_INITRD', 'DEVTMPFS', 'TMPFS', 'VIRTIO_NET', 'IP_PNP', 'SERIAL_8250_CONSOLE']) t.true(symbols.has(s), s);
  const minimal = await loadTemplateFragments('minimal');
  t.false(minimal.some((f) => f.text.includes('VIRTIO_NET')));
  const error = await t.throwsAsync(loadTemplateFragments('huge'), { instanceOf: UnknownTemplateError });
  t.regex(error?.message ?? '', /unknown kernel template "huge"; known templates: default, minimal, vsock/);
  await t.throwsAsync(loadTemplateFragments('toString'), { instanceOf: UnknownTemplateError });
});
