// Composition root of a node (first version): store, libp2p host, piece exchange, HTTP API.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { multiaddr } from '@multiformats/multiaddr';
import { Counter, Registry } from 'prom-client';
import {
  PieceServer, connectedPeers, createHost, fetchArtifact, loadOrCreateNodeKey, openStore, readClusterKey,
} from '../../p2p/index.ts';
import type { ArrowLibp2p, ArtifactStore, Digest, FetchResult, FetchOptions } from '../../p2p/index.ts';
import { createApiServer } from '../api/index.ts';
import type { NodeStatus } from '../api/index.ts';

export interface NodeConfig {
  dataDir: string;
  listen: string[];
  api: { host: string; port: number };
  clusterKeyFile: string;
  peers: string[];
  maxConcurrentUploads?: number;
  uploadBytesPerSecond?: number;
  maxArtifactBytes?: number;
}

export interface RunningNode {
  libp2p: ArrowLibp2p;
  store: ArtifactStore;
  apiUrl: string;
  stop(): Promise<void>;
}

/** The API token: created once (0600) and read by arrowctl on the same host. */
async function loadOrCreateToken(path: string): Promise<string> {
  try {
    const token = (await readFile(path, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(token)) return token;
    throw new Error(`${path} does not hold a token (64 hex characters); delete it to get a new one`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('hex');
  await writeFile(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return token;
}

export async function startNode(config: NodeConfig): Promise<RunningNode> {
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const clusterKey = await readClusterKey(config.clusterKeyFile);
  const store = await openStore(config.dataDir, config.maxArtifactBytes === undefined ? {} : { maxArtifactBytes: config.maxArtifactBytes });
  const cleanups: Array<() => Promise<void>> = [() => store.close()];
  const cleanup = async () => { for (const fn of cleanups.reverse()) await fn().catch(() => undefined); };
  try {
    const token = await loadOrCreateToken(join(config.dataDir, 'api.token'));
    const privateKey = await loadOrCreateNodeKey(join(config.dataDir, 'node.key'));
    const libp2p = await createHost({ privateKey, clusterKey, listen: config.listen });
    cleanups.push(async () => { await libp2p.stop(); });

    const metrics = new Registry();
    const uploaded = new Counter({ name: 'arrow_p2p_uploaded_bytes_total', help: 'Piece bytes sent to peers', labelNames: ['peer'], registers: [metrics] });
    const downloaded = new Counter({ name: 'arrow_p2p_downloaded_bytes_total', help: 'Verified piece bytes received from peers', labelNames: ['peer'], registers: [metrics] });
    const answers = new Counter({ name: 'arrow_p2p_requests_total', help: 'Peer requests answered, by answer (piece, have, seeded, busy, not-found, bad-request)', labelNames: ['answer'], registers: [metrics] });
    const badPeers = new Counter({ name: 'arrow_p2p_bad_peers_total', help: 'Peers dropped for sending bad data', labelNames: ['peer'], registers: [metrics] });

    const server = new PieceServer(store, {
      counters: { uploaded: (peer, bytes) => uploaded.inc({ peer }, bytes), answered: (answer) => answers.inc({ answer }) },
      ...(config.maxConcurrentUploads === undefined ? {} : { maxConcurrentUploads: config.maxConcurrentUploads }),
      ...(config.uploadBytesPerSecond === undefined ? {} : { uploadBytesPerSecond: config.uploadBytesPerSecond }),
    });
    await server.start(libp2p);
    cleanups.push(async () => server.stop());

    // Keep configured peers connected: they may start after us or restart.
    const dialPeers = async () => {
      const connected = new Set(libp2p.getConnections().map((c) => c.remoteAddr.toString()));
      await Promise.all(config.peers.map(async (addr) => {
        const ma = multiaddr(addr);
        const peerId = ma.getComponents().find((c) => c.name === 'p2p')?.value;
        if (peerId && libp2p.getPeers().some((p) => p.toString() === peerId)) return;
        if (connected.has(addr)) return;
        await libp2p.dial(ma, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
      }));
    };
    void dialPeers();
    const redial = setInterval(() => { void dialPeers(); }, 1_000);
    cleanups.push(async () => clearInterval(redial));

    // One download per digest, however many API callers ask for it.
    const pulls = new Map<Digest, { promise: Promise<FetchResult>; listeners: Set<Pick<FetchOptions, 'onProgress' | 'onBadPeer'>> }>();
    const pull = (digest: Digest, options: Pick<FetchOptions, 'ref' | 'onProgress' | 'onBadPeer'>): Promise<FetchResult> => {
      let entry = pulls.get(digest);
      if (!entry) {
        const listeners = new Set<Pick<FetchOptions, 'onProgress' | 'onBadPeer'>>();
        const promise = fetchArtifact(libp2p, store, connectedPeers(libp2p), digest, {
          onProgress: (p) => { for (const l of listeners) l.onProgress?.(p); },
          onBadPeer: (r) => { badPeers.inc({ peer: r.peer }); for (const l of listeners) l.onBadPeer?.(r); },
          onDownloaded: (peer, bytes) => downloaded.inc({ peer }, bytes),
          ...(config.maxArtifactBytes === undefined ? {} : { maxArtifactBytes: config.maxArtifactBytes }),
        }).finally(() => pulls.delete(digest));
        entry = { promise, listeners };
        pulls.set(digest, entry);
      }
      const listener = { onProgress: options.onProgress, onBadPeer: options.onBadPeer };
      entry.listeners.add(listener);
      return entry.promise.then(async (result) => {
        if (options.ref) await store.addRef(digest, options.ref);
        return { ...result, info: (await store.stat(digest)) ?? result.info };
      }).finally(() => entry.listeners.delete(listener));
    };

    const status = (): NodeStatus => ({
      peerId: libp2p.peerId.toString(),
      addrs: libp2p.getMultiaddrs().map((a) => a.toString()),
      peers: libp2p.getPeers().map((p) => ({ peerId: p.toString(), addrs: libp2p.getConnections(p).map((c) => c.remoteAddr.toString()) })),
      dataDir: config.dataDir,
    });

    const api = createApiServer({
      store, status, pull, metrics,
      dial: async (addr) => { await libp2p.dial(multiaddr(addr), { signal: AbortSignal.timeout(5_000) }); },
    }, { token, maxUploadBytes: config.maxArtifactBytes ?? 16 * 1024 ** 3 });
    await api.listen({ host: config.api.host, port: config.api.port });
    cleanups.push(() => api.close());
    const address = api.server.address();
    const port = typeof address === 'object' && address ? address.port : config.api.port;
    const apiUrl = `http://${config.api.host.includes(':') ? `[${config.api.host}]` : config.api.host}:${port}`;
    // arrowctl on this host finds the node through the data dir (ARROW_HOME).
    await writeFile(join(config.dataDir, 'api.addr'), `${apiUrl}\n`);
    cleanups.push(() => rm(join(config.dataDir, 'api.addr'), { force: true }));

    let stopping: Promise<void> | undefined;
    return { libp2p, store, apiUrl, stop: () => (stopping ??= cleanup()) };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
