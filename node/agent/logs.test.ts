import test from 'ava';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogWriter, readLogs, tailOffset } from './logs.ts';

async function collect(source: AsyncGenerator<Buffer>, until?: (text: string) => boolean): Promise<string> {
  let text = '';
  for await (const chunk of source) {
    text += chunk.toString();
    if (until?.(text)) break;
  }
  return text;
}

async function tempDir(t: { teardown(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-logs-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('output rotates by size and never keeps more than the current file plus the kept ones', async (t) => {
  const dir = await tempDir(t);
  const limits = { maxFileBytes: 100, keepFiles: 2 };
  const writer = new LogWriter(dir, 'stdout', limits);
  for (let i = 0; i < 100; i++) writer.append(Buffer.from(`line ${String(i).padStart(3, '0')}\n`));
  await writer.close();
  t.deepEqual((await readdir(dir)).sort(), ['stdout.log', 'stdout.log.1', 'stdout.log.2']);
  const kept = await collect(readLogs(dir, 'stdout', { limits }));
  t.true(kept.length <= 300);
  t.true(kept.endsWith('line 099\n'));
  const lines = kept.trim().split('\n');
  t.deepEqual(lines, lines.slice().sort(), 'oldest first, in order');
  t.is(await collect(readLogs(dir, 'stdout', { limits, tail: 2 })), 'line 098\nline 099\n');
});

test('a follower sees appends across rotations and stops when aborted', async (t) => {
  const dir = await tempDir(t);
  // Three rotations, and enough kept files that none is deleted before a follower delayed by a
  // loaded machine reads it (a follower slower than retention loses lines, as tail -F does).
  const limits = { maxFileBytes: 64, keepFiles: 4 };
  const writer = new LogWriter(dir, 'stderr', limits);
  writer.append(Buffer.from('first\n'));
  await writer.flush();
  const stop = new AbortController();
  const following = collect(readLogs(dir, 'stderr', { limits, follow: true, pollMs: 10, signal: stop.signal }), (text) => text.includes('last\n'));
  for (let i = 0; i < 20; i++) {
    writer.append(Buffer.from(`after ${i}\n`));
    await writer.flush();
    await new Promise((r) => setTimeout(r, 15));
  }
  writer.append(Buffer.from('last\n'));
  await writer.flush();
  const text = await following;
  stop.abort();
  t.true(text.startsWith('first\n'));
  for (let i = 0; i < 20; i++) t.true(text.includes(`after ${i}\n`), `after ${i}`);
  await writer.close();
});

test('a follower misses nothing when the file rotates and the new one outgrows its offset between polls', async (t) => {
  const dir = await tempDir(t);
  const limits = { maxFileBytes: 64, keepFiles: 3 };
  const writer = new LogWriter(dir, 'stdout', limits);
  const written: string[] = [];
  const write = async (line: string) => {
    written.push(line);
    writer.append(Buffer.from(line));
    await writer.flush();
  };
  for (let i = 0; i < 6; i++) await write(`early ${i}\n`);
  const stop = new AbortController();
  t.teardown(() => stop.abort());
  const follower = readLogs(dir, 'stdout', { limits, follow: true, pollMs: 300, signal: stop.signal });
  let text = (await follower.next()).value?.toString() ?? '';
  // Before the follower looks again: one rotation, and the new current file grows past the
  // offset the follower had in the old one, so a size check alone would not see the rotation.
  for (let i = 0; i < 9; i++) await write(`later ${i}\n`);
  await write('last\n');
  for (let reads = 0; reads < 50 && !text.includes('last\n'); reads++) {
    const chunk = await follower.next();
    if (chunk.done) break;
    text += chunk.value.toString();
  }
  stop.abort();
  await follower.return(undefined);
  await writer.close();
  t.true((await readdir(dir)).includes('stdout.log.1'), 'the writer rotated');
  t.is(text, written.join(''));
});

test('a follower slower than many rotations reads every kept line once, in order', async (t) => {
  const dir = await tempDir(t);
  const limits = { maxFileBytes: 100, keepFiles: 50 };
  const writer = new LogWriter(dir, 'stdout', limits);
  const stop = new AbortController();
  t.teardown(() => stop.abort());
  const following = collect(readLogs(dir, 'stdout', { limits, follow: true, pollMs: 25, signal: stop.signal }), (text) => text.includes('line 399\n'));
  let expected = '';
  for (let i = 0; i < 400; i++) {
    const line = `line ${String(i).padStart(3, '0')}\n`;
    expected += line;
    writer.append(Buffer.from(line));
    if (i % 37 === 0) {
      await writer.flush();
      await new Promise((r) => setTimeout(r, 7));
    }
  }
  await writer.flush();
  const text = await following;
  stop.abort();
  await writer.close();
  t.is(text, expected);
});

test('a follower reads a large burst in pieces of at most 1 MiB, all of it, in order', async (t) => {
  const dir = await tempDir(t);
  const writer = new LogWriter(dir, 'stdout');
  writer.append(Buffer.from('start\n'));
  await writer.flush();
  const stop = new AbortController();
  t.teardown(() => stop.abort());
  const follower = readLogs(dir, 'stdout', { follow: true, pollMs: 20, signal: stop.signal });
  t.is((await follower.next()).value?.toString(), 'start\n');
  const burst = Buffer.alloc(3 * 1024 * 1024 + 17, 'x');
  writer.append(burst);
  await writer.flush();
  const pieces: Buffer[] = [];
  let received = 0;
  for (let reads = 0; reads < 20 && received < burst.length; reads++) {
    const chunk = await follower.next();
    if (chunk.done) break;
    pieces.push(chunk.value);
    received += chunk.value.length;
  }
  stop.abort();
  await follower.return(undefined);
  await writer.close();
  t.true(pieces.every((piece) => piece.length <= 1024 * 1024), pieces.map((p) => p.length).join(','));
  t.true(Buffer.concat(pieces).equals(burst));
});

test('tail offsets count lines from the end', (t) => {
  const text = Buffer.from('a\nb\nc\n');
  t.is(tailOffset(text, 1), 4);
  t.is(tailOffset(text, 2), 2);
  t.is(tailOffset(text, 5), 0);
  t.is(tailOffset(Buffer.from('a\nb'), 1), 2);
  t.is(tailOffset(text, 0), text.length);
});
