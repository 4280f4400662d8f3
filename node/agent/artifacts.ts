// ArtifactSupply: makes an allocation's binary and kernel template local on this node, from the
// cluster's peers. The decisions are in supply-policy.ts; this file does the I/O.
import { join } from 'node:path';
import { FetchFailedError, fetchArtifact, listedPeers, manifestDigestOf, parseDigest } from '../../p2p/index.ts';
import type { ArrowLibp2p, ArtifactStore, BadPeerReport, Digest, FetchOptions, FetchProgress } from '../../p2p/index.ts';
import { buildKernel, kernelTemplateKey, readJsonFile, updateJsonFile } from '../../kernel/index.ts';
import type { BuildProgress } from '../../kernel/index.ts';
import type { HolderChange, IgnoredItem } from '../cluster/index.ts';
import { ControlRefusedError } from '../control/index.ts';
import type { ArtifactLocation, ClaimReply } from '../control/index.ts';
import { machineCacheDir } from '../home/index.ts';
import type { AgentLogger } from './logger.ts';
import { afterClaim, afterLookup, describeFailures, kernelTag, planPull } from './supply-policy.ts';
import { sleep } from './timing.ts';

/** What the supply needs of the cluster: the Agent provides it over the control protocol. */
export interface ArtifactTracker {
  artifact(ref: string): Promise<ArtifactLocation | undefined>;
  reportHolders(changes: readonly Omit<HolderChange, 'node'>[]): Promise<readonly IgnoredItem[]>;
  tagArtifact(name: string, digest: string): Promise<void>;
  claim(name: string, release: boolean): Promise<ClaimReply>;
}

/** Compiles a template (or finds it in the machine's build cache) and says which. */
export type KernelBuilder = (template: string, options: { signal?: AbortSignal; onProgress?: (progress: BuildProgress) => void }) => Promise<{ imagePath: string; compiled: boolean }>;

export interface ArtifactSupplyOptions {
  readonly libp2p: ArrowLibp2p;
  readonly store: ArtifactStore;
  readonly tracker: ArtifactTracker;
  /** The machine cache (kernel builds, the source tarball's digest); default machineCacheDir(). */
  readonly cacheDir?: string;
  /** The kernel source tarball; default Debian's linux-source-6.1. */
  readonly tarball?: string;
  /** Default: kernel/build's buildKernel into cacheDir. */
  readonly buildKernel?: KernelBuilder;
  /** A template's key (kernel/build kernelTemplateKey by default). */
  readonly templateKey?: (template: string) => Promise<string>;
  /** Tuning of every pull (timeouts, parallelism). */
  readonly fetch?: Omit<FetchOptions, 'ref' | 'onProgress' | 'signal' | 'expectedManifestDigest' | 'onBadPeer'>;
  /** A peer sent bad data during a pull (a forged manifest, a bad piece): for metrics and logs. */
  readonly onBadPeer?: (digest: Digest, report: BadPeerReport) => void;
  /** While another node builds a template: how often to look for its image (default 2 s, jittered). */
  readonly kernelPollMs?: number;
  /** Rounds in a row the build claim may fail (no leader, no server) before this node builds anyway (default 15). */
  readonly maxClaimFailures?: number;
  readonly random?: () => number;
  readonly logger?: AgentLogger;
}

export interface EnsureOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: FetchProgress) => void;
  /** A store reference to add (e.g. arrow:<name>), so gc keeps the artifact. */
  readonly ref?: string;
}

export type KernelSupplyProgress =
  | { readonly phase: 'pull'; readonly progress: FetchProgress }
  | { readonly phase: 'build'; readonly progress: BuildProgress }
  | { readonly phase: 'wait'; readonly message: string };

export interface KernelImage {
  /** The image to boot: a blob of this node's store. */
  readonly path: string;
  readonly digest: Digest;
  /** local: already here (or in the machine's build cache); peer: pulled; built: compiled here now. */
  readonly source: 'local' | 'peer' | 'built';
  /** The tag it is published under, kernel-<template>:<key>. */
  readonly tag: string;
}

/** An artifact could not be made local: `reason` says why (no holder known, every holder failed, …). */
export class ArtifactUnavailableError extends Error {
  readonly digest: string;
  readonly reason: string;
  constructor(digest: string, reason: string, options?: { cause?: unknown }) {
    super(`cannot make ${digest} local: ${reason}`, options);
    this.name = 'ArtifactUnavailableError';
    this.digest = digest;
    this.reason = reason;
  }
}

