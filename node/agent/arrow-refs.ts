// The `arrow:<name>` references a node's store keeps on an Arrow's binary and files, so that
// `artifact gc` leaves them alone. The runner adds them as it pulls; this drops the ones nothing
// on the node needs any more, judged from the node's watch view. An Arrow is needed here while it
// is not stopped and has a live allocation on the node or a volume the node runs or keeps a copy
// of (arrowsNeeded); then:
// - an Arrow needed here keeps its reference on what its current definition names and on what
//   its VMs here were started from (a rolling update's old VM runs the old binary);
// - an Arrow that was needed here and no longer is (stopped, ended, or moved to other nodes,
//   which pulled their own copies) loses its references, unless a VM here still runs it.
// An Arrow this node never needed (a node `arrowctl schedule` pushed to, which does not run it)
// keeps its references: that node may hold the copy every other node pulls from. The Arrows a
// node needed are kept in a file of its data dir, so a restarted arrowd lets go of them too.
// Dropping a reference deletes nothing: only `artifact gc` does, when an admin asks.
import { rename, writeFile } from 'node:fs/promises';
import type { ArtifactInfo, ArtifactStore, Digest } from '../../p2p/index.ts';
import { isLiveAllocation } from '../cluster/index.ts';
import type { ArrowRecord } from '../cluster/index.ts';
import type { WatchReply } from '../control/index.ts';
import { isArrowName, parseArrowDefinition } from '../spec/index.ts';
import type { ArrowDefinition } from '../spec/index.ts';
import { readBounded } from './alloc-state.ts';
import type { AgentLogger } from './logger.ts';

const PREFIX = 'arrow:';

/** The store reference an Arrow's artifacts are kept under on a node. */
export function arrowRef(name: string): string {
  return `${PREFIX}${name}`;
}

/** The artifacts a definition names: its binary and its files. */
export function digestsOfDefinition(definition: Pick<ArrowDefinition, 'binary' | 'files'>): string[] {
  return [definition.binary.digest, ...definition.files.map((file) => file.digest)];
}

/** The digests an Arrow's definition names; none for a definition that does not parse. */
export function digestsOfArrow(arrow: ArrowRecord): string[] {
  try {
    return digestsOfDefinition(parseArrowDefinition(JSON.parse(arrow.definitionJson)));
  } catch {
    return [];
  }
}

/** The Arrows of a watch view the node needs the artifacts of (see the top of this file). */
export function arrowsNeeded(view: Pick<WatchReply, 'allocations' | 'arrows' | 'volumes'>): ArrowRecord[] {
  const names = new Set([...view.allocations.filter(isLiveAllocation).map((a) => a.arrow), ...(view.volumes ?? []).map((v) => v.name)]);
  return view.arrows.filter((arrow) => names.has(arrow.name) && !arrow.stopped);
}

export interface StaleRef {
  readonly digest: Digest;
  readonly ref: string;
}

/**
 * The `arrow:` references to drop. `wanted`: per Arrow this node knows now, the digests it needs
 * (its current definition and its running VMs'); `forgotten`: Arrows this node knew and no longer
 * does, with no VM left here. Every other reference stays.
 */
export function staleArrowRefs(held: readonly Pick<ArtifactInfo, 'digest' | 'refs'>[], wanted: ReadonlyMap<string, ReadonlySet<string>>, forgotten: ReadonlySet<string>): StaleRef[] {
  const stale: StaleRef[] = [];
  for (const artifact of held) {
    for (const ref of artifact.refs) {
      if (!ref.startsWith(PREFIX)) continue;
      const name = ref.slice(PREFIX.length);
      const digests = wanted.get(name);
      if (digests ? !digests.has(artifact.digest) : forgotten.has(name)) stale.push({ digest: artifact.digest, ref });
    }
  }
  return stale;
}

export interface ArrowRefKeeperOptions {
  readonly store: Pick<ArtifactStore, 'list' | 'removeRef'>;
  /** Per Arrow with a VM on this node, the digests those VMs were started from. */
  readonly inUse: () => ReadonlyMap<string, ReadonlySet<string>>;
  /** Views closer together than this are looked at once (default 10 s). */
  readonly minIntervalMs?: number;
  /**
   * Where the names of the Arrows the node needed are kept across restarts (a JSON list); without
   * it a restarted node never lets go of what it needed before.
   */
  readonly stateFile?: string;
  readonly logger?: AgentLogger;
}

