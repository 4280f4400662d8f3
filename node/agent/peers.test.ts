// Who may send a node what, decided from the agent's view of the cluster: the allocation a live
// migration brings, and the peers whose volume snapshots a node takes.
import test from 'ava';
import type { PeerRef, VolumeView, WatchReply } from '../control/index.ts';
import { MAX_VOLUME_MIB } from '../spec/index.ts';
import { incomingAllocation, pushAllowed } from './peers.ts';
import { allocationRecord, arrowRecord, definition } from './testing.ts';

const ref = (node: string): PeerRef => ({ node, peerId: node, addrs: [] });
const volumeDefinition = JSON.stringify({ ...JSON.parse(definition('web', 1)), volume: { path: '/data', size: 8, replicas: 2 } });

function view(fields: Partial<WatchReply> = {}, volume: Partial<VolumeView> = {}): WatchReply {
  return {
    index: 10,
    allocations: [allocationRecord('web-1', { node: 'n2', generation: 2, migratingFrom: 'n1', status: 'pending' })],
    arrows: [arrowRecord(volumeDefinition)],
    volumes: [{ name: 'web', replicas: 2, primary: ref('n2'), replicaNodes: [ref('n3')], holders: [], ...volume }],
    ...fields,
  };
}

test('a migration brings only the allocation the view moves here from that peer, at that generation', (t) => {
  const v = view();
  const found = incomingAllocation(v, 'web-1@2', 'n1');
  t.is(typeof found === 'string' ? found : found.allocation.id, 'web-1');
  t.regex(incomingAllocation(v, 'web-1', 'n1') as string, /not an allocation's migration/);
  t.regex(incomingAllocation(v, '../x@2', 'n1') as string, /not an allocation's migration/);
  t.regex(incomingAllocation(v, `${'a'.repeat(65)}@2`, 'n1') as string, /not an allocation's migration/);
  t.regex(incomingAllocation(v, 'web-9@2', 'n1') as string, /not moved here/);
  t.regex(incomingAllocation(v, 'web-1@3', 'n1') as string, /at generation 2 here, not 3/);
  t.regex(incomingAllocation(v, 'web-1@2', 'n4') as string, /does not move here from n4/);
  t.regex(incomingAllocation(undefined, 'web-1@2', 'n1') as string, /not moved here/);
  const stopping = view({ allocations: [allocationRecord('web-1', { node: 'n2', generation: 2, migratingFrom: 'n1', desired: 'stop' })] });
  t.regex(incomingAllocation(stopping, 'web-1@2', 'n1') as string, /is to stop/);
  t.regex(incomingAllocation(view({ arrows: [] }), 'web-1@2', 'n1') as string, /Arrow of allocation web-1 is not in this node's view/);
});

test('snapshots of a volume are taken from its primary on its replica nodes, from the node it moves from before it runs, and from a node asked', (t) => {
  const never = () => false;
  const always = () => true;
  // On replica node n3: its primary n2 may push, nobody else.
  t.deepEqual(pushAllowed(view(), 'n3', 'n2', 'web', never), { sizeMiB: 8 });
  t.is(pushAllowed(view(), 'n3', 'n1', 'web', never), undefined, 'not the primary');
  t.is(pushAllowed(view(), 'n4', 'n2', 'web', never), undefined, 'not a replica node');
  t.is(pushAllowed(view(), 'n3', 'n2', 'other', never), undefined, 'another volume');
  t.is(pushAllowed(undefined, 'n3', 'n2', 'web', always), undefined, 'no view yet');
  // On n2, where the Arrow moves from n1: n1 may push while nothing runs here yet.
  t.deepEqual(pushAllowed(view(), 'n2', 'n1', 'web', always), { sizeMiB: 8 });
  t.is(pushAllowed(view(), 'n2', 'n1', 'web', never), undefined, 'once it runs here, this node\'s snapshots are the newer');
  t.is(pushAllowed(view(), 'n2', 'n2', 'web', always), undefined, 'a node is not its own source');
  // A node that asked a peer for the volume (freshen) takes that peer's push.
  t.deepEqual(pushAllowed(view({ volumes: [] }), 'n5', 'n9', 'web', never, true), { sizeMiB: 8 });
  // Without the Arrow's definition the volume's size is unknown: ShadowFS's own bound holds.
  t.deepEqual(pushAllowed(view({ arrows: [] }), 'n3', 'n2', 'web', never), { sizeMiB: MAX_VOLUME_MIB });
});
