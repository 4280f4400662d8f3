// One libp2p host per node: TCP, a private-network key (pnet) so only cluster members can even
// finish a handshake, Noise, Yamux, identify, ping, a persisted key pair, connection limits.
import { createLibp2p } from 'libp2p';
import type { Libp2p } from 'libp2p';
import { tcp } from '@libp2p/tcp';
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { identify } from '@libp2p/identify';
import type { Identify } from '@libp2p/identify';
import { ping } from '@libp2p/ping';
import type { Ping } from '@libp2p/ping';
import { generateKey } from '@libp2p/pnet';
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import type { ComponentLogger, DialProtocolOptions, Logger, PeerId, PrivateKey, Stream, StreamHandler, StreamHandlerOptions } from '@libp2p/interface';
import type { Multiaddr } from '@multiformats/multiaddr';
import { chmod, open, readFile, stat, writeFile } from 'node:fs/promises';
import { noiseCrypto } from './noise-crypto.ts';
import { nativePreSharedKey } from './pnet.ts';

export type ArrowLibp2p = Libp2p<{ identify: Identify; ping: Ping }>;

/**
 * What a protocol needs of a host: its identity, registering a handler, opening a stream.
 * ArrowLibp2p satisfies it; protocols take this rather than the whole node.
 */
export interface StreamHost {
  readonly peerId: PeerId;
  handle(protocol: string, handler: StreamHandler, options?: StreamHandlerOptions): Promise<void>;
  unhandle(protocol: string): Promise<void>;
  dialProtocol(peer: PeerId | Multiaddr, protocol: string, options?: DialProtocolOptions): Promise<Stream>;
}

const SWARM_KEY_HEADER = '/key/swarm/psk/1.0.0/\n/base16/\n';
const SWARM_KEY_LENGTH = SWARM_KEY_HEADER.length + 64;

/** Writes a new cluster key (pnet swarm-key format) to `path`, 0600, refusing to overwrite one. */
export async function writeClusterKey(path: string): Promise<void> {
  const bytes = new Uint8Array(SWARM_KEY_LENGTH);
  generateKey(bytes);
  try {
    await writeFile(path, bytes, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${path} already exists; refusing to overwrite a cluster key`, { cause: error });
    throw error;
  }
}

/** Reads and checks a cluster key file; the error says what is wrong with it. */
export async function readClusterKey(path: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > 1024) throw new Error(`cluster key ${path} is ${info.size} bytes; expected a swarm key of ${SWARM_KEY_LENGTH}`);
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`cluster key ${path} does not exist (create one with: arrowd keygen ${path})`, { cause: error });
    throw error;
  }
  const text = bytes.toString('utf8').trim();
  if (!text.startsWith(SWARM_KEY_HEADER) || !/^[0-9a-fA-F]{64}$/.test(text.slice(SWARM_KEY_HEADER.length))) {
    throw new Error(`cluster key ${path} is not a swarm key (expected "/key/swarm/psk/1.0.0/", "/base16/" and 64 hex characters on three lines)`);
  }
  return new Uint8Array(Buffer.from(text.slice(0, SWARM_KEY_LENGTH), 'utf8'));
}

/** Loads the node's libp2p key pair from `path`, creating it (0600) on first start. */
export async function loadOrCreateNodeKey(path: string): Promise<PrivateKey> {
  try {
    const bytes = await readFile(path);
    if (bytes.length > 8192) throw new Error(`node key ${path} is too large (${bytes.length} bytes)`);
    return privateKeyFromProtobuf(new Uint8Array(bytes));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`cannot load the node key ${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  const key = await generateKeyPair('Ed25519');
  const file = await open(path, 'wx', 0o600);
  try {
    await file.writeFile(privateKeyToProtobuf(key));
    await file.sync();
  } finally {
    await file.close();
  }
  await chmod(path, 0o600);
  return key;
}

export interface HostOptions {
  privateKey: PrivateKey;
  clusterKey: Uint8Array;
  listen: string[];
  maxConnections?: number;
}

/**
 * libp2p's components log through `debug`, which builds a logger (checking the terminal for
 * colours) for every stream opened: 2% of a cluster leader's CPU under load. Unless DEBUG asks
 * for logs, they get loggers that do nothing, which is what `debug` would do with them anyway.
 */
const silent: Logger = Object.assign(() => undefined, { error: () => undefined, trace: () => undefined, enabled: false, newScope: () => silent });
const silentLogger: ComponentLogger = { forComponent: () => silent };

export async function createHost(options: HostOptions): Promise<ArrowLibp2p> {
  const connectionProtector = await nativePreSharedKey({ psk: options.clusterKey, timeout: 5_000 });
  return createLibp2p({
    privateKey: options.privateKey,
    ...(process.env.DEBUG ? {} : { logger: silentLogger }),
    addresses: { listen: options.listen },
    transports: [tcp()],
    connectionProtector,
    connectionEncrypters: [noise({ crypto: noiseCrypto })],
    // Bounded per-stream windows: whatever a peer may send before reading is buffered, so the
    // window bounds each stream's memory (1 MiB × our few streams per connection).
    // The window starts at its maximum (one piece): starting at yamux's 256 KiB made every piece
    // wait for several window updates, a round trip each through two busy event loops.
    streamMuxers: [yamux({ streamOptions: { initialStreamWindowSize: 1024 * 1024, maxStreamWindowSize: 1024 * 1024 } })],
    connectionManager: {
      maxConnections: options.maxConnections ?? 128,
      maxIncomingPendingConnections: 16,
    },
    // Ping every connection: a peer that vanished without closing (power loss, a partition)
    // would otherwise hold a half-open connection that Raft and the agents keep writing into.
    // The floor on the ping timeout keeps a busy 2-core host's slow answers from costing it
    // its connections.
    connectionMonitor: { enabled: true, pingInterval: 5_000, pingTimeout: { minTimeout: 3_000, maxTimeout: 10_000 } },
    services: { identify: identify(), ping: ping() },
  });
}