/** Drops stale `arrow:` references after watch views, one pass at a time, at most every minIntervalMs. */
export class ArrowRefKeeper {
  readonly #options: ArrowRefKeeperOptions;
  readonly #minIntervalMs: number;
  /** Arrows this node needed (and has not let go of yet); loaded from stateFile at the first pass. */
  readonly #known = new Set<string>();
  #loaded = false;
  #latest: readonly ArrowRecord[] | undefined;
  #running: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #lastPassMs = -Infinity;
  #stopped = false;

  constructor(options: ArrowRefKeeperOptions) {
    this.#options = options;
    this.#minIntervalMs = options.minIntervalMs ?? 10_000;
  }

  /** The Arrows the node needs now, by its newest watch view (arrowsNeeded). */
  viewChanged(arrows: readonly ArrowRecord[]): void {
    if (this.#stopped) return;
    this.#latest = arrows;
    this.#schedule();
  }

  /** Resolves when no pass is running or waiting. */
  async settled(): Promise<void> {
    while (this.#running || this.#timer) await (this.#running ?? new Promise((r) => setTimeout(r, 10)));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  #schedule(): void {
    if (this.#running || this.#timer) return;
    const wait = Math.max(0, this.#lastPassMs + this.#minIntervalMs - performance.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#running = this.#pass()
        .catch((error: unknown) => this.#options.logger?.warn({ err: (error as Error).message }, 'could not drop the references of Arrows this node no longer needs'))
        .finally(() => {
          this.#running = undefined;
          this.#lastPassMs = performance.now();
          if (this.#latest && !this.#stopped) this.#schedule();
        });
    }, wait);
    this.#timer.unref();
  }

  async #pass(): Promise<void> {
    const arrows = this.#latest;
    this.#latest = undefined;
    if (!arrows || this.#stopped) return;
    if (!this.#loaded) {
      this.#loaded = true;
      for (const name of await this.#load()) this.#known.add(name);
    }
    const inUse = this.#options.inUse();
    const wanted = new Map<string, Set<string>>();
    for (const arrow of arrows) wanted.set(arrow.name, new Set([...digestsOfArrow(arrow), ...(inUse.get(arrow.name) ?? [])]));
    const forgotten = new Set<string>();
    for (const name of this.#known) {
      if (wanted.has(name)) continue;
      const running = inUse.get(name);
      if (running) wanted.set(name, new Set(running));
      else forgotten.add(name);
    }
    const stale = staleArrowRefs(await this.#options.store.list(), wanted, forgotten);
    for (const { digest, ref } of stale) await this.#options.store.removeRef(digest, ref);
    const added = arrows.filter((arrow) => !this.#known.has(arrow.name));
    for (const name of forgotten) this.#known.delete(name);
    for (const arrow of added) this.#known.add(arrow.name);
    if (forgotten.size > 0 || added.length > 0) await this.#save();
    if (stale.length > 0) this.#options.logger?.info({ refs: stale.map((s) => `${s.ref} ${s.digest}`) }, 'dropped references to artifacts no Arrow here needs (artifact gc may now remove them)');
  }

  async #load(): Promise<string[]> {
    const file = this.#options.stateFile;
    if (!file) return [];
    let text: string;
    try {
      text = await readBounded(file, STATE_FILE_BYTES + 1);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.#options.logger?.warn({ file, err: (error as Error).message }, 'could not read the Arrows this node needed; keeping every reference');
      return [];
    }
    const names = parseKnownArrows(text);
    if (typeof names === 'string') {
      this.#options.logger?.warn({ file, why: names }, 'the file of the Arrows this node needed is unusable; keeping every reference');
      return [];
    }
    return names;
  }

  async #save(): Promise<void> {
    const file = this.#options.stateFile;
    if (!file) return;
    await writeFile(`${file}.tmp`, JSON.stringify([...this.#known].sort()), { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }
}

/** Arrow names fill at most this much of the state file (64-byte names: some 15,000 Arrows). */
const STATE_FILE_BYTES = 1024 * 1024;

/** The names in a state file, or why it is not one. */
export function parseKnownArrows(text: string): string[] | string {
  if (Buffer.byteLength(text) > STATE_FILE_BYTES) return `larger than ${STATE_FILE_BYTES} bytes`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (!Array.isArray(value)) return 'not a list';
  const bad = value.find((name) => typeof name !== 'string' || !isArrowName(name));
  if (bad !== undefined) return `not an Arrow name: ${JSON.stringify(bad).slice(0, 80)}`;
  return value as string[];
}
