// This node's artifact store: uploads (streamed, bounded in size and time), listing, removal,
// references, garbage collection, and pulls from peers (newline-delimited JSON progress).
import type { FastifyPluginAsync } from 'fastify';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { Digest } from '../../../p2p/index.ts';
import { ApiProblem, notFound, requestTimeout, tooLarge } from '../errors.ts';
import { booleanQuerySchema, digestSchema, parseInput, storeRefSchema } from '../input.ts';
import type { ArtifactEntry, PullEvent, PutResult } from '../types.ts';
import type { RouteContext } from './context.ts';

/** The reference an artifact pushed by a user is held by, unless the push names another. */
const DEFAULT_PUSH_REF = 'pin';

const digestParams = z.object({ digest: digestSchema });
const refQuery = z.object({ ref: storeRefSchema.optional() });

/**
 * The upload as it arrives, cut off when it grows past `maxBytes` (413) or sends nothing for
 * `idleMs` (408). The store sees an error instead of an end, so it keeps nothing.
 */
async function* guardedUpload(body: AsyncIterable<Uint8Array>, maxBytes: number, idleMs: number): AsyncGenerator<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]();
  let total = 0;
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const idle = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(requestTimeout(`the upload sent nothing for ${idleMs} ms`)), idleMs);
    });
    let next: IteratorResult<Uint8Array>;
    try {
      next = await Promise.race([chunks.next(), idle]);
    } finally {
      clearTimeout(timer);
    }
    if (next.done) return;
    total += next.value.byteLength;
    if (total > maxBytes) throw tooLarge(`the upload exceeds the limit of ${maxBytes} bytes`);
    yield next.value;
  }
}

export const artifactRoutes: FastifyPluginAsync<RouteContext> = async (app, { backend, limits, maxUploadBytes }) => {
  const store = backend.store;

  app.post('/v1/artifacts', { config: { timeoutMs: limits.uploadTimeoutMs } }, async (request) => {
    const query = parseInput(refQuery, request.query, 'query');
    const declared = request.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxUploadBytes) {
      throw tooLarge(`upload of ${declared} bytes exceeds the limit of ${maxUploadBytes}`);
    }
    const body = request.body as AsyncIterable<Uint8Array> | undefined;
    if (!body || typeof body[Symbol.asyncIterator] !== 'function') {
      throw new ApiProblem(415, 'unsupported-media-type', 'send the artifact as application/octet-stream');
    }
    const info = await store.putStream(guardedUpload(body, maxUploadBytes, limits.uploadIdleMs), { ref: query.ref ?? DEFAULT_PUSH_REF });
    backend.onStored?.(info.digest);
    return { digest: info.digest, size: info.size, refs: info.refs } satisfies PutResult;
  });

  app.get('/v1/artifacts', async () => {
    const entries: ArtifactEntry[] = [];
    for (const info of await store.list()) {
      const manifest = await store.manifest(info.digest);
      const count = manifest?.pieceDigests.length ?? 0;
      entries.push({ ...info, piecesHeld: count, pieceCount: count, complete: true });
    }
    for (const partial of await store.listPartials()) {
      entries.push({ digest: partial.digest, size: partial.size, refs: [], piecesHeld: partial.piecesHeld, pieceCount: partial.pieceCount, complete: false });
    }
    return entries;
  });

  app.get('/v1/artifacts/:digest', async (request) => {
    const { digest } = parseInput(digestParams, request.params, 'params');
    const info = await store.stat(digest as Digest);
    if (!info) throw notFound(`unknown artifact ${digest} on this node`);
    return info;
  });

  app.delete('/v1/artifacts/:digest', async (request) => {
    const { digest } = parseInput(digestParams, request.params, 'params');
    const { force } = parseInput(z.object({ force: booleanQuerySchema.optional() }), request.query, 'query');
    const info = await store.stat(digest as Digest);
    const users = (info?.refs ?? []).filter((ref) => ref !== DEFAULT_PUSH_REF);
    if (users.length > 0 && force !== true) {
      throw new ApiProblem(409, 'in-use', `${digest} is still used by ${users.join(', ')}; pass --force to delete it anyway`);
    }
    if (!(await store.remove(digest as Digest))) throw notFound(`unknown artifact ${digest} on this node`);
    backend.onRemoved?.([digest as Digest]);
    return { removed: digest };
  });

  // A reference to an artifact this node already holds: a client that knows the digest of its file
  // (arrowctl hashes before it pushes) need not send the bytes again.
  app.put('/v1/artifacts/:digest/refs/:ref', async (request) => {
    const { digest, ref } = parseInput(z.object({ digest: digestSchema, ref: storeRefSchema }), request.params, 'params');
    if (!(await store.has(digest as Digest))) throw notFound(`unknown artifact ${digest} on this node`);
    await store.addRef(digest as Digest, ref);
    backend.onStored?.(digest as Digest);
    const info = await store.stat(digest as Digest);
    if (!info) throw notFound(`unknown artifact ${digest} on this node`);
    return { digest: info.digest, size: info.size, refs: info.refs } satisfies PutResult;
  });

  app.delete('/v1/artifacts/:digest/refs/:ref', async (request) => {
    const { digest, ref } = parseInput(z.object({ digest: digestSchema, ref: storeRefSchema }), request.params, 'params');
    if (!(await store.has(digest as Digest))) throw notFound(`unknown artifact ${digest} on this node`);
    await store.removeRef(digest as Digest, ref);
    return { digest, removedRef: ref };
  });

  app.post('/v1/gc', async (request) => {
    const { partials } = parseInput(z.object({ partials: booleanQuerySchema.optional() }), request.query, 'query');
    const result = await store.gc({ partials: partials === true });
    if (result.removed.length > 0) backend.onRemoved?.(result.removed);
    return result;
  });

  // Pull streams newline-delimited JSON events so the CLI can draw a progress bar.
  app.post('/v1/artifacts/:digest/pull', async (request, reply) => {
    const { digest } = parseInput(digestParams, request.params, 'params');
    const query = parseInput(refQuery, request.query, 'query');
    const out = new PassThrough();
    const emit = (event: PullEvent) => { out.write(`${JSON.stringify(event)}\n`); };
    let lastProgress = 0;
    backend.pull(digest as Digest, {
      ref: query.ref ?? DEFAULT_PUSH_REF,
      onProgress: (p) => {
        const now = Date.now();
        if (now - lastProgress < 100 && p.piecesHeld < p.pieceCount) return;
        lastProgress = now;
        emit({ type: 'progress', piecesHeld: p.piecesHeld, pieceCount: p.pieceCount, bytesHeld: p.bytesHeld, size: p.size, peers: p.peers });
      },
      onBadPeer: (r) => emit({ type: 'bad-peer', peer: r.peer, reason: r.reason }),
    }).then((result) => {
      emit({ type: 'done', digest: result.info.digest, size: result.info.size, refs: result.info.refs, resumedPieces: result.resumedPieces, bytesFromPeers: result.bytesFromPeers, badPeers: result.badPeers });
    }, async (error: Error) => {
      // p2p is loaded by then (the node pulled with it); importing it lazily keeps node/api light.
      const { UnknownArtifactError } = await import('../../../p2p/index.ts');
      emit({ type: 'error', code: error instanceof UnknownArtifactError ? 'unknown-artifact' : 'failed', message: error.message });
    }).finally(() => out.end());
    return reply.type('application/x-ndjson').send(out);
  });
};
