// Request/response calls over libp2p: one stream per call, one length-prefixed RpcRequest frame
// in, one RpcResponse frame out, both ends close. See ./index.ts for the contract.
import type { Connection, DialProtocolOptions, PeerId, Stream } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import type { Multiaddr } from '@multiformats/multiaddr';
import { arrow } from '../proto/p2p.pb.js';
import { encodeFrames, frameErrorKind, frameReader, readFrame } from '../framing/index.ts';
import type { StreamHost } from '../host/index.ts';

/** Envelope bytes around a body: field tags, length varints, the timeout. */
const ENVELOPE_OVERHEAD = 64;
/** A remote error message is cut to this many characters (it is for people, not for parsing). */
const MAX_ERROR_MESSAGE = 4096;
/** What a handler's error code may look like; anything else is sent as "error". */
const CODE_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

export class RpcError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RpcError';
  }
}

/** No answer in time: the caller's timeout, or the server's bound on the handler (`remote`). */
export class RpcTimeoutError extends RpcError {
  readonly remote: boolean;
  constructor(message: string, remote: boolean) {
    super(message);
    this.name = 'RpcTimeoutError';
    this.remote = remote;
  }
}

/** The request exceeded the server's limit, or the response the caller's (or the server's). */
export class RpcTooLargeError extends RpcError {
  readonly side: 'request' | 'response';
  constructor(side: 'request' | 'response', message: string) {
    super(message);
    this.name = 'RpcTooLargeError';
    this.side = side;
  }
}

/**
 * The server answered with an error: its handler threw (code "error", or the code the handler's
 * error carried), or it refused the call ("busy", "stopping"). The message is the remote's.
 * Handlers may throw this class to choose the code the caller sees.
 */
export class RpcRemoteError extends RpcError {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RpcRemoteError';
    this.code = code;
  }
}

/** No answer at all: the dial failed, the stream was reset or closed early, the answer was not an RpcResponse. */
export class RpcTransportError extends RpcError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RpcTransportError';
  }
}

export type RpcHandler = (request: Uint8Array, peer: string, signal: AbortSignal) => Promise<Uint8Array>;

export interface RpcServerOptions {
  /** Largest request body accepted; a larger one is answered "request-too-large" unread. */
  maxRequestBytes: number;
  /** Largest response body sent; a handler returning more is answered "response-too-large". */
  maxResponseBytes: number;
  /** Longest a handler may run (a long poll's bound); the caller's own timeout shortens it. */
  timeoutMs: number;
  /** Longest wait for the request once the stream is open (default min(timeoutMs, 10 s)). */
  readTimeoutMs?: number;
  /** Longest wait to write the answer and close (default 5 s). */
  writeTimeoutMs?: number;
  /** Streams of this protocol one connection may have open at once (default 32). */
  maxInboundStreams?: number;
  /** Calls in progress across all peers; beyond it calls are answered "busy" (default 1024). */
  maxConcurrentCalls?: number;
  /** A call that ended without an answer (bad input, timeout, reset): for logs. */
  onError?: (error: Error, peer: string) => void;
}

export interface RpcServer {
  readonly protocol: string;
  /** Calls whose handler is running. */
  readonly activeCalls: number;
  /** Unregisters the protocol and aborts every call in progress (handlers see their signal abort). */
  stop(): Promise<void>;
}

export interface CallRpcOptions {
  /** The whole call: dial, request, handler, answer. */
  timeoutMs: number;
  /** Largest response body accepted; a larger answer fails with RpcTooLargeError unread. */
  maxResponseBytes: number;
  signal?: AbortSignal;
  /** Calls of this protocol in flight at once on one connection (libp2p's limit; default 64). */
  maxOutboundStreams?: number;
}

const errorOf = (value: unknown): Error => (value instanceof Error ? value : new Error(String(value)));

function encodeResponse(response: arrow.p2p.RpcResponse.$Properties): Uint8Array {
  return encodeFrames([arrow.p2p.RpcResponse.encode(response).finish()]);
}

function errorResponse(code: string, message: string): Uint8Array {
  return encodeResponse({ error: { code, message: message.slice(0, MAX_ERROR_MESSAGE) } });
}

/** The answer for a handler that threw: its own code when it carries a sensible one. */
function handlerFailure(error: unknown): Uint8Array {
  const code = (error as { code?: unknown } | null)?.code;
  return errorResponse(typeof code === 'string' && CODE_PATTERN.test(code) ? code : 'error', errorOf(error).message);
}

