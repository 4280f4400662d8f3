// An allocation's stdout and stderr on its node: appended to bounded files that rotate (the
// current file plus a few older ones), read back as a tail and followed as they grow, across
// rotations and across restarts of the Arrow (its files are per allocation, not per VM).
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

export type LogStream = 'stdout' | 'stderr';

export interface LogLimits {
  /** A file rotates once it holds this many bytes (default 8 MiB). */
  readonly maxFileBytes: number;
  /** Rotated files kept besides the current one (default 2). */
  readonly keepFiles: number;
}

export const defaultLogLimits: LogLimits = { maxFileBytes: 8 * 1024 * 1024, keepFiles: 2 };

const fileOf = (dir: string, stream: LogStream, generation = 0) => join(dir, generation === 0 ? `${stream}.log` : `${stream}.log.${generation}`);

/** Appends one stream's output, rotating by size. Writes are serialised; a failed write is reported, never thrown at the app. */
export class LogWriter {
  readonly #dir: string;
  readonly #stream: LogStream;
  readonly #limits: LogLimits;
  #handle: FileHandle | undefined;
  #size = 0;
  #chain: Promise<void> = Promise.resolve();
  #closed = false;
  readonly #onError: (error: Error) => void;

  constructor(dir: string, stream: LogStream, limits: LogLimits = defaultLogLimits, onError: (error: Error) => void = () => {}) {
    this.#dir = dir;
    this.#stream = stream;
    this.#limits = limits;
    this.#onError = onError;
  }

