// GET /v1/events: the committed changes as server-sent events, resumable from a log index.
//
//   id: <index>            on the last change of each log entry only, so a client's
//   event: <kind>          Last-Event-ID (or ?after=) names an entry it has seen whole
//   data: {"index":N,"kind":…,"removed":…,"record":{…}}
//
// `event: reset` (data {"index":N}) says events up to N are not available (older than the
// kept ones, or the state was replaced by a snapshot): re-read the state; the stream goes on
// after N. A comment line every eventHeartbeatMs keeps idle connections open. A client that
// does not read is disconnected once eventBufferBytes are waiting for it.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { ClusterEvent } from '../backend.ts';
import { indexSchema, parseInput } from '../input.ts';
import type { RouteContext } from './context.ts';

/** One log entry's changes as event-stream text. */
export function formatEvents(events: readonly ClusterEvent[]): string {
  let text = '';
  events.forEach(({ index, change }, i) => {
    if (i === events.length - 1) text += `id: ${index}\n`;
    text += `event: ${change.kind}\ndata: ${JSON.stringify({ index, ...change })}\n\n`;
  });
  return text;
}

export const eventRoutes: FastifyPluginAsync<RouteContext> = async (app, { cluster, limits }) => {
  app.get('/v1/events', async (request, reply) => {
    const query = parseInput(z.object({ after: indexSchema.optional() }), request.query, 'query');
    const header = request.headers['last-event-id'];
    const resumeFrom = query.after ?? (typeof header === 'string' ? parseInput(indexSchema, header, 'headers') : undefined);
    const backend = cluster();
    // Linearizable: everything committed before this request is applied here, so in the log.
    await backend.read((state) => state.index);
    const after = resumeFrom ?? backend.events.bounds().newest;

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    const send = (text: string) => {
      if (res.destroyed) return;
      res.write(text);
      // A client that does not keep up is dropped rather than buffered for without end; it can
      // resume from its Last-Event-ID.
      if (res.writableLength > limits.eventBufferBytes) res.destroy();
    };
    send(`: arrow events after ${after}\n\n`);
    const unsubscribe = backend.events.subscribe(
      after,
      (events) => send(formatEvents(events)),
      (newest) => send(`id: ${newest}\nevent: reset\ndata: ${JSON.stringify({ index: newest })}\n\n`),
    );
    const heartbeat = setInterval(() => send(': heartbeat\n\n'), limits.eventHeartbeatMs);
    res.once('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
};
