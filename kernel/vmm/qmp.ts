// A small QMP client (QEMU Machine Protocol): newline-delimited JSON over a unix socket.
// Flow: server greeting {"QMP": ...} -> we send qmp_capabilities -> commands with ids, replies
// {"return"|"error", "id"}, and asynchronous {"event"} messages interleaved at any time.
// Every line is bounded in size and every wait is bounded in time.
import { createConnection, type Socket } from 'node:net';
import { EventEmitter, on } from 'node:events';

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

export interface QmpEvent {
  event: string;
  data?: Record<string, unknown>;
  timestamp?: { seconds: number; microseconds: number };
}

export interface QmpGreeting {
  version?: { qemu?: { major: number; minor: number; micro: number }; package?: string };
  capabilities?: unknown[];
}

export class QmpError extends Error {
  override name = 'QmpError';
  readonly errorClass: string | undefined;
  constructor(message: string, errorClass?: string) {
    super(message);
    this.errorClass = errorClass;
  }
}

export interface QmpConnectOptions {
  /** time to connect, read the greeting and negotiate capabilities */
  timeoutMs?: number;
  maxLineBytes?: number;
}

interface PendingCommand {
  command: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class QmpClient {
  readonly greeting: QmpGreeting;
  readonly #socket: Socket;
  readonly #events = new EventEmitter();
  readonly #pending = new Map<string, PendingCommand>();
  #nextId = 1;
  #closedError: Error | undefined;

  private constructor(socket: Socket, greeting: QmpGreeting) {
    this.#socket = socket;
    this.greeting = greeting;
    // 'event' listeners are user code; the emitter must not warn for a few iterators.
    this.#events.setMaxListeners(50);
  }

  /** Connect, read the greeting and leave negotiation mode. */
  static async connect(path: string, options: QmpConnectOptions = {}): Promise<QmpClient> {
    const timeoutMs = options.timeoutMs ?? 5000;
    const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    const socket = createConnection(path);
    const deadline = setTimeout(() => socket.destroy(new QmpError(`QMP ${path}: no greeting within ${timeoutMs} ms`)), timeoutMs);
    try {
      const client = await new Promise<QmpClient>((resolve, reject) => {
        const reader = new LineReader(maxLineBytes);
        const onData = (chunk: Buffer): void => {
          let lines: string[];
          try {
            lines = reader.push(chunk);
          } catch (error) {
            socket.destroy(error as Error);
            return;
          }
          const first = lines[0];
          if (first === undefined) return;
          socket.off('data', onData);
          socket.off('error', reject);
          socket.off('close', onClose);
          socket.pause();
          let parsed: unknown;
          try {
            parsed = JSON.parse(first);
          } catch {
            reject(new QmpError(`QMP ${path}: greeting is not JSON`));
            return;
          }
          if (!isObject(parsed) || !isObject(parsed.QMP)) {
            reject(new QmpError(`QMP ${path}: expected a {"QMP": ...} greeting`));
            return;
          }
          const client = new QmpClient(socket, parsed.QMP as QmpGreeting);
          client.#attach(reader, lines.slice(1));
          resolve(client);
        };
        const onClose = (): void => reject(new QmpError(`QMP ${path}: connection closed before the greeting`));
        socket.on('data', onData);
        socket.once('error', reject);
        socket.once('close', onClose);
      });
      await client.execute('qmp_capabilities', undefined, { timeoutMs });
      return client;
    } catch (error) {
      socket.destroy();
      throw error;
    } finally {
      clearTimeout(deadline);
    }
  }

  /** Run a command; resolves with its "return" value, rejects with QmpError on "error" or timeout. */
  execute<T = unknown>(command: string, args?: Record<string, unknown>, options: { timeoutMs?: number } = {}): Promise<T> {
    if (this.#closedError) return Promise.reject(this.#closedError);
    const timeoutMs = options.timeoutMs ?? 5000;
    const id = `arrow-${this.#nextId++}`;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new QmpError(`QMP command ${command} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { command, resolve: resolve as (value: unknown) => void, reject, timer });
      const message = args === undefined ? { execute: command, id } : { execute: command, arguments: args, id };
      this.#socket.write(JSON.stringify(message) + '\n');
    });
  }

  /** Listen to asynchronous events (SHUTDOWN, STOP, RESUME, ...). Returns an unsubscribe function. */
  onEvent(listener: (event: QmpEvent) => void): () => void {
    this.#events.on('event', listener);
    return () => this.#events.off('event', listener);
  }

  /** Events as an async iterator; ends when the connection closes or the signal aborts. */
  async *events(signal?: AbortSignal): AsyncGenerator<QmpEvent> {
    if (this.#closedError) return;
    const closed = new AbortController();
    const onClose = (): void => closed.abort();
    this.#events.once('close', onClose);
    const combined = signal ? AbortSignal.any([signal, closed.signal]) : closed.signal;
    try {
      for await (const [event] of on(this.#events, 'event', { signal: combined })) yield event as QmpEvent;
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    } finally {
      this.#events.off('close', onClose);
    }
  }

  /** Wait for the first event with this name, bounded in time. */
  waitForEvent(name: string, timeoutMs: number): Promise<QmpEvent> {
    return new Promise((resolve, reject) => {
      if (this.#closedError) {
        reject(this.#closedError);
        return;
      }
      const timer = setTimeout(() => {
        cleanup();
        reject(new QmpError(`no QMP event ${name} within ${timeoutMs} ms`));
      }, timeoutMs);
      const onEvent = (event: QmpEvent): void => {
        if (event.event !== name) return;
        cleanup();
        resolve(event);
      };
      const onClose = (): void => {
        cleanup();
        reject(this.#closedError ?? new QmpError('QMP connection closed'));
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        this.#events.off('event', onEvent);
        this.#events.off('close', onClose);
      };
      this.#events.on('event', onEvent);
      this.#events.once('close', onClose);
    });
  }

  get closed(): boolean {
    return this.#closedError !== undefined;
  }

  /** Resolves once the connection is closed (by us, by QEMU exiting, or by a protocol error). */
  whenClosed(): Promise<void> {
    if (this.#closedError) return Promise.resolve();
    return new Promise((resolve) => this.#events.once('close', () => resolve()));
  }

  close(): void {
    this.#shutdown(new QmpError('QMP connection closed by the client'));
    this.#socket.destroy();
  }

  #attach(reader: LineReader, bufferedLines: string[]): void {
    this.#socket.on('data', (chunk: Buffer) => {
      let lines: string[];
      try {
        lines = reader.push(chunk);
      } catch (error) {
        this.#socket.destroy(error as Error);
        return;
      }
      for (const line of lines) this.#handleLine(line);
    });
    this.#socket.on('error', (error) => this.#shutdown(error instanceof QmpError ? error : new QmpError(`QMP connection failed: ${error.message}`)));
    this.#socket.on('close', () => this.#shutdown(new QmpError('QMP connection closed')));
    for (const line of bufferedLines) this.#handleLine(line);
    this.#socket.resume();
  }

  #handleLine(line: string): void {
    if (line.trim() === '') return;
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      this.#socket.destroy(new QmpError(`QMP peer sent a line that is not JSON: ${line.slice(0, 80)}`));
      return;
    }
    if (!isObject(message)) return;
    if (typeof message.event === 'string') {
      this.#events.emit('event', message as unknown as QmpEvent);
      return;
    }
    const id = typeof message.id === 'string' ? message.id : undefined;
    const pending = id === undefined ? undefined : this.#pending.get(id);
    if (!pending || id === undefined) return; // a reply to a command that already timed out
    this.#pending.delete(id);
    clearTimeout(pending.timer);
    if ('return' in message) pending.resolve(message.return);
    else if (isObject(message.error)) {
      const desc = typeof message.error.desc === 'string' ? message.error.desc : 'unknown error';
      const errorClass = typeof message.error.class === 'string' ? message.error.class : undefined;
      pending.reject(new QmpError(`QMP command ${pending.command} failed: ${desc}`, errorClass));
    } else pending.reject(new QmpError(`QMP reply to ${pending.command} has neither return nor error`));
  }

  #shutdown(error: Error): void {
    if (this.#closedError) return;
    this.#closedError = error;
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.#pending.delete(id);
    }
    this.#events.emit('close');
  }
}

/** Splits a byte stream into lines, refusing any line longer than the limit. */
export class LineReader {
  #partial = '';
  readonly #maxLineBytes: number;
  readonly #decoder = new TextDecoder();
  constructor(maxLineBytes: number) {
    this.#maxLineBytes = maxLineBytes;
  }
  push(chunk: Uint8Array): string[] {
    this.#partial += this.#decoder.decode(chunk, { stream: true });
    const lines = this.#partial.split('\n');
    this.#partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.length > this.#maxLineBytes) throw new QmpError(`QMP line of ${line.length} bytes exceeds the ${this.#maxLineBytes}-byte limit`);
    }
    if (this.#partial.length > this.#maxLineBytes) {
      throw new QmpError(`QMP line exceeds the ${this.#maxLineBytes}-byte limit`);
    }
    return lines;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
