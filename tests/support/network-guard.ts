import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

/**
 * Blocks and counts every attempt to open a network connection from this process: `net.connect` /
 * `net.createConnection`, `net.Socket#connect`, `tls.connect`, `http(s).request` / `get`, and `fetch`. An
 * attempt throws (so nothing leaves), and is counted. `release()` puts everything back.
 */
export interface NetworkGuard {
  attempts(): number;
  release(): void;
}

export function blockNetwork(): NetworkGuard {
  let attempts = 0;
  const refuse = (what: string) => {
    attempts++;
    throw new Error(`network blocked: ${what}`);
  };
  const saved = {
    socketConnect: net.Socket.prototype.connect,
    netConnect: net.connect,
    netCreateConnection: net.createConnection,
    tlsConnect: tls.connect,
    httpRequest: http.request,
    httpGet: http.get,
    httpsRequest: https.request,
    httpsGet: https.get,
    fetch: globalThis.fetch,
  };
  const patch = (target: object, key: string, value: unknown) => Object.defineProperty(target, key, { value, configurable: true, writable: true });
  patch(net.Socket.prototype, 'connect', () => refuse('net.Socket#connect'));
  patch(net, 'connect', () => refuse('net.connect'));
  patch(net, 'createConnection', () => refuse('net.createConnection'));
  patch(tls, 'connect', () => refuse('tls.connect'));
  patch(http, 'request', () => refuse('http.request'));
  patch(http, 'get', () => refuse('http.get'));
  patch(https, 'request', () => refuse('https.request'));
  patch(https, 'get', () => refuse('https.get'));
  patch(globalThis, 'fetch', () => refuse('fetch'));
  return {
    attempts: () => attempts,
    release() {
      patch(net.Socket.prototype, 'connect', saved.socketConnect);
      patch(net, 'connect', saved.netConnect);
      patch(net, 'createConnection', saved.netCreateConnection);
      patch(tls, 'connect', saved.tlsConnect);
      patch(http, 'request', saved.httpRequest);
      patch(http, 'get', saved.httpGet);
      patch(https, 'request', saved.httpsRequest);
      patch(https, 'get', saved.httpsGet);
      patch(globalThis, 'fetch', saved.fetch);
    },
  };
}
