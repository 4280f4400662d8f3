// The host session against a fake guest (a unix socket server, as QEMU's chardev is).
import test from 'ava';
import { createServer, type Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChannelSession } from './session.ts';
import { encodeFrame, FrameSplitter, type Frame } from './codec.ts';

async function withFakeGuest(guest: (socket: Socket, received: AsyncIterable<Frame>) => Promise<void>, host: (path: string) => Promise<void>, listenDelayMs = 0): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'arrow-chan-'));
  const path = join(dir, 'channel.sock');
  const sockets: Socket[] = [];
  const guestDone: Promise<void>[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
    const splitter = new FrameSplitter();
    const frames: Frame[] = [];
    let wake: (() => void) | undefined;
    let closed = false;
    socket.on('data', (chunk) => {
      frames.push(...splitter.push(chunk));
      wake?.();
    });
    socket.on('close', () => {
      closed = true;
      wake?.();
    });
    const received = {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          const frame = frames.shift();
          if (frame) yield frame;
          else if (closed) return;
          else await new Promise<void>((resolve) => (wake = resolve));
        }
      },
    };
    guestDone.push(guest(socket, received));
  });
  const listening = new Promise<void>((resolve) => setTimeout(() => server.listen(path, resolve), listenDelayMs));
  try {
    await Promise.all([host(path), listening]);
    await Promise.all(guestDone);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  }
}

test('hello, start, output in order without duplicates, exited acked', async (t) => {
  const acksSeen: number[] = [];
  await withFakeGuest(
    async (socket, received) => {
      socket.write(encodeFrame({ seq: 1, hello: { ainitVersion: 'test', bootMs: 12 } }));
      for await (const frame of received) {
        if (frame.ack) acksSeen.push(frame.ack);
        if (frame.start) {
          t.deepEqual(frame.start.argv, ['/app', 'a']);
          t.is(frame.seq, 1);
          socket.write(Buffer.concat([
            encodeFrame({ seq: 2, ack: 1, output: { stream: 1, data: Buffer.from('out') } }),
            encodeFrame({ seq: 2, ack: 1, output: { stream: 1, data: Buffer.from('dup') } }),
            encodeFrame({ seq: 3, ack: 1, output: { stream: 2, data: Buffer.from('err') } }),
            encodeFrame({ seq: 4, ack: 1, exited: { code: 7 } }),
          ]));
        }
        if (frame.ack === 4) {
          socket.end();
          return;
        }
      }
    },
    async (path) => {
      const session = await ChannelSession.connect(path, { timeoutMs: 5000 });
      const hello = await session.receive(5000);
      t.is(hello?.hello?.ainitVersion, 'test');
      session.send({ start: { argv: ['/app', 'a'] } });
      t.is(session.unackedCount, 1);
      const got: string[] = [];
      for (;;) {
        const frame = await session.receive(5000);
        if (!frame) break;
        if (frame.output) got.push(Buffer.from(frame.output.data!).toString());
        if (frame.exited) got.push(`exit ${frame.exited.code}`);
      }
      t.deepEqual(got, ['out', 'err', 'exit 7']);
      t.is(session.unackedCount, 0);
      session.close();
    },
  );
  t.true(acksSeen.includes(4));
});

test('connect retries until the socket appears, and gives up after its timeout', async (t) => {
  await withFakeGuest(
    async (socket) => {
      socket.end(encodeFrame({ seq: 1, log: { message: 'late but fine' } }));
    },
    async (path) => {
      const session = await ChannelSession.connect(path, { timeoutMs: 5000 });
      t.is((await session.receive(2000))?.log?.message, 'late but fine');
      session.close();
    },
    300,
  );
  const started = Date.now();
  await t.throwsAsync(ChannelSession.connect('/nonexistent/channel.sock', { timeoutMs: 300 }), { message: /not ready within 300 ms/ });
  t.true(Date.now() - started < 3000);
});

test('silence times out; an oversized announced frame is a protocol error', async (t) => {
  await withFakeGuest(
    async (socket) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const header = Buffer.alloc(4);
      header.writeUInt32LE(64 * 1024 * 1024);
      socket.write(header);
    },
    async (path) => {
      const session = await ChannelSession.connect(path, { timeoutMs: 2000 });
      await t.throwsAsync(session.receive(100), { message: /no frame from the guest within 100 ms/ });
      await t.throwsAsync(session.receive(5000), { message: /above the 1048576-byte limit/ });
      session.close();
    },
  );
});

test('a frame that skips a sequence number is refused', async (t) => {
  await withFakeGuest(
    async (socket) => {
      socket.write(encodeFrame({ seq: 2, log: { message: 'skipped 1' } }));
    },
    async (path) => {
      const session = await ChannelSession.connect(path, { timeoutMs: 2000 });
      await t.throwsAsync(session.receive(5000), { message: /seq 2 skips ahead of 1/ });
      session.close();
    },
  );
});

