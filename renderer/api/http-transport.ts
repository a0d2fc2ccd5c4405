import type { ApiResult } from '../../shared/api/errors';
import type { DeskEventListener, Transport } from './transport';

const TOKEN_KEY = 'complaint-desk.token';

/** The web host prints a URL with ?token=…; keep it for this tab and take it out of the address bar. */
export function takeSessionToken(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string | null, eventNames: readonly string[]): Transport {
  return {
    async invoke(call, input) {
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
    subscribe(listener: DeskEventListener) {
      const source = new EventSource(`api/events?token=${encodeURIComponent(token ?? '')}`);
      const handlers = eventNames.map((name) => {
        const handler = (event: MessageEvent<string>) => listener(name, JSON.parse(event.data));
        source.addEventListener(name, handler);
        return handler;
      });
      return () => {
        eventNames.forEach((name, i) => source.removeEventListener(name, handlers[i] as EventListener));
        source.close();
      };
    },
  };
}
