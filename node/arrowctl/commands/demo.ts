// `arrowctl demo`: the first thing to try after setup. Brings up a local three-node cluster on
// loopback (three arrowd processes, data under $ARROW_HOME/demo/n1..n3), schedules a web service
// of three replicas (busybox httpd, one page), fetches the page from every replica through its
// published port, then takes a node down hard (its arrowd and its VMs killed, as a power cut
// would) and shows its replica replaced on the others. The cluster is left running, the lost
// node back in it; `arrowctl demo stop` stops the Arrows and the nodes. A second `demo` reuses a
// running cluster, or starts the one in the data dirs again.
import type { Command } from 'commander';
import { execa } from 'execa';
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArrowdClient } from '../../api/client/index.ts';
import type { AllocationView, ArrowView } from '../../api/client/index.ts';
import { arrowHome, machineCacheDir } from '../../home/index.ts';
import { defaultArtifacts } from '../../../kernel/index.ts';
import { createBuildProgress } from './progress.ts';

const ARROWD = fileURLToPath(new URL('../../arrowd/main.ts', import.meta.url));
const ARROWCTL = fileURLToPath(new URL('../main.ts', import.meta.url));
const NODES = ['n1', 'n2', 'n3'] as const;
/** Short, so the demo shows a failover in seconds; a real cluster keeps the 5 s default. */
const DEMO_TTL = '3s';
const BUSYBOX = '/bin/busybox';

const say = (message: string) => process.stderr.write(`arrowctl demo: ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface DemoNode { name: string; dataDir: string; client: ArrowdClient; pid: number }

export function registerDemoCommand(program: Command): void {
  const demo = program.command('demo')
    .description('a local 3-node cluster running a replicated web service (see also: demo stop)')
    .action(async () => {
      process.exitCode = await runDemo();
    });
  demo.command('stop')
    .description('stop the demo\'s Arrows and its three arrowd')
    .action(async () => {
      process.exitCode = await stopDemo();
    });
}

const demoRoot = () => join(arrowHome(), 'demo');

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = ` (${(error as Error).message})`;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${Math.round(timeoutMs / 1000)} s${last}`);
    await sleep(250);
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The node's running arrowd, if its pid file names a live one that answers. */
async function runningNode(name: string): Promise<DemoNode | undefined> {
  const dataDir = join(demoRoot(), name);
  const pid = Number(await readText(join(dataDir, 'arrowd.pid')));
  const url = await readText(join(dataDir, 'api.addr'));
  const token = await readText(join(dataDir, 'api.token'));
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !url || !token) return undefined;
  const client = new ArrowdClient({ url, token });
  try {
    await client.status();
  } catch {
    return undefined;
  }
  return { name, dataDir, client, pid };
}

/**
 * Starts arrowd for node `name` in the background (it outlives this command), its output in
 * arrowd.log in its data dir, and waits for its API.
 */
async function startNode(name: string, args: string[]): Promise<DemoNode> {
  const dataDir = join(demoRoot(), name);
  await mkdir(dataDir, { recursive: true });
  await rm(join(dataDir, 'api.addr'), { force: true });
  const log = openSync(join(dataDir, 'arrowd.log'), 'a');
  // node:child_process, not execa: this process must not wait for, or take down, a daemon.
  const child = spawn(process.execPath, [ARROWD, '--data-dir', dataDir, '--name', name, '--listen', '/ip4/127.0.0.1/tcp/0', '--api', '127.0.0.1:0', '--node-ttl', DEMO_TTL, ...args], {
    detached: true, stdio: ['ignore', log, log],
  });
  closeSync(log);
  child.unref();
  const pid = child.pid!;
  await writeFile(join(dataDir, 'arrowd.pid'), `${pid}\n`);
  return until(`${name}'s arrowd to answer (see ${join(dataDir, 'arrowd.log')})`, async () => {
    if (!alive(pid)) throw new Error(`arrowd exited; see ${join(dataDir, 'arrowd.log')}`);
    return runningNode(name);
  }, 120_000);
}

