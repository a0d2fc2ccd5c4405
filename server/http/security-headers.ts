import type { FastifyInstance } from 'fastify';

/**
 * The server answers JSON only, never pages, so a handful of fixed headers is the whole policy
 * (no @fastify/helmet needed): no sniffing, no framing, no caching of tokens or personal data.
 * HSTS matters once a reverse proxy serves it over TLS.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
}
