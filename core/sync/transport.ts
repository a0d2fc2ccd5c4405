import { PullResponseSchema, PushResponseSchema, SYNC_ROUTES, type PullRequest, type PullResponse, type PushRequest, type PushResponse } from '../../shared/sync/protocol';
import { OrgSettingsSchema, type OrgSettings } from '../../shared/org/org-settings-schema';
import { ClassifierModelSchema, type ClassifierModel } from '../../shared/domain/assist/classifier-model';
import type { SnapshotRequest } from '../../shared/sync/snapshot';
import type { DeskContext } from '../context';
import { serverLink } from '../services/session-link';

/** How the sync client reaches the server: over HTTP in the product, through a nemesis in the model test. */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
  /** The first sync's snapshot as lines of JSON text, read as they arrive (absent: the desk pages through the feed from 0). */
  snapshot?(request: SnapshotRequest): Promise<AsyncIterable<string> | Iterable<string>>;
  /** The organisation's settings, fetched when a pull says the server holds a newer version (absent: the desk does not fetch them). */
  orgSettings?(): Promise<OrgSettings>;
  /** The organisation's newest trained classifier, fetched when the settings name a newer one than the desk's. */
  classifier?(): Promise<ClassifierModel>;
}

/** Whether the desk asks for the snapshot gzip-compressed (measured: see docs/performance.md). */
const SNAPSHOT_GZIP = false;

/** Push and pull through the desk's one server link (tokens, refresh, company CA). */
export function httpTransport(ctx: DeskContext): SyncTransport {
  return {
    push: (body) => serverLink.call(ctx, { method: 'POST', route: 'sync', path: SYNC_ROUTES.push, body, answer: PushResponseSchema }),
    pull: (body) => serverLink.call(ctx, { method: 'POST', route: 'sync', path: SYNC_ROUTES.pull, body, answer: PullResponseSchema }),
    snapshot: (body) => serverLink.lines(ctx, SYNC_ROUTES.snapshot, body, { gzip: SNAPSHOT_GZIP }),
    orgSettings: () => serverLink.call(ctx, { method: 'GET', route: 'orgSettings', answer: OrgSettingsSchema }),
    classifier: () => serverLink.call(ctx, { method: 'GET', route: 'assistClassifier', answer: ClassifierModelSchema }),
  };
}
