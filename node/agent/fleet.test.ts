// SimulatedFleet against a real one-member cluster: 2,000 nodes from one peer stay ready, exactly
// the silenced ones go down, and with runAllocations placements are reported running.
import test from 'ava';
import { SimulatedFleet } from './index.ts';
import { definition, live, startCluster, until } from './testing.ts';

const TTL_MS = 1_500;

test('2,000 simulated nodes register and stay ready; exactly the silenced ones go down; a 100-replica Arrow runs', async (t) => {
  const cluster = await startCluster(t, TTL_MS);
  const fleet = new SimulatedFleet({
    peerId: 'fleet-peer', count: 2_000, servers: cluster.servers, connect: cluster.connector('fleet-peer'),
    // A fixed pattern stands in for the caller's seeded generator: three sizes, two zones.
    shape: (i) => ({ capacity: { cpu: 2_000 * (1 + (i % 3)), memory: 4_096 * (1 + (i % 3)) }, labels: { zone: i % 2 === 0 ? 'east' : 'west' } }),
    runAllocations: { parallelism: 16, sweepMs: 300 },
  });
  t.teardown(() => fleet.stop());
  const registering = Date.now();
  await fleet.start();
  t.log(`2,000 registrations in ${Date.now() - registering} ms`);
  const state = () => cluster.member.state;
  t.is(fleet.stats.registered, 2_000);
  t.is(state().nodes().length, 2_000);
  t.is(state().node('sim-00001')?.peerId, 'fleet-peer');
  t.deepEqual(state().node('sim-00002')?.labels, { zone: 'west' });
  t.is(state().node('sim-00003')?.capacity.cpu, 6_000);

  // Several TTLs: nobody is marked down.
  let downSeen = 0;
  const watchDown = setInterval(() => { downSeen = Math.max(downSeen, state().nodes().filter((n) => n.status === 'down').length); }, 50);
  t.teardown(() => clearInterval(watchDown));
  await new Promise((r) => setTimeout(r, 3 * TTL_MS));
  clearInterval(watchDown);
  t.is(downSeen, 0, 'no node marked down while the fleet beats');
  t.true(fleet.stats.heartbeatCalls >= 3, `${fleet.stats.heartbeatCalls} heartbeat calls`);
  t.true(fleet.stats.beatsSent >= 3 * 2_000);

  t.true((await cluster.member.propose({ type: 'put-arrow', definitionJson: definition('web', 100) })).ok);
  await until('100 replicas running', () => {
    const allocations = live(state(), 'web');
    return allocations.length === 100 && allocations.every((a) => a.status === 'running');
  }, 20_000);

  // Silence five nodes, two of them hosting replicas: exactly those go down, and their replicas move.
  const hosting = [...new Set(live(state(), 'web').map((a) => a.node))].slice(0, 2);
  const idle = fleet.nodeIds.filter((id) => !hosting.includes(id) && state().allocationsOfNode(id).length === 0).slice(0, 3);
  const silenced = [...hosting, ...idle];
  fleet.silence(silenced);
  await until('silenced nodes down', () => silenced.every((id) => state().node(id)?.status === 'down'), TTL_MS + 5_000);
  const down = state().nodes().filter((n) => n.status === 'down').map((n) => n.id).sort();
  t.deepEqual(down, [...silenced].sort());
  await until('replicas replaced and running', () => {
    const allocations = live(state(), 'web');
    return allocations.length === 100 && allocations.every((a) => a.status === 'running' && !silenced.includes(a.node));
  }, 20_000);

  fleet.resume(silenced);
  await until('resumed nodes ready', () => silenced.every((id) => state().node(id)?.status === 'ready'), TTL_MS + 5_000);
  t.is(fleet.stats.registrationFailures, 0);
});
