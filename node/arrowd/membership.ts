// How this node belongs to a cluster, as kept in its data dir: the cluster key (cluster.key) and
// cluster.json (its role and the servers it knows). Written once the node has joined, so a node
// restarted with its data dir rejoins with the same identity and no token.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export type NodeRole = 'server' | 'client';

const membershipSchema = z.object({
  version: z.literal(1),
  role: z.enum(['server', 'client']),
  name: z.string().min(1).max(128),
  /** Multiaddrs of servers (each ending in /p2p/<peer id>), newest knowledge first. */
  servers: z.array(z.string().max(512)).max(64),
  /** Where this node listened: a restart asked for port 0 listens there again (see reuseListen). */
  listen: z.array(z.string().max(512)).max(16).default([]),
}).strict();

export type Membership = z.output<typeof membershipSchema>;

/**
 * The addresses to listen on: each configured one that asks for any port (tcp/0) takes the port
 * this node had before on the same IP, so its peers, whose Raft configuration and peer stores
 * hold that address, reach it again after a restart.
 */
export function reuseListen(configured: readonly string[], previous: readonly string[]): string[] {
  return configured.map((addr) => {
    const match = /^(\/ip[46]\/[^/]+\/tcp\/)0$/.exec(addr);
    if (!match) return addr;
    const before = previous.find((p) => p.startsWith(match[1]!) && /\/tcp\/\d+$/.test(p));
    return before ?? addr;
  });
}

const FILE = 'cluster.json';
const MAX_BYTES = 64 * 1024;

export const clusterKeyPath = (dataDir: string): string => join(dataDir, 'cluster.key');

/** The membership recorded in `dataDir`, or undefined on a node that has not joined anything. */
export async function readMembership(dataDir: string): Promise<Membership | undefined> {
  const path = join(dataDir, FILE);
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_BYTES) throw new Error(`${path} is ${bytes.length} bytes; not a membership file`);
    text = bytes.toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON; restore it or move the data dir aside to join afresh`);
  }
  const parsed = membershipSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Replaces the membership file atomically. */
export async function writeMembership(dataDir: string, membership: Membership): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(membershipSchema.parse(membership), null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}

/** The peer id at the end of a /p2p/ multiaddr, or undefined. */
export function peerIdOf(multiaddr: string): string | undefined {
  return /\/p2p\/([1-9A-HJ-NP-Za-km-z]+)$/.exec(multiaddr)?.[1];
}
