import { createWriteStream, rmSync } from 'node:fs';
import http from 'node:http';
import { pipeline } from 'node:stream/promises';
import https from 'node:https';
import { rootCertificates } from 'node:tls';

/** Why no answer came back: nothing listening / no route, no answer in time, or a certificate the desk does not trust. */
export type UnreachableReason = 'unreachable' | 'timeout' | 'certificate';

/** The server could not be reached at all (as opposed to answering with an error). */
export class ServerUnreachable extends Error {
  constructor(
    readonly reason: UnreachableReason,
    cause?: unknown,
  ) {
    super(`server unreachable (${reason})`, { cause });
    this.name = 'ServerUnreachable';
  }
}

/** The server answered 2xx and began sending a file, then the connection broke before its end. */
export class DownloadInterrupted extends Error {
  constructor(cause?: unknown) {
    super('download interrupted', { cause });
    this.name = 'DownloadInterrupted';
  }
}

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: unknown;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A company CA (PEM) trusted besides the system's roots. */
  ca?: string | null;
  timeoutMs: number;
}

const CERTIFICATE_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS/;
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

function reasonOf(error: NodeJS.ErrnoException): UnreachableReason {
  return CERTIFICATE_ERRORS.test(error.code ?? '') ? 'certificate' : 'unreachable';
}

/** One HTTP(S) request with a deadline; Node's https so a company CA can be added per request. */
export function httpRequest(request: HttpRequest): Promise<HttpAnswer> {
  const url = new URL(request.url);
  const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const transport = url.protocol === 'https:' ? https : http;
  const tls = url.protocol === 'https:' && request.ca ? { ca: [...rootCertificates, request.ca] } : {};
  return new Promise((resolve, reject) => {
    const req = transport.request(url, { method: request.method, headers, timeout: request.timeoutMs, ...tls }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) req.destroy(new Error('answer too large'));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body });
      });
      res.on('error', (error) => reject(new ServerUnreachable('unreachable', error)));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT_DESK' })));
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(new ServerUnreachable(error.code === 'ETIMEDOUT_DESK' ? 'timeout' : reasonOf(error), error)),
    );
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

export interface HttpDownload extends HttpRequest {
  /** Where a 2xx answer's body goes (owner-only); any other answer is read as JSON like httpRequest's. */
  file: string;
  signal: AbortSignal;
  onBytes: (received: number) => void;
}

/** A request whose successful answer is a file (an export), streamed to disk as it arrives, never whole in memory. */
export function httpDownload(request: HttpDownload): Promise<HttpAnswer & { saved: boolean }> {
  const url = new URL(request.url);
  const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
  const headers: Record<string, string> = { ...request.headers };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const transport = url.protocol === 'https:' ? https : http;
  const tls = url.protocol === 'https:' && request.ca ? { ca: [...rootCertificates, request.ca] } : {};
  return new Promise((resolve, reject) => {
    const req = transport.request(url, { method: request.method, headers, timeout: request.timeoutMs, signal: request.signal, ...tls }, (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        readJsonBody(res, (body) => resolve({ status, body, saved: false }));
        return;
      }
      req.setTimeout(0);
      let received = 0;
      res.on('data', (chunk: Buffer) => request.onBytes((received += chunk.length)));
      pipeline(res, createWriteStream(request.file, { mode: 0o600 })).then(
        () => resolve({ status, body: undefined, saved: true }),
        (error: unknown) => {
          rmSync(request.file, { force: true });
          reject(request.signal.aborted ? request.signal.reason : new DownloadInterrupted(error));
        },
      );
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT_DESK' })));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (request.signal.aborted) reject(request.signal.reason);
      else reject(new ServerUnreachable(error.code === 'ETIMEDOUT_DESK' ? 'timeout' : reasonOf(error), error));
    });
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** An answer's whole body read as JSON (undefined when it is not JSON): a refusal's reason, say. */
export function readJsonBody(res: http.IncomingMessage, done: (body: unknown) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      body = undefined;
    }
    done(body);
  });
}
