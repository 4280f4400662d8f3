// What the cluster state reads of an Arrow's volume. node/spec owns the definition's schema (it
// gains `volume: { path, size, replicas }`); the state reads only whether there is a volume and
// how many copies it wants, straight from the stored JSON, so that it works with definitions
// written before and after that schema and never depends on the spec module's parser version.
import { limits } from './commands.ts';

/** Copies of a volume wanted when its definition names none: the running one and one replica. */
export const DEFAULT_VOLUME_REPLICAS = 2;

/**
 * The volume of a stored definition: undefined when it has none (or is not JSON at all), else
 * the copies wanted, the running one included (volume.replicas; default 2, bounded 1 to
 * commandLimits.maxVolumeReplicas, so a strange value never makes the leader chase a thousand nodes).
 */
export function volumeOf(definitionJson: string): { readonly replicas: number } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definitionJson);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const volume = (parsed as { volume?: unknown }).volume;
  if (typeof volume !== 'object' || volume === null) return undefined;
  const replicas = (volume as { replicas?: unknown }).replicas;
  if (typeof replicas !== 'number' || !Number.isFinite(replicas)) return { replicas: DEFAULT_VOLUME_REPLICAS };
  return { replicas: Math.min(limits.maxVolumeReplicas, Math.max(1, Math.floor(replicas))) };
}
