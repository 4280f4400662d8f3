// The runner's side of the relay: spawns it detached (its own session, so a signal to the
// runner's process group does not reach it and it outlives a SIGKILLed runner) with a stdin
// pipe that only this process holds; sends commands and waits for replies, each bounded in time.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LineSplitter, type RelayReply } from './protocol.ts';

export const RELAY_SCRIPT = fileURLToPath(new URL('./relay.ts', import.meta.url));
const STDERR_TAIL_BYTES = 8 * 1024;

export class RelayError extends Error {
  override name = 'RelayError';
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class RelayClient {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, Pending>();
  readonly #exited: Promise<void>;
  #nextId = 1;
  #stderrTail = '';
  #exitedError: RelayError | undefined;

  private constructor(child: ChildProcess) {
    this.#child = child;
    const splitter = new LineSplitter();
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      let lines: string[];
      try { lines = splitter.push(chunk); } catch (error) { this.#failAll(new RelayError(`relay output: ${(error as Error).message}`)); return; }
      for (const line of lines) this.#onReply(line);
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => { this.#stderrTail = (this.#stderrTail + chunk).slice(-STDERR_TAIL_BYTES); });
    child.stdin!.on('error', () => undefined); // EPIPE when the relay is gone; #exited reports it
    this.#exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.#exitedError = new RelayError(`relay exited (${code ?? signal})${this.#stderrTail ? `: ${this.#stderrTail.trim()}` : ''}`);
        this.#failAll(this.#exitedError);
        resolve();
      });
    });
    this.#idle();
  }

  static start(): RelayClient {
    const child = spawn(process.execPath, [RELAY_SCRIPT], { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    return new RelayClient(child);
  }

  get pid(): number {
    return this.#child.pid ?? 0;
  }

  get exited(): Promise<void> {
    return this.#exited;
  }

  get alive(): boolean {
    return this.#exitedError === undefined;
  }

  /** Sends one command and waits for its reply. */
  request(command: Record<string, unknown>, timeoutMs: number): Promise<unknown> {
    if (this.#exitedError) return Promise.reject(this.#exitedError);
    const id = this.#nextId++;
    this.#busy();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        this.#idleIfDone();
        reject(new RelayError(`relay did not answer ${String(command.cmd)} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      this.#child.stdin!.write(JSON.stringify({ ...command, id }) + '\n');
    });
  }

  /** Closes the relay's stdin: the relay tears down and exits. Resolves when it has exited (bounded). */
  async close(timeoutMs: number): Promise<void> {
    this.#busy();
    this.#child.stdin!.end();
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), timeoutMs);
    await this.#exited;
    clearTimeout(timer);
  }

  #onReply(line: string): void {
    let message: RelayReply;
    try { message = JSON.parse(line) as RelayReply; } catch { return; }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.ok) pending.resolve(message.result);
    else pending.reject(new RelayError(message.error));
    this.#idleIfDone();
  }

  #failAll(error: Error): void {
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.#pending.delete(id);
    }
  }

  // The relay must not keep the runner alive on its own (a test file that forgets destroy()
  // still ends, and the relay cleans up on EOF), but must while a reply is awaited.
  #busy(): void {
    this.#child.ref();
    (this.#child.stdout as unknown as { ref(): void }).ref();
  }

  #idle(): void {
    this.#child.unref();
    (this.#child.stdout as unknown as { unref(): void }).unref();
    (this.#child.stderr as unknown as { unref(): void }).unref();
    (this.#child.stdin as unknown as { unref(): void }).unref();
  }

  #idleIfDone(): void {
    if (this.#pending.size === 0) this.#idle();
  }
}
