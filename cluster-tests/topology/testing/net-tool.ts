// Small network programs the topology tests run inside hosts. Every one is bounded in time and
// prints one JSON line with what it saw (servers print {"listening": port} once ready).
//   tcp-echo ADDR PORT                 echo every byte back (runs until killed)
//   tcp-rtt ADDR PORT COUNT TIMEOUT_MS one byte ping-pong COUNT times: {"rttsMs": [...]}
//   tcp-try ADDR PORT TIMEOUT_MS       connect + one echo: {"ok": true|false, "error"?}
//   udp-echo ADDR PORT                 echo every datagram back (runs until killed)
//   udp-burst ADDR PORT COUNT WAIT_MS  send COUNT numbered datagrams (paced), count echoes: {"sent", "received"}
//   tcp-sink ADDR PORT                 read and discard; prints {"bytes", "ms"} at the peer's end
//   tcp-bulk ADDR PORT MIB TIMEOUT_MS  send MIB mebibytes: {"bytes", "ms"} once the sink closes
//   spawn-tree                         a child that starts a grandchild; prints their pids, sleeps
//   sleep MS                           sleep, then exit
//   udp-garbage ADDR PORT              send malformed datagrams to ADDR:PORT: {"sent"}
import { createServer, connect, type Socket } from 'node:net';
import { createSocket } from 'node:dgram';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const [mode, ...args] = process.argv.slice(2);
const print = (value: unknown): void => { process.stdout.write(JSON.stringify(value) + '\n'); };
/** one-shot modes end here: sockets left half-open (a frozen peer) must not keep the process up */
const finish = (value: unknown): never => { process.stdout.write(JSON.stringify(value) + '\n', () => process.exit(0)); return undefined as never; };
const num = (index: number): number => {
  const value = Number(args[index]);
  if (!Number.isFinite(value)) throw new Error(`argument ${index + 2} must be a number, got ${args[index]}`);
  return value;
};
const HARD_LIMIT_MS = 120_000;
setTimeout(() => { print({ error: 'hard time limit' }); process.exit(3); }, HARD_LIMIT_MS).unref();

function connectTo(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, noDelay: true });
    const timer = setTimeout(() => { socket.destroy(); reject(new Error('connect timeout')); }, timeoutMs);
    socket.once('connect', () => { clearTimeout(timer); resolve(socket); });
    socket.once('error', (error) => { clearTimeout(timer); reject(error); });
  });
}

function readBytes(socket: Socket, count: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let got = 0;
    const timer = setTimeout(() => { cleanup(); reject(new Error('read timeout')); }, timeoutMs);
    const onData = (chunk: Buffer): void => { got += chunk.length; if (got >= count) { cleanup(); resolve(); } };
    const onEnd = (): void => { cleanup(); reject(new Error('closed')); };
    const cleanup = (): void => { clearTimeout(timer); socket.off('data', onData); socket.off('end', onEnd); socket.off('error', onEnd); };
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', onEnd);
  });
}

switch (mode) {
  case 'tcp-echo': {
    const server = createServer((socket) => { socket.on('error', () => undefined); socket.pipe(socket); });
    server.listen(num(1), args[0], () => print({ listening: (server.address() as { port: number }).port }));
    break;
  }
  case 'tcp-rtt': {
    const socket = await connectTo(args[0]!, num(1), num(3));
    const rttsMs: number[] = [];
    for (let i = 0; i < num(2); i++) {
      const start = performance.now();
      socket.write('x');
      await readBytes(socket, 1, num(3));
      rttsMs.push(performance.now() - start);
    }
    socket.destroy();
    finish({ rttsMs });
    break;
  }
  case 'tcp-try': {
    try {
      const socket = await connectTo(args[0]!, num(1), num(2));
      socket.write('y');
      await readBytes(socket, 1, num(2));
      socket.destroy();
      finish({ ok: true });
    } catch (error) {
      finish({ ok: false, error: (error as Error).message });
    }
    break;
  }
  case 'udp-echo': {
    const socket = createSocket('udp4');
    socket.on('message', (message, from) => socket.send(message, from.port, from.address));
    socket.bind(num(1), args[0], () => print({ listening: socket.address().port }));
    break;
  }
  case 'udp-burst': {
    const socket = createSocket('udp4');
    const seen = new Set<number>();
    socket.on('message', (message) => { if (message.length >= 4) seen.add(message.readUInt32BE(0)); });
    await new Promise<void>((resolve) => socket.bind(0, resolve));
    const count = num(2);
    for (let i = 0; i < count; i++) {
      const datagram = Buffer.alloc(64);
      datagram.writeUInt32BE(i, 0);
      socket.send(datagram, num(1), args[0]);
      if (i % 10 === 9) await sleep(5); // paced (~2000/s): losses come from the relay, not full buffers
    }
    await sleep(num(3));
    socket.close();
    finish({ sent: count, received: seen.size });
    break;
  }
  case 'tcp-sink': {
    const server = createServer((socket) => {
      let bytes = 0;
      const start = performance.now();
      socket.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      socket.on('end', () => { print({ bytes, ms: performance.now() - start }); socket.end(); });
      socket.on('error', () => undefined);
    });
    server.listen(num(1), args[0], () => print({ listening: (server.address() as { port: number }).port }));
    break;
  }
  case 'tcp-bulk': {
    const socket = await connectTo(args[0]!, num(1), num(3));
    const chunk = Buffer.alloc(256 * 1024, 7);
    const total = num(2) * 1024 * 1024;
    const start = performance.now();
    for (let sent = 0; sent < total; sent += chunk.length) {
      if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve));
    }
    socket.end();
    await new Promise((resolve) => socket.once('close', resolve));
    finish({ bytes: total, ms: performance.now() - start });
    break;
  }
  case 'spawn-tree': {
    const child = spawn(process.execPath, [new URL(import.meta.url).pathname, 'spawn-leaf'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.setEncoding('utf8');
    child.stdout.once('data', (line: string) => print({ pid: process.pid, child: child.pid, grandchild: (JSON.parse(line) as { pid: number }).pid }));
    setInterval(() => undefined, 1000);
    break;
  }
  case 'spawn-leaf': {
    const grandchild = spawn(process.execPath, [new URL(import.meta.url).pathname, 'sleep', '100000'], { stdio: 'ignore', detached: true });
    grandchild.unref();
    print({ pid: grandchild.pid });
    setInterval(() => undefined, 1000);
    break;
  }
  case 'sleep':
    await sleep(num(0));
    break;
  case 'udp-garbage': {
    const socket = createSocket('udp4');
    const datagrams = [
      Buffer.alloc(0), Buffer.alloc(1), Buffer.alloc(21, 8), // short
      Buffer.from([0xff, 0, 0, 0, 0, 0, 1, 0, ...new Array<number>(20).fill(0)]), // bad flags
      Buffer.from([0x08, 0, 0, 0, 0xab, 0xcd, 0xef, 0, ...new Array<number>(20).fill(0)]), // wrong VNI
      Buffer.alloc(60_000, 8), // oversized
    ];
    for (const datagram of datagrams) await new Promise<void>((resolve) => socket.send(datagram, num(1), args[0], () => resolve()));
    socket.close();
    finish({ sent: datagrams.length });
    break;
  }
  default:
    process.stderr.write(`unknown mode ${mode}\n`);
    process.exit(2);
}
