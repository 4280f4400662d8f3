// arrowd: the node daemon. With no cluster flags it founds a one-node cluster (server + agent) on
// embedded defaults; `--join TOKEN [--server]` joins an existing one; restarted with its data
// dir it rejoins as it was.
//   arrowd [--data-dir DIR] [--listen MULTIADDR]... [--api HOST:PORT] [--join TOKEN [--server]] …
//   arrowd keygen FILE        create a cluster key
import { Command, InvalidArgumentError } from 'commander';
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { writeClusterKey } from '../../p2p/index.ts';
import { arrowHome } from '../home/index.ts';
import { parseDuration } from '../api/index.ts';
import { MIGRATION_LIMITS } from '../../kernel/index.ts';
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

function parseLabel(value: string, labels: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`expected KEY=VALUE, got ${JSON.stringify(value)}`);
  return { ...labels, [value.slice(0, eq)]: value.slice(eq + 1) };
}

function parseCount(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${what}: expected a whole number, got ${JSON.stringify(value)}`);
    return n;
  };
}

function parseMemory(value: string): number {
  const match = /^(\d+)\s*([MG])?(?:i?B)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a size such as 4096M or 8G, got ${JSON.stringify(value)}`);
  return Number(match[1]) * ((match[2] ?? 'M').toUpperCase() === 'G' ? 1024 : 1);
}

function parseTtl(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined) throw new InvalidArgumentError(`expected a duration such as 5s, got ${JSON.stringify(value)}`);
  if (ms < 500 || ms > 600_000) throw new InvalidArgumentError(`expected a TTL from 500ms to 10m, got ${value}`);
  return ms;
}

function parseMigrationBandwidth(value: string): number {
  const rate = Math.round(parseBytesPerSecond(value));
  if (rate < MIGRATION_LIMITS.minBandwidthBytesPerSecond || rate > MIGRATION_LIMITS.maxBandwidthBytesPerSecond) {
    throw new InvalidArgumentError(`expected a rate from 64KiB/s to 10GiB/s, got ${value}`);
  }
  return rate;
}

