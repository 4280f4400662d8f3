import test from 'ava';
import fc from 'fast-check';
import { digestOf } from '../p2p/index.ts';
import { arrow } from './proto/shadowfs.pb.js';
import {
  MAX_CHUNK_BYTES, MAX_ENTRIES, MAX_MANIFEST_BYTES, ManifestError, buildManifest, decodeManifest, diffManifests, encodeManifest, manifestDigest,
} from './index.ts';
import type { Entry, Manifest, ManifestProblem } from './index.ts';

const mtime = { sec: 1_700_000_000, nsec: 123 };
const chunkA = { digest: digestOf(new Uint8Array([1])), size: 1000 };
const chunkB = { digest: digestOf(new Uint8Array([2])), size: 24 };

function sample(): Manifest {
  const entries: Entry[] = [
    { path: 'etc/app.conf', type: 'file', mode: 0o644, mtime, size: 1024, chunks: [chunkA, chunkB] },
    { path: 'data', type: 'dir', mode: 0o755, mtime },
    { path: 'etc', type: 'dir', mode: 0o750, mtime },
    { path: 'data/empty', type: 'file', mode: 0o600, mtime: { sec: 0, nsec: 0 }, size: 0, chunks: [] },
    { path: 'data/link', type: 'symlink', mode: 0, mtime, target: '../etc/app.conf' },
    { path: 'data/ünïcødé 名前', type: 'file', mode: 0o4755, mtime, size: 24, chunks: [chunkB] },
  ];
  return buildManifest(0o755, entries);
}

type WireEntry = arrow.shadowfs.Entry.$Properties;
const wireChunk = (size: number, digestBytes = 32) => ({ sha256: new Uint8Array(digestBytes).fill(7), size });
const dir = (path: string): WireEntry => ({ path, type: 2, mode: 0o755 });
const file = (path: string, size = 10, chunks = [wireChunk(size)]): WireEntry => ({ path, type: 1, mode: 0o644, size, chunks });

function wire(entries: WireEntry[], extra: Partial<arrow.shadowfs.Manifest.$Properties> = {}): Uint8Array {
  return arrow.shadowfs.Manifest.encode({ version: 1, rootMode: 0o755, entries, ...extra }).finish();
}

function refused(t: import('ava').ExecutionContext, bytes: Uint8Array, problem: ManifestProblem, message: RegExp): void {
  const error = t.throws(() => decodeManifest(bytes), { instanceOf: ManifestError });
  t.is(error?.problem, problem, error?.message);
  t.regex(error?.message ?? '', message);
}

test('a manifest round-trips through its canonical encoding, and its digest names the tree', (t) => {
  const manifest = sample();
  t.deepEqual(manifest.entries.map((e) => e.path), ['data', 'data/empty', 'data/link', 'data/ünïcødé 名前', 'etc', 'etc/app.conf']);
  const bytes = encodeManifest(manifest);
  t.deepEqual(decodeManifest(bytes), manifest);
  // Another input order gives the same bytes.
  const shuffled = buildManifest(0o755, [...manifest.entries].reverse());
  t.is(manifestDigest(encodeManifest(shuffled)), manifestDigest(bytes));
  t.deepEqual(decodeManifest(encodeManifest(buildManifest(0, []))), { rootMode: 0, entries: [] });
});

test('paths that leave the root or are not plain relative paths are refused', (t) => {
  refused(t, wire([dir('..')]), 'path-traversal', /"\.\." component/);
  refused(t, wire([dir('a'), file('a/../../etc/passwd')]), 'path-traversal', /"\.\." component/);
  refused(t, wire([dir('a'), file('a/./b')]), 'path-traversal', /"\." component/);
  refused(t, wire([file('/etc/passwd')]), 'path-traversal', /absolute path/);
  refused(t, wire([file('a\0b')]), 'bad-path', /NUL/);
  refused(t, wire([dir('a'), file('a//b')]), 'bad-path', /empty component/);
  refused(t, wire([dir('a'), file('a/')]), 'bad-path', /empty component/);
  refused(t, wire([file('')]), 'bad-path', /empty path/);
  refused(t, wire([file('x'.repeat(256))]), 'bad-path', /longer than 255/);
});

test('duplicates, unsorted entries, missing parents and entries under non-directories are refused', (t) => {
  refused(t, wire([file('a'), file('a')]), 'duplicate-path', /"a": listed twice/);
  refused(t, wire([file('b'), file('a')]), 'unsorted', /not in the order/);
  refused(t, wire([file('a/b')]), 'missing-parent', /"a" is not listed/);
  refused(t, wire([file('a'), file('a/b')]), 'not-a-directory', /"a\/b": its parent "a" is a file/);
  refused(t, wire([{ path: 'l', type: 3, target: '/etc' }, file('l/passwd')]), 'not-a-directory', /is a symlink/);
});

test('sizes that do not match the chunks, bad chunks and bad types are refused', (t) => {
  refused(t, wire([file('a', 11, [wireChunk(10)])]), 'size-mismatch', /size 11 but its chunks hold 10/);
  refused(t, wire([file('a', 0, [wireChunk(10)])]), 'size-mismatch', /size 0/);
  refused(t, wire([file('a', MAX_CHUNK_BYTES + 1, [wireChunk(MAX_CHUNK_BYTES + 1)])]), 'bad-chunk', /chunk of 262145 bytes/);
  refused(t, wire([file('a', 0, [wireChunk(0)])]), 'bad-chunk', /chunk of 0 bytes/);
  refused(t, wire([file('a', 10, [wireChunk(10, 31)])]), 'bad-chunk', /31 bytes, expected 32/);
  refused(t, wire([{ path: 'd', type: 2, size: 5 }]), 'bad-type', /directory has a size/);
  refused(t, wire([{ path: 'l', type: 3, target: '' }]), 'bad-symlink', /target/);
  refused(t, wire([{ path: 'l', type: 3, target: 'x', size: 3, chunks: [wireChunk(3)] }]), 'bad-type', /symlink has a size/);
  refused(t, wire([{ path: 'x', type: 9 }]), 'bad-type', /unknown entry type 9/);
  refused(t, wire([{ path: 'x', type: 1, mode: 0o10000 }]), 'bad-mode', /mode 4096/);
  refused(t, wire([], { version: 2 }), 'bad-version', /version 2/);
});

