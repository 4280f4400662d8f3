// The replica's side of /arrow/shadowfs/replicate/1: takes snapshots pushed by a volume's
// primary, fetching only the chunks it lacks, and adopts them into its own Volumes. Whatever goes
// wrong (a refused peer, a bad manifest or chunk, a pusher that stops) ends the one stream with
// a reason, releases what the push stored, and leaves the volume as it was; the server serves on.
import type { Connection, Libp2p, Stream } from '@libp2p/interface';
import { FrameTimeoutError, StreamEndedError, frameErrorKind, frameReader, readFrame, writeFrame } from '../../p2p/index.ts';
import type { Digest, FrameReader } from '../../p2p/index.ts';
import { MAX_VOLUME_BYTES, ManifestError, chunksOf, decodeManifest } from '../manifest/index.ts';
import type { ChunkStore } from '../store/index.ts';
import { MAX_RETAIN } from '../volume/index.ts';
import type { SnapshotInfo, Volumes } from '../volume/index.ts';
import {
  MAX_FRAME_BYTES, ManifestAssembler, REPLICATE_PROTOCOL, ReplicationRefusedError, WantedChunks,
  chunkOrder, decodePusher, encodeReplica, parseOffer, refusedMessage,
} from './wire.ts';
import type { Offer } from './wire.ts';

export interface ReplicaServerOptions {
  /** The receiving node's volumes (adopt, list, get). */
  volumes: Volumes;
  /** Where fetched chunks go; held under a pending holder until adopted. */
  store: ChunkStore;
  /**
   * Whether `peerId` (the authenticated libp2p peer) may push snapshots of `volume` here, and the
   * volume's limits; undefined refuses. Bounded by acceptTimeoutMs; a throw refuses ('failed').
   */
  accept(peerId: string, volume: string): Promise<{ sizeLimit: number; retain: number } | undefined>;
  onAdopted?(volume: string, snapshot: SnapshotInfo, peerId: string): void;
  /** A push that did not end in Adopted or Held (refused, cut off, failed): for logs. */
  onFailure?(error: Error, peerId: string, volume: string | undefined): void;
  /** Pushes in progress at once, waiting for their volume included; more are refused 'busy' (default 4). */
  maxConcurrent?: number;
  /** The pusher may be silent this long between frames (default 30 s). */
  idleTimeoutMs?: number;
  /** One push from its first byte to Adopted, waiting for its volume included (default 30 min). */
  transferTimeoutMs?: number;
  /** Longest accept() may take (default 10 s). */
  acceptTimeoutMs?: number;
  /** Longest one answer may take to leave (default 10 s). */
  writeTimeoutMs?: number;
}

export interface ReplicaServer {
  /** Pushes in progress (their chunks held, their volume's turn taken). */
  readonly active: number;
  /** Unregisters the protocol, cuts off the pushes in progress and waits until each has released what it held. */
  stop(): Promise<void>;
}

const DEFAULTS = { maxConcurrent: 4, idleTimeoutMs: 30_000, transferTimeoutMs: 30 * 60_000, acceptTimeoutMs: 10_000, writeTimeoutMs: 10_000 };

/**
 * The holder of what one push of `volume` has stored or found, until adopt() makes the volume
 * hold it. One name per volume, not one per push: pushes of a volume are serialised here, and a
 * fixed name is what a restarted server can find and release (store.forget) when a crash left
 * a push half-made; a random one would hold its chunks for ever.
 */
export function replicaHolder(volume: string): string {
  return `shadowfs-pending:replica:${volume}`;
}

