// The arrowd HTTP API: JSON, bearer token, loopback by default.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';
import { isDigest, UnknownArtifactError } from '../../p2p/index.ts';
import type { ArtifactStore, Digest, FetchResult, FetchOptions } from '../../p2p/index.ts';
import type { ArtifactEntry, NodeStatus, PullEvent, PutResult } from './types.ts';

export interface ApiBackend {
  store: ArtifactStore;
  status(): NodeStatus;
  pull(digest: Digest, options: Pick<FetchOptions, 'ref' | 'onProgress' | 'onBadPeer'>): Promise<FetchResult>;
  dial(addr: string): Promise<void>;
  metrics: Registry;
}

export interface ApiServerOptions { token: string; maxUploadBytes: number }

/** Refs a user may set through the API; internal ones (kernel:, arrow:) come from the agent. */
const DEFAULT_PUSH_REF = 'pin';

export function createApiServer(backend: ApiBackend, options: ApiServerOptions): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, connectionTimeout: 0, requestTimeout: 0 });
  const expected = Buffer.from(`Bearer ${options.token}`);

  app.addHook('onRequest', async (request, reply) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return reply.code(401).send({ error: 'unauthorized', message: 'missing or wrong API token (see api.token in the node data dir)' });
    }
  });
  // Uploads are streamed to the store, never buffered: the store enforces the size limit.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  const digestParam = (raw: string): Digest | undefined => (isDigest(raw) ? raw : undefined);
  const badDigest = (raw: string) => ({ error: 'bad-request', message: `invalid digest ${JSON.stringify(raw.slice(0, 80))}: expected sha256:<64 hex>` });

  app.get('/v1/node', async () => backend.status());

  app.post('/v1/peers', async (request, reply) => {
    const body = request.body as { addr?: unknown } | undefined;
    if (typeof body?.addr !== 'string') return reply.code(400).send({ error: 'bad-request', message: 'body must be {"addr": "<multiaddr>"}' });
    await backend.dial(body.addr);
    return { ok: true };
  });

  app.post('/v1/artifacts', async (request, reply) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > options.maxUploadBytes) {
      return reply.code(413).send({ error: 'too-large', message: `upload of ${declared} bytes exceeds the limit of ${options.maxUploadBytes}` });
    }
    const query = request.query as { ref?: string };
    const body = request.body as Readable | undefined;
    if (!body || typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') {
      return reply.code(415).send({ error: 'bad-request', message: 'send the artifact as application/octet-stream' });
    }
    try {
      const info = await backend.store.putStream(body as AsyncIterable<Uint8Array>, { ref: query.ref ?? DEFAULT_PUSH_REF });
      return { digest: info.digest, size: info.size, refs: info.refs } satisfies PutResult;
    } catch (error) {
      const message = (error as Error).message;
      const code = /disk full|quota/.test(message) ? 507 : /limit|invalid reference/.test(message) ? 400 : 500;
      return reply.code(code).send({ error: code === 507 ? 'disk-full' : code === 400 ? 'bad-request' : 'internal', message });
    }
  });

  app.get('/v1/artifacts', async () => {
    const entries: ArtifactEntry[] = [];
    for (const info of await backend.store.list()) {
      const manifest = await backend.store.manifest(info.digest);
      const count = manifest?.pieceDigests.length ?? 0;
      entries.push({ ...info, piecesHeld: count, pieceCount: count, complete: true });
    }
    for (const partial of await backend.store.listPartials()) {
      entries.push({ digest: partial.digest, size: partial.size, refs: [], piecesHeld: partial.piecesHeld, pieceCount: partial.pieceCount, complete: false });
    }
    return entries;
  });

  app.get('/v1/artifacts/:digest', async (request, reply) => {
    const raw = (request.params as { digest: string }).digest;
    const digest = digestParam(raw);
    if (!digest) return reply.code(400).send(badDigest(raw));
    const info = await backend.store.stat(digest);
    if (!info) return reply.code(404).send({ error: 'not-found', message: `unknown artifact ${digest} on this node` });
    return info;
  });

  app.delete('/v1/artifacts/:digest', async (request, reply) => {
    const raw = (request.params as { digest: string }).digest;
    const digest = digestParam(raw);
    if (!digest) return reply.code(400).send(badDigest(raw));
    const force = (request.query as { force?: string }).force === 'true';
    const info = await backend.store.stat(digest);
    const users = (info?.refs ?? []).filter((ref) => ref !== DEFAULT_PUSH_REF);
    if (users.length > 0 && !force) {
      return reply.code(409).send({ error: 'in-use', message: `${digest} is still used by ${users.join(', ')}; pass --force to delete it anyway` });
    }
    if (!(await backend.store.remove(digest))) return reply.code(404).send({ error: 'not-found', message: `unknown artifact ${digest} on this node` });
    return { removed: digest };
  });

  app.delete('/v1/artifacts/:digest/refs/:ref', async (request, reply) => {
    const { digest: raw, ref } = request.params as { digest: string; ref: string };
    const digest = digestParam(raw);
    if (!digest) return reply.code(400).send(badDigest(raw));
    if (!(await backend.store.has(digest))) return reply.code(404).send({ error: 'not-found', message: `unknown artifact ${digest} on this node` });
    await backend.store.removeRef(digest, ref);
    return { digest, removedRef: ref };
  });

  app.post('/v1/gc', async (request) => {
    const partials = (request.query as { partials?: string }).partials === 'true';
    return backend.store.gc({ partials });
  });

  // Pull streams newline-delimited JSON events so the CLI can draw a progress bar.
  app.post('/v1/artifacts/:digest/pull', async (request, reply) => {
    const raw = (request.params as { digest: string }).digest;
    const digest = digestParam(raw);
    if (!digest) return reply.code(400).send(badDigest(raw));
    const ref = (request.query as { ref?: string }).ref ?? DEFAULT_PUSH_REF;
    const out = new PassThrough();
    const emit = (event: PullEvent) => { out.write(`${JSON.stringify(event)}\n`); };
    let lastProgress = 0;
    backend.pull(digest, {
      ref,
      onProgress: (p) => {
        const now = Date.now();
        if (now - lastProgress < 100 && p.piecesHeld < p.pieceCount) return;
        lastProgress = now;
        emit({ type: 'progress', piecesHeld: p.piecesHeld, pieceCount: p.pieceCount, bytesHeld: p.bytesHeld, size: p.size, peers: p.peers });
      },
      onBadPeer: (r) => emit({ type: 'bad-peer', peer: r.peer, reason: r.reason }),
    }).then((result) => {
      emit({ type: 'done', digest: result.info.digest, size: result.info.size, refs: result.info.refs, resumedPieces: result.resumedPieces, bytesFromPeers: result.bytesFromPeers, badPeers: result.badPeers });
    }, (error: Error) => {
      emit({ type: 'error', code: error instanceof UnknownArtifactError ? 'unknown-artifact' : 'failed', message: error.message });
    }).finally(() => out.end());
    return reply.type('application/x-ndjson').send(out);
  });

  app.get('/metrics', async (_request, reply) => reply.type(backend.metrics.contentType).send(await backend.metrics.metrics()));

  return app;
}
