import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Desk } from '../core/desk';
import { log } from '../core/log';
import { isAllowedHost, isAllowedOrigin } from './loopback-origin';
import { SECURITY_HEADERS } from '../core/security/security-headers';
import { newSessionToken, tokenMatches } from './session-token';
import { ATTACHMENT_MAX_BYTES_CEILING } from '../shared/domain/attachments/attachment';
import { registerExportDownload } from './export-download';

export interface WebHostOptions {
  desk: Desk;
  /** The built renderer (vite build output). */
  rendererDir: string;
  port: number;
  token?: string;
}

export interface WebHost {
  url: string;
  /** The URL to open: it carries the session token once, the page then keeps it in sessionStorage. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

const TOKEN_HEADER = 'x-desk-token';
/** Attachments arrive as base64 in JSON: the ceiling of the size setting, ×4/3, plus the envelope. */
const UPLOAD_BODY_LIMIT = Math.ceil((ATTACHMENT_MAX_BYTES_CEILING * 4) / 3) + 64 * 1024;

/**
 * Serves the same renderer and the same dispatcher as the Electron shell, over HTTP on 127.0.0.1:
 * POST /api/:call with the session token, and GET /api/events as a server-sent event stream.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newSessionToken();
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new Error(`[web] No built renderer in ${options.rendererDir}: run "npm run build:renderer" first.`);
  }
  const app: FastifyInstance = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const openStreams = new Set<() => void>();
  let port = options.port;

  // Before anything else: a page under a foreign name (DNS rebinding) or from a foreign origin gets nothing.
  app.addHook('onRequest', async (request, reply) => {
    if (!isAllowedHost(request.headers.host, port)) {
      return reply.code(421).send({ ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden', params: { reason: 'host' } } });
    }
    if (!isAllowedOrigin(request.headers.origin, port)) {
      return reply.code(403).send({ ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden', params: { reason: 'origin' } } });
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  const dispatchCall = async (call: string, request: FastifyRequest, reply: FastifyReply) => {
    if (!tokenMatches(token, request.headers[TOKEN_HEADER])) {
      return reply.code(401).send({ ok: false, error: { code: 'unauthenticated', messageKey: 'errors.sessionExpired' } });
    }
    return options.desk.dispatch(call, request.body ?? {});
  };
  app.post<{ Params: { call: string } }>('/api/:call', (request, reply) => dispatchCall(request.params.call, request, reply));
  // The one call that carries a file: its own body limit, the same token check and dispatcher.
  app.post('/api/attachments.add', { bodyLimit: UPLOAD_BODY_LIMIT }, (request, reply) => dispatchCall('attachments.add', request, reply));

  app.get<{ Querystring: { token?: string } }>('/api/events', (request, reply) => {
    if (!tokenMatches(token, request.query.token)) return reply.code(401).send();
    reply.hijack();
    reply.raw.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    reply.raw.write(': connected\n\n');
    const unsubscribe = options.desk.events.subscribe((name, payload) => {
      reply.raw.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const end = () => {
      unsubscribe();
      reply.raw.end();
    };
    openStreams.add(end);
    request.raw.on('close', () => {
      unsubscribe();
      openStreams.delete(end);
    });
  });

  registerExportDownload(app, options.desk, token);

  // A body Fastify cannot read is the client's fault (4xx with its reason); anything else is logged.
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) log('error', `[web] ${request.method} ${request.url.split('?')[0]} failed`, error);
    const body = status >= 500 ? { code: 'internal', messageKey: 'errors.internal' } : { code: 'validation', messageKey: 'errors.validation', params: { reason: error.message } };
    void reply.code(status).send({ ok: false, error: body });
  });

  await app.register(fastifyStatic, { root: options.rendererDir, index: 'index.html' });

  const address = await app.listen({ host: '127.0.0.1', port: options.port });
  port = Number(new URL(address).port);
  return {
    url: address,
    openUrl: `${address}/?token=${token}`,
    token,
    close: async () => {
      for (const end of openStreams) end();
      await app.close();
    },
  };
}
