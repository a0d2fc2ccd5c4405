import type { FastifyError, FastifyInstance } from 'fastify';
import { Problem } from '../problem';

/** Fastify's own refusals (bad JSON, wrong content type, huge body, …) as our error codes. */
function problemFromFastify(error: FastifyError): Problem | undefined {
  const status = error.statusCode ?? 500;
  if (status >= 500) return undefined;
  if (status === 413) return new Problem('payload_too_large', 'the request body is too large');
  if (status === 415) return new Problem('unsupported_media_type', 'send the body as application/json');
  if (status === 404) return new Problem('not_found', 'no such resource');
  if (status === 429) return new Problem('rate_limited', 'too many requests', undefined, 60);
  return new Problem('validation', `invalid request: ${error.message}`);
}

/**
 * Our refusals answer with their code; Fastify's 4xx stay 4xx; anything else is a 500 that is
 * logged (with the request id, never the body) and answered without detail.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = error instanceof Problem ? error : problemFromFastify(error);
    if (!problem) {
      request.log.error({ err: error }, 'unexpected error');
      return reply.status(500).send(new Problem('internal', 'internal error').body());
    }
    if (problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
    request.log.info({ code: problem.code, status: problem.status }, problem.message);
    return reply.status(problem.status).send(problem.body());
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(new Problem('not_found', `no route ${request.method} ${request.url.split('?')[0]}`).body()),
  );
}
