#!/usr/bin/env node
// arrowd: the node daemon (first version: artifact store, libp2p host, piece exchange, HTTP API).
//   arrowd --data-dir DIR --listen MULTIADDR --api HOST:PORT --cluster-key FILE [--peer MULTIADDR]...
//   arrowd keygen FILE        create a cluster key
import { Command, InvalidArgumentError } from 'commander';
import { writeClusterKey } from '../../p2p/index.ts';
import { arrowHome } from '../home/index.ts';
import { startNode } from './node.ts';

function parseHostPort(value: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(value);
  const port = Number(match?.[3]);
  if (!match || !Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(`expected HOST:PORT, got ${JSON.stringify(value)}`);
  return { host: match[1] ?? match[2] ?? '127.0.0.1', port };
}

function parseBytesPerSecond(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|m|g)?i?b?(?:\/s)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a rate such as 50MiB/s, got ${JSON.stringify(value)}`);
  const scale = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  return Number(match[1]) * scale;
}

const program = new Command('arrowd')
  .description('Arrow node daemon: artifact store, libp2p peer-to-peer distribution, HTTP API')
  .option('--data-dir <dir>', 'node data directory', arrowHome())
  .option('--listen <multiaddr>', 'libp2p listen address (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--api <host:port>', 'HTTP API address (loopback by default)', parseHostPort, { host: '127.0.0.1', port: 7070 })
  .option('--cluster-key <file>', 'cluster key file (create with: arrowd keygen FILE)')
  .option('--peer <multiaddr>', 'peer to connect to (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--max-uploads <n>', 'pieces sent at once to peers', (v: string) => Number.parseInt(v, 10))
  .option('--upload-limit <rate>', 'upload bandwidth limit, e.g. 50MiB/s', parseBytesPerSecond)
  .showHelpAfterError()
  .action(async (opts: { dataDir: string; listen: string[]; api: { host: string; port: number }; clusterKey?: string; peer: string[]; maxUploads?: number; uploadLimit?: number }) => {
    if (!opts.clusterKey) program.error('error: --cluster-key FILE is required (create one with: arrowd keygen FILE)');
    const node = await startNode({
      dataDir: opts.dataDir,
      listen: opts.listen.length > 0 ? opts.listen : ['/ip4/127.0.0.1/tcp/0'],
      api: opts.api,
      clusterKeyFile: opts.clusterKey!,
      peers: opts.peer,
      ...(opts.maxUploads === undefined ? {} : { maxConcurrentUploads: opts.maxUploads }),
      ...(opts.uploadLimit === undefined ? {} : { uploadBytesPerSecond: opts.uploadLimit }),
    });
    // One JSON line for supervisors and tests: where to reach this node.
    process.stdout.write(`${JSON.stringify({ event: 'ready', peerId: node.libp2p.peerId.toString(), addrs: node.libp2p.getMultiaddrs().map((a) => a.toString()), api: node.apiUrl, dataDir: opts.dataDir })}\n`);
    const shutdown = (signal: string) => {
      process.stderr.write(`arrowd: ${signal}, shutting down\n`);
      const force = setTimeout(() => process.exit(1), 10_000);
      force.unref();
      node.stop().then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });

program.command('keygen')
  .description('create a cluster key (pnet swarm key, 0600): only nodes holding it can connect')
  .argument('<file>', 'where to write the key')
  .action(async (file: string) => {
    await writeClusterKey(file);
    process.stdout.write(`wrote cluster key ${file}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`arrowd: ${(error as Error).message}\n`);
  process.exit(1);
}
