import type { FastifyRequest } from 'fastify';
import type { Actor } from '../services/access';
import { authenticate } from '../services/auth';
import type { ServerContext } from '../services/context';

/** The caller of a signed-in route; 401/403 before the handler runs if there is none. */
export const actorOf = (ctx: ServerContext, request: FastifyRequest): Promise<Actor> =>
  authenticate(ctx, request.headers.authorization);
