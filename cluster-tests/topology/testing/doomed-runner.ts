// A test runner that gets SIGKILLed: creates a topology, starts processes in it (one with a
// grandchild), partitions it so nft tables exist, prints what it made, and waits to be killed.
import { Topology } from '../index.ts';
import { NET_TOOL, startServer } from './tools.ts';

const topo = await Topology.create({ hosts: 2 });
const [h1, h2] = topo.hosts as [typeof topo.hosts[0], typeof topo.hosts[0]];
const tree = topo.spawn(h1, process.execPath, [NET_TOOL, 'spawn-tree']);
const line = await new Promise<string>((resolve) => tree.stdout!.once('data', (data: Buffer) => resolve(data.toString())));
await startServer(topo, h2, ['tcp-echo', h2.address, '0']);
await topo.partition([[h1], [h2]]);
const pids = [...await topo.pids(h1), ...await topo.pids(h2)];
const tree_ = JSON.parse(line) as { pid: number; child: number; grandchild: number };
process.stdout.write(JSON.stringify({ owner: topo.owner, netns: topo.hosts.map((host) => host.netns), bridge: topo.layout.bridge, pids: [...new Set([...pids, tree_.grandchild])] }) + '\n');
setInterval(() => undefined, 1000);
