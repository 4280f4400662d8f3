// The join token: what a new node needs to join a cluster, in one string an admin can paste. It
// holds the cluster key (a secret: whoever has the token can connect to the cluster) and the
// addresses of servers to ask, so treat it like a password.
import { z } from 'zod';

const PREFIX = 'arrow1.';
/** A token is short; anything longer is not one of ours. */
export const MAX_TOKEN_LENGTH = 8 * 1024;

const SWARM_KEY_HEADER = '/key/swarm/psk/1.0.0/\n/base16/\n';

const tokenSchema = z.object({
  key: z.string().regex(/^[0-9a-fA-F]{64}$/, 'key: expected 64 hex characters'),
  servers: z.array(z.string().regex(/^\/(ip4|ip6|dns4|dns6|dns)\/.+\/tcp\/\d+\/p2p\/[1-9A-HJ-NP-Za-km-z]{40,80}$/, 'servers: expected multiaddrs like /ip4/10.0.0.1/tcp/7946/p2p/<peer id>')).min(1).max(16),
}).strict();

export interface JoinToken {
  /** The cluster key in the pnet swarm-key file format. */
  readonly clusterKey: Uint8Array;
  /** Server multiaddrs, each ending in /p2p/<peer id>. */
  readonly servers: readonly string[];
}

export class JoinTokenError extends Error {
  constructor(message: string) {
    super(`invalid join token: ${message}`);
    this.name = 'JoinTokenError';
  }
}

export function encodeJoinToken(token: JoinToken): string {
  const text = new TextDecoder().decode(token.clusterKey);
  const key = text.slice(SWARM_KEY_HEADER.length, SWARM_KEY_HEADER.length + 64);
  const body = JSON.stringify({ key, servers: token.servers });
  return PREFIX + Buffer.from(body).toString('base64url');
}

export function decodeJoinToken(text: string): JoinToken {
  const trimmed = text.trim();
  if (trimmed.length > MAX_TOKEN_LENGTH) throw new JoinTokenError(`${trimmed.length} characters, at most ${MAX_TOKEN_LENGTH}`);
  if (!trimmed.startsWith(PREFIX)) throw new JoinTokenError(`expected it to start with "${PREFIX}" (print one with: arrowctl cluster token)`);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(trimmed.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw new JoinTokenError('it is damaged (not base64url JSON); copy it again whole');
  }
  const parsed = tokenSchema.safeParse(json);
  if (!parsed.success) throw new JoinTokenError(parsed.error.issues.map((i) => i.message).join('; '));
  return { clusterKey: new TextEncoder().encode(`${SWARM_KEY_HEADER}${parsed.data.key}`), servers: parsed.data.servers };
}