/** What this node tells the cluster it holds of `digest`: the manifest digest pullers will check against. */
export async function holdingOf(store: Pick<ArtifactStore, 'has' | 'manifest'>, digest: Digest): Promise<Omit<HolderChange, 'node'> & { readonly manifestDigest: Digest }> {
  const manifest = await store.manifest(digest);
  if (!manifest || !(await store.has(digest))) throw new Error(`this node does not hold ${digest}`);
  return { digest, size: manifest.size, manifestDigest: manifestDigestOf(manifest), held: true };
}

/** Holders looked up again during a pull at most this often (holders recorded meanwhile join it). */
const HOLDER_REFRESH_MS = 5_000;

/**
 * Work shared by everyone who asks for the same key while it runs (one pull per digest, one
 * kernel per template): each caller gets the result, its own progress, and may stop waiting
 * (its signal); the work itself is abandoned only when every caller has stopped waiting.
 */
class SharedWork<T, P> {
  readonly #running = new Map<string, { promise: Promise<T>; listeners: Set<(p: P) => void>; waiters: number; abort: AbortController }>();
  readonly #stop: AbortSignal;

  constructor(stop: AbortSignal) {
    this.#stop = stop;
  }

  async run(key: string, work: (signal: AbortSignal, progress: (p: P) => void) => Promise<T>, options: { signal?: AbortSignal | undefined; onProgress?: ((p: P) => void) | undefined }): Promise<T> {
    let entry = this.#running.get(key);
    if (!entry) {
      const abort = new AbortController();
      const listeners = new Set<(p: P) => void>();
      const created = { abort, listeners, waiters: 0, promise: Promise.resolve() as Promise<T> };
      created.promise = work(AbortSignal.any([abort.signal, this.#stop]), (p) => { for (const l of listeners) l(p); })
        .finally(() => { if (this.#running.get(key) === created) this.#running.delete(key); });
      created.promise.catch(() => undefined); // awaited by the callers below; never unhandled
      this.#running.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.waiters++;
    const listener = options.onProgress;
    if (listener) shared.listeners.add(listener);
    try {
      return await untilAborted(shared.promise, options.signal);
    } finally {
      shared.waiters--;
      if (listener) shared.listeners.delete(listener);
      if (shared.waiters === 0 && options.signal?.aborted) shared.abort.abort(new Error('every caller stopped waiting'));
    }
  }
}

/** `promise`, or a rejection as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new Error('cancelled', { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('cancelled', { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

interface ImageRecords { images: Record<string, { digest: Digest; size: number }> }
const NO_IMAGES: ImageRecords = { images: {} };
const isImageRecords = (value: unknown): value is ImageRecords => {
  const images = (value as { images?: unknown } | null)?.images;
  return typeof images === 'object' && images !== null &&
    Object.values(images).every((r: unknown) => typeof (r as { digest?: unknown }).digest === 'string' && typeof (r as { size?: unknown }).size === 'number');
};

export class ArtifactSupply {
  readonly #libp2p: ArrowLibp2p;
  readonly #store: ArtifactStore;
  readonly #tracker: ArtifactTracker;
  readonly #self: string;
  readonly #build: KernelBuilder;
  readonly #templateKey: (template: string) => Promise<string>;
  readonly #fetch: ArtifactSupplyOptions['fetch'];
  readonly #onBadPeer: ArtifactSupplyOptions['onBadPeer'];
  readonly #kernelPollMs: number;
  readonly #maxClaimFailures: number;
  readonly #random: () => number;
  readonly #logger: AgentLogger | undefined;
  readonly #stop = new AbortController();
  readonly #pulls: SharedWork<void, FetchProgress>;
  readonly #kernels: SharedWork<KernelImage, KernelSupplyProgress>;
  /** Kernel tags this process made sure the cluster knows this node holds. */
  readonly #published = new Set<string>();
  readonly #imagesFile: string;

  constructor(options: ArtifactSupplyOptions) {
    this.#libp2p = options.libp2p;
    this.#store = options.store;
    this.#tracker = options.tracker;
    this.#self = options.libp2p.peerId.toString();
    const cacheDir = options.cacheDir ?? machineCacheDir();
    const tarball = options.tarball;
    this.#build = options.buildKernel ?? (async (template, { onProgress }) => {
      const build = await buildKernel({ template, cacheDir, ...(tarball ? { tarball } : {}), ...(onProgress ? { onProgress } : {}) });
      return { imagePath: build.imagePath, compiled: !build.cached };
    });
    this.#templateKey = options.templateKey ?? (async (template) => (await kernelTemplateKey(template, { cacheDir, ...(tarball ? { tarball } : {}) })).key);
    this.#fetch = options.fetch;
    this.#onBadPeer = options.onBadPeer;
    this.#kernelPollMs = options.kernelPollMs ?? 2_000;
    this.#maxClaimFailures = options.maxClaimFailures ?? 15;
    this.#random = options.random ?? Math.random;
    this.#logger = options.logger;
    this.#pulls = new SharedWork(this.#stop.signal);
    this.#kernels = new SharedWork(this.#stop.signal);
    this.#imagesFile = join(options.store.dataDir, 'kernel', 'images.json');
  }

  /**
   * Makes `artifact` local and returns its blob's path: at once if the store has it, else pulled
   * from the nodes the cluster records as holding it (never from any other peer), each peer's
   * manifest checked against the one recorded at push; then this node is recorded as a holder.
   * One pull per digest at a time, however many callers ask. Throws ArtifactUnavailableError
   * (no holder known, every holder failed with each one's reason, a size other than expected).
   */
  async ensure(artifact: { readonly digest: string; readonly size?: number }, options: EnsureOptions = {}): Promise<string> {
    const digest = parseDigest(artifact.digest);
    if (!(await this.#store.has(digest))) {
      await this.#pulls.run(digest, (signal, progress) => this.#pull(digest, artifact.size, signal, progress), options);
    }
    if (options.ref) await this.#store.addRef(digest, options.ref);
    return this.#store.blobPath(digest);
  }

  /**
   * The image of kernel template `template`, local: this node's own (recorded when it was built
   * or pulled here), else the image the cluster publishes under kernel-<template>:<key> pulled
   * from its holders, else built here, stored, recorded as held and published, so the rest of
   * the cluster pulls it instead of compiling. One build per cluster: the builder holds a claim
   * at the leader (renewed while it compiles); a node that finds the claim taken waits for the
   * tag to appear and pulls, and takes the build over if the builder fails or goes down.
   */
  kernelImage(template: string, options: { signal?: AbortSignal; onProgress?: (progress: KernelSupplyProgress) => void } = {}): Promise<KernelImage> {
    return this.#kernels.run(template, (signal, progress) => this.#kernel(template, signal, progress), options);
  }

  /** Ends every pull and wait in progress (their callers get an error). */
  stop(): void {
    this.#stop.abort(new Error('the artifact supply stopped'));
  }

  async #pull(digest: Digest, size: number | undefined, signal: AbortSignal, progress: (p: FetchProgress) => void): Promise<void> {
    const plan = planPull({ digest, size }, await this.#tracker.artifact(digest), this.#self, this.#random);
    if (plan.kind === 'unavailable') throw new ArtifactUnavailableError(digest, plan.reason);
    let holders = plan.holders;
    const everyHolder = new Map(holders.map((h) => [h.peerId, h]));
    let lookedUp = Date.now();
    const source = listedPeers(this.#libp2p, async () => {
      if (Date.now() - lookedUp >= HOLDER_REFRESH_MS) {
        lookedUp = Date.now();
        const fresh = planPull({ digest, size }, await this.#tracker.artifact(digest).catch(() => undefined), this.#self, this.#random);
        if (fresh.kind === 'pull' && fresh.manifestDigest === plan.manifestDigest) {
          holders = fresh.holders;
          for (const h of holders) everyHolder.set(h.peerId, h);
        }
      }
      return holders;
    });
    try {
      await fetchArtifact(this.#libp2p, this.#store, source, digest, {
        ...this.#fetch, expectedManifestDigest: plan.manifestDigest, signal, onProgress: progress,
        onBadPeer: (report) => {
          this.#logger?.warn({ digest, peer: report.peer, reason: report.reason }, 'a peer sent bad data');
          this.#onBadPeer?.(digest, report);
        },
      });
    } catch (error) {
      if (!(error instanceof FetchFailedError)) throw error;
      const named = describeFailures(error.peers, [...everyHolder.values()]);
      throw new ArtifactUnavailableError(digest, `every holder failed (${error.reason}): ${named}`, { cause: error });
    }
    await this.#reportHeld(digest);
  }

  /** Records this node as holding `digest`; true when the cluster took it. Failures are logged: the artifact is here either way. */
  async #reportHeld(digest: Digest): Promise<boolean> {
    try {
      const ignored = await this.#tracker.reportHolders([await holdingOf(this.#store, digest)]);
      if (ignored.length === 0) return true;
      this.#logger?.warn({ digest, ignored }, 'the cluster did not record this node as a holder');
    } catch (error) {
      this.#logger?.warn({ digest, err: (error as Error).message }, 'could not record this node as a holder');
    }
    return false;
  }

  async #kernel(template: string, signal: AbortSignal, progress: (p: KernelSupplyProgress) => void): Promise<KernelImage> {
    const tag = kernelTag(template, await this.#templateKey(template));
    const local = await this.#localImage(tag);
    if (local) {
      if (!this.#published.has(tag)) await this.#publish(tag, local);
      return { path: this.#store.blobPath(local), digest: local, source: 'local', tag };
    }
    let failedRounds = 0;
    for (;;) {
      if (signal.aborted) throw new Error(`kernel template ${template}: cancelled`, { cause: signal.reason });
      // A lookup or claim the cluster could not answer (no leader, no server reachable) counts as
      // a failed round; a refusal will not change by asking again.
      let reply: ClaimReply | Error;
      try {
        const location = await this.#tracker.artifact(tag);
        if (location && afterLookup(location, this.#self) === 'pull') return await this.#pullImage(template, tag, location, signal, progress);
        reply = await this.#tracker.claim(tag, false);
      } catch (error) {
        if (error instanceof ControlRefusedError || error instanceof ArtifactUnavailableError || signal.aborted) throw error;
        reply = error as Error;
      }
      failedRounds = reply instanceof Error ? failedRounds + 1 : 0;
      const next = afterClaim(reply, failedRounds, this.#maxClaimFailures);
      if (next.kind === 'build') {
        if (!next.claimed) this.#logger?.warn({ tag, err: (reply as Error).message }, 'building a kernel template without a claim: the cluster did not answer');
        return await this.#buildImage(template, tag, next.claimed ? (reply as ClaimReply).leaseMs : 0, signal, progress);
      }
      progress({ phase: 'wait', message: `${tag}: ${next.why}` });
      await sleep(this.#kernelPollMs * (0.5 + this.#random()), signal);
    }
  }

  /** Pulls the published image. Its failures end the call (a pull's errors are not the cluster being unreachable). */
  async #pullImage(template: string, tag: string, location: ArtifactLocation, signal: AbortSignal, progress: (p: KernelSupplyProgress) => void): Promise<KernelImage> {
    try {
      const digest = parseDigest(location.digest);
      const path = await this.ensure({ digest, size: location.size }, { signal, ref: `kernel:${template}`, onProgress: (p) => progress({ phase: 'pull', progress: p }) });
      await this.#recordImage(tag, digest, location.size);
      this.#published.add(tag); // ensure recorded this node as a holder; the tag is the cluster's already
      return { path, digest, source: 'peer', tag };
    } catch (error) {
      throw error instanceof ArtifactUnavailableError ? error : new ArtifactUnavailableError(location.digest, `pulling ${tag}: ${(error as Error).message}`, { cause: error });
    }
  }

  async #buildImage(template: string, tag: string, leaseMs: number, signal: AbortSignal, progress: (p: KernelSupplyProgress) => void): Promise<KernelImage> {
    // Renew the claim while compiling (a third of the lease), so waiting nodes keep waiting.
    const renew = leaseMs > 0 ? setInterval(() => { void this.#tracker.claim(tag, false).catch(() => undefined); }, Math.max(1_000, Math.floor(leaseMs / 3))) : undefined;
    try {
      const built = await this.#build(template, { signal, onProgress: (p) => progress({ phase: 'build', progress: p }) });
      const info = await this.#store.putFile(built.imagePath, { ref: `kernel:${template}` });
      await this.#recordImage(tag, info.digest, info.size);
      // Published before the claim is released: a waiting node looks for the tag next.
      await this.#publish(tag, info.digest);
      return { path: this.#store.blobPath(info.digest), digest: info.digest, source: built.compiled ? 'built' : 'local', tag };
    } finally {
      clearInterval(renew);
      if (leaseMs > 0) await this.#tracker.claim(tag, true).catch(() => undefined);
    }
  }

  /** Records this node as holding the image, then tags it; what the cluster refuses is logged (the image is usable here either way). */
  async #publish(tag: string, digest: Digest): Promise<void> {
    if (!(await this.#reportHeld(digest))) return;
    try {
      await this.#tracker.tagArtifact(tag, digest);
      this.#published.add(tag);
    } catch (error) {
      // Another node published its build of the template first: both images serve.
      if (error instanceof ControlRefusedError && /already names/.test(error.message)) this.#published.add(tag);
      this.#logger?.warn({ tag, digest, err: (error as Error).message }, 'kernel image not published');
    }
  }

  /** This node's image for `tag`, if it recorded one and the store still has it. */
  async #localImage(tag: string): Promise<Digest | undefined> {
    const record = (await readJsonFile(this.#imagesFile, NO_IMAGES, isImageRecords)).images[tag];
    if (!record) return undefined;
    const digest = parseDigest(record.digest);
    return (await this.#store.has(digest)) ? digest : undefined;
  }

  async #recordImage(tag: string, digest: Digest, size: number): Promise<void> {
    await updateJsonFile(this.#imagesFile, NO_IMAGES, isImageRecords, (current) => ({ images: { ...current.images, [tag]: { digest, size } } }));
  }
}

