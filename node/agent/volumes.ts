// The node's side of the Arrows' ShadowFS volumes: the host copy (a working directory that a
// VolumeSync keeps in step with the guest and commits as snapshots) of each Arrow with a volume
// that runs here. The volume is named after its Arrow; its snapshots live in the node's volume
// index (shadowfs openVolumes) and chunk store, and replicas arrive there from other nodes.
//
// Where a run starts from:
//   - 'fresh' (a start or restart on this node, a failover from a replica): the newest snapshot
//     this node holds, whoever made it; an empty volume when it holds none.
//   - 'resume' (a VM adopted from an earlier arrowd, or one that migrated here): the working
//     directory as it is; the caller then asks the guest for a rescan (ArrowSession.rescanVolume),
//     which reports the whole tree, so changes the old copy missed are not lost.
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MAX_VOLUME_BYTES, VolumeSync } from '../../shadowfs/index.ts';
import type { SnapshotInfo, Volumes } from '../../shadowfs/index.ts';
import type { ArrowVolume } from '../../kernel/index.ts';
import type { Volume } from '../spec/index.ts';
import type { AgentLogger } from './logger.ts';

export type VolumeStart = 'fresh' | 'resume';

export interface NodeVolumesOptions {
  /** The node's data dir: working copies go under <dataDir>/volumes/<name>/. */
  readonly dataDir: string;
  readonly volumes: Volumes;
  /** Snapshots kept per volume on this node (default 10). */
  readonly retain?: number;
  /** A commit at most this often while changes arrive (default VolumeSync's 3 s). */
  readonly commitEveryMs?: number;
  readonly logger?: AgentLogger;
  /** After each snapshot this node commits: the agent replicates it and reports the holding. */
  readonly onCommit?: (name: string, snapshot: SnapshotInfo) => void;
}

const MIB = 1024 * 1024;
export const DEFAULT_RETAIN = 10;

export class NodeVolumes {
  readonly #options: NodeVolumesOptions;
  readonly #open = new Map<string, VolumeSync>();

  constructor(options: NodeVolumesOptions) {
    this.#options = options;
  }

  get volumes(): Volumes {
    return this.#options.volumes;
  }

  get retain(): number {
    return this.#options.retain ?? DEFAULT_RETAIN;
  }

  workDir(name: string): string {
    return join(this.#options.dataDir, 'volumes', name, 'work');
  }

  /**
   * The host copy for a run of Arrow `name`, ready for ArrowSession's `volume` option. A sync
   * still open for the volume (its previous run) is closed first: one writer per working copy.
   */
  async open(name: string, volume: Volume, start: VolumeStart): Promise<ArrowVolume> {
    await this.close(name);
    const workDir = this.workDir(name);
    const sizeLimit = volume.size * MIB;
    // restore() makes its temp tree beside the working copy: the volume's dir must exist.
    await mkdir(dirname(workDir), { recursive: true });
    if (start === 'fresh') {
      const newest = (await this.#options.volumes.list(name)).at(-1);
      if (newest) {
        await this.#options.volumes.restore(name, newest.seq, workDir);
      } else {
        await rm(workDir, { recursive: true, force: true });
        await mkdir(workDir, { recursive: true });
      }
    } else {
      await mkdir(workDir, { recursive: true });
    }
    const sync = await VolumeSync.open({
      volumes: this.#options.volumes, name, workDir, sizeLimit, retain: this.retain,
      ...(this.#options.commitEveryMs === undefined ? {} : { commitEveryMs: this.#options.commitEveryMs }),
      onCommit: (result) => this.#options.onCommit?.(name, result.snapshot),
      onError: (error) => this.#options.logger?.warn({ volume: name, err: error.message }, 'volume commit failed; retried at the next change'),
    });
    this.#open.set(name, sync);
    return { guestPath: volume.path, sizeLimit, sync };
  }

  /**
   * Commits what arrived so far (the Arrow runs on) and returns the newest snapshot this node
   * holds of the volume, if any: what a migration copies to its target first.
   */
  async flush(name: string): Promise<SnapshotInfo | undefined> {
    await this.#open.get(name)?.flush();
    return this.newest(name);
  }

  /**
   * Snapshot `seq` again, as this node's newest (a new snapshot with its content, taken now): the
   * Arrow's next start here, or a pull from another node, begins from it. Throws a RangeError for
   * a seq this node does not keep.
   */
  async restoreAsNewest(name: string, seq: number): Promise<SnapshotInfo> {
    const kept = await this.#options.volumes.list(name);
    const from = kept.find((s) => s.seq === seq);
    if (!from) throw new RangeError(`this node keeps no snapshot ${seq} of volume ${name} (it keeps ${kept.map((s) => s.seq).join(', ') || 'none'})`);
    // The content is whole in the store (the volume holds it): adopting it again only records it.
    const { snapshot } = await this.#options.volumes.adopt(name, from.manifest, { sizeLimit: MAX_VOLUME_BYTES, retain: this.retain });
    return snapshot;
  }

  /** The newest snapshot this node holds of a volume, if any. */
  async newest(name: string): Promise<SnapshotInfo | undefined> {
    return (await this.#options.volumes.list(name)).at(-1);
  }

  /** Commits what arrived and lets go of the working copy (the Arrow's run ended or left). */
  async close(name: string): Promise<void> {
    const sync = this.#open.get(name);
    if (!sync) return;
    this.#open.delete(name);
    await sync.close().catch((error: Error) => this.#options.logger?.warn({ volume: name, err: error.message }, 'could not commit a volume on close'));
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#open.keys()].map((name) => this.close(name)));
  }
}