/** The cluster: running nodes reused, stopped ones started again (n1 founds it on a fresh data dir). */
async function ensureCluster(): Promise<DemoNode[]> {
  const nodes: DemoNode[] = [];
  for (const name of NODES) {
    const running = await runningNode(name);
    if (running) {
      say(`${name}: already running (pid ${running.pid})`);
      nodes.push(running);
      continue;
    }
    const member = await stat(join(demoRoot(), name, 'cluster.json')).then(() => true, () => false);
    let args: string[] = [];
    if (!member && name !== 'n1') args = ['--join', await nodes[0]!.client.joinToken(), '--server'];
    say(`${name}: ${member ? 'starting again from its data dir' : name === 'n1' ? 'founding the cluster' : 'joining as a server'}`);
    nodes.push(await startNode(name, args));
  }
  await until('three voters and three ready nodes', async () => {
    const status = await nodes[0]!.client.clusterStatus();
    const ready = (await nodes[0]!.client.nodes()).nodes.filter((n) => n.status === 'ready').length;
    return status.leader !== '' && status.members.filter((m) => m.role === 'voter').length === 3 && ready >= 3;
  }, 60_000);
  return nodes;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

const live = (a: AllocationView) => a.desired === 'run' && !['complete', 'failed', 'lost', 'stopped'].includes(a.status);

function showPs(arrow: ArrowView): void {
  const rows = [['ALLOCATION', 'NODE', 'STATUS', 'GEN', 'RESTARTS', 'PORT']];
  for (const a of arrow.allocations.filter(live)) rows.push([a.id, a.nodeName, a.status, String(a.generation), String(a.restarts), a.ports.map((p) => `${p.address}:${p.host}->${p.guest}`).join(',')]);
  process.stdout.write(`${table(rows)}\n`);
}

async function fetchPages(allocations: readonly AllocationView[]): Promise<void> {
  for (const a of allocations) {
    const port = a.ports.find((p) => p.name === 'http');
    if (!port) throw new Error(`allocation ${a.id} reports no http port`);
    const url = `http://${port.address}:${port.host}/`;
    const page = await until(`a page from ${url}`, async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      return response.ok ? (await response.text()).trim() : undefined;
    }, 30_000);
    say(`  GET ${url} (${a.nodeName}) -> "${page}"`);
  }
}

/** The node's QEMU processes, from the pid files of its run dirs. */
async function vmPids(dataDir: string): Promise<number[]> {
  const runDir = join(dataDir, 'run');
  const pids: number[] = [];
  for (const name of await readdir(runDir).catch(() => [] as string[])) {
    const pid = Number(await readText(join(runDir, name, 'pid')));
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) pids.push(pid);
  }
  return pids;
}

