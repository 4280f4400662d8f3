// resolveDraft against a fake resolver: paths relative to the spec file, tags, digests, and
// errors that point at the field's line.
import test from 'ava';
import { createHash } from 'node:crypto';
import type { Artifact } from '../../scheduler/index.ts';
import { ArtifactLookupError, parseSpecYaml, resolveDraft, SpecFileError } from './index.ts';
import type { ArtifactPurpose, ArtifactResolver, LocalFileInfo } from './index.ts';

function digestOf(content: string): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/** A node and a disk in memory; records what it was asked, in order. */
class FakeResolver implements ArtifactResolver {
  readonly calls: string[] = [];
  readonly files = new Map<string, number>();
  readonly tags = new Map<string, Artifact>();
  readonly held = new Map<string, number>();
  withStat = true;

  async pushFile(path: string, purpose: ArtifactPurpose): Promise<Artifact> {
    this.calls.push(`push ${path} ${purpose.kind === 'file' ? purpose.guestPath : 'binary'}`);
    const size = this.files.get(path);
    if (size === undefined) throw new ArtifactLookupError(`${path} does not exist`);
    return { digest: digestOf(path), size };
  }
  async lookupTag(ref: string): Promise<Artifact> {
    this.calls.push(`tag ${ref}`);
    const artifact = this.tags.get(ref);
    if (!artifact) throw new ArtifactLookupError(`no artifact is tagged ${ref}`);
    return artifact;
  }
  async lookupDigest(digest: string): Promise<Artifact> {
    this.calls.push(`digest ${digest}`);
    const size = this.held.get(digest);
    if (size === undefined) throw new ArtifactLookupError(`no node holds ${digest}`);
    return { digest, size };
  }
  get stat(): ((path: string) => Promise<LocalFileInfo | undefined>) | undefined {
    if (!this.withStat) return undefined;
    return async (path) => {
      this.calls.push(`stat ${path}`);
      if (path.endsWith('/dir')) return { size: 4096, isFile: false };
      const size = this.files.get(path);
      return size === undefined ? undefined : { size, isFile: true };
    };
  }
}

const BUSYBOX: Artifact = { digest: digestOf('busybox'), size: 1_200_000 };
const MOTD: Artifact = { digest: digestOf('motd'), size: 64 };
const CONF_DIGEST = digestOf('held.conf');

function fakeNode(): FakeResolver {
  const resolver = new FakeResolver();
  resolver.files.set('specs/httpd', 900_000);
  resolver.files.set('specs/conf/app.conf', 300);
  resolver.files.set('/etc/shared.conf', 100);
  resolver.files.set('specs/big.conf', 300 * 1024);
  resolver.files.set('specs/empty', 0);
  resolver.tags.set('busybox:1.36', BUSYBOX);
  resolver.tags.set('motd:1', MOTD);
  resolver.held.set(CONF_DIGEST, 42);
  return resolver;
}

const SPEC = `name: web
binary: ./httpd
files:
  /etc/app.conf: conf/app.conf
  /etc/shared.conf: /etc/shared.conf
  /etc/held.conf: ${CONF_DIGEST}
  /etc/motd: motd:1
`;

test('paths are pushed relative to the spec file, tags and digests looked up', async (t) => {
  const resolver = fakeNode();
  const definition = await resolveDraft(parseSpecYaml(SPEC, 'specs/web.yaml'), resolver);
  // The binary keeps its file name: argv[0] in the guest (busybox picks its applet by it).
  t.deepEqual(definition.binary, { digest: digestOf('specs/httpd'), size: 900_000, name: 'httpd' });
  t.deepEqual(definition.files, [
    { path: '/etc/app.conf', digest: digestOf('specs/conf/app.conf'), size: 300 },
    { path: '/etc/held.conf', digest: CONF_DIGEST, size: 42 },
    { path: '/etc/motd', ...MOTD },
    { path: '/etc/shared.conf', digest: digestOf('/etc/shared.conf'), size: 100 },
  ]);
  // Every local file is checked before the first push.
  t.deepEqual(resolver.calls, [
    'stat specs/httpd',
    'stat specs/conf/app.conf',
    'stat /etc/shared.conf',
    'push specs/httpd binary',
    'push specs/conf/app.conf /etc/app.conf',
    `digest ${CONF_DIGEST}`,
    'tag motd:1',
    'push /etc/shared.conf /etc/shared.conf',
  ]);
  t.is(definition.restart, 'always');
  t.is(definition.kernel, 'default');
});

test('the same reference is resolved once', async (t) => {
  const resolver = fakeNode();
  resolver.withStat = false;
  const definition = await resolveDraft(
    parseSpecYaml('name: web\nbinary: ./httpd\nfiles:\n  /a: ./conf/app.conf\n  /b: conf/app.conf\n  /c: motd:1\n  /d: motd:1\n', 'specs/web.yaml'),
    resolver,
  );
  t.deepEqual(resolver.calls, ['push specs/httpd binary', 'push specs/conf/app.conf /a', 'tag motd:1']);
  t.is(definition.binary.name, 'httpd');
  const tagged = await resolveDraft(parseSpecYaml('name: web\nbinary: busybox:1.36\n', 'specs/web.yaml'), fakeNode());
  t.is(tagged.binary.name, 'busybox', "a tag's name");
  const held = fakeNode();
  held.held.set(BUSYBOX.digest, BUSYBOX.size);
  const digested = await resolveDraft(parseSpecYaml(`name: web\nbinary: ${BUSYBOX.digest}\n`, 'specs/web.yaml'), held);
  t.is(digested.binary.name, undefined, 'a bare digest names nothing');
  t.deepEqual(
    definition.files.map((f) => f.size),
    [300, 300, MOTD.size, MOTD.size],
  );
});

