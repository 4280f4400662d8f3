// Test helpers for the Raft transport: drop counters, message builders, an inbox, and members
// (libp2p host + transport + RaftNode over LevelDB with a KvStore) that can be restarted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { PrivateKey } from '@libp2p/interface';
import { KvStore, MessageType, RaftNode } from '../../raft/index.ts';
import type { ConfState, KvResult, Message, RaftNodeOptions, StateMachine } from '../../raft/index.ts';
import type { ArrowLibp2p, TestHosts } from '../../p2p/index.ts';
import { Libp2pTransport } from './transport.ts';
import type { DropReason, Libp2pTransportOptions, RaftTransportMetrics } from './transport.ts';

export class DropCounts implements RaftTransportMetrics {
  readonly counts = new Map<DropReason, number>();
  onDropped(reason: DropReason, _peer: string, count: number): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
  }
  get(reason: DropReason): number {
    return this.counts.get(reason) ?? 0;
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
}

export function raftMessage(from: string, to: string, fields: Partial<Message> = {}): Message {
  return {
    type: MessageType.APP, from, to, term: 3, logTerm: 2, index: 1, entries: [], commit: 0,
    reject: false, rejectHint: 0, context: new Uint8Array(0), ...fields,
  };
}

export function inbox(transport: { onMessage(h: (m: Message) => void): void }) {
  const got: Message[] = [];
  transport.onMessage((m) => got.push(m));
  return {
    got,
    waitFor: (n: number, timeoutMs = 10_000) => until(`${n} messages (have ${got.length})`, () => got.length >= n, timeoutMs),
  };
}

/** Polls `probe` every 10 ms until it returns something other than undefined/false. */
export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Member {
  readonly id: string;
  readonly key: PrivateKey;
  readonly dir: string;
  host: ArrowLibp2p;
  transport: Libp2pTransport;
  node: RaftNode<KvResult | undefined>;
  store: KvStore;
  drops: DropCounts;
  /** Restores from a non-empty snapshot since this incarnation started (a snapshot from the leader). */
  snapshotsInstalled: number;
  address(): string;
}

export interface MemberOptions {
  node?: Partial<Omit<RaftNodeOptions<KvResult | undefined>, 'id' | 'dataDir' | 'transport' | 'stateMachine' | 'initialMembers'>>;
  transport?: Partial<Omit<Libp2pTransportOptions, 'host' | 'isAdmitted' | 'metrics'>>;
}

/**
 * Runs a member on `host` (started with `key`): transport, KvStore, RaftNode over LevelDB in
 * `dir`. It admits whoever its committed configuration names, and before it knows one,
 * `bootstrapIds` (what a join token would give it).
 */
export async function startMember(host: ArrowLibp2p, key: PrivateKey, dir: string, bootstrapIds: readonly string[], initial: Record<string, string> | undefined, options: MemberOptions = {}): Promise<Member> {
  const id = host.peerId.toString();
  const admitted = new Set(bootstrapIds);
  const drops = new DropCounts();
  const transport = new Libp2pTransport({ host, isAdmitted: (peer) => admitted.has(peer), metrics: drops, ...options.transport });
  const store = new KvStore();
  const member = { id, key, dir, host, transport, store, drops, snapshotsInstalled: 0, address: () => host.getMultiaddrs()[0]!.toString() } as Member;
  const machine: StateMachine<KvResult | undefined> = {
    apply: (command) => store.apply(command)?.result,
    snapshot: () => store.snapshot(),
    restore: (data) => {
      if (data.length > 0) member.snapshotsInstalled++;
      store.restore(data);
    },
  };
  member.node = await RaftNode.start({
    id, dataDir: dir, transport, stateMachine: machine, initialMembers: initial,
    tickMs: 10, electionTicks: 50, heartbeatTicks: 3, requestTimeoutMs: 5_000, ...options.node,
  });
  member.snapshotsInstalled = 0; // the restore from its own data dir does not count
  const refresh = (confState: ConfState) => {
    admitted.clear();
    for (const peer of [...confState.voters, ...confState.learners]) admitted.add(peer);
  };
  if (member.node.confState.voters.length > 0) refresh(member.node.confState);
  member.node.on('membership', refresh);
  return member;
}

export async function stopMember(member: Member): Promise<void> {
  await member.node.close();
  await member.host.stop();
}

/** The same member (key, data dir) on a new host, hence a new port; stop it first. */
export async function restartMember(hosts: TestHosts, member: Member, options: MemberOptions = {}): Promise<Member> {
  const host = await hosts.start({ privateKey: member.key });
  return startMember(host, member.key, member.dir, [], undefined, options);
}

/** A cluster of `size` founding members over libp2p on loopback. */
export async function startCluster(hosts: TestHosts, size: number, options: MemberOptions = {}): Promise<{ members: Member[]; cleanup(): Promise<void> }> {
  const keys = await Promise.all(Array.from({ length: size }, () => generateKeyPair('Ed25519')));
  const dirs = await Promise.all(keys.map(() => mkdtemp(join(tmpdir(), 'arrow-consensus-'))));
  // Hosts first, so every founding member's address is known before any RaftNode starts.
  const memberHosts = await Promise.all(keys.map((privateKey) => hosts.start({ privateKey })));
  const initial = Object.fromEntries(memberHosts.map((h) => [h.peerId.toString(), h.getMultiaddrs()[0]!.toString()]));
  const members = await Promise.all(memberHosts.map((host, i) => startMember(host, keys[i]!, dirs[i]!, Object.keys(initial), initial, options)));
  return {
    members,
    async cleanup() {
      await Promise.allSettled(members.map((m) => stopMember(m)));
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}
