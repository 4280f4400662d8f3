// Hostile input on every route: no or wrong token, malformed and mistyped bodies, oversized and
// stalled requests, unknown ids. Each gets its clear error, the server stays up and the cluster
// state is unchanged.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { listRoutes } from './server.ts';
import { startTestApi, testDefinition } from './testing.ts';
import type { TestApi } from './testing.ts';

const DIGEST = `sha256:${'0'.repeat(64)}`;

/** A concrete path for every route pattern, naming things that do not exist. */
const samples: Record<string, string> = {
  ':digest': DIGEST, ':ref': 'pin', ':id': 'ghost', ':name': 'ghost',
};
const concrete = (url: string) => url.replace(/:(digest|ref|id|name)/g, (m) => samples[m]!).replace('/v1/tags/ghost', '/v1/tags/ghost:1');

interface Answer { status: number; body: { error?: string; message?: string; fields?: { path: string; message: string }[] } }

async function call(api: TestApi, method: string, path: string, options: { token?: string | null; body?: string; contentType?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? api.token}`;
  if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${api.url}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: options.body }), signal: AbortSignal.timeout(20_000) });
  const text = await response.text();
  let body: Answer['body'] = {};
  try { body = JSON.parse(text) as Answer['body']; } catch { /* metrics, ndjson */ }
  return { status: response.status, body };
}

async function hostileApi(t: ExecutionContext, limits: Parameters<typeof startTestApi>[0] = {}): Promise<TestApi & { snapshot(): string }> {
  const api = await startTestApi({ maxUploadBytes: 1024 * 1024, ...limits });
  t.teardown(() => api.close());
  await api.registerNode('n1');
  await api.client.putArrow('web', testDefinition('web', 1));
  // Let the leader place it: the state is then quiet (no evaluation pending).
  await api.settle();
  return { ...api, snapshot: () => JSON.stringify(api.member!.state.toRecords()) };
}

test('every route refuses a missing or wrong token with 401', async (t) => {
  const api = await hostileApi(t);
  const before = api.snapshot();
  await api.app.ready();
  const routes = listRoutes(api.app);
  t.true(routes.length >= 30, `only ${routes.length} routes listed`);
  for (const route of routes) {
    const path = concrete(route.url);
    const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}';
    for (const token of [null, 'wrong', `${api.token}x`, api.token.slice(1)]) {
      const answer = await call(api, route.method, path, { token, ...(body === undefined ? {} : { body }) });
      t.is(answer.status, 401, `${route.method} ${path} with token ${String(token)}`);
      t.is(answer.body.error, 'unauthorized');
    }
  }
  // Unknown routes too.
  t.is((await call(api, 'GET', '/v1/nothing', { token: null })).status, 401);
  t.is((await call(api, 'GET', '/v1/nothing')).status, 404);
  t.is(api.snapshot(), before);
});

test('malformed JSON is a 400 on every route that takes a body', async (t) => {
  const api = await hostileApi(t);
  const before = api.snapshot();
  await api.app.ready();
  for (const route of listRoutes(api.app).filter((r) => r.method !== 'GET' && r.url !== '/v1/artifacts')) {
    for (const body of ['{"addr": ', '{not json}', '[1,2', '{"__proto__": {"x": 1}}']) {
      const answer = await call(api, route.method, concrete(route.url), { body });
      t.is(answer.status, 400, `${route.method} ${route.url} with ${body}: ${JSON.stringify(answer.body)}`);
      t.is(answer.body.error, 'bad-request');
      t.deepEqual(answer.body.fields?.map((f) => f.path), ['body']);
    }
  }
  t.is(api.snapshot(), before);
});

test('wrong types and bad values are a 400 naming the field', async (t) => {
  const api = await hostileApi(t);
  const before = api.snapshot();
  const cases: [method: string, path: string, body: unknown, fields: string[]][] = [
    ['POST', '/v1/peers', { addr: 42 }, ['body.addr']],
    ['POST', '/v1/peers', { addr: 'not a multiaddr' }, ['body.addr']],
    ['POST', '/v1/peers', { addr: '/ip4/999.1.1.1/tcp/1' }, ['body.addr']],
    ['POST', '/v1/peers', {}, ['body.addr']],
    ['POST', '/v1/peers', 'a string', ['body']],
    ['POST', '/v1/nodes/n1/drain', { maxParallel: 'two' }, ['body.maxParallel']],
    ['POST', '/v1/nodes/n1/drain', { maxParallel: 0 }, ['body.maxParallel']],
    ['POST', '/v1/nodes/n1/drain', { deadline: 10 }, ['body.deadline']],
    ['POST', '/v1/nodes/n1/drain', { deadline: '31d' }, ['body.deadline']],
    ['POST', '/v1/nodes/n1/drain', { dedline: '10m' }, ['body.dedline']],
    ['POST', '/v1/nodes/n1/eligibility', { eligible: 'yes' }, ['body.eligible']],
    ['POST', '/v1/nodes/n1/eligibility', {}, ['body.eligible']],
    ['PUT', '/v1/arrows/web', { definition: 'web' }, ['body.definition']],
    ['PUT', '/v1/arrows/web', {}, ['body.definition']],
    ['PUT', '/v1/arrows/web', { definition: testDefinition('web', 1), extra: true }, ['body.extra']],
    ['PUT', '/v1/arrows/web', { definition: testDefinition('web', '2' as unknown as number) }, ['definition.replicas']],
    ['PUT', '/v1/arrows/web', { definition: { ...testDefinition('web', 1), binary: { digest: 'sha256:x', size: 1 } } }, ['definition.binary.digest']],
    ['POST', '/v1/plan', { definition: 5 }, ['body.definition']],
    ['POST', '/v1/plan', { definition: testDefinition('web', 1, { cpu: -5 }) }, ['definition.cpu']],
    ['PUT', '/v1/tags/busybox:1', { digest: 'sha256:abc' }, ['body.digest']],
    ['PUT', '/v1/tags/Busy%20Box', { digest: DIGEST }, ['params.name']],
    ['GET', '/v1/events?after=abc', undefined, ['query.after']],
    ['GET', '/v1/events?after=-1', undefined, ['query.after']],
    ['GET', '/v1/allocations?arrow=Not_An_Arrow', undefined, ['query.arrow']],
    ['GET', '/v1/artifacts/sha256:abc', undefined, ['params.digest']],
    ['DELETE', '/v1/artifacts/nonsense', undefined, ['params.digest']],
    ['DELETE', `/v1/artifacts/${DIGEST}?force=maybe`, undefined, ['query.force']],
    ['POST', '/v1/artifacts?ref=%20bad', undefined, ['query.ref']],
    ['POST', '/v1/gc?partials=1', undefined, ['query.partials']],
    ['GET', '/v1/cluster-artifacts/md5:abc', undefined, ['params.digest']],
    ['GET', '/v1/arrows/UPPER', undefined, ['params.name']],
    ['GET', '/v1/volumes/UPPER', undefined, ['params.name']],
    ['GET', `/v1/volumes/${'v'.repeat(64)}`, undefined, ['params.name']],
    ['POST', '/v1/allocations/ghost/migrate', { to: 5 }, ['body.to']],
    ['POST', '/v1/allocations/ghost/migrate', {}, ['body.to']],
    ['POST', '/v1/allocations/ghost/migrate', { to: '' }, ['body.to']],
    ['POST', '/v1/allocations/ghost/migrate', { to: 'n'.repeat(300) }, ['body.to']],
    ['POST', '/v1/allocations/ghost/migrate', { to: 'n1', force: true }, ['body.force']],
    ['POST', '/v1/allocations/ghost/migrate', 'n1', ['body']],
  ];
  for (const [method, path, body, fields] of cases) {
    const answer = await call(api, method, path, body === undefined ? {} : { body: JSON.stringify(body) });
    t.is(answer.status, 400, `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
    t.deepEqual(answer.body.fields?.map((f) => f.path), fields, `${method} ${path} ${JSON.stringify(body)}: ${answer.body.message}`);
    for (const field of fields) t.true(answer.body.message!.includes(field), answer.body.message);
  }
  // A well-formed address nobody answers at is the peer's fault, not the request's.
  t.is((await call(api, 'POST', '/v1/peers', { body: JSON.stringify({ addr: '/ip4/127.0.0.1/tcp/1' }) })).status, 502);
  t.is(api.snapshot(), before);
});

