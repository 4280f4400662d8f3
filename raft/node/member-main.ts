// One Raft member as an OS process: LevelDB in --data-dir, TCP transport, the raft/kv state
// machine, and the client protocol (client-protocol.ts) on --client-port.
//
//   node raft/node/member-main.ts --id a --data-dir DIR [--raft-port 0] [--client-port 0]
//        [--peers a=127.0.0.1:7001,b=...]   founding members (this one included); on a fresh
//                                            data dir only. "-" reads them as one JSON object
//                                            line {id: "host:port"} from stdin, so a launcher
//                                            can start every member on port 0 first.
//        [--exit-with-stdin]                 exit when stdin closes (the launcher died)
//        [--tick-ms 10] [--election-ticks 30] [--heartbeat-ticks 3] [--snapshot-every 10000]
//
// Prints one JSON line {"event":"listening","raftPort":…,"clientPort":…} on stdout once both
// ports are bound, and {"event":"started"} once the node runs. SIGTERM/SIGINT close it cleanly.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { KvStore } from '../kv/index.ts';
import type { KvResult } from '../kv/index.ts';
import { TcpTransport } from '../transport/index.ts';
import type { arrow } from '../proto/raft.pb.js';
import { serveClients } from './client-protocol.ts';
import { RaftNode } from './raft-node.ts';

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    'data-dir': { type: 'string' },
    'raft-port': { type: 'string', default: '0' },
    'client-port': { type: 'string', default: '0' },
    peers: { type: 'string' },
    'tick-ms': { type: 'string', default: '10' },
    'election-ticks': { type: 'string', default: '30' },
    'heartbeat-ticks': { type: 'string', default: '3' },
    'snapshot-every': { type: 'string', default: '10000' },
    'request-timeout-ms': { type: 'string', default: '5000' },
    'exit-with-stdin': { type: 'boolean', default: false },
  },
});

const id = values.id;
const dataDir = values['data-dir'];
if (!id || !dataDir) {
  console.error('usage: member-main.ts --id ID --data-dir DIR [--peers a=host:port,...|-]');
  process.exit(2);
}
const host = '127.0.0.1';
const log = pino({ level: process.env['LOG_LEVEL'] ?? 'warn', base: { member: id } }, pino.destination(2));

async function readPeersFromStdin(timeoutMs: number): Promise<Record<string, string>> {
  const lines = createInterface({ input: process.stdin });
  const timer = setTimeout(() => {
    log.error('no peer list on stdin');
    process.exit(2);
  }, timeoutMs);
  for await (const line of lines) {
    if (line.length > 64 * 1024) throw new Error('peer list line too long');
    clearTimeout(timer);
    lines.close();
    return JSON.parse(line) as Record<string, string>;
  }
  throw new Error('stdin closed before the peer list');
}

function parsePeers(text: string): Record<string, string> {
  return Object.fromEntries(
    text.split(',').map((pair) => {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new Error(`bad peer "${pair}" (want id=host:port)`);
      return [pair.slice(0, eq), pair.slice(eq + 1)];
    }),
  );
}

const transport = new TcpTransport({
  id,
  listen: { host, port: Number(values['raft-port']) },
  onError: (err, context) => log.debug({ err: err.message, context }, 'transport'),
});
await transport.start();

const store = new KvStore();
let node: RaftNode<KvResult | undefined> | null = null;

const clientServer = await serveClients({ host, port: Number(values['client-port']) }, async (request): Promise<arrow.raft.ClientResponse.$Properties> => {
  const n = node;
  if (!n) return { error: 'starting' };
  if (request.command && request.command.length > 0) {
    // Writes go to the leader directly (no forwarding), so a client learns where to send them.
    if (!n.isLeader) return { error: 'not leader', leader: n.leaderId };
    const { result, index } = await n.propose(request.command);
    return { result: new TextEncoder().encode(JSON.stringify(result ?? null)), index };
  }
  if (typeof request.get === 'string' && request.body === 'get') {
    const key = request.get;
    const value = await n.read(() => store.get(key));
    return value === null ? { found: false } : { found: true, result: new TextEncoder().encode(value) };
  }
  if (request.dump) return { fingerprint: store.fingerprint(), applied: n.appliedIndex };
  if (request.status) {
    const s = n.status();
    return { role: s.role, leader: s.leader, term: s.term, commit: s.commit, applied: n.appliedIndex };
  }
  return { error: 'empty request' };
});
const clientAddress = clientServer.address();
if (!clientAddress || typeof clientAddress === 'string') throw new Error('client server not bound');
process.stdout.write(`${JSON.stringify({ event: 'listening', raftPort: transport.address().port, clientPort: clientAddress.port })}\n`);

const peers = values.peers === '-' ? await readPeersFromStdin(30_000) : values.peers ? parsePeers(values.peers) : undefined;

node = await RaftNode.start<KvResult | undefined>({
  id,
  dataDir,
  transport,
  stateMachine: {
    apply: (command) => store.apply(command)?.result,
    snapshot: () => store.snapshot(),
    restore: (data) => store.restore(data),
  },
  initialMembers: peers,
  tickMs: Number(values['tick-ms']),
  electionTicks: Number(values['election-ticks']),
  heartbeatTicks: Number(values['heartbeat-ticks']),
  snapshotEvery: Number(values['snapshot-every']),
  requestTimeoutMs: Number(values['request-timeout-ms']),
  logger: log,
});
node.on('leader', (leader, term) => log.info({ leader, term }, 'leader'));
node.on('error', (err) => {
  log.error({ err: err.message }, 'raft node failed');
  process.exit(1);
});
process.stdout.write(`${JSON.stringify({ event: 'started' })}\n`);

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  clientServer.close();
  await node?.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
if (values['exit-with-stdin']) {
  // A launcher that dies (even by SIGKILL) closes our stdin: do not outlive it as an orphan.
  process.stdin.on('end', () => void shutdown());
  process.stdin.on('close', () => void shutdown());
  process.stdin.resume();
}
process.on('SIGINT', () => void shutdown());