test('a resumed session continues where an earlier one stopped: a resent Hello is re-acked, not delivered', async (t) => {
  const acks: number[] = [];
  await withFakeGuest(
    async (socket, received) => {
      // A clone's guest: it said Hello (seq 1) to the template's host, maybe without seeing the ack.
      socket.write(encodeFrame({ seq: 1, hello: { ainitVersion: 'test', bootMs: 5 } }));
      for await (const frame of received) {
        if (frame.seq === 0) acks.push(frame.ack);
        if (frame.start) {
          t.is(frame.seq, 1, 'the host numbers its first frame after the template session sent nothing');
          t.is(frame.ack, 1);
          socket.end(encodeFrame({ seq: 2, ack: 1, output: { stream: 1, data: Buffer.from('after resume') } }));
          return;
        }
      }
    },
    async (path) => {
      const session = await ChannelSession.connect(path, { timeoutMs: 5000, resume: { received: 1, sent: 0 } });
      t.deepEqual(session.position, { received: 1, sent: 0 });
      await t.throwsAsync(session.receive(300), { message: /no frame/ }, 'the resent Hello is not delivered again');
      session.send({ start: { argv: ['/app'] } });
      const frame = await session.receive(5000);
      t.is(Buffer.from(frame?.output?.data ?? []).toString(), 'after resume');
      t.deepEqual(session.position, { received: 2, sent: 1 });
      session.close();
    },
  );
  t.true(acks.includes(1), 'the duplicate Hello was acknowledged again');
});

test('a resumed session refuses a guest that skips ahead of the resumed position', async (t) => {
  await withFakeGuest(
    async (socket) => {
      socket.write(encodeFrame({ seq: 3, log: { message: 'from the future' } }));
    },
    async (path) => {
      const session = await ChannelSession.connect(path, { timeoutMs: 2000, resume: { received: 1, sent: 0 } });
      await t.throwsAsync(session.receive(5000), { message: /seq 3 skips ahead of 2/ });
      session.close();
    },
  );
});

test('reattach: Resume until Resumed; older frames ignored; numbering from the guest\'s ack; resends at or below `received` dropped', async (t) => {
  const resumes: number[] = [];
  await withFakeGuest(
    async (socket, received) => {
      let answered = false;
      for await (const frame of received) {
        if (frame.resume) {
          resumes.push(frame.ack);
          // Old news sent as the host attaches (the guest had not seen the Resume yet): ignored.
          socket.write(encodeFrame({ seq: 9, ack: 4, output: { stream: 1, data: Buffer.from('stale') } }));
          if (resumes.length < 2) continue; // the first Resume is "lost": the host repeats it
          if (answered) continue;
          answered = true;
          // The guest had received the host's frames up to 4; the earlier host had received and
          // persisted up to 6, but its ack of 6 never reached the guest: 6 comes again (dropped),
          // then 7 (delivered).
          socket.write(Buffer.concat([
            encodeFrame({ seq: 0, ack: 4, resumed: { first: 6 } }),
            encodeFrame({ seq: 6, ack: 4, output: { stream: 1, data: Buffer.from('six') } }),
            encodeFrame({ seq: 7, ack: 4, output: { stream: 1, data: Buffer.from('seven') } }),
          ]));
        }
        if (frame.stop) {
          t.is(frame.seq, 5, 'numbered after the guest\'s ack, not after anything this host knew');
          socket.end(encodeFrame({ seq: 8, ack: 5, exited: { code: 0 } }));
          return;
        }
      }
    },
    async (path) => {
      const session = await ChannelSession.connect(path, { timeoutMs: 5000, reattach: { received: 6 } });
      const frame = await session.receive(5000);
      t.is(Buffer.from(frame?.output?.data ?? []).toString(), 'seven');
      session.send({ stop: { graceMs: 100 } });
      t.truthy((await session.receive(5000))?.exited);
      t.deepEqual(session.position, { received: 8, sent: 5 });
      session.close();
    },
  );
  t.true(resumes.length >= 2 && resumes.every((ack) => ack === 6), `Resume repeated with the persisted position: ${resumes.join(',')}`);
});

test('reattach: Resumed says where the frames continue (what an earlier host took and did not persist is not coming); a skip after that is refused', async (t) => {
  await withFakeGuest(
    async (socket, received) => {
      for await (const frame of received) {
        if (!frame.resume) continue;
        socket.write(Buffer.concat([
          encodeFrame({ seq: 0, ack: 1, resumed: { first: 20 } }),
          encodeFrame({ seq: 20, ack: 1, log: { message: 'twenty' } }),
          encodeFrame({ seq: 22, ack: 1, log: { message: 'skipped 21' } }),
        ]));
        return;
      }
    },
    async (path) => {
      const session = await ChannelSession.connect(path, { timeoutMs: 5000, reattach: { received: 3 } });
      t.is((await session.receive(5000))?.log?.message, 'twenty');
      await t.throwsAsync(session.receive(5000), { message: /seq 22 skips ahead of 21/ });
      session.close();
    },
  );
});

test('reattach: a guest that never answers Resume fails the connect within its timeout', async (t) => {
  await withFakeGuest(
    async (socket, received) => {
      for await (const frame of received) if (frame.resume) socket.write(encodeFrame({ seq: 1, log: { message: 'not an answer' } }));
    },
    async (path) => {
      const started = Date.now();
      await t.throwsAsync(ChannelSession.connect(path, { timeoutMs: 800, reattach: { received: 0 } }), { message: /did not answer Resume/ });
      t.true(Date.now() - started < 3000);
    },
  );
});
