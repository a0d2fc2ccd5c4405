import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { SNAPSHOT_CONTENT_TYPE } from '../../shared/sync/snapshot';
import { SECURITY_HEADERS } from './security-headers';

/**
 * Streams newline-delimited JSON on a hijacked reply: the first line, then each of `rest` as it is read,
 * waiting whenever the client reads slower than the lines come (so a slow client never fills the
 * server's memory), gzip-compressed when the request accepts it. A client going away stops the reading;
 * a failure mid-stream ends it without its last line, which the client takes as incomplete.
 */
export async function streamLines(
  request: IncomingMessage,
  out: ServerResponse,
  first: string,
  rest: AsyncGenerator<string>,
  onError: (error: unknown) => void,
): Promise<void> {
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  // Hijacked, so Fastify's onSend hook never runs: the stream carries the same security headers itself.
  out.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': `${SNAPSHOT_CONTENT_TYPE}; charset=utf-8`,
    'cache-control': 'no-store',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const sink = gzip ? createGzip({ level: 1 }) : out;
  if (gzip) sink.pipe(out);
  let gone = false;
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve(void (gone = true))));
  const write = async (text: string) => {
    if (!sink.write(`${text}\n`)) await Promise.race([new Promise<void>((resolve) => sink.once('drain', resolve)), closed]);
  };
  try {
    await write(first);
    for await (const line of rest) {
      if (gone) break;
      await write(line);
    }
  } catch (error) {
    onError(error);
  } finally {
    if (gone) await rest.return(undefined);
    sink.end();
  }
}