async function runDemo(): Promise<number> {
  try {
    say('1/6 kernel template "default" (compiled once per machine, then cached and shared by the nodes)');
    const progress = createBuildProgress(process.stderr);
    const started = performance.now();
    await defaultArtifacts({ cacheDir: machineCacheDir(), onBuildProgress: progress.update }).kernelImage('default');
    progress.stop();
    say(`    ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    say(`2/6 a local cluster of three nodes (data under ${demoRoot()})`);
    const nodes = await ensureCluster();

    say('3/6 scheduling "web": busybox httpd, 3 replicas, one page');
    const specDir = join(demoRoot(), 'spec');
    await mkdir(specDir, { recursive: true });
    await writeFile(join(specDir, 'index.html'), 'Hello from an Arrow\n');
    await writeFile(join(specDir, 'web.yaml'), [
      'name: web',
      `binary: ${BUSYBOX}`,
      'args: [httpd, -f, -p, "8080", -h, /www]',
      'cpu: 250m',
      'memory: 64M',
      'replicas: 3',
      'ports: [{ name: http, guest: 8080 }]',
      'files: { /www/index.html: ./index.html }',
      '',
    ].join('\n'));
    const env = { ...process.env, ARROW_HOME: nodes[0]!.dataDir };
    await execa(process.execPath, [ARROWCTL, 'schedule', join(specDir, 'web.yaml')], { env, stdout: 'inherit', stderr: 'inherit' });
    const running = await until('3 replicas running', async () => {
      const arrow = await nodes[0]!.client.arrow('web');
      const up = arrow.allocations.filter((a) => live(a) && a.status === 'running');
      return up.length === 3 ? up : undefined;
    }, 180_000);
    say(`4/6 arrowctl ps web (ARROW_HOME=${nodes[0]!.dataDir})`);
    showPs(await nodes[0]!.client.arrow('web'));
    say('    every replica serves the page through its port:');
    await fetchPages(running);

    const victimAllocation = running.find((a) => a.nodeName === 'n3') ?? running[running.length - 1]!;
    const victim = nodes.find((n) => n.name === victimAllocation.nodeName)!;
    say(`5/6 ${victim.name} loses power: its arrowd and its VMs are killed (kill -9)`);
    const vms = await vmPids(victim.dataDir);
    process.kill(victim.pid, 'SIGKILL');
    for (const pid of vms) process.kill(pid, 'SIGKILL');
    const witness = nodes.find((n) => n !== victim)!;
    const killed = Date.now();
    const replaced = await until(`a replacement for ${victimAllocation.id}`, async () => {
      const arrow = await witness.client.arrow('web');
      const up = arrow.allocations.filter((a) => live(a) && a.status === 'running');
      return up.length === 3 && up.every((a) => a.nodeName !== victim.name) ? up : undefined;
    }, 120_000);
    say(`    ${victim.name} marked down after its ${DEMO_TTL} TTL; replaced and serving again ${((Date.now() - killed) / 1000).toFixed(1)} s after the kill:`);
    showPs(await witness.client.arrow('web'));
    await fetchPages(replaced.filter((a) => !running.some((r) => r.id === a.id)));

    say(`6/6 ${victim.name} comes back: it rejoins with its data dir; its old replica stays stopped`);
    await startNode(victim.name, []);
    await until(`${victim.name} ready`, async () => (await witness.client.nodes()).nodes.some((n) => n.name === victim.name && n.status === 'ready'), 60_000);
    say('the cluster is running. Try:');
    say(`    ARROW_HOME=${nodes[0]!.dataDir} npm run arrowctl -- ps`);
    say(`    ARROW_HOME=${nodes[0]!.dataDir} npm run arrowctl -- logs -f web`);
    say('stop it with: npm run demo -- stop');
    return 0;
  } catch (error) {
    say(`failed: ${(error as Error).message}`);
    return 1;
  }
}

async function stopDemo(): Promise<number> {
  const nodes = (await Promise.all(NODES.map((name) => runningNode(name)))).filter((n) => n !== undefined);
  if (nodes.length > 0) {
    const client = nodes[0]!.client;
    try {
      for (const arrow of await client.arrows()) if (!arrow.stopped) await client.stopArrow(arrow.name);
      await until('every allocation stopped', async () => (await client.allocations()).every((a) => !live(a) || a.status === 'stopped'), 60_000);
    } catch (error) {
      say(`could not stop the Arrows cleanly: ${(error as Error).message}`);
    }
  }
  for (const node of nodes) process.kill(node.pid, 'SIGTERM');
  await until('the nodes to exit', async () => nodes.every((n) => !alive(n.pid)), 30_000).catch(() => undefined);
  // A VM of a node that was killed and never restarted would be left: end those too.
  for (const name of NODES) for (const pid of await vmPids(join(demoRoot(), name))) process.kill(pid, 'SIGKILL');
  say(nodes.length > 0 ? `stopped ${nodes.map((n) => n.name).join(', ')}` : 'no demo node was running');
  return 0;
}
