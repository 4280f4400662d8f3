// The pusher's side of /arrow/shadowfs/replicate/1: offers one snapshot to a replica and sends
// the manifest and the chunks it says it lacks. The replica's answers are checked like any
// peer input: a Want that does not fit the manifest, or an answer out of place, fails the push.
import type { Libp2p, PeerId, Stream } from '@libp2p/interface';
import type { Multiaddr } from '@multiformats/multiaddr';
import { FrameTimeoutError, digestOf, frameReader, readFrame, writeFrame } from '../../p2p/index.ts';
import type { FrameReader } from '../../p2p/index.ts';
import { MAX_CHUNK_BYTES } from '../chunking/index.ts';
import { MAX_MANIFEST_BYTES } from '../manifest/index.ts';
import type { ChunkStore } from '../store/index.ts';
import type { Volumes } from '../volume/index.ts';
import {
  MAX_FRAME_BYTES, REPLICATE_PROTOCOL, ReplicationRefusedError, chunkOrder, decodeReplica, digestBytes, encodePusher, manifestParts, parseWant, refusalOf,
} from './wire.ts';
import type { ReplicaMessage } from './wire.ts';

export interface PushOptions {
  volumes: Volumes;
  store: ChunkStore;
  volume: string;
  seq: number;
  signal?: AbortSignal;
  /** The whole push, from the dial to Adopted, waiting for the replica's turn included (default 30 min). */
  timeoutMs?: number;
}

export interface PushResult {
  /** The replica's seq of the adopted snapshot (or of the one it already held). */
  seq: number;
  /** Chunks sent, and their bytes (the manifest not counted). */
  sentChunks: number;
  sentBytes: number;
  /** The replica's latest snapshot of the volume already was this one: nothing was sent. */
  alreadyHeld: boolean;
}

export const DEFAULT_PUSH_TIMEOUT_MS = 30 * 60_000;

/**
 * Sends snapshot `seq` of `volume` to `peer`, only the chunks it lacks. Rejects with
 * ReplicationRefusedError when the replica said no (its reason and code), or an Error naming
 * what failed (dial, timeout, a broken answer, a chunk missing or corrupt here).
 */
export async function pushSnapshot(host: Pick<Libp2p, 'dialProtocol'>, peer: PeerId | Multiaddr | Multiaddr[], options: PushOptions): Promise<PushResult> {
  const { volumes, store, volume, seq } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PUSH_TIMEOUT_MS;
  const to = `${volume}#${seq} to ${String(peer)}`;
  const { info, manifest } = await volumes.get(volume, seq);
  const manifestBytes = await store.get(info.manifest, MAX_MANIFEST_BYTES);
  if (!manifestBytes || digestOf(manifestBytes) !== info.manifest) throw new Error(`cannot push ${volume}#${seq}: its manifest ${info.manifest} is missing or corrupt in the store`);

  const deadlineAt = Date.now() + timeoutMs;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const remaining = (): number => Math.max(1, deadlineAt - Date.now());
  let stream: Stream;
  try {
    stream = await host.dialProtocol(peer, REPLICATE_PROTOCOL, { signal });
  } catch (error) {
    throw failure(error, `cannot reach the replica for ${to}`);
  }
  const onAbort = () => stream.abort(new Error(timeout.aborted ? `no answer within ${timeoutMs} ms` : 'the push was aborted'));
  signal.addEventListener('abort', onAbort, { once: true });
  const reader = frameReader(stream, MAX_FRAME_BYTES);
  const send = (message: Uint8Array): Promise<void> => writeFrame(stream, message, remaining());
  try {
    await send(encodePusher({ offer: { volume, createdMs: info.createdAt.getTime(), manifestDigest: digestBytes(info.manifest), manifestSize: manifestBytes.length } }));
    // Answers are read by the deadline of the whole push, not a shorter idle bound: a replica
    // may rightly take long (waiting for an earlier push of the volume, holding a big tree's chunks).
    let answer = await readAnswer(stream, reader, remaining(), 'the answer to the offer');
    if (answer.body === 'held' && answer.held) return { seq: answer.held.seq ?? 0, sentChunks: 0, sentBytes: 0, alreadyHeld: true };
    expect(answer, 'sendManifest');
    for (const part of manifestParts(manifestBytes)) await send(part);
    answer = await readAnswer(stream, reader, remaining(), 'the wanted chunks');
    expect(answer, 'want');
    const order = chunkOrder(manifest);
    const wanted = parseWant(answer, order.length);
    // The answer after the chunks is read from now on: a replica that refuses a chunk says so
    // (and may then reset the stream) while later chunks are still being sent.
    const final = readAnswer(stream, reader, remaining(), 'the adoption');
    let early: ReplicaMessage | Error | undefined;
    final.then((message) => { early = message; }, (error: Error) => { early = error; });
    let sentChunks = 0;
    let sentBytes = 0;
    try {
      for (const index of wanted) {
        if (early) break;
        const { digest, size } = order[index]!;
        const data = await store.get(digest, MAX_CHUNK_BYTES);
        if (!data || data.length !== size || digestOf(data) !== digest) throw new LocalChunkError(`cannot push ${volume}#${seq}: chunk ${digest} is missing or corrupt in the store`);
        await send(encodePusher({ chunk: { digest: digestBytes(digest), data } }));
        sentChunks++;
        sentBytes += data.length;
      }
    } catch (error) {
      if (error instanceof LocalChunkError) throw error;
      // The stream failed under the writes: the replica's answer, if one came, says why.
    }
    answer = await final;
    expect(answer, 'adopted');
    await stream.close({ signal: AbortSignal.timeout(Math.min(remaining(), 5_000)) }).catch(() => undefined);
    return { seq: answer.adopted?.seq ?? 0, sentChunks, sentBytes, alreadyHeld: false };
  } catch (error) {
    stream.abort(error instanceof Error ? error : new Error(String(error)));
    if (options.signal?.aborted) throw options.signal.reason;
    // Reads wait as long as the push may still take, so a read's own timeout is the push's too.
    if (timeout.aborted || error instanceof FrameTimeoutError) throw new Error(`push of ${to}: no answer within ${timeoutMs} ms`, { cause: error });
    throw failure(error, `push of ${to} failed`);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

class LocalChunkError extends Error {
  override name = 'LocalChunkError';
}

async function readAnswer(stream: Stream, reader: FrameReader, timeoutMs: number, what: string): Promise<ReplicaMessage> {
  return decodeReplica(await readFrame(stream, reader, timeoutMs, what), what);
}

/** Refused: the replica's refusal. Anything but `body` otherwise: the replica broke the protocol. */
function expect(answer: ReplicaMessage, body: NonNullable<ReplicaMessage['body']>): void {
  const refusal = refusalOf(answer);
  if (refusal) throw refusal;
  if (answer.body !== body || !answer[body]) throw new Error(`the replica answered ${answer.body ?? 'nothing'} where ${body} was due`);
}

function failure(error: unknown, context: string): Error {
  if (error instanceof ReplicationRefusedError || error instanceof LocalChunkError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${context}: ${message}`, { cause: error });
}