function parseMigrationDowntime(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || !Number.isInteger(ms)) throw new InvalidArgumentError(`expected a duration such as 50ms, got ${JSON.stringify(value)}`);
  if (ms < MIGRATION_LIMITS.minDowntimeLimitMs || ms > MIGRATION_LIMITS.maxDowntimeLimitMs) throw new InvalidArgumentError(`expected a downtime limit from 1ms to 60s, got ${value}`);
  return ms;
}

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const program = new Command('arrowd')
  .description('Arrow node daemon: a member of a cluster that places Arrows and runs them on this host')
  .option('--data-dir <dir>', 'node data directory', arrowHome())
  .option('--listen <multiaddr>', 'libp2p listen address, repeatable (default /ip4/127.0.0.1/tcp/0; use /ip4/0.0.0.0/tcp/7946 for other hosts)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--api <host:port>', 'HTTP API address (loopback by default)', parseHostPort, { host: '127.0.0.1', port: 7070 })
  .option('--join <token>', 'join the cluster of this token (print one with: arrowctl cluster token)')
  .option('--server', 'with --join: join as a server (a Raft voter once caught up) instead of a client')
  .option('--cluster-key <file>', 'when founding a cluster: its key (default: a new one in the data dir)')
  .option('--name <name>', 'node name (default: the host name)')
  .option('--label <key=value>', 'node label for constraints, repeatable', parseLabel, {} as Record<string, string>)
  .option('--cpu <millicores>', 'cpu offered to Arrows (default: all cores)', parseCount('--cpu'))
  .option('--memory <size>', 'memory offered to Arrows (default: the host\'s less 512M)', parseMemory)
  .option('--node-ttl <duration>', 'servers: a node silent this long is marked down (default 5s)', parseTtl)
  .option('--runner <kind>', 'how allocations run: vm (QEMU) or simulated (no VM; tests and benchmarks)', (v: string) => {
    if (v !== 'vm' && v !== 'simulated') throw new InvalidArgumentError(`expected vm or simulated, got ${JSON.stringify(v)}`);
    return v;
  }, 'vm')
  .option('--advertise <address>', 'address where Arrows\' published ports are reached (default: the API host)')
  .option('--network <mode>', 'how Arrows are networked: user (QEMU user-mode, the default) or tap (a bridge, a tap per Arrow at its cluster address, ports as kernel DNAT; needs root and nftables)', (v: string) => {
    if (v !== 'user' && v !== 'tap') throw new InvalidArgumentError('--network is user or tap');
    return v;
  })
  .option('--overlay-port <port>', 'with --network tap: UDP port of the encrypted overlay between nodes (default 51820)', parseCount('--overlay-port'))
  .option('--clone-pool <templates>', 'keep a clone waiting for each of the last N templates started from (~22 MiB each; 0: none)', parseCount('--clone-pool'))
  .option('--ended-logs <n>', 'keep the logs of the last N allocations that ended on this node (default 50)', parseCount('--ended-logs'))
  .option('--peer <multiaddr>', 'extra peer to keep connected for artifacts (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .option('--max-uploads <n>', 'pieces sent at once to peers', parseCount('--max-uploads'))
  .option('--upload-limit <rate>', 'upload bandwidth limit, e.g. 50MiB/s', parseBytesPerSecond)
  .option('--migrate-bandwidth <rate>', 'live migrations from this node send guest RAM at most this fast (default 12.5MB/s: a small edge uplink)', parseMigrationBandwidth)
  .option('--migrate-downtime <duration>', 'the longest pause a live migration from this node may give an Arrow (default 50ms)', parseMigrationDowntime)
  .showHelpAfterError()
  .action(async (opts: {
    dataDir: string; listen: string[]; api: { host: string; port: number }; join?: string; server?: boolean; clusterKey?: string; name?: string;
    label: Record<string, string>; cpu?: number; memory?: number; nodeTtl?: number; peer: string[]; maxUploads?: number; uploadLimit?: number;
    migrateBandwidth?: number; migrateDowntime?: number;
    runner: 'vm' | 'simulated'; advertise?: string; clonePool?: number; endedLogs?: number; network?: 'user' | 'tap'; overlayPort?: number;
  }) => {
    if (opts.server && !opts.join) program.error('error: --server goes with --join (a node that founds a cluster is a server already)');
    const logger = pino({ name: 'arrowd', level: process.env.ARROW_LOG_LEVEL ?? 'info' }, pino.destination(2));
    const node = await startNode({
      dataDir: opts.dataDir,
      listen: opts.listen.length > 0 ? opts.listen : ['/ip4/127.0.0.1/tcp/0'],
      api: opts.api,
      ...(opts.join ? { join: opts.join, server: opts.server === true } : {}),
      ...(opts.clusterKey ? { clusterKeyFile: opts.clusterKey } : {}),
      ...(opts.name ? { name: opts.name } : {}),
      labels: opts.label,
      ...(opts.cpu === undefined ? {} : { cpuMillicores: opts.cpu }),
      ...(opts.memory === undefined ? {} : { memoryMiB: opts.memory }),
      ...(opts.nodeTtl === undefined ? {} : { nodeTtlMs: opts.nodeTtl }),
      peers: opts.peer,
      runner: opts.runner,
      ...(opts.advertise ? { advertiseAddress: opts.advertise } : {}),
      ...(opts.clonePool === undefined ? {} : { clonePoolTemplates: opts.clonePool }),
      ...(opts.endedLogs === undefined ? {} : { endedAllocationsKept: opts.endedLogs }),
      ...(opts.network ? { network: opts.network } : {}),
      ...(opts.overlayPort === undefined ? {} : { overlayPort: opts.overlayPort }),
      ...(opts.maxUploads === undefined ? {} : { maxConcurrentUploads: opts.maxUploads }),
      ...(opts.uploadLimit === undefined ? {} : { uploadBytesPerSecond: opts.uploadLimit }),
      migration: {
        ...(opts.migrateBandwidth === undefined ? {} : { maxBandwidthBytesPerSecond: opts.migrateBandwidth }),
        ...(opts.migrateDowntime === undefined ? {} : { downtimeLimitMs: opts.migrateDowntime }),
      },
      version,
      logger,
    });
    // One JSON line for supervisors and tests: where to reach this node.
    process.stdout.write(`${JSON.stringify({ event: 'ready', peerId: node.libp2p.peerId.toString(), addrs: node.libp2p.getMultiaddrs().map((a) => a.toString()), api: node.apiUrl, dataDir: opts.dataDir, role: node.role, ...(node.joinToken ? { joinToken: node.joinToken } : {}) })}\n`);
    if (node.joinToken) logger.info({}, `join other nodes with: arrowd --join ${node.joinToken} [--server]`);
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 15_000);
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