test('oversized, overfull, garbage and non-canonical manifests are refused', (t) => {
  refused(t, new Uint8Array(MAX_MANIFEST_BYTES + 1), 'too-large', /limit is 67108864/);
  const many: WireEntry[] = [];
  for (let i = 0; i <= MAX_ENTRIES; i++) many.push(dir(`d${i.toString().padStart(7, '0')}`));
  refused(t, wire(many), 'too-many-entries', /250001 entries, the limit is 250000/);
  refused(t, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), 'malformed', /not a protobuf Manifest/);
  // Explicit defaults, unknown fields: another encoding of a valid tree, hence another digest.
  const valid = encodeManifest(sample());
  // version 1, then root_mode written explicitly as 0 (protobufjs omits it; another encoder may not).
  refused(t, new Uint8Array([0x08, 0x01, 0x10, 0x00]), 'not-canonical', /explicit defaults/);
  // Fields out of order: root_mode before version.
  refused(t, new Uint8Array([0x10, 0xed, 0x03, 0x08, 0x01]), 'not-canonical', /field order/);
  const unknownField = Buffer.concat([Buffer.from(valid), Buffer.from([0x78, 0x01])]); // field 15, varint 1
  refused(t, unknownField, 'not-canonical', /unknown fields/);
  // Limits chosen by the caller are honoured too.
  t.throws(() => decodeManifest(valid, { maxBytes: 1000 }), { message: /over-size-limit/ });
});

test('property: decoding arbitrary or mutated bytes either gives a valid manifest or a ManifestError', (t) => {
  const valid = encodeManifest(sample());
  fc.assert(fc.property(
    fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([at, value]) => {
        const copy = valid.slice();
        copy[at] = value;
        return copy;
      }),
    ),
    (bytes) => {
      try {
        const manifest = decodeManifest(bytes);
        // Anything accepted re-encodes to exactly the input.
        t.true(Buffer.from(encodeManifest(manifest)).equals(Buffer.from(bytes)));
      } catch (error) {
        t.true(error instanceof ManifestError, String(error));
      }
    },
  ), { numRuns: 2000 });
});

test('diff lists added, removed and changed paths and only the chunks the old side lacks', (t) => {
  const a = sample();
  const chunkC = { digest: digestOf(new Uint8Array([3])), size: 500 };
  const b = buildManifest(0o755, [
    ...a.entries.filter((e) => e.path !== 'data/empty' && e.path !== 'etc/app.conf'),
    { path: 'etc/app.conf', type: 'file', mode: 0o644, mtime, size: 1500, chunks: [chunkA, chunkC] },
    { path: 'etc/new', type: 'file', mode: 0o644, mtime, size: 500, chunks: [chunkC] },
  ]);
  const diff = diffManifests(a, b);
  t.deepEqual(diff.added, ['etc/new']);
  t.deepEqual(diff.removed, ['data/empty']);
  t.deepEqual(diff.changed, ['etc/app.conf']);
  t.deepEqual(diff.missingChunks, [chunkC]);
  t.is(diff.missingBytes, 500);
  const same = diffManifests(a, a);
  t.deepEqual([same.added, same.removed, same.changed, same.missingChunks], [[], [], [], []]);
});

test('property: any entry list is either refused with a ManifestError or accepted as a safe tree that round-trips', (t) => {
  const component = fc.constantFrom('a', 'b', 'é', '..', '.', '', 'x y');
  const path = fc.array(component, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
  const entry = fc.oneof(
    fc.record({ path, type: fc.constant('dir' as const), mode: fc.constantFrom<number>(0o755, 0o10000), mtime: fc.constant(mtime) }),
    fc.record({
      path, type: fc.constant('file' as const), mode: fc.constant(0o644), mtime: fc.constant(mtime),
      size: fc.constantFrom<number>(0, 1000, 1024), chunks: fc.constantFrom<Array<typeof chunkA>>([], [chunkA], [chunkA, chunkB]),
    }),
    fc.record({ path, type: fc.constant('symlink' as const), mode: fc.constant(0), mtime: fc.constant(mtime), target: fc.constantFrom('a', '/etc', '') }),
  );
  let accepted = 0;
  fc.assert(fc.property(fc.array(entry as fc.Arbitrary<Entry>, { maxLength: 8 }), (entries) => {
    let manifest: Manifest;
    try {
      manifest = buildManifest(0o700, entries);
    } catch (error) {
      t.true(error instanceof ManifestError, String(error));
      return;
    }
    accepted++;
    const kinds = new Map(manifest.entries.map((e) => [e.path, e.type]));
    t.is(kinds.size, manifest.entries.length);
    for (const e of manifest.entries) {
      const parts = e.path.split('/');
      t.false(parts.some((p) => p === '' || p === '.' || p === '..'));
      if (parts.length > 1) t.is(kinds.get(parts.slice(0, -1).join('/')), 'dir');
      if (e.type === 'file') t.is(e.chunks.reduce((sum, c) => sum + c.size, 0), e.size);
    }
    t.deepEqual(decodeManifest(encodeManifest(manifest)), manifest);
  }), { numRuns: 1500 });
  t.true(accepted > 50, `${accepted} lists accepted`);
});
