import type { FastifyInstance } from 'fastify';
import { PullRequestSchema, PushRequestSchema, SYNC_ROUTES } from '../../../shared/sync/protocol';
import type { ServerContext } from '../../services/context';
import { pull, pullPageJson } from '../../sync/pull';
import { push } from '../../sync/push';
import { openSnapshot } from '../../sync/snapshot';
import { SnapshotRequestSchema } from '../../../shared/sync/snapshot';
import { streamLines } from '../stream-lines';
import { actorOf } from '../authenticate';
import { parse } from '../parse';
import { SECURITY_HEADERS } from '../security-headers';

/** A comment line now and then keeps proxies from closing an idle event stream. */
const KEEPALIVE_MS = 25_000;

export function syncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.addHook('preClose', async () => ctx.pokes.endAll());
  app.post(SYNC_ROUTES.push, async (request) => push(ctx, await actorOf(ctx, request), parse(PushRequestSchema, request.body)));
  app.post(SYNC_ROUTES.pull, async (request, reply) => {
    const page = await pull(ctx, await actorOf(ctx, request), parse(PullRequestSchema, request.body));
    return reply.type('application/json; charset=utf-8').send(pullPageJson(page));
  });
  // The first sync's snapshot: checked (4xx as JSON) before the first byte; then one JSON value a line.
  app.post(SYNC_ROUTES.snapshot, async (request, reply) => {
    const snapshot = await openSnapshot(ctx, await actorOf(ctx, request), parse(SnapshotRequestSchema, request.body));
    reply.hijack();
    await streamLines(request.raw, reply.raw, JSON.stringify(snapshot.begin), snapshot.lines(), (error) => request.log.error({ err: error }, 'snapshot stream failed'));
  });
  // Server-sent events: "poke" when committed changes concern this person's desk; the desk pulls what it may see.
  app.get(SYNC_ROUTES.poke, async (request, reply) => {
    const caller = await actorOf(ctx, request);
    reply.hijack();
    const out = reply.raw;
    // Hijacked, so Fastify's onSend hook never runs: the stream carries the same security headers itself.
    out.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    out.write(': connected\n\n');
    const keepalive = setInterval(() => void out.write(': keepalive\n\n'), KEEPALIVE_MS);
    // Ended by the server (its session ended, or the server closes) or by the desk going away.
    const stop = ctx.pokes.listen(
      caller,
      () => void out.write('event: poke\ndata: {}\n\n'),
      () => {
        clearInterval(keepalive);
        out.end();
      },
    );
    request.raw.on('close', () => {
      stop();
      clearInterval(keepalive);
    });
  });
}
