import test from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Level } from 'level';
import { arrow } from '../proto/raft.pb.js';
import { LevelRaftStorage, entryKey } from './index.ts';
import { formatKey } from './keys.ts';

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-raft-storage-'));
  tempDirs.push(dir);
  return dir;
}
test.after.always(async () => {
  await Promise.all(tempDirs.map((d) => rm(d, { recursive: true, force: true })));
});

const entry = (index: number, term: number, text = `e${index}`) => ({ index, term, type: arrow.raft.EntryType.NORMAL, data: new TextEncoder().encode(text) });
const entryRange = (from: number, to: number, term: number) => Array.from({ length: to - from + 1 }, (_, i) => entry(from + i, term));
const summary = (entries: { index: number; term: number; data: Uint8Array }[]) => entries.map((e) => `${e.index}@${e.term}:${new TextDecoder().decode(e.data)}`);

async function reopen(dir: string) {
  const storage = await LevelRaftStorage.open(dir);
  const state = await storage.load();
  return { storage, state };
}

/** Writes raw bytes into the database, as a crash or a bug could have left them. */
async function writeRaw(dir: string, key: Uint8Array, value: Uint8Array) {
  const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
  await db.open();
  await db.put(key, value, { sync: true });
  await db.close();
}

test('a fresh directory loads an empty state', async (t) => {
  const { storage, state } = await reopen(await tempDir());
  t.deepEqual(state.entries, []);
  t.is(state.snapshot, null);
  t.is(state.hardState.term, 0);
  t.deepEqual(state.warnings, []);
  await storage.close();
});

test('entries and hard state survive a restart', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  await a.storage.save({ entries: entryRange(1, 5, 1), hardState: { term: 1, vote: 'n1', commit: 3 } }, true);
  await a.storage.save({ entries: entryRange(6, 7, 2), hardState: { term: 2, vote: 'n2', commit: 6 } }, false);
  await a.storage.close();
  const b = await reopen(dir);
  t.deepEqual(summary(b.state.entries), ['1@1:e1', '2@1:e2', '3@1:e3', '4@1:e4', '5@1:e5', '6@2:e6', '7@2:e7']);
  t.is(b.state.hardState.term, 2);
  t.is(b.state.hardState.vote, 'n2');
  t.is(b.state.hardState.commit, 6);
  t.is(b.storage.lastIndex, 7);
  await b.storage.close();
});

test('a conflicting append deletes the old tail in the same batch', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  await a.storage.save({ entries: entryRange(1, 6, 1) }, true);
  await a.storage.save({ entries: [entry(4, 2, 'new4')] }, true);
  t.is(a.storage.lastIndex, 4);
  await a.storage.close();
  const b = await reopen(dir);
  t.deepEqual(summary(b.state.entries), ['1@1:e1', '2@1:e2', '3@1:e3', '4@2:new4']);
  await b.storage.close();
});

test('entries that do not follow the log are refused', async (t) => {
  const { storage } = await reopen(await tempDir());
  await storage.save({ entries: entryRange(1, 3, 1) }, true);
  await t.throwsAsync(storage.save({ entries: [entry(5, 1)] }, true), { instanceOf: RangeError });
  await t.throwsAsync(storage.save({ entries: [entry(4, 1), entry(6, 1)] }, true), { instanceOf: RangeError });
  t.is(storage.lastIndex, 3);
  await storage.close();
});

test('a torn tail record is truncated with a warning', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  await a.storage.save({ entries: entryRange(1, 5, 1), hardState: { term: 1, commit: 2 } }, true);
  await a.storage.close();
  // Index 4 holds half a record (a varint length that runs off the end): unreadable.
  await writeRaw(dir, entryKey(4), Uint8Array.of(0x22, 0x7f, 0x01));
  const b = await reopen(dir);
  t.deepEqual(summary(b.state.entries), ['1@1:e1', '2@1:e2', '3@1:e3']);
  t.is(b.state.warnings.length, 1);
  t.regex(b.state.warnings[0]!, /truncated at index 4/);
  t.is(b.storage.lastIndex, 3);
  // The repair is durable and the log continues from the cut.
  await b.storage.save({ entries: [entry(4, 2, 'again')] }, true);
  await b.storage.close();
  const c = await reopen(dir);
  t.deepEqual(summary(c.state.entries), ['1@1:e1', '2@1:e2', '3@1:e3', '4@2:again']);
  t.deepEqual(c.state.warnings, []);
  await c.storage.close();
});

test('entries a damaged run shadowed do not come back at the next load', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  await a.storage.save({ entries: entryRange(1, 6, 1), hardState: { term: 1, commit: 2 } }, true);
  await a.storage.close();
  // The run at 4 (shadowing 4..6 of the run at 1) is damaged: the log ends at 3.
  await writeRaw(dir, entryKey(4), Uint8Array.of(0x22, 0x7f, 0x01));
  const b = await reopen(dir);
  t.deepEqual(summary(b.state.entries), ['1@1:e1', '2@1:e2', '3@1:e3']);
  await b.storage.close();
  // Restarted again before writing anything: the run at 1 must not show 4..6 again.
  const c = await reopen(dir);
  t.deepEqual(summary(c.state.entries), ['1@1:e1', '2@1:e2', '3@1:e3']);
  t.deepEqual(c.state.warnings, []);
  t.is(c.storage.lastIndex, 3);
  await c.storage.close();
});