test('unknown nodes, Arrows, allocations, tags, artifacts and servers are 404', async (t) => {
  const api = await hostileApi(t);
  const before = api.snapshot();
  const cases: [string, string, unknown?][] = [
    ['GET', '/v1/nodes/ghost'], ['POST', '/v1/nodes/ghost/drain', {}], ['POST', '/v1/nodes/ghost/eligibility', { eligible: false }],
    ['GET', '/v1/arrows/ghost'], ['POST', '/v1/arrows/ghost/stop'], ['GET', '/v1/allocations/ghost'], ['GET', '/v1/allocations?node=ghost'],
    ['GET', '/v1/tags/ghost:1'], ['DELETE', '/v1/tags/ghost:1'], ['GET', `/v1/cluster-artifacts/${DIGEST}`],
    ['DELETE', '/v1/cluster/servers/ghost'], ['GET', `/v1/artifacts/${DIGEST}`], ['DELETE', `/v1/artifacts/${DIGEST}`],
    ['DELETE', `/v1/artifacts/${DIGEST}/refs/pin`], ['PUT', `/v1/artifacts/${DIGEST}/refs/pin`], ['GET', '/v2/anything'],
    ['GET', '/v1/volumes/ghost'], ['POST', '/v1/allocations/ghost/migrate', { to: 'n1' }],
  ];
  for (const [method, path, body] of cases) {
    const answer = await call(api, method, path, body === undefined ? {} : { body: JSON.stringify(body) });
    t.is(answer.status, 404, `${method} ${path}: ${JSON.stringify(answer.body)}`);
    t.is(answer.body.error, 'not-found');
  }
  t.is(api.snapshot(), before);
});

