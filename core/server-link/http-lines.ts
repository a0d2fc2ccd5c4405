import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { readJsonBody, ServerUnreachable, type HttpAnswer, type HttpRequest } from './http-request';

/** The answer to a request whose 2xx body is newline-delimited text: its lines as they arrive, or an error answer read whole. */
export type LinesAnswer = { status: number; lines: AsyncGenerator<string> } | (HttpAnswer & { lines?: undefined });

/** No byte for this long in the middle of a stream: the link is lost. */
const IDLE_MS = 60_000;

/**
 * A POST whose successful answer is read line by line as it arrives (the sync snapshot), never whole in
 * memory: reading pauses the socket while the caller works on a line, so a slow desk slows the server
 * instead of buffering. `gzip`: ask for a compressed answer. Any other status is read as JSON like httpRequest's.
 */
export function httpLines(request: HttpRequest & { gzip?: boolean }): Promise<LinesAnswer> {
  const url = new URL(request.url);
  const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
  const headers: Record<string, string> = { ...request.headers, ...(request.gzip ? { 'accept-encoding': 'gzip' } : {}) };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const transport = url.protocol === 'https:' ? https : http;
  const tls = url.protocol === 'https:' && request.ca ? { ca: [...rootCertificates, request.ca] } : {};
  return new Promise((resolve, reject) => {
    const req = transport.request(url, { method: 'POST', headers, timeout: request.timeoutMs, ...tls }, (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        readJsonBody(res, (body) => resolve({ status, body }));
        return;
      }
      req.setTimeout(IDLE_MS);
      const body: Readable = res.headers['content-encoding'] === 'gzip' ? res.pipe(createGunzip()) : res;
      resolve({ status, lines: linesOf(body, () => req.destroy()) });
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT_DESK' })));
    req.on('error', (error: NodeJS.ErrnoException) => reject(new ServerUnreachable(error.code === 'ETIMEDOUT_DESK' ? 'timeout' : 'unreachable', error)));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** The body's lines (without their newline); a stream broken mid-way throws ServerUnreachable; giving up early closes the connection. */
async function* linesOf(body: Readable, close: () => void): AsyncGenerator<string> {
  let rest = '';
  body.setEncoding('utf8');
  try {
    for await (const chunk of body as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const line of parts) if (line) yield line;
    }
  } catch (error) {
    throw new ServerUnreachable('unreachable', error);
  } finally {
    close();
  }
  if (rest) yield rest;
}
