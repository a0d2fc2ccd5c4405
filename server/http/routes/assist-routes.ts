import type { FastifyInstance } from 'fastify';
import { ScorecardSchema, TrainClassifierInputSchema, WatchListInputSchema } from '../../../shared/org/assist';
import { ORG_ROUTES } from '../../../shared/org/routes';
import { classifierInfo, organisationClassifier, putScorecard, putWatchList, trainOrganisationClassifier } from '../../services/assist-service';
import type { ServerContext } from '../../services/context';
import { actorOf } from '../authenticate';
import { parse } from '../parse';

export function assistRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put(ORG_ROUTES.assistWatchList, async (request) => putWatchList(ctx, await actorOf(ctx, request), parse(WatchListInputSchema, request.body)));
  app.put(ORG_ROUTES.assistScorecard, async (request) => putScorecard(ctx, await actorOf(ctx, request), parse(ScorecardSchema, request.body)));
  app.get(ORG_ROUTES.assistClassifier, async (request) => organisationClassifier(ctx, await actorOf(ctx, request)));
  app.get(ORG_ROUTES.assistClassifierInfo, async (request) => classifierInfo(ctx, await actorOf(ctx, request)));
  app.post(ORG_ROUTES.assistClassifierTrain, async (request) => {
    const actor = await actorOf(ctx, request);
    parse(TrainClassifierInputSchema, request.body ?? {});
    return trainOrganisationClassifier(ctx, actor);
  });
}