/** The error lines resolveDraft gives. */
async function resolveErrors(text: string, resolver: ArtifactResolver): Promise<string[]> {
  try {
    await resolveDraft(parseSpecYaml(text, 'specs/web.yaml'), resolver);
  } catch (error) {
    if (error instanceof SpecFileError) return error.message.split('\n');
    throw error;
  }
  throw new Error('resolved');
}

test('missing, odd and oversized local files are all reported before any push', async (t) => {
  const resolver = fakeNode();
  const errors = await resolveErrors(
    'name: web\nbinary: ./nope\nfiles:\n  /etc/a: ./dir\n  /etc/b: big.conf\n  /etc/c: conf/app.conf\n',
    resolver,
  );
  t.deepEqual(errors, [
    'specs/web.yaml:2: binary: ./nope does not exist',
    'specs/web.yaml:4: files./etc/a: ./dir is not a regular file',
    'specs/web.yaml:5: files./etc/b: big.conf is 300 KiB; a config file may be at most 256 KiB',
  ]);
  t.false(resolver.calls.some((c) => c.startsWith('push')));
  t.deepEqual(await resolveErrors('name: web\nbinary: ./empty\n', fakeNode()), ['specs/web.yaml:2: binary: ./empty is empty']);
});

test('without stat, the resolver\'s own errors carry the field\'s line', async (t) => {
  const resolver = fakeNode();
  resolver.withStat = false;
  const errors = await resolveErrors(
    `name: web\nbinary: ./nope\nfiles:\n  /etc/a: nope:1\n  /etc/b: sha256:${'ee'.repeat(32)}\n  /etc/c: big.conf\n`,
    resolver,
  );
  t.deepEqual(errors, [
    'specs/web.yaml:2: binary: specs/nope does not exist',
    'specs/web.yaml:4: files./etc/a: no artifact is tagged nope:1',
    `specs/web.yaml:5: files./etc/b: no node holds sha256:${'ee'.repeat(32)}`,
    'specs/web.yaml:6: files./etc/c: big.conf is 300 KiB; a config file may be at most 256 KiB',
  ]);
});

test('config files that add up to too much are refused at files:', async (t) => {
  const resolver = fakeNode();
  for (const name of ['a', 'b', 'c', 'd']) resolver.files.set(`specs/${name}`, 250 * 1024);
  const errors = await resolveErrors('name: web\nbinary: ./httpd\nfiles:\n  /a: a\n  /b: b\n  /c: c\n  /d: d\n', resolver);
  t.deepEqual(errors, ['specs/web.yaml:3: files: the files add up to 1000 KiB; an Arrow\'s config files may add up to at most 768 KiB']);
});

test('memory too small for the binary is reported once its size is known', async (t) => {
  // 900,000 bytes of app: 32M + 2M per MiB of app, rounded up = 34M.
  t.deepEqual(await resolveErrors('name: web\nbinary: ./httpd\nmemory: 33M\n', fakeNode()), [
    'specs/web.yaml:3: memory: 33M is too little for a 878.9 KiB binary: an Arrow with it needs at least 34M',
  ]);
  const definition = await resolveDraft(parseSpecYaml('name: web\nbinary: ./httpd\nmemory: 34M\n', 'specs/web.yaml'), fakeNode());
  t.is(definition.memory, 34);
});

test('errors that are not the spec\'s fault pass through', async (t) => {
  const resolver = fakeNode();
  resolver.pushFile = async () => {
    throw new Error('connect ECONNREFUSED 127.0.0.1:7070');
  };
  await t.throwsAsync(resolveDraft(parseSpecYaml(SPEC, 'specs/web.yaml'), resolver), { message: /ECONNREFUSED/ });
});

test('a resolver answering with nonsense is a bug, not a spec error', async (t) => {
  const wrongDigest = fakeNode();
  wrongDigest.lookupDigest = async () => ({ digest: digestOf('something else'), size: 1 });
  await t.throwsAsync(resolveDraft(parseSpecYaml(SPEC, 'specs/web.yaml'), wrongDigest), {
    message: `artifact resolver returned ${digestOf('something else')} for ${CONF_DIGEST}`,
  });
  const malformed = fakeNode();
  malformed.lookupTag = async () => ({ digest: 'md5:1', size: -1 });
  await t.throwsAsync(resolveDraft(parseSpecYaml(SPEC, 'specs/web.yaml'), malformed), {
    message: 'artifact resolver returned an invalid artifact for files./etc/motd: {"digest":"md5:1","size":-1}',
  });
});
