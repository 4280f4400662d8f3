// A client node's API forwards cluster routes to a server's API over a real libp2p connection
// (two hosts, a cluster key): answers, errors and event streams come back; only admitted peers
// may forward; a TCP client cannot pass for a forwarded one.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { generateKey } from '@libp2p/pnet';
import { createHost, StreamDuplex } from '../../p2p/index.ts';
import type { ArrowLibp2p } from '../../p2p/index.ts';
import { ApiError } from './client/index.ts';
import { API_PROTOCOL, forwardOverLibp2p, serveForwardedApi } from './forward.ts';
import { startTestApi, testDefinition } from './testing.ts';
import type { TestApi } from './testing.ts';
import type { EventData } from './types.ts';

interface Setup {
  server: TestApi;
  clientNode: TestApi;
  serverHost: ArrowLibp2p;
  clientHost: ArrowLibp2p;
  admitted: Set<string>;
}

async function setup(t: ExecutionContext): Promise<Setup> {
  const clusterKey = new Uint8Array(95);
  generateKey(clusterKey);
  const host = async () => createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey, listen: ['/ip4/127.0.0.1/tcp/0'] });
  const [serverHost, clientHost] = await Promise.all([host(), host()]);
  t.teardown(async () => { await Promise.all([serverHost.stop(), clientHost.stop()]); });
  const server = await startTestApi();
  t.teardown(() => server.close());
  const admitted = new Set([clientHost.peerId.toString()]);
  await serveForwardedApi(serverHost, server.app, (peer) => admitted.has(peer));
  await clientHost.dial(serverHost.getMultiaddrs()[0]!, { signal: AbortSignal.timeout(10_000) });
  const clientNode = await startTestApi({ forward: forwardOverLibp2p(clientHost, () => serverHost.peerId) });
  t.teardown(() => clientNode.close());
  return { server, clientNode, serverHost, clientHost, admitted };
}

test('cluster routes on a client node are answered by the server; local routes by the node itself', async (t) => {
  const { server, clientNode } = await setup(t);
  await server.registerNode('n1');
  const put = await clientNode.client.putArrow('web', testDefinition('web', 1));
  t.deepEqual(put, { name: 'web', version: 1, unchanged: false });
  t.is(server.member!.state.arrow('web')?.version, 1);
  t.deepEqual((await clientNode.client.nodes()).nodes.map((n) => n.id), ['n1']);
  t.deepEqual(await clientNode.client.clusterStatus(), await server.client.clusterStatus());
  // A large definition (a forwarded body of ~300 KiB) goes through whole.
  const env = { PADDING: 'p'.repeat(100 * 1024) };
  t.is((await clientNode.client.putArrow('big', testDefinition('big', 0, { env, args: ['q'.repeat(20 * 1024)] }))).version, 1);
  t.is(JSON.parse(server.member!.state.arrow('big')!.definitionJson).env.PADDING.length, 100 * 1024);
  // Errors come back as the server gave them.
  const missing = await t.throwsAsync(clientNode.client.arrow('ghost'));
  t.true(missing instanceof ApiError && missing.status === 404 && missing.code === 'not-found');
  const invalid = await t.throwsAsync(clientNode.client.putArrow('web', testDefinition('web', -1)));
  t.true(invalid instanceof ApiError && invalid.status === 400);
  t.deepEqual((invalid as ApiError).fields.map((f) => f.path), ['definition.replicas']);
  // The client node's own store answers its artifact routes.
  t.deepEqual(await clientNode.client.list(), []);
  // Its token is still required.
  const unauthorized = await fetch(`${clientNode.url}/v1/arrows`);
  t.is(unauthorized.status, 401);
});

