import type { FastifyInstance } from 'fastify';
import { ChangePasswordInputSchema, LoginInputSchema, LogoutInputSchema, RefreshInputSchema } from '../../../shared/org/auth';
import { ORG_ROUTES } from '../../../shared/org/routes';
import * as auth from '../../services/auth';
import type { ServerContext } from '../../services/context';
import { actorOf } from '../authenticate';
import { parse } from '../parse';

export function authRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(ORG_ROUTES.login, async (request) => auth.login(ctx, parse(LoginInputSchema, request.body)));
  app.post(ORG_ROUTES.refresh, async (request) => auth.refresh(ctx, parse(RefreshInputSchema, request.body)));
  app.post(ORG_ROUTES.logout, async (request) => {
    const actor = await actorOf(ctx, request);
    await auth.logout(ctx, actor, parse(LogoutInputSchema, request.body).refreshToken);
    return { ok: true };
  });
  app.get(ORG_ROUTES.me, async (request) => auth.profileOf(ctx, await actorOf(ctx, request)));
  app.post(ORG_ROUTES.myPassword, async (request) => {
    const actor = await actorOf(ctx, request);
    await auth.changeOwnPassword(ctx, actor, parse(ChangePasswordInputSchema, request.body));
    return { ok: true };
  });
}
