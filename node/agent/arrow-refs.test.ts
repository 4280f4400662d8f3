// Which `arrow:` references a node drops, and a keeper doing it on a real store: what an Arrow's
// current definition or running VMs name stays, what an update replaced or a stop let go becomes
// collectable, and what the node never ran (a push target) is never touched.
import test from 'ava';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../p2p/index.ts';
import type { ArtifactStore, Digest } from '../../p2p/index.ts';
import { ArrowRefKeeper, arrowRef, arrowsNeeded, digestsOfArrow, parseKnownArrows, staleArrowRefs } from './arrow-refs.ts';
import { allocationRecord, arrowRecord } from './testing.ts';
import type { ArrowRecord } from '../cluster/index.ts';

const d = (c: string) => `sha256:${c.repeat(64)}` as Digest;

test('references are dropped for replaced artifacts and forgotten Arrows only', (t) => {
  const held = [
    { digest: d('1'), refs: ['arrow:web', 'pin'] },
    { digest: d('2'), refs: ['arrow:web'] },
    { digest: d('3'), refs: ['arrow:gone', 'arrow:pushed', 'kernel:default'] },
  ];
  const wanted = new Map([['web', new Set([d('2')])]]);
  t.deepEqual(staleArrowRefs(held, wanted, new Set(['gone'])), [{ digest: d('1'), ref: 'arrow:web' }, { digest: d('3'), ref: 'arrow:gone' }]);
  t.deepEqual(staleArrowRefs(held, new Map([['web', new Set([d('1'), d('2')])]]), new Set()), [], 'nothing forgotten, everything wanted');
  t.deepEqual(staleArrowRefs(held, new Map(), new Set(['pin', 'default'])), [], 'only arrow: references are ever dropped');
});

function record(name: string, binary: Digest, files: Digest[] = []): ArrowRecord {
  return {
    ...arrowRecord(),
    name,
    definitionJson: JSON.stringify({
      name, type: 'service', binary: { digest: binary, size: 100 }, args: [], env: {}, kernel: 'default', cpu: 100, memory: 64, replicas: 1,
      restart: 'always', ports: [], files: files.map((digest, i) => ({ path: `/etc/f${i}`, digest, size: 10 })), priority: 50,
      constraints: [], affinities: [], requiresKvm: false, update: { maxParallel: 1 },
    }),
  };
}

test('the digests of an Arrow are its binary and files; a broken definition names none', (t) => {
  t.deepEqual(digestsOfArrow(record('web', d('a'), [d('b')])), [d('a'), d('b')]);
  t.deepEqual(digestsOfArrow({ ...arrowRecord(), definitionJson: '{not json' }), []);
});

test('a node needs the Arrows it runs a live allocation of or keeps a volume of, unless stopped', (t) => {
  const named = (name: string, fields: Partial<ArrowRecord> = {}) => ({ ...arrowRecord(), name, ...fields });
  const view = {
    allocations: [
      allocationRecord('a1', { arrow: 'web', status: 'running' }),
      allocationRecord('a2', { arrow: 'batch', status: 'complete', desired: 'run' }),
      allocationRecord('a3', { arrow: 'halted', status: 'running' }),
    ],
    arrows: [named('web'), named('batch'), named('halted', { stopped: true }), named('db')],
    volumes: [{ name: 'db', replicas: 2, primary: null, replicaNodes: [], holders: [] }],
  };
  t.deepEqual(arrowsNeeded(view).map((a) => a.name), ['web', 'db']);
});

async function storeWith(t: { teardown(fn: () => Promise<void>): void }): Promise<ArtifactStore> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-refs-'));
  const store = await openStore(join(dir, 'store'));
  t.teardown(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  return store;
}

