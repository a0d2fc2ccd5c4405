import Fastify from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { CtiParseError } from '../../shared/domain/cti/cti-parse-error';
import { parseZammadBody } from '../../shared/domain/cti/zammad-event';
import type { DeskContext } from '../context';
import { handleCallEvent } from './handle-call-event';
import { log } from '../log';

export interface CtiEndpointOptions {
  ctx: DeskContext;
  /** 0 picks a free port (tests). */
  port: number;
  token: string;
}

export interface CtiEndpoint {
  /** http://127.0.0.1:<port>/cti/<token> */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A softphone event is a few hundred bytes; anything big is not one. */
const BODY_LIMIT = 16 * 1024;

const digest = (text: string) => createHash('sha256').update(text).digest();
const sameToken = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

const notFound = { error: { messageKey: 'cti.errors.notFound', message: 'Not found.', field: null } };

/**
 * The loopback endpoint softphones and PBX scripts post Zammad generic CTI events to:
 * POST /cti/:token → 200 {} (Zammad's "nothing to do" answer), 400 naming the bad field, 404 for a
 * wrong token (as for any unknown path, so the token cannot be probed). Bound to 127.0.0.1 only.
 */
export async function startCtiEndpoint({ ctx, port, token }: CtiEndpointOptions): Promise<CtiEndpoint> {
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT });
  // The body decides between JSON and form fields (see parseZammadBody), so take every body as text.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post<{ Params: { token: string } }>('/cti/:token', async (request, reply) => {
    if (!sameToken(request.params.token, token)) return reply.code(404).send(notFound);
    let event;
    try {
      event = parseZammadBody(request.body as string | undefined, request.headers['content-type']);
    } catch (error) {
      if (error instanceof CtiParseError) return reply.code(400).send(error.toBody());
      throw error;
    }
    handleCallEvent(ctx, event);
    return reply.code(200).send({});
  });

  app.setNotFoundHandler((_request, reply) => void reply.code(404).send(notFound));
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) log('error', '[cti] event failed', error);
    const messageKey = status === 413 ? 'cti.errors.tooLarge' : status >= 500 ? 'cti.errors.internal' : 'cti.errors.badRequest';
    void reply.code(status).send({ error: { messageKey, message: error.message, field: null } });
  });

  await app.listen({ host: '127.0.0.1', port });
  const bound = (app.server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${bound}/cti/${token}`, port: bound, close: () => app.close() };
}
