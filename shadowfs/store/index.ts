// Chunk storage for snapshots: the narrow interface ShadowFS needs, and its adapter onto the
// node's content-addressed store (p2p's ArtifactStore), where chunks and manifests live as
// ordinary artifacts so the piece exchange can serve them to replicas like any other blob.
//
// Holders: every chunk a snapshot uses carries a reference (`holder`, e.g. `shadowfs:<volume>`)
// so p2p's gc never drops it; release() removes the reference and deletes the chunk once no
// one at all references it. put/hold and release of one digest are serialised in this process,
// so a chunk being re-used by one snapshot is never deleted under it by another's release.
// (Another module putting the very same bytes without going through this adapter could still
// race a release: its artifact would be deleted between our check and our delete. p2p's store
// has no "delete if unreferenced" under its own lock yet; gc() has it but sweeps everything.)
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { digestOf } from '../../p2p/index.ts';
import type { ArtifactStore, Digest } from '../../p2p/index.ts';

export interface ChunkStore {
  has(digest: Digest): Promise<boolean>;
  /** Stores bytes under their digest, referenced by `holder`; `stored` is false if they were already held. */
  put(bytes: Uint8Array, holder: string): Promise<{ digest: Digest; stored: boolean }>;
  /** Adds `holder` to a chunk already stored; false (nothing changed) if the chunk is not stored. */
  hold(digest: Digest, holder: string): Promise<boolean>;
  /** The stored bytes (not verified here: callers hash what they use), undefined if absent; refuses blobs over maxBytes. */
  get(digest: Digest, maxBytes: number): Promise<Uint8Array | undefined>;
  /** Drops `holder` from each digest and deletes the ones nobody references any more. */
  release(digests: Iterable<Digest>, holder: string): Promise<{ removed: number; freedBytes: number }>;
  /** release() of every digest `holder` references: a scan of the whole store, for crash recovery only. */
  forget(holder: string): Promise<{ removed: number; freedBytes: number }>;
}

/** Serialises work per key (here: per digest). */
class KeyedLock {
  readonly #tails = new Map<string, Promise<void>>();
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let done!: () => void;
    const tail = new Promise<void>((resolve) => { done = resolve; });
    this.#tails.set(key, tail);
    try {
      await previous;
      return await task();
    } finally {
      done();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}

export function artifactChunkStore(store: ArtifactStore): ChunkStore {
  const lock = new KeyedLock();

  async function hold(digest: Digest, holder: string): Promise<boolean> {
    try {
      await store.addRef(digest, holder);
      return true;
    } catch (error) {
      if (/unknown artifact/.test((error as Error).message)) return false;
      throw error;
    }
  }

  return {
    has: (digest) => store.has(digest),
    put(bytes, holder) {
      const digest = digestOf(bytes);
      return lock.run(digest, async () => {
        // Already held: one index write instead of a temp file, a write, an fsync and a rename.
        if (await hold(digest, holder)) return { digest, stored: false };
        await store.putBytes(bytes, { ref: holder });
        return { digest, stored: true };
      });
    },
    hold: (digest, holder) => lock.run(digest, () => hold(digest, holder)),
    async get(digest, maxBytes) {
      let file: FileHandle;
      try {
        file = await open(store.blobPath(digest), 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        const { size } = await file.stat();
        if (size > maxBytes) throw new Error(`chunk ${digest} is ${size} bytes in the store, more than the ${maxBytes} expected`);
        const buffer = new Uint8Array(size);
        let filled = 0;
        while (filled < size) {
          const { bytesRead } = await file.read(buffer, filled, size - filled, filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      } finally {
        await file.close();
      }
    },
    async release(digests, holder) {
      let removed = 0;
      let freedBytes = 0;
      for (const digest of new Set(digests)) {
        await lock.run(digest, async () => {
          await store.removeRef(digest, holder);
          const info = await store.stat(digest);
          if (info && info.refs.length === 0 && await store.remove(digest)) {
            removed++;
            freedBytes += info.size;
          }
        });
      }
      return { removed, freedBytes };
    },
    async forget(holder) {
      const held = (await store.list()).filter((info) => info.refs.includes(holder)).map((info) => info.digest);
      return this.release(held, holder);
    },
  };
}
