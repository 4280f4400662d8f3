// The target side of /arrow/migrate/1: takes a source's header, prepares the same VM, loads its
// RAM stream, and takes the Arrow over once the source lets go. Whatever goes wrong (a bad header,
// a stream that stops, a source that never says Go) ends with the half-made VM killed and this
// process serving on.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Connection, Stream } from '@libp2p/interface';
import { StreamDuplex, type StreamHost } from '../../p2p/index.ts';
import { ArrowSession, detectAccelerator, withinOrFail, type Accelerator, type ArrowOutput, type IncomingArrow, type PortForward, type VirtualMachineDriver } from '../../kernel/index.ts';
import { FrameReader, FrameReadError } from './frames.ts';
import { encodeTarget, decodeSource, HeaderError, MAX_FRAME_BYTES, MAX_HEADER_BYTES, parseHeader, PROTOCOL, type MigrationRequest, type RequestLimits } from './wire.ts';
import { qemuVersion } from './qemu-version.ts';

/** What prepare() answers: where and how this host runs the Arrow it is offered. */
export interface PreparedTarget extends ArrowOutput {
  /** this host's copies of the kernel and initramfs the request names by digest */
  kernelPath: string;
  initrdPath: string;
  runRoot: string;
  runId?: string;
  adoptable?: boolean;
  /** user-mode networking: this host's forwards */
  ports?: PortForward[];
  /** tap networking: this host's tap device for the Arrow */
  tap?: string;
}

/** Thrown by prepare() to refuse a migration; its message goes to the source. */
export class MigrationRefused extends Error {
  override name = 'MigrationRefused';
}

export interface MigrationTargetOptions {
  /**
   * Decides on a request from `peer` (an authenticated peer id): returns where the Arrow runs
   * here, or throws MigrationRefused (an unknown peer, an artifact not held, no room). Called
   * once the header checked out, before any VM starts; bounded by prepareTimeoutMs.
   */
  prepare(request: MigrationRequest, peer: string, signal: AbortSignal): Promise<PreparedTarget>;
  /** The Arrow runs here now: its session, to be driven (output, stop, wait) from here on. */
  onArrow(session: ArrowSession, request: MigrationRequest, peer: string): void;
  /** A migration that did not complete (for logs and metrics); its VM is gone by then. */
  onFailure?(error: Error, request: MigrationRequest | undefined, peer: string): void;
  driver?: VirtualMachineDriver;
  /** default: detectAccelerator() */
  accelerator?: Accelerator;
  /** default: this host's qemu-system-x86_64 --version */
  qemuVersion?: string;
  limits?: Partial<RequestLimits>;
  /** migrations in progress at once; more are refused "busy" (default 2) */
  maxConcurrent?: number;
  headerTimeoutMs?: number;
  prepareTimeoutMs?: number;
  /** the RAM stream may pause this long between frames (default 30 s) */
  idleTimeoutMs?: number;
  /** the whole RAM stream, from Ready to RamEnd (default 10 min) */
  ramTimeoutMs?: number;
  /** from Loaded to the source's Go (it may commit a log entry meanwhile; default 30 s) */
  goTimeoutMs?: number;
}

export interface MigrationTarget {
  /** migrations in progress */
  readonly active: number;
  /** Unregisters the protocol and aborts migrations in progress (their VMs are killed). */
  stop(): Promise<void>;
}

const DEFAULTS = {
  headerTimeoutMs: 10_000,
  prepareTimeoutMs: 30_000,
  idleTimeoutMs: 30_000,
  ramTimeoutMs: 10 * 60_000,
  goTimeoutMs: 30_000,
  maxConcurrent: 2,
  limits: { maxMemoryMiB: 64 * 1024, maxCpus: 64 },
};

