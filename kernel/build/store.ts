// The part of the node's content-addressed store (p2p/index.ts, ArtifactStore) that kernel
// artifacts need. Declared structurally here so kernel/ does not depend on the whole p2p
// module: the real ArtifactStore satisfies it, and so does any store with the same contract.
export type Digest = `sha256:${string}`;

export interface StoredArtifact {
  digest: Digest;
  size: number;
  refs: string[];
}

export interface KernelArtifactStore {
  putFile(path: string, opts?: { ref?: string }): Promise<StoredArtifact>;
  putBytes(data: Uint8Array, opts?: { ref?: string }): Promise<StoredArtifact>;
  has(digest: Digest): Promise<boolean>;
  blobPath(digest: Digest): string;
  addRef(digest: Digest, ref: string): Promise<void>;
}
