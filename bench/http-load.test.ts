import test from 'ava';
import { createServer } from 'node:net';
import { bestSecond, httpLoad, longestGap } from './http-load.ts';

test('the longest gap counts from the start; the best second counts whole seconds', (t) => {
  t.is(longestGap([]), 0);
  t.is(longestGap([300, 350, 1_400, 1_500]), 1_050);
  t.is(bestSecond([10, 20, 999, 1_000, 2_500]), 3);
  t.is(bestSecond([]), 0);
});

test('a load against a real server counts completions and refuses wrong answers', async (t) => {
  let served = 0;
  const server = createServer((socket) => {
    socket.once('data', () => {
      served++;
      socket.end(served % 10 === 0 ? 'HTTP/1.0 500 Oops\r\n\r\n' : 'HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nok\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => server.close());
  const port = (server.address() as { port: number }).port;
  const result = await httpLoad({ host: '127.0.0.1', port, clients: 5, requests: 200, requestTimeoutMs: 5_000 });
  t.is(result.completed + result.failed, 200);
  t.is(result.failed, 20);
  t.regex(result.failures[0] ?? '', /HTTP\/1\.0 500 Oops/);
  t.true(result.maxGapMs >= 0 && result.maxGapMs < 5_000);
});
