import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../../core/desk';
import { memorySettings } from '../../../core/settings';
import { startWebHost, type WebHost } from '../../../web/host';
import { AGENT, validIntake } from '../../support/desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { SAMPLE_PDF } from '../../support/sample-files';
import { makeTempDir } from '../../support/temp-dir';

let desk: Desk;
let host: WebHost;
let cleanup = () => {};
afterEach(async () => {
  await host?.close();
  desk?.close();
  cleanup();
});

async function start(key?: Buffer) {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Complaint Desk</title>');
  desk = openDesk({ dataDir: join(temp.dir, 'data'), settings: memorySettings({ 'signedInAgent': AGENT }), key });
  host = await startWebHost({ desk, rendererDir, port: 0 });
}

const post = (call: string, body: unknown, token = host.token) =>
  fetch(`${host.url}/api/${call}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token }, body: JSON.stringify(body) });

describe('the web host', () => {
  it('listens on 127.0.0.1 only and serves the renderer', async () => {
    await start();
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    expect(host.openUrl).toBe(`${host.url}/?token=${host.token}`);
    expect(await (await fetch(host.url)).text()).toContain('Complaint Desk');
  });

  it('refuses calls without the session token and runs none of them', async () => {
    await start();
    const response = await post('complaints.create', validIntake(), 'wrong');
    expect(response.status).toBe(401);
    expect(desk.ctx.db.prepare('SELECT count(*) n FROM complaints').get()).toEqual({ n: 0 });
  });

  it('runs the same dispatcher over HTTP and streams desk events', async () => {
    await start();
    const stream = await fetch(`${host.url}/api/events?token=${host.token}`);
    const reader = stream.body!.getReader();
    const created = (await (await post('complaints.create', validIntake())).json()) as { value: { id: string } };
    expect(created).toMatchObject({ ok: true, value: { stage: 'intake' } });
    let received = '';
    while (!received.includes('complaints.changed')) received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toContain(`"id":"${created.value.id}"`);
    await reader.cancel();
    const invalid = await (await post('complaints.create', { ...validIntake(), demand: '' })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['demand'], messageKey: 'validation.demand.required' }] } });
  });

  it('refuses the event stream without the token', async () => {
    await start();
    expect((await fetch(`${host.url}/api/events?token=nope`)).status).toBe(401);
  });

  it('takes an attachment larger than the ordinary 1 MiB body, only with the session token', async () => {
    await start(TEST_DATABASE_KEY);
    const created = (await (await post('complaints.create', validIntake())).json()) as { value: { id: string } };
    const complaint = created.value;
    const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const body = { complaintId: complaint.id, name: 'scan.pdf', contentBase64: big.toString('base64') };
    const refused = await post('attachments.add', body, 'wrong');
    expect(refused.status).toBe(401);
    expect(desk.ctx.db.prepare('SELECT count(*) n FROM attachments').get()).toEqual({ n: 0 });
    const accepted = await post('attachments.add', body);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ ok: true, value: { name: 'scan.pdf', size: big.length, mediaType: 'application/pdf' } });
    // Every other call keeps the 1 MiB limit, answered as the client's fault.
    const tooBig = await post('complaints.addNote', { id: complaint.id, text: 'x'.repeat(2 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
  });
});
