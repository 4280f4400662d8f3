// The relay: one per topology, a process in the root namespace spawned detached by the runner.
// It creates the topology (bridge, namespaces, VXLAN devices pointing at its own UDP socket),
// then switches the hosts' VXLAN frames between them, applying each link's delay and loss, and
// tears everything down when told to, when its stdin reaches EOF (the runner called destroy or
// died, even by SIGKILL), on SIGTERM/SIGINT/SIGHUP, or when it fails. Its pid is the topology's
// owner id, which every name carries, so a sweep can tell a dead relay's leftovers.
//
// Control: JSON lines on stdin/stdout (protocol.ts). Data: UDP datagrams on the bridge address.
import { createSocket, type Socket } from 'node:dgram';
import { performance } from 'node:perf_hooks';
import { LinkShaper, linkSeed, seededRandom } from './fault.ts';
import { createBridge, createHosts, hostAdminAddress, teardown } from './network.ts';
import { LineSplitter, parseCommand, type Layout, type RelayCommand, type RelayCounters, type RelayReply } from './protocol.ts';
import { LearningSwitch, checkVxlan } from './switch.ts';

/** tail drop past these, like a router's full queue; they bound the relay's memory under delay */
const MAX_QUEUED_FRAMES_PER_LINK = 16_384;
const MAX_QUEUED_BYTES = 128 * 1024 * 1024;

const owner = process.pid;
const counters: RelayCounters = { received: 0, forwarded: 0, unknownSource: 0, malformed: 0, lost: 0, overflow: 0, flooded: 0, macs: 0 };

interface Queued { readonly frame: Buffer; readonly releaseAt: number }
interface Link {
  readonly shaper: LinkShaper;
  readonly to: number;
  readonly queue: Queued[];
  head: number;
  timer: NodeJS.Timeout | undefined;
}

let socket: Socket | undefined;
let layout: Layout | undefined;
let links: Link[] = [];
let hostCount = 0;
let hostIndexByAddress = new Map<string, number>();
let hostAddresses: string[] = [];
let relayPort = 0;
let currentVni = -1;
let fabric: LearningSwitch | undefined;
let queuedBytes = 0;
let creating: Promise<unknown> | undefined;
let tearingDown: Promise<void> | undefined;

function reply(message: RelayReply): void {
  try {
    process.stdout.write(JSON.stringify(message) + '\n');
  } catch {
    // the runner is gone; teardown follows from stdin's EOF
  }
}

function send(link: Link, frame: Buffer): void {
  const address = hostAddresses[link.to];
  if (!socket || address === undefined) return;
  counters.forwarded++;
  socket.send(frame, relayPort, address);
}

function drain(link: Link): void {
  link.timer = undefined;
  const now = performance.now();
  while (link.head < link.queue.length) {
    const next = link.queue[link.head]!;
    if (next.releaseAt > now) break;
    link.head++;
    queuedBytes -= next.frame.length;
    send(link, next.frame);
  }
  if (link.head === link.queue.length) {
    link.queue.length = 0;
    link.head = 0;
  } else {
    if (link.head > 1024) { link.queue.splice(0, link.head); link.head = 0; }
    link.timer = setTimeout(() => drain(link), Math.max(0, link.queue[link.head]!.releaseAt - now));
  }
}

function onDatagram(datagram: Buffer, from: { address: string }): void {
  counters.received++;
  const fromHost = hostIndexByAddress.get(from.address);
  if (fromHost === undefined || !fabric) { counters.unknownSource++; return; }
  const check = checkVxlan(datagram, currentVni);
  if (!check.ok) { counters.malformed++; return; }
  const destinations = fabric.route(fromHost, datagram, check.frameOffset);
  if (destinations.length > 1) counters.flooded++;
  const now = performance.now();
  for (const to of destinations) {
    const link = links[fromHost * hostCount + to]!;
    const decision = link.shaper.decide(now);
    if (decision.drop) { counters.lost++; continue; }
    if (decision.releaseAt <= now && link.head === link.queue.length) { send(link, datagram); continue; }
    if (link.queue.length - link.head >= MAX_QUEUED_FRAMES_PER_LINK || queuedBytes + datagram.length > MAX_QUEUED_BYTES) { counters.overflow++; continue; }
    link.queue.push({ frame: datagram, releaseAt: decision.releaseAt });
    queuedBytes += datagram.length;
    link.timer ??= setTimeout(() => drain(link), Math.max(0, decision.releaseAt - now));
  }
}

