import type { FastifyInstance } from 'fastify';
import { ORG_ROUTES } from '../../../shared/org/routes';
import { CreateUserInputSchema, ResetPasswordInputSchema, UpdateUserInputSchema } from '../../../shared/org/user';
import type { ServerContext } from '../../services/context';
import * as users from '../../services/users';
import { actorOf } from '../authenticate';
import { idParamOf, parse } from '../parse';

export function userRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ORG_ROUTES.users, async (request) => ({ users: await users.listUsersFor(ctx, await actorOf(ctx, request)) }));
  app.post(ORG_ROUTES.users, async (request) =>
    users.createUser(ctx, await actorOf(ctx, request), parse(CreateUserInputSchema, request.body)),
  );
  app.patch(ORG_ROUTES.user, async (request) => {
    const actor = await actorOf(ctx, request);
    return users.updateUser(ctx, actor, idParamOf(request), parse(UpdateUserInputSchema, request.body));
  });
  app.post(ORG_ROUTES.userPassword, async (request) => {
    const actor = await actorOf(ctx, request);
    await users.resetPassword(ctx, actor, idParamOf(request), parse(ResetPasswordInputSchema, request.body).newPassword);
    return { ok: true };
  });
}
