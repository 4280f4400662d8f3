// The source's RAM stream into /arrow/migrate/1: QEMU's migration stream is written here, and
// each write becomes Ram frames on the protocol's stream, with that stream's back-pressure. A
// write waits for the stream's room, so the sink may still hold QEMU's last bytes when QEMU says
// it is done: finish() waits for them before RamEnd may follow.
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { encodeSource, MAX_RAM_CHUNK_BYTES } from './wire.ts';

/** What the protocol's stream must offer the sink: writes with callbacks, and 'close'. */
export interface FrameStream {
  write(chunk: Uint8Array, callback?: (error?: Error | null) => void): boolean;
  once(event: 'close', listener: () => void): unknown;
  off(event: 'close', listener: () => void): unknown;
}

export class RamSink extends Writable {
  readonly #stream: FrameStream;
  readonly #hash = createHash('sha256');
  #bytes = 0;
  constructor(stream: FrameStream) {
    super({ highWaterMark: 256 * 1024 });
    this.#stream = stream;
    // migrateOut watches the sink's errors while it runs; a late one (the stream closing after
    // the migration) is nobody's business.
    this.on('error', () => undefined);
    // A cut stream fails the sink, which fails QEMU's migration.
    const onClose = (): void => void this.destroy(new Error('the migration stream closed'));
    stream.once('close', onClose);
    this.once('close', () => stream.off('close', onClose));
  }

  /**
   * Ends the sink once every byte written so far is on the stream: their count and sha256, for
   * RamEnd. Rejects when the stream fails or this takes longer than timeoutMs.
   */
  async finish(timeoutMs: number): Promise<{ bytes: number; sha256: Buffer }> {
    this.end();
    await finished(this, { signal: AbortSignal.timeout(timeoutMs) });
    return { bytes: this.#bytes, sha256: this.#hash.digest() };
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#bytes += chunk.length;
    this.#hash.update(chunk);
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < chunk.length; at += MAX_RAM_CHUNK_BYTES) pieces.push(encodeSource({ ram: chunk.subarray(at, at + MAX_RAM_CHUNK_BYTES) }));
    const last = pieces.pop()!;
    for (const piece of pieces) this.#stream.write(piece);
    this.#stream.write(last, callback);
  }
}
