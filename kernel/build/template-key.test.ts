// The template key: a pure function of (recipe, source tarball, fragments), computed without
// extracting the source or running make.
import test from 'ava';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplateFragments, UnknownTemplateError } from '../templates/index.ts';
import { DEFAULT_SOURCE_TARBALL, kernelTemplateKey, templateKeyOf } from './index.ts';
import { sha256File } from './source.ts';

const fragments = [{ name: 'base.config', text: 'CONFIG_PRINTK=y\n' }, { name: 'net.config', text: 'CONFIG_NET=y\n' }];
const source = 'a'.repeat(64);

test('any change of source, fragment text, fragment order or recipe gives another key', (t) => {
  const key = templateKeyOf(source, fragments);
  t.regex(key, /^[0-9a-f]{64}$/);
  t.is(templateKeyOf(source, fragments.map((f) => ({ ...f }))), key);
  t.not(templateKeyOf('b'.repeat(64), fragments), key);
  t.not(templateKeyOf(source, [fragments[0]!, { name: 'net.config', text: 'CONFIG_NET=n\n' }]), key);
  t.not(templateKeyOf(source, [fragments[1]!, fragments[0]!]), key);
  t.not(templateKeyOf(source, [fragments[0]!]), key);
  t.not(templateKeyOf(source, fragments, 2), key);
  // Text may not shift between fields: the same bytes split differently are another template.
  t.not(templateKeyOf(source, [{ name: 'a', text: 'b\0c' }]), templateKeyOf(source, [{ name: 'a\0b', text: 'c' }]));
});

test('on a machine with an empty cache the key needs only the tarball digest: nothing extracted, no make', async (t) => {
  const cacheDir = await mkdtemp(join(tmpdir(), 'arrow-template-key-'));
  t.teardown(() => rm(cacheDir, { recursive: true, force: true }));
  const { key, sourceDigest } = await kernelTemplateKey('default', { cacheDir });
  t.is(sourceDigest, await sha256File(DEFAULT_SOURCE_TARBALL));
  t.is(key, templateKeyOf(sourceDigest, await loadTemplateFragments('default')));
  t.not((await kernelTemplateKey('minimal', { cacheDir })).key, key);
  const written = await readdir(join(cacheDir, 'kernel'));
  t.deepEqual(written.filter((name) => ['src', 'tinyconfig', 'builds', 'work'].includes(name)), [], `nothing extracted, configured or built: ${written.join(', ')}`);
  t.true(written.length === 1 && written[0]!.endsWith('.json'), 'only the remembered tarball digest');
  await t.throwsAsync(kernelTemplateKey('no-such-template', { cacheDir }), { instanceOf: UnknownTemplateError });
  await t.throwsAsync(kernelTemplateKey('default', { cacheDir, tarball: join(cacheDir, 'missing.tar.xz') }), { message: /not found \(install Debian's linux-source/ });
});
