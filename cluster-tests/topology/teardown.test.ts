// Nothing is left behind: not by a runner SIGKILLed mid-test, not by a SIGKILLed relay.
import test from 'ava';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { Topology, sweepLeftovers } from './index.ts';
import { systemTool } from './tools.ts';
import { gone, NET_TOOL } from './testing/tools.ts';

const DOOMED_RUNNER = fileURLToPath(new URL('./testing/doomed-runner.ts', import.meta.url));

async function leftovers(owner: number): Promise<string[]> {
  const prefix = `arwt${owner}`;
  const [netns, links, tables] = await Promise.all([
    execa(systemTool('ip'), ['netns', 'list']),
    execa(systemTool('ip'), ['-o', 'link', 'show']),
    execa(systemTool('nft'), ['list', 'tables']),
  ]);
  const names = [
    ...netns.stdout.split('\n').map((line) => line.split(' ')[0] ?? ''),
    ...links.stdout.split('\n').map((line) => (line.split(': ')[1] ?? '').split('@')[0] ?? ''),
    ...tables.stdout.split('\n').map((line) => line.split(' ').at(-1) ?? ''),
  ];
  return names.filter((name) => name === prefix || name.startsWith(`${prefix}-`) || name.startsWith(`${prefix}v`));
}

test('a runner SIGKILLed mid-test leaves no namespace, link, nft table or process', async (t) => {
  const runner = spawn(process.execPath, [DOOMED_RUNNER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('doomed runner did not report within 60 s')), 60_000);
    runner.stdout.once('data', (data: Buffer) => { clearTimeout(timer); resolve(data.toString()); });
  });
  const made = JSON.parse(line) as { owner: number; netns: string[]; bridge: string; pids: number[] };
  t.true(made.pids.length >= 4, `host processes running: ${made.pids.join(', ')}`);
  t.true((await leftovers(made.owner)).length >= 5, 'namespaces, bridge and veths exist before the kill');

  const killedAt = performance.now();
  runner.kill('SIGKILL');
  let remaining: string[] = [];
  let alive: number[] = [];
  for (let attempt = 0; attempt < 300; attempt++) {
    remaining = await leftovers(made.owner);
    alive = [];
    for (const pid of [...made.pids, made.owner]) if (!await gone(pid)) alive.push(pid);
    if (remaining.length === 0 && alive.length === 0) break;
    await sleep(100);
  }
  t.log(`everything gone ${Math.round(performance.now() - killedAt)} ms after the runner's SIGKILL`);
  t.deepEqual(remaining, []);
  t.deepEqual(alive, [], 'host processes and the relay are gone');
});

test('a SIGKILLed relay leaves leftovers that sweepLeftovers removes, processes included', async (t) => {
  const topo = await Topology.create({ hosts: 2 });
  t.teardown(() => topo.destroy());
  const [h1] = topo.hosts as [typeof topo.hosts[0]];
  const sleeper = topo.spawn(h1, process.execPath, [NET_TOOL, 'sleep', '100000']);
  const pid = sleeper.pid!;
  t.true((await leftovers(topo.owner)).length >= 5);
  process.kill(topo.owner, 'SIGKILL');
  for (let attempt = 0; attempt < 100 && !await gone(topo.owner); attempt++) await sleep(50);
  t.false(await gone(pid), 'the host process outlived its relay');
  // A create() in a test running in parallel may sweep these first; either way nothing remains.
  const removed = await sweepLeftovers();
  t.log(`swept: ${removed.join(', ') || '(by a concurrent sweep)'}`);
  t.deepEqual(await leftovers(topo.owner), []);
  t.true(await gone(pid), 'the host process was killed');
  await topo.destroy(); // still resolves with its relay gone
});