export async function serveMigrations(host: StreamHost, options: MigrationTargetOptions): Promise<MigrationTarget> {
  const settings = { ...DEFAULTS, ...definedOnly(options), limits: { ...DEFAULTS.limits, ...options.limits } };
  const accelerator = options.accelerator ?? detectAccelerator();
  const version = options.qemuVersion ?? (await qemuVersion(options.driver?.executable));
  const running = new Set<AbortController>();
  const serve = async (stream: Stream, connection: Connection): Promise<void> => {
    const peer = connection.remotePeer.toString();
    const duplex = new StreamDuplex(stream);
    duplex.on('error', () => undefined); // every read and write below reports its own failure
    const frames = new FrameReader(duplex);
    const abort = new AbortController();
    let request: MigrationRequest | undefined;
    let incoming: IncomingArrow | undefined;
    let refused = false;
    const answer = (message: Parameters<typeof encodeTarget>[0]): Promise<void> => writeAll(duplex, encodeTarget(message));
    if (running.size >= settings.maxConcurrent) {
      await answer({ ready: { accepted: false, reason: 'busy: too many migrations in progress' } }).catch(() => undefined);
      duplex.end();
      return;
    }
    running.add(abort);
    try {
      try {
        request = parseHeader(await frames.read(MAX_HEADER_BYTES, settings.headerTimeoutMs, 'the header'), settings.limits);
        if (request.qemuVersion !== version) throw new MigrationRefused(`this host runs QEMU ${version}, the source ${request.qemuVersion}: the machine does not migrate across versions`);
        if (request.spec.accelerator !== accelerator) throw new MigrationRefused(`this host runs ${accelerator}, the source ${request.spec.accelerator}`);
        const prepared = await withinOrFail(options.prepare(request, peer, abort.signal), settings.prepareTimeoutMs, () => new MigrationRefused(`prepare took more than ${settings.prepareTimeoutMs} ms`));
        if (request.spec.network === 'tap' && prepared.tap === undefined) throw new MigrationRefused('the Arrow is on a tap and this host gave it none');
        incoming = await ArrowSession.startIncoming({
          ...prepared,
          spec: { ...request.spec, kernelPath: prepared.kernelPath, initrdPath: prepared.initrdPath },
          ...(options.driver ? { driver: options.driver } : {}),
        });
      } catch (error) {
        // A header that is not one, or a request this host will not take: say why, then end.
        // A silent or vanished peer is not answered: its stream is reset.
        if (error instanceof HeaderError || error instanceof MigrationRefused || (error instanceof FrameReadError && (error.failure === 'oversized' || error.failure === 'malformed'))) {
          refused = await answer({ ready: { accepted: false, reason: error.message } }).then(() => true, () => false);
        }
        throw error;
      }
      await answer({ ready: { accepted: true } });
      const ram = new RamSource();
      const pumped = pumpRam(frames, ram, settings.idleTimeoutMs);
      pumped.catch((error: Error) => ram.destroy(error));
      const loaded = await incoming.receive(ram, { timeoutMs: settings.ramTimeoutMs, signal: abort.signal });
      const sent = await pumped;
      if (sent !== loaded.streamBytes) throw new HeaderError(`the source says it sent ${sent} bytes, ${loaded.streamBytes} arrived`);
      await answer({ loaded: { ok: true, bytes: loaded.streamBytes } });
      const next = decodeSource(await frames.read(MAX_FRAME_BYTES, settings.goTimeoutMs, 'Go'));
      if (next.body === 'abort') throw new Error(`the source aborted: ${next.abort?.reason ?? ''}`);
      if (next.body !== 'go' || !next.go) throw new HeaderError(`expected Go, got ${next.body ?? 'nothing'}`);
      let session: ArrowSession;
      try {
        session = await incoming.resume({ received: Number(next.go.channelReceived ?? 0) });
      } catch (error) {
        // resume() killed the VM: the source may take the Arrow back.
        incoming = undefined;
        await answer({ done: { ok: false, reason: (error as Error).message.split('\n')[0]!.slice(0, 300) } }).catch(() => undefined);
        refused = true; // let the answer through before the stream goes
        throw error;
      }
      incoming = undefined; // it runs: from here on the session's owner ends it
      options.onArrow(session, request, peer);
      await answer({ done: { ok: true } }).catch(() => undefined);
      duplex.end();
    } catch (error) {
      await incoming?.discard().catch(() => undefined);
      // A refusal is let through before the stream goes (a reset may overtake it); anything else ends it now.
      if (refused) endGently(duplex);
      else duplex.destroy();
      options.onFailure?.(error as Error, request, peer);
    } finally {
      running.delete(abort);
    }
  };
  // A few streams beyond maxConcurrent: the extra ones hear 'busy' rather than a reset.
  await host.handle(PROTOCOL, (stream, connection) => void serve(stream, connection), { maxInboundStreams: settings.maxConcurrent + 4 });
  return {
    get active() {
      return running.size;
    },
    async stop() {
      await host.unhandle(PROTOCOL);
      for (const controller of running) controller.abort();
    },
  };
}

