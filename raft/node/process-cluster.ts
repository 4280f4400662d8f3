// Runs Raft members as separate OS processes (member-main.ts) on loopback with OS-assigned ports,
// for the crash test and the benchmark. Restarted members keep their Raft port (the others know
// it from the log) but get a new client port.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MemberClient } from './client-protocol.ts';

const memberMain = fileURLToPath(new URL('./member-main.ts', import.meta.url));

export interface ProcessClusterOptions {
  ids: string[];
  /** member id → data dir */
  dataDir: (id: string) => string;
  extraArgs?: string[];
  /** Flags for the member's Node.js itself (e.g. --cpu-prof), placed before the script. */
  nodeArgs?: string[];
  startTimeoutMs?: number;
  /** Where member stderr goes (default: discarded). */
  onStderr?: (id: string, line: string) => void;
}

export interface MemberProcess {
  id: string;
  child: ChildProcess;
  raftPort: number;
  clientPort: number;
  exited: Promise<void>;
}

export class ProcessCluster {
  readonly #options: ProcessClusterOptions;
  readonly members = new Map<string, MemberProcess>();
  readonly #raftPorts = new Map<string, number>();

  constructor(options: ProcessClusterOptions) {
    this.#options = options;
  }

  /** Starts every member on port 0, then hands each the full peer list. */
  async start(): Promise<void> {
    const launched = await Promise.all(this.#options.ids.map((id) => this.#spawn(id, 0, true)));
    const peers = Object.fromEntries(launched.map((m) => [m.member.id, `127.0.0.1:${m.member.raftPort}`]));
    // stdin stays open: members started with --exit-with-stdin exit when this process dies.
    for (const { member } of launched) member.child.stdin?.write(`${JSON.stringify(peers)}\n`);
    await Promise.all(launched.map((m) => m.started));
  }

  async #spawn(id: string, raftPort: number, bootstrap: boolean): Promise<{ member: MemberProcess; started: Promise<void> }> {
    const args = [
      '--no-warnings',
      ...(this.#options.nodeArgs ?? []),
      memberMain,
      '--id', id,
      '--data-dir', this.#options.dataDir(id),
      '--raft-port', String(raftPort),
      '--client-port', '0',
      '--exit-with-stdin',
      ...(bootstrap ? ['--peers', '-'] : []),
      ...(this.#options.extraArgs ?? []),
    ];
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (this.#options.onStderr) {
      const onStderr = this.#options.onStderr;
      createInterface({ input: child.stderr! }).on('line', (line) => onStderr(id, line));
    } else child.stderr!.resume();
    const timeoutMs = this.#options.startTimeoutMs ?? 20_000;
    const lines = createInterface({ input: child.stdout! });
    let onListening: (v: { raftPort: number; clientPort: number }) => void = () => {};
    let onStarted: () => void = () => {};
    let onFail: (e: Error) => void = () => {};
    const listening = new Promise<{ raftPort: number; clientPort: number }>((resolve, reject) => {
      onListening = resolve;
      onFail = reject;
    });
    const started = new Promise<void>((resolve, reject) => {
      onStarted = resolve;
      const previous = onFail;
      onFail = (e) => {
        previous(e);
        reject(e);
      };
    });
    started.catch(() => {});
    const timer = setTimeout(() => onFail(new Error(`member ${id} did not start within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code, signal) => onFail(new Error(`member ${id} exited (${code ?? signal}) while starting`)));
    lines.on('line', (line) => {
      if (line.length > 4096) return;
      let event: { event?: string; raftPort?: number; clientPort?: number };
      try {
        event = JSON.parse(line) as typeof event;
      } catch {
        return;
      }
      if (event.event === 'listening') onListening({ raftPort: event.raftPort ?? 0, clientPort: event.clientPort ?? 0 });
      if (event.event === 'started') {
        clearTimeout(timer);
        onStarted();
      }
    });
    let ports: { raftPort: number; clientPort: number };
    try {
      ports = await listening;
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    }
    const member: MemberProcess = { id, child, raftPort: ports.raftPort, clientPort: ports.clientPort, exited };
    this.members.set(id, member);
    this.#raftPorts.set(id, ports.raftPort);
    return { member, started };
  }

  /** SIGKILLs a member (no chance to flush anything) and waits for it to be gone. */
  async kill(id: string): Promise<void> {
    const member = this.members.get(id);
    if (!member) return;
    member.child.kill('SIGKILL');
    await member.exited;
  }

  /** Restarts a member from its data dir on its previous Raft port. */
  async restart(id: string): Promise<MemberProcess> {
    const raftPort = this.#raftPorts.get(id);
    if (raftPort === undefined) throw new Error(`unknown member ${id}`);
    // The port was free a moment ago; retry briefly in case the OS has not released it yet.
    let lastError: unknown;
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        const { member, started } = await this.#spawn(id, raftPort, false);
        try {
          await started;
        } catch (err) {
          member.child.kill('SIGKILL');
          await member.exited;
          throw err;
        }
        return member;
      } catch (err) {
        lastError = err;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }

  client(id: string): Promise<MemberClient> {
    const member = this.members.get(id);
    if (!member) throw new Error(`unknown member ${id}`);
    return MemberClient.connect(member.clientPort);
  }

  /**
   * Stops every member and waits for them; safe to call repeatedly. SIGKILL by default; with
   * SIGTERM members close cleanly, and any still running after `graceMs` are killed.
   */
  async stopAll(signal: 'SIGKILL' | 'SIGTERM' = 'SIGKILL', graceMs = 3000): Promise<void> {
    await Promise.all([...this.members.values()].map(async (m) => {
      if (m.child.exitCode !== null || m.child.signalCode !== null) return;
      m.child.kill(signal);
      const timer = setTimeout(() => m.child.kill('SIGKILL'), signal === 'SIGKILL' ? 0 : graceMs);
      await m.exited;
      clearTimeout(timer);
    }));
  }
}
