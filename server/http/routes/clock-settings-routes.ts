import type { FastifyInstance } from 'fastify';
import { ClockSettingsSchema } from '../../../shared/org/org-settings-schema';
import { ORG_ROUTES } from '../../../shared/org/routes';
import { putClockSettings } from '../../services/clock-settings-service';
import type { ServerContext } from '../../services/context';
import { actorOf } from '../authenticate';
import { parse } from '../parse';

/** PUT /org-settings/clock (admins): the working calendar, first-contact hours and return-visit days, replaced whole. */
export function clockSettingsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put(ORG_ROUTES.clockSettings, async (request) => putClockSettings(ctx, await actorOf(ctx, request), parse(ClockSettingsSchema, request.body)));
}
