// Drives a NodeNetwork inside a network namespace for node/net's tests (a process cannot change
// its own namespace): `ip netns exec NS node drive.ts '<json steps>'` runs the steps in order and
// prints one JSON line per step, { ok, value } or { ok: false, error }.
import { NodeNetwork } from '../index.ts';
import type { NetworkMembership, PublishedPort } from '../index.ts';

type Step =
  | { op: 'attach'; allocation: string; address: string }
  | { op: 'detach'; allocation: string }
  | { op: 'publish'; ports: PublishedPort[] }
  | { op: 'reconcile'; keep: Record<string, string | { address: string; network: string }> }
  | { op: 'hold'; ms: number }
  | { op: 'networks'; membership: NetworkMembership }
  | { op: 'teardown' };

const [nodeId, bindAddress, stepsJson] = process.argv.slice(2);
if (!nodeId || !bindAddress || !stepsJson) throw new Error('usage: drive.ts NODE BIND_ADDRESS STEPS_JSON');
const network = new NodeNetwork({ nodeId, bindAddress });
// 'hold' publishes these again after renewing, so the step ends once the kernel has the lease.
let published: PublishedPort[] = [];
for (const step of JSON.parse(stepsJson) as Step[]) {
  try {
    let value: unknown;
    if (step.op === 'attach') value = await network.attach(step.allocation, step.address);
    else if (step.op === 'detach') value = await network.detach(step.allocation);
    else if (step.op === 'publish') {
      published = step.ports;
      value = await network.publish(step.ports);
    }
    else if (step.op === 'reconcile') value = await network.reconcile(new Map(Object.entries(step.keep)));
    else if (step.op === 'networks') value = await network.setNetworks(step.membership);
    else if (step.op === 'hold') {
      network.holdLease(step.ms);
      value = await network.publish(published);
    }
    else value = await network.teardown();
    console.log(JSON.stringify({ ok: true, value: value ?? null }));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, error: (error as Error).message }));
  }
}
