// Test helpers: run testing/net-tool.ts inside hosts and read its one-line JSON answers.
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import type { ResultPromise } from 'execa';
import type { Topology, TopologyHost } from '../index.ts';

export const NET_TOOL = fileURLToPath(new URL('./net-tool.ts', import.meta.url));

/** Runs a net-tool mode to completion in `host` and parses its JSON line. */
export async function tool<T>(topology: Topology, host: TopologyHost, args: readonly string[], timeoutMs = 30_000): Promise<T> {
  const out = await topology.exec(host, process.execPath, [NET_TOOL, ...args], timeoutMs);
  const line = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as T;
}

/** Starts a net-tool server in `host` and resolves once it listens (bounded). */
export function startServer(topology: Topology, host: TopologyHost, args: readonly string[], timeoutMs = 15_000): Promise<{ child: ResultPromise; port: number }> {
  const child = topology.spawn(host, process.execPath, [NET_TOOL, ...args]);
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`server ${args.join(' ')} in ${host.name} did not listen within ${timeoutMs} ms`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /\{"listening":(\d+)\}/.exec(buffered);
      if (match) { clearTimeout(timer); resolve({ child, port: Number(match[1]) }); }
    });
    void child.then((result) => { clearTimeout(timer); reject(new Error(`server exited before listening: ${String(result.stderr)}`)); });
  });
}

/** True when the process is gone or a zombie (its parent may be slow to reap it). */
export async function gone(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return true;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