async function create(command: Extract<RelayCommand, { cmd: 'create' }>): Promise<Layout> {
  if (layout || creating) throw new Error('this relay already has a topology');
  const net = await createBridge(owner, Math.random);
  const udp = createSocket({ type: 'udp4' });
  socket = udp;
  udp.on('message', onDatagram);
  udp.on('error', (error) => process.stderr.write(`relay socket: ${error.message}\n`));
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(0, net.runnerAddress, () => { udp.off('error', reject); resolve(); });
  });
  // A deep receive buffer rides out bursts while the event loop is busy (the kernel caps it).
  try { udp.setRecvBufferSize(8 * 1024 * 1024); udp.setSendBufferSize(8 * 1024 * 1024); } catch { /* capped */ }
  const vni = (owner % 0xfffffe) + 1;
  relayPort = udp.address().port;
  // Switching starts before createHosts returns: a host's VXLAN device sends (IPv6 router
  // solicitations, for one) as soon as it is up, and those frames are not from strangers.
  hostCount = command.hosts;
  hostAddresses = Array.from({ length: hostCount }, (_, index) => hostAdminAddress(net, index + 1));
  hostIndexByAddress = new Map(hostAddresses.map((address, index) => [address, index]));
  currentVni = vni;
  links = [];
  fabric = new LearningSwitch(hostCount);
  for (let from = 0; from < hostCount; from++) {
    for (let to = 0; to < hostCount; to++) {
      links.push({ shaper: new LinkShaper(seededRandom(linkSeed(command.seed, from + 1, to + 1))), to, queue: [], head: 0, timer: undefined });
    }
  }
  const built = await createHosts(owner, command.hosts, net, relayPort, vni);
  layout = built;
  return built;
}

function setLinks(command: Extract<RelayCommand, { cmd: 'setLinks' }>): void {
  if (!layout) throw new Error('no topology yet');
  const fault = { delayMs: command.delayMs, lossPercent: command.lossPercent };
  if (command.links === undefined) {
    for (const link of links) link.shaper.set(fault);
    return;
  }
  for (const [from, to] of command.links) {
    if (from > hostCount || to > hostCount) throw new Error(`link h${from}->h${to} is not in this topology of ${hostCount} hosts`);
    links[(from - 1) * hostCount + (to - 1)]!.shaper.set(fault);
  }
}

function shutdown(reason: string): Promise<void> {
  tearingDown ??= (async () => {
    await creating?.catch(() => undefined);
    for (const link of links) if (link.timer) clearTimeout(link.timer);
    try { socket?.close(); } catch { /* already closed */ }
    try {
      await teardown(owner);
    } catch (error) {
      process.stderr.write(`relay teardown (${reason}) failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  })();
  return tearingDown;
}

async function handle(command: RelayCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'create': {
      const pending = create(command);
      creating = pending;
      return await pending;
    }
    case 'setLinks':
      setLinks(command);
      return null;
    case 'counters':
      return { ...counters, macs: fabric?.size ?? 0 };
    case 'teardown':
      await shutdown('teardown command');
      return null;
  }
}

const splitter = new LineSplitter();
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  let lines: string[];
  try {
    lines = splitter.push(chunk);
  } catch (error) {
    reply({ id: 0, ok: false, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  for (const line of lines) {
    const parsed = parseCommand(line);
    if (!parsed.ok) { reply({ id: parsed.id, ok: false, error: parsed.error }); continue; }
    const { command } = parsed;
    handle(command).then(
      (result) => {
        reply({ id: command.id, ok: true, result: result ?? null });
        if (command.cmd === 'teardown') process.exit();
      },
      (error: unknown) => reply({ id: command.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  }
});
const exitAfterTeardown = (reason: string) => () => { void shutdown(reason).finally(() => process.exit()); };
process.stdin.on('end', exitAfterTeardown('stdin closed'));
process.stdin.on('error', exitAfterTeardown('stdin failed'));
for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, exitAfterTeardown(sig));
process.on('uncaughtException', (error) => {
  process.stderr.write(`relay failed: ${error.stack ?? error.message}\n`);
  exitAfterTeardown('uncaught exception')();
});
