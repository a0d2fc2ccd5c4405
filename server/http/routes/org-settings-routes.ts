import type { FastifyInstance } from 'fastify';
import { OrgSettingsInputSchema } from '../../../shared/org/org-settings-schema';
import { ORG_ROUTES } from '../../../shared/org/routes';
import type { ServerContext } from '../../services/context';
import * as settings from '../../services/org-settings-service';
import { actorOf } from '../authenticate';
import { parse } from '../parse';

export function orgSettingsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ORG_ROUTES.orgSettings, async (request) => {
    await actorOf(ctx, request);
    return settings.getOrgSettings(ctx);
  });
  app.put(ORG_ROUTES.orgSettings, async (request) =>
    settings.putOrgSettings(ctx, await actorOf(ctx, request), parse(OrgSettingsInputSchema, request.body)),
  );
  app.post(ORG_ROUTES.orgSettingsAdopt, async (request) =>
    settings.adoptOrgSettings(ctx, await actorOf(ctx, request), parse(OrgSettingsInputSchema, request.body)),
  );
}
