// An allocation's stdout and stderr on its node: appended to bounded files that rotate (the
// current file plus a few older ones), read back as a tail and followed as they grow, across
// rotations and across restarts of the Arrow (its files are per allocation, not per VM).
import { createReadStream } from 'node:fs';
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

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

async function readRange(path: string, start: number, end: number): Promise<Buffer> {
  if (end <= start) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { start, end: end - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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

/**
 * The stream's kept output (oldest rotated file first), or its last `tail` lines; with `follow`,
 * then whatever is appended, until the signal aborts. Rotation is noticed when the current file
 * shrinks: the rest of the old file is read from its rotated name first.
 */
export async function* readLogs(dir: string, stream: LogStream, options: ReadLogsOptions = {}): AsyncGenerator<Buffer> {
  const limits = options.limits ?? defaultLogLimits;
  const parts: Buffer[] = [];
  for (let g = limits.keepFiles; g >= 0; g--) {
    const path = fileOf(dir, stream, g);
    const size = await sizeOf(path);
    if (size !== undefined) parts.push(await readRange(path, 0, size));
  }
  let kept = Buffer.concat(parts);
  if (options.tail !== undefined) kept = kept.subarray(tailOffset(kept, options.tail));
  if (kept.length > 0) yield kept;
  if (!options.follow) return;
  const current = fileOf(dir, stream);
  let offset = (await sizeOf(current)) ?? 0;
  const pollMs = options.pollMs ?? 200;
  while (!options.signal?.aborted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, pollMs);
      function done() { clearTimeout(timer); options.signal?.removeEventListener('abort', done); resolve(); }
      options.signal?.addEventListener('abort', done, { once: true });
    });
    if (options.signal?.aborted) return;
    const size = (await sizeOf(current)) ?? 0;
    if (size < offset) {
      // Rotated: the end of the old file is now in generation 1.
      const rotated = fileOf(dir, stream, 1);
      const end = (await sizeOf(rotated)) ?? 0;
      const rest = await readRange(rotated, offset, end);
      if (rest.length > 0) yield rest;
      offset = 0;
    }
    if (size > offset) {
      yield await readRange(current, offset, size);
      offset = size;
    }
  }
}
