// Clones restored ahead of time: a long-running caller (the node's agent) keeps a few clones of
// the templates it starts from loaded and paused, so that starting an Arrow skips QEMU's own
// start-up and the state load (~100-150 ms under TCG on a busy 2-core host) and is left with the
// guest's own work. A paused clone's guest clock stands still, so it does not age while it waits
// (ainit gives up on a host that stays silent for 60 s of guest time).
//
// A pool of adoptable clones (`adoptable`) serves callers whose VMs outlive them (the node's
// agent): its clones are adoptable VMs in `runRoot`, each with its own run id (`idPrefix` and a
// random part), so that a clone taken becomes the caller's VM where it already runs. Until taken
// they belong to no one: after a crash of the caller nothing records them, and its restore (which
// kills adoptable VMs nobody has a record of) ends them.
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import type { Clone, Template, TemplateCache } from './cache.ts';

const BACKGROUND_NICENESS = 10;

export interface ClonePoolOptions {
  runRoot: string;
  /** restore adoptable clones (VmSpec.adoptable): only adoptable starts take them (default false) */
  adoptable?: boolean;
  /** run ids of the clones: this prefix and 12 random hex digits (default: the driver's random ids) */
  idPrefix?: string;
  /**
   * nice value of the clones while they are restored and wait (default 10 when this process may
   * set it back to 0 when a clone is taken, i.e. as root; else 0): a refill then takes only the CPU
   * that the Arrows starting meanwhile leave, on this node and on others sharing the host
   */
  niceness?: number;
  /** paused clones kept per template (default 1) */
  size?: number;
  /** templates with waiting clones at most (default 8); the least recently used go first */
  maxTemplates?: number;
  /** warm each clone up before it waits (CloneOptions.warm; default true) */
  warm?: boolean;
  onError?: (error: Error) => void;
}

interface Waiting {
  clone: Clone;
  alive: boolean;
}

export class ClonePool {
  readonly #cache: TemplateCache;
  readonly #options: ClonePoolOptions;
  readonly #size: number;
  readonly #maxTemplates: number;
  readonly #waiting = new Map<string, Waiting[]>();
  readonly #filling = new Map<string, Promise<void>>();
  #closed = false;
  /** where the clones run: their run dirs are under it */
  readonly runRoot: string;
  /** the clones are adoptable VMs (for starts that are adoptable, and only for those) */
  readonly adoptable: boolean;

  constructor(cache: TemplateCache, options: ClonePoolOptions) {
    this.#cache = cache;
    this.#options = options;
    this.runRoot = options.runRoot;
    this.adoptable = options.adoptable ?? false;
    this.#size = options.size ?? 1;
    this.#maxTemplates = options.maxTemplates ?? 8;
  }

  /** A clone of this template restored ahead of time, or undefined. Call fill() to replace it. */
  take(template: Template): Clone | undefined {
    const list = this.#waiting.get(template.key) ?? [];
    let taken: Clone | undefined;
    while (!taken && list.length > 0) {
      const next = list.shift()!;
      if (next.alive) taken = next.clone;
    }
    if (taken) foreground(taken);
    // Most recently used last: Map iteration order is insertion order.
    this.#waiting.delete(template.key);
    this.#waiting.set(template.key, list);
    return taken;
  }

  /** Restores clones of this template until `size` wait; resolves when they do (or it failed). */
  fill(template: Template): Promise<void> {
    const running = this.#filling.get(template.key);
    if (running) return running;
    const filling = this.#fill(template).finally(() => this.#filling.delete(template.key));
    this.#filling.set(template.key, filling);
    return filling;
  }

  /** Resolves once no template is being refilled. */
  async settled(): Promise<void> {
    while (this.#filling.size > 0) await Promise.allSettled([...this.#filling.values()]);
  }

  /** Clones waiting for this template right now. */
  waiting(template: Template): number {
    return (this.#waiting.get(template.key) ?? []).filter((entry) => entry.alive).length;
  }

  /** Ends every waiting clone; the pool restores nothing more. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#filling.values()]);
    const all = [...this.#waiting.values()].flat();
    this.#waiting.clear();
    await Promise.allSettled(all.map((entry) => this.#end(entry.clone)));
  }

  async #fill(template: Template): Promise<void> {
    try {
      if (!this.#waiting.has(template.key)) this.#waiting.set(template.key, []);
      await this.#evict(template.key);
      for (let restored = 0; restored < this.#size * 2; restored++) {
        const list = this.#waiting.get(template.key);
        if (this.#closed || !list || list.filter((entry) => entry.alive).length >= this.#size) return;
        const clone = await this.#cache.clone(template, {
          runRoot: this.runRoot,
          warm: this.#options.warm ?? true,
          niceness: this.#options.niceness ?? (process.getuid?.() === 0 ? BACKGROUND_NICENESS : 0),
          ...(this.adoptable ? { adoptable: true } : {}),
          ...(this.#options.idPrefix !== undefined ? { id: `${this.#options.idPrefix}${randomBytes(6).toString('hex')}` } : {}),
        });
        const entry: Waiting = { clone, alive: true };
        void clone.vm.exited.then(() => (entry.alive = false));
        if (this.#closed || this.#waiting.get(template.key) !== list) {
          await this.#end(clone);
          return;
        }
        list.push(entry);
      }
    } catch (error) {
      this.#options.onError?.(error as Error);
    }
  }

  /** Keeps at most maxTemplates templates with waiting clones: the least recently used go. */
  async #evict(keep: string): Promise<void> {
    const keys = [...this.#waiting.keys()].filter((key) => key !== keep);
    for (const key of keys.slice(0, Math.max(0, keys.length + 1 - this.#maxTemplates))) {
      const list = this.#waiting.get(key) ?? [];
      this.#waiting.delete(key);
      await Promise.allSettled(list.map((entry) => this.#end(entry.clone)));
    }
  }

  async #end(clone: Clone): Promise<void> {
    clone.session.close();
    await clone.vm.kill();
  }
}

/**
 * A taken clone runs at the normal priority again (it waited at a lower one, see niceness): every
 * thread of it, since a nice value is per thread (the vCPU threads inherited QEMU's).
 */
function foreground(clone: Clone): void {
  const pid = clone.vm.pid;
  if (pid === undefined) return;
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return; // gone: whoever takes it finds out
  }
  for (const tid of threads.slice(0, 1024)) {
    try {
      if (getPriority(Number(tid)) !== 0) setPriority(Number(tid), 0);
    } catch {
      /* not allowed (not root), or the thread ended: it only runs slower */
    }
  }
}