test('a record whose index disagrees with its key, or a gap, ends the log', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  await a.storage.save({ entries: entryRange(1, 3, 1) }, true);
  await a.storage.close();
  await writeRaw(dir, entryKey(5), arrow.raft.EntryRun.encode({ entries: [entry(5, 1)] }).finish()); // gap at 4
  const b = await reopen(dir);
  t.is(b.state.entries.length, 3);
  t.regex(b.state.warnings[0] ?? '', /gap/);
  await b.storage.close();
  await writeRaw(dir, entryKey(4), arrow.raft.EntryRun.encode({ entries: [entry(9, 1)] }).finish());
  const c = await reopen(dir);
  t.is(c.state.entries.length, 3);
  t.regex(c.state.warnings[0] ?? '', /holds index 9/);
  await c.storage.close();
});

test('a commit index beyond the repaired log is clamped', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  await a.storage.save({ entries: entryRange(1, 5, 1), hardState: { term: 1, commit: 5 } }, true);
  await a.storage.close();
  await writeRaw(dir, entryKey(3), Uint8Array.of(0xff, 0xff, 0xff));
  const b = await reopen(dir);
  t.is(b.state.entries.length, 2);
  t.is(b.state.hardState.commit, 2);
  t.true(b.state.warnings.some((w) => /clamped/.test(w)));
  await b.storage.close();
});

test('a received snapshot replaces the whole log', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  await a.storage.save({ entries: entryRange(1, 12, 1) }, true);
  const snapshot = { metadata: { index: 10, term: 3, confState: { voters: ['a', 'b', 'c'], learners: [] } }, data: Uint8Array.of(1, 2, 3) };
  await a.storage.save({ snapshot, entries: [entry(11, 3, 'after')], hardState: { term: 3, commit: 10 } }, true);
  await a.storage.close();
  const b = await reopen(dir);
  t.is(b.state.snapshot?.metadata?.index, 10);
  t.deepEqual(b.state.snapshot?.metadata?.confState?.voters, ['a', 'b', 'c']);
  t.deepEqual(b.state.confState?.voters, ['a', 'b', 'c']);
  t.deepEqual(summary(b.state.entries), ['11@3:after']);
  await b.storage.close();
});

test('a local snapshot compacts the runs that end at or before the compaction index', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  // Three writes, three runs: 1-10, 11-13, 14-20.
  await a.storage.save({ entries: entryRange(1, 10, 1) }, true);
  await a.storage.save({ entries: entryRange(11, 13, 1) }, true);
  await a.storage.save({ entries: entryRange(14, 20, 1) }, true);
  await a.storage.saveLocalSnapshot({ metadata: { index: 15, term: 1, confState: { voters: ['a'] } }, data: Uint8Array.of(9) }, 12);
  await a.storage.save({ entries: [entry(21, 1)] }, true);
  await a.storage.close();
  // The run 1-10 is gone; 11-13 holds 13, which the compaction keeps, so it stays whole.
  const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
  await db.open();
  t.true((await db.get(entryKey(1))) === undefined);
  t.true((await db.get(entryKey(11))) !== undefined);
  await db.close();
  const b = await reopen(dir);
  t.is(b.state.snapshot?.metadata?.index, 15);
  t.deepEqual(b.state.entries.map((e) => e.index), [16, 17, 18, 19, 20, 21]);
  t.deepEqual(b.state.warnings, []);
  await b.storage.close();
});

test('one write of many entries is split into runs of at most maxRunBytes', async (t) => {
  const dir = await tempDir();
  const a = await LevelRaftStorage.open(dir, { maxRunBytes: 64 });
  await a.load();
  await a.save({ entries: entryRange(1, 30, 1) }, true);
  await a.save({ entries: [entry(12, 2, 'x')] }, true); // shadows the tail of a run mid-way
  await a.close();
  const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
  await db.open();
  let records = 0;
  for await (const [, value] of db.iterator({ gt: entryKey(0), lt: Uint8Array.of(0x02) })) {
    records++;
    t.true(value.length <= 64);
  }
  await db.close();
  t.true(records > 3);
  const b = await reopen(dir);
  t.deepEqual(b.state.entries.map((e) => `${e.index}@${e.term}`), [...entryRange(1, 11, 1).map((e) => `${e.index}@1`), '12@2']);
  await b.storage.close();
});

