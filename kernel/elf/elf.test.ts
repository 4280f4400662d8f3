import test from 'ava';
import fc from 'fast-check';
import { readFile, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectElf, inspectElfFile, ElfError } from './index.ts';

const busybox = '/bin/busybox'; // Debian busybox-static: a static x86-64 binary
const dynamicLs = '/bin/ls';

test('a static busybox is accepted', async (t) => {
  const summary = await inspectElfFile(busybox);
  t.is(summary.machine, 'x86-64');
  t.true(summary.static);
});

test('a dynamically linked binary names its interpreter', async (t) => {
  const error = await t.throwsAsync(inspectElfFile(dynamicLs), { instanceOf: ElfError });
  t.regex(error!.message, /dynamically linked \(interpreter \/lib64\/ld-linux-x86-64\.so\.2\): Arrows need static binaries/);
});

test('non-ELF, missing file and directory are clear errors', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-elf-'));
  try {
    const script = join(dir, 'script.sh');
    await writeFile(script, '#!/bin/sh\necho hi\n');
    await t.throwsAsync(inspectElfFile(script), { instanceOf: ElfError, message: /not an ELF executable/ });
    await t.throwsAsync(inspectElfFile(join(dir, 'missing')), { instanceOf: ElfError, message: /no such file/ });
    await mkdir(join(dir, 'sub'));
    await t.throwsAsync(inspectElfFile(join(dir, 'sub')), { instanceOf: ElfError, message: /directory/ });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('other machines and 32-bit files are named', async (t) => {
  const original = new Uint8Array(await readFile(busybox)).slice(0, 65536);
  const arm64 = original.slice();
  arm64[18] = 0xb7;
  arm64[19] = 0;
  t.throws(() => inspectElf(arm64, 'app'), { instanceOf: ElfError, message: 'app is an ELF for AArch64: Arrows need x86-64 binaries' });
  const i386 = original.slice();
  i386[4] = 1;
  i386[18] = 0x03;
  t.throws(() => inspectElf(i386, 'app'), { message: /32-bit ELF for x86 \(i386\)/ });
});

test('a relocatable object is refused', async (t) => {
  const original = new Uint8Array(await readFile(busybox)).slice(0, 65536);
  original[16] = 1; // ET_REL
  t.throws(() => inspectElf(original, 'x.o'), { message: /type 1 \(not an executable/ });
});

test('arbitrary bytes either parse or fail with an ElfError, never anything else', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 256 }), fc.boolean(), (tail, withMagic) => {
      const bytes = withMagic ? Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, ...tail]) : tail;
      try {
        inspectElf(bytes);
      } catch (error) {
        if (!(error instanceof ElfError)) throw error;
      }
    }),
    { numRuns: 2000 },
  );
  t.pass();
});
