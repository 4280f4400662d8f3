// Two throwaway "nodes" for the overlay's tests and bench, each a network namespace: joined by a
// veth pair (the underlay, 192.168.213.0/24, only inside the namespaces), each with a bridge
// holding its node gateway (10.213.N.1/24) and an "Arrow" namespace behind it (10.213.N.2, MTU
// 1400 like an Arrow's tap, default route via the gateway). Forwarding is on in the nodes.
import { execa, type ResultPromise } from 'execa';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ARROW_MTU, overlayName, runTool, systemTool } from '../index.ts';
import type { OverlayPeer } from '../index.ts';

const DRIVE = new URL('./overlay-drive.ts', import.meta.url).pathname;
export const OVERLAY_PORT = 51820;

export interface OverlayHost {
  readonly index: 1 | 2;
  readonly nodeId: string;
  /** The node's namespace and its underlay device and address. */
  readonly ns: string;
  readonly underlayDev: string;
  readonly underlay: string;
  readonly subnet: string;
  readonly gateway: string;
  /** The "Arrow" namespace and its address. */
  readonly arrowNs: string;
  readonly arrow: string;
  readonly dataDir: string;
}

export interface Topology {
  readonly hosts: readonly [OverlayHost, OverlayHost];
  /** Removes every namespace, data dir and wireguard-go process of these nodes (never throws). */
  destroy(): Promise<void>;
}

async function ipIn(ns: string, args: readonly string[]): Promise<string> {
  return runTool('ip', ['-n', ns, ...args]);
}

/** Runs `file args` inside `ns`, bounded. */
export async function execIn(ns: string, file: string, args: readonly string[], input?: string, timeoutMs = 10_000): Promise<string> {
  const result = await execa(systemTool('ip'), ['netns', 'exec', ns, file, ...args], { input, timeout: timeoutMs });
  return String(result.stdout);
}