test('an event stream is forwarded as it happens, and a user leaving ends it on the server', async (t) => {
  const { server, clientNode } = await setup(t);
  const events: EventData[] = [];
  const controller = new AbortController();
  const following = clientNode.client.events(undefined, {
    onEvent: (e) => { events.push(e); if (e.kind === 'arrow') controller.abort(); },
    signal: controller.signal,
  });
  const deadline = Date.now() + 5_000;
  while (server.events!.subscribers === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  t.is(server.events!.subscribers, 1);
  await server.registerNode('n1');
  await server.client.putArrow('web', testDefinition('web', 1));
  await following;
  // The put-arrow entry's changes come together: the Arrow and its evaluation.
  t.deepEqual(events.slice(0, 3).map((e) => e.kind), ['node', 'arrow', 'evaluation']);
  while (server.events!.subscribers > 0 && Date.now() < deadline + 5_000) await new Promise((r) => setTimeout(r, 20));
  t.is(server.events!.subscribers, 0, 'the server let go of the stream');

  // Resuming through the client node works from an index too.
  const resumed: EventData[] = [];
  const again = new AbortController();
  await clientNode.client.events(events[0]!.index, {
    onEvent: (e) => { resumed.push(e); if (e.kind === 'arrow') again.abort(); },
    signal: again.signal,
  });
  t.deepEqual(resumed.slice(0, 2).map((e) => e.kind), ['arrow', 'evaluation']);
  t.true(resumed.every((e) => e.index > events[0]!.index));
});

/** One HTTP request over a raw API stream from `host` to the server. */
async function overStream(host: ArrowLibp2p, server: ArrowLibp2p, method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const stream = await host.dialProtocol(server.peerId, API_PROTOCOL, { signal: AbortSignal.timeout(10_000) });
  const duplex = new StreamDuplex(stream);
  const req = httpRequest({ method, path, host: 'server', headers, createConnection: () => duplex });
  const response = await new Promise<IncomingMessage>((resolve, reject) => { req.once('response', resolve); req.once('error', reject); req.end(); });
  let body = '';
  for await (const chunk of response) body += String(chunk);
  return { status: response.statusCode ?? 0, body };
}

test('forwarded requests need no token but may only use cluster routes; strangers are reset', async (t) => {
  const { server, serverHost, clientHost, admitted } = await setup(t);
  await server.registerNode('n1');
  const nodes = await overStream(clientHost, serverHost, 'GET', '/v1/nodes');
  t.is(nodes.status, 200);
  t.deepEqual((JSON.parse(nodes.body) as { nodes: { id: string }[] }).nodes.map((n) => n.id), ['n1']);
  const store = await overStream(clientHost, serverHost, 'GET', '/v1/artifacts');
  t.is(store.status, 403);
  t.regex(store.body, /may only use cluster routes/);
  const metrics = await overStream(clientHost, serverHost, 'GET', '/metrics');
  t.is(metrics.status, 403);
  // A bearer header on a forwarded stream changes nothing either way.
  t.is((await overStream(clientHost, serverHost, 'POST', '/v1/peers', { authorization: `Bearer ${server.token}` })).status, 403);

  admitted.clear();
  await t.throwsAsync(overStream(clientHost, serverHost, 'GET', '/v1/nodes'));
});

test('a TCP client claiming to be forwarded still needs the token', async (t) => {
  const { server, clientHost } = await setup(t);
  for (const headers of [
    { forwarded: `for=${clientHost.peerId.toString()}` },
    { 'x-forwarded-for': clientHost.peerId.toString(), 'x-arrow-peer': clientHost.peerId.toString() },
    { 'x-arrow-forwarded': 'true', via: '1.1 arrow' },
  ]) {
    const response = await fetch(`${server.url}/v1/nodes`, { headers });
    t.is(response.status, 401, JSON.stringify(headers));
  }
});

test('a client node that cannot reach a server answers 502', async (t) => {
  const clusterKey = new Uint8Array(95);
  generateKey(clusterKey);
  const lonely = await createHost({ privateKey: await generateKeyPair('Ed25519'), clusterKey, listen: ['/ip4/127.0.0.1/tcp/0'] });
  t.teardown(() => lonely.stop());
  const nowhere = peerIdFromPrivateKey(await generateKeyPair('Ed25519'));
  const clientNode = await startTestApi({ forward: forwardOverLibp2p(lonely, () => nowhere, 2_000) });
  t.teardown(() => clientNode.close());
  const error = await t.throwsAsync(clientNode.client.nodes());
  t.true(error instanceof ApiError && error.status === 502 && error.code === 'no-server', error?.message);
});