/** Writes a whole answer and closes the writable end, or fails within `timeoutMs`. */
async function answer(stream: Stream, framed: Uint8Array, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs);
  if (!stream.send(framed)) await stream.onDrain({ signal });
  await stream.close({ signal });
}

/** Registers `handler` for `protocol` on the host; see the contract in ./index.ts. */
export async function serveRpc(host: StreamHost, protocol: string, options: RpcServerOptions, handler: RpcHandler): Promise<RpcServer> {
  const readTimeoutMs = options.readTimeoutMs ?? Math.min(options.timeoutMs, 10_000);
  const writeTimeoutMs = options.writeTimeoutMs ?? 5_000;
  const maxConcurrentCalls = options.maxConcurrentCalls ?? 1024;
  const calls = new Set<AbortController>();
  let active = 0;
  let stopped = false;

  const serve = async (stream: Stream, connection: Connection): Promise<void> => {
    const peer = connection.remotePeer.toString();
    const call = new AbortController();
    // A caller that resets the stream has given up: its handler stops too. (Once the handler has
    // answered, the close is the answer's own and costs no error: one is built per call otherwise.)
    let answered = false;
    const onClose = () => { if (!answered) call.abort(new RpcTransportError('the caller closed the stream')); };
    stream.addEventListener('close', onClose);
    calls.add(call);
    let running = false;
    try {
      if (stopped) throw new Error('server stopping');
      const reader = frameReader(stream, options.maxRequestBytes + ENVELOPE_OVERHEAD);
      let frame: Uint8Array;
      try {
        frame = await readFrame(stream, reader, readTimeoutMs, 'a request');
      } catch (error) {
        if (frameErrorKind(error) !== 'oversized') throw error;
        // Refused from its length prefix alone: nothing of it is read.
        await answer(stream, errorResponse('request-too-large', `request exceeds ${options.maxRequestBytes} bytes`), writeTimeoutMs);
        return;
      }
      // Nothing more is expected from the caller: stop reading, and let anything it still sends
      // count against a small read buffer (exceeding it resets the stream).
      await reader.return?.();
      stream.maxReadBufferLength = 1024;
      const request = arrow.p2p.RpcRequest.decode(frame);
      if (request.body.length > options.maxRequestBytes) {
        await answer(stream, errorResponse('request-too-large', `request exceeds ${options.maxRequestBytes} bytes`), writeTimeoutMs);
        return;
      }
      if (active >= maxConcurrentCalls) {
        await answer(stream, errorResponse('busy', `${active} calls in progress`), writeTimeoutMs);
        return;
      }
      active++;
      running = true;
      const timeoutMs = request.timeoutMs > 0 ? Math.min(options.timeoutMs, request.timeoutMs) : options.timeoutMs;
      const framed = await runHandler(handler, request.body, peer, call.signal, timeoutMs, options.maxResponseBytes);
      answered = true;
      if (stream.status !== 'open') return;
      await answer(stream, framed, writeTimeoutMs);
    } catch (error) {
      options.onError?.(errorOf(error), peer);
      stream.abort(errorOf(error));
    } finally {
      if (running) active--;
      stream.removeEventListener('close', onClose);
      calls.delete(call);
      // Answered: a caller that keeps its end open is not waited for longer than a write.
      if (stream.status === 'open' || stream.status === 'closing') {
        const timer = setTimeout(() => stream.abort(new Error('caller kept the stream open after the answer')), writeTimeoutMs);
        stream.addEventListener('close', () => clearTimeout(timer), { once: true });
      }
    }
  };

  await host.handle(protocol, (stream, connection) => serve(stream, connection), {
    maxInboundStreams: options.maxInboundStreams ?? 32,
  });
  return {
    protocol,
    get activeCalls() {
      return active;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await host.unhandle(protocol);
      for (const call of calls) call.abort(new RpcRemoteError('stopping', 'server stopping'));
    },
  };
}

/**
 * Runs a handler under the call's deadline and returns the framed answer: its body, or the error
 * the caller should see. A handler that ignores its signal is not waited for.
 */
