import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../../core/desk';
import { memorySettings } from '../../../core/settings';
import { startWebHost, type WebHost } from '../../../web/host';
import { AGENT, validIntake } from '../../support/desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { expectDeskPolicy } from '../../support/content-security-policy';
import { makeTempDir } from '../../support/temp-dir';

const ROOT = resolve(import.meta.dirname, '../../..');
let desk: Desk | null = null;
let host: WebHost | null = null;
let blocker: Server | null = null;
let cleanup = () => {};
afterEach(async () => {
  await host?.close();
  desk?.close();
  await new Promise((done) => (blocker ? blocker.close(done) : done(null)));
  host = null;
  desk = null;
  blocker = null;
  cleanup();
});

function fakeRenderer(dir: string): string {
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Complaint Desk</title>');
  return rendererDir;
}

async function start() {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  desk = openDesk({ dataDir: join(temp.dir, 'data'), settings: memorySettings({ signedInAgent: AGENT }), key: TEST_DATABASE_KEY });
  host = await startWebHost({ desk, rendererDir: fakeRenderer(temp.dir), port: 0 });
  return host;
}

/** A raw request, so the Host header can be anything (fetch will not let a page set it, but a rebinding page's name arrives in it). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((done, fail) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

const complaints = () => (desk!.ctx.db.prepare('SELECT count(*) n FROM complaints').get() as { n: number }).n;

describe('the web host under hostile input', () => {
  it('answers a draft nested 20,000 deep with a validation error, not a 500', async () => {
    const h = await start();
    const depth = 20_000;
    const body = `{"id":"6f1c2d3e-0000-4000-8000-0000000000ee","payload":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const response = await fetch(`${h.url}/api/drafts.save`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': h.token }, body });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('the web host against other pages and programs on this machine', () => {
  it('refuses a request under a foreign Host name (DNS rebinding), even with the token', async () => {
    const h = await start();
    const port = new URL(h.url).port;
    const call = (hostHeader: string) =>
      raw(`${h.url}/api/complaints.create`, {
        method: 'POST',
        headers: { host: hostHeader, 'content-type': 'application/json', 'x-desk-token': h.token },
        body: JSON.stringify(validIntake()),
      });
    expect((await call(`evil.example:${port}`)).status).toBe(421);
    expect((await raw(`${h.url}/`, { headers: { host: `attacker.test:${port}` } })).status).toBe(421);
    expect(complaints()).toBe(0);
    expect((await call(`localhost:${port}`)).status).toBe(200);
    expect(complaints()).toBe(1);
  });

  it('refuses a call from a foreign Origin, even with the token', async () => {
    const h = await start();
    const post = (origin: string) =>
      fetch(`${h.url}/api/complaints.create`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', 'x-desk-token': h.token },
        body: JSON.stringify(validIntake()),
      });
    expect((await post('http://evil.example')).status).toBe(403);
    expect((await post('http://127.0.0.1:1')).status).toBe(403);
    expect(complaints()).toBe(0);
    expect((await post(h.url)).status).toBe(200);
  });

  it('sends the security headers with the page and with every answer', async () => {
    const h = await start();
    for (const response of [await fetch(`${h.url}/`), await fetch(`${h.url}/api/session.current`, { method: 'POST', headers: { 'x-desk-token': 'no' } })]) {
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      expectDeskPolicy(response.headers.get('content-security-policy'));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

/** Runs `web/main.ts` as `npm run web --` does, until it says it runs or exits. */
function runHost(args: string[], stopWhen: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const check = setInterval(() => {
      if (stopWhen.test(stdout)) child.kill('SIGTERM');
    }, 50);
    child.once('exit', (code) => {
      clearInterval(check);
      done({ code, stdout, stderr });
    });
  });
}

describe('npm run web', () => {
  it('exits with one clear line, no stack, when its port is taken', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    blocker = createServer();
    await new Promise<void>((done) => blocker!.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as AddressInfo).port;
    const run = await runHost(['--port', String(port), '--cti-port', '0', '--data', join(temp.dir, 'data'), '--renderer', fakeRenderer(temp.dir)], /running at/);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([`[web] Port ${port} on 127.0.0.1 is already in use (another Complaint Desk, or another program). Stop it, or start with --port N (0 picks a free port).`]);
    expect(run.stdout).not.toContain('running at');
  }, 60_000);

  it('prints its tokens masked, writes the full address owner-only, and keeps the token across restarts', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const dataDir = join(temp.dir, 'data');
    const args = ['--port', '0', '--cti-port', '0', '--data', dataDir, '--renderer', fakeRenderer(temp.dir)];
    const first = await runHost(args, /running at/);
    const addressFile = join(dataDir, 'browser-address.json');
    const firstAddress = JSON.parse(readFileSync(addressFile, 'utf8')) as { openUrl: string; ctiUrl: string };
    const token = new URL(firstAddress.openUrl).searchParams.get('token')!;
    const ctiToken = firstAddress.ctiUrl.split('/').at(-1)!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(first.stdout + first.stderr).not.toContain(token);
    expect(first.stdout + first.stderr).not.toContain(ctiToken);
    expect(first.stdout).toContain(`${token.slice(0, 4)}…`);
    expect(statSync(addressFile).mode & 0o777).toBe(0o600);

    await runHost(args, /running at/);
    const again = JSON.parse(readFileSync(addressFile, 'utf8')) as { openUrl: string };
    expect(new URL(again.openUrl).searchParams.get('token')).toBe(token);

    await runHost([...args, '--new-token'], /running at/);
    const renewed = JSON.parse(readFileSync(addressFile, 'utf8')) as { openUrl: string };
    expect(new URL(renewed.openUrl).searchParams.get('token')).not.toBe(token);
  }, 120_000);
});
