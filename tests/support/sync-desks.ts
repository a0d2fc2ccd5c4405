import type { PullRequest, PushRequest } from '../../shared/sync/protocol';
import type { SyncTransport } from '../../core/sync/transport';
import type { TestServer } from '../integration/server/support/test-server';

/** A transport that calls the in-process server as `token`'s holder; a non-2xx answer throws like a failed request. */
export function inProcessTransport(server: TestServer, token: () => string): SyncTransport {
  const post = async (path: string, body: unknown) => {
    const response = await server.call('POST', path, { token: token(), body });
    if (response.statusCode !== 200) throw new Error(`${path} answered ${response.statusCode}: ${response.body}`);
    return response.json();
  };
  return {
    push: (request: PushRequest) => post('/sync/push', request),
    pull: (request: PullRequest) => post('/sync/pull', request),
  };
}