async function runHandler(handler: RpcHandler, body: Uint8Array, peer: string, callSignal: AbortSignal, timeoutMs: number, maxResponseBytes: number): Promise<Uint8Array> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([callSignal, deadline]);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const result = await Promise.race([handler(body, peer, signal), aborted]);
    if (result.length > maxResponseBytes) return errorResponse('response-too-large', `response of ${result.length} bytes exceeds ${maxResponseBytes}`);
    return encodeResponse({ body: result });
  } catch (error) {
    if (deadline.aborted) return errorResponse('timeout', `handler did not answer within ${timeoutMs} ms`);
    if (callSignal.aborted) {
      const reason = callSignal.reason;
      if (reason instanceof RpcRemoteError) return errorResponse(reason.code, reason.message);
      throw errorOf(reason);
    }
    return handlerFailure(error);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

function target(peer: string | PeerId | Multiaddr): PeerId | Multiaddr {
  if (typeof peer !== 'string') return peer;
  try {
    return peer.startsWith('/') ? multiaddr(peer) : peerIdFromString(peer);
  } catch (error) {
    throw new RpcTransportError(`cannot call "${peer}": neither a peer ID nor a multiaddr`, { cause: error });
  }
}

/** One call: see the contract in ./index.ts for what each error means. */
export async function callRpc(host: Pick<StreamHost, 'dialProtocol'>, peer: string | PeerId | Multiaddr, protocol: string, request: Uint8Array, options: CallRpcOptions): Promise<Uint8Array> {
  const to = target(peer);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const failure = (error: unknown): Error => {
    if (timeout.aborted) return new RpcTimeoutError(`${protocol} to ${String(peer)}: no answer within ${options.timeoutMs} ms`, false);
    if (options.signal?.aborted) return errorOf(options.signal.reason);
    if (error instanceof RpcError) return error;
    if (frameErrorKind(error) === 'oversized') return new RpcTooLargeError('response', `${protocol} to ${String(peer)}: response exceeds ${options.maxResponseBytes} bytes`);
    return new RpcTransportError(`${protocol} to ${String(peer)}: ${errorOf(error).message}`, { cause: error });
  };

  let stream: Stream;
  try {
    const dialOptions: DialProtocolOptions = { signal };
    if (options.maxOutboundStreams !== undefined) dialOptions.maxOutboundStreams = options.maxOutboundStreams;
    stream = await host.dialProtocol(to, protocol, dialOptions);
  } catch (error) {
    throw failure(error);
  }
  const onAbort = () => stream.abort(errorOf(signal.reason));
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const reader = frameReader(stream, options.maxResponseBytes + ENVELOPE_OVERHEAD);
    // Reading starts before writing: a server refusing a large request answers while it is still
    // being sent, and that answer must not be lost when the server then resets the stream.
    const next = reader.next();
    next.catch(() => undefined);
    try {
      const framed = encodeFrames([arrow.p2p.RpcRequest.encode({ body: request, timeoutMs: options.timeoutMs }).finish()]);
      if (!stream.send(framed)) await stream.onDrain({ signal });
      await stream.close({ signal });
    } catch {
      // The answer (or its absence) says what happened.
    }
    const frame = await next;
    if (frame.done) throw new RpcTransportError(`${protocol} to ${String(peer)}: stream closed without an answer`);
    let response: arrow.p2p.RpcResponse;
    try {
      response = arrow.p2p.RpcResponse.decode(frame.value.subarray());
    } catch (error) {
      throw new RpcTransportError(`${protocol} to ${String(peer)}: malformed answer`, { cause: error });
    }
    await reader.return?.();
    if (response.kind === 'body') {
      const body = response.body ?? new Uint8Array(0);
      if (body.length > options.maxResponseBytes) throw new RpcTooLargeError('response', `${protocol} to ${String(peer)}: response of ${body.length} bytes exceeds ${options.maxResponseBytes}`);
      return body;
    }
    const code = response.error?.code ?? '';
    const message = response.error?.message ?? '';
    if (code === 'timeout') throw new RpcTimeoutError(`${protocol} to ${String(peer)}: ${message}`, true);
    if (code === 'request-too-large') throw new RpcTooLargeError('request', `${protocol} to ${String(peer)}: ${message}`);
    if (code === 'response-too-large') throw new RpcTooLargeError('response', `${protocol} to ${String(peer)}: ${message}`);
    if (response.kind !== 'error') throw new RpcTransportError(`${protocol} to ${String(peer)}: answer holds neither a body nor an error`);
    throw new RpcRemoteError(code, message);
  } catch (error) {
    stream.abort(errorOf(error));
    throw failure(error);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
