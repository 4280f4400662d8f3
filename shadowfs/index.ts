// shadowfs: an Arrow's volumes as versioned, content-addressed snapshots kept on the host.
//
// CONTRACT (host side; the guest sync and replication build on it)
//
// Pieces
//   chunking/  where byte streams are cut (FastCDC-style gear hash, 16/64/256 KiB min/avg/max):
//              nextCut, chunkLengths, ChunkSplitter. Pure; every node cuts the same bytes alike.
//   manifest/  a snapshot's tree: entries (path, type, mode, mtime, size, chunks or target) in
//              one canonical protobuf encoding whose sha256 names the snapshot. decodeManifest
//              is the only way in for bytes from a peer, a guest or the disk: it refuses every
//              unsafe or ambiguous input with a ManifestError naming the problem and the path.
//              diffManifests(from, to) says what changed and which chunks a holder of `from` lacks.
//   store/     ChunkStore, and artifactChunkStore(p2p ArtifactStore): chunks and manifests are
//              artifacts in the node's CAS, each held by references (`shadowfs:<volume>`,
//              `shadowfs-pending:<id>`) so p2p's gc keeps them; release() deletes a chunk when
//              its last reference goes.
//   snapshot/  snapshotDirectory(dir, store, { sizeLimit, holder, previous? }) reads a host tree
//              into the store; materialise(manifest, store, dir) writes one back atomically.
//   volume/    openVolumes({ dataDir, store }): per-volume sequences of snapshots in
//              <dataDir>/shadowfs.db: commit, adopt, list, get, restore, retention.
//   sync/      VolumeSync: a running Arrow's volume on the host: pieces() to materialise it in
//              the guest, apply() for the guest's changes (untrusted: VolumeRefusedError), a
//              commit at most every few seconds and at flush(); see its own contract.
//   replicate/ /arrow/shadowfs/replicate/1: pushSnapshot(host, peer, { volumes, store, volume,
//              seq }) sends one snapshot to a replica, only the chunks it lacks;
//              serveVolumeReplicas(host, { volumes, store, accept }) takes pushes for the volumes
//              accept() allows, checks every frame (bounded, strict manifest, each chunk wanted
//              and hashed), adopts, and refuses stale offers so a replica never rolls back. A
//              failed push leaves nothing referenced; ReplicationRefusedError carries the
//              replica's code and reason. See its own contract.
//
// In order, for a caller (the agent):
//   1. const store = artifactChunkStore(await openStore(dataDir));
//      const volumes = await openVolumes({ dataDir, store });  // finishes releases a crash left
//   2. volumes.commit(name, dir, { sizeLimit, retain }) after the data changed; the result says
//      what was new (stats.newBytes) and which snapshots were dropped.
//      A replica: serveVolumeReplicas (replicate/) receives pushes and adopts them; the primary
//      calls pushSnapshot after each commit it wants replicated.
//   3. volumes.restore(name, seq, dir) (or materialise(get(...).manifest, store, dir)) before a
//      start; the target appears whole or not at all.
//   4. While an Arrow runs with the volume: restore it to a working dir, VolumeSync.open(...) over
//      it, hand the sync to kernel's ArrowSession (volume option); sync.close() after the Arrow.
//   5. A replica server's stop(), then volumes.close(), then the artifact store's close().
//
// What can fail, and what is left
//   - VolumeFullError: the tree holds more than sizeLimit bytes of file content; nothing of it
//     was stored (refused from sizes before reading, or rolled back if a file grew meanwhile).
//   - ManifestError (problem: path-traversal, duplicate-path, not-a-directory, size-mismatch,
//     too-many-entries, too-large, not-canonical, ...): a manifest was refused; nothing changed.
//   - ChunkMissingError / ChunkCorruptError: materialise found a chunk absent or not matching
//     its digest; the target directory is untouched and the temp tree removed.
//   - Any other error of commit (disk full, a vanished tree): the volume keeps its previous
//     sequence and the chunks the failed commit stored are released.
//   Names that are not valid UTF-8, paths over 4096 bytes and trees over MAX_ENTRIES entries are
//   refused with errors naming the path. Sockets, FIFOs and devices are skipped (stats.skipped).
//   Owners (uid/gid), hard links (stored as separate files sharing chunks), xattrs and ACLs are
//   not kept.
//
// One process per data dir: the store and the volume index are LevelDBs that refuse a second
// opener ("in use by another process").
export { AVG_CHUNK_BYTES, MAX_CHUNK_BYTES, MIN_CHUNK_BYTES, ChunkSplitter, chunkLengths, nextCut } from './chunking/index.ts';
export {
  MANIFEST_VERSION, MAX_ENTRIES, MAX_MANIFEST_BYTES, MAX_NAME_BYTES, MAX_PATH_BYTES, MAX_VOLUME_BYTES,
  ManifestError, buildManifest, chunksOf, comparePaths, decodeManifest, diffManifests, encodeManifest, logicalBytes, manifestDigest, manifestPathProblem,
} from './manifest/index.ts';
export type {
  ChunkRef, DirEntry, Entry, EntryType, FileEntry, Manifest, ManifestDiff, ManifestLimits, ManifestProblem, Mtime, SymlinkEntry,
} from './manifest/index.ts';
export { artifactChunkStore } from './store/index.ts';
export type { ChunkStore } from './store/index.ts';
export { ChunkCorruptError, ChunkMissingError, RollbackFailedError, VolumeFullError, materialise, snapshotDirectory } from './snapshot/index.ts';
export type { MaterialiseOptions, Snapshot, SnapshotOptions, SnapshotStats } from './snapshot/index.ts';
export { MAX_RETAIN, checkVolumeName, isVolumeName, openVolumes, volumeHolder } from './volume/index.ts';
export type { AdoptOptions, AdoptResult, CommitOptions, CommitResult, SnapshotInfo, Volumes } from './volume/index.ts';
export { DEFAULT_COMMIT_EVERY_MS, MAX_PIECE_BYTES, VolumeRefusedError, VolumeSync, splitGuestPath } from './sync/index.ts';
export type { ChangeKind, RefusalReason, VolumeChange, VolumePiece, VolumeSyncOptions, VolumeSyncStatus } from './sync/index.ts';
export { DEFAULT_PUSH_TIMEOUT_MS, MAX_CLOCK_SKEW_MS, MAX_MANIFEST_PART_BYTES, MAX_REPLICATE_FRAME_BYTES, MAX_SNAPSHOT_CHUNKS, REPLICATE_PROTOCOL, ReplicationRefusedError, chunkOrder, pushSnapshot, replicaHolder, serveVolumeReplicas } from './replicate/index.ts';
export type { PushOptions, PushResult, RefusalCode, ReplicaServer, ReplicaServerOptions } from './replicate/index.ts';
