import { PullResponseSchema, PushResponseSchema, SYNC_ROUTES, type PullRequest, type PullResponse, type PushRequest, type PushResponse } from '../../shared/sync/protocol';
import { OrgSettingsSchema, type OrgSettings } from '../../shared/org/org-settings-schema';
import type { DeskContext } from '../context';
import { serverLink } from '../services/session-link';

/** How the sync client reaches the server: over HTTP in the product, through a nemesis in the model test. */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
  /** The organisation's settings, fetched when a pull says the server holds a newer version (absent: the desk does not fetch them). */
  orgSettings?(): Promise<OrgSettings>;
}

/** Push and pull through the desk's one server link (tokens, refresh, company CA). */
export function httpTransport(ctx: DeskContext): SyncTransport {
  return {
    push: (body) => serverLink.call(ctx, { method: 'POST', route: 'sync', path: SYNC_ROUTES.push, body, answer: PushResponseSchema }),
    pull: (body) => serverLink.call(ctx, { method: 'POST', route: 'sync', path: SYNC_ROUTES.pull, body, answer: PullResponseSchema }),
    orgSettings: () => serverLink.call(ctx, { method: 'GET', route: 'orgSettings', answer: OrgSettingsSchema }),
  };
}
