// An Arrow's volume on the channel: what ArrowSession sends after Start (the volume's tree) and
// how it hands the guest's VolumeChange frames to the host's copy. The copy itself (a working
// directory committed as ShadowFS snapshots) is shadowfs' VolumeSync, which fits VolumeHost;
// kernel/ does not import shadowfs: the shapes below are the channel's, matched structurally.
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChannelSession, Frame } from '../channel/index.ts';

export type VolumeChangeKind = 'write' | 'delete' | 'mkdir' | 'rescan-begin' | 'rescan-end';

/** What the host keeps of the volume (shadowfs' VolumeSync). */
export interface VolumeHost {
  /** the tree to materialise in the guest: directories, and files in pieces of at most 256 KiB, in order */
  pieces(): AsyncIterable<{ path: string; directory: boolean; mode: number; offset: number; data: Uint8Array }>;
  /** one change from the guest's frame `seq`; rejects when it refuses it (the Arrow goes on) */
  apply(change: { kind: VolumeChangeKind; path: string; mode: number; offset: number; data: Uint8Array; last: boolean }, seq: number): Promise<void>;
  /** the app exited or the Arrow ended: keep what arrived (commit it) */
  flush(): Promise<unknown>;
}

export interface ArrowVolume {
  /** absolute guest path of the mount, e.g. /data */
  guestPath: string;
  /** bytes; the guest's tmpfs size (the app gets ENOSPC past it) */
  sizeLimit: number;
  sync: VolumeHost;
}

/** Frames sent but not acknowledged while materialising; beyond, wait for the guest. */
const MAX_UNACKED_PIECES = 8;
const MATERIALISE_TIMEOUT_MS = 120_000;
const KINDS: Record<number, VolumeChangeKind> = { 1: 'write', 2: 'delete', 3: 'mkdir', 4: 'rescan-begin', 5: 'rescan-end' };

/** Start.volume for this volume, checked like the guest checks it. */
export function volumeStartField(volume: ArrowVolume): { path: string; sizeLimit: number } {
  const { guestPath, sizeLimit } = volume;
  if (!/^(\/[^/\0]+)+$/.test(guestPath) || guestPath.split('/').some((part) => part === '.' || part === '..') || guestPath.length > 255) {
    throw new RangeError(`volume path ${JSON.stringify(guestPath)} is not an absolute guest path of plain components`);
  }
  if (!Number.isSafeInteger(sizeLimit) || sizeLimit <= 0) throw new RangeError(`volume size limit ${sizeLimit} is not a positive number of bytes`);
  return { path: guestPath, sizeLimit };
}

/**
 * Sends the volume's tree after Start, then VolumeReady (the guest starts the app then). At most
 * MAX_UNACKED_PIECES frames wait for the guest's ack, so a large volume is not all in memory.
 */
export async function materialiseVolume(session: ChannelSession, volume: ArrowVolume, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + MATERIALISE_TIMEOUT_MS;
  for await (const piece of volume.sync.pieces()) {
    while (session.unackedCount >= MAX_UNACKED_PIECES) {
      signal?.throwIfAborted();
      if (Date.now() > deadline) throw new Error(`the guest did not take the volume within ${MATERIALISE_TIMEOUT_MS} ms`);
      await sleep(2);
    }
    session.send({ volumeFile: piece });
  }
  session.send({ volumeReady: {} });
}

/** A VolumeChange frame as VolumeHost.apply takes it (an unknown kind is passed on for the host to refuse). */
export function volumeChangeOf(frame: Frame): Parameters<VolumeHost['apply']>[0] | undefined {
  const change = frame.volumeChange;
  if (!change) return undefined;
  return {
    kind: KINDS[change.kind ?? 0] ?? (`unknown-${change.kind ?? 0}` as VolumeChangeKind),
    path: change.path ?? '',
    mode: change.mode ?? 0,
    offset: change.offset ?? 0,
    data: change.data ?? new Uint8Array(),
    last: change.last ?? false,
  };
}
