// Test helper: one VM-running node (startVmNode) in a process of its own, so that a test can
// kill it with SIGKILL as an arrowd would be. argv[2] is a JSON object: { dataDir, clusterKeyHex,
// servers, templatesDir, portRange, name, clonePool? }. Prints {"peerId"} as one JSON line once the node is
// started (its VMs of an earlier life restored), then runs until killed (at most 5 minutes).
import { startVmNode } from './vm-cluster.ts';
import type { VmNodeOptions } from './vm-cluster.ts';

const input = JSON.parse(process.argv[2] ?? '{}') as Omit<VmNodeOptions, 'clusterKey'> & { clusterKeyHex: string };
const node = await startVmNode({ ...input, clusterKey: new Uint8Array(Buffer.from(input.clusterKeyHex, 'hex')) });
process.stdout.write(JSON.stringify({ peerId: node.peerId }) + '\n');
// Bounded even if nobody kills it; then it leaves its VMs to the next one, as arrowd does.
setTimeout(() => void node.stop({ workloads: false }).finally(() => process.exit(1)), 5 * 60_000);
