// Test and benchmark helper: runs real arrowd processes on loopback (libp2p and API on
// OS-assigned ports) in temp data dirs, and cleans them up.
import { execa } from 'execa';
import type { ResultPromise } from 'execa';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ArrowdClient } from '../api/index.ts';
import { writeClusterKey } from '../../p2p/index.ts';

const ARROWD = new URL('./main.ts', import.meta.url).pathname;

export interface ReadyLine { event: 'ready'; peerId: string; addrs: string[]; api?: string; dataDir?: string; digest?: string; role?: 'server' | 'client'; joinToken?: string }

export interface TestProcess {
  ready: ReadyLine;
  process: ResultPromise;
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface TestNode extends TestProcess {
  dataDir: string;
  addr: string;
  client: ArrowdClient;
}

/** Starts a process that prints one JSON "ready" line, within `timeoutMs`. */
/** `killGraceMs`: how long kill() waits after its signal before SIGKILL (a profiled process needs longer to write its profile). */
/** `stdin`: 'pipe' to send the process commands (child.stdin), else it reads nothing. */
export async function spawnReady(file: string, args: string[], timeoutMs = 120_000, nodeArgs: string[] = [], killGraceMs = 5_000, stdin: 'ignore' | 'pipe' = 'ignore'): Promise<TestProcess> {
  const child = execa(process.execPath, [...nodeArgs, file, ...args], { reject: false, stdin, buffer: false, forceKillAfterDelay: killGraceMs });
  const { ready, stderr } = await awaitReady<ReadyLine>(child, file, timeoutMs);
  return {
    ready,
    process: child,
    stderr,
    kill: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode !== undefined && child.exitCode !== null) return;
      child.kill(signal);
      await child;
    },
  };
}

/**
 * Waits for a started process's first stdout line, a JSON "ready" object, within `timeoutMs`
 * (then SIGKILLs it). Throws with the tail of its stderr if it exits or says nothing in time.
 * `stderr()` keeps the last `keepBytes` it wrote, for as long as it runs.
 */
export async function awaitReady<T>(child: ResultPromise, label: string, timeoutMs: number, keepBytes = 20_000): Promise<{ ready: T; stderr: () => string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-keepBytes); });
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${label} not ready after ${timeoutMs} ms: ${stderr.slice(-4000)}`)); }, timeoutMs);
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as T);
      } catch (error) {
        reject(new Error(`${label} printed ${JSON.stringify(line.slice(0, 200))}: ${(error as Error).message}`));
      }
    });
    void child.then((result) => { clearTimeout(timer); reject(new Error(`${label} exited (${result.exitCode ?? result.signal}) before ready: ${stderr.slice(-4000)}`)); });
  });
  return { ready, stderr: () => stderr };
}

export class TestCluster {
  readonly root: string;
  readonly keyFile: string;
  readonly nodes: TestNode[] = [];
  readonly others: TestProcess[] = [];
  readonly #killGraceMs: number;

  private constructor(root: string, keyFile: string, killGraceMs: number) {
    this.root = root;
    this.keyFile = keyFile;
    this.#killGraceMs = killGraceMs;
  }

  /**
   * `killGraceMs`: how long stop() lets each arrowd shut down after SIGTERM before SIGKILL (5 s;
   * a benchmark writing CPU profiles needs more: 9 processes writing profiles on a busy machine).
   */
  static async create(options: { killGraceMs?: number } = {}): Promise<TestCluster> {
    const root = await mkdtemp(join(tmpdir(), 'arrow-cluster-'));
    const keyFile = join(root, 'cluster.key');
    await writeClusterKey(keyFile);
    return new TestCluster(root, keyFile, options.killGraceMs ?? 5_000);
  }

  /** Starts arrowd in data dir `name` (reusing it if it exists), peered with `peers`. */
  /** `nodeArgs` go to node itself (e.g. `--cpu-prof` for a benchmark profile). */
  async start(name: string, options: { peers?: TestNode[]; extraArgs?: string[]; keyFile?: string; nodeArgs?: string[] } = {}): Promise<TestNode> {
    const dataDir = join(this.root, name);
    const args = ['--data-dir', dataDir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api', '127.0.0.1:0', '--cluster-key', options.keyFile ?? this.keyFile,
      ...(options.peers ?? []).flatMap((p) => ['--peer', p.addr]), ...(options.extraArgs ?? [])];
    const proc = await spawnReady(ARROWD, args, 120_000, options.nodeArgs, this.#killGraceMs);
    const token = (await import('node:fs/promises')).readFile(join(dataDir, 'api.token'), 'utf8');
    const node: TestNode = { ...proc, dataDir, addr: proc.ready.addrs[0]!, client: new ArrowdClient({ url: proc.ready.api!, token: (await token).trim() }) };
    this.nodes.push(node);
    return node;
  }

  /**
   * Starts a cluster member in data dir `name`: with no `join`, it founds a cluster (its own key);
   * with a join token, it joins as a client, or as a server with `server`. A data dir that was
   * a member before rejoins as it was (the token is then ignored by arrowd).
   */
  async startMember(name: string, options: { join?: string; server?: boolean; extraArgs?: string[] } = {}): Promise<TestNode> {
    const dataDir = join(this.root, name);
    const args = ['--data-dir', dataDir, '--listen', '/ip4/127.0.0.1/tcp/0', '--api', '127.0.0.1:0', '--name', name,
      ...(options.join ? ['--join', options.join, ...(options.server ? ['--server'] : [])] : []), ...(options.extraArgs ?? [])];
    const proc = await spawnReady(ARROWD, args, 120_000, [], this.#killGraceMs);
    const token = (await (await import('node:fs/promises')).readFile(join(dataDir, 'api.token'), 'utf8')).trim();
    const node: TestNode = { ...proc, dataDir, addr: proc.ready.addrs[0]!, client: new ArrowdClient({ url: proc.ready.api!, token }) };
    this.nodes.push(node);
    return node;
  }

  /** Waits until `node` sees at least `count` peers (bounded). */
  async waitForPeers(node: TestNode, count: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await node.client.status()).peers.length >= count) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`node ${node.dataDir} did not reach ${count} peers in ${timeoutMs} ms`);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.nodes, ...this.others].map((n) => n.kill('SIGTERM').catch(() => undefined)));
    await rm(this.root, { recursive: true, force: true });
  }
}
