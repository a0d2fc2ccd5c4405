import type { ApiResult } from '../../shared/api/errors';
import { EVENT_NAMES, toDeskEvent, type DeskEventListener } from '../../shared/api/events';
import type { Transport } from './transport';

const TOKEN_KEY = 'complaint-desk.token';

/**
 * The web host's address carries ?token=… once; take it out of the address bar and keep it for this tab
 * and for this origin (localStorage: a bookmark of the bare address keeps working across restarts,
 * because the host keeps its token). The tab's copy wins, so a tab opened with a newer address uses it.
 */
export function takeSessionToken(location: Location, storage: { tab: Storage; origin: Storage }, history: History): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.tab.setItem(TOKEN_KEY, fromUrl);
    storage.origin.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.tab.getItem(TOKEN_KEY) ?? storage.origin.getItem(TOKEN_KEY);
}

/** One event stream per tab, however many screens listen: each EventSource holds a connection open. */
function sharedEventStream(token: string | null) {
  const listeners = new Set<DeskEventListener>();
  let source: EventSource | null = null;
  return (listener: DeskEventListener) => {
    listeners.add(listener);
    if (!source && token) {
      source = new EventSource(`api/events?token=${encodeURIComponent(token ?? '')}`);
      for (const name of EVENT_NAMES) {
        source.addEventListener(name, (message) => {
          const event = toDeskEvent(name, JSON.parse((message as MessageEvent<string>).data));
          if (event) listeners.forEach((l) => l(event));
        });
      }
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        source?.close();
        source = null;
      }
    };
  };
}

/** Opened without any token: said at once, without asking the host (which would refuse every call). */
export const TOKEN_MISSING = { code: 'unauthenticated', messageKey: 'browserToken.missing' } as const;

export function httpTransport(token: string | null): Transport {
  const subscribe = sharedEventStream(token);
  return {
    async invoke(call, input) {
      if (!token) return { ok: false, error: TOKEN_MISSING };
      let response: Response;
      try {
        response = await fetch(`api/${encodeURIComponent(call)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-desk-token': token ?? '' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'internal', messageKey: 'errors.hostUnreachable' } };
      }
      if (response.status === 401) return { ok: false, error: { code: 'unauthenticated', messageKey: 'errors.sessionExpired' } };
      return (await response.json()) as ApiResult<unknown>;
    },
    subscribe,
    // The host serves the finished file once, token-checked; the browser saves it as a download.
    saveExport: async (jobId) => {
      const link = document.createElement('a');
      link.href = `api/exports/${encodeURIComponent(jobId)}?token=${encodeURIComponent(token ?? '')}`;
      link.download = '';
      link.click();
      return { ok: true, value: { saved: true } };
    },
  };
}
