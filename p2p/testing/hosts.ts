// Test helper: real libp2p hosts on loopback (TCP port 0) sharing one cluster key, each stopped
// by stopAll() (call it in a teardown); a host of another cluster is one with another key.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { PrivateKey } from '@libp2p/interface';
import { createHost, readClusterKey, writeClusterKey } from '../host/index.ts';
import type { ArrowLibp2p } from '../host/index.ts';

export interface TestHosts {
  readonly clusterKey: Uint8Array;
  /** A started host; the same privateKey gives the same peer ID (a restart), on a new port. */
  start(options?: { privateKey?: PrivateKey; clusterKey?: Uint8Array }): Promise<ArrowLibp2p>;
  /** A fresh cluster key, for a host that must not get in. */
  otherClusterKey(): Promise<Uint8Array>;
  stopAll(): Promise<void>;
}

export async function testHosts(): Promise<TestHosts> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-hosts-'));
  let keys = 0;
  const newKey = async () => {
    const path = join(dir, `cluster-${keys++}.key`);
    await writeClusterKey(path);
    return readClusterKey(path);
  };
  const clusterKey = await newKey();
  const hosts: ArrowLibp2p[] = [];
  return {
    clusterKey,
    async start(options = {}) {
      const host = await createHost({
        privateKey: options.privateKey ?? (await generateKeyPair('Ed25519')),
        clusterKey: options.clusterKey ?? clusterKey,
        listen: ['/ip4/127.0.0.1/tcp/0'],
      });
      hosts.push(host);
      return host;
    },
    otherClusterKey: newKey,
    async stopAll() {
      await Promise.allSettled(hosts.map((h) => h.stop()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
