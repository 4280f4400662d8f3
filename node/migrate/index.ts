// node/migrate: live migration of a running Arrow between two arrowd over one libp2p stream of
// /arrow/migrate/1 (node/proto/migrate.proto), QEMU's RAM migration inside it. The VM-level core:
// who may migrate what, and recording the move in the cluster, are the caller's.
//
// CONTRACT
//
// Target (every host that accepts Arrows): once, at start,
//   const target = await serveMigrations(host, { prepare, onArrow, onFailure? })
//   - prepare(request, peer, signal) runs for each validated header: decide whether `peer` may
//     move `request.arrow` here (throw MigrationRefused(reason) if not; the source hears the
//     reason), resolve request.kernelDigest / initrdDigest to this host's files (pull them from
//     peers beforehand: nothing is fetched here), and say where the Arrow runs (run root, port
//     forwards or tap, output writers). Bounded by prepareTimeoutMs.
//   - onArrow(session, request, peer): the Arrow runs here now (startedFrom 'migrated'); drive
//     the session like any other (output, stop(), wait()).
//   - Refused before any VM starts: a header above 64 KiB (from its length prefix), one that is
//     not a Header, has unknown fields (the VM must be rebuilt exactly), out-of-range values
//     (limits.maxMemoryMiB / maxCpus), another QEMU version or accelerator, more than
//     maxConcurrent migrations at once ("busy"). A peer silent for headerTimeoutMs is cut off.
//   - After Ready, anything wrong (a stream that stops for idleTimeoutMs or ends, bytes QEMU
//     cannot load, a RamEnd whose count or sha256 is not that of the RAM that came, no Go within
//     goTimeoutMs after Loaded, an Abort) kills the half-made VM;
//     onFailure says why. The process serves on.
//   - target.stop() before stopping the host: unregisters, aborts migrations in progress.
//
// Source: const result = await migrateArrow(host, peerIdOrAddr, arrowSession, { arrow, ... })
//   1. Header → the target checks it and starts the VM paused (Ready), or refuses;
//   2. QEMU's RAM migration streams (parameters: downtime limit, bandwidth; defaults in
//      kernel/vmm/migrate.ts, for small edge links) while the app runs; the source VM pauses;
//   3. the target loads it (Loaded); options.commit() runs: the caller's point of no return (the
//      cluster commits the allocation's new node and generation there); a throw aborts;
//   4. the source lets go of the channel (Go with its position), the target resumes the VM and
//      takes over the output (Done); the source VM is killed; resolves with QMP's figures.
//   Rejects with MigrationFailedError:
//   - outcome 'source', no `session`: refused, or failed before step 4; the source VM runs on in
//     the same session, the target has no VM;
//   - outcome 'source' with `session`: the target could not run the loaded VM (it answered Done
//     not ok and killed it); the source took the Arrow back (same app, output continues): drive
//     error.session from now on, the session passed in is finished;
//   - outcome 'unknown': no Done after Go; the source VM is paused (not running), the target may
//     run the Arrow. Settle it by the committed state: kill the source VM, or once the target's
//     VM is known to be gone, reclaim() the source session (kernel/runtime).
//   With `commit` in place, the cluster must undo the commit (or treat it as void) for the first
//   two cases when they happen after it.
//
// Taps: an Arrow on a tap keeps its guest address, which belongs to the source node's subnet;
// the caller must give the target a tap (prepare's `tap`) and route that address to it.
export { serveMigrations, MigrationRefused, type MigrationTarget, type MigrationTargetOptions, type PreparedTarget } from './target.ts';
export { migrateArrow, MigrationFailedError, type MigrateArrowOptions, type MigrateArrowResult, type MigrationOutcome } from './source.ts';
export { PROTOCOL as MIGRATE_PROTOCOL, MAX_HEADER_BYTES, type MigrationRequest, type RequestLimits } from './wire.ts';
export { qemuVersion } from './qemu-version.ts';
