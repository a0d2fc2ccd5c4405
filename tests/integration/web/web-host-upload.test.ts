import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../../core/desk';
import { memorySettings } from '../../../core/settings';
import type { Complaint } from '../../../shared/domain/complaint';
import { startWebHost, type WebHost } from '../../../web/host';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { AGENT, validIntake } from '../../support/desk';
import { valueOf } from '../../support/results';
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

async function start() {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Complaint Desk</title>');
  desk = openDesk({ dataDir: join(temp.dir, 'data'), settings: memorySettings({ signedInAgent: AGENT }), key: TEST_DATABASE_KEY });
  host = await startWebHost({ desk, rendererDir, port: 0 });
}

const post = (call: string, body: unknown, token = host.token) =>
  fetch(`${host.url}/api/${call}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token }, body: JSON.stringify(body) });

describe('uploads through the web host', () => {
  it('takes an attachment larger than the ordinary 1 MiB body, only with the session token', async () => {
    await start();
    const complaint = valueOf<Complaint>(await (await post('complaints.create', validIntake())).json());
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