  append(chunk: Uint8Array): void {
    if (this.#closed || chunk.length === 0) return;
    const copy = Uint8Array.from(chunk);
    this.#chain = this.#chain.then(() => this.#write(copy)).catch((error: unknown) => this.#onError(error as Error));
  }

  /** Resolves once everything appended so far is on disk. */
  flush(): Promise<void> {
    return this.#chain;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#chain;
    await this.#handle?.close();
    this.#handle = undefined;
  }

  async #open(): Promise<FileHandle> {
    if (this.#handle) return this.#handle;
    await mkdir(this.#dir, { recursive: true });
    const path = fileOf(this.#dir, this.#stream);
    this.#handle = await open(path, 'a', 0o640);
    this.#size = (await this.#handle.stat()).size;
    return this.#handle;
  }

  async #write(chunk: Uint8Array): Promise<void> {
    let handle = await this.#open();
    if (this.#size > 0 && this.#size + chunk.length > this.#limits.maxFileBytes) {
      await handle.close();
      this.#handle = undefined;
      await this.#rotate();
      handle = await this.#open();
    }
    // A single chunk larger than a file is cut to the file size: the newest bytes win.
    const data = chunk.length > this.#limits.maxFileBytes ? chunk.subarray(chunk.length - this.#limits.maxFileBytes) : chunk;
    await handle.write(data);
    this.#size += data.length;
  }

  async #rotate(): Promise<void> {
    await rm(fileOf(this.#dir, this.#stream, this.#limits.keepFiles), { force: true });
    for (let g = this.#limits.keepFiles - 1; g >= 0; g--) {
      await rename(fileOf(this.#dir, this.#stream, g), fileOf(this.#dir, this.#stream, g + 1)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }
}

export interface ReadLogsOptions {
  /** Start with the last N lines (default: everything kept). */
  readonly tail?: number;
  /** Keep following the stream as it grows, across rotations, until aborted. */
  readonly follow?: boolean;
  readonly signal?: AbortSignal;
  /** How often a follower looks for new bytes (default 200 ms). */
  readonly pollMs?: number;
  readonly limits?: LogLimits;
}

/** One of the stream's files, held open so renames by rotation cannot swap it under the reader. */
interface OpenLogFile {
  readonly handle: FileHandle;
  readonly inode: number;
}

async function openIfPresent(path: string): Promise<OpenLogFile | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return { handle, inode: (await handle.stat()).ino };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function inodeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).ino;
  } catch {
    return undefined;
  }
}

/**
 * The stream's files, oldest first, each once. They are opened newest first: a rotation in
 * between moves a file to an older name, so it is met twice (and kept once) rather than skipped.
 */
async function openGenerations(dir: string, stream: LogStream, limits: LogLimits): Promise<OpenLogFile[]> {
  const newestFirst: OpenLogFile[] = [];
  try {
    for (let g = 0; g <= limits.keepFiles; g++) {
      const file = await openIfPresent(fileOf(dir, stream, g));
      if (!file) continue;
      if (newestFirst.some((seen) => seen.inode === file.inode)) await file.handle.close();
      else newestFirst.push(file);
    }
  } catch (error) {
    await Promise.all(newestFirst.map((file) => file.handle.close()));
    throw error;
  }
  return newestFirst.reverse();
}

/** Followed output is read and yielded in pieces of at most this many bytes. */
const FOLLOW_PIECE_BYTES = 1024 * 1024;

/** Up to `maxBytes` from `start` towards the file's end as it is now. */
async function readFrom(handle: FileHandle, start: number, maxBytes: number): Promise<Buffer> {
  const { size } = await handle.stat();
  const length = Math.min(Math.max(0, size - start), maxBytes);
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, start + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/** Where `tail` lines end counting back from the end of `text`'s bytes: the offset to start at. */
export function tailOffset(text: Uint8Array, lines: number): number {
  if (lines <= 0) return text.length;
  let seen = 0;
  // A final newline ends the last line; it does not start a new one.
  for (let i = text.length - 2; i >= 0; i--) {
    if (text[i] === 0x0a && ++seen === lines) return i + 1;
  }
  return 0;
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() { clearTimeout(timer); signal?.removeEventListener('abort', done); resolve(); }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * The stream's kept output (oldest rotated file first), or its last `tail` lines; with `follow`,
 * then whatever is appended, until the signal aborts.
 *
 * A follower holds the file it reads open and knows it by inode. When the current name points at
 * another file, the writer has closed the followed one before renaming it, so its rest is read
 * through the handle, then every newer file in order. Like `tail -F`, a follower slower than the
 * retention loses the files deleted before it got to them.
 */
export async function* readLogs(dir: string, stream: LogStream, options: ReadLogsOptions = {}): AsyncGenerator<Buffer> {
  const limits = options.limits ?? defaultLogLimits;
  const files = await openGenerations(dir, stream, limits);
  // The newest file stays open for a follower; the others are closed once read (or on a failure).
  let followed = options.follow ? files.at(-1) : undefined;
  let offset = 0;
  /** The followed file from `offset` to its end now, in pieces. */
  async function* toEnd(file: OpenLogFile): AsyncGenerator<Buffer> {
    for (;;) {
      const piece = await readFrom(file.handle, offset, FOLLOW_PIECE_BYTES);
      offset += piece.length;
      if (piece.length > 0) yield piece;
      if (piece.length < FOLLOW_PIECE_BYTES) return;
    }
  }
  try {
    const parts: Buffer[] = [];
    try {
      for (const file of files) {
        // A file is never larger than maxFileBytes unless something else wrote to it: its newest bytes win.
        const { size } = await file.handle.stat();
        const from = Math.max(0, size - limits.maxFileBytes);
        const bytes = await readFrom(file.handle, from, limits.maxFileBytes);
        parts.push(bytes);
        if (file === followed) offset = from + bytes.length;
      }
    } finally {
      await Promise.all(files.filter((file) => file !== followed).map((file) => file.handle.close()));
    }
    let kept = Buffer.concat(parts);
    if (options.tail !== undefined) kept = kept.subarray(tailOffset(kept, options.tail));
    if (kept.length > 0) yield kept;
    if (!options.follow) return;
    const current = fileOf(dir, stream);
    const pollMs = options.pollMs ?? 200;
    while (!options.signal?.aborted) {
      await pause(pollMs, options.signal);
      if (options.signal?.aborted) return;
      if (!followed) {
        // Nothing existed when following began: everything written since is new, oldest first.
        followed = await nextAfter(dir, stream, limits, undefined);
        offset = 0;
        if (!followed) continue;
      }
      for (;;) {
        yield* toEnd(followed);
        const currentInode = await inodeOf(current);
        if (currentInode === undefined || currentInode === followed.inode) break;
        // Rotated away: the writer closed this file before the rename, so its end is final now.
        yield* toEnd(followed);
        const next = await nextAfter(dir, stream, limits, followed.inode);
        // The newer file may not be created yet; the next poll looks again.
        if (!next) break;
        await followed.handle.close();
        followed = next;
        offset = 0;
      }
    }
  } finally {
    await followed?.handle.close();
  }
}

/**
 * The file written after the one with `inode`: the next newer generation, or the oldest kept one
 * if that file is gone (or none is given); undefined while no newer file exists.
 */
async function nextAfter(dir: string, stream: LogStream, limits: LogLimits, inode: number | undefined): Promise<OpenLogFile | undefined> {
  const files = await openGenerations(dir, stream, limits);
  const index = inode === undefined ? -1 : files.findIndex((file) => file.inode === inode);
  const next = files[index + 1];
  await Promise.all(files.filter((file) => file !== next).map((file) => file.handle.close()));
  return next;
}