test('a damaged run that the snapshot covers entirely does not cut the live log', async (t) => {
  const dir = await tempDir();
  const a = await reopen(dir);
  await a.storage.save({ entries: entryRange(1, 5, 1) }, true);
  await a.storage.save({ entries: entryRange(6, 10, 1) }, true);
  await a.storage.saveLocalSnapshot({ metadata: { index: 7, term: 1, confState: { voters: ['a'] } }, data: Uint8Array.of(9) }, 0);
  await a.storage.close();
  await writeRaw(dir, entryKey(1), Uint8Array.of(0xff, 0xff));
  const b = await reopen(dir);
  t.deepEqual(b.state.entries.map((e) => e.index), [8, 9, 10]);
  t.deepEqual(b.state.warnings, []);
  await b.storage.close();
});

test('a format 1 directory (one record per entry) is migrated to runs', async (t) => {
  const dir = await tempDir();
  const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' });
  await db.open();
  await db.put(formatKey, Uint8Array.of(1));
  for (const e of entryRange(1, 6, 1)) await db.put(entryKey(e.index), arrow.raft.Entry.encode(e).finish());
  await db.put(entryKey(7), Uint8Array.of(0xff)); // a damaged tail: the migrated log ends before it
  await db.put(entryKey(8), arrow.raft.Entry.encode(entry(8, 1)).finish());
  await db.close();
  const a = await reopen(dir);
  t.deepEqual(summary(a.state.entries), ['1@1:e1', '2@1:e2', '3@1:e3', '4@1:e4', '5@1:e5', '6@1:e6']);
  t.true(a.state.warnings.some((w) => /format 1 log cut at index 7/.test(w)));
  await a.storage.save({ entries: [entry(7, 2)] }, true);
  await a.storage.close();
  const b = await reopen(dir);
  t.deepEqual(b.state.entries.map((e) => `${e.index}@${e.term}`), ['1@1', '2@1', '3@1', '4@1', '5@1', '6@1', '7@2']);
  t.deepEqual(b.state.warnings, []);
  await b.storage.close();
});

test('random appends, overwrites, snapshots and restarts read back as the model log', async (t) => {
  // A seeded walk (no timing): the log on disk must always read back as the model says.
  let seed = 12345;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let round = 0; round < 6; round++) {
    const dir = await tempDir();
    let storage = await LevelRaftStorage.open(dir, { maxRunBytes: 40 + random(80) });
    await storage.load();
    let model: { index: number; term: number }[] = [];
    let snapshotIndex = 0;
    let term = 1;
    let commit = 0;
    for (let step = 0; step < 60; step++) {
      const last = snapshotIndex + model.length;
      const action = random(10);
      if (action < 5 || last === snapshotIndex) {
        const batch = entryRange(last + 1, last + 1 + random(6), term);
        await storage.save({ entries: batch }, random(2) === 0);
        model.push(...batch.map((e) => ({ index: e.index, term: e.term })));
      } else if (action < 7 && last > commit) {
        // A follower's conflict: overwrite from an uncommitted index with a newer term.
        term++;
        const from = commit + 1 + random(last - commit);
        const batch = entryRange(from, from + random(4), term);
        await storage.save({ entries: batch }, true);
        model = model.slice(0, from - snapshotIndex - 1).concat(batch.map((e) => ({ index: e.index, term: e.term })));
      } else if (action < 8 && last > snapshotIndex) {
        commit = Math.max(commit, snapshotIndex + 1 + random(last - snapshotIndex));
        const index = snapshotIndex + 1 + random(commit - snapshotIndex);
        const snapTerm = model[index - snapshotIndex - 1]!.term;
        await storage.saveLocalSnapshot({ metadata: { index, term: snapTerm, confState: { voters: ['a'] } }, data: Uint8Array.of(1) }, random(index + 1));
        model = model.slice(index - snapshotIndex);
        snapshotIndex = index;
      } else {
        await storage.close();
        storage = await LevelRaftStorage.open(dir, { maxRunBytes: 40 + random(80) });
        const state = await storage.load();
        t.deepEqual(state.warnings, []);
        t.deepEqual(state.entries.map((e) => `${e.index}@${e.term}`), model.map((e) => `${e.index}@${e.term}`), `round ${round} step ${step}`);
        t.is(storage.lastIndex, snapshotIndex + model.length);
      }
      commit = Math.min(commit, snapshotIndex + model.length);
    }
    await storage.close();
    const final = await reopen(dir);
    t.deepEqual(final.state.entries.map((e) => `${e.index}@${e.term}`), model.map((e) => `${e.index}@${e.term}`));
    await final.storage.close();
  }
});

test('oversized records are refused on write', async (t) => {
  const dir = await tempDir();
  const storage = await LevelRaftStorage.open(dir, { maxEntryBytes: 64 });
  await storage.load();
  await t.throwsAsync(storage.save({ entries: [{ index: 1, term: 1, data: new Uint8Array(100) }] }, true), { message: /exceeds the limit/ });
  t.is(storage.lastIndex, 0);
  await storage.close();
});

test('save before load is a programming error', async (t) => {
  const storage = await LevelRaftStorage.open(await tempDir());
  await t.throwsAsync(storage.save({ entries: [entry(1, 1)] }, true), { message: /load\(\)/ });
  await storage.close();
});
