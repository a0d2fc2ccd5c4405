import type { FastifyInstance } from 'fastify';
import { AssignmentRulesSchema, AvailabilityUpdateSchema, MacrosSchema } from '../../../shared/org/assignment';
import { ORG_ROUTES } from '../../../shared/org/routes';
import { putAssignmentRules, putMacros } from '../../services/assignment-service';
import { availabilityFor, setAvailability } from '../../services/availability-service';
import type { ServerContext } from '../../services/context';
import { actorOf } from '../authenticate';
import { idParamOf, parse } from '../parse';

export function assignmentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put(ORG_ROUTES.assignmentRules, async (request) => putAssignmentRules(ctx, await actorOf(ctx, request), parse(AssignmentRulesSchema, request.body)));
  app.put(ORG_ROUTES.macros, async (request) => putMacros(ctx, await actorOf(ctx, request), parse(MacrosSchema, request.body)));
  app.get(ORG_ROUTES.availability, async (request) => availabilityFor(ctx, await actorOf(ctx, request)));
  app.put(ORG_ROUTES.personAvailability, async (request) =>
    setAvailability(ctx, await actorOf(ctx, request), idParamOf(request), parse(AvailabilityUpdateSchema, request.body)),
  );
}