test('a keeper lets go of an update\'s old binary once no VM runs it, and of a stopped Arrow; gc then removes them', async (t) => {
  const store = await storeWith(t);
  const put = async (text: string, ...refs: string[]) => {
    const info = await store.putBytes(Buffer.from(text), { ref: refs[0]! });
    for (const ref of refs.slice(1)) await store.addRef(info.digest, ref);
    return info.digest;
  };
  const oldBinary = await put('web v1', arrowRef('web'));
  const newBinary = await put('web v2', arrowRef('web'));
  const config = await put('web config', arrowRef('web'));
  const batch = await put('batch binary', arrowRef('batch'));
  const pushedHere = await put('pushed, runs elsewhere', arrowRef('elsewhere'));
  const pinned = await put('old but pinned', arrowRef('web'), 'pin');
  let inUse = new Map<string, Set<string>>([['web', new Set([oldBinary])]]);
  const keeper = new ArrowRefKeeper({ store, inUse: () => inUse, minIntervalMs: 0 });
  t.teardown(() => keeper.stop());
  const refsOf = async (digest: Digest) => (await store.stat(digest))?.refs.slice().sort() ?? [];

  // web was updated to v2 while its v1 VM still runs; batch is in the view.
  keeper.viewChanged([record('web', newBinary, [config]), record('batch', batch)]);
  await keeper.settled();
  t.deepEqual(await refsOf(oldBinary), ['arrow:web'], 'the running VM still needs v1');
  t.deepEqual(await refsOf(pinned), ['pin'], 'neither the definition nor a VM names it: only its other reference stays');

  // The v1 VM was replaced; batch ended and left the view.
  inUse = new Map([['web', new Set([newBinary, config])]]);
  keeper.viewChanged([record('web', newBinary, [config])]);
  await keeper.settled();
  t.deepEqual(await refsOf(oldBinary), []);
  t.deepEqual(await refsOf(batch), []);
  t.deepEqual(await refsOf(pinned), ['pin']);
  t.deepEqual(await refsOf(newBinary), ['arrow:web']);
  t.deepEqual(await refsOf(config), ['arrow:web']);
  t.deepEqual(await refsOf(pushedHere), ['arrow:elsewhere'], 'an Arrow this node never saw in its view keeps its copy');

  const collected = await store.gc();
  t.deepEqual(collected.removed.slice().sort(), [oldBinary, batch].sort());

  // web is stopped: gone from the view, no VM left.
  inUse = new Map();
  keeper.viewChanged([]);
  await keeper.settled();
  t.deepEqual(await refsOf(newBinary), []);
  t.deepEqual(await refsOf(config), []);
  t.deepEqual(await refsOf(pushedHere), ['arrow:elsewhere']);
});

test('an Arrow that leaves the view keeps its references while a VM here still runs it', async (t) => {
  const store = await storeWith(t);
  const binary = (await store.putBytes(Buffer.from('moving'), { ref: arrowRef('mover') })).digest;
  let inUse = new Map<string, Set<string>>([['mover', new Set([binary])]]);
  const keeper = new ArrowRefKeeper({ store, inUse: () => inUse, minIntervalMs: 0 });
  t.teardown(() => keeper.stop());
  keeper.viewChanged([record('mover', binary)]);
  await keeper.settled();
  keeper.viewChanged([]); // moved away, its VM not yet gone
  await keeper.settled();
  t.deepEqual((await store.stat(binary))?.refs, ['arrow:mover']);
  inUse = new Map();
  keeper.viewChanged([]);
  await keeper.settled();
  t.deepEqual((await store.stat(binary))?.refs, []);
});

test('the Arrows a node needed outlive a restart: the next keeper lets go of them too', async (t) => {
  const store = await storeWith(t);
  const stateFile = join(store.dataDir, '..', 'arrows-needed.json');
  const binary = (await store.putBytes(Buffer.from('web'), { ref: arrowRef('web') })).digest;
  const first = new ArrowRefKeeper({ store, inUse: () => new Map(), minIntervalMs: 0, stateFile });
  first.viewChanged([record('web', binary)]);
  await first.settled();
  await first.stop();
  t.deepEqual(JSON.parse(await readFile(stateFile, 'utf8')), ['web']);

  // A restarted node whose view no longer needs web (stopped, or replaced elsewhere while it was down).
  const second = new ArrowRefKeeper({ store, inUse: () => new Map(), minIntervalMs: 0, stateFile });
  t.teardown(() => second.stop());
  second.viewChanged([]);
  await second.settled();
  t.deepEqual((await store.stat(binary))?.refs, []);
  t.deepEqual(JSON.parse(await readFile(stateFile, 'utf8')), []);
});

test('an unusable state file is reported and every reference kept', async (t) => {
  const store = await storeWith(t);
  const stateFile = join(store.dataDir, '..', 'arrows-needed.json');
  const binary = (await store.putBytes(Buffer.from('web'), { ref: arrowRef('web') })).digest;
  await writeFile(stateFile, '["web", {"not": "a name"}]');
  const warnings: string[] = [];
  const logger = { info: () => {}, warn: (fields: object, message: string) => void warnings.push(`${message} ${JSON.stringify(fields)}`) };
  const keeper = new ArrowRefKeeper({ store, inUse: () => new Map(), minIntervalMs: 0, stateFile, logger });
  t.teardown(() => keeper.stop());
  keeper.viewChanged([]);
  await keeper.settled();
  t.deepEqual((await store.stat(binary))?.refs, ['arrow:web']);
  t.is(warnings.length, 1);
  t.regex(warnings[0]!, /unusable.*not an Arrow name/);
});

test('state files: names only, bounded', (t) => {
  t.deepEqual(parseKnownArrows('["web","db-1"]'), ['web', 'db-1']);
  t.is(parseKnownArrows('{'), 'not JSON');
  t.is(parseKnownArrows('{"web":1}'), 'not a list');
  t.regex(parseKnownArrows('["../etc"]') as string, /not an Arrow name/);
  t.regex(parseKnownArrows(JSON.stringify(['a'.repeat(2 * 1024 * 1024)])) as string, /larger than/);
});
