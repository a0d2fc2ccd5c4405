import type { FastifyInstance } from 'fastify';
import { SERVER_SERVICE_NAME, type Health } from '../../../shared/org/health';
import { ORG_ROUTES } from '../../../shared/org/routes';
import type { ServerContext } from '../../services/context';
import { SERVER_VERSION } from '../../version';

export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ORG_ROUTES.health, async (): Promise<Health> => {
    await ctx.pool.query('SELECT 1');
    return { service: SERVER_SERVICE_NAME, version: SERVER_VERSION, time: ctx.clock().toISOString() };
  });
}
