// The QMP client against a fake QMP server on a real unix socket.
import test from 'ava';
import { createServer, type Server, type Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QmpClient, QmpError } from './qmp.ts';

type Behaviour = (socket: Socket, message: Record<string, unknown>) => void;

async function withFakeServer(
  behaviour: Behaviour,
  run: (path: string, sockets: Socket[]) => Promise<void>,
  greeting = '{"QMP": {"version": {"qemu": {"major": 9, "minor": 0, "micro": 0}, "package": ""}, "capabilities": []}}\n',
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-qmp-'));
  const path = join(dir, 'qmp.sock');
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
    if (greeting) socket.write(greeting);
    let partial = '';
    socket.on('data', (chunk) => {
      partial += chunk.toString();
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const message = JSON.parse(line) as Record<string, unknown>;
        if (message.execute === 'qmp_capabilities') socket.write(JSON.stringify({ return: {}, id: message.id }) + '\n');
        else behaviour(socket, message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  try {
    await run(path, sockets);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  }
}

test('greeting, capabilities, a command and its reply', async (t) => {
  await withFakeServer(
    (socket, message) => {
      if (message.execute === 'query-status') socket.write(JSON.stringify({ return: { status: 'running', running: true }, id: message.id }) + '\n');
    },
    async (path) => {
      const client = await QmpClient.connect(path, { timeoutMs: 2000 });
      t.is(client.greeting.version?.qemu?.major, 9);
      const status = await client.execute<{ status: string }>('query-status');
      t.is(status.status, 'running');
      client.close();
    },
  );
});

test('an error reply rejects with the QMP class and description', async (t) => {
  await withFakeServer(
    (socket, message) => socket.write(JSON.stringify({ error: { class: 'CommandNotFound', desc: 'The command nope has not been found' }, id: message.id }) + '\n'),
    async (path) => {
      const client = await QmpClient.connect(path);
      const error = await t.throwsAsync(client.execute('nope'), { instanceOf: QmpError });
      t.is(error!.errorClass, 'CommandNotFound');
      t.regex(error!.message, /nope has not been found/);
      client.close();
    },
  );
});

test('a command without reply times out, and a late reply is ignored', async (t) => {
  let late: (() => void) | undefined;
  await withFakeServer(
    (socket, message) => {
      late = () => socket.write(JSON.stringify({ return: {}, id: message.id }) + '\n');
    },
    async (path) => {
      const client = await QmpClient.connect(path);
      const started = Date.now();
      await t.throwsAsync(client.execute('stop', undefined, { timeoutMs: 150 }), { message: /timed out after 150 ms/ });
      t.true(Date.now() - started < 2000);
      late?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
      t.false(client.closed);
      client.close();
    },
  );
});

test('events interleaved with replies reach listeners and iterators', async (t) => {
  await withFakeServer(
    (socket, message) => {
      socket.write('{"timestamp": {"seconds": 1, "microseconds": 2}, "event": "STOP"}\n');
      socket.write(JSON.stringify({ return: {}, id: message.id }) + '\n');
      socket.write('{"timestamp": {"seconds": 1, "microseconds": 3}, "event": "SHUTDOWN", "data": {"guest": true, "reason": "guest-reset"}}\n');
      socket.end();
    },
    async (path) => {
      const client = await QmpClient.connect(path);
      const seen: string[] = [];
      const iterated = (async () => {
        for await (const event of client.events()) seen.push(event.event);
      })();
      const shutdown = client.waitForEvent('SHUTDOWN', 2000);
      await client.execute('stop');
      const event = await shutdown;
      t.is(event.data?.reason, 'guest-reset');
      await client.whenClosed();
      await iterated;
      t.deepEqual(seen, ['STOP', 'SHUTDOWN']);
      await t.throwsAsync(client.execute('cont'), { instanceOf: QmpError });
    },
  );
});

test('an oversized line closes the connection and fails pending commands', async (t) => {
  await withFakeServer(
    (socket) => {
      socket.write('{"event": "BIG", "data": "' + 'x'.repeat(5000));
    },
    async (path) => {
      const client = await QmpClient.connect(path, { maxLineBytes: 1024 });
      await t.throwsAsync(client.execute('query-status'), { message: /exceeds the 1024-byte limit/ });
      t.true(client.closed);
    },
  );
});

test('a server that never greets fails the connect within the timeout', async (t) => {
  await withFakeServer(
    () => {},
    async (path) => {
      const started = Date.now();
      await t.throwsAsync(QmpClient.connect(path, { timeoutMs: 200 }), { message: /no greeting within 200 ms/ });
      t.true(Date.now() - started < 2000);
    },
    '',
  );
});

test('a bad greeting is refused', async (t) => {
  await withFakeServer(
    () => {},
    async (path) => {
      await t.throwsAsync(QmpClient.connect(path, { timeoutMs: 1000 }), { message: /expected a \{"QMP": \.\.\.\} greeting/ });
    },
    '{"hello": 1}\n',
  );
});

test('connecting to a missing socket fails clearly', async (t) => {
  await t.throwsAsync(QmpClient.connect('/nonexistent/qmp.sock', { timeoutMs: 500 }), { message: /ENOENT/ });
});