/** Serialises pushes per volume; a waiter that gives up (its signal) leaves the queue in order. */
class VolumeQueue {
  readonly #tails = new Map<string, Promise<void>>();
  async acquire(volume: string, signal: AbortSignal): Promise<() => void> {
    const previous = this.#tails.get(volume) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => { release = resolve; });
    const tail = previous.then(() => mine);
    this.#tails.set(volume, tail);
    // Only once every earlier holder is done may the entry go: a later push must queue behind them.
    void tail.then(() => { if (this.#tails.get(volume) === tail) this.#tails.delete(volume); });
    try {
      await raceAbort(previous, signal);
    } catch (error) {
      release();
      throw error;
    }
    return release;
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function within<T>(promise: Promise<T>, timeoutMs: number, failure: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(failure()), timeoutMs); });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

function checkLimits(limits: { sizeLimit: number; retain: number }, volume: string): void {
  const { sizeLimit, retain } = limits;
  if (!Number.isSafeInteger(sizeLimit) || sizeLimit < 0 || sizeLimit > MAX_VOLUME_BYTES) throw new ReplicationRefusedError('failed', `accept() gave volume ${volume} a size limit of ${sizeLimit} (0..${MAX_VOLUME_BYTES})`);
  if (!Number.isSafeInteger(retain) || retain < 1 || retain > MAX_RETAIN) throw new ReplicationRefusedError('failed', `accept() gave volume ${volume} retain ${retain} (1..${MAX_RETAIN})`);
}

export async function serveVolumeReplicas(host: Pick<Libp2p, 'handle' | 'unhandle'>, options: ReplicaServerOptions): Promise<ReplicaServer> {
  const settings = {
    maxConcurrent: options.maxConcurrent ?? DEFAULTS.maxConcurrent,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULTS.idleTimeoutMs,
    transferTimeoutMs: options.transferTimeoutMs ?? DEFAULTS.transferTimeoutMs,
    acceptTimeoutMs: options.acceptTimeoutMs ?? DEFAULTS.acceptTimeoutMs,
    writeTimeoutMs: options.writeTimeoutMs ?? DEFAULTS.writeTimeoutMs,
  };
  const { volumes, store } = options;
  const queue = new VolumeQueue();
  /** Volumes whose fixed pending holder this server has cleared of a previous run's leftovers. */
  const cleared = new Set<string>();
  const running = new Map<AbortController, Promise<void>>();
  let stopped = false;

  const send = (stream: Stream, message: Uint8Array): Promise<void> => writeFrame(stream, message, settings.writeTimeoutMs);

  /** Half-closes after the last answer; a pusher that keeps its end open is reset after a while. */
  const finish = async (stream: Stream): Promise<void> => {
    await stream.close({ signal: AbortSignal.timeout(settings.writeTimeoutMs) }).catch((error: Error) => stream.abort(error));
    if (stream.status === 'open' || stream.status === 'closing') {
      const timer = setTimeout(() => stream.abort(new Error('the pusher kept the stream open after the answer')), settings.writeTimeoutMs);
      stream.addEventListener('close', () => clearTimeout(timer), { once: true });
    }
  };

  /**
   * One push, in its volume's turn, up to its final answer (Held or Adopted), which it returns
   * unsent: the caller sends it once the push's references and its volume's turn are released,
   * so a pusher that hears Adopted finds the replica tidy and free for its next push.
   */
  const receive = async (stream: Stream, reader: FrameReader, peer: string, offer: Offer, signal: AbortSignal): Promise<Uint8Array> => {
    const read = async (what: string) => decodePusher(await readFrame(stream, reader, settings.idleTimeoutMs, what), what);
    const limits = await within(
      options.accept(peer, offer.volume).catch((error: Error) => { throw new ReplicationRefusedError('failed', `accept() failed: ${error.message}`); }),
      settings.acceptTimeoutMs,
      () => new ReplicationRefusedError('failed', `accept() took more than ${settings.acceptTimeoutMs} ms`),
    );
    if (!limits) throw new ReplicationRefusedError('refused', `peer ${peer} may not push snapshots of volume ${offer.volume} here`);
    checkLimits(limits, offer.volume);

    const release = await queue.acquire(offer.volume, signal);
    const holder = replicaHolder(offer.volume);
    const held: Digest[] = [];
    let adopted: SnapshotInfo;
    try {
      if (!cleared.has(offer.volume)) {
        // A crash during an earlier push may have left its chunks held by this name: one scan of
        // the store per volume and process, before the name is used again.
        await store.forget(holder);
        cleared.add(offer.volume);
      }
      const latest = (await volumes.list(offer.volume)).at(-1);
      if (latest?.manifest === offer.manifest) return encodeReplica({ held: { seq: latest.seq } });
      if (latest && offer.createdMs < latest.createdAt.getTime()) {
        throw new ReplicationRefusedError('stale', `the offered snapshot of ${offer.volume} was taken at ${new Date(offer.createdMs).toISOString()}, before the latest one here (seq ${latest.seq}, ${latest.createdAt.toISOString()}): adopting it would roll the replica back`);
      }
      await send(stream, encodeReplica({ sendManifest: {} }));
      const assembler = new ManifestAssembler(offer);
      while (!assembler.complete) assembler.add(await read('a manifest part'));
      const manifestBytes = assembler.bytes();
      let manifest;
      try {
        manifest = decodeManifest(manifestBytes, { maxBytes: limits.sizeLimit });
      } catch (error) {
        if (error instanceof ManifestError) throw new ReplicationRefusedError('bad-manifest', error.message);
        throw error;
      }
      const order = chunkOrder(manifest);
      // Chunks the latest snapshot here uses are held by the volume, and only this volume's own
      // adopt (serialised here, and holding first) releases them: no need for a reference each.
      // Any other chunk found in the store is held now, so another volume's release cannot take
      // it before adopt(); a chunk not in the store is wanted.
      const inLatest = latest ? chunksOf((await volumes.get(offer.volume, latest.seq)).manifest) : new Map<Digest, number>();
      const wanted = new WantedChunks(order.length);
      for (const [index, slot] of order.entries()) {
        if (inLatest.has(slot.digest)) continue;
        if (await store.hold(slot.digest, holder)) held.push(slot.digest);
        else wanted.want(index, slot);
      }
      // decodeManifest bounded the files' total by sizeLimit, and distinct chunks hold no more;
      // checked again because this is the bound on what the pusher may make this node store.
      if (wanted.bytes > limits.sizeLimit) throw new ReplicationRefusedError('bad-manifest', `${wanted.bytes} bytes of chunks wanted, over the volume's limit of ${limits.sizeLimit}`);
      await send(stream, encodeReplica({ want: { chunks: wanted.field.bytes } }));
      while (wanted.remaining > 0) {
        const chunk = wanted.accept(await read('a chunk'));
        await store.put(chunk.data, holder);
        held.push(chunk.digest);
        wanted.received(chunk.digest);
      }
      await store.put(manifestBytes, holder);
      held.push(offer.manifest);
      adopted = (await volumes.adopt(offer.volume, offer.manifest, { sizeLimit: limits.sizeLimit, retain: limits.retain, createdMs: offer.createdMs })).snapshot;
    } finally {
      // Adopted: the volume holds it all now. Not: this releases (and deletes) what the push stored.
      try {
        await store.release(held, holder);
      } finally {
        release();
      }
    }
    try {
      options.onAdopted?.(offer.volume, adopted, peer);
    } catch { /* the caller's hook: its failure is no failure of the push */ }
    return encodeReplica({ adopted: { seq: adopted.seq } });
  };

  /** Reads the offer, runs the push and answers; `done` is called once nothing of the push is held any more. */
  const serve = async (stream: Stream, connection: Connection, abort: AbortController, done: () => void): Promise<void> => {
    const peer = connection.remotePeer.toString();
    let volume: string | undefined;
    let answer: Uint8Array | undefined;
    let failure: Error | undefined;
    // The whole transfer's bound, and stop(): both cut the stream, which fails any read or write.
    const deadline = AbortSignal.timeout(settings.transferTimeoutMs);
    const signal = AbortSignal.any([deadline, abort.signal]);
    const onAbort = () => stream.abort(new Error(deadline.aborted ? `the push took more than ${settings.transferTimeoutMs} ms` : 'the replica server is stopping'));
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const reader = frameReader(stream, MAX_FRAME_BYTES);
      const offer = parseOffer(decodePusher(await readFrame(stream, reader, settings.idleTimeoutMs, 'the offer'), 'the offer'), Date.now());
      volume = offer.volume;
      answer = await receive(stream, reader, peer, offer, signal);
    } catch (error) {
      failure = classify(error, stream, deadline.aborted, abort.signal.aborted);
    } finally {
      signal.removeEventListener('abort', onAbort);
      done();
    }
    if (answer) {
      await send(stream, answer).then(() => finish(stream), (error: Error) => stream.abort(error));
      return;
    }
    if (failure instanceof ReplicationRefusedError && stream.writeStatus === 'writable' && stream.status === 'open') {
      await send(stream, refusedMessage(failure)).then(() => finish(stream), () => stream.abort(failure));
    } else {
      stream.abort(failure!);
    }
    options.onFailure?.(failure!, peer, volume);
  };

  /** What a push's failure says to the pusher: a refusal with a code, or (when it is gone or silent) nothing. */
  function classify(error: unknown, stream: Stream, timedOut: boolean, stopping: boolean): Error {
    const failure = error instanceof Error ? error : new Error(String(error));
    const kind = frameErrorKind(failure);
    if (kind === 'oversized') return new ReplicationRefusedError('protocol', `a frame longer than the ${MAX_FRAME_BYTES}-byte limit`);
    if (kind === 'malformed') return new ReplicationRefusedError('protocol', `bytes that are no frame: ${failure.message}`);
    if (timedOut) return new ReplicationRefusedError('timeout', `the push took more than ${settings.transferTimeoutMs} ms`);
    if (failure instanceof StreamEndedError) return new ReplicationRefusedError('protocol', `the pusher ended the stream early: ${failure.message}`);
    if (failure instanceof ReplicationRefusedError || failure instanceof FrameTimeoutError || stopping || stream.status !== 'open') return failure;
    // The replica's own trouble (its store, its index): the pusher hears it as such.
    return new ReplicationRefusedError('failed', failure.message);
  }

  await host.handle(REPLICATE_PROTOCOL, async (stream, connection) => {
    if (stopped || running.size >= settings.maxConcurrent) {
      // Said before anything is read: the pusher reads it as the answer to its offer.
      const busy = new ReplicationRefusedError('busy', stopped ? 'the replica is stopping' : `${running.size} pushes in progress here, the most this replica takes`);
      await send(stream, refusedMessage(busy)).then(() => finish(stream), () => stream.abort(busy));
      options.onFailure?.(busy, connection.remotePeer.toString(), undefined);
      return;
    }
    const abort = new AbortController();
    let cleanedUp!: () => void;
    running.set(abort, new Promise<void>((resolve) => { cleanedUp = resolve; }));
    await serve(stream, connection, abort, () => {
      running.delete(abort);
      cleanedUp();
    });
  }, { maxInboundStreams: settings.maxConcurrent + 4 });

  return {
    get active() {
      return running.size;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // Cut off first: unhandle() ends the protocol's streams gently, which a push in progress
      // would take for its pusher ending early (and answer, and linger over).
      for (const abort of running.keys()) abort.abort();
      await host.unhandle(REPLICATE_PROTOCOL);
      await Promise.allSettled(running.values());
    },
  };
}
