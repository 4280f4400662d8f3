// A node's end of the encrypted overlay between nodes: one WireGuard device, a peer per other
// node allowed exactly that node's Arrow subnet, and a route per peer subnet through the device.
// The kernel's WireGuard where the kernel has it; elsewhere wireguard-go (userspace, on a TUN) as
// a child process of this one. Both are configured the same way, with `wg setconf`.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { overlayAlias, overlayName } from './names.ts';
import { OVERLAY_MTU, OverlayConfigError, generateOverlayKeyPair, overlayConfig, overlayPublicKey, type OverlayPeer } from './overlay-config.ts';
import { NetworkCommandError, deleteLink, runTool, systemTool } from './tools.ts';

/** Which WireGuard carries the overlay. */
export type OverlayMode = 'kernel' | 'wireguard-go';

export interface NodeOverlayOptions {
  readonly nodeId: string;
  /** The node's data directory: the private key lives in it as overlay.key (0600). */
  readonly dataDir: string;
  /** UDP port the overlay listens on, on every underlay address. */
  readonly listenPort: number;
  /** 'auto' (default): the kernel's WireGuard when `ip link add … type wireguard` works. */
  readonly mode?: 'auto' | OverlayMode;
  readonly onWarning?: (message: string) => void;
}

export class OverlayError extends Error {
  override name = 'OverlayError';
}

/** The file under the data dir holding the node's private key. */
export const OVERLAY_KEY_FILE = 'overlay.key';
/** wireguard-go may die (OOM, a bug): it is restarted on the next apply, at most this often… */
const RESTARTS = 5;
/** …within this window; more means something is wrong that restarting does not fix. */
const RESTART_WINDOW_MS = 60_000;
const DEVICE_WAIT_MS = 5_000;
const EXIT_WAIT_MS = 5_000;
/** wireguard-go's control socket; it is the way `wg` finds a userspace device. */
const SOCKET_DIR = '/var/run/wireguard';

interface LinkInfo {
  readonly ifname?: string;
  readonly ifalias?: string;
  readonly linkinfo?: { readonly info_kind?: string };
}

export class NodeOverlay {
  readonly #nodeId: string;
  readonly #device: string;
  readonly #keyPath: string;
  readonly #listenPort: number;
  readonly #wanted: 'auto' | OverlayMode;
  readonly #onWarning: (message: string) => void;
  #mode: OverlayMode | undefined;
  #privateKey: string | undefined;
  #child: ChildProcess | undefined;
  /** The device is gone (wireguard-go exited): the next apply makes it again. */
  #lost = false;
  #restarts: number[] = [];
  #stopping = false;
  /** Host changes one at a time, as NodeNetwork does. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: NodeOverlayOptions) {
    if (typeof options.nodeId !== 'string' || options.nodeId.length === 0) throw new OverlayConfigError(`node id ${JSON.stringify(options.nodeId)} is not a node id`);
    if (!Number.isInteger(options.listenPort) || options.listenPort < 1 || options.listenPort > 65_535) {
      throw new OverlayConfigError(`node ${JSON.stringify(options.nodeId)} listen port ${options.listenPort} is not 1-65535`);
    }
    this.#nodeId = options.nodeId;
    this.#device = overlayName(options.nodeId);
    this.#keyPath = join(options.dataDir, OVERLAY_KEY_FILE);
    this.#listenPort = options.listenPort;
    this.#wanted = options.mode ?? 'auto';
    this.#onWarning = options.onWarning ?? (() => {});
  }

  get device(): string {
    return this.#device;
  }

  /** Which WireGuard runs the device; undefined before start(). */
  get mode(): OverlayMode | undefined {
    return this.#mode;
  }

