import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServerDesk } from '../../support/company-server';
import { makeTempDir } from '../../support/temp-dir';
import { valueOf } from '../../support/workflow-desk';

const temp = makeTempDir('accounts-ca-');
let server: Server;
let url: string;
const caPath = join(temp.dir, 'ca.pem');

/** A company CA and a server certificate it signed for 127.0.0.1, made with openssl as an IT department would. */
function makeCertificates() {
  const file = (name: string) => join(temp.dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('ca.key'), '-out', caPath, '-days', '2', '-subj', '/CN=Example Insurance Root CA');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1');
  writeFileSync(file('ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  openssl('x509', '-req', '-in', file('server.csr'), '-CA', caPath, '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('server.pem'), '-days', '2', '-extfile', file('ext.cnf'));
  return { key: readFileSync(file('server.key')), cert: readFileSync(file('server.pem')) };
}

beforeAll(async () => {
  server = createServer(makeCertificates(), (req, res) => {
    const health = req.url === '/api/v1/health';
    res.writeHead(health ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(health ? { service: 'complaint-desk-server', version: 'test', time: new Date().toISOString() } : { error: { code: 'not_found', message: 'no' } }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  temp.cleanup();
});

describe('a server behind the company CA', () => {
  it('is refused as untrusted until the CA is given (as a file path or pasted), then trusted for this desk', async () => {
    const desk = makeServerDesk(null);
    try {
      expect(await desk.dispatch('server.setAddress', { url })).toMatchObject({
        ok: false,
        error: { issues: [{ path: ['url'], messageKey: 'accounts.address.certificate' }] },
      });
      expect(await desk.dispatch('server.setAddress', { url, ca: join(temp.dir, 'missing.pem') })).toMatchObject({
        ok: false,
        error: { issues: [{ path: ['ca'], messageKey: 'accounts.address.caUnreadable' }] },
      });
      expect(valueOf(await desk.dispatch('server.setAddress', { url, ca: caPath }))).toMatchObject({ url, caTrusted: true, online: true });
      expect(desk.settings.get('serverCa')).toContain('-----BEGIN CERTIFICATE-----');
      expect(valueOf(await desk.dispatch('server.setAddress', { url, ca: readFileSync(caPath, 'utf8') }))).toMatchObject({ online: true });
    } finally {
      desk.close();
    }
  });
});
