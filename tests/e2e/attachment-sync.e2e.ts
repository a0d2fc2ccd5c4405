import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedServer } from '../../scripts/embedded-server.mjs';
import { SAMPLE_PDF } from '../support/sample-files';
import { validIntake } from '../support/valid-intake';
import { settledScreenshot as screenshot } from './support/agent-actions';
import { deskCall } from './support/desk-call';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

type Server = Awaited<ReturnType<typeof startEmbeddedServer>>;

let server: Server | null = null;
const hosts: RunningHost[] = [];
let serverDir = '';
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  await server?.stop();
  server = null;
  if (serverDir) rmSync(serverDir, { recursive: true, force: true });
});

const syncNow = async (page: Page) => {
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-summary')).toContainText('已同步', { timeout: 5_000 });
};

test('a PDF attached on desk A while offline uploads when the server returns; the lead\'s desk downloads it when opened, and says so when it cannot', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  serverDir = mkdtempSync(join(tmpdir(), 'attachment-sync-e2e-'));
  server = await startEmbeddedServer({ dataDir: serverDir, quiet: true });
  const url = server.url;
  const port = Number(new URL(url).port);
  const a = await startHost(newDataDir(), {}, { server: url });
  const b = await startHost(newDataDir(), {}, { server: url });
  hosts.push(a, b);
  const pageA = await (await browser.newContext()).newPage();
  const pageB = await (await browser.newContext()).newPage();
  await pageA.goto(a.url);
  await signIn(pageA, { name: '王芳', id: 'A1001' });
  await pageB.goto(b.url);
  await signIn(pageB, { name: '李强', id: 'L2001' });
  await expect(pageA.getByTestId('sync-summary')).toBeVisible();

  // Offline on A: a complaint (set up through the page's session) gets a PDF of several chunks, which waits for the server.
  await server.stop();
  const { id } = await deskCall<{ id: string }>(pageA, 'complaints.create', validIntake({ callTime: new Date().toISOString() }));
  await pageA.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), id);
  await pageA.getByRole('tab', { name: '附件' }).click();
  const files = testInfo.outputPath('files');
  mkdirSync(files, { recursive: true });
  const pdfPath = join(files, '定损单.pdf');
  writeFileSync(pdfPath, Buffer.concat([SAMPLE_PDF, Buffer.alloc(400_000, 0x20)]));
  await pageA.getByTestId('attachments-panel').locator('input[type=file]').setInputFiles([pdfPath]);
  await expect(pageA.getByTestId('attachment')).toHaveCount(1);
  await expect(pageA.getByTestId('attachment-transfer')).toContainText('等待联网后上传到服务器');
  await screenshot(pageA, 'attachment-sync-waiting-upload');
  await pageA.getByText('English', { exact: true }).click();
  await expect(pageA.getByTestId('attachment-transfer')).toContainText('Waiting to upload to the server when online');
  await screenshot(pageA, 'attachment-sync-waiting-upload');
  await pageA.getByText('中文', { exact: true }).click();

  // The server returns: the complaint goes out, then the content; the waiting line goes away.
  server = await startEmbeddedServer({ dataDir: serverDir, port, quiet: true });
  await expect(async () => {
    await syncNow(pageA);
    await expect(pageA.getByTestId('attachment-transfer')).toHaveCount(0, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });

  // The lead's desk lists it, without its content yet.
  await expect(async () => {
    await syncNow(pageB);
    await pageB.evaluate((complaintId) => (window.location.hash = `#/complaints/${complaintId}`), id);
    await pageB.getByRole('tab', { name: '附件' }).click({ timeout: 2_000 });
    await expect(pageB.getByTestId('attachment')).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(pageB.getByTestId('attachment-transfer')).toContainText('内容尚未下载到本机');

  // Offline, opening it says why it cannot, in the person's language.
  await server.stop();
  await pageB.getByRole('button', { name: '另存' }).click();
  await expect(pageB.getByTestId('attachment-open-error')).toContainText('附件内容尚未下载，联网后可查看', { timeout: 15_000 });
  await screenshot(pageB, 'attachment-sync-offline-download');
  await pageB.getByText('English', { exact: true }).click();
  await expect(pageB.getByTestId('attachment-open-error')).toContainText('you can view it once the desk is online');
  await screenshot(pageB, 'attachment-sync-offline-download');
  await pageB.getByText('中文', { exact: true }).click();

  // Online again: the preview downloads it, checks it and shows the PDF; it is on this desk from now on.
  server = await startEmbeddedServer({ dataDir: serverDir, port, quiet: true });
  await pageB.getByTestId('attachment-preview-button').click();
  await expect(pageB.getByTestId('attachment-preview-pdf-page').first()).toBeVisible({ timeout: 30_000 });
  await screenshot(pageB, 'attachment-sync-lead-preview');
  await pageB.keyboard.press('Escape');
  await expect(pageB.getByTestId('attachment-transfer')).toHaveCount(0);
});
