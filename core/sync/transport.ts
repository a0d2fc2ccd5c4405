import { PullResponseSchema, PushResponseSchema, SYNC_ROUTES, type PullRequest, type PullResponse, type PushRequest, type PushResponse } from '../../shared/sync/protocol';
import type { DeskContext } from '../context';
import { serverLink } from '../services/session-link';

/** How the sync client reaches the server: over HTTP in the product, through a nemesis in the model test. */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
}

/** Push and pull through the desk's one server link (tokens, refresh, company CA). */
export function httpTransport(ctx: DeskContext): SyncTransport {
  return {
    push: (body) => serverLink.call(ctx, { method: 'POST', route: 'sync', path: SYNC_ROUTES.push, body, answer: PushResponseSchema }),
    pull: (body) => serverLink.call(ctx, { method: 'POST', route: 'sync', path: SYNC_ROUTES.pull, body, answer: PullResponseSchema }),
  };
}
