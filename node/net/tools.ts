// The system programs Arrow networks run, by absolute path: never looked up through PATH, where
// under npm node_modules/.bin comes first and holds an unrelated `nft` (@vercel/nft).
import { accessSync, constants } from 'node:fs';
import { execa } from 'execa';

const SYSTEM_DIRS = ['/usr/sbin', '/sbin', '/usr/bin', '/bin'];
const found = new Map<string, string>();
const COMMAND_TIMEOUT_MS = 10_000;
const OUTPUT_BYTES = 16 * 1024 * 1024;

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

/** A command of iproute2 or nftables failed: the message names the command and what it said. */
export class NetworkCommandError extends Error {
  override name = 'NetworkCommandError';
  readonly stderr: string;
  constructor(message: string, stderr: string) {
    super(message);
    this.stderr = stderr;
  }
}

/** The system programs node/net runs (wg and wireguard-go: the overlay between nodes). */
export type SystemToolName = 'ip' | 'nft' | 'ethtool' | 'wg' | 'wireguard-go';

export function systemTool(name: SystemToolName): string {
  const cached = found.get(name);
  if (cached) return cached;
  for (const dir of SYSTEM_DIRS) {
    const path = `${dir}/${name}`;
    try {
      accessSync(path, constants.X_OK);
      found.set(name, path);
      return path;
    } catch { /* next */ }
  }
  throw new MissingToolError(`${name} is not installed in ${SYSTEM_DIRS.join(', ')} (bash .ci/setup installs it)`);
}

/** Runs `tool args` (stdin `input`), bounded in time and output; resolves with stdout. */
export async function runTool(tool: 'ip' | 'nft' | 'wg', args: readonly string[], input?: string): Promise<string> {
  const result = await execa(systemTool(tool), args, { input, timeout: COMMAND_TIMEOUT_MS, reject: false, maxBuffer: OUTPUT_BYTES });
  if (result.exitCode !== 0) {
    const stderr = String(result.stderr).trim();
    throw new NetworkCommandError(`${tool} ${args.join(' ')} failed (${result.timedOut ? 'timed out' : result.exitCode ?? result.signal}): ${stderr}`, stderr);
  }
  return String(result.stdout);
}

/** Removes a network link; one that is not there is not an error. */
export async function deleteLink(ifname: string): Promise<void> {
  try {
    await runTool('ip', ['link', 'del', 'dev', ifname]);
  } catch (error) {
    if (error instanceof NetworkCommandError && /Cannot find device|does not exist/i.test(error.stderr)) return;
    throw error;
  }
}