export async function createTopology(): Promise<Topology> {
  const tag = randomBytes(3).toString('hex');
  const made: string[] = [];
  const dirs: string[] = [];
  const hosts = ([1, 2] as const).map((index) => ({
    index, nodeId: `ovl-${tag}-n${index}`, ns: `ovl-${tag}-h${index}`, underlayDev: `u${index}`, underlay: `192.168.213.${index}`,
    subnet: `10.213.${index}.0/24`, gateway: `10.213.${index}.1`, arrowNs: `ovl-${tag}-a${index}`, arrow: `10.213.${index}.2`, dataDir: '',
  }));
  const destroy = async (): Promise<void> => {
    for (const host of hosts) await killWireguardGo(overlayName(host.nodeId));
    for (const ns of made.reverse()) await runTool('ip', ['netns', 'del', ns]).catch(() => undefined);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    for (const host of hosts) await rm(`/var/run/wireguard/${overlayName(host.nodeId)}.sock`, { force: true });
  };
  try {
    for (const host of hosts) {
      for (const ns of [host.ns, host.arrowNs]) {
        await runTool('ip', ['netns', 'add', ns]);
        made.push(ns);
        await ipIn(ns, ['link', 'set', 'lo', 'up']);
      }
      const dir = await mkdtemp(join(tmpdir(), `arrow-overlay-${host.index}-`));
      dirs.push(dir);
      (host as { dataDir: string }).dataDir = dir;
    }
    const [h1, h2] = hosts as [OverlayHost, OverlayHost];
    await ipIn(h1.ns, ['link', 'add', h1.underlayDev, 'type', 'veth', 'peer', 'name', h2.underlayDev, 'netns', h2.ns]);
    for (const host of hosts) {
      await ipIn(host.ns, ['addr', 'add', `${host.underlay}/24`, 'dev', host.underlayDev]);
      await ipIn(host.ns, ['link', 'set', host.underlayDev, 'up']);
      await execa(systemTool('ip'), ['netns', 'exec', host.ns, 'sysctl', '-qw', 'net.ipv4.ip_forward=1'], { timeout: 10_000 });
      await ipIn(host.ns, ['link', 'add', 'br0', 'type', 'bridge']);
      await ipIn(host.ns, ['addr', 'add', `${host.gateway}/24`, 'dev', 'br0']);
      await ipIn(host.ns, ['link', 'set', 'br0', 'up']);
      await ipIn(host.ns, ['link', 'add', 'va', 'mtu', String(ARROW_MTU), 'type', 'veth', 'peer', 'name', 'eth0', 'mtu', String(ARROW_MTU), 'netns', host.arrowNs]);
      await ipIn(host.ns, ['link', 'set', 'va', 'master', 'br0', 'up']);
      await ipIn(host.arrowNs, ['addr', 'add', `${host.arrow}/24`, 'dev', 'eth0']);
      await ipIn(host.arrowNs, ['link', 'set', 'eth0', 'up']);
      await ipIn(host.arrowNs, ['route', 'add', 'default', 'via', host.gateway]);
    }
    return { hosts: hosts as [OverlayHost, OverlayHost], destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
}

/** The peer entry another node needs for `host`. */
export function peerOf(host: OverlayHost, publicKey: string): OverlayPeer {
  return { nodeId: host.nodeId, publicKey, endpoint: `${host.underlay}:${OVERLAY_PORT}`, subnet: host.subnet };
}

export interface StepResult { readonly ok: boolean; readonly value?: unknown; readonly error?: string }

/** A NodeOverlay running in `host`'s namespace (overlay-drive.ts), like arrowd would run it. */
export class OverlayDriver {
  readonly warnings: string[] = [];
  readonly #child: ResultPromise;
  readonly #answers: StepResult[] = [];
  #waiting: (() => void) | undefined;

  constructor(host: OverlayHost, mode: 'auto' | 'kernel' | 'wireguard-go' = 'auto') {
    this.#child = execa(systemTool('ip'), ['netns', 'exec', host.ns, process.execPath, DRIVE, host.nodeId, host.dataDir, String(OVERLAY_PORT), mode], { reject: false, stdin: 'pipe' });
    void this.#child.catch(() => undefined);
    const lines = createInterface({ input: this.#child.stdout! });
    lines.on('line', (line) => {
      const parsed = JSON.parse(line) as StepResult & { warning?: string };
      if (parsed.warning !== undefined) this.warnings.push(parsed.warning);
      else this.#answers.push(parsed);
      this.#waiting?.();
    });
  }

  async step(step: { op: 'start' } | { op: 'apply'; peers: OverlayPeer[] } | { op: 'stop'; keep?: boolean }, timeoutMs = 20_000): Promise<StepResult> {
    this.#child.stdin!.write(`${JSON.stringify(step)}\n`);
    const deadline = Date.now() + timeoutMs;
    while (this.#answers.length === 0) {
      if (Date.now() > deadline || this.#child.exitCode !== null) throw new Error(`overlay driver: no answer to ${step.op} (${this.warnings.join('; ')})`);
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
        setTimeout(resolve, 100);
      });
    }
    return this.#answers.shift()!;
  }

  /** SIGKILL, as when arrowd crashes: its wireguard-go is left running. */
  async kill(): Promise<void> {
    this.#child.kill('SIGKILL');
    await Promise.race([this.#child, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }

  /** Ends its stdin, as arrowd exits after its stops: whether it exited by itself within 5 s (else it is killed). */
  async close(): Promise<boolean> {
    this.#child.stdin!.end();
    const exited = await Promise.race([this.#child.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000))]);
    if (!exited) await this.kill();
    return exited;
  }
}

/** One connection attempt of a probe: when it started and ended (ms since the probe's start) and how it went. */
export interface ProbeAttempt { readonly at: number; readonly end: number; readonly ok: boolean; readonly detail: string }

/**
 * From `ns`, a connection to an echo server at address:port every `everyMs`, each on its own
 * (a slow one does not delay the next), for at most `limitMs`; stop() resolves with every attempt
 * once the last has ended (each gives up after 3 s).
 */
export async function startProbe(ns: string, address: string, port: number, everyMs: number, limitMs = 60_000): Promise<{ stop(): Promise<ProbeAttempt[]>; kill(): void }> {
  const code = `
import { connect } from 'node:net';
const start = performance.now();
let pending = 0;
let stopping = false;
const done = () => { if (stopping && pending === 0) process.exit(0); };
const attempt = () => {
  const at = Math.round(performance.now() - start);
  pending++;
  let got = '';
  let ended = false;
  const s = connect({ host: '${address}', port: ${port} });
  const end = (ok, detail) => {
    if (ended) return;
    ended = true;
    s.destroy();
    console.log(JSON.stringify({ at, end: Math.round(performance.now() - start), ok, detail }));
    pending--;
    done();
  };
  s.setTimeout(3000, () => end(false, 'timeout'));
  s.on('data', (d) => { got += d; });
  s.on('end', () => end(got.includes(' saw '), got));
  s.on('error', (e) => end(false, e.code));
};
const timer = setInterval(attempt, ${everyMs});
const stop = () => { clearInterval(timer); stopping = true; done(); };
setTimeout(stop, ${limitMs});
process.stdin.on('end', stop).resume();
console.log(JSON.stringify({ up: true }));`;
  const child = execa(systemTool('ip'), ['netns', 'exec', ns, process.execPath, '--input-type=module', '-e', code], { reject: false, stdin: 'pipe', timeout: limitMs + 10_000 });
  void child.catch(() => undefined);
  const attempts: ProbeAttempt[] = [];
  let up: () => void = () => {};
  const started = new Promise<void>((resolve) => { up = resolve; });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const parsed = JSON.parse(line) as ProbeAttempt & { up?: boolean };
    if (parsed.up) up();
    else attempts.push(parsed);
  });
  if (!(await Promise.race([started.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]))) {
    child.kill('SIGKILL');
    throw new Error(`probe in ${ns} did not start`);
  }
  return {
    stop: async () => {
      child.stdin!.end();
      await child;
      return attempts.sort((a, b) => a.at - b.at);
    },
    kill: () => { child.kill('SIGKILL'); },
  };
}

/**
 * The longest time in which no connection went through: between two successful attempts' ends,
 * or from the first attempt's start or to the last attempt's end. By ends, not starts: a SYN
 * dropped in an outage is sent again, and its connect may then succeed seconds late.
 */
export function longestOutage(attempts: readonly ProbeAttempt[]): number {
  if (attempts.length === 0) return Infinity;
  const ends = attempts.filter((a) => a.ok).map((a) => a.end).sort((a, b) => a - b);
  const first = Math.min(...attempts.map((a) => a.at));
  const last = Math.max(...attempts.map((a) => a.end));
  const marks = [first, ...ends, last];
  return Math.max(...marks.slice(1).map((mark, i) => mark - marks[i]!));
}

/** Pids of wireguard-go processes serving `device` (any namespace). */
export async function wireguardGoPids(device: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    if (args[0]?.endsWith('wireguard-go') && args.includes(device)) pids.push(Number(entry));
  }
  return pids;
}

async function killWireguardGo(device: string): Promise<void> {
  for (const pid of await wireguardGoPids(device)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch { /* already gone */ }
  }
}

/** A TCP server in `ns`: 'echo' answers "<its address> saw <client address>", 'sink' answers the byte count. */
export async function startServer(ns: string, address: string, port: number, kind: 'echo' | 'sink'): Promise<{ stop(): void }> {
  const handler = kind === 'echo'
    ? `(s) => s.end('${address} saw ' + s.remoteAddress)`
    : `(s) => { let n = 0; s.on('data', (d) => { n += d.length; }); s.on('end', () => s.end(String(n))); s.on('error', () => {}); }`;
  const child = execa(systemTool('ip'), ['netns', 'exec', ns, process.execPath, '--input-type=module', '-e',
    `import { createServer } from 'node:net'; createServer(${handler}).listen(${port}, '${address}', () => console.log('up'));`], { reject: false });
  void child.catch(() => undefined);
  const up = await Promise.race([
    new Promise<boolean>((resolve) => child.stdout!.once('data', () => resolve(true))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
  ]);
  if (!up) {
    child.kill('SIGKILL');
    throw new Error(`server on ${address}:${port} in ${ns} did not come up`);
  }
  return { stop: () => { child.kill('SIGKILL'); } };
}

/** Connects from `ns` to address:port: what the server said, or 'timeout' / the error code. */
export async function request(ns: string, address: string, port: number, timeoutMs = 3_000): Promise<string> {
  const code = `
import { connect } from 'node:net';
const s = connect({ host: '${address}', port: ${port} });
let got = '';
setTimeout(() => { console.log('timeout'); process.exit(0); }, ${timeoutMs});
s.on('data', (d) => { got += d; });
s.on('end', () => { console.log(got); process.exit(0); });
s.on('error', (e) => { console.log(e.code); process.exit(0); });`;
  return (await execIn(ns, process.execPath, ['--input-type=module', '-e', code], undefined, timeoutMs + 10_000)).trim();
}

/** Sends `mib` MiB from `ns` to a sink at address:port; MiB/s from connect to the sink's count. */
export async function bulk(ns: string, address: string, port: number, mib: number): Promise<{ bytes: number; ms: number; mibps: number }> {
  const code = `
import { connect } from 'node:net';
const chunk = Buffer.alloc(1 << 20, 7);
const start = performance.now();
const s = connect({ host: '${address}', port: ${port} });
let got = '';
s.on('data', (d) => { got += d; });
s.on('end', () => { console.log(JSON.stringify({ bytes: Number(got), ms: performance.now() - start })); process.exit(0); });
s.on('error', (e) => { console.error(e.message); process.exit(1); });
s.on('connect', async () => {
  for (let i = 0; i < ${mib}; i++) if (!s.write(chunk)) await new Promise((r) => s.once('drain', r));
  s.end();
});`;
  const out = JSON.parse(await execIn(ns, process.execPath, ['--input-type=module', '-e', code], undefined, 180_000)) as { bytes: number; ms: number };
  if (out.bytes !== mib * 1024 * 1024) throw new Error(`sink got ${out.bytes} bytes of ${mib} MiB`);
  return { ...out, mibps: out.bytes / (1024 * 1024) / (out.ms / 1000) };
}

/** IPv4 packets arriving on `host`'s underlay device: all, TCP, and UDP to the overlay's port. */
export async function watchUnderlay(host: OverlayHost): Promise<() => Promise<{ all: number; tcp: number; wireguard: number }>> {
  const dev = host.underlayDev;
  await execIn(host.ns, systemTool('nft'), ['-f', '-'], [
    'table ip underlay_probe {',
    '  counter c_all {}', '  counter c_tcp {}', '  counter c_wireguard {}',
    '  chain probe { type filter hook prerouting priority -300; policy accept;',
    `    iifname "${dev}" counter name "c_all"`,
    `    iifname "${dev}" meta l4proto tcp counter name "c_tcp"`,
    `    iifname "${dev}" udp dport ${OVERLAY_PORT} counter name "c_wireguard"`,
    '  }',
    '}', '',
  ].join('\n'));
  return async () => {
    const listed = JSON.parse(await execIn(host.ns, systemTool('nft'), ['-j', 'list', 'counters', 'table', 'ip', 'underlay_probe'])) as { nftables: { counter?: { name: string; packets: number } }[] };
    const packets = (name: string): number => listed.nftables.find((item) => item.counter?.name === name)?.counter?.packets ?? -1;
    return { all: packets('c_all'), tcp: packets('c_tcp'), wireguard: packets('c_wireguard') };
  };
}

/**
 * Starts the overlay on both nodes and makes each the other's peer. Every driver started is
 * pushed to `drivers` as it starts, so the caller's cleanup stops it whatever fails after.
 * Resolves with how the overlay runs ('kernel' or 'wireguard-go').
 */
export async function peerBothNodes(topology: Topology, drivers: OverlayDriver[]): Promise<string> {
  const started: { publicKey: string; mode: string }[] = [];
  for (const host of topology.hosts) {
    const driver = new OverlayDriver(host);
    drivers.push(driver);
    const answer = await driver.step({ op: 'start' });
    if (!answer.ok) throw new Error(`overlay on ${host.nodeId}: ${answer.error}`);
    started.push(answer.value as { publicKey: string; mode: string });
  }
  for (const [i, driver] of drivers.slice(-2).entries()) {
    const other = i === 0 ? 1 : 0;
    const answer = await driver.step({ op: 'apply', peers: [peerOf(topology.hosts[other], started[other]!.publicKey)] });
    if (!answer.ok) throw new Error(`overlay apply: ${answer.error}`);
  }
  return started[0]!.mode;
}