  /** The node's public key (what the other nodes need); after start(). */
  get publicKey(): string {
    if (this.#privateKey === undefined) throw new OverlayError('the overlay has not started: no key loaded yet');
    return overlayPublicKey(this.#privateKey);
  }

  /**
   * Loads (or creates) the node's key and makes the device: an overlay device an earlier arrowd
   * left is found by its alias; a kernel one is kept (its peers carry on until apply), anything
   * else (a TUN whose wireguard-go is not our child) is removed and made again.
   */
  start(): Promise<void> {
    return this.#serial(async () => {
      this.#stopping = false;
      this.#privateKey = await loadOrCreateKey(this.#keyPath);
      const leftovers = (await listLinks()).filter((link) => link.ifname && (link.ifalias === overlayAlias(this.#nodeId) || link.ifname === this.#device));
      const canKeep = this.#wanted !== 'wireguard-go';
      for (const link of leftovers) {
        if (canKeep && link.ifname === this.#device && link.linkinfo?.info_kind === 'wireguard') {
          this.#mode = 'kernel';
          continue;
        }
        await deleteLink(link.ifname!);
      }
      const kept = this.#mode === 'kernel';
      if (!kept) await this.#createDevice();
      await this.#setUp();
      // A new device knows its key and port but no peer until the first apply.
      if (!kept) await this.#setconf([]);
    });
  }

  /**
   * Makes the overlay say exactly `peers` (the cluster's nodes; this node's own entry is left
   * out): `wg setconf` replaces every peer at once, then the routes through the device become
   * those peers' subnets. A device whose wireguard-go exited is made again first.
   */
  apply(peers: readonly OverlayPeer[]): Promise<void> {
    return this.#serial(async () => {
      if (this.#privateKey === undefined) throw new OverlayError('apply before start');
      // Checked before anything changes on the host.
      this.#render(peers);
      if (this.#lost) {
        const now = Date.now();
        this.#restarts = this.#restarts.filter((at) => now - at < RESTART_WINDOW_MS);
        if (this.#restarts.length >= RESTARTS) {
          throw new OverlayError(`wireguard-go for ${this.#device} exited ${RESTARTS} times within ${RESTART_WINDOW_MS / 1000} s; not restarting it again yet`);
        }
        this.#restarts.push(now);
        await deleteLink(this.#device);
        await this.#createDevice();
        await this.#setUp();
      }
      await this.#setconf(peers);
    });
  }

  /** Removes the device (its routes go with it) and ends wireguard-go. */
  stop(): Promise<void> {
    return this.#serial(async () => {
      this.#stopping = true;
      const child = this.#child;
      this.#child = undefined;
      if (child) await endProcess(child);
      await deleteLink(this.#device);
      // wireguard-go removes its socket on a clean exit; not after SIGKILL.
      await rm(join(SOCKET_DIR, `${this.#device}.sock`), { force: true });
      this.#mode = undefined;
      this.#lost = false;
    });
  }

  #render(peers: readonly OverlayPeer[]): { config: string; routes: readonly string[] } {
    return overlayConfig({ nodeId: this.#nodeId, privateKey: this.#privateKey!, listenPort: this.#listenPort, peers });
  }

  async #setconf(peers: readonly OverlayPeer[]): Promise<void> {
    const { config, routes } = this.#render(peers);
    // Not through stdin: node gives a child a socket there, which wg cannot fopen(). A 0600 file
    // beside the key in the data dir, removed straight after; never the key on argv, and never
    // in /tmp, where a kill -9 between write and removal would leave the private key.
    const file = `${this.#keyPath}.conf`;
    try {
      await rm(file, { force: true });
      await writeFile(file, config, { mode: 0o600, flag: 'wx' });
      await runTool('wg', ['setconf', this.#device, file]);
    } finally {
      await rm(file, { force: true });
    }
    const present = (JSON.parse((await runTool('ip', ['-j', '-4', 'route', 'show', 'dev', this.#device])) || '[]') as { dst?: string }[])
      .map((route) => route.dst).filter((dst): dst is string => typeof dst === 'string');
    // Only routes through this device are this overlay's: they are removed when no peer has them.
    for (const dst of present) if (!routes.includes(dst)) await runTool('ip', ['route', 'del', dst, 'dev', this.#device]);
    for (const subnet of routes) await runTool('ip', ['route', 'replace', subnet, 'dev', this.#device]);
  }

  async #createDevice(): Promise<void> {
    if (this.#wanted !== 'wireguard-go') {
      try {
        await runTool('ip', ['link', 'add', this.#device, 'type', 'wireguard']);
        this.#mode = 'kernel';
        return;
      } catch (error) {
        if (this.#wanted === 'kernel' || !(error instanceof NetworkCommandError)) throw error;
        // "Unknown device type" / "Not supported": no WireGuard in this kernel; userspace then.
      }
    }
    await this.#spawnUserspace();
    this.#mode = 'wireguard-go';
  }

  async #spawnUserspace(): Promise<void> {
    await rm(join(SOCKET_DIR, `${this.#device}.sock`), { force: true });
    // -f: stays in the foreground as our child, so its exit is seen and nothing outlives a stop().
    const child = spawn(systemTool('wireguard-go'), ['-f', this.#device], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'error' } });
    let output = '';
    // Its last words, without the boxed "use the kernel module" banner it prints at start.
    const keep = (chunk: Buffer): void => {
      const lines = chunk.toString().split('\n').filter((line) => line.trim() && !/[\u2500-\u257f]/.test(line));
      if (lines.length > 0) output = `${output}${lines.join('\n')}\n`.slice(-2_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(`${code ?? signal}`)));
    child.once('error', (error) => this.#onWarning(`wireguard-go for ${this.#device}: ${error.message}`));
    void exited.then((how) => {
      if (this.#child !== child) return;
      this.#child = undefined;
      this.#lost = true;
      if (!this.#stopping) this.#onWarning(`wireguard-go for ${this.#device} exited (${how}): ${output.trim()}; the device is made again on the next apply`);
    });
    this.#child = child;
    // Ready once `wg` can talk to it over its socket (the TUN exists before the socket does).
    const deadline = Date.now() + DEVICE_WAIT_MS;
    for (;;) {
      const state = await Promise.race([exited.then((how) => `exited (${how})`), runTool('wg', ['show', this.#device, 'listen-port']).then(() => 'ready', () => 'waiting')]);
      if (state === 'ready') return;
      if (state !== 'waiting' || Date.now() > deadline) {
        this.#child = undefined;
        await endProcess(child);
        throw new OverlayError(`wireguard-go for ${this.#device} did not come up (${state === 'waiting' ? `not ready after ${DEVICE_WAIT_MS} ms` : state}): ${output.trim()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async #setUp(): Promise<void> {
    await runTool('ip', ['link', 'set', 'dev', this.#device, 'alias', overlayAlias(this.#nodeId)]);
    await runTool('ip', ['link', 'set', 'dev', this.#device, 'mtu', String(OVERLAY_MTU), 'up']);
    this.#lost = false;
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch((error: Error) => this.#onWarning(error.message));
    return next;
  }
}

/** The key in `path`, or a new one written there (0600; 'wx' so two starts never both write). */
async function loadOrCreateKey(path: string): Promise<string> {
  try {
    const key = (await readFile(path, 'utf8')).trim();
    overlayPublicKey(key);
    await chmod(path, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      if (error instanceof OverlayConfigError) throw new OverlayError(`${path} does not hold a WireGuard private key: ${error.message}`);
      throw error;
    }
  }
  const { privateKey } = generateOverlayKeyPair();
  try {
    await writeFile(path, `${privateKey}\n`, { mode: 0o600, flag: 'wx' });
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateKey(path);
    throw error;
  }
}

/** SIGTERM (wireguard-go then removes its TUN and socket), SIGKILL if it has not gone in time. */
async function endProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), EXIT_WAIT_MS).unref());
  if ((await Promise.race([gone, timer])) === 'late') {
    child.kill('SIGKILL');
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, EXIT_WAIT_MS).unref())]);
  }
}

async function listLinks(): Promise<LinkInfo[]> {
  return JSON.parse((await runTool('ip', ['-j', '-d', 'link', 'show'])) || '[]') as LinkInfo[];
}

