// A node's end of the encrypted overlay between nodes: one WireGuard device, a peer per other
// node allowed exactly that node's Arrow subnet, and a route per peer subnet through the device.
// The kernel's WireGuard where the kernel has it; elsewhere wireguard-go (userspace, on a TUN).
// Both are configured the same way, with `wg syncconf`.
//
// The overlay may outlive arrowd (stop({ keep: true }): VMs that outlive it keep talking to other
// nodes), so wireguard-go runs in its own session with its output in a file, not on a pipe to
// arrowd, and the next start() adopts the device, its peers, its routes and its process. Its pid
// is then found in /proc; its death is seen by its exit event while it is our child, and on the
// next apply (in /proc) once it is not.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants, createReadStream } from 'node:fs';
import { chmod, open, readFile, readdir, readlink, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
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
/** wireguard-go's output (errors only), beside the key; emptied at each start of it. */
export const OVERLAY_LOG_FILE = 'overlay-wireguard-go.log';
/** The log is emptied on an apply that finds it larger (a peer it cannot reach logs each send). */
const LOG_LIMIT_BYTES = 1024 * 1024;
/** How much of the log's end a warning quotes. */
const LAST_WORDS_BYTES = 2_000;
/** wireguard-go may die (OOM, a bug): it is restarted on the next apply, at most this often… */
const RESTARTS = 5;
/** …within this window; more means something is wrong that restarting does not fix. */
const RESTART_WINDOW_MS = 60_000;
const DEVICE_WAIT_MS = 5_000;
const EXIT_WAIT_MS = 5_000;
/** wireguard-go's control socket; it is the way `wg` finds a userspace device. */
const SOCKET_DIR = '/var/run/wireguard';

/** A process as /proc names it: a pid taken by another process later has another start time. */
interface ProcessRef {
  readonly pid: number;
  readonly startTime: string;
}

interface LinkInfo {
  readonly ifname?: string;
  readonly ifalias?: string;
  readonly linkinfo?: { readonly info_kind?: string };
}

export class NodeOverlay {
  readonly #nodeId: string;
  readonly #device: string;
  readonly #keyPath: string;
  readonly #logPath: string;
  readonly #socketPath: string;
  readonly #listenPort: number;
  readonly #wanted: 'auto' | OverlayMode;
  readonly #onWarning: (message: string) => void;
  #mode: OverlayMode | undefined;
  #privateKey: string | undefined;
  /** wireguard-go as this process started it (its exit is an event)… */
  #child: ChildProcess | undefined;
  /** …or as an earlier arrowd left it: either way the process serving the device. */
  #server: ProcessRef | undefined;
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
    this.#logPath = join(options.dataDir, OVERLAY_LOG_FILE);
    this.#socketPath = join(SOCKET_DIR, `${this.#device}.sock`);
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
   * Loads (or creates) the node's key and brings the device up. The device an earlier arrowd left
   * (stop with keep, or a crash) is adopted when it is of a kind this overlay may run and carries
   * this node's key: its peers, routes and wireguard-go carry on, untouched until apply. Anything
   * else of this node's (another key, a TUN no wireguard-go of this namespace serves, a device
   * that does not answer) is removed and made again.
   */
  start(): Promise<void> {
    return this.#serial(async () => {
      this.#stopping = false;
      this.#privateKey = await loadOrCreateKey(this.#keyPath);
      const leftovers = (await listLinks()).filter((link) => link.ifname && (link.ifalias === overlayAlias(this.#nodeId) || link.ifname === this.#device));
      const own = leftovers.find((link) => link.ifname === this.#device);
      const adopted = own !== undefined && (await this.#adopt(own));
      for (const link of leftovers) if (link !== own) await deleteLink(link.ifname!);
      if (!adopted) {
        await this.#removeDevice();
        await this.#createDevice();
      }
      await this.#setUp();
      // A new device knows its key and port but no peer until the first apply.
      if (!adopted) await this.#configure([]);
    });
  }

  /**
   * Makes the overlay say exactly `peers` (the cluster's nodes; this node's own entry is left
   * out): `wg syncconf` changes only what differs, so peers that stay keep their sessions (a
   * session reset makes traffic wait for a new handshake: a restarted arrowd applying the same
   * view must not cut its Arrows off), then the routes through the device become those peers' subnets. A device whose wireguard-go exited is made again first.
   */
  apply(peers: readonly OverlayPeer[]): Promise<void> {
    return this.#serial(async () => {
      if (this.#privateKey === undefined) throw new OverlayError('apply before start');
      // Checked before anything changes on the host.
      this.#render(peers);
      const server = this.#server;
      if (!this.#lost && server && !(await isRunning(server))) {
        // Not our child (an earlier arrowd started it), or its exit event is still to come.
        this.#child = undefined;
        this.#server = undefined;
        this.#lost = true;
        this.#onWarning(`wireguard-go ${server.pid} for ${this.#device} has exited: ${await this.#lastWords()}; making the device again`);
      }
      if (this.#lost) {
        const now = Date.now();
        this.#restarts = this.#restarts.filter((at) => now - at < RESTART_WINDOW_MS);
        if (this.#restarts.length >= RESTARTS) {
          throw new OverlayError(`wireguard-go for ${this.#device} exited ${RESTARTS} times within ${RESTART_WINDOW_MS / 1000} s; not restarting it again yet`);
        }
        this.#restarts.push(now);
        await this.#removeDevice();
        await this.#createDevice();
        await this.#setUp();
      }
      await this.#configure(peers);
      if (this.#mode === 'wireguard-go') await this.#trimLog();
    });
  }

  /**
   * Without `keep`: removes the device (its routes go with it) and ends its wireguard-go, whether
   * this overlay started it or adopted it. With `keep`: leaves the device, its peers, its routes
   * and its wireguard-go running for the next start() to adopt (Arrows on this node keep reaching
   * other nodes meanwhile); this overlay only lets go of them.
   */
  stop(options: { readonly keep?: boolean } = {}): Promise<void> {
    return this.#serial(async () => {
      this.#stopping = true;
      try {
        if (!options.keep) await this.#removeDevice();
      } finally {
        this.#child = undefined;
        this.#server = undefined;
        this.#mode = undefined;
        this.#lost = false;
      }
    });
  }

  #render(peers: readonly OverlayPeer[]): { config: string; routes: readonly string[] } {
    return overlayConfig({ nodeId: this.#nodeId, privateKey: this.#privateKey!, listenPort: this.#listenPort, peers });
  }

  async #configure(peers: readonly OverlayPeer[]): Promise<void> {
    const { config, routes } = this.#render(peers);
    // Not through stdin: node gives a child a socket there, which wg cannot fopen(). A 0600 file
    // beside the key in the data dir, removed straight after; never the key on argv, and never
    // in /tmp, where a kill -9 between write and removal would leave the private key.
    const file = `${this.#keyPath}.conf`;
    try {
      await rm(file, { force: true });
      await writeFile(file, config, { mode: 0o600, flag: 'wx' });
      await runTool('wg', ['syncconf', this.#device, file]);
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
    await rm(this.#socketPath, { force: true });
    // -f with a session of its own (detached): it is our child while we run, so its exit is an
    // event, yet it outlives us without our terminal's signals. Its output goes to a file, as a
    // write to a pipe we no longer read would kill it (SIGPIPE); O_APPEND so #trimLog can empty
    // the file under it.
    const log = await open(this.#logPath, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND, 0o600);
    let child: ChildProcess;
    try {
      child = spawn(systemTool('wireguard-go'), ['-f', this.#device], { detached: true, stdio: ['ignore', log.fd, log.fd], env: { ...process.env, LOG_LEVEL: 'error' } });
    } finally {
      // Spawning is synchronous: the child has its own copy of the descriptor by now.
      await log.close();
    }
    // It must not keep this process alive: stop({ keep }) leaves it running.
    child.unref();
    const exited = new Promise<string>((resolve) => {
      child.once('exit', (code, signal) => resolve(`${code ?? signal}`));
      child.once('error', (error) => resolve(error.message));
    });
    void exited.then(async (how) => {
      if (this.#child !== child) return;
      this.#child = undefined;
      this.#server = undefined;
      this.#lost = true;
      if (!this.#stopping) this.#onWarning(`wireguard-go for ${this.#device} exited (${how}): ${await this.#lastWords()}; the device is made again on the next apply`);
    });
    this.#child = child;
    const ref = child.pid === undefined ? undefined : await processRef(child.pid);
    // Ready once `wg` can talk to it over its socket (the TUN exists before the socket does).
    const deadline = Date.now() + DEVICE_WAIT_MS;
    for (;;) {
      const state = await Promise.race([exited.then((how) => `exited (${how})`), runTool('wg', ['show', this.#device, 'listen-port']).then(() => 'ready', () => 'waiting')]);
      if (state === 'ready') {
        // (No ref: it ended just now, and its exit event marks the device lost.)
        this.#server = ref;
        return;
      }
      if (state !== 'waiting' || Date.now() > deadline) {
        this.#child = undefined;
        if (ref) await endProcesses([ref]);
        throw new OverlayError(`wireguard-go for ${this.#device} did not come up (${state === 'waiting' ? `not ready after ${DEVICE_WAIT_MS} ms` : state}): ${await this.#lastWords()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Takes over `link` (named as this node's device) when it is a device this overlay may run
   * (either kind under 'auto') and has this node's key; for a TUN, the one wireguard-go of this
   * namespace serving it becomes ours to watch and end.
   */
  async #adopt(link: LinkInfo): Promise<boolean> {
    const kind = link.linkinfo?.info_kind;
    const mode: OverlayMode | undefined = kind === 'wireguard' ? 'kernel' : kind === 'tun' ? 'wireguard-go' : undefined;
    const refuse = (why: string): false => {
      this.#onWarning(`overlay device ${this.#device} left by an earlier arrowd ${why}: making it again`);
      return false;
    };
    if (mode === undefined) return refuse(`is a ${kind ?? 'device of no known kind'}, not WireGuard`);
    if (this.#wanted !== 'auto' && this.#wanted !== mode) return refuse(`runs on ${mode}, not ${this.#wanted}`);
    let server: ProcessRef | undefined;
    if (mode === 'wireguard-go') {
      const servers = await userspaceProcesses(this.#device);
      if (servers.length !== 1) return refuse(`is served by ${servers.length} wireguard-go processes here`);
      server = servers[0];
    }
    const key = await runTool('wg', ['show', this.#device, 'public-key']).then((out) => out.trim(), (error: Error) => error);
    if (key instanceof Error) return refuse(`does not answer (${key.message})`);
    if (key !== overlayPublicKey(this.#privateKey!)) return refuse(`has another key (${key}), not this node's`);
    this.#mode = mode;
    this.#server = server;
    return true;
  }

  /** Removes the device and ends every wireguard-go of this namespace serving it: ours, adopted or stray. */
  async #removeDevice(): Promise<void> {
    const known = this.#server;
    this.#child = undefined;
    this.#server = undefined;
    const found = await userspaceProcesses(this.#device);
    // SIGTERM first: wireguard-go then removes its TUN and socket itself.
    const left = await endProcesses(known && !found.some((p) => p.pid === known.pid) ? [known, ...found] : found);
    await deleteLink(this.#device);
    // It removes its socket on a clean exit, not after SIGKILL; a new one must not find it.
    await rm(this.#socketPath, { force: true });
    if (left.length > 0) throw new OverlayError(`wireguard-go ${left.map((p) => p.pid).join(', ')} for ${this.#device} is still running after SIGKILL`);
  }

  /** The end of wireguard-go's log, without the boxed "use the kernel module" banner it prints at start. */
  async #lastWords(): Promise<string> {
    let text = '';
    try {
      const { size } = await stat(this.#logPath);
      for await (const chunk of createReadStream(this.#logPath, { start: Math.max(0, size - 4 * LAST_WORDS_BYTES), encoding: 'utf8' })) text += chunk as string;
    } catch { /* no log: nothing to quote */ }
    return text.split('\n').filter((line) => line.trim() && !/[\u2500-\u257f]/.test(line)).join('\n').slice(-LAST_WORDS_BYTES).trim();
  }

  async #trimLog(): Promise<void> {
    const size = await stat(this.#logPath).then((s) => s.size, () => 0);
    if (size > LOG_LIMIT_BYTES) await truncate(this.#logPath, 0);
  }

  async #setUp(): Promise<void> {
    await runTool('ip', ['link', 'set', 'dev', this.#device, 'alias', overlayAlias(this.#nodeId)]);
    await runTool('ip', ['link', 'set', 'dev', this.#device, 'mtu', String(OVERLAY_MTU), 'up']);
    // A published port reached on 127.0.0.1 may be DNAT'd to another node's Arrow, out this way.
    await writeFile(`/proc/sys/net/ipv4/conf/${this.#device}/route_localnet`, '1\n');
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

/** What /proc says of `pid`: its state letter and start time; undefined when there is no such process. */
async function procStat(pid: number): Promise<{ state: string; startTime: string } | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S ppid …": fields counted from after the last ')' (comm may hold anything).
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const startTime = fields[19];
    return startTime === undefined ? undefined : { state: fields[0] ?? '', startTime };
  } catch {
    return undefined;
  }
}

/** A zombie has ended; only its parent's wait is missing (which an orphan's init may never do). */
const ENDED_STATES = new Set(['Z', 'X', 'x']);

async function processRef(pid: number): Promise<ProcessRef | undefined> {
  const found = await procStat(pid);
  return found && !ENDED_STATES.has(found.state) ? { pid, startTime: found.startTime } : undefined;
}

async function isRunning(ref: ProcessRef): Promise<boolean> {
  return (await processRef(ref.pid))?.startTime === ref.startTime;
}

/** The wireguard-go processes serving `device` in this process's network namespace. */
async function userspaceProcesses(device: string): Promise<ProcessRef[]> {
  const ownNamespace = await readlink('/proc/self/ns/net');
  const found: ProcessRef[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    // The start time before the command line: a pid reused in between then names no process.
    const ref = await processRef(Number(entry));
    if (!ref) continue;
    const args = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (basename(args[0] ?? '') !== 'wireguard-go' || !args.slice(1).includes(device)) continue;
    if ((await readlink(`/proc/${entry}/ns/net`).catch(() => '')) === ownNamespace) found.push(ref);
  }
  return found;
}

/** SIGTERM, then SIGKILL for those not gone in time; resolves with any still running after both. */
async function endProcesses(refs: readonly ProcessRef[]): Promise<ProcessRef[]> {
  const running = async (list: readonly ProcessRef[]): Promise<ProcessRef[]> => (await Promise.all(list.map(async (ref) => ((await isRunning(ref)) ? [ref] : [])))).flat();
  let left = await running(refs);
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    if (left.length === 0) break;
    for (const ref of left) {
      try {
        process.kill(ref.pid, signal);
      } catch { /* gone meanwhile */ }
    }
    const deadline = Date.now() + EXIT_WAIT_MS;
    while (left.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      left = await running(left);
    }
  }
  return left;
}

async function listLinks(): Promise<LinkInfo[]> {
  return JSON.parse((await runTool('ip', ['-j', '-d', 'link', 'show'])) || '[]') as LinkInfo[];
}

