// Test helper: a real one-member cluster in this process (Raft over the in-memory network, LevelDB
// in a temp dir) with its Server running, torn down (server, member, temp dir) when the test
// ends, pass or fail.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryNetwork } from '../../raft/index.ts';
import { ClusterMember } from '../consensus/member.ts';
import { readDefinition, schedulerSpecOf } from './specs.ts';
import { Server } from './server.ts';
import type { ServerOptions } from './server.ts';

export interface TestServer {
  readonly member: ClusterMember;
  readonly server: Server;
}

/** Polls `probe` every 20 ms until it is true, or throws naming `what` after `timeoutMs`. */
async function until(what: string, probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The member's id is `id` (a peer id where agents reach it over libp2p); resolves once it leads. */
export async function startTestServer(
  t: { teardown(fn: () => Promise<void>): void },
  options: { id?: string } & Partial<Omit<ServerOptions, 'member' | 'specOf'>> = {},
): Promise<TestServer> {
  const { id = 'me', ...serverOptions } = options;
  const dir = await mkdtemp(join(tmpdir(), 'arrow-server-'));
  let member: ClusterMember | undefined;
  let server: Server | undefined;
  t.teardown(async () => {
    await server?.stop();
    await member?.close();
    await rm(dir, { recursive: true, force: true });
  });
  const network = new MemoryNetwork();
  member = await ClusterMember.start({ id, dataDir: dir, transport: network.transport(id), readDefinition, bootstrapAddress: id });
  server = new Server({ member, specOf: schedulerSpecOf, ...serverOptions });
  server.start();
  const leader = member;
  await until('leadership', () => leader.isLeader);
  return { member, server };
}