test('oversized bodies are 413 on every JSON route; uploads by declared and by actual size', async (t) => {
  const api = await hostileApi(t);
  const before = api.snapshot();
  await api.app.ready();
  const big = JSON.stringify({ padding: 'x'.repeat(600 * 1024) });
  for (const route of listRoutes(api.app).filter((r) => r.method !== 'GET' && r.url !== '/v1/artifacts')) {
    const answer = await call(api, route.method, concrete(route.url), { body: big });
    t.is(answer.status, 413, `${route.method} ${route.url}`);
    t.is(answer.body.error, 'too-large');
  }
  // Under the definition limit but over the default one.
  t.is((await call(api, 'POST', '/v1/nodes/n1/drain', { body: JSON.stringify({ padding: 'x'.repeat(100 * 1024) }) })).status, 413);

  const declared = await upload(api, { declaredBytes: 2 * 1024 * 1024, sendBytes: 0 });
  t.is(declared.status, 413);
  const actual = await upload(api, { sendBytes: 3 * 1024 * 1024 });
  t.is(actual.status, 413);
  t.regex(actual.body, /exceeds the limit of 1048576/);
  const lying = await upload(api, { declaredBytes: 1000, sendBytes: 1000 });
  t.is(lying.status, 200);
  t.deepEqual((await api.client.list()).map((e) => e.size), [1000]);
  t.is(api.snapshot(), before);
});

function drainedOrClosed(req: ReturnType<typeof httpRequest>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { req.off('drain', done); req.off('close', done); resolve(); };
    req.on('drain', done);
    req.on('close', done);
  });
}

