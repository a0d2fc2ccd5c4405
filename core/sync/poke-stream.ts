import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { API_PREFIX } from '../../shared/org/routes';
import { SYNC_ROUTES } from '../../shared/sync/protocol';
import type { ServerAddress } from '../server-link/link-settings';

/**
 * Listens to the server's poke stream (server-sent events) and calls onPoke for each poke. Answers a
 * function that closes it; `onClosed` is told when the stream ends or cannot open (the runner then
 * falls back to polling and reconnects with backoff).
 */
export function openPokeStream(address: ServerAddress, accessToken: string, onPoke: () => void, onClosed: () => void): () => void {
  const url = new URL(`${address.url}${API_PREFIX}${SYNC_ROUTES.poke}`);
  const transport = url.protocol === 'https:' ? https : http;
  const tls = url.protocol === 'https:' && address.ca ? { ca: [...rootCertificates, address.ca] } : {};
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    onClosed();
  };
  const request = transport.request(url, { method: 'GET', headers: { accept: 'text/event-stream', authorization: `Bearer ${accessToken}` }, ...tls }, (response) => {
    if (response.statusCode !== 200) {
      response.resume();
      close();
      return;
    }
    let buffer = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      buffer += chunk;
      const messages = buffer.split('\n\n');
      buffer = messages.pop() ?? '';
      if (messages.some((m) => m.split('\n').includes('event: poke'))) onPoke();
    });
    response.on('end', close);
    response.on('error', close);
  });
  request.on('error', close);
  request.end();
  return () => {
    request.destroy();
    close();
  };
}
