import type { z } from 'zod';
import { OkAnswerSchema } from '../../../shared/org/errors';
import {
  BranchListSchema,
  BranchSchema,
  TeamListSchema,
  TeamSchema,
  type CreateBranchInput,
  type CreateTeamInput,
  type UpdateTeamInput,
} from '../../../shared/org/organisation';
import { UserListSchema, UserSchema, type CreateUserInput, type UpdateUserInput } from '../../../shared/org/user';
import type { OrgRoute } from '../../../shared/org/routes';
import type { DeskContext } from '../../context';
import { viaServer } from '../../server-link/desk-error-from-server';
import type { ServerCall } from '../../server-link/server-client';
import { serverLink } from '../../services/session-link';

/** Users, teams and branches live on the server: every change is made there, online only. */
function onServer<T>(ctx: DeskContext, method: ServerCall<T>['method'], route: OrgRoute, answer: z.ZodType<T>, extra: { id?: string; body?: unknown } = {}) {
  return viaServer(ctx.settings, () => serverLink.call(ctx, { method, route, answer, ...extra }));
}

export const listUsers = (ctx: DeskContext) => onServer(ctx, 'GET', 'users', UserListSchema);
export const createUser = (ctx: DeskContext, input: CreateUserInput) => onServer(ctx, 'POST', 'users', UserSchema, { body: input });
export const updateUser = (ctx: DeskContext, id: string, changes: UpdateUserInput) =>
  onServer(ctx, 'PATCH', 'user', UserSchema, { id, body: changes });
export const resetUserPassword = (ctx: DeskContext, id: string, newPassword: string) =>
  onServer(ctx, 'POST', 'userPassword', OkAnswerSchema, { id, body: { newPassword } });

export const listBranches = (ctx: DeskContext) => onServer(ctx, 'GET', 'branches', BranchListSchema);
export const createBranch = (ctx: DeskContext, input: CreateBranchInput) => onServer(ctx, 'POST', 'branches', BranchSchema, { body: input });

export const listTeams = (ctx: DeskContext) => onServer(ctx, 'GET', 'teams', TeamListSchema);
export const createTeam = (ctx: DeskContext, input: CreateTeamInput) => onServer(ctx, 'POST', 'teams', TeamSchema, { body: input });
export const updateTeam = (ctx: DeskContext, id: string, changes: UpdateTeamInput) =>
  onServer(ctx, 'PATCH', 'team', TeamSchema, { id, body: changes });
