import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../shared/org/routes';
import type { ServerContext } from '../services/context';
import { installErrorHandling } from './error-handler';
import { parse } from './parse';
import { attachmentContentRoutes } from './routes/attachment-content-routes';
import { authRoutes } from './routes/auth-routes';
import { exportRoutes } from './routes/export-routes';
import { healthRoutes } from './routes/health-routes';
import { orgSettingsRoutes } from './routes/org-settings-routes';
import { assignmentRoutes } from './routes/assignment-routes';
import { assistRoutes } from './routes/assist-routes';
import { clockSettingsRoutes } from './routes/clock-settings-routes';
import { organisationRoutes } from './routes/organisation-routes';
import { syncRoutes } from './routes/sync-routes';
import { userRoutes } from './routes/user-routes';
import { addSecurityHeaders } from './security-headers';

/** The largest body: a full phrase book in Chinese with a taxonomy fits well under it. */
export const BODY_LIMIT_BYTES = 256 * 1024;
const NO_QUERY = z.object({}).strict();

/**
 * Request logs name method, path, status and time only: pino's default serializers leave out
 * headers (tokens) and bodies (passwords), and nothing here logs either.
 */
export function buildApp(ctx: ServerContext, logger: FastifyServerOptions['logger'] = false): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true',
    routerOptions: { ignoreTrailingSlash: true },
  });
  // JSON only: a text/plain body would otherwise reach the handlers as a string.
  app.removeContentTypeParser('text/plain');
  addSecurityHeaders(app);
  installErrorHandling(app);
  // No call takes query parameters; one sent anyway is refused like an unknown field.
  app.addHook('preHandler', async (request) => void parse(NO_QUERY, request.query, 'query'));
  app.register(
    async (api) => {
      healthRoutes(api, ctx);
      authRoutes(api, ctx);
      userRoutes(api, ctx);
      organisationRoutes(api, ctx);
      orgSettingsRoutes(api, ctx);
      assignmentRoutes(api, ctx);
      assistRoutes(api, ctx);
      clockSettingsRoutes(api, ctx);
      syncRoutes(api, ctx);
      exportRoutes(api, ctx);
      attachmentContentRoutes(api, ctx);
    },
    { prefix: API_PREFIX },
  );
  return app;
}
