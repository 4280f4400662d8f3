// Small helpers shared by the tests and benchmarks that run real Arrows.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A loopback TCP port that was free a moment ago (for a port forward). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface TextSink {
  /** what an Arrow's stdout or stderr is given */
  stream: NodeJS.WritableStream;
  text(): string;
  /** resolves once `text` went through the stream; rejects after timeoutMs */
  until(text: string, timeoutMs: number): Promise<void>;
}

/** A writer that keeps what it is given (the last 1 MiB) and can be waited on. */
export function textSink(): TextSink {
  let seen = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  const stream = {
    write(chunk: Uint8Array | string): boolean {
      seen = (seen + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString())).slice(-1024 * 1024);
      for (const waiter of waiters.filter((w) => seen.includes(w.text))) waiter.resolve();
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const until = (text: string, timeoutMs: number): Promise<void> =>
    new Promise((resolve, reject) => {
      if (seen.includes(text)) return resolve();
      const timer = setTimeout(() => reject(new Error(`no ${JSON.stringify(text)} within ${timeoutMs} ms; saw ${JSON.stringify(seen.slice(-500))}`)), timeoutMs);
      waiters.push({ text, resolve: () => (clearTimeout(timer), resolve()) });
    });
  return { stream, text: () => seen, until };
}

/** Pids of QEMU processes whose command line mentions `marker` (a test's directory), after waiting up to `attempts` × 100 ms (5 s) for them to go. */
export async function qemuProcessesMentioning(marker: string, attempts = 50): Promise<string[]> {
  for (let attempt = 0; ; attempt++) {
    const found: string[] = [];
    for (const pid of await readdir('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (cmdline.includes('qemu-system') && cmdline.includes(marker)) found.push(pid);
    }
    if (found.length === 0 || attempt >= attempts) return found;
    await sleep(100);
  }
}

/** The first chunk a helper process prints on stdout (its one JSON line), within timeoutMs. */
export function firstOutput(stdout: NodeJS.ReadableStream, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the helper printed nothing in ${timeoutMs} ms`)), timeoutMs);
    stdout.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(chunk.toString());
    });
  });
}
