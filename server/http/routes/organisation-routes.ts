import type { FastifyInstance } from 'fastify';
import { CreateBranchInputSchema, CreateTeamInputSchema, UpdateTeamInputSchema } from '../../../shared/org/organisation';
import { ORG_ROUTES } from '../../../shared/org/routes';
import type { ServerContext } from '../../services/context';
import * as organisation from '../../services/organisation';
import { actorOf } from '../authenticate';
import { idParamOf, parse } from '../parse';

export function organisationRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ORG_ROUTES.branches, async (request) => ({
    branches: await organisation.listBranchesFor(ctx, await actorOf(ctx, request)),
  }));
  app.post(ORG_ROUTES.branches, async (request) =>
    organisation.createBranch(ctx, await actorOf(ctx, request), parse(CreateBranchInputSchema, request.body)),
  );
  app.get(ORG_ROUTES.teams, async (request) => ({ teams: await organisation.listTeamsFor(ctx, await actorOf(ctx, request)) }));
  app.post(ORG_ROUTES.teams, async (request) =>
    organisation.createTeam(ctx, await actorOf(ctx, request), parse(CreateTeamInputSchema, request.body)),
  );
  app.patch(ORG_ROUTES.team, async (request) => {
    const actor = await actorOf(ctx, request);
    return organisation.updateTeam(ctx, actor, idParamOf(request), parse(UpdateTeamInputSchema, request.body));
  });
}
