import type { FastifyInstance } from 'fastify';
import { ORG_ROUTES } from '../../../shared/org/routes';
import { CreateUserInputSchema, IdParamsSchema, ResetPasswordInputSchema, UpdateUserInputSchema } from '../../../shared/org/user';
import type { ServerContext } from '../../services/context';
import * as users from '../../services/users';
import { actorOf } from '../authenticate';
import { parse } from '../parse';

export function userRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ORG_ROUTES.users, async (request) => ({ users: await users.listUsersFor(ctx, await actorOf(ctx, request)) }));
  app.post(ORG_ROUTES.users, async (request) =>
    users.createUser(ctx, await actorOf(ctx, request), parse(CreateUserInputSchema, request.body)),
  );
  app.patch(ORG_ROUTES.user, async (request) => {
    const actor = await actorOf(ctx, request);
    const { id } = parse(IdParamsSchema, request.params, 'path');
    return users.updateUser(ctx, actor, id, parse(UpdateUserInputSchema, request.body));
  });
  app.post(ORG_ROUTES.userPassword, async (request) => {
    const actor = await actorOf(ctx, request);
    const { id } = parse(IdParamsSchema, request.params, 'path');
    await users.resetPassword(ctx, actor, id, parse(ResetPasswordInputSchema, request.body).newPassword);
    return { ok: true };
  });
}
