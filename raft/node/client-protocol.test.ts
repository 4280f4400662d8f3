import test from 'ava';
import { ClientTimeoutError, MemberClient, serveClients } from './client-protocol.ts';
import type { ClientResponse } from './client-protocol.ts';

test('a request the member never answers fails with ClientTimeoutError after its timeout; answered ones resolve', async (t) => {
  // Answers requests for key "ok" at once and never answers the others.
  const server = await serveClients({ host: '127.0.0.1', port: 0 }, (request) =>
    request.get === 'ok' ? Promise.resolve({ found: true }) : new Promise<never>(() => {}),
  );
  t.teardown(() => server.close());
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('not bound');
  const client = await MemberClient.connect(address.port);
  t.teardown(() => client.close());
  const started = performance.now();
  const [slow, fast, later] = await Promise.allSettled([
    client.request({ get: 'never', body: 'get' }, 100),
    client.request({ get: 'ok', body: 'get' }, 100),
    client.request({ get: 'never', body: 'get' }, 300),
  ]);
  const elapsed = performance.now() - started;
  t.is(fast.status, 'fulfilled');
  t.true((fast as PromiseFulfilledResult<ClientResponse>).value.found);
  for (const outcome of [slow, later]) {
    t.is(outcome.status, 'rejected');
    t.true((outcome as PromiseRejectedResult).reason instanceof ClientTimeoutError);
  }
  // The longer timeout is honoured, and not overshot by much (deadlines are swept every 20 ms).
  t.true(elapsed >= 295 && elapsed < 1000, `settled after ${elapsed.toFixed(0)} ms`);
});
