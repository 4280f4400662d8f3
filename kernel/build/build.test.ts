// Template builds against the real kernel source. The first run on a machine compiles the
// default template (5-10 minutes on 2 cores); every later run, and every other test file that
// needs it, hits the machine cache.
import test from 'ava';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openStore } from '../../p2p/index.ts';
import { UnknownTemplateError } from '../templates/index.ts';
import { buildKernel, buildTemplate, hasPvhEntry, listTemplates, parseMakefileVersion } from './index.ts';
import type { BuildProgress } from './index.ts';

test('a second build is a cache hit with the same digest and no make run', async (t) => {
  t.timeout(45 * 60_000);
  const dir = await mkdtemp(join(tmpdir(), 'arrow-build-test-'));
  const store = await openStore(join(dir, 'data'));
  t.teardown(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  const dataDir = join(dir, 'data');
  const first = await buildTemplate({ template: 'default', store, dataDir });
  t.regex(first.digest, /^sha256:[0-9a-f]{64}$/);
  // The image is the uncompressed, stripped PVH vmlinux (~16 MB: 2 MiB-aligned segments).
  t.true(first.size > 2_000_000 && first.size < 32_000_000, `vmlinux size ${first.size}`);
  t.regex(first.sourceVersion, /^6\.1\.\d+/);
  const blob = await readFile(first.imagePath);
  t.is(`sha256:${createHash('sha256').update(blob).digest('hex')}`, first.digest);

  const events: BuildProgress[] = [];
  const started = Date.now();
  const second = await buildTemplate({ template: 'default', store, dataDir, onProgress: (p) => events.push(p) });
  const elapsed = Date.now() - started;
  t.true(second.cached);
  t.is(second.digest, first.digest);
  t.is(second.key, first.key);
  t.false(events.some((e) => e.phase === 'compile' || (e.phase === 'configure' && e.message.includes('olddefconfig'))), JSON.stringify(events));
  t.true(elapsed < 5000, `cache hit took ${elapsed} ms`);

  const rows = await listTemplates(dataDir);
  t.deepEqual(rows.map((r) => r.template), ['default', 'minimal', 'vsock']);
  t.is(rows.find((r) => r.template === 'default')?.record?.digest, first.digest);
  t.is(rows.find((r) => r.template === 'minimal')?.record, undefined);
});

test('the cached build keeps the resolved config with the template features', async (t) => {
  t.timeout(45 * 60_000);
  const build = await buildKernel({ template: 'default' });
  const config = await readFile(build.configPath, 'utf8');
  for (const line of ['CONFIG_VIRTIO_MMIO=y', 'CONFIG_VIRTIO_CONSOLE=y', 'CONFIG_VIRTIO_NET=y', 'CONFIG_IP_PNP=y', 'CONFIG_DEVTMPFS=y', 'CONFIG_KERNEL_LZ4=y', 'CONFIG_PVH=y']) {
    t.true(config.split('\n').includes(line), line);
  }
  t.false(config.includes('CONFIG_MODULES=y'), 'a single-task kernel has no modules');
  t.true(hasPvhEntry(config));
});

test('the image Arrows boot is an ELF with a PVH entry note, next to the bzImage', async (t) => {
  t.timeout(45 * 60_000);
  const build = await buildKernel({ template: 'default' });
  t.is(basename(build.imagePath), 'vmlinux');
  const elf = await readFile(build.imagePath);
  t.deepEqual([...elf.subarray(0, 4)], [0x7f, 0x45, 0x4c, 0x46], 'ELF magic');
  t.true(pvhEntryNote(elf), 'QEMU boots an ELF kernel only through the XEN_ELFNOTE_PHYS32_ENTRY note');
  const bzImage = await readFile(build.bzImagePath);
  t.is(bzImage.toString('latin1', 0x202, 0x206), 'HdrS', 'bzImage boot protocol header');
});

/** Whether an ELF64 file has a "Xen" note of type 18 (XEN_ELFNOTE_PHYS32_ENTRY), the PVH entry. */
function pvhEntryNote(elf: Buffer): boolean {
  const phoff = Number(elf.readBigUInt64LE(0x20));
  const phentsize = elf.readUInt16LE(0x36);
  const phnum = elf.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (elf.readUInt32LE(ph) !== 4) continue; // PT_NOTE
    const offset = Number(elf.readBigUInt64LE(ph + 8));
    const end = offset + Number(elf.readBigUInt64LE(ph + 32));
    for (let at = offset; at + 12 <= end; ) {
      const nameSize = elf.readUInt32LE(at);
      const descSize = elf.readUInt32LE(at + 4);
      const type = elf.readUInt32LE(at + 8);
      const name = elf.toString('latin1', at + 12, at + 12 + nameSize).replace(/\0+$/, '');
      if (name === 'Xen' && type === 18) return true;
      at += 12 + Math.ceil(nameSize / 4) * 4 + Math.ceil(descSize / 4) * 4;
    }
  }
  return false;
}

test('an unknown template fails before any work, naming the known ones', async (t) => {
  const error = await t.throwsAsync(buildKernel({ template: 'gigantic' }), { instanceOf: UnknownTemplateError });
  t.regex(error?.message ?? '', /known templates: default, minimal, vsock/);
});

test('the kernel version comes from the top Makefile', (t) => {
  t.is(parseMakefileVersion('# SPDX\nVERSION = 6\nPATCHLEVEL = 1\nSUBLEVEL = 192\nEXTRAVERSION =\nNAME = x\n'), '6.1.192');
  t.is(parseMakefileVersion('VERSION = 6\nPATCHLEVEL = 1\nSUBLEVEL = 0\nEXTRAVERSION = -rc1\n'), '6.1.0-rc1');
  t.throws(() => parseMakefileVersion('VERSION = 6\n'), { message: /no PATCHLEVEL line/ });
});