/** Sends an upload over node:http (chunked unless declared) and returns the answer. */
async function upload(api: TestApi, options: { declaredBytes?: number; sendBytes: number; stallAfterBytes?: number }): Promise<{ status: number; body: string }> {
  const url = new URL(`${api.url}/v1/artifacts`);
  const headers: Record<string, string> = { authorization: `Bearer ${api.token}`, 'content-type': 'application/octet-stream' };
  if (options.declaredBytes !== undefined) headers['content-length'] = String(options.declaredBytes);
  const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers });
  req.on('error', () => undefined); // the server may close while we still send
  const answered = once(req, 'response') as Promise<[IncomingMessage]>;
  void (async () => {
    let sent = 0;
    const limit = options.stallAfterBytes ?? options.sendBytes;
    while (sent < limit && !req.destroyed) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit - sent), 7);
      sent += chunk.length;
      if (!req.write(chunk)) await drainedOrClosed(req);
    }
    if (options.stallAfterBytes === undefined) req.end();
  })();
  const [response] = await answered;
  let body = '';
  for await (const chunk of response) body += String(chunk);
  req.destroy();
  return { status: response.statusCode ?? 0, body };
}

test('a stalled upload is cut off after the idle time; a stalled JSON body after the request timeout', async (t) => {
  const api = await hostileApi(t, { limits: { uploadIdleMs: 400, requestTimeoutMs: 800 } });
  const before = api.snapshot();
  const started = Date.now();
  const stalled = await upload(api, { sendBytes: 200_000, stallAfterBytes: 100_000 });
  t.is(stalled.status, 408);
  t.regex(stalled.body, /sent nothing for 400 ms/);
  t.true(Date.now() - started < 5_000);
  t.deepEqual(await api.client.list(), [], 'nothing half-stored');

  // Headers and half a JSON body, then nothing.
  const socket = connect(Number(new URL(api.url).port), '127.0.0.1');
  await once(socket, 'connect');
  socket.write(`POST /v1/nodes/n1/eligibility HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${api.token}\r\ncontent-type: application/json\r\ncontent-length: 40\r\n\r\n{"eligible":`);
  let text = '';
  socket.on('data', (chunk) => { text += String(chunk); });
  await Promise.race([once(socket, 'close'), new Promise((_, reject) => setTimeout(() => reject(new Error(`not closed; got ${text}`)), 8_000))]);
  t.regex(text, /^HTTP\/1\.1 408/);
  t.regex(text, /not received within 800 ms/);
  t.is(api.snapshot(), before);
});

test('a connection that never finishes its headers is closed', async (t) => {
  const api = await hostileApi(t, { limits: { headersTimeoutMs: 500 } });
  const socket = connect(Number(new URL(api.url).port), '127.0.0.1');
  await once(socket, 'connect');
  socket.write('GET /v1/node HTTP/1.1\r\nhost: x\r\n');
  socket.on('data', () => undefined);
  const started = Date.now();
  await Promise.race([once(socket, 'close'), new Promise((_, reject) => setTimeout(() => reject(new Error('still open')), 8_000))]);
  t.true(Date.now() - started < 8_000);
  t.is((await call(api, 'GET', '/v1/node')).status, 200);
});

test('an unexpected error is a 500 with a message and a log line; the server stays up', async (t) => {
  const logged: { obj: object; msg: string }[] = [];
  const api = await hostileApi(t, { logger: { error: (obj, msg) => logged.push({ obj, msg }), warn: () => undefined } });
  api.backend.status = () => { throw new Error('disk on fire'); };
  const answer = await call(api, 'GET', '/v1/node');
  t.is(answer.status, 500);
  t.deepEqual(answer.body, { error: 'internal', message: 'internal error: disk on fire' });
  t.is(logged.length, 1);
  t.is(logged[0]!.msg, 'unexpected API error');
  t.is((await call(api, 'GET', '/v1/nodes')).status, 200);
});
