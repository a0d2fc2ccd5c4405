import { SYNC_ROUTES, type PullRequest, type PushRequest } from '../../shared/sync/protocol';
import type { SnapshotRequest } from '../../shared/sync/snapshot';
import type { z } from 'zod';
import type { SyncTransport } from '../../core/sync/transport';
import type { ContentTransport } from '../../core/sync/content-transport';
import { ServerRefusal } from '../../core/server-link/server-refusal';
import { OrgErrorBodySchema } from '../../shared/org/errors';
import { OrgSettingsSchema } from '../../shared/org/org-settings-schema';
import { ORG_ROUTES } from '../../shared/org/routes';
import { CONTENT_ROUTES, ContentChunkSchema, UploadStatusSchema } from '../../shared/sync/attachment-content';
import type { TestServer } from '../integration/server/support/test-server';

/** The 工号 each access token signs for (one /me per token). */
const holders = new Map<string, string>();

/**
 * Before a desk syncs with a client id, its person signs in with it, as a real desk does: the server
 * refuses a push or pull naming an id its caller never signed in with.
 */
async function signInWith(server: TestServer, token: string, clientId: string): Promise<void> {
  let employeeNo = holders.get(token);
  if (!employeeNo) {
    const me = await server.call('GET', '/me', { token });
    if (me.statusCode !== 200) return;
    employeeNo = (me.json() as { employeeNo: string }).employeeNo;
    holders.set(token, employeeNo);
  }
  await server.signedInWith(employeeNo, clientId);
}

/** A transport that calls the in-process server as `token`'s holder; a non-2xx answer throws like a failed request. */
export function inProcessTransport(server: TestServer, token: () => string): SyncTransport {
  const post = async (path: string, body: PushRequest | PullRequest) => {
    await signInWith(server, token(), body.clientId);
    const response = await server.call('POST', path, { token: token(), body });
    if (response.statusCode === 200) return response.json();
    // A refusal throws the ServerRefusal the HTTP link would (the sync client reacts to some, e.g. cursor_ahead).
    const refusal = OrgErrorBodySchema.safeParse(response.json());
    if (refusal.success) throw new ServerRefusal(response.statusCode, refusal.data.error);
    throw new Error(`${path} answered ${response.statusCode}: ${response.body}`);
  };
  return {
    // Test desks travel in time; their clock as they push is the server's, as an NTP-synchronised desk's is.
    push: (request: PushRequest) => post('/sync/push', { ...request, deskClock: server.ctx.clock().toISOString() }),
    pull: (request: PullRequest) => post('/sync/pull', request),
    // The first sync's snapshot, read whole (in-process) and handed over line by line.
    snapshot: async (request: SnapshotRequest) => {
      await signInWith(server, token(), request.clientId);
      const response = await server.call('POST', SYNC_ROUTES.snapshot, { token: token(), body: request });
      if (response.statusCode !== 200) {
        const refusal = OrgErrorBodySchema.safeParse(response.json());
        if (refusal.success) throw new ServerRefusal(response.statusCode, refusal.data.error);
        throw new Error(`${SYNC_ROUTES.snapshot} answered ${response.statusCode}: ${response.body}`);
      }
      return response.body.split('\n').filter((line) => line !== '');
    },
    // A pull naming a newer settings version than the desk's makes it fetch them, as the HTTP link does.
    orgSettings: async () => {
      const response = await server.call('GET', ORG_ROUTES.orgSettings, { token: token() });
      if (response.statusCode === 200) return OrgSettingsSchema.parse(response.json());
      throw new ServerRefusal(response.statusCode, OrgErrorBodySchema.parse(response.json()).error);
    },
  };
}

/** Attachment contents through the in-process server as `token`'s holder; a refusal throws the ServerRefusal the HTTP link would. */
export function inProcessContentTransport(server: TestServer, token: () => string): ContentTransport {
  const call = async <T>(method: 'GET' | 'POST', path: string, answer: z.ZodType<T>, body?: unknown): Promise<T> => {
    const response = await server.call(method, path, { token: token(), ...(body === undefined ? {} : { body }) });
    if (response.statusCode === 200) return answer.parse(response.json());
    throw new ServerRefusal(response.statusCode, OrgErrorBodySchema.parse(response.json()).error);
  };
  return {
    uploadStatus: (sha256) => call('GET', CONTENT_ROUTES.upload(sha256), UploadStatusSchema),
    uploadChunk: (sha256, chunk) => call('POST', CONTENT_ROUTES.upload(sha256), UploadStatusSchema, chunk),
    downloadChunk: (sha256, offset) => call('GET', CONTENT_ROUTES.content(sha256, offset), ContentChunkSchema),
  };
}