/** The RAM stream as QEMU's feeder reads it: pushed from frames, pulled with back-pressure. */
class RamSource extends Readable {
  #wanted: (() => void) | undefined;
  constructor() {
    super({ highWaterMark: 1024 * 1024 });
    // Its reader (migrateIncoming) watches for errors while it reads, and checks `errored` when
    // it starts: a failure outside that window must not be an uncaught 'error'.
    this.on('error', () => undefined);
  }
  override _read(): void {
    const wake = this.#wanted;
    this.#wanted = undefined;
    wake?.();
  }
  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this._read(); // a feed() waiting for room waits no more
    callback(error);
  }
  /** Pushes a chunk; resolves once there is room for more. */
  async feed(chunk: Uint8Array): Promise<void> {
    if (this.destroyed) throw new Error('the VM stopped reading the RAM stream');
    if (this.push(chunk)) return;
    await new Promise<void>((resolve) => (this.#wanted = resolve));
  }
}

/** Moves Ram frames into `ram` until RamEnd; resolves with the byte count the source declared. */
async function pumpRam(frames: FrameReader, ram: RamSource, idleTimeoutMs: number): Promise<number> {
  let bytes = 0;
  const hash = createHash('sha256');
  for (;;) {
    const message = decodeSource(await frames.read(MAX_FRAME_BYTES, idleTimeoutMs, 'the RAM stream'));
    if (message.body === 'ram' && message.ram) {
      bytes += message.ram.length;
      hash.update(message.ram);
      await ram.feed(message.ram);
    } else if (message.body === 'ramEnd') {
      const declared = Number(message.ramEnd?.bytes ?? 0);
      if (declared !== bytes) throw new HeaderError(`RamEnd says ${declared} bytes, ${bytes} came`);
      // The target VM is paused until Go, so a mismatch discards a VM that never ran.
      const digest = hash.digest();
      const sent = message.ramEnd?.sha256;
      if (!sent || sent.length !== digest.length) throw new HeaderError('RamEnd carries no sha256 of the RAM stream');
      if (!digest.equals(sent)) throw new HeaderError('the RAM stream that arrived differs from the one sent (sha256 mismatch)');
      ram.push(null);
      return bytes;
    } else if (message.body === 'abort') {
      throw new Error(`the source aborted: ${message.abort?.reason ?? ''}`);
    } else {
      throw new HeaderError(`unexpected ${message.body ?? 'empty message'} in the RAM stream`);
    }
  }
}

/** Half-closes, and destroys what the peer has not closed within a few seconds. */
function endGently(duplex: StreamDuplex): void {
  const timer = setTimeout(() => duplex.destroy(), 5000);
  timer.unref();
  duplex.once('close', () => clearTimeout(timer));
  duplex.end();
}

export function writeAll(duplex: NodeJS.WritableStream & { destroyed?: boolean }, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    duplex.write(bytes, (error?: Error | null) => (error ? reject(error) : resolve()));
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
